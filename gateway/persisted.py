"""Persisted queries: Apollo's automatic persisted queries (APQ) and the production allow-list.

A client sends ``extensions.persistedQuery = {"version": 1, "sha256Hash": <hex>}``, first
without the query; a gateway that does not know the hash answers PERSISTED_QUERY_NOT_FOUND and
the client sends the query with its hash once, which is checked and remembered. What is
remembered lives in this process only (a bounded LRU): another replica, or a restart, asks again.

With an allow-list (``GRAPHQL_ALLOW_LIST``, a JSON manifest ``{"<sha256 hex>": "<query>"}``
written by the web client's build) only the manifest's operations run, named by hash or sent in
full; nothing is learned from clients, so nobody can add an operation at run time.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartpick.recent import Recent

NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED"
CODES = frozenset({NOT_FOUND, HASH_MISMATCH, NOT_ALLOWED})
MAX_REMEMBERED_CHARS = 20_000
"""Longer query texts run but are not remembered, so the cache holds at most its entries times
this (20 MB for 1,000): the body limit alone would let 1,000 entries take a gigabyte."""
_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass
class PersistedQueryError(Exception):
    """A persisted query the gateway will not run. ``malformed``: the request contradicts
    itself (a hash that is not its query's), which GraphQL over HTTP answers 400 whatever the
    media type. ``handshake``: an unknown hash, APQ's first step, answered 200 whatever the
    media type: the client sends the text next, and a browser logs every 4xx as an error. The
    others are request errors like a validation error."""

    code: str
    message: str
    malformed: bool = False
    handshake: bool = False


def sha256_hex(query: str) -> str:
    """The hash APQ and the manifest use: sha256 of the query's exact UTF-8 text, in hex."""
    return hashlib.sha256(query.encode()).hexdigest()


def load_allow_list(path: str) -> dict[str, str]:
    """The manifest at ``path``; refuses one whose hash is not its text's, since a client built
    with another hashing would find none of its operations allowed."""
    manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(manifest, dict):
        raise ValueError(f"{path}: the allow-list is a JSON object of sha256 hex to query text")
    for digest, query in manifest.items():
        if not isinstance(query, str) or sha256_hex(query) != digest:
            raise ValueError(f"{path}: {digest[:80]} is not the sha256 of its query text")
    return manifest


class PersistedQueries:
    """Turns a request's query and extensions into the text to run, or refuses them."""

    def __init__(self, allow_list: Mapping[str, str] | None, cache_size: int) -> None:
        self.allow_list = allow_list
        self._remembered: Recent[str, str] = Recent(cache_size)

    def query_for(self, query: str | None, extensions: Mapping[str, Any] | None) -> str | None:
        """The query text to run; None when there is none (strawberry then says so)."""
        persisted = (extensions or {}).get("persistedQuery")
        if persisted is None:
            if query is not None:
                self.check_allowed(query)
            return query
        digest = _hash_of(persisted)
        if query is None:
            return self._known(digest)
        if sha256_hex(query) != digest:
            raise PersistedQueryError(
                HASH_MISMATCH, "extensions.persistedQuery.sha256Hash is not the sha256 of the "
                "query", malformed=True)
        if self.allow_list is not None:
            self.check_allowed(query)
        elif len(query) <= MAX_REMEMBERED_CHARS:
            self._remember(digest, query)
        return query

    def check_allowed(self, query: str) -> None:
        """Refuses a query text outside the allow-list, when there is one."""
        if self.allow_list is not None and sha256_hex(query) not in self.allow_list:
            raise PersistedQueryError(
                NOT_ALLOWED, "this gateway runs only the operations of its clients' builds")

    def _known(self, digest: str) -> str:
        if self.allow_list is not None:
            if digest not in self.allow_list:
                raise PersistedQueryError(
                    NOT_ALLOWED, "this gateway runs only the operations of its clients' builds")
            return self.allow_list[digest]
        query = self._remembered.get(digest)
        if query is None:
            # Apollo's clients look for this exact message as well as for the code
            raise PersistedQueryError(NOT_FOUND, "PersistedQueryNotFound", handshake=True)
        return query

    def _remember(self, digest: str, query: str) -> None:
        self._remembered.put(digest, query)


def _hash_of(persisted: object) -> str:
    """The hash of a well-formed ``persistedQuery`` extension (version 1, lowercase hex)."""
    if isinstance(persisted, dict) and persisted.get("version") == 1:
        digest = persisted.get("sha256Hash")
        if isinstance(digest, str) and _HEX.fullmatch(digest):
            return digest
    raise PersistedQueryError(
        "BAD_USER_INPUT", "extensions.persistedQuery takes version 1 and a sha256Hash of 64 "
        "lowercase hex digits", malformed=True)
