"""Writing litkit tables by file suffix (.parquet, .csv, .jsonl, .json)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from litkit.errors import LitkitError

SUFFIXES = (".parquet", ".csv", ".jsonl", ".json")


def _plain(df: pd.DataFrame, kinds: tuple[type, ...]) -> pd.DataFrame:
    """A shallow copy without ``attrs`` (reader metadata), ``kinds`` values as JSON text.

    Parquet cannot store free-form dicts (e.g. an empty ``extra``) nor CSV lists; litkit's
    readers decode the JSON text again.
    """
    out = df.copy(deep=False)
    out.attrs = {}
    for col in out.columns:
        if not pd.api.types.is_object_dtype(out[col]):  # lists and dicts live only there
            continue
        if out[col].map(lambda v: isinstance(v, kinds)).any():
            out[col] = out[col].map(
                lambda v: (
                    json.dumps(v, default=str, ensure_ascii=False) if isinstance(v, kinds) else v
                )
            )
    return out


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` in the format its suffix names; list, dict and date columns survive JSON."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise LitkitError(f"{path}: cannot write '{suffix}'; use one of {', '.join(SUFFIXES)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        _plain(df, (dict,)).to_parquet(path, index=False)
    elif suffix == ".csv":
        _plain(df, (dict, list, tuple)).to_csv(path, index=False)
    else:
        df.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
    return path
