"""Writes the public GraphQL schema as SDL to docs/schema.graphql, the file clients (the web
client's generated operation types among them) build against; tests/unit/gateway/test_export_sdl.py
fails when it is stale.

    .venv/bin/python -m gateway.export_sdl
"""

from __future__ import annotations

from pathlib import Path

import strawberry

from gateway.schema import Mutation, Query, Subscription

SDL_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.graphql"


def sdl() -> str:
    """The schema's SDL; the same whatever the settings, which only add limits around it."""
    return f"{strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription)}\n"


def main() -> None:
    SDL_FILE.write_text(sdl(), encoding="utf-8")
    print(f"wrote {SDL_FILE}")


if __name__ == "__main__":
    main()
