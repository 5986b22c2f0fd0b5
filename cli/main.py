"""The `smartpick` console script: one entry point, one module of `cli/` per command group.

Subcommands are imported only when asked for, so `smartpick chance` never pays for loading
the match simulator or the catalog importer.
"""

import importlib
import sys

# subcommand -> "module:function"; each function takes the remaining argv and returns an exit code.
COMMANDS: dict[str, tuple[str, str]] = {
    "match-sim": ("cli.match_sim", "main"),
    "chance": ("cli.plan", "chance_main"),
    "plan": ("cli.plan", "plan_main"),
    "whatif": ("cli.plan", "whatif_main"),
    "model": ("cli.model", "main"),
    "catalog": ("cli.catalog", "main"),
    "events": ("cli.events", "main"),
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help"} or args[0] not in COMMANDS:
        print("usage: smartpick {" + ",".join(COMMANDS) + "} ...", file=sys.stderr)
        return 0 if args and args[0] in {"-h", "--help"} else 2
    module_name, function_name = COMMANDS[args[0]]
    command = getattr(importlib.import_module(module_name), function_name)
    return int(command(args[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
