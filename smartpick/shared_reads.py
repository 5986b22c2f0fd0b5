"""Look-ups by ``_id`` of concurrent callers in one collection, sent together: each caller's id
goes in the next query of its collection, ``{_id: {$in: [...]}}``, and the caller gets its own
document.

The read-side twin of ``smartpick.shared_writes``: a service that tells many people at once
reads each one's preferences and address, and each look-up is a command of its own, with its
fixed cost to the client and to FerretDB. FerretDB answers an ``$in`` of ids from the ``_id``
index (deploy/local/ferretdb/id-index.patch): 31 ids in one query cost it 1 ms of CPU, 31
look-ups 5 ms. As with the writes, nothing waits for a timer: ids that arrive while a query is
on its way go in the next one, and a lone id is the plain ``find_one``.

A caller's query is always sent after its call, so it sees every write that ended before it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection

from smartpick.mongo import IDS_PER_QUERY, Document


class SharedReads:
    """Documents of one collection by ``_id``, for concurrent callers in shared queries."""

    def __init__(self, collection: AsyncCollection[Document],
                 projection: dict[str, int] | None = None) -> None:
        self._collection = collection
        self._projection = projection
        self._waiting: list[tuple[Any, asyncio.Future[Document | None]]] = []
        self._reader: asyncio.Task[None] | None = None

    async def get(self, document_id: Any) -> Document | None:
        """The document with this ``_id`` (a copy of its own), or None."""
        found: asyncio.Future[Document | None] = asyncio.get_running_loop().create_future()
        self._waiting.append((document_id, found))
        if self._reader is None:
            self._reader = asyncio.create_task(self._read())
        return await found

    async def _read(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = (self._waiting[:IDS_PER_QUERY],
                                         self._waiting[IDS_PER_QUERY:])
                ids = list(dict.fromkeys(document_id for document_id, _ in batch))
                try:
                    documents = await self._documents(ids)
                except Exception as error:  # every caller of the query hears of it
                    for _, found in batch:
                        if not found.done():
                            found.set_exception(error)
                    continue
                for document_id, found in batch:
                    if not found.done():  # a cancelled caller's answer is dropped
                        document = documents.get(document_id)
                        found.set_result(None if document is None else dict(document))
        finally:
            self._reader = None

    async def _documents(self, ids: list[Any]) -> dict[Any, Document]:
        if len(ids) == 1:  # alone: the plain command, pymongo's cheapest path
            document = await self._collection.find_one({"_id": ids[0]}, self._projection)
            return {} if document is None else {ids[0]: document}
        found = await self._collection.find({"_id": {"$in": ids}}, self._projection).to_list()
        return {document["_id"]: document for document in found}
