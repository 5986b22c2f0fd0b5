"""Service URLs from path segments: the only way the gateway puts a value into a URL's path.

Each segment is percent-encoded whole, so an id such as ``../accounts/me`` or ``x?y=1`` stays one
segment of the route the gateway meant and cannot reach another route or add a query string.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

from gateway.errors import coded

MAX_SEGMENT_CHARS = 200
"""Longer than any id the services hand out (program ids are at most 64 characters)."""


def service_url(base: str, *segments: str | int) -> str:
    return base.rstrip("/") + "".join(f"/{quote(_checked(str(s)), safe='')}" for s in segments)


def _checked(segment: str) -> str:
    """Refuses what no id is, before it reaches httpx (a NUL raises ``httpx.InvalidURL``) or a
    URL normaliser (``..`` would climb a level even when encoded as ``%2E%2E``)."""
    if segment in ("", ".", ".."):
        raise coded(f"{segment!r} is not an id", "BAD_USER_INPUT")
    if len(segment) > MAX_SEGMENT_CHARS:
        raise coded(f"an id is at most {MAX_SEGMENT_CHARS} characters", "BAD_USER_INPUT")
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in segment):
        raise coded("an id has no control or formatting characters", "BAD_USER_INPUT")
    return segment
