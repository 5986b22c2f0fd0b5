"""Binomial sampling noise of a published match rate: its standard error, a prediction's error
in those standard errors, and the binomial deviance with what noise alone would give.

A published rate is matched / applicants of one season, itself a draw around the true rate, so a
held-out prediction is judged against that noise rather than against zero error.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.special import xlogy
from scipy.stats import binom

from engine.catalog import FloatArray, IntArray


def standard_error(matched: int, applicants: int) -> float:
    """The binomial standard error of matched / applicants.

    When none or all matched, the plug-in rate gives zero, which would make any error infinitely
    many standard errors; the rate then moves half an applicant inwards, (k + ½) / (n + 1).
    """
    rate = matched / applicants
    if matched in (0, applicants):
        rate = (matched + 0.5) / (applicants + 1.0)
    return math.sqrt(rate * (1.0 - rate) / applicants)


def z_score(predicted: float, matched: int, applicants: int) -> float:
    """(predicted - published) in standard errors of the published rate."""
    return (predicted - matched / applicants) / standard_error(matched, applicants)


def deviance(matched: int, applicants: int, rate: float) -> float:
    """Binomial deviance of ``rate`` for ``matched`` of ``applicants`` (0 when rate = k / n)."""
    return float(_deviances(np.array([matched]), applicants, rate)[0])


def deviance_under_noise(applicants: int, rate: float) -> tuple[float, float]:
    """Mean and variance of the deviance a model knowing the true ``rate`` gets on a fresh
    publication of ``applicants``: exact, summed over every possible count.

    Near one for large n (a chi-square with one degree of freedom), but not for a handful of
    applicants, which is why it is summed rather than assumed.
    """
    if rate in (0.0, 1.0):
        return 0.0, 0.0  # every publication is the true rate itself
    counts = np.arange(applicants + 1)
    weights = binom.pmf(counts, applicants, rate)
    values = _deviances(counts, applicants, rate)
    mean = float(weights @ values)
    return mean, float(weights @ (values - mean) ** 2)


def _deviances(matched: IntArray, applicants: int, rate: float) -> FloatArray:
    """Written as differences of x log x, without k / (n p), so a rate of 0 or 1 that agrees with
    the count scores 0 instead of 0 / 0."""
    rest = applicants - matched
    result: FloatArray = 2.0 * (xlogy(matched, matched) - xlogy(matched, applicants * rate)
                                + xlogy(rest, rest) - xlogy(rest, applicants * (1.0 - rate)))
    return result
