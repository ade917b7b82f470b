"""The ``litkit`` command: a thin layer that parses arguments and calls the public API.

Each sub-command lives in its own module here and exposes ``register(subparsers)``,
which adds its parser (with an example in its help) and sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from litkit.errors import LitkitError

#: Sub-command modules, in the order ``litkit --help`` lists them.
COMMANDS = ["read", "fetch", "extract", "mine", "eval", "topics", "tables", "store", "demo"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="litkit",
        description="Structured tables, topic trends and survey figures from ML abstracts.",
        epilog="Run 'litkit COMMAND --help' for a command's options and an example.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"litkit.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"litkit.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except LitkitError as exc:
        print(f"litkit {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"litkit {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
