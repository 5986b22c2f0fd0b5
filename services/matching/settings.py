"""Settings of the matching service, read from the environment (see smartpick.settings)."""

from datetime import timedelta

from pydantic import Field

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "matching"
    mongodb_database: str = "smartpick_matching"
    port: int = 8002
    simulation_timeout_seconds: float = Field(default=900.0, gt=0)
    """A match simulation running longer is stopped and fails."""
    simulation_max_upload_mb: int = Field(default=64, gt=0)
    """The largest uploaded instance (a national one is 17 MB); other bodies have the services'
    ``request_max_bytes``."""
    simulation_max_pending: int = Field(default=3, gt=0)
    """Queued or running simulations one organization may have at once."""
    simulation_poll_seconds: float = Field(default=5.0, gt=0)
    """How often an idle instance looks for simulations queued by another instance."""
    simulation_retention_days: float = Field(default=30.0, ge=0.0)
    """A finished simulation and its files are deleted this long after it finished; 0 keeps
    them until their organization deletes them."""
    refit_interval_hours: float = Field(default=24.0, ge=0.0)
    """How often the service refits on reported outcomes; 0 turns the schedule off."""
    refit_min_new_reports: int = Field(default=20, ge=1)
    """Reports that must have arrived since the last refit before the schedule refits again."""
    refit_min_holdout_reports: int = Field(default=20, ge=1)
    """Held-out reports a refit needs before it can judge a candidate (command and schedule)."""
    refit_holdout_every: int = Field(default=5, ge=2)
    """One report in this many is held out (chosen by a hash of the report id)."""

    mentorship_request_ttl_seconds: float = Field(default=14 * 24 * 3600.0, gt=0)
    """A mentorship request unanswered this long expires (14 days)."""
    mentorship_expiry_poll_seconds: float = Field(default=60.0, gt=0)
    """How often each instance looks for requests to expire."""
    mentorship_repair_after_seconds: float = Field(default=300.0, gt=0)
    """A mentorship change left unfinished this long was left by a process that died: the
    repair sweep, run as often, finishes or undoes it (mentorship/repair.py)."""
    cohort_publication_lease_seconds: float = Field(default=900.0, gt=0)
    """A cohort publication still unfinished this long was interrupted: publishing the run
    again resumes it. Longer than a publication takes and than the repair sweep's period, so
    the claims of a request cut short are freed before the resumed publication asks again."""
    mentorship_reminder_poll_seconds: float = Field(default=900.0, gt=0)
    """How often each instance looks for check-ins coming up and goals overdue in active
    mentorships (mentorship/reminders.py); each reminder is sent once however many look."""

    @property
    def simulation_max_upload_bytes(self) -> int:
        return self.simulation_max_upload_mb * 1_000_000

    @property
    def simulation_retention(self) -> timedelta | None:
        """How long finished simulations are kept; None: until their organization deletes them."""
        days = self.simulation_retention_days
        return timedelta(days=days) if days > 0 else None
