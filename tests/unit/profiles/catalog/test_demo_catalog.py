"""The synthetic demo catalog: size, specialty mix, determinism, validity and distributions."""

import time
from collections import Counter

import pytest

from services.profiles.catalog.demo import generate_catalog
from services.profiles.catalog.demo_figures import CITIES, SPECIALTY_FIGURES, STATE_WEIGHTS
from smartpick.events.models import Program, Strictness
from smartpick.events.specialties import SPECIALTIES


@pytest.fixture(scope="module")
def catalog() -> list[Program]:
    return generate_catalog()


def test_catalog_is_national_size(catalog: list[Program]) -> None:
    assert 5_000 <= len(catalog) <= 7_000


def test_every_program_validates_and_ids_are_unique(catalog: list[Program]) -> None:
    for program in catalog:
        Program.model_validate(program.model_dump())
    assert len({p.id for p in catalog}) == len(catalog)
    assert catalog[0].id.startswith("DEMO-040-0000")


def test_positions_match_2026_positions_per_specialty(catalog: list[Program]) -> None:
    positions: Counter[str] = Counter()
    for program in catalog:
        assert program.positions is not None and program.positions >= 1
        positions[program.specialty] += program.positions
    assert set(positions) == set(SPECIALTIES)
    total = sum(f.positions for f in SPECIALTY_FIGURES.values())
    for specialty, figures in SPECIALTY_FIGURES.items():
        share = positions[specialty] / sum(positions.values())
        assert share == pytest.approx(figures.positions / total, abs=0.002), specialty


def test_program_counts_follow_typical_program_size(catalog: list[Program]) -> None:
    counts = Counter(p.specialty for p in catalog)
    for specialty, figures in SPECIALTY_FIGURES.items():
        assert counts[specialty] == max(1, round(figures.positions / figures.mean_program_size))


def test_same_seed_same_catalog_other_seed_other_catalog() -> None:
    assert generate_catalog(7) == generate_catalog(7)
    assert generate_catalog(7) != generate_catalog(8)


def test_generation_is_fast() -> None:
    started = time.perf_counter()
    generate_catalog(11)
    assert time.perf_counter() - started < 1.0


def test_states_are_weighted_by_gme_capacity(catalog: list[Program]) -> None:
    states = Counter(p.state for p in catalog)
    assert set(states) <= set(STATE_WEIGHTS)
    assert states.most_common(1)[0][0] == "NY"
    assert states["NY"] > 3 * states["CO"]
    assert all(p.city in CITIES[p.state] for p in catalog if p.state is not None)


def test_visa_sponsorship_j1_more_common_than_h1b(catalog: list[Program]) -> None:
    known = [p for p in catalog if p.sponsors_j1 is not None]
    assert 0.04 <= 1 - len(known) / len(catalog) <= 0.12
    j1 = sum(bool(p.sponsors_j1) for p in known) / len(known)
    h1b = sum(bool(p.sponsors_h1b) for p in known) / len(known)
    assert 0.35 <= j1 <= 0.60
    assert 0.12 <= h1b <= 0.30
    assert h1b < j1


def test_img_shares_follow_specialty(catalog: list[Program]) -> None:
    def mean_share(specialty: str) -> float:
        shares = [p.img_share for p in catalog if p.specialty == specialty]
        return sum(s for s in shares if s is not None) / len(shares)

    assert 0.30 <= mean_share("Internal Medicine") <= 0.46
    assert mean_share("Orthopaedic Surgery") <= 0.06
    assert mean_share("Internal Medicine") > mean_share("Surgery-General")


def test_requirements_are_published_sometimes_and_mixed_strictness(
    catalog: list[Program],
) -> None:
    step2 = [p.min_step2_score for p in catalog if p.min_step2_score is not None]
    assert 0.48 <= len(step2) / len(catalog) <= 0.62
    assert all(220 <= r.value <= 255 and r.value % 5 == 0 for r in step2)
    strict = sum(r.strictness is Strictness.STRICT for r in step2) / len(step2)
    assert 0.52 <= strict <= 0.68
    years = Counter(
        p.max_years_since_graduation.value for p in catalog if p.max_years_since_graduation
    )
    assert set(years) <= {1, 2, 3, 5, 7, 10}
    assert years.most_common(2)[0][0] in {3, 5}
    usce = [p.min_usce_months for p in catalog if p.min_usce_months is not None]
    assert 0.43 <= len(usce) / len(catalog) <= 0.57
    for field in ("accepts_failed_attempts", "ecfmg_by_rank_deadline"):
        assert {getattr(p, field) is None for p in catalog} == {True, False}


def test_competitive_specialties_ask_higher_step2(catalog: list[Program]) -> None:
    def mean_minimum(specialty: str) -> float:
        values = [
            p.min_step2_score.value
            for p in catalog
            if p.specialty == specialty and p.min_step2_score is not None
        ]
        return sum(values) / len(values)

    assert mean_minimum("Orthopaedic Surgery") > mean_minimum("Family Medicine") + 10
