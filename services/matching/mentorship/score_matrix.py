"""The compatibility score of every mentee with every mentor at once, as a numpy matrix.

Cohort matching needs all pairs (2,000 mentees x 500 mentors is a million); calling
``compatibility()`` for each takes seconds, so each feature here is an array over mentees or
mentors and a pair's score is built by broadcasting, in the same order of additions as
``compatibility()`` so both give the same number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from services.matching.mentorship.compatibility import (
    COUNTRY_WEIGHT,
    ENGLISH,
    GOALS_WEIGHT,
    IMG_MENTOR_WEIGHT,
    IMG_PREFERRED_WEIGHT,
    LANGUAGE_WEIGHT,
    PROGRAM_WEIGHT,
    SPECIALTY_WEIGHT,
    TIME_ZONE_SPAN_HOURS,
    TIME_ZONE_WEIGHT,
    VERIFIED_WEIGHT,
    VISA_PATHS,
    VISA_WEIGHT,
    Mentee,
    Mentor,
    utc_offset_hours,
)
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentors import MentorProfile

Matrix = npt.NDArray[np.float64]
T = TypeVar("T")


def score_matrix(mentees: Sequence[Mentee], mentors: Sequence[Mentor],
                 at: datetime | None = None) -> Matrix:
    """``compatibility(mentees[i], mentors[j], at).score`` at ``[i, j]``."""
    at = at or datetime.now(UTC)
    has = [mentor.profile for mentor in mentors]
    specialties = _index([s for mentee in mentees for s in mentee.specialties]
                         + [p.specialty for p in has])
    score = _shares(mentees, has, specialties, lambda e: e.specialties, lambda p: [p.specialty],
                    ).astype(bool) * SPECIALTY_WEIGHT
    goals = _index(list(MentorTopic))
    covered = _shares(mentees, has, goals, lambda e: e.preferences.goals, lambda p: p.topics)
    wanted = np.array([len(set(e.preferences.goals)) for e in mentees], dtype=np.float64)
    score += GOALS_WEIGHT * covered / np.maximum(wanted, 1.0)[:, None]
    languages = _index([c for e in mentees for c in e.preferences.languages]
                       + [c for p in has for c in p.languages])
    score += _shares(mentees, has, languages,
                     lambda e: [c for c in e.preferences.languages if c != ENGLISH],
                     lambda p: p.languages).astype(bool) * LANGUAGE_WEIGHT
    was_img = np.array([p.was_img for p in has], dtype=bool)
    img_points = np.array([IMG_MENTOR_WEIGHT * e.is_img + IMG_PREFERRED_WEIGHT
                           * e.preferences.prefers_img_mentor for e in mentees], dtype=np.float64)
    score += img_points[:, None] * was_img[None, :]
    score += _same_country(mentees, has) * COUNTRY_WEIGHT
    score += _visa(mentees, has)
    score += _time_zones(mentees, has, at)
    score += _programs(mentees, has) * PROGRAM_WEIGHT
    verified = np.array([mentor.verified for mentor in mentors], dtype=bool)
    score += verified[None, :] * VERIFIED_WEIGHT
    return score


def _index(values: Sequence[T]) -> dict[T, int]:
    return {value: i for i, value in enumerate(dict.fromkeys(values))}


def _shares(mentees: Sequence[Mentee], has: Sequence[MentorProfile], index: dict[T, int],
            wants_of: Callable[[Mentee], Sequence[T]],
            has_of: Callable[[MentorProfile], Sequence[T]]) -> Matrix:
    """How many of each mentee's values each mentor has (one-hot rows multiplied)."""
    shared: Matrix = (_one_hot([[index[v] for v in wants_of(e)] for e in mentees], len(index))
                      @ _one_hot([[index[v] for v in has_of(p)] for p in has], len(index)).T)
    return shared


def _one_hot(rows: list[list[int]], width: int) -> Matrix:
    """1 at each row's listed columns; filled in one assignment (row by row costs 10x)."""
    hot = np.zeros((len(rows), width))
    hot[[i for i, row in enumerate(rows) for _ in row], [c for row in rows for c in row]] = 1.0
    return hot


def _same_country(mentees: Sequence[Mentee], has: Sequence[MentorProfile]) -> Matrix:
    countries = _index([e.preferences.training_country for e in mentees]
                       + [p.training_country for p in has])
    wants = np.array([countries[e.preferences.training_country] for e in mentees], dtype=np.int64)
    trained = np.array([countries[p.training_country] for p in has], dtype=np.int64)
    known = np.array([e.preferences.training_country is not None for e in mentees], dtype=bool)
    same: Matrix = ((wants[:, None] == trained[None, :]) & known[:, None]).astype(np.float64)
    return same


def _visa(mentees: Sequence[Mentee], has: Sequence[MentorProfile]) -> Matrix:
    """VISA_WEIGHT where the mentor went through a path that counts for the mentee's visa."""
    score = np.zeros((len(mentees), len(has)))
    for visa, paths in VISA_PATHS.items():
        needs = np.array([mentee.visa == visa for mentee in mentees], dtype=bool)
        went = np.array([any(path in p.visa_paths for path in paths) for p in has], dtype=bool)
        score[needs[:, None] & went[None, :]] = VISA_WEIGHT
    return score


def _time_zones(mentees: Sequence[Mentee], has: Sequence[MentorProfile],
                at: datetime) -> Matrix:
    """TIME_ZONE_WEIGHT x (1 - gap / span) for zones under the span apart, else 0; a missing
    zone is NaN, which compares false."""
    offsets: dict[str, float] = {}

    def offset(zone: str | None) -> float:
        if zone is None:
            return np.nan
        if zone not in offsets:
            offsets[zone] = utc_offset_hours(zone, at)
        return offsets[zone]

    wants = np.array([offset(e.preferences.time_zone) for e in mentees], dtype=np.float64)
    lives = np.array([offset(p.time_zone) for p in has], dtype=np.float64)
    gap = np.abs(wants[:, None] - lives[None, :])
    gap = np.minimum(gap, 24.0 - gap)
    close: Matrix = np.where(gap < TIME_ZONE_SPAN_HOURS,
                             TIME_ZONE_WEIGHT * (1.0 - gap / TIME_ZONE_SPAN_HOURS), 0.0)
    return close


def _programs(mentees: Sequence[Mentee], has: Sequence[MentorProfile]) -> Matrix:
    """1 where the mentor works at a program on the mentee's list."""
    at_program: dict[str, list[int]] = {}
    for j, profile in enumerate(has):
        if profile.program_id is not None:
            at_program.setdefault(profile.program_id, []).append(j)
    pairs = [(i, j) for i, mentee in enumerate(mentees) for program_id in mentee.program_ids
             for j in at_program.get(program_id, ())]
    works = np.zeros((len(mentees), len(has)))
    works[[i for i, _ in pairs], [j for _, j in pairs]] = 1.0
    return works
