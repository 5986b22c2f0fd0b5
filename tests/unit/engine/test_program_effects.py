"""Per-program effects: planted effects are recovered, few reports are shrunk towards 0, none
give exactly 0, and a world without effects yields none worth keeping."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.catalog import FloatArray, IntArray
from engine.interview import score
from engine.learning import OutcomeReport, ReportedApplication, with_program_effects
from engine.params import ModelParams, ProgramEffect
from engine.program_effects import TAU_FLOOR, Estimate, estimate, shrink
from tests.unit.engine.builders import profile
from tests.unit.engine.test_learning import ARRAYS, PARAMS, simulate

PROGRAMS = 200
PLANTED_SD = 0.5


def reports(seed: int, planted: FloatArray) -> tuple[FloatArray, FloatArray, IntArray]:
    """Applications to ``len(planted)`` programs, 0 to 80 each (some none at all), each with
    the model's logit and an invitation drawn at that logit plus the program's planted effect."""
    rng = np.random.default_rng(seed)
    counts = rng.integers(0, 81, len(planted))
    counts[:10] = 0
    program = np.repeat(np.arange(len(planted)), counts)
    offset = rng.normal(-1.5, 1.0, len(program))
    p = 1.0 / (1.0 + np.exp(-(offset + planted[program])))
    return offset, (rng.random(len(program)) < p).astype(np.float64), program


def planted_effects(seed: int) -> FloatArray:
    return np.random.default_rng(seed).normal(0.0, PLANTED_SD, PROGRAMS)


def fit(seed: int, planted: FloatArray) -> tuple[Estimate, FloatArray]:
    """The pooled estimate, and the unpooled one (a prior so wide it does not pull)."""
    offset, invited, program = reports(seed, planted)
    return (estimate(offset, invited, program, PROGRAMS),
            shrink(offset, invited, program, PROGRAMS, tau=1e6))


def test_planted_effects_are_recovered_where_reports_are_many() -> None:
    planted = planted_effects(1)
    found, _ = fit(2, planted)
    many = found.counts >= 30
    assert many.sum() > 100
    assert np.corrcoef(found.effects[many], planted[many])[0, 1] > 0.7
    assert 0.3 < found.tau < 0.7  # the spread between programs, planted 0.5


def test_few_reports_are_shrunk_more_than_many() -> None:
    found, raw = fit(2, planted_effects(1))
    few = (found.counts > 0) & (found.counts <= 10)
    many = found.counts >= 50
    assert few.any() and many.any()
    assert np.all(np.abs(found.effects[few]) < np.abs(raw[few]))
    ratio = np.abs(found.effects) / np.maximum(np.abs(raw), 1e-12)
    assert np.median(ratio[few]) < 0.5 < np.median(ratio[many])


def test_a_program_without_reports_has_exactly_zero() -> None:
    found, _ = fit(3, planted_effects(4))
    assert (found.counts[:10] == 0).all()
    assert (found.effects[:10] == 0.0).all()
    empty = estimate(np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64), 5)
    assert (empty.effects == 0.0).all() and (empty.counts == 0).all()


def test_without_planted_effects_every_estimate_is_near_zero() -> None:
    found, _ = fit(5, np.zeros(PROGRAMS))
    assert found.tau == TAU_FLOOR
    assert np.max(np.abs(found.effects)) < 0.05  # below 1 pt at any interview chance


@given(offset=st.floats(-3.0, 1.0), pattern=st.lists(st.booleans(), min_size=1, max_size=5),
       fewer=st.integers(1, 10), more=st.integers(1, 10), tau=st.floats(0.1, 2.0))
@settings(max_examples=200, deadline=None)
def test_shrinkage_grows_as_reports_shrink(offset: float, pattern: list[bool], fewer: int,
                                           more: int, tau: float) -> None:
    """The same mix of outcomes, reported ``fewer`` or ``fewer + more`` times: the estimate
    from fewer reports lies between 0 and the one from more, same sign, and both between 0
    and the program's unpooled effect."""

    def effect(times: int) -> float:
        invited = np.array(pattern * times, dtype=np.float64)
        program = np.zeros(len(invited), dtype=np.int64)
        return float(shrink(np.full(len(invited), offset), invited, program, 1, tau)[0])

    small, large = effect(fewer), effect(fewer + more)
    assert small * large >= 0.0
    assert abs(small) <= abs(large) + 1e-9
    rate = sum(pattern) / len(pattern)
    if 0.0 < rate < 1.0:
        unpooled = np.log(rate / (1.0 - rate)) - offset
        assert abs(large) <= abs(unpooled) + 1e-9


def planted_world(seed: int) -> tuple[ModelParams, FloatArray]:
    planted = np.random.default_rng(seed).normal(0.0, PLANTED_SD, len(ARRAYS))
    return PARAMS.model_copy(update={"program_effects": {
        program_id: ProgramEffect(logit=float(b), reports=1)
        for program_id, b in zip(ARRAYS.ids, planted, strict=True)}}), planted


def test_the_model_with_planted_effects_learns_and_keeps_them() -> None:
    """Reports drawn from the interview model itself, plus planted effects; the estimate sits
    on top of the model's own (effect-free) predictions, as at a refit."""
    truth, planted = planted_world(3)
    params, check = with_program_effects(PARAMS, simulate(truth, 600, 21),
                                         simulate(truth, 60, 22), ARRAYS)
    assert check.kept and check.holdout_loss_with < check.holdout_loss_without
    learned = params.program_effects
    assert check.programs == len(learned)
    many = [i for i, p in enumerate(ARRAYS.ids) if p in learned and learned[p].reports >= 30]
    estimates = [learned[ARRAYS.ids[i]].logit for i in many]
    assert np.corrcoef(estimates, planted[many])[0, 1] > 0.65
    # programs this applicant pool never applied to (always ineligible) have no entry
    assert len(learned) < len(ARRAYS)


def test_the_model_without_planted_effects_keeps_none_or_only_tiny_ones() -> None:
    params, check = with_program_effects(PARAMS, simulate(PARAMS, 300, 23),
                                         simulate(PARAMS, 60, 24), ARRAYS)
    assert not check.kept or max(abs(e.logit) for e in params.program_effects.values()) < 0.1
    assert check.kept or params is PARAMS


def test_an_application_the_model_excludes_teaches_no_effect() -> None:
    """An invitation where a strict requirement says none is possible is a data error or a
    waived requirement, not a generous program: it must not make the program's effect."""
    applicant = profile(step2_score=218)
    eligible = score(applicant, ARRAYS, PARAMS).eligible
    excluded, *considered = [ARRAYS.ids[i] for i in np.flatnonzero(~eligible)[:1]] + [
        ARRAYS.ids[i] for i in np.flatnonzero(eligible)[:3]]
    report = OutcomeReport(applicant, [ReportedApplication(excluded, True)] + [
        ReportedApplication(p, False) for p in considered])
    params, check = with_program_effects(PARAMS, [report] * 5, [report], ARRAYS)
    assert check.programs == 3
    assert excluded not in params.program_effects
