"""Settings of the GraphQL gateway, from the environment."""

from smartpick.settings import PlatformSettings


class Settings(PlatformSettings):
    profiles_url: str = "http://127.0.0.1:8001"
    matching_url: str = "http://127.0.0.1:8002"
    notifications_url: str = "http://127.0.0.1:8003"
    service_timeout_seconds: float = 5.0
    port: int = 8000
    try_plan_per_minute: int = 20
    """tryPlan calls allowed per client address and minute (no account needed)."""
    simulation_max_upload_mb: int = 64
    """Largest match-simulation instance a client may upload (a national one is 17 MB)."""
    upload_timeout_seconds: float = 60.0
    """Time the matching service has to validate and store an uploaded instance."""
