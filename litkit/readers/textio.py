"""Opening reader inputs: transparent gzip, encoding detection, JSON with located errors."""

from __future__ import annotations

import gzip
import json
import warnings
import zlib
from pathlib import Path
from typing import Any

from litkit.errors import InputError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class ReaderNote(UserWarning):
    """Something a reader worked around and the user should know (e.g. an encoding guess)."""


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The file's bytes (the first ``limit`` only, if given), gunzipped when gzip-compressed."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            magic = f.read(2)
            f.seek(0)
            if magic != b"\x1f\x8b":
                return f.read() if limit is None else f.read(limit)
            with gzip.GzipFile(fileobj=f) as gz:
                return gz.read() if limit is None else gz.read(limit)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory; give the files inside it") from None
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError(path, f"cannot read gzip data ({exc}); is the file truncated?") from None


def decode(data: bytes, path: str | Path, quiet: bool = False) -> str:
    """Decode as UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1252/latin-1.

    The fallback emits a :class:`ReaderNote` (unless ``quiet``); NUL bytes in what should
    be text raise an :class:`InputError`, since the file is then binary, not a text format.
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-16":
            raise InputError(path, f"invalid UTF-16 text ({exc.reason})") from None
        line = data[: exc.start].count(b"\n") + 1
        try:
            text, encoding = data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        if not quiet:
            warnings.warn(
                f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                f"read as {encoding}: check accented characters",
                ReaderNote,
                stacklevel=2,
            )
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(path, "binary data (NUL bytes), not a text format: wrong file?", line)
    return text


def read_text(path: str | Path) -> str:
    """The whole file as text: gunzipped and decoded (see :func:`decode`)."""
    return decode(read_bytes(path), path)


def head_text(path: str | Path, size: int = 65536) -> str:
    """The first ``size`` bytes as text, for format sniffing (undecodable bytes replaced)."""
    data = read_bytes(path, size)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    return data.decode(encoding, errors="replace")


def load_json(path: str | Path) -> Any:
    """Parse a whole-file JSON document; a syntax error is reported with its line."""
    return parse_json(read_text(path), path)


def parse_json(text: str, path: str | Path) -> Any:
    """Parse JSON ``text`` read from ``path``, reporting errors as ``path:line: reason``."""
    if not text.strip():
        raise InputError(path, "file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or (
            exc.msg.startswith("Unterminated string") and '"' not in text[exc.pos + 1 :]
        )
        end = "truncated JSON (file ends early)" if cut else "bad JSON"
        raise InputError(path, f"{end}: {json_problem(exc)}", exc.lineno) from None


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong and where on the line: 'Unterminated string starting at column 7'."""
    at = "" if exc.msg.endswith(" at") else " at"
    return f"{exc.msg}{at} column {exc.colno}"
