"""The operator's webhook settings reach the SSRF guard, and plain http stays out of production."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.notifications.settings import Settings
from services.notifications.webhooks.ssrf import check_url


def test_the_environment_allows_plain_http_and_loopback_for_a_local_receiver(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_ALLOW_INSECURE_HTTP", "true")
    monkeypatch.setenv("WEBHOOK_ALLOWED_NETWORKS", '["127.0.0.0/8", "::1/128"]')
    policy = Settings().webhook_policy
    assert str(check_url("http://127.0.0.1:9000/hook", policy).literal) == "127.0.0.1"
    assert str(check_url("http://[::1]:9000/hook", policy).literal) == "::1"


def test_by_default_only_https_to_outside_addresses_passes() -> None:
    policy = Settings().webhook_policy
    assert (policy.allow_insecure_http, policy.allowed_networks) == (False, ())


def test_plain_http_webhooks_are_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="WEBHOOK_ALLOW_INSECURE_HTTP"):
        Settings(environment="production", webhook_allow_insecure_http=True)


def test_an_attempts_claim_must_outlast_the_attempt() -> None:
    with pytest.raises(ValidationError, match="WEBHOOK_CLAIM_SECONDS"):
        Settings(webhook_timeout_seconds=30, webhook_claim_seconds=20)
