"""Standard Webhooks signatures: ``whsec_`` secrets and the ``webhook-*`` headers of one attempt.

The signature covers ``{id}.{timestamp}.{body}`` and receivers refuse a timestamp more than five
minutes from their clock, so every attempt, retries included, is signed anew at its own time.
During a rotation the old secret keeps signing next to the new one for a day: the message then
carries both signatures and a receiver holding either secret accepts it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from secrets import token_bytes

SECRET_PREFIX = "whsec_"
ROTATION_OVERLAP = timedelta(hours=24)
_NEW_KEY_BYTES = 32
_KEY_BYTES_MIN, _KEY_BYTES_MAX = 24, 64  # the spec's bounds for HMAC-SHA256 keys


class InvalidWebhookSecret(ValueError):
    """A secret not of the form ``whsec_`` + base64 of 24 to 64 bytes."""


class NoValidSecret(ValueError):
    """Every secret of the endpoint has expired: a message signed by none would be refused."""


@dataclass(frozen=True)
class SigningSecret:
    """One of an endpoint's secrets; a rotated-out one signs on until ``expires_at``."""

    value: str
    expires_at: datetime | None = None

    def valid_at(self, at: datetime) -> bool:
        return self.expires_at is None or at < self.expires_at


def new_secret() -> str:
    """A fresh secret to show the partner once: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(token_bytes(_NEW_KEY_BYTES)).decode()


def secret_key(secret: str) -> bytes:
    """The HMAC key inside ``secret``; raises ``InvalidWebhookSecret`` saying what is wrong."""
    if not secret.startswith(SECRET_PREFIX):
        raise InvalidWebhookSecret(f"a webhook secret starts with {SECRET_PREFIX!r}")
    try:
        key = base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except binascii.Error as error:
        raise InvalidWebhookSecret("a webhook secret is base64 after its prefix") from error
    if not _KEY_BYTES_MIN <= len(key) <= _KEY_BYTES_MAX:
        raise InvalidWebhookSecret(
            f"a webhook secret holds {_KEY_BYTES_MIN} to {_KEY_BYTES_MAX} bytes, not {len(key)}")
    return key


def rotate(current: Iterable[SigningSecret], new: str, at: datetime) -> tuple[SigningSecret, ...]:
    """An endpoint's secrets after ``new`` replaces them at ``at``: the old ones still valid sign
    on for ``ROTATION_OVERLAP`` at most, so the partner has a day to switch its receiver."""
    secret_key(new)
    overlap_ends = at + ROTATION_OVERLAP
    kept = tuple(SigningSecret(old.value, min(old.expires_at or overlap_ends, overlap_ends))
                 for old in current if old.valid_at(at))
    return (SigningSecret(new), *kept)


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """``v1,`` + base64 of HMAC-SHA256 over ``{id}.{timestamp}.{body}``, the exact bytes sent."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(message_id: str, body: bytes, secrets: Sequence[SigningSecret],
                   at: datetime) -> dict[str, str]:
    """The three headers of one attempt made at ``at`` (timezone-aware): one signature per
    secret valid then, space-separated."""
    if at.tzinfo is None:
        raise ValueError("an attempt's time needs a timezone: a naive one is read as local time")
    timestamp = int(at.timestamp())
    valid = [secret.value for secret in secrets if secret.valid_at(at)]
    if not valid:
        raise NoValidSecret("every secret of this endpoint has expired")
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(signature(s, message_id, timestamp, body) for s in valid),
    }
