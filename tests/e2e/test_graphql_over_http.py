"""The gateway against the graphql-http server audit, an independent check of GraphQL over HTTP:
every MUST and SHOULD passes (MAYs are optional)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Platform

pytestmark = pytest.mark.e2e
AUDIT = Path(__file__).parent / "graphql_http_audit"


def test_every_must_and_should_of_the_graphql_http_audit_passes(platform: Platform) -> None:
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=AUDIT, check=True,
                   capture_output=True, timeout=300)
    run = subprocess.run(["node", "audit.mjs", platform.graphql], cwd=AUDIT, check=True,
                         capture_output=True, text=True, timeout=300)
    results = [json.loads(line) for line in run.stdout.splitlines()]
    failed = [r for r in results if r["status"] in ("error", "warn")]
    assert len(results) > 50 and failed == []
