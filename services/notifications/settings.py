"""Settings of the notifications service, read from the environment (see smartpick.settings)."""

from pathlib import Path
from typing import Self

from pydantic import Field, IPvAnyNetwork, model_validator

from services.notifications.calendar.season import PACKAGED
from services.notifications.webhooks.ssrf import WebhookPolicy
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
    webhook_allow_insecure_http: bool = False
    """Lets webhook URLs start with ``http://``: for local runs and tests, refused in production."""
    webhook_allowed_networks: list[IPvAnyNetwork] = Field(default_factory=list)
    """Networks webhooks may reach although an SSRF rule refuses them (docs/webhooks-ssrf.md), as
    JSON: ``WEBHOOK_ALLOWED_NETWORKS='["127.0.0.0/8"]'`` for a receiver on this machine."""

    webhook_retry_seconds: list[float] = Field(
        default=[5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0], min_length=1)
    """Waits before each retry of a failed webhook attempt (the first is immediate), each with
    ±10 % jitter; after the last the message has failed (docs/webhooks.md)."""
    webhook_sweep_seconds: float = Field(default=1.0, gt=0)
    """How often the webhook worker looks for messages due (retries, and what a crash left)."""
    webhook_claim_seconds: float = Field(default=60.0, gt=0)
    """How long a webhook attempt belongs to the process that claimed it: longer than
    ``webhook_timeout_seconds``, so only a dead process's attempt is taken over."""
    webhook_timeout_seconds: float = Field(default=15.0, gt=0)
    """How long one attempt may take, look-up included, before it counts as failed."""
    webhook_disable_after_seconds: float = Field(default=5 * 24 * 3600.0, gt=0)
    """An endpoint whose attempts all failed for this long is disabled and its admin told."""
    webhook_endpoint_concurrency: int = Field(default=2, ge=1)
    """Attempts in flight per endpoint in one process."""
    webhook_concurrency: int = Field(default=32, ge=1)
    """Attempts in flight in one process, all endpoints together."""
    webhook_rate_per_second: float = Field(default=20.0, gt=0)
    """Attempts started per second per endpoint in one process."""

    email_keep_days: float = Field(default=90.0, gt=0)
    """Days an email delivery is kept once sent or given up (the ledger shows its outcome)."""
    digest_items_keep_days: float = Field(default=30.0, gt=0)
    """Days a digest item is kept if no digest took it (a digest deletes those it sends)."""
    ledger_keep_days: float = Field(default=90.0, gt=0)
    """Days an event's delivery ledger is kept (GET /delivery-ledger/{event_id})."""
    webhook_attempts_keep_days: float = Field(default=30.0, gt=0)
    """Days a webhook attempt's log is kept: well beyond the retry schedule (about a day)."""
    retention_poll_seconds: float = Field(default=3600.0, gt=0)
    """How often each instance checks whether today's pruning (retention.py) is done."""

    @model_validator(mode="after")
    def _https_webhooks_in_production(self) -> Self:
        if self.environment == "production" and self.webhook_allow_insecure_http:
            raise ValueError("WEBHOOK_ALLOW_INSECURE_HTTP is for local runs: in production "
                             "webhook payloads and signatures must not cross the network in clear")
        return self

    @model_validator(mode="after")
    def _claims_outlast_attempts(self) -> Self:
        if self.webhook_claim_seconds <= self.webhook_timeout_seconds:
            raise ValueError("WEBHOOK_CLAIM_SECONDS must exceed WEBHOOK_TIMEOUT_SECONDS: a claim "
                             "that expires mid-attempt lets a second process send it too")
        return self

    @property
    def webhook_policy(self) -> WebhookPolicy:
        """What the SSRF guard allows beyond its rules (services/notifications/webhooks/ssrf.py)."""
        return WebhookPolicy(allow_insecure_http=self.webhook_allow_insecure_http,
                             allowed_networks=tuple(self.webhook_allowed_networks))
