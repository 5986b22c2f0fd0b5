"""Opaque cursors for Relay-style paging, shared by the services' REST lists and the gateway."""

from __future__ import annotations

import base64
import binascii

from fastapi import HTTPException


def encode_cursor(position: str) -> str:
    return base64.urlsafe_b64encode(position.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> str | None:
    """The position inside ``cursor``; a cursor we did not make is a 400, not a 500."""
    if not cursor:
        return None
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise HTTPException(400, f"invalid cursor {cursor!r}") from error


def offset_after(cursor: str | None) -> int:
    """Where a page starts in an offset-paged list: after the position inside ``cursor``."""
    position = decode_cursor(cursor)
    if position is None:
        return 0
    if not position.isdigit():
        raise HTTPException(400, f"invalid cursor {cursor!r}")
    return int(position) + 1
