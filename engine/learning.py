"""Learning from reported outcomes: refit with the published figures as the prior, keep if better.

Applicants report, per program, whether they were invited, and whether they matched. The refit
moves each reported specialty's interview and conversion intercepts by shifts with a Gaussian
prior centred on zero (the published fit), so a handful of reports moves little. Then each
reported program gets an effect with partial pooling (program_effects.py), kept only if the
held-out invitations are predicted no worse with the effects than without. A candidate is
accepted only if its log-loss on held-out reports is not worse.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize

from engine.catalog import BoolArray, CatalogArrays, FloatArray, IntArray
from engine.eligibility import DEFAULT_SEASON_YEAR
from engine.interview import score
from engine.params import ModelParams, ProgramEffect, SpecialtyParams
from engine.program_effects import estimate, interview_log_loss
from engine.strength import conversion_logits
from smartpick.events.models import ApplicantProfile
from smartpick.events.specialties import SPECIALTIES

PRIOR_STRENGTH = 20.0
"""Prior precision of each shift: like 20 pseudo-observations agreeing with the published fit."""
EPSILON = 1e-9
EFFECT_DECIMALS = 4


@dataclass(frozen=True)
class ReportedApplication:
    program_id: str
    invited: bool


@dataclass(frozen=True)
class OutcomeReport:
    profile: ApplicantProfile
    applications: list[ReportedApplication]
    matched: bool | None = None
    season_year: int = DEFAULT_SEASON_YEAR


@dataclass(frozen=True)
class EffectsCheck:
    """Whether a candidate keeps its per-program effects, and the held-out figures why."""

    kept: bool
    programs: int
    """Programs with at least one training report, so with an effect (kept or not)."""
    tau: float
    """The estimated spread of effects between programs (logit)."""
    holdout_loss_without: float
    """Mean log-loss of held-out invitations without the effects."""
    holdout_loss_with: float


@dataclass(frozen=True)
class Decision:
    params: ModelParams
    """The parameters to use from now on: the candidate if accepted, else the current ones."""
    candidate: ModelParams
    accepted: bool
    holdout_loss_before: float
    holdout_loss_after: float
    effects: EffectsCheck | None = None
    """How the candidate's program effects fared; None for a decision that tried none."""


