"""Settings of the matching service, read from the environment (see smartpick.settings)."""

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "matching"
    mongodb_database: str = "smartpick_matching"
    port: int = 8002
