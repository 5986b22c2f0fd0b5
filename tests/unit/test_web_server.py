"""deploy/local/web.py: the web client's files with the right caching and security headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from deploy.local.web import WebSettings, create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Smart Pick</title>")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('hi');" * 100)
    (tmp_path / "favicon.svg").write_text("<svg/>")
    settings = WebSettings(dist=tmp_path, graphql_url="https://api.example.org/graphql")
    return TestClient(create_app(settings))


def test_hashed_assets_are_cached_for_a_year_and_compressed(client: TestClient) -> None:
    response = client.get("/assets/index-abc123.js", headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-encoding"] == "gzip"


def test_client_routes_get_index_html_revalidated_every_time(client: TestClient) -> None:
    for path in ("/", "/profile", "/recommendations/deep/link"):
        response = client.get(path)
        assert response.status_code == 200 and "<title>Smart Pick" in response.text
        assert response.headers["cache-control"] == "no-cache"
    assert client.get("/favicon.svg").headers["cache-control"] == "no-cache"


def test_a_missing_asset_is_404_not_the_page(client: TestClient) -> None:
    assert client.get("/assets/gone-123.js").status_code == 404


def test_files_outside_the_build_are_never_served(client: TestClient) -> None:
    response = client.get("/..%2F..%2Fetc%2Fpasswd")
    assert "root:" not in response.text


def test_config_json_names_the_gateway_at_run_time(client: TestClient) -> None:
    response = client.get("/config.json")
    assert response.json() == {"graphqlUrl": "https://api.example.org/graphql"}
    assert response.headers["cache-control"] == "no-cache"


def test_every_answer_carries_a_strict_csp_and_security_headers(client: TestClient) -> None:
    for path in ("/", "/assets/index-abc123.js", "/assets/gone.js", "/config.json"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "connect-src 'self' https://api.example.org wss://api.example.org" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
