"""Fits the model's parameters to published match statistics (see docs/model.md for the method).

1. Strength coefficients (Step 2 CK, research, publications) by maximum likelihood on
   pseudo-applicants rebuilt from quartiles, with P(match | k ranks) = 1 - (1 - q)^k.
2. Each specialty's conversion intercept so that the model's typical population of non-US IMGs
   matches at the published rate. The interview link: its slope from how the published
   contiguous ranks vary across specialties; its level, and the spread of interview chances among
   applicants of equal strength, from the published interview offers of matched and unmatched
   applicants (engine/interview_sources.py).
3. A feature model (applicants per position, US MD Step 2 CK median) that predicts the
   intercept of specialties without outcome rows; small specialties are shrunk towards it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, minimize
from scipy.stats import binom

from engine import interview_sources
from engine.catalog import FloatArray
from engine.params import ModelParams, ProgramTerms, SpecialtyParams, Strength
from engine.reconstruct import PseudoApplicants, reconstruct
from engine.statsfiles import SpecialtyFeatures, SpecialtyOutcomes
from engine.strength import TYPICAL_PUBLICATIONS, TYPICAL_RESEARCH
from smartpick.events.specialties import SPECIALTIES

PUBLISHED_SEASON = 2026
"""The season of the statistics the shipped parameters were fitted to."""


def sources(season: int) -> list[str]:
    """What a fit to one season's statistics files cites (the files are transcribed from these)."""
    return [
        'NRMP, "Charting Outcomes in the Match: Characteristics of Non-U.S. IMGs Who Matched to '
        f'Their Preferred Specialty", July {season}',
        f'NRMP, "Results and Data: {season} Main Residency Match"',
        f'NRMP, "Charting Outcomes in the Match: U.S. MD Seniors", {season} (US MD Step 2 CK '
        'figures)',
        "AAMC ERAS preference-signaling reports (signal effect, approximate; see docs/model.md)",
        *interview_sources.citations(),
    ]


SHRINK_APPLICANTS = 30.0
"""A specialty with n applicants trusts its own rate with weight n / (n + 30), features the rest."""
MAX_INTERVIEW_SD = 3.0
"""Bound of that spread in the fit: 3 logits already spans offers from none to every program."""
STEP2_CENTER = 252.0
APP_PER_POSITION_CENTER = 1.3

# Priors: effects the published tables cannot identify, set from the literature (docs/model.md).
PRIOR_STRENGTH = {
    "no_usce": -0.8,
    "usce_per_3_months": 0.15,
    "per_year_since_graduation_beyond_3": -0.12,
    "per_failed_attempt": -0.9,
    "visa_j1": -0.3,
    "visa_h1b": -0.6,
    "missing_step2_points_below_reference": 20.0,
}
# logit(rate of type) - logit(non-US IMG rate), from approximate recent overall Match rates of
# US MD seniors 93 %, US DO seniors 91 %, US IMGs 67 %, non-US IMGs 59 % (NRMP Results and Data).
APPLICANT_TYPE_OFFSET = {
    "non_us_img": 0.0,
    "us_img": round(math.log(0.67 / 0.33) - math.log(0.59 / 0.41), 3),
    "us_md": round(math.log(0.93 / 0.07) - math.log(0.59 / 0.41), 3),
    "us_do": round(math.log(0.91 / 0.09) - math.log(0.59 / 0.41), 3),
}
PROGRAM_TERMS = ProgramTerms(
    img_share_slope=2.5,
    img_share_center=0.25,
    log_positions_slope=0.2,
    positions_center=8.0,
    preferred_state=0.4,
    per_missed_preference=-0.7,
    signal=1.1,
)
GAUSS_HERMITE = np.polynomial.hermite.hermgauss(21)


@dataclass(frozen=True)
class Fit:
    params: ModelParams
    empirical_intercepts: dict[str, float]
    feature_intercepts: dict[str, float]


def typical_applications(features: SpecialtyFeatures) -> int:
    """The same for every specialty: published application counts exist for one specialty only."""
    return interview_sources.typical_applications()


