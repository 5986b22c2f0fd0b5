"""One match simulation in a child process: the solver is pure Python and holds the GIL for
seconds, so running it in the service's own process would stall every request and event.

The child gets the instance (gzip-compressed JSON) or the generator's settings, and sends back
the output document, gzip-compressed, with its stats. A child that dies or overruns its time is
killed; the parent sees a ``SimulationCrashed`` and never a half result.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from matchsim.generator import Shape, generate
from matchsim.simulate import solve_document


@dataclass(frozen=True)
class SimulationSpec:
    """What to solve: an uploaded instance or a generated one, never both."""

    instance_gz: bytes | None = None
    shape: Shape | None = None
    seed: int = 2026
    max_proposals: int | None = None


@dataclass(frozen=True)
class SimulationOutput:
    stats: dict[str, Any]
    result_gz: bytes


class SimulationCrashed(RuntimeError):
    """The child process died or ran out of time; the message says which."""


def compress(doc: object) -> bytes:
    return gzip.compress(json.dumps(doc, separators=(",", ":")).encode(), compresslevel=6)


def decompress(data: bytes) -> Any:
    return json.loads(gzip.decompress(data))


def simulate(spec: SimulationSpec) -> SimulationOutput:
    """Solve ``spec`` in this process (the child's body; also callable directly in tests)."""
    started = time.perf_counter()
    # a national instance is a million long-lived objects: the cyclic collector rescanning them
    # would cost more than the match itself (see the CLI)
    gc.disable()
    try:
        if spec.instance_gz is not None:
            doc = decompress(spec.instance_gz)
        else:
            assert spec.shape is not None
            doc = generate(spec.shape, spec.seed)
        result = solve_document(doc, spec.max_proposals)
    finally:
        gc.enable()
    result["stats"]["total_seconds"] = round(time.perf_counter() - started, 4)
    return SimulationOutput(stats=result["stats"], result_gz=compress(result))


def _child(spec: SimulationSpec, connection: Connection) -> None:
    try:
        connection.send(("ok", simulate(spec)))
    except Exception as error:  # reported to the parent, which marks the job failed
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


async def simulate_in_child(spec: SimulationSpec, timeout_seconds: float) -> SimulationOutput:
    """Run ``simulate(spec)`` in a fresh process (spawned: never fork a process with threads)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(spec, sender), daemon=True,
                              name="match-simulation")
    process.start()
    sender.close()
    try:
        # poll returns early when the child answers or dies (its end of the pipe closes)
        if not await asyncio.to_thread(receiver.poll, timeout_seconds):
            raise SimulationCrashed(f"the simulation ran longer than {timeout_seconds:.0f} s")
        try:
            kind, payload = await asyncio.to_thread(receiver.recv)
        except EOFError as error:
            await asyncio.to_thread(process.join, 5)
            raise SimulationCrashed(
                f"the simulation process died (exit code {process.exitcode})") from error
        if kind != "ok":
            raise SimulationCrashed(str(payload))
        output: SimulationOutput = payload
        return output
    finally:
        if process.is_alive():
            process.kill()
        await asyncio.to_thread(process.join, 5)
        receiver.close()
