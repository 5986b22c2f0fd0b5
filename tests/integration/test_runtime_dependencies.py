"""`smartpick plan --plot` works where only the runtime dependencies and the plot extra are
installed, as in the Docker image (`uv sync --frozen --no-dev --extra plot`); without the extra
it says which extra to install.

The project goes into a fresh venv as a built wheel (`--no-editable`) and runs from a folder
outside the checkout, so the test also shows the wheel ships every package the command needs and
the engine's parameters file. uv installs from its cache: seconds, not a download.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.unit.engine.builders import catalog

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
UV = REPO / ".local" / "uv" / "bin" / "uv"
PROFILE = {"applicant_type": "non_us_img", "step2_score": 245, "graduation_year": 2024,
           "visa": "j1", "usce_months": 4, "specialties": ["Internal Medicine"]}


def test_plan_plot_runs_with_only_the_runtime_dependencies(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv), "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    (tmp_path / "profile.json").write_text(json.dumps(PROFILE))
    programs = catalog(60, seed=3, specialties=("Internal Medicine",))
    (tmp_path / "catalog.jsonl").write_text("\n".join(p.model_dump_json() for p in programs))

    def sync(*extra: str) -> None:
        # --reinstall-package: uv would reuse a wheel built before the latest code change
        subprocess.run([str(UV), "sync", "--frozen", "--no-dev", *extra, "--no-editable",
                        "--reinstall-package", "smartpick", "--python", "3.11",
                        "--project", str(REPO)],
                       env=env, check=True, capture_output=True, timeout=300)

    def plan_with_plot() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "smartpick"), "plan", "--profile", "profile.json", "--catalog",
             "catalog.jsonl", "--applications", "10", "--plot", "curve.png", "--json"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    sync()
    without_extra = plan_with_plot()
    assert without_extra.returncode == 1 and "the plot extra" in without_extra.stderr
    assert "Traceback" not in without_extra.stderr

    sync("--extra", "plot")
    for dev_only in ("pytest", "mypy"):
        found = subprocess.run([str(venv / "bin" / "python"), "-c", f"import {dev_only}"],
                               capture_output=True)
        assert found.returncode != 0, f"{dev_only} is a dev dependency, not a runtime one"
    run = plan_with_plot()
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["applications"]) == 10
    assert (tmp_path / "curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
