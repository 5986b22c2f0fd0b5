"""The settings pattern every service and the gateway follow: one pydantic-settings class each.

Values come from the environment (``KAFKA_BOOTSTRAP_SERVERS``, ``MONGODB_URL``, ``JWT_SECRET``, …);
a deployment that is not local refuses the default secret instead of running with it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOCAL_JWT_SECRET = "local-development-secret-change-me-0123456789"


class PlatformSettings(BaseSettings):
    """What every process of the platform needs; each service subclasses it once."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    environment: Literal["local", "test", "production"] = "local"
    log_level: str = "INFO"
    jwt_secret: str = Field(default=LOCAL_JWT_SECRET, min_length=32)
    jwt_ttl_seconds: int = 24 * 3600

    @model_validator(mode="after")
    def _no_default_secret_in_production(self) -> PlatformSettings:
        if self.environment == "production" and self.jwt_secret == LOCAL_JWT_SECRET:
            raise ValueError("JWT_SECRET must be set outside local and test runs")
        return self


class ServiceSettings(PlatformSettings):
    """A service: its Kafka, its own MongoDB database, and the namespace of its topics."""

    service_name: str
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    mongodb_url: str = "mongodb://127.0.0.1:27017/"
    mongodb_database: str
    topic_prefix: str = ""
    outbox_sweep_seconds: float = 30.0
    inbox_keep_days: float = Field(default=8.0, gt=0)
    """How long a handled event's id is remembered. Longer than Kafka keeps events (7 days by
    default): no older event can be delivered again, and effects have deterministic ids anyway."""

    @property
    def source(self) -> str:
        """CloudEvents ``source`` of everything this service publishes."""
        return f"/{self.service_name}"
