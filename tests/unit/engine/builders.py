"""Small programs, profiles and catalogs for the engine's tests."""

from __future__ import annotations

from typing import Any

import numpy as np

from smartpick.events.models import ApplicantProfile, Program, Requirement, Strictness
from smartpick.events.specialties import SPECIALTIES

STATES = ("NY", "NJ", "TX", "CA", "FL", "MI", "OH", "PA")


def program(**fields: Any) -> Program:
    base: dict[str, Any] = {"id": "P1", "name": "Test Program", "specialty": "Internal Medicine"}
    return Program(**(base | fields))


def profile(**fields: Any) -> ApplicantProfile:
    base: dict[str, Any] = {"applicant_type": "non_us_img", "step2_score": 245,
                            "graduation_year": 2024, "usce_months": 6,
                            "specialties": ["Internal Medicine"]}
    return ApplicantProfile(**(base | fields))


def strict(value: Any) -> Requirement[Any]:
    return Requirement(value=value, strictness=Strictness.STRICT)


def soft(value: Any) -> Requirement[Any]:
    return Requirement(value=value, strictness=Strictness.PREFERENCE)


def catalog(n: int, seed: int = 1, specialties: tuple[str, ...] = SPECIALTIES) -> list[Program]:
    """A random catalog with every kind of requirement, strict and preferred, and unknowns."""
    rng = np.random.default_rng(seed)

    def maybe(value: Any) -> Requirement[Any] | None:
        roll = rng.random()
        return None if roll < 0.5 else strict(value) if roll < 0.8 else soft(value)

    def tristate() -> bool | None:
        return [None, True, False][int(rng.integers(3))]

    return [
        Program(
            id=f"T{i:05d}",
            name=f"Program {i}",
            specialty=specialties[int(rng.integers(len(specialties)))],
            state=STATES[int(rng.integers(len(STATES)))],
            positions=int(rng.integers(2, 40)) if rng.random() < 0.9 else None,
            img_share=float(rng.beta(1.5, 3.0)) if rng.random() < 0.9 else None,
            sponsors_j1=tristate(),
            sponsors_h1b=tristate(),
            min_step2_score=maybe(int(rng.integers(215, 250))),
            max_years_since_graduation=maybe(int(rng.integers(1, 10))),
            min_usce_months=maybe(int(rng.integers(0, 7))),
            accepts_failed_attempts=maybe(bool(rng.random() < 0.5)),
            ecfmg_by_rank_deadline=maybe(True),
        )
        for i in range(n)
    ]
