"""HTTP routes of notification preferences: a person reads and changes their own; a one-click
unsubscribe link (RFC 8058) turns one category's email off without signing in.

The unsubscribe route answers a POST (what mail clients send, body
``List-Unsubscribe=One-Click``) by acting; a GET (a person opening the link, or a scanner
fetching it) only shows a page with a button, so fetching the link changes nothing.
"""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ValidationError

from services.notifications.catalogue import Category
from services.notifications.deps import PreferencesOf, ServiceSettings
from services.notifications.preferences.model import Preferences, PreferencesUpdate
from services.notifications.preferences.unsubscribe import InvalidUnsubscribeToken, check
from smartpick.auth import CurrentPrincipal
from smartpick.http_errors import errors

router = APIRouter(tags=["preferences"])
Token = Annotated[str, Query(min_length=1, max_length=2000,
                             description="the token of the email's unsubscribe link")]


@router.get("/notification-preferences", response_model=Preferences, responses=errors(401))
async def my_preferences(principal: CurrentPrincipal, store: PreferencesOf) -> Preferences:
    return await store.get(principal.account_id)


@router.patch("/notification-preferences", response_model=Preferences,
              responses=errors(400, 401, 413, 422))
async def change_preferences(update: PreferencesUpdate, principal: CurrentPrincipal,
                             store: PreferencesOf) -> Preferences:
    """Change what is given; the next notice follows the change. A change that cannot hold
    with the stored rest is a 422 like any invalid body, never a 500."""
    try:
        return await store.update(principal.account_id, update)
    except ValidationError as error:
        raise RequestValidationError(error.errors(include_url=False)) from error


class Unsubscribed(BaseModel):
    category: Category
    email: bool = False


@router.post("/email-unsubscribe", response_model=Unsubscribed, responses=errors(400, 422))
async def unsubscribe(token: Token, store: PreferencesOf,
                      settings: ServiceSettings) -> Unsubscribed:
    try:
        request = check(token, settings.require_jwt_secret())
    except InvalidUnsubscribeToken as error:
        raise HTTPException(400, str(error)) from error
    await store.email_off(request.account_id, request.category)
    return Unsubscribed(category=request.category)


@router.get("/email-unsubscribe", response_model=None, responses={
    200: {"content": {"text/html": {}}, "description": "a page with the unsubscribe button"},
    **errors(400, 422)})
async def unsubscribe_page(token: Token, settings: ServiceSettings) -> HTMLResponse:
    try:
        request = check(token, settings.require_jwt_secret())
    except InvalidUnsubscribeToken as error:
        raise HTTPException(400, str(error)) from error
    what = request.category.value.lower()
    return HTMLResponse(
        "<!doctype html><html><body style='font-family:sans-serif'>"
        f"<p>Stop emails about {escape(what)} from Smart Pick?</p>"
        "<form method='post'><button type='submit'>Unsubscribe</button></form>"
        "<p>You still see these notices in the app, and can turn email back on in your "
        "notification settings.</p></body></html>")
