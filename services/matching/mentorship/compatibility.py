"""How well a mentor suits a mentee: a score from 0 to 100 and its reasons in plain words.

The score is a sum of weighted features; each weight is the most that feature adds:

| feature | weight | counts when, and why |
| --- | --- | --- |
| same specialty | 24 | the mentee's specialties include the mentor's: advice on programs, |
| | | letters and interviews is specialty-specific |
| goals covered | 20 x share | share of the mentee's goals among the mentor's topics: what the |
| | | mentee came for |
| shared language | 14 | the mentor speaks a language of the mentee's other than English: many |
| | | IMGs prepare more easily in their own; English is left out, as every |
| | | mentor practising in the US speaks it and it would add the same to all |
| IMG mentor | 6 | the mentor was an IMG and the mentee is one: the same road (ECFMG, USCE) |
| IMG preferred | 6 | the mentor was an IMG and the mentee asked for one |
| training country | 6 | both trained in one country: the mentor knows its schools and how |
| | | programs read them |
| visa path | 10 | the mentor went through the mentee's visa (J-1 or a J-1 waiver for a J-1, |
| | | H-1B for an H-1B): the visa is where IMGs most lack first-hand advice |
| time zone | 6 x closeness | closeness = 1 - gap / 6 hours, never below 0 (UTC offsets now, |
| | | around the clock): calls need waking hours in common |
| program on the list | 6 | the mentor works at a program on the mentee's list: first-hand |
| | | knowledge of it |
| verified | 2 | an organization admin confirmed the mentor: a nudge, not the match |

The weights add up to 100. Reasons are given for the features that counted, strongest first.
``score_matrix.py`` computes the same score for many pairs at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from smartpick.events.mentoring import (
    MenteePreferences,
    MentorTopic,
    VisaPath,
    country_name,
    language_name,
)
from smartpick.events.mentors import MentorProfile
from smartpick.events.models import ApplicantProfile, ApplicantType, Visa

SPECIALTY_WEIGHT = 24.0
GOALS_WEIGHT = 20.0
LANGUAGE_WEIGHT = 14.0
IMG_MENTOR_WEIGHT = 6.0
IMG_PREFERRED_WEIGHT = 6.0
COUNTRY_WEIGHT = 6.0
VISA_WEIGHT = 10.0
TIME_ZONE_WEIGHT = 6.0
TIME_ZONE_SPAN_HOURS = 6.0
PROGRAM_WEIGHT = 6.0
VERIFIED_WEIGHT = 2.0
ENGLISH = "en"

IMG_TYPES = frozenset({ApplicantType.NON_US_IMG, ApplicantType.US_IMG})
VISA_PATHS = {Visa.J1: (VisaPath.J1, VisaPath.WAIVER), Visa.H1B: (VisaPath.H1B,)}
"""The paths a mentor went through that count for a mentee's visa need (none for Visa.NONE)."""

TOPIC_WORDS = {
    MentorTopic.PERSONAL_STATEMENT: "the personal statement", MentorTopic.CV: "the CV",
    MentorTopic.INTERVIEW_PREPARATION: "interview preparation",
    MentorTopic.USCE: "US clinical experience (USCE)", MentorTopic.RESEARCH: "research",
    MentorTopic.LETTERS: "letters", MentorTopic.VISA: "visa",
    MentorTopic.STEP_EXAMS: "Step exams", MentorTopic.WELLBEING: "wellbeing",
}
PATH_WORDS = {VisaPath.J1: "J-1", VisaPath.H1B: "H-1B", VisaPath.WAIVER: "a J-1 waiver"}


@dataclass(frozen=True)
class Mentee:
    """What matching needs to know of an applicant looking for a mentor."""

    id: str
    specialties: tuple[str, ...]
    visa: Visa
    applicant_type: ApplicantType
    preferences: MenteePreferences
    program_ids: frozenset[str] = frozenset()
    """Programs on the applicant's list, for "works at a program on your list"."""

    @classmethod
    def from_profile(cls, applicant_id: str, profile: ApplicantProfile,
                     program_ids: frozenset[str] = frozenset()) -> Mentee:
        return cls(applicant_id, tuple(profile.specialties), profile.visa,
                   profile.applicant_type, profile.mentee or MenteePreferences(), program_ids)

    @property
    def is_img(self) -> bool:
        return self.applicant_type in IMG_TYPES


