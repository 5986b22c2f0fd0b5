"""The catalog as numpy arrays: converted once, then scored for any number of applicants.

Unknown values stay unknown: NaN for numbers, -1 for yes/no fields, "" for a state, so that
an unknown requirement can never exclude a program.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from engine.params import ProgramEffect, ProgramTerms
from smartpick.events.models import Program, Requirement, Strictness
from smartpick.events.specialties import SPECIALTIES

SPECIALTY_INDEX: dict[str, int] = {name: i for i, name in enumerate(SPECIALTIES)}

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
T = TypeVar("T", int, bool)
EFFECT_CACHE_SIZE = 4


@dataclass(frozen=True)
class EffectArrays:
    """Learned per-program effects (params.program_effects) in catalog order."""

    logit: FloatArray
    reports: IntArray


@dataclass(frozen=True)
class CatalogArrays:
    """Column arrays of a program catalog, one entry per program, in the catalog's order."""

    programs: tuple[Program, ...]
    ids: tuple[str, ...]
    specialty: IntArray
    state: npt.NDArray[np.str_]
    positions: FloatArray
    log_positions: FloatArray
    """log(max(positions, 1)), taken once per catalog rather than once per applicant."""
    img_share: FloatArray
    sponsors_j1: IntArray
    sponsors_h1b: IntArray
    min_step2: FloatArray
    min_step2_strict: BoolArray
    max_years: FloatArray
    max_years_strict: BoolArray
    min_usce: FloatArray
    min_usce_strict: BoolArray
    accepts_failed: IntArray
    accepts_failed_strict: BoolArray
    ecfmg_required: IntArray
    ecfmg_strict: BoolArray
    index_of: dict[str, int] = field(repr=False)
    term_cache: dict[ProgramTerms, tuple[FloatArray, FloatArray]] = field(
        default_factory=dict, repr=False, compare=False
    )
    effect_cache: dict[int, tuple[Mapping[str, ProgramEffect], EffectArrays]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __len__(self) -> int:
        return len(self.ids)

    def img_share_and_positions_terms(self, terms: ProgramTerms) -> tuple[FloatArray, FloatArray]:
        """The IMG-share and positions logit terms (0 where unknown). They depend on the catalog
        and the parameters only, so they are computed once per parameter set, not per applicant.
        Shared between calls: callers must not modify them."""
        cached = self.term_cache.get(terms)
        if cached is None:
            img_share = np.nan_to_num(terms.img_share_slope
                                      * (self.img_share - terms.img_share_center))
            positions = np.nan_to_num(terms.log_positions_slope
                                      * (self.log_positions - math.log(terms.positions_center)))
            cached = self.term_cache.setdefault(terms, (img_share, positions))
        return cached

    def effect_arrays(self, effects: Mapping[str, ProgramEffect]) -> EffectArrays | None:
        """``effects`` in catalog order (programs not in the catalog are left out), None when
        there are none. Cached by the mapping's identity, which the cache keeps alive so that
        its id cannot be reused; a process sees one mapping per model version it loads, and
        the few newest are enough."""
        if not effects:
            return None
        cached = self.effect_cache.get(id(effects))
        if cached is None:
            if len(self.effect_cache) >= EFFECT_CACHE_SIZE:
                self.effect_cache.clear()
            logit, reports = np.zeros(len(self)), np.zeros(len(self), dtype=np.int64)
            for program_id, effect in effects.items():
                i = self.index_of.get(program_id)
                if i is not None:
                    logit[i], reports[i] = effect.logit, effect.reports
            cached = self.effect_cache.setdefault(id(effects),
                                                  (effects, EffectArrays(logit, reports)))
        return cached[1]

    @classmethod
    def from_programs(cls, programs: Sequence[Program]) -> CatalogArrays:
        def num(reqs: list[Requirement[int] | None]) -> tuple[FloatArray, BoolArray]:
            values = np.array([np.nan if r is None else float(r.value) for r in reqs])
            return values, _strict(reqs)

        def flag(reqs: list[Requirement[bool] | None]) -> tuple[IntArray, BoolArray]:
            values = np.array([-1 if r is None else int(r.value) for r in reqs], dtype=np.int64)
            return values, _strict(reqs)

        min_step2, min_step2_strict = num([p.min_step2_score for p in programs])
        max_years, max_years_strict = num([p.max_years_since_graduation for p in programs])
        min_usce, min_usce_strict = num([p.min_usce_months for p in programs])
        accepts, accepts_strict = flag([p.accepts_failed_attempts for p in programs])
        ecfmg, ecfmg_strict = flag([p.ecfmg_by_rank_deadline for p in programs])
        ids = tuple(p.id for p in programs)
        positions = np.array([np.nan if p.positions is None else p.positions for p in programs],
                             dtype=np.float64)
        return cls(
            programs=tuple(programs),
            ids=ids,
            specialty=np.array([SPECIALTY_INDEX[p.specialty] for p in programs], dtype=np.int64),
            state=np.array([p.state or "" for p in programs], dtype="<U2"),
            positions=positions,
            log_positions=np.log(np.maximum(positions, 1.0)),
            img_share=np.array([np.nan if p.img_share is None else p.img_share for p in programs],
                               dtype=np.float64),
            sponsors_j1=_tristate([p.sponsors_j1 for p in programs]),
            sponsors_h1b=_tristate([p.sponsors_h1b for p in programs]),
            min_step2=min_step2,
            min_step2_strict=min_step2_strict,
            max_years=max_years,
            max_years_strict=max_years_strict,
            min_usce=min_usce,
            min_usce_strict=min_usce_strict,
            accepts_failed=accepts,
            accepts_failed_strict=accepts_strict,
            ecfmg_required=ecfmg,
            ecfmg_strict=ecfmg_strict,
            index_of={program_id: i for i, program_id in enumerate(ids)},
        )


def _tristate(values: list[bool | None]) -> IntArray:
    return np.array([-1 if v is None else int(v) for v in values], dtype=np.int64)


def _strict(reqs: Sequence[Requirement[T] | None]) -> BoolArray:
    return np.array([r is not None and r.strictness is Strictness.STRICT for r in reqs], dtype=bool)
