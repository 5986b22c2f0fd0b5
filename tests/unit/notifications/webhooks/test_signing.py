"""Secrets, rotation and the headers of an attempt (the signatures themselves are checked by the
npm library in tests/integration/test_webhook_signatures.py)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

import pytest

from services.notifications.webhooks.signing import (
    InvalidWebhookSecret,
    NoValidSecret,
    SigningSecret,
    new_secret,
    rotate,
    secret_key,
    signed_headers,
)

AT = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _secret(size: int) -> str:
    return "whsec_" + base64.b64encode(bytes(range(size))).decode()


def test_a_new_secret_is_whsec_and_32_random_bytes() -> None:
    first, second = new_secret(), new_secret()
    assert first.startswith("whsec_") and len(secret_key(first)) == 32
    assert first != second


@pytest.mark.parametrize("size", [24, 64])
def test_keys_of_24_to_64_bytes_are_accepted(size: int) -> None:
    assert secret_key(_secret(size)) == bytes(range(size))


@pytest.mark.parametrize("secret", [
    base64.b64encode(bytes(32)).decode(), "whsec_not base64!", _secret(23), _secret(65)])
def test_a_malformed_secret_is_refused(secret: str) -> None:
    with pytest.raises(InvalidWebhookSecret):
        secret_key(secret)


def test_the_timestamp_is_the_attempts_unix_time_whatever_its_timezone() -> None:
    secrets = [SigningSecret(_secret(32))]
    india = AT.astimezone(timezone(timedelta(hours=5, minutes=30)))
    headers = signed_headers("msg_1", b"{}", secrets, india)
    assert headers == signed_headers("msg_1", b"{}", secrets, AT)
    assert headers["webhook-timestamp"] == str(int(AT.timestamp()))


def test_a_naive_attempt_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        signed_headers("msg_1", b"{}", [SigningSecret(_secret(32))], AT.replace(tzinfo=None))


def test_a_rotation_keeps_the_old_secret_signing_for_a_day() -> None:
    old, new = _secret(32), _secret(24)
    secrets = rotate([SigningSecret(old)], new, AT)
    assert secrets == (SigningSecret(new), SigningSecret(old, AT + timedelta(hours=24)))
    during = signed_headers("msg_1", b"{}", secrets, AT + timedelta(hours=23))
    after = signed_headers("msg_1", b"{}", secrets, AT + timedelta(hours=24))
    assert len(during["webhook-signature"].split(" ")) == 2
    assert after == signed_headers("msg_1", b"{}", [SigningSecret(new)], AT + timedelta(hours=24))


def test_a_second_rotation_keeps_earlier_expiries_and_drops_expired_secrets() -> None:
    first, second, third = _secret(24), _secret(32), _secret(40)
    once = rotate([SigningSecret(first)], second, AT)
    twice = rotate(once, third, AT + timedelta(hours=1))
    assert twice == (SigningSecret(third), SigningSecret(second, AT + timedelta(hours=25)),
                     SigningSecret(first, AT + timedelta(hours=24)))
    fourth = _secret(48)
    assert rotate(twice, fourth, AT + timedelta(hours=24)) == (
        SigningSecret(fourth), SigningSecret(third, AT + timedelta(hours=48)),
        SigningSecret(second, AT + timedelta(hours=25)))


def test_a_rotation_to_a_malformed_secret_is_refused() -> None:
    with pytest.raises(InvalidWebhookSecret):
        rotate([SigningSecret(_secret(32))], "whsec_short", AT)


def test_an_endpoint_whose_secrets_all_expired_cannot_sign() -> None:
    with pytest.raises(NoValidSecret):
        signed_headers("msg_1", b"{}", [SigningSecret(_secret(32), AT)], AT)
