"""Password hashing with Argon2id (argon2-cffi), off the event loop.

The hasher's defaults follow RFC 9106's recommended parameters; ``needs_rehash`` lets a later
release raise them without forcing anyone to reset a password. A hash takes 60-100 ms of CPU on
every core (4 lanes) and 64 MiB: it runs in one worker thread of lowered priority (argon2-cffi
releases the GIL, and its lane threads inherit the priority), so a flood of sign-ins queues
there and yields the CPU to every other request instead of stalling them.

Each check has a time by which it must start (``start_by``: its request's arrival plus the
setting ``PASSWORD_WAIT_SECONDS``): one that reaches the thread later is not run, and its
request is refused (``HashingBusy``, a 503 the gateway answers as UNAVAILABLE). Without that, a
flood of sign-ups queued more hashes than the thread could do within the gateway's timeout; each
request was abandoned before its turn yet still hashed (uvicorn does not cancel a request whose
client left), and each retry queued another: every answer came too late, for minutes, while the
rest of the platform sat idle (benchmarks/RESULTS.md, "Sign-up flood").
"""

from __future__ import annotations

import asyncio
import os
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

HASHING_NICENESS = 10
"""How much lower than the rest of the process the hashing thread runs (Unix nice levels)."""
T = TypeVar("T")

_hasher = PasswordHasher()


def _lower_priority() -> None:
    thread = threading.get_native_id()
    os.setpriority(os.PRIO_PROCESS, thread,
                   os.getpriority(os.PRIO_PROCESS, thread) + HASHING_NICENESS)


_hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argon2",
                              initializer=_lower_priority)


class HashingBusy(Exception):
    """A password check waited longer than its deadline for the hashing thread, and was not
    run: the caller has most likely given up on the answer by now."""


@cache
def _no_account_hash() -> str:
    """What a sign-in for an unknown email is checked against, so that it costs as much time as
    one for a known email and the answer's timing does not tell which emails have accounts."""
    return _hasher.hash(secrets.token_urlsafe(16))


async def _in_turn(work: Callable[[], T], start_by: float) -> T:
    """``work`` on the hashing thread, unless it gets there after ``start_by`` (monotonic)."""

    def unless_late() -> T:
        if (late := time.monotonic() - start_by) > 0:
            raise HashingBusy(f"the password check would have started {late:.1f} s late")
        return work()

    return await asyncio.get_running_loop().run_in_executor(_hashing, unless_late)


async def hash_password(password: str, start_by: float) -> str:
    return await _in_turn(lambda: _hasher.hash(password), start_by)


async def password_matches(stored_hash: str | None, password: str,
                           start_by: float) -> bool:
    """True if ``password`` is the one hashed in ``stored_hash``; None (no such account) costs a
    full check too and is never a match."""
    matches = await _in_turn(lambda: _verify(stored_hash, password), start_by)
    return matches and stored_hash is not None


def _verify(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _no_account_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
