"""The committed SDL (docs/schema.graphql) is the schema the gateway serves."""

from __future__ import annotations

from gateway.export_sdl import SDL_FILE, sdl
from gateway.schema import build_schema
from tests.unit.gateway.fakes import settings


def test_the_committed_sdl_is_current() -> None:
    assert SDL_FILE.read_text(encoding="utf-8") == sdl(), (
        "docs/schema.graphql is stale: run `.venv/bin/python -m gateway.export_sdl`")


def test_the_sdl_is_the_served_schema_whatever_its_limits() -> None:
    served = build_schema(settings(graphql_introspection=True, max_query_cost=10))
    assert f"{served}\n" == sdl()
