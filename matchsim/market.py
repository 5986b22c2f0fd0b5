"""The synthetic market behind `generator`: programs, and how each side draws its rank lists.

Every constant below is a modelling assumption documented in docs/match-simulation.md; the
2026 headline counts themselves live in `generator.NATIONAL`.
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

SPECIALTIES = 30  # sized like a Zipf law with exponent 0.8
REGIONS = 50
ADVANCED = (4, 9, 14, 19)  # specialties whose programs start at PGY-2
PRELIMINARY = 2  # the specialty of preliminary PGY-1 programs offered in supplemental lists
POPULARITY_SIGMA = 0.7  # lognormal spread of program popularity
LONG_LIST_SHARE, LONG_MEAN, SHORT_MEAN = 0.55, 14, 9  # two applicant groups' mean list lengths
COUPLE_MEMBER_MEAN, COUPLE_PAIRS_MEAN = 15, 45
SUPPLEMENTAL_SHARE, SUPPLEMENTAL_MEAN = 0.85, 4
RANKED_SHARE = 0.9  # programs rank this share of the applicants who ranked them
RANK_NOISE = 0.6  # programs' disagreement about applicant strength

IntArray = NDArray[np.int64]


def _top(programs: IntArray, scores: NDArray[np.float64], k: int) -> list[int]:
    return programs[np.argsort(-scores, kind="stable")[:k]].tolist()  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Market:
    positions: IntArray
    specialty: IntArray
    region: IntArray
    popularity: NDArray[np.float64]  # log scale
    members_of: list[IntArray]  # programs of each specialty
    demand: NDArray[np.float64]  # share of applicants choosing each specialty

    @classmethod
    def build(cls, n_programs: int, n_positions: int, rng: np.random.Generator) -> "Market":
        weight = 1 / np.arange(1, SPECIALTIES + 1) ** 0.8
        specialty = rng.choice(SPECIALTIES, size=n_programs, p=weight / weight.sum())
        share = rng.gamma(1.5, size=n_programs)
        base = 1 if n_positions >= n_programs else 0
        positions = base + rng.multinomial(n_positions - base * n_programs, share / share.sum())
        seats = np.bincount(specialty, weights=positions, minlength=SPECIALTIES)
        return cls(
            positions=positions,
            specialty=specialty,
            region=rng.integers(REGIONS, size=n_programs),
            popularity=rng.normal(0, POPULARITY_SIGMA, n_programs),
            members_of=[np.flatnonzero(specialty == s) for s in range(SPECIALTIES)],
            demand=seats / seats.sum(),
        )

    def single_lists(self, n: int, rng: np.random.Generator) -> list[list[int]]:
        choice = rng.choice(SPECIALTIES, size=n, p=self.demand)
        mean = np.where(rng.random(n) < LONG_LIST_SHARE, LONG_MEAN, SHORT_MEAN)
        length = 1 + rng.poisson(mean - 1)
        lists: list[list[int]] = [[] for _ in range(n)]
        for s, programs in enumerate(self.members_of):
            who = np.flatnonzero(choice == s)
            if len(who) == 0 or len(programs) == 0:
                continue
            noise = rng.gumbel(size=(len(who), len(programs)))
            order = np.argsort(-(self.popularity[programs] + noise), axis=1, kind="stable")
            chosen = programs[order[:, : int(length[who].max())]]
            for row, a in enumerate(who.tolist()):
                lists[a] = chosen[row, : length[a]].tolist()
        return lists

    def couple_pairs(self, rng: np.random.Generator) -> list[tuple[int, int]]:
        """Pairs ordered by joint appeal, same-region pairs first, maybe one partner alone last."""
        home = rng.integers(REGIONS)
        candidates, appeal = [], []
        for _ in range(2):
            programs = self.members_of[rng.choice(SPECIALTIES, p=self.demand)]
            score = self.popularity[programs] + 2.0 * (self.region[programs] == home)
            score = score + rng.gumbel(size=len(programs))
            order = np.argsort(-score, kind="stable")[: 1 + rng.poisson(COUPLE_MEMBER_MEAN - 1)]
            candidates.append(programs[order])
            appeal.append(score[order])
        apart = self.region[candidates[0]][:, None] != self.region[candidates[1]][None, :]
        joint = appeal[0][:, None] + appeal[1][None, :] - 3.0 * apart
        count = min(joint.size, 1 + rng.poisson(COUPLE_PAIRS_MEAN - 1))
        first, second = np.unravel_index(
            np.argsort(-joint, axis=None, kind="stable")[:count], joint.shape
        )
        pairs = list(
            zip(candidates[0][first].tolist(), candidates[1][second].tolist(), strict=True)
        )
        if rng.random() < 0.3:
            pairs += [(int(candidates[0][0]), -1), (-1, int(candidates[1][0]))]
        return pairs

    def supplemental_lists(
        self, lists: list[list[int]], rng: np.random.Generator
    ) -> dict[int, list[tuple[int, list[int]]]]:
        prelims = self.members_of[PRELIMINARY]
        result: dict[int, list[tuple[int, list[int]]]] = {}
        for a, ranked in enumerate(lists):
            advanced = [p for p in ranked if self.specialty[p] in ADVANCED]
            if advanced and len(prelims) and rng.random() < SUPPLEMENTAL_SHARE:
                noise = rng.gumbel(size=len(prelims))
                pgy1 = _top(
                    prelims,
                    self.popularity[prelims] + noise,
                    1 + rng.poisson(SUPPLEMENTAL_MEAN - 1),
                )
                result[a] = [(p, pgy1) for p in advanced]
        return result

    def program_ranks(
        self,
        singles: list[list[int]],
        couples: list[list[tuple[int, int]]],
        supplemental: dict[int, list[tuple[int, list[int]]]],
        strength: NDArray[np.float64],
        rng: np.random.Generator,
    ) -> list[list[int]]:
        """Each program ranks most applicants who listed it anywhere, strongest (noisily) first."""
        programs: list[int] = []
        applicants: list[int] = []
        for a, ranked in enumerate(singles):
            programs += ranked
            applicants += [a] * len(ranked)
        for c, pairs in enumerate(couples):
            for side in range(2):
                listed = {pair[side] for pair in pairs} - {-1}
                programs += sorted(listed)
                applicants += [len(singles) + 2 * c + side] * len(listed)
        for a, attached in supplemental.items():
            pgy1 = attached[0][1]
            programs += pgy1
            applicants += [a] * len(pgy1)
        n_app = len(strength)
        keys = np.unique(np.asarray(programs, dtype=np.int64) * n_app + np.asarray(applicants))
        keys = keys[rng.random(len(keys)) < RANKED_SHARE]
        program, applicant = keys // n_app, keys % n_app
        score = strength[applicant] + rng.normal(0, RANK_NOISE, len(keys))
        order = np.lexsort((-score, program))
        counts = np.bincount(program, minlength=len(self.positions))
        chunks = np.split(applicant[order], np.cumsum(counts)[:-1])
        return [chunk.tolist() for chunk in chunks]
