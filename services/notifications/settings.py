"""Settings of the notifications service, read from the environment (see smartpick.settings)."""

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "notifications"
    mongodb_database: str = "smartpick_notifications"
    port: int = 8003
