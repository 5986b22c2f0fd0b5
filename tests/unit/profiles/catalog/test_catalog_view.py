"""The catalog listing answers from memory and reloads only when an import moved the marker
(defect 2 of the hardening issue: a count and a sorted scan per page outlasted the gateway)."""

from __future__ import annotations

from typing import Any, cast

from services.profiles.catalog.store import CatalogStore
from services.profiles.catalog.view import CatalogView
from smartpick.mongo import Document


class FakeCatalogStore:
    """The two reads CatalogView makes, counted."""

    def __init__(self, programs: list[Document]) -> None:
        self.programs, self.marker, self.loads = programs, 0, 0

    async def catalog_marker(self) -> int:
        return self.marker

    async def all_programs(self) -> list[Document]:
        self.loads += 1
        return list(self.programs)


def _program(number: int, specialty: str = "Internal Medicine", state: str = "NY") -> Document:
    return {"_id": f"P{number:04d}", "name": f"Program {number}", "specialty": specialty,
            "state": state}


def _view(store: FakeCatalogStore) -> CatalogView:
    return CatalogView(cast(CatalogStore, store))


async def _walk(view: CatalogView, first: int, **filters: Any) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page = await view.page(first=first, after=after, specialty=filters.get("specialty"),
                               state=filters.get("state"))
        seen += [program["_id"] for program in page.items]
        if not page.has_next:
            return seen
        after = seen[-1]


async def test_pages_walk_every_program_once_in_id_order_with_the_total() -> None:
    store = FakeCatalogStore([_program(n) for n in reversed(range(25))])
    view = _view(store)
    assert await _walk(view, 7) == [f"P{n:04d}" for n in range(25)]
    first = await view.page(first=7, after=None, specialty=None, state=None)
    assert (first.total, first.has_next, len(first.items)) == (25, True, 7)
    last = await view.page(first=5, after="P0019", specialty=None, state=None)
    assert ([p["_id"] for p in last.items], last.has_next) == (
        ["P0020", "P0021", "P0022", "P0023", "P0024"], False)


async def test_filters_count_and_page_only_their_programs() -> None:
    programs = [_program(n, "Family Medicine" if n % 2 else "Internal Medicine",
                         "TX" if n % 3 == 0 else "NY") for n in range(30)]
    view = _view(FakeCatalogStore(programs))
    family_in_texas = [p["_id"] for p in programs
                       if p["specialty"] == "Family Medicine" and p["state"] == "TX"]
    assert await _walk(view, 2, specialty="Family Medicine", state="TX") == family_in_texas
    page = await view.page(first=100, after=None, specialty="Pathology", state=None)
    assert (page.items, page.total, page.has_next) == ([], 0, False)
    by_state = await view.page(first=100, after=None, specialty=None, state="TX")
    assert by_state.total == 10


async def test_the_catalog_is_read_once_until_an_import_moves_the_marker() -> None:
    store = FakeCatalogStore([_program(1)])
    view = _view(store)
    await view.page(first=10, after=None, specialty=None, state=None)
    await view.refresh()
    await view.refresh()
    assert store.loads == 1
    store.programs.append(_program(2))
    store.marker += 1  # what an import that changed something does
    await view.refresh()
    assert store.loads == 2
    assert [p["_id"] for p in await view.by_ids(["P0002", "nope", "P0001"])] == ["P0002", "P0001"]


async def test_a_catalog_older_than_its_reload_time_is_read_again() -> None:
    store = FakeCatalogStore([_program(1)])
    view = CatalogView(cast(CatalogStore, store), reload_seconds=0.0)
    await view.refresh()
    await view.refresh()
    assert store.loads == 2
