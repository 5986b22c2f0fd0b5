"""Settings of the profiles service, read from the environment (see smartpick.settings)."""

from pydantic import Field

from smartpick.settings import ServiceSettings


class Settings(ServiceSettings):
    service_name: str = "profiles"
    mongodb_database: str = "smartpick_profiles"
    port: int = 8001
    catalog_check_seconds: float = 2.0
    """How often each instance looks whether an import changed the catalog it lists."""
    catalog_reload_seconds: float = 300.0
    """A full reload of the listed catalog at least this often, whatever the markers say."""
    sign_ins_per_minute_per_address: int = Field(default=20, ge=1)
    """Sign-in attempts a client address may make per minute, across all instances."""
    sign_ins_per_minute_per_account: int = Field(default=6, ge=1)
    """Sign-in attempts per minute for one email, from any address (password guessing)."""
    sign_ups_per_minute_per_address: int = Field(default=10, ge=1)
    """Sign-ups a client address may make per minute, across all instances."""
    password_wait_seconds: float = Field(default=1.5, gt=0)
    """How long after a sign-up or sign-in arrives its password check may still start, else it
    is refused (503, try again): with the hash (0.1 s idle, up to 1 s on a busy machine) and the
    writes, under the gateway's 5 s timeout, so no hash is made for a caller that gave up. A
    shorter wait refuses more of a burst; under a flood it keeps the answers in time (3 s let a
    fifth of them out late: benchmarks/RESULTS.md, "Sign-up flood")."""
    email_verification_ttl_seconds: int = Field(default=24 * 3600, ge=60)
    """How long the link of a verification email works."""
    email_verifications_per_minute_per_account: int = Field(default=2, ge=1)
    """Verification emails an account may ask for per minute (each one is an email sent)."""
    invitation_code_attempts_per_minute_per_account: int = Field(default=10, ge=1)
    """Invitation codes an account may try per minute (guessing codes)."""
    organization_invitation_ttl_seconds: int = Field(default=14 * 24 * 3600, ge=60)
    """How long an invitation sent to an email address may be accepted."""
