"""The public address of one-click unsubscribe links (RFC 8058), ``/email/unsubscribe``: the
gateway is what the internet reaches, so it passes the request on to the notifications service,
which checks the link's token and turns that category's email off (on POST; a GET shows the
button). The token is the only credential: no bearer token, no cookie."""

from __future__ import annotations

from typing import Annotated

import httpx
from fastapi import APIRouter, Query, Request, Response

from gateway.urls import service_url

router = APIRouter()
Token = Annotated[str, Query(min_length=1, max_length=2000)]


async def _forward(request: Request, method: str, token: str) -> Response:
    settings = request.app.state.settings
    http: httpx.AsyncClient = request.app.state.http
    url = service_url(settings.notifications_url, "email-unsubscribe")
    try:
        answer = await http.request(method, url, params={"token": token})
    except httpx.HTTPError:
        return Response("The service is unavailable; try the link again shortly.", 503,
                        media_type="text/plain")
    return Response(answer.content, answer.status_code,
                    media_type=answer.headers.get("content-type"))


@router.post("/email/unsubscribe")
async def unsubscribe(request: Request, token: Token) -> Response:
    """What a mail client's unsubscribe button sends (body ``List-Unsubscribe=One-Click``)."""
    return await _forward(request, "POST", token)


@router.get("/email/unsubscribe")
async def unsubscribe_page(request: Request, token: Token) -> Response:
    return await _forward(request, "GET", token)
