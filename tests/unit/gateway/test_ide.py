"""The GraphiQL page of local runs loads everything from the gateway, under its strict policy."""

from __future__ import annotations

import re

import httpx
import pytest

from gateway import ide
from gateway.headers import PAGE_POLICY
from tests.unit.gateway.fakes import Gateway, gateway

pytestmark = pytest.mark.skipif(not ide.installed(),
                                reason="GraphiQL's packages: run `make graphiql-assets`")


async def fetch(fake: Gateway, path: str, accept: str = "*/*") -> httpx.Response:
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        return await client.get(path, headers={"accept": accept})


def referenced(page: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', page)


async def test_the_ide_page_and_everything_it_loads_come_from_the_gateway() -> None:
    fake = gateway(environment="local")
    page = await fetch(fake, "/graphql", accept="text/html")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == PAGE_POLICY
    urls = [url for url in referenced(page.text) if not url.startswith("data:")]
    assert len(urls) == 8 and all(url.startswith("/graphql/ide/") for url in urls)
    assert "<script>" not in page.text and " style=" not in page.text  # nothing inline
    for url in urls:
        asset = await fetch(fake, url)
        assert asset.status_code == 200, url
        assert asset.headers["content-type"].startswith(("text/javascript", "text/css")), url


async def test_only_the_pages_files_are_served() -> None:
    fake = gateway(environment="local")
    for path in ("/graphql/ide/package.json", "/graphql/ide/..%2Fpersisted.py",
                 "/graphql/ide/node_modules"):
        assert (await fetch(fake, path)).status_code == 404, path


async def test_no_ide_where_the_schema_is_not_discoverable() -> None:
    fake = gateway(environment="production")
    assert (await fetch(fake, "/graphql", accept="text/html")).status_code == 404
    assert (await fetch(fake, "/graphql/ide/graphiql.js")).status_code == 404


async def test_a_get_naming_a_persisted_query_is_an_operation_not_the_page() -> None:
    fake = gateway(environment="local")
    path = '/graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"' + "0" * 64 + '"}}'
    response = await fetch(fake, path, accept="text/html, */*")
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
