"""A learned program effect moves that program's interview chance and is explained in words,
with its sign and report count, from 1 pt up."""

from __future__ import annotations

from engine.catalog import EFFECT_CACHE_SIZE
from engine.explain import PROGRAM_EFFECT
from engine.params import ModelParams, ProgramEffect
from engine.recommend import Recommendation, recommend
from tests.unit.engine.builders import profile
from tests.unit.engine.test_learning import ARRAYS, PARAMS

APPLICANT = profile(step2_score=255)


def by_id(params: ModelParams) -> dict[str, Recommendation]:
    return {r.program_id: r for r in recommend(APPLICANT, ARRAYS, params) if r.eligible}


def test_the_effect_is_added_and_shown_with_its_sign_and_count() -> None:
    plain = by_id(PARAMS)
    up, down, tiny, _ = sorted(plain, key=lambda p: -plain[p].p_interview)[:4]
    params = PARAMS.model_copy(update={"program_effects": {
        up: ProgramEffect(logit=0.8, reports=42), down: ProgramEffect(logit=-0.8, reports=1),
        tiny: ProgramEffect(logit=0.01, reports=7), "not-in-this-catalog": ProgramEffect(
            logit=2.0, reports=9)}})
    learned = by_id(params)
    assert learned[up].p_interview > plain[up].p_interview
    assert learned[down].p_interview < plain[down].p_interview

    [more] = [f for f in learned[up].factors if f.name == PROGRAM_EFFECT]
    assert more.points >= 1.0
    assert more.text == ("this program invited IMGs like you more often than its features "
                         f"suggest: +{more.points:.1f} pts, from 42 reports")
    [less] = [f for f in learned[down].factors if f.name == PROGRAM_EFFECT]
    assert less.points <= -1.0
    assert less.text.startswith("this program invited IMGs like you less often")
    assert less.text.endswith(f"{less.points:.1f} pts, from 1 report")

    for program_id in set(learned) - {up, down}:  # under 1 pt, or no effect at all
        assert all(f.name != PROGRAM_EFFECT for f in learned[program_id].factors)
        if program_id != tiny:
            assert learned[program_id].p_interview == plain[program_id].p_interview


def test_factors_stay_largest_first_with_the_effect_among_them() -> None:
    plain = by_id(PARAMS)
    best = max(plain, key=lambda p: plain[p].p_interview)
    params = PARAMS.model_copy(update={"program_effects": {
        best: ProgramEffect(logit=3.0, reports=120)}})
    factors = by_id(params)[best].factors
    assert factors[0].name == PROGRAM_EFFECT
    sizes = [abs(f.points) for f in factors]
    assert sizes == sorted(sizes, reverse=True)


def test_each_parameter_set_scores_with_its_own_effects() -> None:
    """Effects in catalog order are cached per parameter set; many sets, one catalog."""
    program_id = ARRAYS.ids[0]
    for step in range(-6, 7):  # more sets than the cache holds
        params = PARAMS.model_copy(update={"program_effects": {
            program_id: ProgramEffect(logit=0.25 * step, reports=5)}})
        effects = ARRAYS.effect_arrays(params.program_effects)
        assert effects is not None and effects.logit[0] == 0.25 * step
        assert len(ARRAYS.effect_cache) <= EFFECT_CACHE_SIZE
    assert ARRAYS.effect_arrays(PARAMS.program_effects) is None
