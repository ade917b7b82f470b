"""Survey-table exports: numbers as a person writes them, missing cells empty or a dash."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from litkit.report import export, format_table, plain_number, to_latex, to_markdown


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame({
        "Year": [2023.0, np.nan, 2021.0],               # ints with a gap: pandas makes floats
        "Title": ["A & B", None, "C_D"],
        "Parameters": [7e9, np.nan, 1.75e11],
        "Tokens": [[2e12, 1.4e12], [], None],
        "Score": [91.13, 25.0, np.nan],
        "Tokens/param.": [285.71, 0.35, 20.49],        # a ratio, not a size
        "Papers": pd.array([3, None, 12], dtype="Int64"),
    })


@pytest.mark.parametrize("value, text", [
    (25.0, "25"), (2023.0, "2023"), (91.13, "91.1"), (20.49, "20.5"), (0.35, "0.35"),
    (0.000123, "0.000123"), (1234.56, "1234.6"), (-3.25, "-3.25"), (7, "7"),
])
def test_plain_number(value, text):
    assert plain_number(value) == text


def test_cells_read_as_written(table):
    shown = format_table(table)
    assert shown.iloc[0].tolist() == ["2023", "A & B", "7B", "2T, 1.4T", "91.1", "285.7", "3"]
    assert shown.iloc[1].tolist() == ["", "", "", "", "25", "0.35", ""]
    assert format_table(table, sizes=[])["Parameters"].iloc[0] == "7000000000"


def test_csv_markdown_and_latex_have_no_nan_and_no_padding_zeros(tmp_path, table):
    csv, md, tex = export(table, tmp_path / "sub" / "t", caption="T", label="tab:t")
    texts = {p.suffix: p.read_text(encoding="utf-8") for p in (csv, md, tex)}
    for text in texts.values():
        assert "nan" not in text.lower() and "000000" not in text and "<NA>" not in text
    assert texts[".csv"].splitlines()[2] == ",,,,25,0.35,"
    assert texts[".md"].splitlines()[3].replace(" ", "") == "|–|–|–|–|25|0.35|–|"
    assert "2023 & A \\& B & 7B & 2T, 1.4T & 91.1 & 285.7 & 3 \\\\" in texts[".tex"]
    assert "-- & -- & -- & -- & 25 & 0.35 & -- \\\\" in texts[".tex"]
    assert pd.read_csv(csv)["Tokens/param."].tolist() == [285.7, 0.35, 20.5]


def test_numbers_are_right_aligned(table):
    assert to_markdown(table).splitlines()[1].startswith("|-------:|:--------|")
    assert "\\begin{tabular}{rlrlrrr}" in to_latex(table)
