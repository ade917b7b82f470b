"""Survey tables: numbers as a person writes them, and export to CSV, Markdown and LaTeX.

Every export goes through :func:`format_table`: integers without decimals, other numbers to
three significant digits (91.1, 20.5, 0.35), sizes as '7B' / '1.4T', lists joined, and
missing values as an empty cell (CSV) or an en dash (Markdown '–', LaTeX '--'), never
'NaN', 'nan' or '25.000000'.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from litkit.errors import LitkitError

FORMATS = ("csv", "md", "tex")
#: Mention labels whose value is a count best read as '7B', '1.4T'.
SIZE_LABELS = ("PARAMS", "TOKENS", "DATA_SIZE", "CONTEXT_LENGTH")
_SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def human_number(value: float | None, digits: int = 3) -> str:
    """1.75e11 -> '175B', 3.1e12 -> '3.1T', 7e8 -> '700M': how papers write sizes."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    for scale, suffix in _SUFFIXES:
        if 1e3 * _SUFFIXES[0][0] > abs(value) >= scale:
            return f"{value / scale:.{digits}g}{suffix}"
    return f"{value:.{digits}g}"


def facts_table(mentions: pd.DataFrame, corpus: pd.DataFrame, *labels: str) -> pd.DataFrame:
    """Mentions of ``labels`` (e.g. "PARAMS") with their paper's year and title and the evidence
    sentence; attribute columns that are empty for every row are dropped."""
    rows = mentions[mentions["label"].isin(labels)] if labels else mentions
    papers = corpus[["id", "year", "title"]].rename(columns={"id": "paper_id"})
    rows = rows.merge(papers, on="paper_id", how="left")
    rows = rows.sort_values(["year", "paper_id", "start"], na_position="last", kind="stable")
    if "value" in rows:
        sized = rows["label"].isin(SIZE_LABELS)
        rows = rows.assign(size=rows["value"].map(human_number).where(sized, ""))
    order = ["paper_id", "year", "title", "label", "text", "value", "size", "unit", "metric",
             "dataset", "model", "kind", "own", "metric_type", "qualifier", "canonical",
             "sentence"]
    keep = [c for c in order if c in rows and (rows[c].notna() & rows[c].ne("")).any()]
    return rows[keep].reset_index(drop=True)


#: Columns whose numbers are counts best read as sizes ('7B', '1.4T'); others print plainly.
SIZE_COLUMN = re.compile(
    r"(?:(?:median|mean|max|min|largest|total)[ _])?"
    r"(?:params|parameters|tokens|training tokens|model size|size|sizes)", re.IGNORECASE)
#: What a missing cell shows in each format: empty in CSV, an en dash in Markdown and LaTeX.
MISSING = {"csv": "", "md": "–", "tex": "--"}


def plain_number(value: float) -> str:
    """A number as a person writes it in a table: 2023, 91.1, 20.5, 0.35, 1234.6 (integers
    without decimals; others to three significant digits, at least one decimal)."""
    if float(value).is_integer():
        return str(int(value))
    magnitude = abs(value)
    if magnitude >= 1:
        text = f"{value:.{max(1, 3 - len(str(int(magnitude))))}f}"
    else:
        text = f"{value:.3g}"
    return text.rstrip("0").rstrip(".") if "." in text and "e" not in text else text


def _missing(value: object) -> bool:
    if isinstance(value, list | tuple | np.ndarray):
        return len(value) == 0
    return value is None or bool(pd.isna(value))


def _cell(value: object, size: bool, missing: str) -> str:
    if _missing(value):
        return missing
    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(_cell(v, size, missing) for v in value)
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, int | float | np.integer | np.floating):
        return human_number(float(value)) if size else plain_number(float(value))
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    return str(value)


def format_table(
    df: pd.DataFrame, sizes: Sequence[str] | None = None, missing: str = ""
) -> pd.DataFrame:
    """``df`` with every cell as the text a survey table shows: numbers as a person writes
    them (:func:`plain_number`), sizes as '7B' (:func:`human_number`) in the ``sizes``
    columns (default: columns named like params, tokens, size, median_params...), lists
    joined with ', ', dates as YYYY-MM-DD, and ``missing`` for None, NaN and empty lists."""
    if sizes is None:
        sizes = [c for c in df.columns if SIZE_COLUMN.fullmatch(str(c))]
    out = pd.DataFrame(index=df.index)
    for column in df.columns:
        size = column in sizes
        out[column] = [_cell(v, size, missing) for v in df[column]]
    return out


def _numeric(df: pd.DataFrame) -> list[bool]:
    """Which columns hold numbers (right-aligned): numeric dtypes, or numbers with gaps."""
    return [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
            for c in df.columns]


def to_markdown(df: pd.DataFrame, sizes: Sequence[str] | None = None) -> str:
    """A GitHub-flavoured Markdown table (no index), numbers right-aligned, missing cells '–'."""
    align = ["right" if n else "left" for n in _numeric(df)]
    return format_table(df, sizes, MISSING["md"]).to_markdown(
        index=False, disable_numparse=True, colalign=align)


def _column_format(df: pd.DataFrame, wrap: int) -> str:
    """'r' for numbers, a wrapping p-column for text longer than ``wrap``, 'l' otherwise."""
    spec = ""
    for name, numeric in zip(df.columns, _numeric(df), strict=True):
        column = df[name]
        if numeric:
            spec += "r"
        elif len(column) and column.astype(str).str.len().max() > wrap:
            spec += "p{0.4\\linewidth}"
        else:
            spec += "l"
    return spec


def to_latex(
    df: pd.DataFrame, caption: str | None = None, label: str | None = None, wrap: int = 60,
    sizes: Sequence[str] | None = None,
) -> str:
    """A booktabs LaTeX table (no index, special characters escaped) ready for a survey:
    numbers as in :func:`format_table`, missing cells '--' (an en dash); text columns
    longer than ``wrap`` characters wrap."""
    latex = format_table(df, sizes, MISSING["tex"]).to_latex(
        index=False, escape=True, caption=caption, label=label, position="t",
        column_format=_column_format(df, wrap),
    )
    return latex.replace("\\begin{table}[t]", "\\begin{table}[t]\n\\centering")


def export(
    df: pd.DataFrame,
    path_stem: str | Path,
    formats: Sequence[str] = FORMATS,
    caption: str | None = None,
    label: str | None = None,
    sizes: Sequence[str] | None = None,
) -> list[Path]:
    """Write ``df`` as ``<stem>.csv``, ``<stem>.md`` and ``<stem>.tex`` (the folder is
    created); returns the paths. Cells are formatted by :func:`format_table` (``sizes``
    names the columns shown as '7B'); missing cells are empty in CSV, '–' in Markdown and
    an en dash in LaTeX."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise LitkitError(f"unknown table format(s) {unknown}; use any of {list(FORMATS)}")
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = stem.with_name(f"{stem.name}.{fmt}")
        if fmt == "csv":
            format_table(df, sizes, MISSING["csv"]).to_csv(path, index=False)
        elif fmt == "md":
            path.write_text(to_markdown(df, sizes) + "\n", encoding="utf-8")
        else:
            path.write_text(to_latex(df, caption, label, sizes=sizes), encoding="utf-8")
        written.append(path)
    return written
