"""`smartpick model import` against the real MongoDB-protocol server: next season's statistics
become a new, active, published version; files that cannot be fitted change nothing."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from engine import shipped_params
from engine.learning import Decision
from services.matching.model_registry.registry import Candidate, ModelRegistry
from tests.servers import Servers
from tests.shared_data import FEATURES_2026, OUTCOMES_2026, needs_statistics

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]


def season_files(folder: Path, **matched: int) -> tuple[Path, Path]:
    """The published files as next season's: yearly columns renamed to 2027, and the non-US IMG
    matches of some specialties replaced."""
    outcomes = _rows(OUTCOMES_2026)
    for row in outcomes:
        row["nonus_img_matched"] = str(matched.get(row["specialty"].replace(" ", "_"),
                                                   row["nonus_img_matched"]))
    features = [{k.replace("_2026", "_2027"): v for k, v in row.items()}
                for row in _rows(FEATURES_2026)]
    return (_write(folder / "nonus_img_outcomes_2027.csv", outcomes),
            _write(folder / "specialty_features_2027.csv", features))


def model_command(servers: Servers, database: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"MONGODB_URL": servers.mongodb_url, "MONGODB_DATABASE": database,
                        "COLUMNS": "200"}  # tables as wide as they need
    return subprocess.run([sys.executable, "-m", "cli.main", "model", *args], env=env,
                          cwd=REPO, capture_output=True, text=True, timeout=180)


@needs_statistics
async def test_next_seasons_statistics_become_the_active_published_fit(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str, tmp_path: Path,
) -> None:
    database = f"import_{unique}"
    outcomes, features = season_files(tmp_path, Internal_Medicine=2800)  # 48.5 % → 40.0 %

    done = model_command(servers, database, "import", "--outcomes", str(outcomes),
                         "--features", str(features), "--json")
    assert done.returncode == 0, done.stderr
    imported = json.loads(done.stdout)
    assert imported["version"] == 2 and imported["parent"] == 1 and imported["activated"]
    assert imported["params_version"] == "2.0.0"
    assert imported["validation"]["held_out_specialties"] == 16
    assert imported["refit"] is None and "held-out reports" in imported["refit_skipped"]

    registry = ModelRegistry(mongo[database])
    active = await registry.active()
    assert active.version == 2 and active.params.version == "2.0.0"
    assert 'NRMP, "Results and Data: 2027 Main Residency Match"' in active.params.sources
    shipped = shipped_params().specialties["Internal Medicine"].conversion_intercept
    assert active.params.specialties["Internal Medicine"].conversion_intercept < shipped - 0.1
    stored = await mongo[database].models.find_one({"_id": 2})
    assert stored is not None and stored["kind"] == "statistics"
    assert stored["files"] == {"outcomes": outcomes.name, "features": features.name}

    # a refit on reports activated later keeps the import as its published fit, the prior
    refitted = active.params.model_copy(update={"version": "2.0.0+outcomes.40"})
    refit = Candidate(Decision(refitted, refitted, True, 0.5, 0.4), parent=2, train_reports=32,
                      holdout_reports=8, revisions=40)
    version = await registry.record(refit)
    assert await registry.activate(version, 2)
    assert (await registry.published(version)).version == 2
    assert (await registry.published(1)).params.version == shipped_params().version

    shown = model_command(servers, database, "report", "--json")
    assert shown.returncode == 0, shown.stderr
    assert [(v["version"], v["kind"], v["status"]) for v in json.loads(shown.stdout)["versions"]
            ] == [(3, "outcomes", "accepted"), (2, "statistics", "accepted"),
                  (1, "statistics", "shipped")]
    table = model_command(servers, database, "report")
    assert table.returncode == 0 and "statistics" in table.stdout


@pytest.mark.parametrize(("change", "message"), [
    ({"Internal_Medicine": 7000}, "nonus_img_matched 7000 is not between 0 and"),
    ({"Pediatrics": "many"}, "Pediatrics: column nonus_img_matched: 'many' is not a number"),
])
@needs_statistics
async def test_statistics_that_cannot_be_fitted_change_nothing(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str, tmp_path: Path,
    change: dict[str, Any], message: str,
) -> None:
    database = f"import_{unique}"
    outcomes, features = season_files(tmp_path, **change)
    refused = model_command(servers, database, "import", "--outcomes", str(outcomes),
                            "--features", str(features))
    assert refused.returncode == 2 and message in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    assert await mongo[database].models.count_documents({}) == 0
    assert await ModelRegistry(mongo[database]).active_version() == 1


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


async def test_racing_refits_and_imports_never_share_a_version_number(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    registry = ModelRegistry(mongo[f"import_{unique}"])
    params = shipped_params()
    candidate = Candidate(Decision(params, params, False, 0.5, 0.6), parent=1, train_reports=10,
                          holdout_reports=3, revisions=13)
    versions = await asyncio.gather(
        *(registry.record(candidate) for _ in range(4)),
        *(registry.record_published(params, 1, {}) for _ in range(4)))
    assert sorted(versions) == list(range(2, 10))
    kinds = {v["version"]: v["kind"] for v in await registry.history()}
    assert sorted(kinds[v] for v in versions) == ["outcomes"] * 4 + ["statistics"] * 4


async def test_of_versions_racing_to_replace_one_exactly_one_becomes_active(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    registry = ModelRegistry(mongo[f"import_{unique}"])
    params = shipped_params()
    parent = 1
    for _ in range(2):  # from the shipped version (no pointer yet), then from a stored one
        versions = [await registry.record_published(params, parent, {}) for _ in range(4)]
        won = await asyncio.gather(*(registry.activate(v, parent) for v in versions))
        assert won.count(True) == 1
        winner = versions[won.index(True)]
        assert await registry.active_version() == winner
        statuses = {v["version"]: v["status"] for v in await registry.history()}
        assert [statuses[v] for v in versions].count("rejected") == 3
        loser = versions[won.index(False)]
        assert not await registry.activate(loser, parent)  # asking again changes nothing
        parent = winner


async def test_an_activation_whose_winner_died_halfway_is_completed_by_the_next(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"import_{unique}"]
    registry = ModelRegistry(db)
    params = shipped_params()
    dead, late = [await registry.record_published(params, 1, {}) for _ in range(2)]
    # the winner inserted its marker and died before moving the pointer
    await db.activations.insert_one({"_id": 1, "version": dead})
    assert await registry.active_version() == 1
    assert not await registry.activate(late, parent=1)
    assert await registry.active_version() == dead  # rolled forward, not stuck at 1 forever
    assert await registry.activate(dead, parent=1)  # asking again for what happened is no harm
    statuses = {v["version"]: v["status"] for v in await registry.history()}
    assert (statuses[dead], statuses[late]) == ("accepted", "rejected")
