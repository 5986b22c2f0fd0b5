"""The one-click unsubscribe token names an account and a category, signed; nothing else."""

from __future__ import annotations

import jwt
import pytest

from services.notifications.catalogue import Category
from services.notifications.preferences.unsubscribe import (
    InvalidUnsubscribeToken,
    Unsubscribe,
    check,
    link,
    token,
)

SECRET = "s" * 32


def test_a_link_carries_a_token_that_names_the_account_and_category() -> None:
    url = link("https://api.example/", "acc-1", Category.MENTORSHIP, SECRET)
    assert url.startswith("https://api.example/email/unsubscribe?token=")
    assert check(token("acc-1", Category.MENTORSHIP, SECRET), SECRET) == \
        Unsubscribe("acc-1", Category.MENTORSHIP)


@pytest.mark.parametrize("forged", [
    token("acc-1", Category.MENTORSHIP, "t" * 32),  # another secret
    jwt.encode({"sub": "acc-1", "cat": "MENTORSHIP"}, SECRET, algorithm="HS256"),  # a sign-in
    jwt.encode({"sub": "acc-1", "cat": "ACCOUNT", "aud": "smartpick:email-unsubscribe"},
               SECRET, algorithm="HS256"),
    jwt.encode({"sub": "acc-1", "cat": "NOPE", "aud": "smartpick:email-unsubscribe"},
               SECRET, algorithm="HS256"),
    "not-a-token",
])
def test_a_forged_or_foreign_token_is_refused(forged: str) -> None:
    with pytest.raises(InvalidUnsubscribeToken):
        check(forged, SECRET)
