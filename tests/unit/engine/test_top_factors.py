"""The vectorized top-factor selection agrees with a stable per-program sort, ties included."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.interview import TOP_FACTORS, _top_factors

# Few distinct magnitudes and both signs, so that ties (also +x against -x) are common.
terms = st.sampled_from([0.0, 0.3, -0.3, 0.7, -1.1, 1.1, 2.5])


@given(st.data(), st.integers(1, 5), st.integers(1, 40))
@settings(max_examples=200, deadline=None)
def test_top_factors_match_a_stable_sort_per_program(
    data: st.DataObject, program_factors: int, n: int
) -> None:
    applicant = np.array(data.draw(st.lists(st.lists(terms, min_size=8, max_size=8),
                                            min_size=3, max_size=3)))
    program = np.array(data.draw(st.lists(st.lists(terms, min_size=n, max_size=n),
                                           min_size=program_factors, max_size=program_factors)))
    spec = np.array(data.draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)))
    factors = np.arange(8, 8 + program_factors)
    index, values = _top_factors(applicant, factors, program, spec)
    for j in range(n):
        row = list(applicant[spec[j]]) + list(program[:, j])
        expected = sorted(range(len(row)), key=lambda f: -abs(row[f]))[:TOP_FACTORS]
        assert index[j].tolist() == expected
        assert values[j].tolist() == [row[f] for f in expected]
