"""Parquet tables, any column names (e.g. a Corpus written by litkit, or a pandas export)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from litkit.errors import InputError
from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.columns import check_columns, column_mapping, to_record


def _plain(value: Any) -> Any:
    """numpy arrays (Parquet lists) -> lists; NaN/NaT -> None."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value is None or (np.isscalar(value) and pd.isna(value)):
        return None
    return value


def parse(
    path: str | Path, columns: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per row, numbered from 1."""
    try:
        df = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several types for corrupt files
        raise InputError(path, f"not a readable Parquet file ({exc})") from None
    mapping = column_mapping(list(df.columns), columns)
    check_columns(path, df.columns, columns, mapping.values())
    for number, row in enumerate(df.to_dict("records"), start=1):
        yield {**to_record({k: _plain(v) for k, v in row.items()}, mapping), RECORD: number}


FORMAT = Format(
    name="parquet",
    description="Parquet table (column names mapped flexibly)",
    suffixes=(".parquet", ".pq"),
    sniff=lambda head: head.startswith("PAR1"),
    parse=parse,
)
