"""Settings of the profiles service, read from the environment (see smartpick.settings)."""

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "profiles"
    mongodb_database: str = "smartpick_profiles"
    port: int = 8001
