"""The web client's static server: Vite's build (``web/dist``) with caching and security headers.

    uvicorn --factory deploy.local.web:create_app --port 8080

Hashed files under ``assets/`` never change, so browsers keep them a year; ``index.html`` and
``config.json`` are revalidated each time, so a new build or gateway address reaches everyone on
the next load. Any other path is a client route and gets ``index.html``. The gateway's address is
served at run time in ``/config.json``, so one build serves every deployment;
``deploy/docker/web/nginx.conf`` gives the same answers under Docker.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REPO = Path(__file__).resolve().parents[2]
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


class WebSettings(BaseSettings):
    """``WEB_DIST`` and ``WEB_GRAPHQL_URL`` from the environment."""

    model_config = SettingsConfigDict(env_prefix="WEB_", env_file=None, extra="ignore")

    dist: Path = REPO / "web" / "dist"
    graphql_url: str = "http://127.0.0.1:8000/graphql"
    """The gateway's GraphQL endpoint as browsers reach it; its WebSocket twin is allowed too."""


def content_security_policy(graphql_url: str) -> str:
    """No inline script or style element runs; the page talks only to itself and the gateway."""
    parts = urlsplit(graphql_url)
    socket_scheme = "wss" if parts.scheme == "https" else "ws"
    gateway = f"{parts.scheme}://{parts.netloc} {socket_scheme}://{parts.netloc}"
    return "; ".join([
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", f"connect-src 'self' {gateway}", "object-src 'none'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"])


class SecurityHeaders:
    """Adds the same security headers to every response, errors included."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", csp.encode()),
                        (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"strict-origin-when-cross-origin"),
                        (b"x-frame-options", b"DENY")]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: WebSettings | None = None) -> Starlette:
    settings = settings or WebSettings()
    dist = settings.dist.resolve()
    index = dist / "index.html"

    async def config(request: Request) -> Response:
        return JSONResponse({"graphqlUrl": settings.graphql_url},
                            headers={"cache-control": REVALIDATE})

    async def static_or_route(request: Request) -> Response:
        path = request.path_params["path"]
        file = (dist / path).resolve()
        if path and file.is_relative_to(dist) and file.is_file():
            cache = IMMUTABLE if path.startswith("assets/") else REVALIDATE
            return FileResponse(file, headers={"cache-control": cache})
        if path.startswith("assets/"):  # a missing bundle is an error, not a page
            return PlainTextResponse("not found", status_code=404)
        if not index.is_file():
            return PlainTextResponse("the web client is not built: run `make web`",
                                     status_code=503)
        return FileResponse(index, headers={"cache-control": REVALIDATE})

    return Starlette(
        routes=[Route("/config.json", config, methods=["GET", "HEAD"]),
                Route("/{path:path}", static_or_route, methods=["GET", "HEAD"])],
        middleware=[Middleware(SecurityHeaders, csp=content_security_policy(settings.graphql_url)),
                    Middleware(GZipMiddleware, minimum_size=500)])
