"""The signed token of a one-click unsubscribe link (RFC 8058): it names the account and the
category whose email it turns off, and nothing else, so a leaked link can do only that.

It does not expire: mail providers and people use such links months later. Signed with the
platform's secret under its own audience, it is no sign-in token.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import jwt

from services.notifications.catalogue import Category

AUDIENCE = "smartpick:email-unsubscribe"


class InvalidUnsubscribeToken(Exception):
    pass


@dataclass(frozen=True)
class Unsubscribe:
    account_id: str
    category: Category


def token(account_id: str, category: Category, secret: str) -> str:
    return jwt.encode({"sub": account_id, "cat": category.value, "aud": AUDIENCE}, secret,
                      algorithm="HS256")


def link(public_url: str, account_id: str, category: Category, secret: str) -> str:
    query = urlencode({"token": token(account_id, category, secret)})
    return f"{public_url.rstrip('/')}/email/unsubscribe?{query}"


def check(value: str, secret: str) -> Unsubscribe:
    try:
        claims = jwt.decode(value, secret, algorithms=["HS256"], audience=AUDIENCE,
                            options={"require": ["sub", "aud"]})
        category = Category(claims["cat"])
    except (jwt.PyJWTError, KeyError, ValueError) as error:
        raise InvalidUnsubscribeToken("this unsubscribe link is not valid") from error
    if category is Category.ACCOUNT:
        raise InvalidUnsubscribeToken("account notices cannot be unsubscribed from")
    return Unsubscribe(str(claims["sub"]), category)
