"""Every kind of the catalogue has a template that renders: a missing file, a broken block or a
param its template does not get fails here rather than in a consumer."""

from __future__ import annotations

from typing import Any

import pytest

from services.notifications import rendering
from services.notifications.catalogue import KINDS, Category, Kind, kind_of
from services.notifications.rendering import TEMPLATES, EmailFooter

CHANGE = {"goals": ["personal_statement", "interview_preparation"], "message": "Hello",
          "reason": "Moving abroad", "by_platform": False}
REMINDER = {"other": "mentor", "goal": "Draft the statement", "date": "2026-11-30",
            "days_ahead": 1}
SAMPLES: dict[str, dict[str, Any]] = {
    "RECOMMENDATIONS_READY": {"reason": "catalog", "eligible_count": 12, "excluded_count": 3},
    "MATCH_SIMULATION_COMPLETED": {"name": "national", "status": "succeeded", "error": None,
                                   "applicants": 40_000, "matched": 31_250,
                                   "positions": 38_000, "unfilled": 6_750},
    **{kind: CHANGE for kind in KINDS if kind.removeprefix("MENTORSHIP_") in {
        "REQUESTED", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN", "REPORTED", "RESUMED",
        "ENDED_BY_ADMIN", "CANCELLED", "COMPLETED"}},
    "MENTORSHIP_MESSAGE": {"sender": "mentee", "text": "See you Tuesday"},
    "MENTORSHIP_FEEDBACK_REQUESTED": {},
    "MENTORSHIP_CHECK_IN_DUE": REMINDER,
    "MENTORSHIP_GOAL_OVERDUE": REMINDER,
    "MENTOR_SUGGESTIONS": {"mentors": [{"position": "resident", "specialty": "Pediatrics",
                                        "institution": "St. Jude", "reasons": ["speaks Urdu"]}]},
    "MENTORSHIP_PROBLEM_REPORTED": {"reporter": "mentor", "mentor_id": "mentor-1",
                                    "reason": "harassment", "details": ""},
    "WEBHOOK_ENDPOINT_DISABLED": {"url": "https://hooks.example.org/smartpick",
                                  "reason": "it answered 410 Gone"},
    # as the template on the calendar branch says (written beside this one)
    "CALENDAR_REMINDER": {"season": "Match 2027", "title": "Rank list deadline",
                          "note": "Certify your list.", "when": "2027-03-04", "ends": None,
                          "ahead": "in 7 days"},
    "ACCOUNT_VERIFY_EMAIL": {"link": "https://smartpick.test/verify?t=x", "until": "Monday"},
    "ACCOUNT_EMAIL_VERIFIED": {"email": "a@example.org"},
}
FOOTER = EmailFooter(open_url="https://smartpick.test", preferences_url="https://smartpick.test/p",
                     unsubscribe_url=None)


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_every_kind_renders_a_title_a_body_and_an_email(kind: Kind) -> None:
    if kind.category is Category.CALENDAR and not (TEMPLATES / kind.template).exists():
        pytest.skip(f"{kind.template} is being written on another branch")
    assert kind.name in SAMPLES, f"give {kind.name} sample params here"
    notice = rendering.notice(kind, SAMPLES[kind.name])
    assert notice.title and notice.body and "None" not in notice.title + notice.body
    email = rendering.email(kind, SAMPLES[kind.name], FOOTER)
    assert email.subject and email.text.strip() and email.html


def test_every_template_is_a_kind_of_the_catalogue() -> None:
    names = {path.name for path in TEMPLATES.glob("*.jinja")}
    assert names <= {kind.template for kind in KINDS.values()}


def test_a_persons_line_breaks_are_kept_while_the_templates_own_are_joined() -> None:
    words = rendering.notice(kind_of("MENTORSHIP_MESSAGE"),
                             {"sender": "mentor", "text": "Line one\r\nline  two"})
    assert words.body == "“Line one\nline  two”"
    wrapped = rendering.notice(kind_of("MENTORSHIP_EXPIRED"), {})
    assert "\n" not in wrapped.body and "  " not in wrapped.body
