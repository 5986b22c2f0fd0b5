"""The gateway's pool of connections to the services."""

from __future__ import annotations

import uvicorn

from gateway.main import KEEPALIVE_SECONDS


def test_an_idle_connection_is_dropped_before_the_service_drops_it() -> None:
    """Otherwise a call reusing a connection as the service's uvicorn closes it fails with
    "Server disconnected without sending a response" (seen as UNAVAILABLE under load)."""
    service = uvicorn.Config("services.profiles.main:create_app")
    assert service.timeout_keep_alive > KEEPALIVE_SECONDS
