"""The Match season's calendar as data: its dates, who is reminded of each, and how far ahead.

The calendar is a TOML file (``season.toml`` beside this module, or ``calendar_file``), checked
here when the service starts, so a mistyped date stops the service rather than a reminder.
Times in the file are local to the season's ``time_zone``: operators copy NRMP's "9 p.m. ET"
as it is written, and daylight saving time is the time zone database's business.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PositiveInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

from smartpick.auth import Role

PACKAGED = Path(__file__).parent / "season.toml"


class CalendarDate(BaseModel):
    """One date of the season, and the reminders that lead up to it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    """Part of every reminder's id: renaming it in mid-season sends its reminders again."""
    title: str = Field(min_length=1)
    """A clause the reminder's title continues with "in 3 days"."""
    note: str = ""
    """What to do about it, one or two sentences of the reminder's body."""
    when: AwareDatetime
    """When it happens (the start, for a period); reminders count back from here."""
    ends: AwareDatetime | None = None
    """The last day of a period (interview season, Match week), shown only."""
    all_day: bool = False
    """Set by the loader when the file gives a date without a time."""
    audience: frozenset[Role] = Field(min_length=1)
    remind_days_before: tuple[PositiveInt, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> CalendarDate:
        if self.ends is not None and self.ends <= self.when:
            raise ValueError(f"{self.id}: ends must come after when")
        if len(set(self.remind_days_before)) != len(self.remind_days_before):
            raise ValueError(f"{self.id}: remind_days_before repeats a lead")
        return self


class Season(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    """Shown in reminders and part of their ids, so each season's reminders are its own."""
    time_zone: str
    dates: tuple[CalendarDate, ...]

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r}") from None
        return name

    @field_validator("dates", mode="before")
    @classmethod
    def _in_season_zone(cls, dates: Any, info: ValidationInfo) -> Any:
        zone = info.data.get("time_zone")
        if zone is None or not isinstance(dates, list):
            return dates  # the time zone's own error says what is wrong
        return [_localized(entry, ZoneInfo(zone)) if isinstance(entry, dict) else entry
                for entry in dates]

    @model_validator(mode="after")
    def _unique_ids(self) -> Season:
        ids = [entry.id for entry in self.dates]
        if len(set(ids)) != len(ids):
            raise ValueError("two dates share an id")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


def _localized(entry: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    """``entry`` with its local dates and times placed in ``zone``; a bare date is its day's
    start there, and marks the entry all-day."""
    placed = dict(entry)
    for key in ("when", "ends"):
        value = placed.get(key)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                placed[key] = value.replace(tzinfo=zone)
        elif isinstance(value, date):
            placed[key] = datetime.combine(value, time(), zone)
            if key == "when":
                placed["all_day"] = True
    return placed


def load_season(path: Path = PACKAGED) -> Season:
    """The season in ``path``; raises ``ValueError`` (pydantic's, or TOML's) when it is wrong."""
    with path.open("rb") as file:
        return Season.model_validate(tomllib.load(file))
