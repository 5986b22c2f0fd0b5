"""Cohort matching for an organization's mentoring program: the assignment of mentees to mentors
with the most compatibility in total, every mentor's free capacity respected.

Optimal in this order: first as many mentees matched as the capacity allows, then the largest
total compatibility among such assignments. Each mentor becomes one column per free slot and
``scipy.optimize.linear_sum_assignment`` picks one slot per mentee; every admissible pair weighs
its score plus ``MATCH_BONUS`` (more than any total of scores), so one more match always beats
any gain in score. A mentor who does not accept mentees, or whose active mentees fill their
capacity, takes nobody.

A pair is admissible when its score reaches ``min_score``; the default 0 admits every pair, so
no mentee is left out while any capacity remains. With a threshold, matching more mentees comes
first, so the total can be lower than a baseline's that matched fewer (with every pair admissible
it never is: extending a matching never lowers its total).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment

from services.matching.mentorship.compatibility import Mentee, Mentor, compatibility
from services.matching.mentorship.score_matrix import Matrix, score_matrix

NO_CAPACITY = "no mentor has free capacity"


@dataclass(frozen=True)
class Pair:
    mentee_id: str
    mentor_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Unmatched:
    mentee_id: str
    reason: str


@dataclass(frozen=True)
class CohortAssignment:
    pairs: tuple[Pair, ...]
    unmatched: tuple[Unmatched, ...]
    total: float


@dataclass(frozen=True)
class Cohort:
    """A program's mentees and mentors, scored once; every solver of this module and of
    ``cohort_baselines`` takes one."""

    mentees: tuple[Mentee, ...]
    mentors: tuple[Mentor, ...]
    scores: Matrix
    free: npt.NDArray[np.int64]
    """Free capacity of each mentor: 0 when not accepting, else capacity - active, never < 0."""
    admissible: npt.NDArray[np.bool_]
    min_score: float
    at: datetime

    @classmethod
    def of(cls, mentees: Sequence[Mentee], mentors: Sequence[Mentor],
           active: Mapping[str, int] | None = None, *, min_score: float = 0.0,
           at: datetime | None = None) -> Cohort:
        """``active``: each mentor's current active mentees (by mentor id; absent: none)."""
        at = at or datetime.now(UTC)
        active = active or {}
        free = np.array([max(0, m.profile.capacity - active.get(m.id, 0))
                         if m.profile.accepting_mentees else 0 for m in mentors], dtype=np.int64)
        scores = score_matrix(mentees, mentors, at)
        return cls(tuple(mentees), tuple(mentors), scores, free, scores >= min_score,
                   min_score, at)


def optimal_assignment(cohort: Cohort) -> CohortAssignment:
    slots = np.repeat(np.arange(len(cohort.mentors)), cohort.free)
    if not cohort.mentees or slots.size == 0:
        return assignment(cohort, [])
    bonus = 100.0 * min(len(cohort.mentees), slots.size) + 1.0
    weight = np.where(cohort.admissible, cohort.scores + bonus, 0.0)[:, slots]
    rows, columns = linear_sum_assignment(weight, maximize=True)
    mentors = slots[columns]
    keep = cohort.admissible[rows, mentors]
    return assignment(cohort, zip(rows[keep].tolist(), mentors[keep].tolist(), strict=True))


def assignment(cohort: Cohort, chosen: Iterable[tuple[int, int]]) -> CohortAssignment:
    """The pairs (mentee index, mentor index) with their reasons, and why the others got none."""
    mentor_of = dict(chosen)
    pairs = []
    for i in sorted(mentor_of):
        mentee, mentor = cohort.mentees[i], cohort.mentors[mentor_of[i]]
        fit = compatibility(mentee, mentor, cohort.at)
        pairs.append(Pair(mentee.id, mentor.id, fit.score, fit.reasons))
    left = cohort.free - np.bincount(list(mentor_of.values()), minlength=len(cohort.mentors))
    unmatched = tuple(Unmatched(mentee.id, why_unmatched(cohort, i, left))
                      for i, mentee in enumerate(cohort.mentees) if i not in mentor_of)
    return CohortAssignment(tuple(pairs), unmatched, math.fsum(pair.score for pair in pairs))


def why_unmatched(cohort: Cohort, mentee: int, left: npt.NDArray[np.int64]) -> str:
    if not left.any():
        return NO_CAPACITY
    if not (cohort.admissible[mentee] & (cohort.free > 0)).any():
        return (f"no mentor with free capacity reaches the minimum compatibility of "
                f"{cohort.min_score:g}")
    return f"every mentor reaching the minimum compatibility of {cohort.min_score:g} is full"
