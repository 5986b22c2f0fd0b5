"""Settings of the notifications service, read from the environment (see smartpick.settings)."""

from pathlib import Path

from pydantic import Field

from services.notifications.calendar.season import PACKAGED
from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "notifications"
    mongodb_database: str = "smartpick_notifications"
    port: int = 8003
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=1025, gt=0, lt=65536)
    """Where email goes: `make up` runs Mailpit there, which keeps every message it gets."""
    smtp_timeout_seconds: float = Field(default=15.0, gt=0)
    email_from: str = "Smart Pick <no-reply@smartpick.local>"
    """The sender of every email; its domain also ends each Message-ID."""
    email_retry_seconds: list[float] = Field(default=[10.0, 60.0, 300.0, 1800.0, 7200.0],
                                             min_length=1)
    """Waits before each retry of a refused or failed send; after the last, it is given up."""
    email_sweep_seconds: float = Field(default=10.0, gt=0)
    """How often the sender looks for deliveries due (retries, and those a crash left)."""
    email_claim_seconds: float = Field(default=120.0, gt=0)
    """How long an attempt belongs to the process that claimed it; longer than an SMTP send can
    take, so a second process takes over only from one that died mid-send."""
    web_base_url: str = "http://127.0.0.1:3000"
    """The web client's public address, which links in emails point to."""
    public_api_url: str = "http://127.0.0.1:8000"
    """The gateway's public address: one-click unsubscribe links (``/email/unsubscribe``) go
    there, and it forwards them here."""
    digest_poll_seconds: float = Field(default=60.0, gt=0)
    """How often the digest worker looks for digests whose moment has come."""
    calendar_file: Path = PACKAGED
    """The Match season's calendar (calendar/season.toml; docs/calendar.md), read at start."""
    calendar_poll_seconds: float = Field(default=300.0, gt=0)
    """How often each instance looks for calendar reminders due: how late one may go out."""
