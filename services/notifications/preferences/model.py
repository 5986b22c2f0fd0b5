"""A person's notification preferences and what they decide: which channels a kind goes to,
when quiet hours end, when the daily digest goes out. Pure, so tests state the rules.

Unset, a category uses each kind's default channels (catalogue.py). Account notices ignore
preferences and quiet hours. Live updates ride on the in-app notice: off where in-app is off.
Quiet hours defer email to their end, in the person's time zone; they drop nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.notifications.catalogue import Category, Channel, Kind, Priority

MUTABLE = tuple(category for category in Category if category is not Category.ACCOUNT)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())  # reads the zone files: once, not at every send


def known_zone(name: str) -> str:
    if name not in _zones():
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as America/Chicago")
    return name


def switchable(choices: list[CategoryChannels]) -> list[CategoryChannels]:
    """``choices`` if each names a category once and none names account notices."""
    seen = [choice.category for choice in choices]
    if Category.ACCOUNT in seen:
        raise ValueError("account and security notices cannot be switched off or changed")
    if len(set(seen)) != len(seen):
        raise ValueError("each category may appear once")
    return choices


class CategoryChannels(BaseModel):
    """A person's choice for one category; a channel left out keeps the kinds' defaults."""

    category: Category
    in_app: bool | None = None
    email: bool | None = None
    live: bool | None = None

    def choice(self, channel: Channel) -> bool | None:
        return {Channel.IN_APP: self.in_app, Channel.EMAIL: self.email,
                Channel.LIVE: self.live}[channel]


class QuietHours(BaseModel):
    """From ``start`` to ``end`` (local times; across midnight when ``end`` <= ``start``)."""

    start: time
    end: time

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise ValueError("quiet hours must start and end at different times")
        return self


class Preferences(BaseModel):
    channels: list[CategoryChannels] = Field(default_factory=list, max_length=len(MUTABLE))
    email_digest: bool = True
    """Low-priority email waits for one daily digest; off, each is sent on its own."""
    digest_hour: int = Field(default=8, ge=0, le=23)
    """When the digest goes out, in the person's time zone."""
    quiet_hours: QuietHours | None = None
    time_zone: str = "UTC"

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return known_zone(value)

    @field_validator("channels")
    @classmethod
    def _switchable(cls, value: list[CategoryChannels]) -> list[CategoryChannels]:
        return switchable(value)

    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone)
        except ZoneInfoNotFoundError:  # the zone database lost it since: fall back, never fail
            return ZoneInfo("UTC")

    def channels_for(self, kind: Kind) -> frozenset[Channel]:
        if kind.mandatory:
            return kind.channels
        chosen = next((c for c in self.channels if c.category is kind.category), None)
        result = set()
        for channel in Channel:
            choice = chosen.choice(channel) if chosen is not None else None
            if choice is None:
                choice = channel in kind.channels
            if choice:
                result.add(channel)
        if Channel.IN_APP not in result:
            result.discard(Channel.LIVE)
        return frozenset(result)

    def merged(self, update: PreferencesUpdate) -> Preferences:
        """These preferences with ``update``'s given fields applied (categories one by one)."""
        channels = {c.category: c for c in self.channels}
        for change in update.channels or []:
            current = channels.get(change.category, CategoryChannels(category=change.category))
            channels[change.category] = current.model_copy(update=change.model_dump(
                exclude_unset=True, exclude={"category"}))
        fields = update.model_dump(exclude_unset=True, exclude={"channels"})
        return Preferences.model_validate({**self.model_dump(), **fields,
                                           "channels": [c.model_dump() for c in
                                                        channels.values()]})

    def email_off(self, category: Category) -> Preferences:
        """The one-click unsubscribe: email of ``category`` off, the rest unchanged."""
        return self.merged(PreferencesUpdate(channels=[CategoryChannels(category=category,
                                                                        email=False)]))

    def quiet_until(self, now: datetime) -> datetime | None:
        """When the quiet hours around ``now`` end (UTC), or None outside them."""
        if self.quiet_hours is None:
            return None
        zone = self.zone()
        local = now.astimezone(zone)
        start, end = self.quiet_hours.start, self.quiet_hours.end
        for day in (local.date() - timedelta(days=1), local.date()):
            begins = datetime.combine(day, start, zone)
            ends = datetime.combine(day if end > start else day + timedelta(days=1), end, zone)
            if begins <= local < ends:
                return ends.astimezone(UTC)
        return None

    def next_digest(self, now: datetime) -> datetime:
        """The first digest moment after ``now`` (UTC)."""
        zone = self.zone()
        local = now.astimezone(zone)
        moment = datetime.combine(local.date(), time(self.digest_hour), zone)
        if moment <= local:
            moment = datetime.combine(local.date() + timedelta(days=1), time(self.digest_hour),
                                      zone)
        return moment.astimezone(UTC)

    def digested(self, kind: Kind) -> bool:
        """Whether ``kind``'s email waits for the digest."""
        return self.email_digest and kind.priority is Priority.LOW and not kind.mandatory


class PreferencesUpdate(BaseModel):
    """A change: only the fields given change; categories not listed keep their choice. Only
    ``quiet_hours`` may be given as null (none); a null elsewhere is refused, as is a value of
    another JSON type (``false`` for an hour)."""

    model_config = ConfigDict(strict=True)

    channels: list[CategoryChannels] | None = Field(default=None, max_length=len(MUTABLE))
    email_digest: bool | None = None
    digest_hour: int | None = Field(default=None, ge=0, le=23)
    quiet_hours: QuietHours | None = None
    time_zone: str | None = None

    @model_validator(mode="after")
    def _nulls(self) -> PreferencesUpdate:
        nulled = sorted(name for name in self.model_fields_set - {"quiet_hours"}
                        if getattr(self, name) is None)
        if nulled:
            raise ValueError(f"{', '.join(nulled)} cannot be null: leave it out to keep it")
        return self

    @field_validator("channels")
    @classmethod
    def _switchable(cls, value: list[CategoryChannels] | None) -> list[CategoryChannels] | None:
        return None if value is None else switchable(value)

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        return None if value is None else known_zone(value)
