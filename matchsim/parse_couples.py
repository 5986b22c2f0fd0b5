"""Parse and validate the couples part of the input: members and their ranked program pairs."""

from typing import Any

from matchsim.errors import MatchInputError, quoted
from matchsim.model import NULL


def couple_members(couples: list[dict[str, Any]], singles: set[str]) -> list[str]:
    members: list[str] = []
    seen: set[str] = set()
    for couple in couples:
        pair = couple.get("members")
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(m, str) for m in pair)
            and pair[0] != pair[1]
        ):
            raise MatchInputError(
                "malformed", f'couple "{couple["id"]}": members must be two applicant ids'
            )
        for member in pair:
            if member in singles:
                raise MatchInputError(
                    "couple_member_listed",
                    f'applicant "{member}" is listed alone and in couple "{couple["id"]}"',
                )
            if member in seen:
                raise MatchInputError(
                    "duplicate_id", f'applicant "{member}" is in more than one couple'
                )
            seen.add(member)
        members.extend(pair)
    return members


def _side(value: object, program_index: dict[str, int], owner: str) -> int:
    if value is None:
        return NULL
    if not isinstance(value, str) or value not in program_index:
        raise MatchInputError("unknown_id", f"{owner} ranks unknown program {quoted(value)}")
    return program_index[value]


def couple_pairs(
    couples: list[dict[str, Any]], program_index: dict[str, int]
) -> tuple[list[int], list[int], list[int]]:
    offsets, first, second = [0], [], []
    for couple in couples:
        owner = f'couple "{couple["id"]}"'
        ranks = couple.get("ranks", [])
        if not isinstance(ranks, list):
            raise MatchInputError("malformed", f"{owner}: ranks must be a list of program pairs")
        seen: set[tuple[int, int]] = set()
        for pair in ranks:
            if not (isinstance(pair, list) and len(pair) == 2) or pair == [None, None]:
                raise MatchInputError(
                    "malformed",
                    f"{owner}: ranks entry {quoted(pair)} is not a pair "
                    "[program_or_null, program_or_null] with at least one program",
                )
            sides = (_side(pair[0], program_index, owner), _side(pair[1], program_index, owner))
            if sides in seen:
                raise MatchInputError(
                    "duplicate_rank", f"{owner} ranks pair {quoted(pair)} more than once"
                )
            seen.add(sides)
            first.append(sides[0])
            second.append(sides[1])
        offsets.append(len(first))
    return offsets, first, second
