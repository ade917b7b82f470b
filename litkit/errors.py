"""Errors litkit raises on purpose: each carries a one-line, actionable message."""

from __future__ import annotations


class LitkitError(Exception):
    """Base class; the CLI prints these as one line instead of a traceback."""


class InputError(LitkitError):
    """A file or record that cannot be read, located as ``file:line: reason``."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source, self.reason, self.line = str(source), reason, line
        where = f"{self.source}:{line}" if line is not None else self.source
        super().__init__(f"{where}: {reason}")


class SchemaError(LitkitError):
    """A table that does not have the columns or types its stage promises."""
