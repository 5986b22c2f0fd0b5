"""Password checks run off the event loop at a lower priority, a sign-in for an unknown email is
checked like a wrong password (defects 5 and 9 of the hardening issue), and a check that waited
past its deadline for the hashing thread is not run (issue 13, the sign-up flood)."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from services.profiles.accounts import passwords


def far() -> float:
    """A time to start by that no check here reaches, but in the one test of deadlines."""
    return time.monotonic() + 60


async def test_right_wrong_and_unknown() -> None:
    stored = await passwords.hash_password("correct horse", far())
    assert await passwords.password_matches(stored, "correct horse", far())
    assert not await passwords.password_matches(stored, "wrong horse", far())
    assert not await passwords.password_matches(None, "correct horse", far())  # no such account


class RecordingHasher:
    """Where and how nicely the hashing ran."""

    def __init__(self) -> None:
        self.threads: list[tuple[int, int]] = []

    def _record(self) -> None:
        me = threading.get_native_id()
        self.threads.append((me, os.getpriority(os.PRIO_PROCESS, me)))

    def hash(self, password: str) -> str:
        self._record()
        return "hash"

    def verify(self, stored: str, password: str) -> bool:
        self._record()
        return True


async def test_hashing_runs_off_the_event_loop_at_lower_priority(
        monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = RecordingHasher()
    monkeypatch.setattr(passwords, "_hasher", recorder)
    await passwords.hash_password("a password", far())
    await passwords.password_matches("hash", "a password", far())
    loop_thread = threading.get_native_id()
    loop_priority = os.getpriority(os.PRIO_PROCESS, loop_thread)
    assert [thread for thread, _ in recorder.threads if thread == loop_thread] == []
    assert {priority for _, priority in recorder.threads} == {
        loop_priority + passwords.HASHING_NICENESS}


async def test_an_unknown_email_costs_a_full_check(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = RecordingHasher()
    passwords._no_account_hash()  # made once, before the recorder stands in
    monkeypatch.setattr(passwords, "_hasher", recorder)
    assert not await passwords.password_matches(None, "anything", far())
    assert len(recorder.threads) == 1  # a verify ran, against the stand-in hash


class HeldHasher(RecordingHasher):
    """Hashes only once ``release`` is set: the thread is busy until then."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def hash(self, password: str) -> str:
        self.release.wait(10)
        return super().hash(password)


async def test_a_check_that_waited_past_its_deadline_is_not_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    hasher = HeldHasher()
    monkeypatch.setattr(passwords, "_hasher", hasher)
    first = asyncio.create_task(passwords.hash_password("first", far()))
    late = asyncio.create_task(passwords.password_matches("hash", "late", time.monotonic() + 0.05))
    await asyncio.sleep(0.2)  # the second waits behind the first, past its time to start
    hasher.release.set()
    assert await first == "hash"
    with pytest.raises(passwords.HashingBusy):
        await late
    assert len(hasher.threads) == 1  # only the first ran: the late one cost no hash
