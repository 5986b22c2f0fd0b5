"""Hypothesis strategies for random match instances, and the `matching` package as a baseline."""

import warnings
from typing import Any

from hypothesis import strategies as st
from matching.games import HospitalResident


@st.composite
def instances(draw: st.DrawFn, couples: bool = False, supplemental: bool = False) -> dict[str, Any]:
    programs = [f"P{p}" for p in range(draw(st.integers(1, 6)))]
    singles = [f"A{a}" for a in range(draw(st.integers(0, 10)))]
    n_couples = draw(st.integers(0, 3)) if couples else 0
    members = [f"M{c}{side}" for c in range(n_couples) for side in "ab"]
    everyone = singles + members

    def ranking(pool: list[str]) -> list[str]:
        order = draw(st.permutations(pool))
        return order[: draw(st.integers(0, len(order)))]

    doc: dict[str, Any] = {
        "programs": [
            {"id": p, "positions": draw(st.integers(0, 3)), "ranks": ranking(everyone)}
            for p in programs
        ],
        "applicants": [],
        "couples": [],
    }
    for a in singles:
        entry: dict[str, Any] = {"id": a, "ranks": ranking(programs)}
        if supplemental and entry["ranks"] and draw(st.booleans()):
            entry["supplemental"] = {entry["ranks"][0]: ranking(programs)}
        doc["applicants"].append(entry)
    sides = [*programs, None]
    for c in range(n_couples):
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(sides), st.sampled_from(sides)), max_size=6, unique=True
            )
        )
        ranks = [list(pair) for pair in pairs if pair != (None, None)]
        doc["couples"].append(
            {"id": f"C{c}", "members": members[2 * c : 2 * c + 2], "ranks": ranks}
        )
    return doc


def baseline_matches(doc: dict[str, Any]) -> dict[str, str | None]:
    """Resident-optimal matching from the `matching` package, on mutually acceptable pairs only."""
    ranks = {p["id"]: p["ranks"] for p in doc["programs"]}
    residents = {a["id"]: [p for p in a["ranks"] if a["id"] in ranks[p]] for a in doc["applicants"]}
    residents = {a: prefs for a, prefs in residents.items() if prefs}
    hospitals = {
        p["id"]: [a for a in p["ranks"] if p["id"] in residents.get(a, [])]
        for p in doc["programs"]
        if p["positions"] > 0
    }
    hospitals = {p: prefs for p, prefs in hospitals.items() if prefs}
    residents = {a: [p for p in prefs if p in hospitals] for a, prefs in residents.items()}
    residents = {a: prefs for a, prefs in residents.items() if prefs}
    capacities = {p["id"]: p["positions"] for p in doc["programs"] if p["id"] in hospitals}
    matches: dict[str, str | None] = {a["id"]: None for a in doc["applicants"]}
    if not residents:
        return matches
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
        for hospital, assigned in game.solve(optimal="resident").items():
            for resident in assigned:
                matches[resident.name] = hospital.name
    return matches
