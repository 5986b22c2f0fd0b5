"""`engine/` and `matchsim/` stay pure libraries: no command line, no terminal or plotting
packages, and nothing from the services, the gateway or the CLI that use them."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN = {"argparse", "cli", "gateway", "matplotlib", "rich", "services"}


def _imported_top_levels(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("library", ["engine", "matchsim"])
def test_library_imports_no_cli_rich_matplotlib_or_services(library: str) -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(_imported_top_levels(path) & FORBIDDEN)
        for path in sorted((REPO / library).glob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_engine_parameters_ship_inside_the_package() -> None:
    from engine.params import SHIPPED_PARAMS, shipped_params

    assert SHIPPED_PARAMS.parent == REPO / "engine" and shipped_params().version == "1.0.0"
