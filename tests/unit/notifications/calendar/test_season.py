"""The season's calendar file: the packaged season loads, local times are placed in the season's
time zone, and a wrong file stops the service at start rather than a reminder later."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.notifications.calendar.season import load_season
from smartpick.auth import Role


def test_the_packaged_season_has_the_2027_dates_in_new_york_time() -> None:
    season = load_season()
    assert season.name == "2027 Main Residency Match"
    dates = {entry.id: entry for entry in season.dates}
    assert list(dates) == ["eras-opens", "programs-receive-applications", "signals-due",
                           "interview-season", "rank-lists-open", "rank-list-deadline",
                           "match-week-soap", "match-day"]
    deadline = dates["rank-list-deadline"]
    assert deadline.when.astimezone(UTC) == datetime(2027, 3, 4, 2, 0, tzinfo=UTC)  # EST
    assert deadline.remind_days_before == (14, 3, 1) and not deadline.all_day
    assert dates["match-day"].when.astimezone(UTC) == datetime(2027, 3, 19, 16, 0, tzinfo=UTC)
    assert dates["eras-opens"].all_day
    assert dates["eras-opens"].when.astimezone(UTC) == datetime(2026, 6, 3, 4, 0, tzinfo=UTC)
    assert dates["signals-due"].audience == {Role.APPLICANT}


def write(tmp_path: Path, dates: str, zone: str = "America/New_York") -> Path:
    path = tmp_path / "season.toml"
    path.write_text(f'name = "Test"\ntime_zone = "{zone}"\n{dates}')
    return path


DATE = """[[dates]]
id = "d"
title = "D"
when = 2027-03-03T21:00:00
audience = ["APPLICANT"]
remind_days_before = [3]
"""


def test_a_date_with_an_offset_keeps_it(tmp_path: Path) -> None:
    [entry] = load_season(write(tmp_path, DATE.replace("21:00:00", "21:00:00Z"))).dates
    assert entry.when == datetime(2027, 3, 3, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(("dates", "zone"), [
    (DATE, "Mars/Olympus_Mons"),
    (DATE + DATE, "America/New_York"),
    (DATE.replace("[3]", "[3, 3]"), "America/New_York"),
    (DATE.replace("[3]", "[0]"), "America/New_York"),
    (DATE.replace('["APPLICANT"]', '["NOBODY"]'), "America/New_York"),
    (DATE.replace('["APPLICANT"]', "[]"), "America/New_York"),
    (DATE + "ends = 2027-03-01\n", "America/New_York"),
    (DATE.replace("2027-03-03T21:00:00", '"soon"'), "America/New_York"),
    (DATE + "when = 2027-03-04\n", "America/New_York"),  # not TOML: a key twice
])
def test_a_wrong_calendar_file_is_refused(tmp_path: Path, dates: str, zone: str) -> None:
    with pytest.raises(ValueError):
        load_season(write(tmp_path, dates, zone))
