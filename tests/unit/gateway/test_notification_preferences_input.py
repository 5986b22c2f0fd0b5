"""The preferences input goes to the service with only the fields the client gave: a field
left out keeps its value, an explicit null (quiet hours) clears it."""

from __future__ import annotations

from datetime import time

from gateway.notification_preferences import (
    CategoryChannelsInput,
    NotificationPreferencesInput,
    QuietHoursInput,
    _json,
)
from smartpick.events.notifications import NotificationCategory


def test_only_the_given_fields_are_sent_in_the_services_terms() -> None:
    given = NotificationPreferencesInput(
        channels=[CategoryChannelsInput(category=NotificationCategory.CALENDAR, email=False)],
        quiet_hours=QuietHoursInput(start=time(22), end=time(7)), time_zone="Asia/Kolkata")
    assert _json(given) == {"channels": [{"category": "CALENDAR", "email": False}],
                            "quiet_hours": {"start": "22:00:00", "end": "07:00:00"},
                            "time_zone": "Asia/Kolkata"}
    assert _json(NotificationPreferencesInput(quiet_hours=None)) == {"quiet_hours": None}
    assert _json(NotificationPreferencesInput()) == {}
