"""What cohort matching is measured against: first-come-first-served self-matching and a global
greedy, both on the same ``Cohort`` as ``optimal_assignment``.

First come, first served is what happens without an organization's matching: mentees, in the
order they arrived, each take the best admissible mentor who still has room. The global greedy
takes the highest-scoring admissible pairs first while both sides are free. Ties go to the
earlier mentee, then the earlier mentor, so both are deterministic.
"""

from __future__ import annotations

import numpy as np

from services.matching.mentorship.cohort import Cohort, CohortAssignment, assignment


def first_come_assignment(cohort: Cohort) -> CohortAssignment:
    left = cohort.free.copy()
    chosen = []
    for i in range(len(cohort.mentees)):
        room = cohort.admissible[i] & (left > 0)
        if room.any():
            j = int(np.argmax(np.where(room, cohort.scores[i], -np.inf)))
            left[j] -= 1
            chosen.append((i, j))
    return assignment(cohort, chosen)


def greedy_assignment(cohort: Cohort) -> CohortAssignment:
    candidates = np.where(cohort.admissible & (cohort.free > 0)[None, :], cohort.scores,
                          -np.inf).ravel()
    # A stable sort of the row-major matrix keeps ties in mentee, then mentor order.
    order = np.argsort(-candidates, kind="stable")[:np.isfinite(candidates).sum()]
    mentors = len(cohort.mentors)
    left = cohort.free.tolist()
    taken = [False] * len(cohort.mentees)
    rooms, wanting = sum(left), len(taken)
    chosen = []
    for flat in order.tolist():
        i, j = divmod(flat, mentors)
        if not taken[i] and left[j]:
            taken[i] = True
            left[j] -= 1
            chosen.append((i, j))
            rooms, wanting = rooms - 1, wanting - 1
            if not rooms or not wanting:
                break
    return assignment(cohort, chosen)
