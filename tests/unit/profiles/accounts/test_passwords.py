"""Password checks run off the event loop at a lower priority, and a sign-in for an unknown email
is checked like a wrong password (defects 5 and 9 of the hardening issue)."""

from __future__ import annotations

import os
import threading

import pytest

from services.profiles.accounts import passwords


async def test_right_wrong_and_unknown() -> None:
    stored = await passwords.hash_password("correct horse")
    assert await passwords.password_matches(stored, "correct horse")
    assert not await passwords.password_matches(stored, "wrong horse")
    assert not await passwords.password_matches(None, "correct horse")  # no such account


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
    await passwords.hash_password("a password")
    await passwords.password_matches("hash", "a password")
    loop_thread = threading.get_native_id()
    loop_priority = os.getpriority(os.PRIO_PROCESS, loop_thread)
    assert [thread for thread, _ in recorder.threads if thread == loop_thread] == []
    assert {priority for _, priority in recorder.threads} == {
        loop_priority + passwords.HASHING_NICENESS}


async def test_an_unknown_email_costs_a_full_check(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = RecordingHasher()
    passwords._no_account_hash()  # made once, before the recorder stands in
    monkeypatch.setattr(passwords, "_hasher", recorder)
    assert not await passwords.password_matches(None, "anything")
    assert len(recorder.threads) == 1  # a verify ran, against the stand-in hash
