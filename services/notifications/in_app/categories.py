"""The category of a notification kind, by which a person filters their inbox.

One function on purpose: the notifications catalogue (services/notifications/catalogue.py) will
answer it from its table instead, and this module goes.
"""

from __future__ import annotations

from smartpick.events.notifications import NotificationCategory

_ORGANIZATION_KINDS = frozenset({"MATCH_SIMULATION_COMPLETED", "MENTORSHIP_PROBLEM_REPORTED",
                                 "WEBHOOK_ENDPOINT_DISABLED"})


def category_of(kind: str) -> str:
    """The category of ``kind``: what an organization account is told goes under ORGANIZATION,
    even where it concerns a mentorship; anything unknown under ACCOUNT."""
    if kind == "RECOMMENDATIONS_READY":
        return NotificationCategory.RECOMMENDATIONS
    if kind in _ORGANIZATION_KINDS:
        return NotificationCategory.ORGANIZATION
    if kind.startswith("MENTOR"):
        return NotificationCategory.MENTORSHIP
    if kind.startswith("CALENDAR_"):
        return NotificationCategory.CALENDAR
    return NotificationCategory.ACCOUNT
