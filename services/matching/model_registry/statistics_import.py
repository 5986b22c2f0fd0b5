"""`smartpick model import`: newer published statistics into the running platform.

An operator with next season's files (the NRMP shape, any year in the column names) fits them,
and the fit becomes a new version of the registry, with its leave-specialties-out figures, and
the active one. It is the new published fit: later refits on reported outcomes start from it.
If enough outcome reports exist, one such refit follows at once, so what applicants have
reported is not dropped until the next scheduled refit; it is kept only if not worse on held-out
reports, like any refit.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path

from engine.statsfiles import read_statistics
from engine.validation import Validation, validated_fit
from services.matching.model_registry.refits import Refit, TooFewReports, refit_now
from services.matching.model_registry.registry import ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from services.matching.settings import Settings


@dataclass(frozen=True)
class Imported:
    version: int
    parent: int
    activated: bool
    """False only when another version became active while this one was fitted."""
    params_version: str
    validation: Validation
    refit: Refit | None
    refit_skipped: str | None
    """Why no refit on reports followed (too few reports), if none did."""


async def import_statistics(
    outcomes: OutcomeStore,
    store: MatchingStore,
    registry: ModelRegistry,
    settings: Settings,
    outcomes_path: Path,
    features_path: Path,
    params_version: str | None = None,
) -> Imported:
    """Fit, store and activate; raises ValueError or OSError for files that cannot be fitted,
    before anything is stored."""
    statistics = read_statistics(outcomes_path, features_path)
    active = await registry.active()
    published = await registry.published(active.version)
    name = params_version or next_major(published.params.version)
    params, validation = await asyncio.to_thread(validated_fit, statistics, name)
    files = {"outcomes": outcomes_path.name, "features": features_path.name}
    version = await registry.record_published(params, active.version, files)
    activated = await registry.activate(version, active.version)
    refit, skipped = None, None
    if activated:
        try:
            refit = await refit_now(outcomes, store, registry, settings)
        except TooFewReports as error:
            skipped = str(error)
    return Imported(version=version, parent=active.version, activated=activated,
                    params_version=name, validation=validation, refit=refit,
                    refit_skipped=skipped)


def next_major(version: str) -> str:
    """``1.0.0`` → ``2.0.0``; a version that does not start with a number gets ``.next``."""
    found = re.match(r"(\d+)", version)
    return f"{int(found.group(1)) + 1}.0.0" if found else f"{version}.next"