def reference_step2(features: dict[str, SpecialtyFeatures], offset: float) -> dict[str, float]:
    medians = [f.us_md_step2_median for f in features.values() if f.us_md_step2_median]
    fallback = float(np.mean(medians))
    return {s: round((f.us_md_step2_median or fallback) - offset) for s, f in features.items()}


def step2_offset(
    features: dict[str, SpecialtyFeatures], outcomes: list[SpecialtyOutcomes]
) -> float:
    """How far the matched non-US IMG median sits below the matched US MD median, weighted."""
    pairs = [
        (o.matched, us_md - q[1])
        for o in outcomes
        if (q := o.matched_quartiles["step2ck"])
        and (us_md := features[o.specialty].us_md_step2_median) is not None
    ]
    weights, gaps = np.array(pairs).T
    return float(np.average(gaps, weights=weights))


def fit_strength(
    pseudo: PseudoApplicants, refs: dict[str, float]
) -> tuple[FloatArray, dict[str, float]]:
    """Maximum likelihood (b_step2, b_research, b_publications) and per-specialty intercepts."""
    x = _design(pseudo, refs)
    m = len(pseudo.specialty)

    def negative_log_likelihood(theta: FloatArray) -> float:
        eta = theta[3 + pseudo.group] + x @ theta[:3]
        log_no_match_per_rank = -np.logaddexp(0.0, eta)
        log_unmatched = pseudo.ranks * log_no_match_per_rank
        ll = np.where(pseudo.matched, np.log(-np.expm1(log_unmatched)), log_unmatched)
        return float(-(pseudo.weight * ll).sum() / pseudo.weight.sum())

    start = np.concatenate([[0.3, 0.1, 0.1], np.full(m, -1.5)])
    bounds = [(0.0, 3.0)] * 3 + [(-10.0, 10.0)] * m
    result = minimize(negative_log_likelihood, start, method="L-BFGS-B", bounds=bounds)
    theta = np.asarray(result.x, dtype=np.float64)
    return theta[:3], dict(zip(pseudo.specialty, theta[3:].tolist(), strict=True))


def population_sd(pseudo: PseudoApplicants, refs: dict[str, float], coef: FloatArray) -> float:
    z = _design(pseudo, refs) @ coef
    mean = np.average(z, weights=pseudo.weight)
    return float(math.sqrt(np.average((z - mean) ** 2, weights=pseudo.weight)))


def population_rate(
    c: float, a0: float, slope: float, n: int, sd: float, interview_sd: float
) -> float:
    """Match rate of a typical population (strength ~ N(0, sd), and each applicant's interview
    logit off by ~ N(0, interview_sd) more) sending n applications."""
    z, u, w = _population_nodes(sd, interview_sd)
    p = _sigmoid(a0 + slope * c + z + u)
    q = _sigmoid(c + z)
    return float(w @ (1.0 - (1.0 - p * q) ** n))


def population_interviews(
    c: float, a0: float, slope: float, n: int, sd: float, interview_sd: float
) -> float:
    z, u, w = _population_nodes(sd, interview_sd)
    return float(w @ (n * _sigmoid(a0 + slope * c + z + u)))


def calibrate_intercept(
    rate: float, a0: float, slope: float, n: int, sd: float, interview_sd: float
) -> float:
    """The conversion intercept at which the typical population matches at ``rate``."""
    rate = float(np.clip(rate, 0.005, 0.995))
    return float(brentq(lambda c: population_rate(c, a0, slope, n, sd, interview_sd) - rate,
                        -20.0, 20.0))


def interview_medians(
    c: float, a0: float, slope: float, n: int, sd: float, interview_sd: float
) -> tuple[float, float]:
    """Median interview offers of the matched and of the unmatched among a typical population
    sending n applications, each K ~ Binomial(n, p) matching with 1 - (1 - q)^K. Only those
    with an offer count: the survey asked applicants who submitted a rank list. Medians of the
    discrete counts are interpolated as for grouped data, so that a fit can move them smoothly."""
    z, u, w = _population_nodes(sd, interview_sd)
    k = np.arange(n + 1)
    offers = binom.pmf(k[None, :], n, _sigmoid(a0 + slope * c + z + u)[:, None])
    matches = 1.0 - (1.0 - _sigmoid(c + z)[:, None]) ** k[None, :]
    matched = w @ (offers * matches)
    unmatched = w @ offers - matched
    unmatched[0] = 0.0
    return _grouped_median(matched), _grouped_median(unmatched)


