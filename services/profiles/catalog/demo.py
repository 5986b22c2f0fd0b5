"""A synthetic but realistic national program catalog for demos and load tests, from cited figures.

Every specialty gets ``round(positions / mean_program_size)`` programs whose positions add up to
its 2026 Match positions exactly; everything else is drawn per program from the distributions in
``demo_figures`` beside it (see docs/demo-catalog.md). The same seed gives the same catalog.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np

from services.profiles.catalog.demo_figures import (
    CITIES,
    IMG_SHARE_CONCENTRATION,
    INSTITUTION_KINDS,
    REQUIREMENTS,
    SPECIALTY_FIGURES,
    STATE_WEIGHTS,
    VISA,
)
from smartpick.events.models import Program, Requirement, Strictness
from smartpick.events.specialties import SPECIALTIES

T = TypeVar("T", int, bool)


def generate_catalog(seed: int = 2026) -> list[Program]:
    """About 5,400 demo programs over the 24 specialties; deterministic for ``seed``."""
    rng = np.random.default_rng(seed)
    specialty_of: list[str] = []
    positions: list[int] = []
    for specialty in SPECIALTIES:
        sizes = _program_sizes(rng, specialty)
        specialty_of += [specialty] * len(sizes)
        positions += sizes
    n = len(specialty_of)
    states = _states(rng, n)
    city_pick = rng.random(n).tolist()
    kind_pick = rng.integers(len(INSTITUTION_KINDS), size=n).tolist()
    img_share = _img_shares(rng, specialty_of)
    j1, h1b = _visas(rng, img_share)
    requirements = _requirements(rng, specialty_of)
    catalog = []
    for i, specialty in enumerate(specialty_of):
        cities = CITIES[states[i]]
        city = cities[int(city_pick[i] * len(cities))]
        institution = f"{city} {INSTITUTION_KINDS[kind_pick[i]]}"
        catalog.append(
            Program(
                id=f"DEMO-{SPECIALTY_FIGURES[specialty].code}-{i + 1:06d}",
                name=f"{institution} {specialty} Program",
                institution=institution,
                specialty=specialty,
                city=city,
                state=states[i],
                positions=positions[i],
                img_share=img_share[i],
                sponsors_j1=j1[i],
                sponsors_h1b=h1b[i],
                **{field: column[i] for field, column in requirements.items()},
            )
        )
    return catalog


def _program_sizes(rng: np.random.Generator, specialty: str) -> list[int]:
    figures = SPECIALTY_FIGURES[specialty]
    count = max(1, round(figures.positions / figures.mean_program_size))
    # Log-normal weights give the right skew (many small programs, a few very large ones);
    # every program keeps at least one position and the total stays exact.
    weights = rng.lognormal(0.0, 0.6, size=count)
    extra = rng.multinomial(figures.positions - count, weights / weights.sum())
    return [int(n) + 1 for n in extra]


def _states(rng: np.random.Generator, n: int) -> list[str]:
    states = list(STATE_WEIGHTS)
    weights = np.array([STATE_WEIGHTS[s] for s in states], dtype=np.float64)
    return [states[i] for i in rng.choice(len(states), size=n, p=weights / weights.sum())]


def _img_shares(rng: np.random.Generator, specialty_of: list[str]) -> list[float]:
    mean = np.array([SPECIALTY_FIGURES[s].img_share_mean for s in specialty_of])
    k = IMG_SHARE_CONCENTRATION
    shares: list[float] = np.round(rng.beta(mean * k, (1 - mean) * k), 2).tolist()
    return shares


def _visas(
    rng: np.random.Generator, img_share: list[float]
) -> tuple[list[bool | None], list[bool | None]]:
    """J-1 grows with the IMG share; H-1B is offered mostly by programs that also take J-1."""
    n = len(img_share)
    unknown = (rng.random(n) < VISA.unknown).tolist()
    p_j1 = np.minimum(0.97, VISA.j1_base + VISA.j1_per_img_share * np.array(img_share))
    j1 = rng.random(n) < p_j1
    h1b = rng.random(n) < np.where(j1, VISA.h1b_given_j1, VISA.h1b_without_j1)
    return (
        [None if u else v for u, v in zip(unknown, j1.tolist(), strict=True)],
        [None if u else v for u, v in zip(unknown, h1b.tolist(), strict=True)],
    )


def _requirements(
    rng: np.random.Generator, specialty_of: list[str]
) -> dict[str, list[Requirement[int] | None] | list[Requirement[bool] | None]]:
    r, n = REQUIREMENTS, len(specialty_of)
    centre = np.array([SPECIALTY_FIGURES[s].step2_min_mean for s in specialty_of])
    # Programs publish round cut-offs (220, 225, ...), so minimums snap to multiples of 5.
    step2 = np.clip(
        np.round(rng.normal(centre, r.step2_sd) / 5) * 5, r.step2_floor, r.step2_ceiling
    )
    yog = rng.choice(r.yog_values, size=n, p=r.yog_probabilities)
    usce = rng.choice(r.usce_months, size=n, p=r.usce_probabilities)
    accepts = rng.random(n) < r.accepts_failed_attempts
    ecfmg = rng.random(n) < r.ecfmg_required
    ints, bools = Requirement[int], Requirement[bool]
    return {
        "min_step2_score": _column(
            rng, ints, step2.astype(int).tolist(), r.step2_published, r.step2_strict
        ),
        "max_years_since_graduation": _column(
            rng, ints, yog.tolist(), r.yog_published, r.yog_strict
        ),
        "min_usce_months": _column(rng, ints, usce.tolist(), r.usce_published, r.usce_strict),
        "accepts_failed_attempts": _column(
            rng, bools, accepts.tolist(), r.attempts_published, r.attempts_strict
        ),
        "ecfmg_by_rank_deadline": _column(
            rng, bools, ecfmg.tolist(), r.ecfmg_published, r.ecfmg_strict
        ),
    }


def _column(
    rng: np.random.Generator,
    kind: type[Requirement[T]],
    values: list[T],
    published: float,
    strict: float,
) -> list[Requirement[T] | None]:
    """Each value as a requirement if published, strict with chance ``strict``, else ``None``."""
    n = len(values)
    is_published = (rng.random(n) < published).tolist()
    is_strict = (rng.random(n) < strict).tolist()
    # Requirements are frozen, so programs with the same value and strictness share one object.
    made: dict[tuple[T, bool], Requirement[T]] = {}
    column: list[Requirement[T] | None] = []
    for shown, value, hard in zip(is_published, values, is_strict, strict=True):
        if not shown:
            column.append(None)
            continue
        if (value, hard) not in made:
            strictness = Strictness.STRICT if hard else Strictness.PREFERENCE
            made[value, hard] = kind(value=value, strictness=strictness)
        column.append(made[value, hard])
    return column
