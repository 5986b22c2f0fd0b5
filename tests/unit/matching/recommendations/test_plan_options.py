"""Plan options as the matching API takes them: the signals an applicant has, per specialty."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from engine.signals import SIGNALS_BY_SPECIALTY
from services.matching.recommendations.plans import PlanOptions


def test_signals_given_for_a_specialty_replace_only_its_eras_count() -> None:
    request = PlanOptions.model_validate(
        {"signals": [{"specialty": "Internal Medicine", "count": 3}]}).request()
    assert request.signals is not None and request.signals["Internal Medicine"] == 3
    assert request.signals["Pediatrics"] == SIGNALS_BY_SPECIALTY["Pediatrics"]
    assert PlanOptions().request().signals is None  # the ERAS counts


@pytest.mark.parametrize(("signals", "message"), [
    ([{"specialty": "Internal Medicine", "count": 3},
      {"specialty": "Internal Medicine", "count": 4}], "signals given twice for Internal Medicine"),
    ([{"specialty": "Internal Medicine", "count": -1}], "greater than or equal to 0"),
    ([{"specialty": "Cardiology", "count": 2}], "specialty"),
])
def test_bad_signals_are_refused_with_the_reason(signals: list[dict[str, object]],
                                                 message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PlanOptions.model_validate({"signals": signals})
