"""Seeded synthetic instances shaped like the NRMP Main Match (counts and skew in the docs).

Programs belong to specialties and regions and have a lognormal popularity; applicants pick a
specialty in proportion to its positions and rank programs by popularity with Plackett-Luce
noise (the Gumbel trick), so lists overlap on the famous programs as real ones do. Couples rank
pairs within one region; some singles attach supplemental PGY-1 lists to advanced programs.
Programs rank most of the applicants who ranked them, by applicant strength plus noise.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np

from matchsim.market import Market


@dataclass(frozen=True)
class Shape:
    applicants: int  # active applicants, couple members included
    programs: int
    positions: int
    couples: int
    supplemental: bool = True


NATIONAL = Shape(applicants=48_050, programs=6_809, positions=44_344, couples=1_258)


def scaled(applicants: int, couples: int = 0, supplemental: bool = False) -> Shape:
    """A smaller instance with the national ratios of programs and positions per applicant."""
    ratio = applicants / NATIONAL.applicants
    return Shape(
        applicants=applicants,
        programs=max(1, round(NATIONAL.programs * ratio)),
        positions=max(1, round(NATIONAL.positions * ratio)),
        couples=couples,
        supplemental=supplemental,
    )


def generate(shape: Shape, seed: int) -> dict[str, Any]:
    """The input document for `shape`; the same (shape, seed) always gives the same document."""
    rng = np.random.default_rng(seed)
    market = Market.build(shape.programs, shape.positions, rng)
    n_single = shape.applicants - 2 * shape.couples
    strength = rng.normal(size=shape.applicants)
    single_lists = market.single_lists(n_single, rng)
    pair_lists = [market.couple_pairs(rng) for _ in range(shape.couples)]
    supplemental = market.supplemental_lists(single_lists, rng) if shape.supplemental else {}
    program_ranks = market.program_ranks(single_lists, pair_lists, supplemental, strength, rng)
    app_id = [f"A{a:06d}" for a in range(shape.applicants)]
    prog_id = [f"P{p:05d}" for p in range(shape.programs)]

    def ids(programs: list[int]) -> list[str]:
        return [prog_id[p] for p in programs]

    applicants = []
    for a, ranked in enumerate(single_lists):
        entry: dict[str, Any] = {"id": app_id[a], "ranks": ids(ranked)}
        if a in supplemental:
            entry["supplemental"] = {prog_id[adv]: ids(pgy1) for adv, pgy1 in supplemental[a]}
        applicants.append(entry)
    couples = [
        {
            "id": f"C{c:05d}",
            "members": [app_id[n_single + 2 * c], app_id[n_single + 2 * c + 1]],
            "ranks": [[prog_id[p] if p >= 0 else None for p in pair] for pair in pairs],
        }
        for c, pairs in enumerate(pair_lists)
    ]
    programs = [
        {
            "id": prog_id[p],
            "positions": int(market.positions[p]),
            "ranks": [app_id[a] for a in ranked],
        }
        for p, ranked in enumerate(program_ranks)
    ]
    return {
        "generator": {"seed": seed, "shape": shape.__dict__},
        "programs": programs,
        "applicants": applicants,
        "couples": couples,
    }
