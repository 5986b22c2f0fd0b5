"""`smartpick events export`: the events' JSON Schemas and AsyncAPI document into docs/events/."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartpick.events_export import DEFAULT_DIR, rendered


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="smartpick events")
    parser.add_argument("action", choices=["export"])
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in args.out.glob("*.json"):
        stale.unlink()
    files = rendered()
    for name, content in files.items():
        (args.out / name).write_text(content)
    print(f"wrote {len(files)} files to {args.out}")
    return 0
