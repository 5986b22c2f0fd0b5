"""What a person's preferences decide: channels per kind, quiet hours, the digest moment."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from pydantic import ValidationError

from services.notifications.catalogue import Category, Channel, kind_of
from services.notifications.preferences.model import (
    CategoryChannels,
    Preferences,
    PreferencesUpdate,
    QuietHours,
)

MESSAGE = kind_of("MENTORSHIP_MESSAGE")
LIST = kind_of("RECOMMENDATIONS_READY")
VERIFIED = kind_of("ACCOUNT_EMAIL_VERIFIED")
ALL = frozenset(Channel)


def test_without_a_choice_each_kind_uses_its_default_channels() -> None:
    assert Preferences().channels_for(MESSAGE) == ALL
    assert Preferences().channels_for(kind_of("ACCOUNT_VERIFY_EMAIL")) == {Channel.EMAIL}


def test_a_category_choice_switches_only_the_channels_it_names() -> None:
    chosen = Preferences(channels=[CategoryChannels(category=Category.MENTORSHIP, email=False)])
    assert chosen.channels_for(MESSAGE) == {Channel.IN_APP, Channel.LIVE}
    assert chosen.channels_for(LIST) == ALL  # another category keeps its defaults


def test_live_rides_on_in_app() -> None:
    chosen = Preferences(channels=[CategoryChannels(category=Category.MENTORSHIP,
                                                    in_app=False, live=True)])
    assert chosen.channels_for(MESSAGE) == {Channel.EMAIL}


def test_account_notices_arrive_whatever_is_switched_off() -> None:
    off = Preferences(channels=[CategoryChannels(category=c, in_app=False, email=False,
                                                 live=False)
                                for c in Category if c is not Category.ACCOUNT],
                      quiet_hours=QuietHours(start=time(0), end=time(23, 59)))
    assert off.channels_for(MESSAGE) == frozenset()
    assert off.channels_for(VERIFIED) == ALL
    assert not off.digested(VERIFIED)


@pytest.mark.parametrize("bad", [
    {"channels": [{"category": "ACCOUNT", "email": False}]},
    {"channels": [{"category": "MENTORSHIP"}, {"category": "MENTORSHIP"}]},
    {"time_zone": "Mars/Olympus"},
    {"quiet_hours": {"start": "22:00", "end": "22:00"}},
    {"digest_hour": 24},
    {"digest_hour": False}, {"email_digest": None}, {"time_zone": None}, {"channels": None},
])
def test_preferences_that_cannot_hold_are_refused_with_a_reason(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        PreferencesUpdate.model_validate(bad)


def test_an_update_changes_only_what_it_gives() -> None:
    before = Preferences(channels=[CategoryChannels(category=Category.MENTORSHIP, email=False)],
                         time_zone="Asia/Kolkata", quiet_hours=QuietHours(start=time(22),
                                                                          end=time(7)))
    after = before.merged(PreferencesUpdate.model_validate(
        {"channels": [{"category": "MENTORSHIP", "live": False}], "email_digest": False}))
    [mentorship] = after.channels
    assert (mentorship.email, mentorship.live, mentorship.in_app) == (False, False, None)
    assert after.email_digest is False and after.time_zone == "Asia/Kolkata"
    assert after.quiet_hours == before.quiet_hours
    cleared = after.merged(PreferencesUpdate.model_validate({"quiet_hours": None}))
    assert cleared.quiet_hours is None


def test_unsubscribing_turns_only_that_categorys_email_off() -> None:
    after = Preferences().email_off(Category.CALENDAR)
    assert Channel.EMAIL not in after.channels_for(kind_of("CALENDAR_REMINDER"))
    assert Channel.EMAIL in after.channels_for(MESSAGE)


def test_quiet_hours_across_midnight_in_the_persons_zone_end_in_the_morning() -> None:
    chicago = Preferences(time_zone="America/Chicago",
                          quiet_hours=QuietHours(start=time(22), end=time(7)))
    # 04:30 UTC on 30 Nov is 22:30 on 29 Nov in Chicago (CST, UTC-6): quiet until 07:00 CST
    assert chicago.quiet_until(datetime(2026, 11, 30, 4, 30, tzinfo=UTC)) == \
        datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
    # 12:59 UTC is 06:59 there, still quiet; 13:00 is not
    assert chicago.quiet_until(datetime(2026, 11, 30, 12, 59, tzinfo=UTC)) == \
        datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
    assert chicago.quiet_until(datetime(2026, 11, 30, 13, 0, tzinfo=UTC)) is None
    assert Preferences().quiet_until(datetime(2026, 11, 30, 4, 30, tzinfo=UTC)) is None


def test_quiet_hours_within_a_day() -> None:
    lunch = Preferences(quiet_hours=QuietHours(start=time(12), end=time(13, 30)))
    assert lunch.quiet_until(datetime(2026, 11, 30, 12, 10, tzinfo=UTC)) == \
        datetime(2026, 11, 30, 13, 30, tzinfo=UTC)
    assert lunch.quiet_until(datetime(2026, 11, 30, 11, 59, tzinfo=UTC)) is None


def test_the_digest_goes_at_the_next_digest_hour_in_the_persons_zone() -> None:
    kolkata = Preferences(time_zone="Asia/Kolkata", digest_hour=8)  # UTC+5:30
    assert kolkata.next_digest(datetime(2026, 11, 30, 1, 0, tzinfo=UTC)) == \
        datetime(2026, 11, 30, 2, 30, tzinfo=UTC)
    assert kolkata.next_digest(datetime(2026, 11, 30, 2, 30, tzinfo=UTC)) == \
        datetime(2026, 12, 1, 2, 30, tzinfo=UTC)


def test_only_low_priority_kinds_wait_for_the_digest_and_only_while_it_is_on() -> None:
    assert Preferences().digested(LIST) and not Preferences().digested(MESSAGE)
    assert not Preferences(email_digest=False).digested(LIST)
