"""The web client's build: its generated GraphQL types match the SDL and the operations, and the
try-it page stays light enough for a phone on a slow network."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from pathlib import Path

from tests.e2e.web.conftest import DIST

WEB = DIST.parent
TRY_IT_CHUNKS = ["index.html"]
"""The try-it page is the landing page: it comes in the entry chunk, no route chunk of its own."""
TRY_IT_BUDGET_KB = 300


def files_loaded_for(chunks: list[str], manifest: dict[str, dict[str, list[str] | str]],
                     ) -> set[str]:
    """The files of ``chunks`` (manifest keys), with every chunk they import and their CSS."""
    found: set[str] = set()
    pending = list(chunks)
    seen: set[str] = set()
    while pending:
        key = pending.pop()
        if key in seen:
            continue
        seen.add(key)
        chunk = manifest[key]
        found.add(str(chunk["file"]))
        found.update(chunk.get("css", []))
        pending.extend(chunk.get("imports", []))
    return found


def test_try_it_page_loads_under_300_kb_of_gzipped_code() -> None:
    manifest = json.loads((DIST / ".vite" / "manifest.json").read_text())
    files = files_loaded_for(TRY_IT_CHUNKS, manifest) | {"index.html"}
    sizes = {name: len(gzip.compress((DIST / name).read_bytes(), 9)) for name in files}
    scripts = sum(size for name, size in sizes.items() if name.endswith(".js"))
    print(f"\ntry-it page: {scripts / 1024:.1f} kB of JavaScript gzipped, "
          f"{sum(sizes.values()) / 1024:.1f} kB with CSS and HTML, in {len(files)} files")
    assert scripts < TRY_IT_BUDGET_KB * 1024


def test_generated_graphql_types_match_the_sdl_and_the_operations(tmp_path: Path) -> None:
    """Codegen run afresh into a temporary folder writes what is committed in src/gql: a changed
    SDL (docs/schema.graphql) or operation without `npm run codegen` fails here."""
    out = tmp_path / "gql"
    subprocess.run(["npx", "--no-install", "graphql-codegen", "--config", "codegen.ts"],
                   cwd=WEB, env={**os.environ, "CODEGEN_OUT": f"{out}/"}, check=True,
                   capture_output=True, timeout=120)
    committed = WEB / "src" / "gql"
    names = sorted(p.name for p in committed.iterdir())
    assert sorted(p.name for p in out.iterdir()) == names
    stale = [name for name in names
             if (out / name).read_text() != (committed / name).read_text()]
    assert stale == [], f"run `cd web && npm run codegen`: {stale} are stale"