def fit_interview_link(
    outcomes: list[SpecialtyOutcomes],
    pseudo: PseudoApplicants,
    apps: dict[str, int],
    sd: float,
) -> tuple[float, float, float]:
    """(a0, slope, interview sd): the published mean contiguous ranks give the slope (how
    interviews vary with a specialty's conversion, up to a common ratio of ranks to offers); the
    published median offers of matched and unmatched applicants give the level and the spread of
    interview chances among applicants of equal strength."""
    observed = {
        s: float(np.average(pseudo.ranks[pseudo.group == i],
                            weights=pseudo.weight[pseudo.group == i]))
        for i, s in enumerate(pseudo.specialty)
    }
    rates = {o.specialty: o.match_rate for o in outcomes}
    pooled = float(np.average([o.match_rate for o in outcomes],
                              weights=[o.applicants for o in outcomes]))

    def loss(theta: FloatArray) -> float:
        a0, slope, spread = (float(t) for t in theta)
        gaps = [
            math.log(population_interviews(
                calibrate_intercept(rates[s], a0, slope, apps[s], sd, spread),
                a0, slope, apps[s], sd, spread))
            - math.log(observed[s])
            for s in observed if s in rates
        ]
        total = float(np.var(gaps) * len(gaps))
        for f in interview_sources.FITTING:
            # A held-out specialty's own rate must not enter: the others' pooled rate stands in.
            c = calibrate_intercept(rates.get(f.specialty, pooled), a0, slope,
                                    apps[f.specialty], sd, spread)
            medians = dict(zip(("matched", "unmatched"),
                               interview_medians(c, a0, slope, round(f.applications), sd, spread),
                               strict=True))
            total += (math.log(medians[f.group]) - math.log(f.interviews)) ** 2
        return total

    result = minimize(loss, np.array([-1.0, 1.0, 1.0]), method="L-BFGS-B",
                      bounds=[(-10.0, 5.0), (0.0, 3.0), (0.0, MAX_INTERVIEW_SD)])
    return float(result.x[0]), float(result.x[1]), float(result.x[2])


def feature_vector(f: SpecialtyFeatures, fallback_median: float) -> FloatArray:
    median = f.us_md_step2_median if f.us_md_step2_median is not None else fallback_median
    return np.array([1.0, f.applicants_per_position - APP_PER_POSITION_CENTER,
                     (median - STEP2_CENTER) / 10.0])


def fit_feature_model(
    rates: dict[str, float],
    intercepts: dict[str, float],
    features: dict[str, SpecialtyFeatures],
    link: tuple[float, float, float, float],
    apps: dict[str, int],
) -> FloatArray:
    """Coefficients predicting the conversion intercept from features, by least absolute error
    of the predicted match rate (the validation's own metric), lightly ridge-penalized."""
    a0, slope, sd, spread = link
    fallback = _fallback_median(features)
    rows = {s: feature_vector(features[s], fallback) for s in rates}

    def loss(theta: FloatArray) -> float:
        errors = [
            population_rate(float(rows[s] @ theta), a0, slope, apps[s], sd, spread) - rate
            for s, rate in rates.items()
        ]
        return float(np.sum(np.sqrt(np.square(errors) + 1e-6)) + 0.1 * theta[1:] @ theta[1:])

    x = np.array([rows[s] for s in rates])
    start = np.linalg.lstsq(x, np.array([intercepts[s] for s in rates]), rcond=None)[0]
    return np.asarray(minimize(loss, start, method="Nelder-Mead",
                               options={"xatol": 1e-4, "fatol": 1e-6, "maxiter": 4000}).x)


