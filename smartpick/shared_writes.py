"""Writes of concurrent callers to one collection, sent together: each caller's write goes in the
next bulk write of its collection, and the caller learns its own outcome.

A service that tells many people at once waits on database commands more than on their
statements: each command costs the client and FerretDB a fixed share (a round trip, parsing,
pymongo's tasks) beside the work of its documents. While one bulk write is on its way, the
writes that arrive queue for the next one; nothing waits for a timer, and a lone caller's write
goes at once, as the plain command it would have been.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any, Literal

from pymongo import DeleteMany, InsertOne, ReplaceOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import BulkWriteError, DuplicateKeyError, OperationFailure

from smartpick.mongo import IDS_PER_QUERY, Document

DUPLICATE_KEY = 11000
Operation = tuple[Literal["insert", "replace"], Document] | tuple[Literal["delete"], Any]
"""A document to insert or to put in place of the one with its ``_id``, or the ``_id`` of one
to delete."""
Outcome = bool | Exception
"""True: done; False: an insert whose ``_id`` was taken (or a delete that found nothing)."""


class SharedWrites:
    """Inserts, replacements and deletes by ``_id`` in one collection from concurrent callers,
    each in the next bulk write (unordered: one refused insert stops none of the others)."""

    def __init__(self, collection: AsyncCollection[Document]) -> None:
        self._collection = collection
        self._waiting: list[tuple[Operation, asyncio.Future[bool]]] = []
        self._sender: asyncio.Task[None] | None = None

    async def insert(self, document: Document) -> bool:
        """Insert ``document``; False if a unique key of it (its ``_id``, or another unique
        index's) is taken: the one write racing writers cannot both win, as with
        ``smartpick.mongo.insert_once``."""
        return await self._write(("insert", document))

    async def replace(self, document: Document) -> None:
        """Put ``document`` in place of the one with its ``_id``, or insert it."""
        await self._write(("replace", document))

    async def delete(self, document_ids: Sequence[Any]) -> None:
        """Delete these documents by ``_id``; the deletes of one bulk write go in one ``$in``."""
        await asyncio.gather(*(self._write(("delete", i)) for i in document_ids))

    async def _write(self, operation: Operation) -> bool:
        outcome: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((operation, outcome))
        if self._sender is None:
            self._sender = asyncio.create_task(self._send())
        return await outcome  # a cancelled caller's write still goes; its outcome is dropped

    async def _send(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                outcomes = await self._outcomes([operation for operation, _ in batch])
                for (_, future), outcome in zip(batch, outcomes, strict=True):
                    if future.done():
                        continue
                    if isinstance(outcome, Exception):
                        future.set_exception(outcome)
                    else:
                        future.set_result(outcome)
        finally:
            self._sender = None

    async def _outcomes(self, operations: list[Operation]) -> list[Outcome]:
        if len(operations) == 1:  # alone: the plain command, pymongo's cheapest path
            return [await self._one(operations[0])]
        requests, covered = _bulk(operations)
        try:
            await self._collection.bulk_write(requests, ordered=False)
        except BulkWriteError as error:
            outcomes: list[Outcome] = [True] * len(operations)
            for refused in error.details.get("writeErrors", []):
                for n in covered[int(refused["index"])]:
                    outcomes[n] = _outcome(refused)
            return outcomes
        except Exception as error:  # every caller of the batch hears of it
            return [error] * len(operations)
        return [True] * len(operations)

    async def _one(self, operation: Operation) -> Outcome:
        kind, value = operation
        try:
            if kind == "insert":
                await self._collection.insert_one(value)
            elif kind == "replace":
                await self._collection.replace_one({"_id": value["_id"]}, value, upsert=True)
            else:
                await self._collection.delete_one({"_id": value})
        except DuplicateKeyError:
            return False
        except Exception as error:
            return error
        return True


Request = InsertOne[Document] | ReplaceOne[Document] | DeleteMany


def _bulk(operations: list[Operation]) -> tuple[list[Request], list[list[int]]]:
    """The bulk write's requests, and which operations each one carries: each insert and
    replacement its own, the deletes together in one ``$in`` per ``IDS_PER_QUERY`` (an index
    hit, also on FerretDB, where one delete of 30 ids costs a seventh of 30 deletes of one)."""
    requests: list[Request] = []
    covered: list[list[int]] = []
    deletes: list[int] = []
    for n, (kind, value) in enumerate(operations):
        if kind == "delete":
            deletes.append(n)
            continue
        requests.append(InsertOne(value) if kind == "insert"
                        else ReplaceOne({"_id": value["_id"]}, value, upsert=True))
        covered.append([n])
    for start in range(0, len(deletes), IDS_PER_QUERY):
        chunk = deletes[start:start + IDS_PER_QUERY]
        requests.append(DeleteMany({"_id": {"$in": [operations[n][1] for n in chunk]}}))
        covered.append(chunk)
    return requests, covered


def _outcome(error: dict[str, Any] | None) -> Outcome:
    if error is None:
        return True
    if error.get("code") == DUPLICATE_KEY:
        return False
    return OperationFailure(str(error.get("errmsg", "write refused")), error.get("code"))
