"""Writing and reading litkit tables by file suffix (.parquet, .csv, .jsonl, .json)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from litkit.errors import LitkitError

SUFFIXES = (".parquet", ".csv", ".jsonl", ".json")


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` in the format its suffix names; list, dict and date columns survive JSON."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise LitkitError(f"{path}: cannot write '{suffix}'; use one of {', '.join(SUFFIXES)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif suffix == ".csv":
        df.to_csv(path, index=False)
    else:
        df.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
    return path
