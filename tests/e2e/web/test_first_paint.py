"""How soon the try-it page shows something on a mid-range phone over a slow mobile network."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.web.conftest import VIEWPORTS, Web

pytestmark = pytest.mark.e2e

# Lighthouse's "slow 4G" mobile profile: 4x slower CPU, 1.6 Mbps down, 150 ms round trips.
CPU_SLOWDOWN = 4
DOWNLOAD_BYTES_PER_SECOND = 1.6e6 / 8
UPLOAD_BYTES_PER_SECOND = 750e3 / 8
ROUND_TRIP_MS = 150
BUDGET_MS = 2000


def test_try_it_page_paints_within_two_seconds_on_a_throttled_phone(
    web: Web, browser: Browser,
) -> None:
    context = browser.new_context(viewport=VIEWPORTS["phone"], is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        devtools = context.new_cdp_session(page)
        devtools.send("Network.enable")
        devtools.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": ROUND_TRIP_MS,
            "downloadThroughput": DOWNLOAD_BYTES_PER_SECOND,
            "uploadThroughput": UPLOAD_BYTES_PER_SECOND})
        devtools.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(web.url)
        form = page.get_by_role("button", name="Show my plan")
        expect(form).to_be_visible(timeout=15_000)
        paint = page.evaluate(
            "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")
        form_ms = page.evaluate("performance.now()")
        print(f"\ntry-it page on a throttled phone: first contentful paint {paint:.0f} ms, "
              f"form ready by {form_ms:.0f} ms")
        assert paint is not None and paint < BUDGET_MS
    finally:
        context.close()
