"""The vocabulary of mentorship, and what a mentee looks for in a mentor.

What a mentee looks for rides on the applicant profile (``ApplicantProfile.mentee``), so it
travels with ``ApplicantProfileUpdated``; the mentor's side is in ``mentors.py``.

Languages are ISO 639-1 codes and countries ISO 3166-1 alpha-2 codes, checked against pycountry,
so reasons can name them in words ("speaks Urdu", "trained in Pakistan"); time zones are IANA
names, checked against the system's zoneinfo database.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Annotated
from zoneinfo import available_timezones

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema


class MentorPosition(StrEnum):
    RESIDENT = "resident"
    FELLOW = "fellow"
    ATTENDING = "attending"
    PROGRAM_DIRECTOR = "program_director"
    COORDINATOR = "coordinator"


class MentorTopic(StrEnum):
    """What a mentor helps with, and what a mentee wants help with (their goals)."""

    PERSONAL_STATEMENT = "personal_statement"
    CV = "cv"
    INTERVIEW_PREPARATION = "interview_preparation"
    USCE = "usce"
    RESEARCH = "research"
    LETTERS = "letters"
    VISA = "visa"
    STEP_EXAMS = "step_exams"
    WELLBEING = "wellbeing"


class VisaPath(StrEnum):
    """A visa route a mentor went through themselves; WAIVER is a J-1 waiver (Conrad 30 or
    another), which usually follows J1."""

    J1 = "j1"
    H1B = "h1b"
    WAIVER = "waiver"


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("ur" -> "Urdu")."""
    return _languages()[code]


def country_name(code: str) -> str:
    """The short English name of an ISO 3166-1 alpha-2 code ("PK" -> "Pakistan")."""
    return _countries()[code]


@cache
def _languages() -> dict[str, str]:
    return {language.alpha_2: language.name for language in pycountry.languages
            if hasattr(language, "alpha_2")}


@cache
def _countries() -> dict[str, str]:
    return {country.alpha_2: getattr(country, "common_name", country.name)
            for country in pycountry.countries}


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _language(code: str) -> str:
    code = code.strip().lower()
    if code not in _languages():
        raise ValueError(f"{code[:10]!r} is not an ISO 639-1 language code (en, es, ur, ...)")
    return code


def _country(code: str) -> str:
    code = code.strip().upper()
    if code not in _countries():
        raise ValueError(f"{code[:10]!r} is not an ISO 3166-1 alpha-2 country code (IN, PK, "
                         "EG, ...)")
    return code


def _time_zone(name: str) -> str:
    if name not in _time_zones():
        raise ValueError(f"{name[:60]!r} is not an IANA time zone (America/New_York, "
                         "Asia/Karachi, ...)")
    return name


LanguageCode = Annotated[str, AfterValidator(_language), WithJsonSchema(
    {"type": "string", "description": "ISO 639-1 language code (any case)"})]
CountryCode = Annotated[str, AfterValidator(_country), WithJsonSchema(
    {"type": "string", "description": "ISO 3166-1 alpha-2 country code (any case)"})]
TimeZone = Annotated[str, AfterValidator(_time_zone), WithJsonSchema(
    {"type": "string", "description": "IANA time zone name"})]


class MenteePreferences(BaseModel):
    """What an applicant looks for in a mentor; part of ``ApplicantProfile``."""

    model_config = ConfigDict(extra="forbid")

    goals: list[MentorTopic] = Field(default_factory=list, max_length=len(MentorTopic))
    languages: list[LanguageCode] = Field(default_factory=list, max_length=10)
    time_zone: TimeZone | None = None
    prefers_img_mentor: bool = False
    training_country: CountryCode | None = None
