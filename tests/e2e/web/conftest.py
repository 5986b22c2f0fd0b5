"""Browser tests of the web client: Vite's build served by deploy/local/web.py, pointed at a
gateway of the e2e platform that lets the web origin in (CORS_ORIGINS), driven by Debian's
Chromium through Playwright: one browser per session, a fresh context per test.

Every page a test opens is watched for CSP violations and console errors; ``visit`` checks a
page with axe-core and screenshots it at phone and desktop widths into test-output/screenshots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    ViewportSize,
    sync_playwright,
)

from tests.e2e.accounts import Account
from tests.e2e.conftest import REPO, Platform
from tests.ports import free_port

DIST = REPO / "web" / "dist"
AXE = REPO / "web" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Chromium in a sandbox-less container with no network beyond loopback: these keep it from
# phoning Google's hosts at every start (the machine refuses those connections).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWPORTS: dict[str, ViewportSize] = {"phone": {"width": 390, "height": 844},
                                      "desktop": {"width": 1280, "height": 800}}


@contextmanager
def web_server(port: int, graphql_url: str, logs: Path) -> Iterator[str]:
    """deploy/local/web.py on ``port``, telling browsers to use ``graphql_url``."""
    if not (DIST / "index.html").is_file():
        pytest.fail("the web client is not built: run `make web`")
    url = f"http://127.0.0.1:{port}"
    with (logs / "web.log").open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "deploy.local.web:create_app",
             "--host", "127.0.0.1", "--port", url.rsplit(":", 1)[1]],
            env={**os.environ, "WEB_GRAPHQL_URL": graphql_url}, cwd=REPO, stdout=log,
            stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/config.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass
class Web:
    """The web client served against one gateway."""

    url: str
    graphql: str


@contextmanager
def web_on_gateway(platform: Platform, logs: Path, **settings: str) -> Iterator[Web]:
    """A gateway of its own with ``settings`` that lets the web client's origin in, and the
    web client pointed at it."""
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    with (platform.another_gateway(CORS_ORIGINS=origin, **settings) as graphql,
          web_server(port, graphql, logs) as url):
        yield Web(url, graphql)


@pytest.fixture(scope="session")
def web(platform: Platform, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with web_on_gateway(platform, tmp_path_factory.mktemp("web-logs"),
                        TRY_PLAN_PER_MINUTE="100000") as served:
        yield served


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One browser for the web tests. Package-scoped: Playwright's sync API keeps an event loop
    running in this thread while it is open, and every asyncio test after these would fail."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page and what went wrong on it: CSP violations and console errors."""

    page: Page
    problems: list[str] = field(default_factory=list)


# Recorded in the page itself, so a violation during the first paint is not missed.
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', (e) => console.error(
  `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));"""


@contextmanager
def watched_context(browser: Browser) -> Iterator[Watched]:
    """A page in a browser context of its own, watched for CSP violations and console errors
    (asserted absent when the context closes): one per person a test plays."""
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.add_init_script(CSP_LISTENER)
    found = Watched(page)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            found.problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: found.problems.append(f"uncaught: {error}"))
    try:
        yield found
    finally:
        context.close()
    assert found.problems == [], found.problems


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    with watched_context(browser) as found:
        yield found


def sign_in(target: Page | BrowserContext, account: Account, role: str = "APPLICANT") -> None:
    """The session the sign-in page would leave (web/src/session.ts: the token and the role in
    sessionStorage), in place before any page of ``target`` loads."""
    session = f"sessionStorage.setItem('smartpick.token', {json.dumps(account.token)});" \
              f"sessionStorage.setItem('smartpick.role', {json.dumps(role)});"
    target.add_init_script(session)


def fill_sign_up(page: Page, role: str) -> str:
    """Fills the sign-up form open on ``page`` with a new email and ``role`` (its choice's label,
    e.g. "Applicant: I am applying to residency") and sends it; answers the email. The tests of
    the sign-up page itself come this way; the others take an account and ``sign_in``."""
    email = f"web-{uuid.uuid4().hex[:8]}@example.org"
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("a long passphrase")
    page.get_by_label(role).check()
    page.get_by_role("button", name="Sign up").click()
    return email


def axe_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now.

    axe is run through the DevTools protocol, not a <script> element: the page's CSP (rightly)
    refuses the inline script ``add_script_tag`` would add, and the tests keep that CSP on.
    It waits first for the page's finite animations and transitions to end: a dialog still
    fading in has text of too little contrast (a CI run failed on the model dialog's title)."""
    page.evaluate("""() => Promise.all(document.getAnimations()
      .filter(a => a.effect && Number.isFinite(a.effect.getComputedTiming().endTime))
      .map(a => a.finished.catch(() => null)))""")
    page.evaluate(f"() => {{ {AXE.read_text()} }}")
    results = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
      .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target).join(', ')}`)""")
    return [str(result) for result in results]


@pytest.fixture
def check_page() -> Callable[[Page, str], None]:
    """Checks the page with axe-core, then screenshots it at phone and desktop widths."""

    def check(page: Page, name: str) -> None:
        assert axe_violations(page) == [], name
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for width, viewport in VIEWPORTS.items():
            page.set_viewport_size(viewport)
            page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
        page.set_viewport_size(VIEWPORTS["desktop"])

    return check
