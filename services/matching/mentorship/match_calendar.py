"""The Match calendar that goal templates are timed to, and the dates for the coming season.

Dates (month, day) of the recurring milestones, as the 2026 Main Residency Match published them;
they move by a few days a year, so each goal is due a little before its milestone:
- ERAS opens to applicants in early June (AAMC, "ERAS Timeline for Residency Applicants"):
  the personal statement is due June 1.
- Interviews run from October to January (AAMC ERAS timeline; NRMP "Main Residency Match
  Calendar"): interview practice is due October 1.
- The rank order list deadline is the first week of March (NRMP "Main Residency Match
  Calendar", 2026: March 4): the rank list review is due February 25.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smartpick.events.mentoring import MentorTopic


@dataclass(frozen=True)
class Milestone:
    title: str
    topic: MentorTopic
    month: int
    day: int
    why: str


MILESTONES = (
    Milestone("Finish the personal statement", MentorTopic.PERSONAL_STATEMENT, 6, 1,
              "ERAS opens to applicants in early June"),
    Milestone("Practise interviews", MentorTopic.INTERVIEW_PREPARATION, 10, 1,
              "interview season runs from October to January"),
    Milestone("Review the rank list", MentorTopic.INTERVIEW_PREPARATION, 2, 25,
              "the NRMP rank order list deadline is in the first week of March"),
)


def next_due(milestone: Milestone, today: date) -> date:
    """The milestone's next date after ``today`` (this year's, or next year's once passed)."""
    this_year = date(today.year, milestone.month, milestone.day)
    return this_year if this_year > today else date(today.year + 1, milestone.month,
                                                    milestone.day)
