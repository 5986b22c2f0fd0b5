"""Every app's uvicorn (`--loop auto --http auto`, its defaults) runs on uvloop and httptools,
and its httpx client finds sniffio.

Without them uvicorn falls back to asyncio's loop and h11, a pure-Python HTTP parser; the
gateway pays for the parser on each request it serves and the loop on each call it makes, and
`benchmarks/gateway_speed.py` measured the difference (benchmarks/RESULTS.md, gateway section).
"""

from __future__ import annotations

import asyncio

import sniffio
from uvicorn.loops.auto import auto_loop_factory
from uvicorn.protocols.http.auto import AutoHTTPProtocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def test_uvicorn_picks_httptools_and_uvloop() -> None:
    assert AutoHTTPProtocol is HttpToolsProtocol
    loop = auto_loop_factory()()
    try:
        assert type(loop).__module__.startswith("uvloop")
    finally:
        loop.close()


def test_sniffio_is_there_for_httpcore() -> None:
    """httpcore imports sniffio on each pooled request to learn which async library runs it;
    where it is not installed, every request searches the import path for it and fails (about
    an eighth of the gateway's CPU per service call, measured with py-spy). So it is a
    dependency of ours (pyproject.toml), and answers under asyncio."""

    async def library() -> str:
        return sniffio.current_async_library()

    assert asyncio.run(library()) == "asyncio"
