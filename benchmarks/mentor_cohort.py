"""Mentor cohort matching benchmark (issue 14): optimal against greedy and first come, first served.

Run: .venv/bin/python benchmarks/mentor_cohort.py [--mentees 2000 --mentors 500 --runs 5]. Generates
a seeded cohort like an IMG mentoring program's (specialties weighted like the NRMP Main Match's
positions; mentees mostly IMGs from India, Pakistan, Nigeria, Egypt, ... with their languages,
visa needs and home or US time zones; mentors US physicians, many of them former IMGs, capacity
1-5, some full or not accepting), then prints each solver's total compatibility, matched count,
ratio to the optimum and solve time (median of the runs, the scores computed once beforehand).
Not a test: figures only.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

import numpy as np

from services.matching.mentorship.cohort import Cohort, CohortAssignment, optimal_assignment
from services.matching.mentorship.cohort_baselines import (
    first_come_assignment,
    greedy_assignment,
)
from services.matching.mentorship.compatibility import Mentee, Mentor, compatibility
from services.matching.mentorship.score_matrix import score_matrix
from smartpick.events.mentoring import MenteePreferences, MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.events.models import ApplicantProfile
from smartpick.events.specialties import SPECIALTIES

T = TypeVar("T")
AT = datetime(2026, 10, 1, 15, tzinfo=UTC)

# Roughly the PGY-1 and advanced positions each specialty offers in the Main Match.
POSITIONS = {
    "Anesthesiology": 1400, "Child Neurology": 150, "Dermatology": 500,
    "Emergency Medicine": 3000, "Family Medicine": 5000, "Internal Medicine": 10000,
    "Internal Medicine/Pediatrics": 400, "Interventional Radiology (Integrated)": 150,
    "Neurological Surgery": 250, "Neurology": 900, "Obstetrics and Gynecology": 1500,
    "Orthopaedic Surgery": 900, "Otolaryngology": 370, "Pathology-Anatomic and Clinical": 600,
    "Pediatrics": 3000, "Physical Medicine and Rehabilitation": 450,
    "Plastic Surgery (Integrated)": 200, "Psychiatry": 2100,
    "Public Health and Preventive Medicine": 30, "Radiation Oncology": 200,
    "Radiology-Diagnostic": 1200, "Surgery-General": 1600,
    "Thoracic Surgery (Integrated)": 60, "Vascular Surgery (Integrated)": 90,
}
# Country of training: (share of IMG mentees, languages spoken there, time zone).
COUNTRIES: dict[str, tuple[float, tuple[str, ...], str]] = {
    "IN": (25, ("hi", "te", "ta", "bn", "ml"), "Asia/Kolkata"),
    "PK": (12, ("ur", "pa"), "Asia/Karachi"), "NG": (8, ("yo", "ig", "ha"), "Africa/Lagos"),
    "EG": (6, ("ar",), "Africa/Cairo"), "PH": (5, ("tl",), "Asia/Manila"),
    "BD": (4, ("bn",), "Asia/Dhaka"), "MX": (4, ("es",), "America/Mexico_City"),
    "SY": (3, ("ar",), "Asia/Damascus"), "NP": (3, ("ne",), "Asia/Kathmandu"),
    "CN": (3, ("zh",), "Asia/Shanghai"), "IR": (3, ("fa",), "Asia/Tehran"),
    "JO": (2, ("ar",), "Asia/Amman"), "BR": (2, ("pt",), "America/Sao_Paulo"),
    "RU": (2, ("ru",), "Europe/Moscow"), "UA": (2, ("uk", "ru"), "Europe/Kyiv"),
    "LB": (2, ("ar", "fr"), "Asia/Beirut"), "HT": (1, ("fr",), "America/Port-au-Prince"),
    "DO": (2, ("es",), "America/Santo_Domingo"), "GD": (5, ("en",), "America/Grenada"),
    "DM": (3, ("en",), "America/Dominica"), "CO": (1, ("es",), "America/Bogota"),
}
US_ZONES = {"America/New_York": 45, "America/Chicago": 30, "America/Denver": 7,
            "America/Los_Angeles": 15, "America/Phoenix": 3}
GOALS = {MentorTopic.INTERVIEW_PREPARATION: 9, MentorTopic.PERSONAL_STATEMENT: 8,
         MentorTopic.USCE: 7, MentorTopic.LETTERS: 5, MentorTopic.RESEARCH: 5, MentorTopic.CV: 4,
         MentorTopic.STEP_EXAMS: 3, MentorTopic.WELLBEING: 2, MentorTopic.VISA: 0}


class Draw:
    """Seeded weighted draws."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)

    def one(self, weights: Mapping[T, float]) -> T:
        return self.some(weights, 1)[0]

    def some(self, weights: Mapping[T, float], k: int) -> list[T]:
        keys = list(weights)
        if not keys:
            return []
        p = np.array([weights[key] for key in keys], dtype=np.float64)
        picks = self.rng.choice(len(keys), size=min(k, len(keys)), replace=False, p=p / p.sum())
        return [keys[int(i)] for i in picks]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def integer(self, low: int, high: int) -> int:
        return int(self.rng.integers(low, high + 1))


