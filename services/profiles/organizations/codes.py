"""Invitation codes, pure: how a code is made, what a well-formed one looks like, and when it
still admits someone.

A code is 16 URL-safe characters from ``secrets`` (96 bits), so guessing one is hopeless even
before the per-account limit on attempts; an unknown, expired, revoked or used-up code all
answer alike, so a guess learns nothing about which codes exist.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

from smartpick.mongo import Document, as_utc

CODE_BYTES = 12
CODE_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
"""What a code typed in may look like; anything else is refused before any look-up."""
MAX_USES_LIMIT = 10_000
"""The most uses a code may allow: each use is a document (see ``store.claim_use``)."""


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def well_formed(code: str) -> bool:
    return re.fullmatch(CODE_PATTERN, code) is not None


def admits(code: Document | None, now: datetime) -> bool:
    """Whether a stored code lets someone join now (its uses are counted apart, by claims)."""
    if code is None or code.get("revoked_at") is not None:
        return False
    expires_at = code.get("expires_at")
    return expires_at is None or as_utc(expires_at) > now


def use_id(code: str, slot: int) -> str:
    """The document that holds slot ``slot`` of a limited code: its insert is the claim."""
    return f"{code}#{slot}"
