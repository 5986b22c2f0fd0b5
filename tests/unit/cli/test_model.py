"""`smartpick model show`: the shipped parameters' version, sources and validation."""

import json

import pytest

from cli.model import main


def test_model_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == "1.0.0"
