"""Parse and validate the input document into an `Instance`, naming the first offending entry.

Validation happens completely before any matching, so a bad entry never yields a partial result.
"""

from collections.abc import Callable
from itertools import accumulate, chain
from typing import Any, NoReturn

import numpy as np

from matchsim.errors import MatchInputError, quoted
from matchsim.model import Instance
from matchsim.parse_couples import couple_members, couple_pairs


def _entries(root: dict[str, Any], key: str, required: bool) -> list[dict[str, Any]]:
    value = root.get(key, None if required else [])
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise MatchInputError("malformed", f'"{key}" must be a list of objects')
    return value


def _bad_ids(ids: list[object], kind: str) -> NoReturn:
    seen: set[object] = set()
    for position, entry_id in enumerate(ids):
        if not isinstance(entry_id, str):
            raise MatchInputError(
                "malformed", f"{kind} #{position} has no string id: {quoted(entry_id)}"
            )
        if entry_id in seen:
            raise MatchInputError("duplicate_id", f'{kind} "{entry_id}" is listed more than once')
        seen.add(entry_id)
    raise AssertionError("called only for ids with a duplicate or a non-string")


def _ids(entries: list[dict[str, Any]], kind: str) -> list[str]:
    ids = [e.get("id") for e in entries]
    if not (all(type(entry_id) is str for entry_id in ids) and len(set(ids)) == len(ids)):
        _bad_ids(ids, kind)
    return ids  # type: ignore[return-value]  # every element was just checked to be a str


def _missing(ids: list[Any], index: dict[str, int]) -> object:
    return next(x for x in ids if not (isinstance(x, str) and x in index))


def _indices(ids: object, index: dict[str, int], owner: str, kind: str) -> list[int]:
    if not isinstance(ids, list):
        raise MatchInputError("malformed", f"{owner}: ranks must be a list of {kind} ids")
    try:
        found = list(map(index.__getitem__, ids))
    except (KeyError, TypeError):
        bad = _missing(ids, index)
        raise MatchInputError("unknown_id", f"{owner} ranks unknown {kind} {quoted(bad)}") from None
    if len(set(found)) != len(found):
        duplicate = next(x for i, x in enumerate(ids) if x in ids[:i])
        raise MatchInputError(
            "duplicate_rank", f'{owner} ranks {kind} "{duplicate}" more than once'
        )
    return found


def _capacity(program: dict[str, Any]) -> int:
    positions = program.get("positions")
    if not isinstance(positions, int) or isinstance(positions, bool):
        raise MatchInputError(
            "malformed", f'program "{program["id"]}": positions must be an integer'
        )
    if positions < 0:
        raise MatchInputError(
            "negative_capacity", f'program "{program["id"]}" has {positions} positions'
        )
    return positions


def _has_duplicates(lists: list[list[Any]], flat: list[int], n_members: int) -> bool:
    """Whether any one list names a member twice: one numpy sort instead of a set per list."""
    owner = np.repeat(np.arange(len(lists), dtype=np.int64), [len(ranks) for ranks in lists])
    keys = np.sort(owner * n_members + np.asarray(flat, dtype=np.int64))
    return bool((keys[1:] == keys[:-1]).any())


def _flatten(
    lists: list[Any], labels: Callable[[], list[str]], index: dict[str, int], other: str
) -> tuple[list[int], list[int]]:
    """All lists as one flat list plus offsets; one `map` over everything keeps this fast."""
    flat: list[int] = []
    clean = all(isinstance(ranks, list) for ranks in lists)
    try:
        if clean:
            flat = list(map(index.__getitem__, chain.from_iterable(lists)))
            clean = not _has_duplicates(lists, flat, len(index))
    except (KeyError, TypeError):
        clean = False
    if not clean:  # slow path, only to name the offending entry
        for label, ranks in zip(labels(), lists, strict=True):
            _indices(ranks, index, label, other)
    return list(accumulate((len(ranks) for ranks in lists), initial=0)), flat


def _ranks(
    entries: list[dict[str, Any]], kind: str, index: dict[str, int], other: str
) -> tuple[list[int], list[int]]:
    def labels() -> list[str]:
        return [f'{kind} "{entry["id"]}"' for entry in entries]

    return _flatten([entry.get("ranks", []) for entry in entries], labels, index, other)


def _supplemental(
    singles: list[dict[str, Any]], program_index: dict[str, int], off: list[int], flat: list[int]
) -> dict[int, dict[int, list[int]]]:
    owners: list[tuple[int, int]] = []  # (applicant, advanced program) per list
    lists: list[Any] = []
    labels: list[tuple[str, str]] = []
    for a, single in enumerate(singles):
        attached = single.get("supplemental")
        if attached is None:
            continue
        owner = f'applicant "{single["id"]}"'
        if not isinstance(attached, dict):
            raise MatchInputError("malformed", f"{owner}: supplemental must be an object")
        ranked = flat[off[a] : off[a + 1]]
        for advanced, pgy1 in attached.items():
            if advanced not in program_index:
                raise MatchInputError(
                    "unknown_id",
                    f"{owner} has a supplemental list for unknown program {quoted(advanced)}",
                )
            if program_index[advanced] not in ranked:
                raise MatchInputError(
                    "unranked_advanced",
                    f'{owner} has a supplemental list for program "{advanced}", '
                    "which it does not rank",
                )
            owners.append((a, program_index[advanced]))
            lists.append(pgy1)
            labels.append((owner, advanced))

    def named() -> list[str]:
        return [f'{owner} (supplemental list for "{advanced}")' for owner, advanced in labels]

    offsets, programs = _flatten(lists, named, program_index, "program")
    result: dict[int, dict[int, list[int]]] = {}
    for k, (a, advanced) in enumerate(owners):
        result.setdefault(a, {})[advanced] = programs[offsets[k] : offsets[k + 1]]
    return result


def parse_instance(doc: object) -> Instance:
    """Validate `doc` (the decoded input JSON); raise MatchInputError on the first bad entry."""
    if not isinstance(doc, dict):
        raise MatchInputError("malformed", "the input document must be a JSON object")
    programs = _entries(doc, "programs", required=True)
    singles = _entries(doc, "applicants", required=False)
    couples = _entries(doc, "couples", required=False)
    program_ids = _ids(programs, "program")
    single_ids = _ids(singles, "applicant")
    couple_ids = _ids(couples, "couple")
    applicant_ids = single_ids + couple_members(couples, set(single_ids))
    program_index = {pid: p for p, pid in enumerate(program_ids)}
    applicant_index = {aid: a for a, aid in enumerate(applicant_ids)}
    capacity = [_capacity(program) for program in programs]
    prog_off, prog_list = _ranks(programs, "program", applicant_index, "applicant")
    app_off, app_list = _ranks(singles, "applicant", program_index, "program")
    couple_off, first, second = couple_pairs(couples, program_index)
    return Instance(
        program_ids=program_ids,
        capacity=capacity,
        prog_off=prog_off,
        prog_list=prog_list,
        applicant_ids=applicant_ids,
        n_single=len(single_ids),
        app_off=app_off,
        app_list=app_list,
        supplemental=_supplemental(singles, program_index, app_off, app_list),
        couple_ids=couple_ids,
        couple_off=couple_off,
        pair_first=first,
        pair_second=second,
    )
