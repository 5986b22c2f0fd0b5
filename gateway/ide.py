"""GraphiQL served by the gateway itself, so the IDE of local runs works without the internet.

strawberry's own page loads React and GraphiQL from a public CDN and stays on "Loading..."
offline. The same packages, locked in gateway/ide/package-lock.json and installed by
`make graphiql-assets` (npm ci), are served here at /graphql/ide/<file>, and the page names
only them: scripts from the gateway alone, so its Content-Security-Policy needs no inline script.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

FOLDER = Path(__file__).parent / "ide"
MODULES = FOLDER / "node_modules"
PREFIX = "/graphql/ide"
ASSETS = {
    "react.js": MODULES / "react/umd/react.production.min.js",
    "react-dom.js": MODULES / "react-dom/umd/react-dom.production.min.js",
    "graphiql.js": MODULES / "graphiql/graphiql.min.js",
    "graphiql.css": MODULES / "graphiql/graphiql.min.css",
    "explorer.js": MODULES / "@graphiql/plugin-explorer/dist/index.umd.js",
    "explorer.css": MODULES / "@graphiql/plugin-explorer/dist/style.css",
    "start.js": FOLDER / "start.js",
    "page.css": FOLDER / "page.css",
}
"""The files the page loads, by the name it uses: nothing else under node_modules is served."""

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Smart Pick GraphQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{prefix}/graphiql.css">
<link rel="stylesheet" href="{prefix}/explorer.css">
<link rel="stylesheet" href="{prefix}/page.css">
</head>
<body>
<div id="graphiql">Loading...</div>
<script src="{prefix}/react.js"></script>
<script src="{prefix}/react-dom.js"></script>
<script src="{prefix}/graphiql.js"></script>
<script src="{prefix}/explorer.js"></script>
<script src="{prefix}/start.js"></script>
</body>
</html>
""".replace("{prefix}", PREFIX)


def installed() -> bool:
    """True once `make graphiql-assets` has installed the packages the page needs."""
    return all(path.is_file() for path in ASSETS.values())


router = APIRouter(prefix=PREFIX, include_in_schema=False)


@router.get("/{name}")
async def asset(name: str) -> FileResponse:
    path = ASSETS.get(name)
    if path is None:
        raise HTTPException(404, "not found")
    media = "text/css" if name.endswith(".css") else "text/javascript"
    # cached for an hour: the files change only with the locked versions
    return FileResponse(path, media_type=f"{media}; charset=utf-8",
                        headers={"cache-control": "public, max-age=3600"})
