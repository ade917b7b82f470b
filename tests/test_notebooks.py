"""The notebooks: each .ipynb matches its jupytext .py and starts with papermill parameters.

Running them is nbval's job (``pytest`` collects notebooks/*.ipynb, see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9]*.ipynb"))


def test_the_five_notebooks_exist():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_matches_its_py_percent_file(path):
    stored, paired = jupytext.read(path), jupytext.read(path.with_suffix(".py"))
    assert [(c.cell_type, c.source) for c in stored.cells] == [
        (c.cell_type, c.source) for c in paired.cells
    ], f"{path.name} and its .py differ: run `jupytext --sync notebooks/*.ipynb`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_parameters_and_outputs(path):
    notebook = jupytext.read(path)
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for name in ("CORPUS = None", "SAMPLE = None", "SEED = 42"):
        assert name in tagged[0].source
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.get("outputs") is not None for c in code)
    assert sum(bool(c.outputs) for c in code) >= len(code) // 2  # committed with outputs
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
