"""Per-program effects learned from reported invitations, with partial pooling.

The model predicts a program's interview chance from its features (IMG share, positions, ...);
applicants' reports say whether each program they applied to invited them. A program that
invites more (or less) often than predicted gets an effect ``b_j`` on the logit scale:

    logit p_ij = offset_ij + b_j,    b_j ~ N(0, tau^2)

``offset_ij`` is the model's logit without effects. Each ``b_j`` is its posterior mode given
``tau`` (a few Newton steps on one number per program), so a program with a handful of reports
stays near 0 and one with none stays exactly at 0. ``tau``, how much programs really differ
beyond their features, is chosen by the Laplace-approximated marginal likelihood, floored so
that a world without effects still yields a proper (and tiny) prior.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

from engine.catalog import FloatArray, IntArray

TAU_FLOOR = 0.05
"""Smallest spread of effects considered (logit); effects under it are indistinguishable from
noise with any realistic number of reports."""
TAU_CEILING = 3.0
NEWTON_STEPS = 100
MAX_STEP = 1.0
"""Newton steps are capped at one logit unit, so a program whose every report says 'invited'
approaches its mode without overshooting."""
TOLERANCE = 1e-10


@dataclass(frozen=True)
class Estimate:
    effects: FloatArray
    """Per catalog index, the posterior-mode effect in logit units (0 without reports)."""
    counts: IntArray
    """Per catalog index, how many reported applications the effect comes from."""
    tau: float


def estimate(offset: FloatArray, invited: FloatArray, program: IntArray,
             programs: int) -> Estimate:
    """Effects of ``programs`` programs from reported applications: the model's logit
    ``offset``, the outcome ``invited`` (0/1) and the catalog index ``program`` of each."""
    counts = np.bincount(program, minlength=programs).astype(np.int64)
    if len(offset) == 0:
        return Estimate(np.zeros(programs), counts, TAU_FLOOR)
    found = minimize_scalar(
        lambda log_tau: -_marginal(offset, invited, program, programs, float(np.exp(log_tau))),
        bounds=(np.log(TAU_FLOOR), np.log(TAU_CEILING)), method="bounded",
        options={"xatol": 1e-4})
    tau = float(np.exp(found.x))
    # the bounded search never evaluates the bounds themselves: check the floor explicitly
    if _marginal(offset, invited, program, programs, TAU_FLOOR) >= -found.fun:
        tau = TAU_FLOOR
    return Estimate(shrink(offset, invited, program, programs, tau), counts, tau)


def shrink(offset: FloatArray, invited: FloatArray, program: IntArray, programs: int,
           tau: float) -> FloatArray:
    """Posterior-mode effects for a given prior spread ``tau``: the penalized likelihood of each
    program is concave in its one effect, so damped Newton steps from 0 converge."""
    effects = np.zeros(programs)
    precision = 1.0 / tau**2
    for _ in range(NEWTON_STEPS):
        p = _sigmoid(offset + effects[program])
        residual = np.bincount(program, weights=invited - p, minlength=programs)
        gradient = residual - precision * effects
        curvature = np.bincount(program, weights=p * (1.0 - p), minlength=programs) + precision
        step = np.clip(gradient / curvature, -MAX_STEP, MAX_STEP)
        effects += step
        if np.max(np.abs(step), initial=0.0) < TOLERANCE:
            break
    return effects


def interview_log_loss(offset: FloatArray, invited: FloatArray, shift: FloatArray) -> float:
    """Mean log-loss of invitations predicted at logit ``offset + shift`` (0 without any)."""
    if len(offset) == 0:
        return 0.0
    z = offset + shift
    # log(1 + e^z) - y z, computed without overflow for large |z|
    return float(np.mean(np.logaddexp(0.0, z) - invited * z))


def _marginal(offset: FloatArray, invited: FloatArray, program: IntArray, programs: int,
              tau: float) -> float:
    """Laplace approximation of log p(reports | tau), up to a constant: at each program's mode
    b, loglik(b) - b^2 / (2 tau^2) - log(1 + tau^2 * information(b)) / 2."""
    effects = shrink(offset, invited, program, programs, tau)
    z = offset + effects[program]
    loglik = float(np.sum(invited * z - np.logaddexp(0.0, z)))
    p = _sigmoid(z)
    information = np.bincount(program, weights=p * (1.0 - p), minlength=programs)
    penalty = float(np.sum(effects**2)) / (2.0 * tau**2)
    return loglik - penalty - 0.5 * float(np.sum(np.log1p(tau**2 * information)))


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 0.5 * (1.0 + np.tanh(0.5 * x))
    return out
