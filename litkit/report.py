"""Survey tables: readable numbers and export to CSV, Markdown and LaTeX (booktabs)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

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
             "dataset", "model", "qualifier", "canonical", "sentence"]
    keep = [c for c in order if c in rows and (rows[c].notna() & rows[c].ne("")).any()]
    return rows[keep].reset_index(drop=True)


def to_markdown(df: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table (no index)."""
    return df.to_markdown(index=False)


def _column_format(df: pd.DataFrame, wrap: int) -> str:
    """'r' for numbers, a wrapping p-column for text longer than ``wrap``, 'l' otherwise."""
    spec = ""
    for name in df.columns:
        column = df[name]
        if pd.api.types.is_numeric_dtype(column):
            spec += "r"
        elif len(column) and column.astype(str).str.len().max() > wrap:
            spec += "p{0.4\\linewidth}"
        else:
            spec += "l"
    return spec


def to_latex(
    df: pd.DataFrame, caption: str | None = None, label: str | None = None, wrap: int = 60
) -> str:
    """A booktabs LaTeX table (no index, special characters escaped) ready for a survey;
    text columns longer than ``wrap`` characters wrap."""
    latex = df.to_latex(
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
) -> list[Path]:
    """Write ``df`` as ``<stem>.csv``, ``<stem>.md`` and ``<stem>.tex``; returns the paths."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise LitkitError(f"unknown table format(s) {unknown}; use any of {list(FORMATS)}")
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = stem.with_name(f"{stem.name}.{fmt}")
        if fmt == "csv":
            df.to_csv(path, index=False)
        elif fmt == "md":
            path.write_text(to_markdown(df) + "\n", encoding="utf-8")
        else:
            path.write_text(to_latex(df, caption, label), encoding="utf-8")
        written.append(path)
    return written
