"""The settings pattern every service and the gateway follow: one pydantic-settings class each.

Values come from the environment (``KAFKA_BOOTSTRAP_SERVERS``, ``MONGODB_URL``, ``JWT_SECRET``, …).
There is no built-in token secret: a secret written in the code signs tokens anyone can forge.
`make up` generates one per installation; everywhere else ``JWT_SECRET`` must be set, and an app
that verifies or issues tokens refuses to start without it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PUBLISHED_JWT_SECRETS = frozenset({"local-development-secret-change-me-0123456789"})
"""Secrets that were once written in this repository: public, so refused."""


class MissingSecret(RuntimeError):
    """An app that signs or checks tokens was started without ``JWT_SECRET``."""


class PlatformSettings(BaseSettings):
    """What every process of the platform needs; each service subclasses it once."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    environment: Literal["local", "test", "production"] = "local"
    log_level: str = "INFO"
    jwt_secret: str = Field(default="", repr=False)
    """Signs and checks bearer tokens; at least 32 characters. Empty only for command-line tools
    that never touch a token (catalog import, model refit)."""
    jwt_ttl_seconds: int = 24 * 3600

    @field_validator("jwt_secret")
    @classmethod
    def _strong_secret(cls, secret: str) -> str:
        if secret and len(secret) < 32:
            raise ValueError("JWT_SECRET must have at least 32 characters")
        if secret in PUBLISHED_JWT_SECRETS:
            raise ValueError("JWT_SECRET is a value published in the Smart Pick repository; "
                             "generate your own (e.g. `openssl rand -base64 48`)")
        return secret

    def require_jwt_secret(self) -> str:
        """The token secret, for an app about to start; refuses to run without one."""
        if not self.jwt_secret:
            raise MissingSecret(
                "JWT_SECRET is not set: `make up` generates one per installation; elsewhere set "
                "it to at least 32 random characters (e.g. `openssl rand -base64 48`)")
        return self.jwt_secret


class ServiceSettings(PlatformSettings):
    """A service: its Kafka, its own MongoDB database, and the namespace of its topics."""

    service_name: str
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    mongodb_url: str = "mongodb://127.0.0.1:27017/"
    mongodb_database: str
    mongodb_max_pool_size: int = Field(default=8, gt=0)
    """Connections to the database per process. FerretDB's SQLite backend serialises writes:
    measured with 64 concurrent writers, 4 to 8 connections did 1.4-2 times the work of 100
    (deploy/local/README.md). On MongoDB raise it with the load."""
    topic_prefix: str = ""
    outbox_sweep_seconds: float = 30.0
    """Period of the outbox relay's sweep of the pending list (smartpick/pending.py): what a
    crash left staged goes out within it after a restart."""
    inbox_keep_days: float = Field(default=8.0, gt=0)
    """How long a handled event's id is remembered. Longer than Kafka keeps events (7 days by
    default): no older event can be delivered again, and effects have deterministic ids anyway."""
    request_max_bytes: int = Field(default=1_000_000, gt=0)
    """The largest request body a route takes (a 413 beyond), unless the service gives the route
    a limit of its own (uploaded match instances); our largest JSON inputs are tens of KB."""

    @property
    def source(self) -> str:
        """CloudEvents ``source`` of everything this service publishes."""
        return f"/{self.service_name}"
