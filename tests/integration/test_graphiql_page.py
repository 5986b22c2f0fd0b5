"""GraphiQL opened in headless Chromium from a gateway process offline: the editors render,
with every asset from the gateway under the page's Content-Security-Policy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway import ide
from tests.ports import free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine"),
    pytest.mark.skipif(not ide.installed(), reason="run `make graphiql-assets`"),
]


@pytest.fixture
def gateway_url() -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "ENVIRONMENT": "local", "JWT_SECRET": "graphiql-page-test-" + "x" * 20,
           "KAFKA_BOOTSTRAP_SERVERS": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "gateway.main:create_app",
         "--no-proxy-headers", "--port", str(port), "--log-level", "warning"], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_graphiql_renders_its_editors_from_the_gateways_own_assets(
        gateway_url: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    found = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path}",
         # loopback goes direct, any other host to a dead proxy: a CDN asset would not load
         "--proxy-server=http://127.0.0.1:9",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom",
         f"{gateway_url}/graphql"], capture_output=True, text=True, timeout=120, check=True)
    dom = found.stdout
    assert "graphiql-container" in dom and "Loading..." not in dom
    assert dom.count('class="CodeMirror ') >= 3  # query, variables, headers (and the result)
    assert "Content Security Policy" not in found.stderr
