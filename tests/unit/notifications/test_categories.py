"""Each notification kind's category, the inbox's filter."""

from __future__ import annotations

import pytest

from services.notifications.catalogue import KINDS
from services.notifications.in_app.categories import category_of
from smartpick.events.notifications import NotificationCategory


@pytest.mark.parametrize(("kind", "category"), [
    ("RECOMMENDATIONS_READY", "RECOMMENDATIONS"),
    ("MATCH_SIMULATION_COMPLETED", "ORGANIZATION"),
    ("MENTORSHIP_PROBLEM_REPORTED", "ORGANIZATION"),
    ("MENTORSHIP_MESSAGE", "MENTORSHIP"), ("MENTORSHIP_FEEDBACK_REQUESTED", "MENTORSHIP"),
    ("MENTORSHIP_CHECK_IN_DUE", "MENTORSHIP"), ("MENTOR_SUGGESTIONS", "MENTORSHIP"),
    ("MENTORSHIP_ACCEPTED", "MENTORSHIP"),
    ("CALENDAR_EVENT_MOVED", "CALENDAR"),
    ("EMAIL_VERIFIED", "ACCOUNT"), ("SOMETHING_NEW", "ACCOUNT"),
])
def test_each_kind_has_its_category(kind: str, category: str) -> None:
    assert category_of(kind) == category
    assert category_of(kind) in set(NotificationCategory)


def test_it_agrees_with_the_catalogue_it_stands_in_for() -> None:
    """So replacing it by the catalogue's lookup changes no stored category."""
    assert {name: category_of(name) for name in KINDS} == {
        name: kind.category for name, kind in KINDS.items()}
