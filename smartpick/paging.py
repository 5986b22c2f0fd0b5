"""Opaque cursors for Relay-style paging, shared by the services' REST lists and the gateway."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import HTTPException, Query

MAX_CURSOR_LENGTH = 200
"""Longer than any cursor we make (the longest holds a date and an id) and short enough that a
rejected one is never a large echo."""
MAX_OFFSET_DIGITS = 9
"""Offsets of our lists stay far below a billion; a cursor with more digits is not ours."""

After = Annotated[str | None, Query(
    max_length=MAX_CURSOR_LENGTH,
    description="`end_cursor` of the previous page; absent for the first page")]


def encode_cursor(position: str) -> str:
    return base64.urlsafe_b64encode(position.encode()).decode().rstrip("=")


def _invalid() -> HTTPException:
    return HTTPException(400, "invalid cursor: pass the end_cursor of a page, unchanged")


def decode_cursor(cursor: str | None) -> str | None:
    """The position inside ``cursor``; a cursor we did not make is a 400, not a 500."""
    if not cursor:
        return None
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise _invalid()
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise _invalid() from error


def offset_after(cursor: str | None) -> int:
    """Where a page starts in an offset-paged list: after the position inside ``cursor``.

    ``str.isdigit`` alone is not enough: it accepts "²" and other Unicode digits that ``int``
    refuses, and any number of digits."""
    position = decode_cursor(cursor)
    if position is None:
        return 0
    if not (position.isascii() and position.isdigit() and len(position) <= MAX_OFFSET_DIGITS):
        raise _invalid()
    return int(position) + 1
