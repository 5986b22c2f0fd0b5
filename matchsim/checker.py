"""Independent check of an output against its input: acceptability, capacity and stability.

Written over the raw documents with dicts, sharing nothing with the solver but input validation,
so a solver bug cannot hide itself. Couples use the pairwise condition (Klaus and Klijn): a couple
blocks with a pair it prefers when each named program would choose the member(s) sent to it from
its current holders plus them; a member already seated at its program stays there.
"""

from collections import Counter, defaultdict
from typing import Any

from matchsim.parse import parse_instance


def _admits(held: list[int], capacity: int, wanted: list[int], staying: list[int]) -> bool:
    """Would a program holding ranks `held` keep all of `wanted` (`staying`: those it holds)?"""
    others = [r for r in held if r not in staying]
    need = len(others) + len(wanted) - capacity
    return need <= 0 or sum(r > max(wanted) for r in others) >= need


class _Check:
    def __init__(self, doc: dict[str, Any], out: dict[str, Any]) -> None:
        self.capacity = {p["id"]: p["positions"] for p in doc["programs"]}
        self.rank = {
            p["id"]: {a: r for r, a in enumerate(p.get("ranks", []))} for p in doc["programs"]
        }
        self.singles = doc.get("applicants", [])
        self.couples = doc.get("couples", [])
        self.matches: dict[str, Any] = out.get("matches", {})
        self.supplemental: dict[str, Any] = out.get("supplemental_matches", {})
        self.held: dict[str, list[int]] = defaultdict(list)  # program -> ranks of main matches
        for a, p in self.matches.items():
            if p in self.rank and a in self.rank[p]:
                self.held[p].append(self.rank[p][a])
        self.violations: list[str] = []

    def note(self, message: str) -> None:
        self.violations.append(message)

    def coverage_and_capacity(self) -> None:
        everyone = [a["id"] for a in self.singles] + [m for c in self.couples for m in c["members"]]
        if sorted(self.matches) != sorted(everyone):
            self.note("matches must list every applicant and couple member exactly once")
        for a, p in self.matches.items():
            if p is not None and a not in self.rank.get(p, {}):
                self.note(f'applicant "{a}" is matched to program {p!r}, which does not rank it')
        used = Counter(p for p in self.matches.values() if p is not None)
        used.update(self.supplemental.values())
        for p, n in sorted(used.items()):
            if n > self.capacity.get(p, 0):
                self.note(f'program "{p}" has {n} matches for {self.capacity.get(p, 0)} positions')

    def open_to(self, p: str, a: str) -> bool:
        rank = self.rank[p].get(a)
        return rank is not None and _admits(self.held[p], self.capacity[p], [rank], [])

    def singles_stable(self) -> None:
        for single in self.singles:
            a, current = single["id"], self.matches.get(single["id"])
            if current is not None and current not in single.get("ranks", []):
                self.note(f'applicant "{a}" is matched to {current!r}, which it does not rank')
            for p in single.get("ranks", []):
                if p == current:
                    break
                if self.open_to(p, a):
                    self.note(f'applicant "{a}" and program "{p}" block: both prefer each other')

    def pair_open(self, members: list[str], pair: list[str | None], current: list[Any]) -> bool:
        wanted: dict[str, list[int]] = defaultdict(list)
        for member, p in zip(members, pair, strict=True):
            if p is not None:
                if member not in self.rank[p]:
                    return False
                wanted[p].append(self.rank[p][member])
        staying: dict[str, list[int]] = defaultdict(list)
        for member, p, q in zip(members, pair, current, strict=True):
            if p is not None and p == q:
                staying[p].append(self.rank[p][member])
        return all(
            _admits(self.held[p], self.capacity[p], ranks, staying[p])
            for p, ranks in wanted.items()
        )

    def couples_stable(self) -> None:
        for couple in self.couples:
            members = list(couple["members"])
            current = [self.matches.get(m) for m in members]
            ranks = [list(pair) for pair in couple.get("ranks", [])]
            if current != [None, None] and current not in ranks:
                self.note(
                    f'couple "{couple["id"]}" is matched to {current}, a pair it does not rank'
                )
                continue
            for pair in ranks:
                if pair == current:
                    break
                if self.pair_open(members, pair, current):
                    self.note(
                        f'couple "{couple["id"]}" and pair {pair} block: both programs take them'
                    )

    def supplemental_stable(self) -> None:
        eligible: dict[str, list[str]] = {}
        for single in self.singles:
            lists = single.get("supplemental") or {}
            if self.matches.get(single["id"]) in lists:
                eligible[single["id"]] = lists[self.matches[single["id"]]]
        held: dict[str, list[int]] = defaultdict(list)
        for a, q in self.supplemental.items():
            if q not in eligible.get(a, []) or a not in self.rank[q]:
                self.note(f'supplemental match "{a}" -> {q!r} is not on a list both sides rank')
            else:
                held[q].append(self.rank[q][a])
        for a, prefs in eligible.items():
            for q in prefs:
                if q == self.supplemental.get(a):
                    break
                rank = self.rank[q].get(a)
                residual = self.capacity[q] - len(self.held[q])
                if rank is not None and _admits(held[q], residual, [rank], []):
                    self.note(
                        f'applicant "{a}" and PGY-1 program "{q}" block in the supplemental phase'
                    )

    def unfilled_reported(self, reported: object) -> None:
        used = Counter(p for p in self.matches.values() if p is not None)
        used.update(self.supplemental.values())
        expected = {p: n - used[p] for p, n in self.capacity.items() if n > used[p]}
        if reported != expected:
            self.note("unfilled does not equal positions minus matches for every program")


def check_documents(input_doc: object, output_doc: object) -> list[str]:
    """Every violation found, as a sentence; empty when the output is a valid stable matching."""
    parse_instance(input_doc)  # raises MatchInputError: the input itself is unusable
    assert isinstance(input_doc, dict)
    if not isinstance(output_doc, dict) or not isinstance(output_doc.get("matches"), dict):
        return ['output: "matches" must be an object of applicant -> program or null']
    if not isinstance(output_doc.get("supplemental_matches", {}), dict):
        return ['output: "supplemental_matches" must be an object of applicant -> program']
    check = _Check(input_doc, output_doc)
    check.coverage_and_capacity()
    if check.violations:
        return check.violations  # stability is meaningless on an invalid assignment
    check.singles_stable()
    check.couples_stable()
    check.supplemental_stable()
    check.unfilled_reported(output_doc.get("unfilled"))
    return check.violations
