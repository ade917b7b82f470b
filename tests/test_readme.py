"""The README's examples run as written, from a fresh clone.

A ```python or ```bash block right after an HTML comment ``<!-- readme-test: seed -->`` runs
on what a clone holds (the embedded seed corpus); ``<!-- readme-test: shared -->`` needs the
reference data in ``../shared`` (skipped when it is absent); ``shared-slow`` takes minutes
and runs only with ``LITKIT_SLOW_TESTS=1``. Each runs in a stand-in for a fresh clone: a
temporary folder linking the project's tracked files (and ``.venv``), so that outputs the
examples write (``runs/``, ``figures/``, ``tables/``) start missing, as on a clean clone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = re.compile(
    r"^<!-- readme-test: (?P<needs>seed|shared|shared-slow) -->\n"
    r"```(?P<lang>python|bash)\n(?P<code>.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for m in EXAMPLE.finditer(text):
        line = text.count("\n", 0, m.start()) + 2
        found.append(pytest.param(m["needs"], m["lang"], m["code"],
                                  id=f"README.md:{line}-{m['lang']}-{m['needs']}"))
    return found


def test_readme_marks_its_runnable_examples():
    assert len(_examples()) >= 11  # a mark lost in an edit would silently drop an example


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A fresh-clone stand-in: tracked top-level entries and .venv linked; ../shared linked
    beside it when the real one exists."""
    try:
        tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True,
                                 text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: cannot tell which files a clone holds")
    project = tmp_path / "litkit"
    project.mkdir()
    for name in sorted({path.split("/")[0] for path in tracked} | {".venv"}):
        if (ROOT / name).exists():
            (project / name).symlink_to(ROOT / name)
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)
    return project


@pytest.mark.parametrize("needs, lang, code", _examples())
def test_readme_example_runs(clone: Path, needs: str, lang: str, code: str):
    if needs.startswith("shared") and not SHARED.exists():
        pytest.skip(f"{SHARED} absent: this example reads the reference data there")
    if needs == "shared-slow" and os.environ.get("LITKIT_SLOW_TESTS") != "1":
        pytest.skip("takes minutes: set LITKIT_SLOW_TESTS=1 to run it")
    env = {**os.environ, "MPLBACKEND": "Agg",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [sys.executable, "-c", code] if lang == "python" else [
        "bash", "-euo", "pipefail", "-c", code]
    done = subprocess.run(command, cwd=clone, env=env, capture_output=True, text=True,
                          timeout=1800)
    assert done.returncode == 0, (
        f"exit {done.returncode}\n{code}\n--- stderr:\n{done.stderr[-3000:]}")
