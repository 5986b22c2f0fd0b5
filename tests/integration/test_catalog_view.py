"""The profiles service's listed catalog on the real MongoDB-protocol server: an import that
changes programs moves the marker, and every instance's view shows the change on its next check;
a re-import that changes nothing leaves the marker (and the views) alone."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.profiles.catalog.store import CatalogStore
from services.profiles.catalog.view import CatalogView
from smartpick.outbox import Outbox
from tests.unit.engine.builders import catalog

pytestmark = pytest.mark.integration


async def test_instances_list_an_import_after_their_next_check(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    store = CatalogStore(mongo[f"profiles_{unique}"], Outbox("/profiles", relay=None))
    views = [CatalogView(store), CatalogView(store)]
    programs = catalog(30, seed=4, specialties=("Internal Medicine", "Pediatrics"))
    await store.upsert_programs(programs[:20])
    marker = await store.catalog_marker()
    for view in views:
        page = await view.page(first=5, after=None, specialty="Pediatrics", state=None)
        assert page.total == sum(p.specialty == "Pediatrics" for p in programs[:20])

    await store.upsert_programs(programs[:20])  # unchanged: no marker, nothing reloaded
    assert await store.catalog_marker() == marker

    await store.upsert_programs(programs)
    assert await store.catalog_marker() == marker + 1
    for view in views:
        await view.refresh()
        page = await view.page(first=100, after=None, specialty=None, state=None)
        assert [p["_id"] for p in page.items] == sorted(p.id for p in programs)
        assert "_outbox" not in page.items[0]  # staged events never reach a listing


async def test_an_import_changing_hundreds_of_programs_completes_and_leaves_the_store_working(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    """On unpatched FerretDB an ``update`` command of more than 100 statements waits forever
    and takes the database with it (smartpick.outbox.BULK_STATEMENTS): 300 changes once hung
    here."""
    database = mongo[f"profiles_{unique}"]
    store = CatalogStore(database, Outbox("/profiles", relay=None))
    programs = catalog(300, seed=6, specialties=("Internal Medicine",))
    await store.upsert_programs(programs)
    changed = [p.model_copy(update={"positions": (p.positions or 0) + 1}) for p in programs]
    change = await asyncio.wait_for(store.upsert_programs(changed), 60)
    assert change.changed == 300
    stored = await asyncio.wait_for(database.programs.find_one({"_id": programs[0].id}), 10)
    assert stored is not None and stored["positions"] == (programs[0].positions or 0) + 1
