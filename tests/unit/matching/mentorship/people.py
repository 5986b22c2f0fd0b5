"""Mentees and mentors for the mentorship tests: two who share nothing, and random ones."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import strategies as st

from services.matching.mentorship.compatibility import Mentee, Mentor
from smartpick.events.mentoring import MenteePreferences, MentorTopic, VisaPath
from smartpick.events.mentors import MentorProfile
from smartpick.events.models import ApplicantType, Visa

SPECIALTIES = ("Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry")
LANGUAGES = ("en", "ur", "hi", "es", "ar")
COUNTRIES = (None, "IN", "PK", "EG")
ZONES = (None, "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Karachi",
         "Asia/Kolkata", "Asia/Kathmandu", "Europe/London", "Pacific/Kiritimati",
         "Pacific/Honolulu")
PROGRAMS = ("P1", "P2", "P3")


def mentee(id: str = "e1", **preferences: Any) -> Mentee:
    """A US MD in Internal Medicine who speaks Urdu and asks for nothing else."""
    wants = MenteePreferences.model_validate({"languages": ["ur"]} | preferences)
    return Mentee(id, ("Internal Medicine",), Visa.NONE, ApplicantType.US_MD, wants)


def mentor(id: str = "m1", verified: bool = False, **profile: Any) -> Mentor:
    """A surgeon who speaks English and helps with wellbeing: nothing in common with mentee()."""
    base = {"position": "attending", "specialty": "Surgery-General", "institution": "Mercy",
            "languages": ["en"], "topics": ["wellbeing"], "capacity": 2}
    return Mentor(id, MentorProfile.model_validate(base | profile), verified)


def with_mentee(person: Mentee, **changes: Any) -> Mentee:
    return replace(person, **changes)


@st.composite
def mentees(draw: st.DrawFn, id: str = "e") -> Mentee:
    wants = MenteePreferences(
        goals=draw(st.lists(st.sampled_from(MentorTopic), max_size=4)),
        languages=draw(st.lists(st.sampled_from(LANGUAGES), max_size=3)),
        time_zone=draw(st.sampled_from(ZONES)), prefers_img_mentor=draw(st.booleans()),
        training_country=draw(st.sampled_from(COUNTRIES)))
    return Mentee(id, tuple(draw(st.lists(st.sampled_from(SPECIALTIES), unique=True,
                                          max_size=2))),
                  draw(st.sampled_from(Visa)), draw(st.sampled_from(ApplicantType)), wants,
                  frozenset(draw(st.lists(st.sampled_from(PROGRAMS), max_size=2))))


@st.composite
def mentors(draw: st.DrawFn, id: str = "m") -> Mentor:
    was_img = draw(st.booleans())
    profile = MentorProfile(
        position="attending", specialty=draw(st.sampled_from(SPECIALTIES)), institution="X",
        was_img=was_img, training_country=draw(st.sampled_from(COUNTRIES)) if was_img else None,
        visa_paths=draw(st.lists(st.sampled_from(VisaPath), unique=True)),
        languages=draw(st.lists(st.sampled_from(LANGUAGES), unique=True, min_size=1,
                                max_size=3)),
        time_zone=draw(st.sampled_from(ZONES)),
        topics=draw(st.lists(st.sampled_from(MentorTopic), unique=True, min_size=1,
                             max_size=5)),
        capacity=draw(st.integers(1, 3)),
        accepting_mentees=draw(st.sampled_from((True, True, True, False))),
        program_id=draw(st.sampled_from((None, *PROGRAMS))))
    return Mentor(id, profile, draw(st.booleans()))