@dataclass(frozen=True)
class Comparison:
    """Predicted against reported outcomes, overall and by bins of predicted interview chance."""

    reports: int
    predicted_invitations: float
    reported_invitations: int
    predicted_match_rate: float | None
    reported_match_rate: float | None
    bins: list[dict[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class _Data:
    """Reports turned into arrays: one row per application, one per match outcome."""

    logit: FloatArray
    invited: FloatArray
    specialty: IntArray
    program: IntArray
    """Catalog index of each application."""
    eligible: BoolArray
    """False where a strict requirement excludes the applicant (predicted chance 0)."""
    interviews: FloatArray
    """(reports with a match outcome, 24) interviews per specialty."""
    conversion: FloatArray
    matched: FloatArray


def log_loss(params: ModelParams, reports: list[OutcomeReport], arrays: CatalogArrays) -> float:
    """Mean log-loss per observation (each invitation and each match outcome counts once)."""
    return _loss(np.zeros(2 * len(SPECIALTIES)), _data(params, reports, arrays), 0.0)


def refit(
    params: ModelParams,
    reports: list[OutcomeReport],
    arrays: CatalogArrays,
    prior_strength: float = PRIOR_STRENGTH,
) -> ModelParams:
    """A new parameter set shifted towards the reports, versioned ``<old>+outcomes.<n>``."""
    data = _data(params, reports, arrays)
    n = len(SPECIALTIES)
    result = minimize(_loss, np.zeros(2 * n), args=(data, prior_strength), method="L-BFGS-B")
    shifts = np.asarray(result.x)
    specialties = {
        name: _shifted(sp, float(shifts[i]), float(shifts[n + i]), params.interview_slope)
        for i, (name, sp) in enumerate((s, params.specialties[s]) for s in SPECIALTIES)
    }
    # program effects are estimated afresh on top of the new intercepts (with_program_effects)
    return params.model_copy(update={
        "version": f"{params.version}+outcomes.{len(reports)}",
        "specialties": specialties,
        "program_effects": {},
        "notes": f"{params.notes} Refitted on {len(reports)} reported outcomes.".strip(),
    })


def _shifted(sp: SpecialtyParams, interview: float, conversion: float,
             slope: float) -> SpecialtyParams:
    """The specialty moved by the fitted shifts. The interview logit also carries ``slope``
    times the conversion intercept (interview.interview_intercepts), whereas the fit shifts the
    two independently; the offset takes that share back, so the stored parameters predict the
    invitations the fit found."""
    new_conversion = round(sp.conversion_intercept + conversion, 4)
    moved = slope * (new_conversion - sp.conversion_intercept)
    return sp.model_copy(update={
        "interview_offset": round(sp.interview_offset + interview - moved, 4),
        "conversion_intercept": new_conversion,
    })


def refit_if_better(
    params: ModelParams,
    train: list[OutcomeReport],
    holdout: list[OutcomeReport],
    arrays: CatalogArrays,
    prior_strength: float = PRIOR_STRENGTH,
    prior: ModelParams | None = None,
) -> Decision:
    """Refit on ``train`` and keep the candidate only if not worse than ``params`` on ``holdout``.

    ``prior`` is what the refit starts from and is pulled towards (default ``params``): a service
    that refits again and again on all reports passes the published fit, so the reports are not
    counted once per refit.
    """
    candidate, effects = with_program_effects(
        refit(prior or params, train, arrays, prior_strength), train, holdout, arrays)
    before = log_loss(params, holdout, arrays)
    after = log_loss(candidate, holdout, arrays)
    accepted = after <= before
    return Decision(candidate if accepted else params, candidate, accepted, before, after,
                    effects)


def with_program_effects(
    params: ModelParams,
    train: list[OutcomeReport],
    holdout: list[OutcomeReport],
    arrays: CatalogArrays,
) -> tuple[ModelParams, EffectsCheck]:
    """``params`` (which has no effects) with per-program effects estimated on ``train``, if
    they predict the invitations of ``holdout`` no worse than without; else ``params``.

    Applications the model excludes (a strict requirement missed) are left out: the effect
    applies to applicants the program considers, and an invitation the model calls impossible
    would otherwise pull the program's effect towards its cap."""
    fit = _data(params, train, arrays)
    e = fit.eligible
    found = estimate(fit.logit[e], fit.invited[e], fit.program[e], len(arrays))
    effects = np.round(found.effects, EFFECT_DECIMALS)  # as stored, so as judged
    held = _data(params, holdout, arrays)
    h = held.eligible
    without = interview_log_loss(held.logit[h], held.invited[h], np.zeros(int(h.sum())))
    with_effects = interview_log_loss(held.logit[h], held.invited[h], effects[held.program[h]])
    reported = np.flatnonzero(found.counts)
    check = EffectsCheck(with_effects <= without, len(reported), round(found.tau, 4), without,
                         with_effects)
    if not check.kept:
        return params, check
    return params.model_copy(update={"program_effects": {
        arrays.ids[i]: ProgramEffect(logit=float(effects[i]), reports=int(found.counts[i]))
        for i in reported.tolist()}}), check


def compare(params: ModelParams, reports: list[OutcomeReport], arrays: CatalogArrays) -> Comparison:
    data = _data(params, reports, arrays)
    p = _sigmoid(data.logit)
    bins = []
    edges = (0.0, 0.05, 0.1, 0.2, 0.35, 1.0)
    for low, high in itertools.pairwise(edges):
        inside = (p >= low) & (p < high)
        if inside.any():
            bins.append({"low": low, "high": high, "count": float(inside.sum()),
                         "predicted": float(p[inside].mean()),
                         "reported": float(data.invited[inside].mean())})
    p_match = _p_match(data, np.zeros(len(SPECIALTIES)))
    has_match = len(data.matched) > 0
    return Comparison(
        reports=len(reports),
        predicted_invitations=float(p.sum()),
        reported_invitations=int(data.invited.sum()),
        predicted_match_rate=float(p_match.mean()) if has_match else None,
        reported_match_rate=float(data.matched.mean()) if has_match else None,
        bins=bins,
    )


def _data(params: ModelParams, reports: list[OutcomeReport], arrays: CatalogArrays) -> _Data:
    logit, invited, specialty, program, eligible = [], [], [], [], []
    interviews, conversion, matched = [], [], []
    for report in reports:
        index = [arrays.index_of[a.program_id] for a in report.applications
                 if a.program_id in arrays.index_of]
        got = [a.invited for a in report.applications if a.program_id in arrays.index_of]
        scores = score(report.profile, arrays, params, report.season_year)
        p = np.clip(scores.p_interview[index], EPSILON, 1.0 - EPSILON)
        logit.append(np.log(p) - np.log1p(-p))
        invited.append(np.array(got, dtype=np.float64))
        specialty.append(arrays.specialty[index])
        program.append(np.array(index, dtype=np.int64))
        eligible.append(scores.eligible[index])
        if report.matched is not None:
            counts = np.bincount(arrays.specialty[index], weights=np.array(got, dtype=np.float64),
                                 minlength=len(SPECIALTIES))
            interviews.append(counts)
            conversion.append(conversion_logits(report.profile, params, report.season_year))
            matched.append(float(report.matched))
    empty = np.zeros((0, len(SPECIALTIES)))
    return _Data(
        logit=np.concatenate(logit) if logit else np.zeros(0),
        invited=np.concatenate(invited) if invited else np.zeros(0),
        specialty=np.concatenate(specialty) if specialty else np.zeros(0, dtype=np.int64),
        program=np.concatenate(program) if program else np.zeros(0, dtype=np.int64),
        eligible=np.concatenate(eligible) if eligible else np.zeros(0, dtype=bool),
        interviews=np.array(interviews) if interviews else empty,
        conversion=np.array(conversion) if conversion else empty,
        matched=np.array(matched),
    )


def _p_match(data: _Data, conversion_shift: FloatArray) -> FloatArray:
    q = _sigmoid(data.conversion + conversion_shift)
    log_no_match = (data.interviews * np.log1p(-np.clip(q, 0.0, 1.0 - EPSILON))).sum(axis=1)
    return np.asarray(-np.expm1(log_no_match))


def _loss(shifts: FloatArray, data: _Data, prior_strength: float) -> float:
    n = len(SPECIALTIES)
    p = np.clip(_sigmoid(data.logit + shifts[data.specialty]), EPSILON, 1.0 - EPSILON)
    total = -(data.invited * np.log(p) + (1.0 - data.invited) * np.log1p(-p)).sum()
    if len(data.matched):
        m = np.clip(_p_match(data, shifts[n:]), EPSILON, 1.0 - EPSILON)
        total -= (data.matched * np.log(m) + (1.0 - data.matched) * np.log1p(-m)).sum()
    count = max(len(data.invited) + len(data.matched), 1)
    return float(total / count + prior_strength * (shifts @ shifts) / (2.0 * count))


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out
