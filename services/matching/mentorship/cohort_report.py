"""What a published cohort run's report says beyond statuses: how the accepted pairs work
together (check-ins per pair per month, goals completed, the ratings they gave at the end).

Pure arithmetic over what the mentorships recorded, so the figures are tested without a store:

- a pair counts as *accepted* once its mentor took it (it holds or held a capacity slot);
- a pair is *active in a month* when its span, from the accept to its end (COMPLETED or
  CANCELLED) or to today, meets that month; PAUSED still counts, as its slot is held;
- the months run from the first accept's month to today's (or the last end's, if later), and a
  month's check-ins are those whose meeting date falls in it; check-ins dated outside those
  months count in the total only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Span:
    """When one accepted pair was under way: from the accept to its end (None: still going)."""

    accepted: date
    ended: date | None


@dataclass(frozen=True)
class CohortMonth:
    month: str
    """``YYYY-MM``."""
    active_pairs: int
    check_ins: int
    per_pair: float | None
    """Check-ins per active pair, None in a month no pair was active."""


def _index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def by_month(spans: Sequence[Span], check_ins: Iterable[date], today: date) -> list[CohortMonth]:
    """One row per month from the first accept to now, oldest first; none before any accept."""
    if not spans:
        return []
    first = min(_index(span.accepted) for span in spans)
    last = max([_index(today), *(_index(s.ended) for s in spans if s.ended is not None)])
    held = Counter(_index(day) for day in check_ins)
    months = []
    for index in range(first, last + 1):
        active = sum(_index(s.accepted) <= index <= _index(s.ended or today) for s in spans)
        met = held[index]
        months.append(CohortMonth(_name(index), active, met,
                                  round(met / active, 2) if active else None))
    return months


def average(ratings: Sequence[int]) -> float | None:
    """The mean rating to one decimal; None before anyone rated."""
    return round(sum(ratings) / len(ratings), 1) if ratings else None