def fit(
    outcomes: dict[str, SpecialtyOutcomes],
    features: dict[str, SpecialtyFeatures],
    version: str,
    season: int = PUBLISHED_SEASON,
) -> Fit:
    """The full parameter set from one pair of statistics files of ``season``."""
    rows = list(outcomes.values())
    refs = reference_step2(features, step2_offset(features, rows))
    pseudo = reconstruct([o for o in rows if o.complete])
    coef, _ = fit_strength(pseudo, refs)
    apps = {s: typical_applications(f) for s, f in features.items()}
    sd = population_sd(pseudo, refs, coef)
    a0, slope, spread = fit_interview_link(rows, pseudo, apps, sd)
    empirical = {o.specialty: calibrate_intercept(o.match_rate, a0, slope, apps[o.specialty], sd,
                                                  spread)
                 for o in rows}
    theta = fit_feature_model({o.specialty: o.match_rate for o in rows}, empirical, features,
                              (a0, slope, sd, spread), apps)
    fallback = _fallback_median(features)
    from_features = {s: float(feature_vector(f, fallback) @ theta) for s, f in features.items()}
    specialties = {}
    for s in SPECIALTIES:
        c = from_features[s]
        if s in outcomes:
            trust = outcomes[s].applicants / (outcomes[s].applicants + SHRINK_APPLICANTS)
            c = trust * empirical[s] + (1.0 - trust) * c
        specialties[s] = SpecialtyParams(
            conversion_intercept=round(c, 4),
            reference_step2=refs[s],
            typical_applications=apps[s],
            fitted_from="outcomes" if s in outcomes else "features",
        )
    params = ModelParams(
        version=version,
        sources=sources(season),
        notes="Fitted coefficients only; no published table rows. See docs/model.md.",
        strength=Strength(
            step2_per_10_points=round(float(coef[0]), 4),
            research_log1p=round(float(coef[1]), 4),
            publications_log1p=round(float(coef[2]), 4),
            **PRIOR_STRENGTH,
        ),
        applicant_type_offset=APPLICANT_TYPE_OFFSET,
        program=PROGRAM_TERMS,
        interview_intercept=round(a0, 4),
        interview_slope=round(slope, 4),
        population_sd=round(sd, 4),
        interview_sd=round(spread, 4),
        feature_model={"intercept": round(float(theta[0]), 4),
                       "applicants_per_position_minus_1_3": round(float(theta[1]), 4),
                       "us_md_step2_median_minus_252_per_10": round(float(theta[2]), 4)},
        specialties=specialties,
    )
    return Fit(params, empirical, from_features)


def _design(pseudo: PseudoApplicants, refs: dict[str, float]) -> FloatArray:
    ref = np.array([refs[s] for s in pseudo.specialty])[pseudo.group]
    return np.column_stack([
        (pseudo.step2 - ref) / 10.0,
        np.log1p(pseudo.research) - math.log1p(TYPICAL_RESEARCH),
        np.log1p(pseudo.publications) - math.log1p(TYPICAL_PUBLICATIONS),
    ])


def _fallback_median(features: dict[str, SpecialtyFeatures]) -> float:
    return float(np.mean([f.us_md_step2_median for f in features.values() if f.us_md_step2_median]))


def _population_nodes(sd: float, interview_sd: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Gauss-Hermite nodes over (strength z, interview-only deviation u) and their weights."""
    x, w = GAUSS_HERMITE
    z = (math.sqrt(2.0) * sd * x)[:, None] + 0.0 * x[None, :]
    u = 0.0 * x[:, None] + (math.sqrt(2.0) * interview_sd * x)[None, :]
    weights = (w[:, None] * w[None, :]) / math.pi
    return z.ravel(), u.ravel(), weights.ravel()


def _grouped_median(mass: FloatArray) -> float:
    """The median of counts 0..n with probabilities ``mass``, each count spread over [k-½, k+½]."""
    cdf = np.cumsum(mass) / mass.sum()
    k = int(np.searchsorted(cdf, 0.5))
    below = float(cdf[k - 1]) if k else 0.0
    return k - 0.5 + (0.5 - below) / (float(cdf[k]) - below)


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out
