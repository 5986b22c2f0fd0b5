"""gateway/mapping.py names the field a service answered outside its gateway type."""

from __future__ import annotations

import pytest

from gateway.mapping import ContractError, from_json
from gateway.notifications import Notification
from gateway.profiles import OutcomeReport
from gateway.recommendations import Factor
from tests.unit.gateway.test_service_contracts import NOTIFICATION, REPORT, service_json


def test_a_date_that_is_not_one_names_its_field() -> None:
    with pytest.raises(ContractError, match=r"Notification\.created_at"):
        from_json(Notification, {**service_json(NOTIFICATION), "created_at": "yesterday"})


def test_a_missing_field_names_itself_and_a_renamed_one_is_read_by_its_service_name() -> None:
    with pytest.raises(ContractError, match=r"OutcomeReport\.id: missing"):
        from_json(OutcomeReport, service_json(REPORT))
    report = from_json(OutcomeReport, service_json(REPORT), id="report_id")
    assert report.id == "r-1" and report.reported_at.tzinfo is not None


def test_a_scalar_of_exactly_its_type_passes_as_is_and_any_other_is_still_checked() -> None:
    factor = from_json(Factor, {"name": "step2", "points": 2, "text": "Step 2"})
    assert factor.points == 2.0 and type(factor.points) is float  # an int, made a float
    assert from_json(Factor, {"name": "n", "points": 1.5, "text": "t"}).points == 1.5
    with pytest.raises(ContractError, match=r"Factor\.points"):
        from_json(Factor, {"name": "n", "points": "many", "text": "t"})
    with pytest.raises(ContractError, match=r"Factor\.name"):
        from_json(Factor, {"name": 7, "points": 1.5, "text": "t"})
