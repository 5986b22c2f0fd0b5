"""Counts the database commands a benchmark's stores send: per database, command and collection,
how many commands and statements (documents inserted, updates, deletes), the bytes sent and
answered, and the client's wall time, from a pymongo ``CommandListener``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import bson
from pymongo import monitoring

STATEMENTS = {"insert": "documents", "update": "updates", "delete": "deletes"}
"""Where a write command lists its statements (one command may carry a whole bulk write)."""


@dataclass
class Tally:
    commands: int = 0
    statements: int = 0
    sent_bytes: int = 0
    answered_bytes: int = 0
    micros: int = 0


class CommandCensus(monitoring.CommandListener):
    """Tallies every command by (database, command, collection) until ``take`` empties it."""

    def __init__(self) -> None:
        self._tallies: defaultdict[tuple[str, str, str], Tally] = defaultdict(Tally)
        self._started: dict[int, tuple[str, str, str]] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        command: Mapping[str, Any] = event.command
        collection = command.get(event.command_name)
        key = (event.database_name, event.command_name,
               collection if isinstance(collection, str) else "")
        tally = self._tallies[key]
        tally.commands += 1
        tally.statements += len(command.get(STATEMENTS.get(event.command_name, ""), ())) or 1
        tally.sent_bytes += len(bson.encode(command))
        self._started[event.request_id] = key

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        key = self._started.pop(event.request_id, None)
        if key is not None:
            self._tallies[key].answered_bytes += len(bson.encode(event.reply))
            self._tallies[key].micros += event.duration_micros

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        key = self._started.pop(event.request_id, None)
        if key is not None:
            self._tallies[key].micros += event.duration_micros

    def take(self) -> dict[tuple[str, str, str], Tally]:
        """What was counted since the last ``take``."""
        tallies, self._tallies = dict(self._tallies), defaultdict(Tally)
        return tallies


def printed(tallies: dict[tuple[str, str, str], Tally], per: int, databases: dict[str, str]
            ) -> list[dict[str, Any]]:
    """Print each command of ``databases`` (name: label) per item of ``per``; the rows."""
    rows = []
    for (database, name, collection), tally in sorted(tallies.items()):
        if database not in databases:
            continue
        row = {"service": databases[database], "command": name, "collection": collection,
               "commands": round(tally.commands / per, 3),
               "statements": round(tally.statements / per, 3),
               "bytes_sent": tally.sent_bytes // max(tally.statements, 1),
               "bytes_answered": tally.answered_bytes // max(tally.commands, 1),
               "client_ms": round(tally.micros / 1000 / per, 2)}
        rows.append(row)
        print(f"    {row['service']:9} {name:14} {collection:16} {row['commands']:6.2f} commands "
              f"{row['statements']:6.2f} statements  {row['bytes_sent']:6d} B sent each  "
              f"{row['bytes_answered']:6d} B answered each  {row['client_ms']:6.2f} ms",
              flush=True)
    return rows
