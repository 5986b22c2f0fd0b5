"""Bad input: a clear error naming the entry, exit code 2, and no output file written."""

from typing import Any

import pytest

from matchsim import MatchInputError, solve_document
from tests.unit.matchsim.documents import CASES, VALID


@pytest.mark.parametrize(("code", "doc", "offender", "owner"), CASES)
def test_bad_input_is_rejected_with_a_message_naming_the_entry(
    code: str, doc: dict[str, Any], offender: str, owner: str
) -> None:
    with pytest.raises(MatchInputError) as raised:
        solve_document(doc)
    assert raised.value.code == code
    assert offender in raised.value.message
    assert owner in raised.value.message


def test_valid_fixture_is_accepted() -> None:
    assert solve_document(VALID)["stats"]["stable"]