@dataclass(frozen=True)
class Mentor:
    """A mentor as the profiles service published them; ``verified`` by their organization."""

    id: str
    profile: MentorProfile
    verified: bool


@dataclass(frozen=True)
class Compatibility:
    """A score from 0 to 100 and the reasons behind it, strongest first."""

    score: float
    reasons: tuple[str, ...]


def compatibility(mentee: Mentee, mentor: Mentor, at: datetime | None = None) -> Compatibility:
    """The documented score of the pair, time zones compared at ``at`` (default: now)."""
    wants, has = mentee.preferences, mentor.profile
    found: list[tuple[float, str]] = []
    if has.specialty in mentee.specialties:
        found.append((SPECIALTY_WEIGHT, f"same specialty: {has.specialty}"))
    goals = list(dict.fromkeys(wants.goals))  # a goal listed twice counts once
    covered = [goal for goal in goals if goal in has.topics]
    if covered:
        found.append((GOALS_WEIGHT * len(covered) / len(goals),
                      "helps with " + in_words([TOPIC_WORDS[goal] for goal in covered])))
    shared = [code for code in dict.fromkeys(wants.languages)
              if code in has.languages and code != ENGLISH]
    if shared:
        found.append((LANGUAGE_WEIGHT,
                      "speaks " + in_words([language_name(code) for code in shared])))
    found += img_background(mentee, has)
    visa = [path for path in VISA_PATHS.get(mentee.visa, ()) if path in has.visa_paths]
    if visa:
        found.append((VISA_WEIGHT, "went through " + in_words([PATH_WORDS[p] for p in visa])))
    if wants.time_zone and has.time_zone:
        gap = hours_apart(wants.time_zone, has.time_zone, at or datetime.now(UTC))
        if gap < TIME_ZONE_SPAN_HOURS:
            found.append((TIME_ZONE_WEIGHT * (1.0 - gap / TIME_ZONE_SPAN_HOURS),
                          f"{gap:g} hour{'' if gap == 1 else 's'} from you" if gap
                          else "in your time zone"))
    if has.program_id is not None and has.program_id in mentee.program_ids:
        found.append((PROGRAM_WEIGHT, "works at a program on your list"))
    if mentor.verified:
        found.append((VERIFIED_WEIGHT, "verified by their organization"))
    score = 0.0
    for points, _ in found:
        score += points
    ranked = sorted(found, key=lambda item: -item[0])
    return Compatibility(score, tuple(reason for _, reason in ranked))


def img_background(mentee: Mentee, has: MentorProfile) -> list[tuple[float, str]]:
    """The IMG features: both were IMGs, the mentee asked for an IMG, same training country."""
    found: list[tuple[float, str]] = []
    wants = mentee.preferences
    if has.was_img and (mentee.is_img or wants.prefers_img_mentor):
        points = (IMG_MENTOR_WEIGHT if mentee.is_img else 0.0) + (
            IMG_PREFERRED_WEIGHT if wants.prefers_img_mentor else 0.0)
        found.append((points, "was an IMG too" if mentee.is_img else "was an IMG"))
    country = wants.training_country
    if country is not None and country == has.training_country:
        found.append((COUNTRY_WEIGHT, f"trained in your country ({country_name(country)})"))
    return found


def hours_apart(zone: str, other: str, at: datetime) -> float:
    """Hours between the two zones' clocks at ``at``, around the clock (UTC+13 and UTC-11 are
    at the same hour of the day)."""
    gap = abs(utc_offset_hours(zone, at) - utc_offset_hours(other, at))
    return min(gap, 24.0 - gap)


def utc_offset_hours(zone: str, at: datetime) -> float:
    offset = ZoneInfo(zone).utcoffset(at)
    return 0.0 if offset is None else offset.total_seconds() / 3600.0


def in_words(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
