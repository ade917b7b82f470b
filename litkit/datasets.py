"""The embedded default corpus: 87 Hugging Face daily-papers abstracts (the seed).

``load_seed()`` returns it from the installed package. ``python -m litkit.datasets --build``
rebuilds ``data/seed_corpus.jsonl`` from the page text in ``../shared/seed/`` joined with the
arXiv ids and first-version dates of ``../shared/data/seed_dates.jsonl`` (by title).
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path

import pandas as pd

from litkit.corpus import make_corpus, normalize_title
from litkit.errors import LitkitError
from litkit.tables import write_table

SEED_FILE = "seed_corpus.jsonl"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def seed_path() -> Path:
    """Where the packaged seed corpus file is (inside the installed ``litkit`` package)."""
    return Path(str(resources.files("litkit") / "data" / SEED_FILE))


def load_seed() -> pd.DataFrame:
    """The 87-paper seed Corpus (ids ``seed-000``..``seed-086``; undated papers have NaT)."""
    from litkit.readers import read

    path = seed_path()
    if not path.exists():
        raise LitkitError(f"{path}: seed corpus missing from the installation; reinstall litkit")
    return read(path, format="jsonl")


def build_seed(seed_dir: Path, dates: Path) -> pd.DataFrame:
    """Parse the daily-papers page text and join arXiv ids and v1 dates by normalized title."""
    from litkit.readers import read

    pages = sorted(Path(seed_dir).glob("*.txt"))
    if not pages:
        raise LitkitError(f"{seed_dir}: no daily-papers page text (*.txt) to build from")
    corpus = read(pages, format="hf-page")
    known = {}
    for line in Path(dates).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            known[normalize_title(row["title"])] = row
    records = []
    for i, paper in enumerate(corpus.to_dict("records")):
        match = known.get(normalize_title(paper["title"]), {})
        arxiv_id = match.get("arxiv_id")
        records.append(
            {
                **paper,
                "id": f"seed-{i:03d}",
                "source": "hf-daily-papers",
                "arxiv_id": arxiv_id,
                "date": match.get("v1_date"),
                "url": f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
            }
        )
    return make_corpus(records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild data/seed_corpus.jsonl")
    parser.add_argument("--seed-dir", type=Path, default=SHARED / "seed")
    parser.add_argument("--dates", type=Path, default=SHARED / "data" / "seed_dates.jsonl")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "data" / SEED_FILE)
    args = parser.parse_args(argv)
    if not args.build:
        corpus = load_seed()
        print(f"{seed_path()}: {len(corpus)} papers, {corpus['date'].notna().sum()} dated")
        return 0
    corpus = build_seed(args.seed_dir, args.dates)
    write_table(corpus, args.output)
    dated = int(corpus["date"].notna().sum())
    print(f"wrote {args.output}: {len(corpus)} papers, {dated} dated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
