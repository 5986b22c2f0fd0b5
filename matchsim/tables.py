"""Mutual rank lookups between both sides' lists, computed with numpy in one sort.

Looking up "what rank does program p give applicant a" half a million times through per-program
dicts costs more than the whole match. Instead every entry becomes one int64 key
(program, applicant, tag): program-list entries (tag 0), singles' entries (tag 1) and couple
pair sides (tags 2, 3). After one sort each query sits right after the program entry with the same
(program, applicant), if there is one, which answers all lookups in both directions at once.
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matchsim.model import Instance

Array = NDArray[np.int64]
PROGRAM, SINGLE, FIRST, SECOND = 0, 1, 2, 3


@dataclass(frozen=True)
class RankTables:
    app_rank: list[int]  # per app_list entry: the program's rank of that single, -1 if unranked
    first_rank: list[int]  # per pair: the first program's rank of the first member, -1 if none
    second_rank: list[int]
    prog_pos: list[int]  # per prog_list entry: its place in the single's own list, -1 if none


def _entries(offsets: list[int], members: list[int]) -> tuple[Array, Array, Array]:
    """Owner, member and position-within-owner of every entry of a flattened list."""
    starts = np.asarray(offsets, dtype=np.int64)
    lengths = np.diff(starts)
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    position = np.arange(len(members), dtype=np.int64) - np.repeat(starts[:-1], lengths)
    return owner, np.asarray(members, dtype=np.int64), position


def rank_tables(instance: Instance) -> RankTables:
    n_app = len(instance.applicant_ids)
    prog_owner, prog_member, prog_rank = _entries(instance.prog_off, instance.prog_list)
    app_owner, app_member, app_pos = _entries(instance.app_off, instance.app_list)
    couple, _, _ = _entries(instance.couple_off, instance.pair_first)
    member = instance.n_single + 2 * couple
    first = np.asarray(instance.pair_first, dtype=np.int64)
    second = np.asarray(instance.pair_second, dtype=np.int64)
    parts = [
        (prog_owner * n_app + prog_member, PROGRAM, prog_rank),
        (app_member * n_app + app_owner, SINGLE, app_pos),
        (np.where(first < 0, -1, first * n_app + member), FIRST, np.arange(len(first))),
        (np.where(second < 0, -1, second * n_app + member + 1), SECOND, np.arange(len(second))),
    ]
    # a null side gets key -1 and tags sort it before everything, so it never finds a program
    keys = np.concatenate([base * 4 + tag for base, tag, _ in parts])
    tags = np.concatenate([np.full(len(base), tag) for base, tag, _ in parts])
    payload = np.concatenate([value for _, _, value in parts])
    where = np.concatenate([np.arange(len(base)) for base, _, _ in parts])
    order = np.argsort(keys)
    keys, tags, payload, where = keys[order], tags[order], payload[order], where[order]
    # for every position, the nearest program entry at or before it (-1: none)
    last_program = np.maximum.accumulate(np.where(tags == PROGRAM, np.arange(len(keys)), -1))
    found_any = last_program >= 0
    last_program = np.maximum(last_program, 0)
    same = keys >> 2 == keys[last_program] >> 2
    hit = found_any & same & (tags != PROGRAM) & (keys >= 0)
    answers = {}
    for tag, size in ((SINGLE, len(app_member)), (FIRST, len(first)), (SECOND, len(second))):
        found = np.full(size, -1, dtype=np.int64)
        chosen = hit & (tags == tag)
        found[where[chosen]] = payload[last_program[chosen]]
        answers[tag] = found.tolist()
    prog_pos = np.full(len(prog_member), -1, dtype=np.int64)
    single_hit = hit & (tags == SINGLE)
    prog_pos[where[last_program[single_hit]]] = payload[single_hit]
    return RankTables(answers[SINGLE], answers[FIRST], answers[SECOND], prog_pos.tolist())