def programs_by_specialty() -> dict[str, list[str]]:
    """About one program per 6 positions, ids like the catalog's."""
    return {s: [f"{i:02d}{n:04d}" for n in range(max(1, POSITIONS[s] // 6))]
            for i, s in enumerate(SPECIALTIES)}


def generate_mentee(draw: Draw, n: int, programs: dict[str, list[str]]) -> Mentee:
    kind = draw.one({"non_us_img": 60, "us_img": 25, "us_md": 10, "us_do": 5})
    img = kind in ("non_us_img", "us_img")
    shares = {c: share for c, (share, _, _) in COUNTRIES.items()}
    country = draw.one(shares) if kind == "non_us_img" else (
        draw.one({"GD": 4, "DM": 2, "MX": 1, "DO": 1, "PK": 1, "IN": 1}) if img else None)
    visa = draw.one({"j1": 60, "h1b": 25, "none": 15}) if kind == "non_us_img" else "none"
    specialties = draw.some({s: POSITIONS[s] for s in SPECIALTIES}, draw.integer(1, 2))
    languages = ["en"]
    if country and COUNTRIES[country][1] != ("en",):
        languages = [*draw.some({code: 1.0 for code in COUNTRIES[country][1]},
                                draw.integer(1, 2)), "en"]
    abroad = kind == "non_us_img" and draw.chance(0.6)
    zone = COUNTRIES[country][2] if abroad and country else draw.one(US_ZONES)
    goals = draw.some(GOALS | {MentorTopic.VISA: 8 if visa != "none" else 0.5},
                      draw.integer(2, 5))
    listed = [p for s in specialties for p in programs[s]]
    chosen = draw.some({p: 1.0 for p in listed}, draw.integer(10, 30))
    profile = ApplicantProfile(
        applicant_type=kind, graduation_year=2022, visa=visa, specialties=specialties,
        mentee=MenteePreferences(goals=goals, languages=languages, time_zone=zone,
                                 prefers_img_mentor=img and draw.chance(0.5),
                                 training_country=country))
    return Mentee.from_profile(f"A{n:05d}", profile, frozenset(chosen))


def generate_mentor(draw: Draw, n: int, programs: dict[str, list[str]]) -> tuple[Mentor, int]:
    """A mentor and their active mentees."""
    specialty = draw.one({s: POSITIONS[s] for s in SPECIALTIES})
    was_img = draw.chance(0.45)
    country = draw.one({c: share for c, (share, _, _) in COUNTRIES.items()}) if was_img else None
    paths: tuple[str, ...] = ()
    if was_img and draw.chance(0.8):
        paths = draw.one({("j1", "waiver"): 4, ("j1",): 2, ("h1b",): 3, ("j1", "waiver", "h1b"): 1})
    spoken = COUNTRIES[country][1] if country else ("es",) if draw.chance(0.12) else ()
    languages = list(dict.fromkeys(["en", *draw.some({c: 1.0 for c in spoken}, 1)]))
    capacity = draw.integer(1, 5)
    profile = MentorProfile(
        position=draw.one({"resident": 3, "fellow": 1, "attending": 5, "program_director": 1}),
        specialty=specialty, institution="Generated Hospital", was_img=was_img,
        training_country=country, visa_paths=list(paths), languages=languages,
        time_zone=draw.one(US_ZONES), topics=draw.some(GOALS | {MentorTopic.VISA: 6 if paths
                                                                 else 1}, draw.integer(2, 6)),
        capacity=capacity, accepting_mentees=draw.chance(0.9),
        program_id=draw.one({p: 1.0 for p in programs[specialty]}) if draw.chance(0.6) else None)
    active = draw.integer(0, capacity) if draw.chance(0.3) else 0
    return Mentor(f"M{n:04d}", profile, draw.chance(0.5)), active


def generate(mentees: int, mentors: int, seed: int) -> tuple[list[Mentee], list[Mentor],
                                                              dict[str, int]]:
    draw = Draw(seed)
    programs = programs_by_specialty()
    people = [generate_mentee(draw, n, programs) for n in range(mentees)]
    pairs = [generate_mentor(draw, n, programs) for n in range(mentors)]
    return people, [m for m, _ in pairs], {m.id: active for m, active in pairs if active}


def timed(action: Callable[[], T], runs: int) -> tuple[T, list[float]]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        seconds.append(time.perf_counter() - start)
    return result, seconds


def spread(seconds: list[float]) -> str:
    return (f"median {statistics.median(seconds):.3f} s, min {min(seconds):.3f}, "
            f"max {max(seconds):.3f} over {len(seconds)} runs")


def checks(cohort: Cohort, result: CohortAssignment) -> dict[str, Any]:
    used = Counter(pair.mentor_id for pair in result.pairs)
    free = dict(zip([m.id for m in cohort.mentors], cohort.free.tolist(), strict=True))
    ids = [p.mentee_id for p in result.pairs] + [u.mentee_id for u in result.unmatched]
    return {"within capacity": all(used[m] <= free[m] for m in used),
            "every mentee once": sorted(ids) == sorted(e.id for e in cohort.mentees)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentees", type=int, default=2000)
    parser.add_argument("--mentors", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    (mentees, mentors, active), generating = timed(
        lambda: generate(args.mentees, args.mentors, args.seed), 1)
    cohort, scoring = timed(lambda: Cohort.of(mentees, mentors, active, at=AT), args.runs)
    accepting = sum(m.profile.accepting_mentees for m in mentors)
    print(f"generated (seed {args.seed}) in {generating[0]:.1f} s: {len(mentees)} mentees, "
          f"{len(mentors)} mentors ({accepting} accepting, {len(active)} with active mentees), "
          f"{int(cohort.free.sum())} free slots")
    print(f"scores of all {cohort.scores.size:,} pairs (numpy): {spread(scoring)}")
    sample = [(mentees[i % len(mentees)], mentors[(i * 7) % len(mentors)]) for i in range(20_000)]
    _, looping = timed(lambda: [compatibility(e, m, AT) for e, m in sample], 1)
    print(f"  the same with compatibility() per pair: {looping[0]:.2f} s for 20,000 pairs, "
          f"about {looping[0] * cohort.scores.size / 20_000:.0f} s for all")
    _, matrix_only = timed(lambda: score_matrix(mentees, mentors, AT), 1)
    solvers = {"optimal": optimal_assignment, "greedy": greedy_assignment,
               "first come, first served": first_come_assignment}
    results = {name: timed(partial(solve, cohort), args.runs) for name, solve in solvers.items()}
    best = results["optimal"][0].total
    for name, (result, seconds) in results.items():
        print(f"{name}: total {result.total:,.1f} ({result.total / best:.4f} of optimal), "
              f"matched {len(result.pairs)}, mean score {result.total / len(result.pairs):.2f}, "
              f"solve {spread(seconds)}; {checks(cohort, result)}")
    optimal = results["optimal"][0]
    print(f"optimal unmatched: {dict(Counter(u.reason for u in optimal.unmatched))}")
    for pair in optimal.pairs[:2]:
        print(f"  e.g. {pair.mentee_id} -> {pair.mentor_id}, {pair.score:.1f}: "
              + "; ".join(pair.reasons))
    solving = statistics.median(results["optimal"][1])
    print(f"optimal, scores + solve: {statistics.median(scoring) + solving:.3f} s (score matrix "
          f"alone {matrix_only[0]:.3f} s)")
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
