"""Settings of the matching service, read from the environment (see smartpick.settings)."""

from pydantic import Field

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "matching"
    mongodb_database: str = "smartpick_matching"
    port: int = 8002
    simulation_timeout_seconds: float = Field(
        default=900.0, gt=0, description="a match simulation running longer is stopped and failed")
    simulation_max_upload_mb: int = Field(
        default=64, gt=0, description="largest uploaded instance (a national one is 17 MB)")
    simulation_poll_seconds: float = Field(
        default=5.0, gt=0, description="how often an idle instance looks for queued simulations")
