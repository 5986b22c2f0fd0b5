"""A password check the hashing thread could not start in time is answered 503 with
Retry-After, by sign-up and sign-in alike, and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.profiles.accounts import api, passwords
from tests.unit.http.apps import profiles


class Allow:
    async def allow(self, key: str, limit: int) -> bool:
        return True


class NoAccounts:
    def __init__(self) -> None:
        self.created: list[str] = []

    async def account_by_email(self, email: str) -> dict[str, Any] | None:
        return None

    async def create_account(self, *args: Any) -> dict[str, Any]:
        self.created.append(args[1])
        raise AssertionError("nothing is stored when the check did not run")


async def late(*args: Any) -> Any:
    raise passwords.HashingBusy("the password check would have started 0.4 s late")


def test_sign_up_and_sign_in_answer_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "hash_password", late)
    monkeypatch.setattr(api, "password_matches", late)
    app = profiles()
    accounts = NoAccounts()
    app.state.runtime.attempts, app.state.runtime.accounts = Allow(), accounts
    client = TestClient(app)
    body = {"email": "ana@example.org", "password": "a long passphrase"}
    for path in ("/accounts", "/sessions"):
        answer = client.post(path, json=body)
        assert answer.status_code == 503, answer.text
        assert answer.headers["retry-after"] == "1"
        assert "0.4 s late" in answer.json()["detail"]
    assert accounts.created == []
