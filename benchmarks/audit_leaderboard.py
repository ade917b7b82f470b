"""Leaderboard audits: draw board rows of the shared corpus to judge, and re-check judged rows.

An audit measures what a user sees: the share of ``litkit.leaderboard`` rows on the whole corpus
that are right in every part (the value a system's score; unit, benchmark, metric type, model and
own flag right), judged by hand with each row's abstract by ../shared/eval/GUIDELINES.md. Its
judgments are kept in benchmarks/gold/leaderboard/audit-<seed>.tsv, one line per row.

--draw SEED writes a new sample to judge (60 random rows and 3 from each of the ten largest
benchmarks), with each row's abstract. --check FILE rebuilds the board with today's rules and says
which judged rows are still there as judged, which changed (judge them again) and which are gone,
so that an audit's figure is re-measured after the rules change, not assumed. With neither, it
checks every audit kept in benchmarks/gold/leaderboard/.

    python benchmarks/audit_leaderboard.py --check benchmarks/gold/leaderboard/audit-20261206.tsv
    python benchmarks/audit_leaderboard.py --draw 20261207 -o audit-20261207.txt
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

import pandas as pd
from shared_corpus import read_corpus

import litkit
from litkit.leaderboards import dataset_key

AUDITS = Path(__file__).resolve().parent / "gold" / "leaderboard"
#: the parts of a board row a judgment covers, besides its paper, value and benchmark
JUDGED = ["metric_type", "variant", "unit", "model", "own"]
RANDOM_ROWS, LARGEST_BENCHMARKS, ROWS_PER_BENCHMARK = 60, 10, 3


def board_of_corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shared corpus and its whole leaderboard under today's rules."""
    corpus = read_corpus()
    mentions = litkit.extract(corpus, n_process=2, progress=False)
    return corpus, litkit.leaderboard(mentions, corpus)


def sample(board: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Rows to judge: R1.. drawn at random, L1.. from the largest benchmarks (not drawn as R)."""
    drawn = board.sample(RANDOM_ROWS, random_state=seed)
    largest = board["dataset"].value_counts().head(LARGEST_BENCHMARKS).index
    rest = board.drop(drawn.index)
    picked = pd.concat([rest[rest["dataset"] == name].sample(ROWS_PER_BENCHMARK,
                                                              random_state=seed)
                        for name in largest])
    return pd.concat([drawn.assign(row=[f"R{i}" for i in range(1, len(drawn) + 1)]),
                      picked.assign(row=[f"L{i}" for i in range(1, len(picked) + 1)])])


def write_sample(rows: pd.DataFrame, corpus: pd.DataFrame, path: Path) -> None:
    """Each row to judge with its sentence, title and abstract."""
    abstracts = corpus.set_index("id")["abstract"]
    with path.open("w", encoding="utf-8") as out:
        for row in rows.itertuples():
            out.write(f"===== {row.row} {row.paper_id} ({row.year})\n"
                      f"ROW: {row.dataset} | {row.metric_type} {row.variant} | {row.value:g}"
                      f"{row.unit} | metric {row.metric!r} | model {row.model} | own {row.own}\n"
                      f"SENTENCE: {row.sentence}\nTITLE: {row.title}\n"
                      f"{textwrap.fill(str(abstracts.get(row.paper_id, '')), 100)}\n\n")


def recheck(judged: pd.DataFrame, board: pd.DataFrame) -> pd.DataFrame:
    """Each judged row's state on ``board``: "same" (as judged), "changed" (a judged part
    differs) or "gone"."""
    def key(table: pd.DataFrame) -> pd.Series:
        return pd.Series(list(zip(table["paper_id"], table["value"].astype(float).round(4),
                                  table["dataset"].map(dataset_key), strict=True)),
                         index=table.index)

    now = board.assign(key=key(board)).drop_duplicates("key").set_index("key")
    states = []
    for k, row in zip(key(judged), judged.itertuples(), strict=True):
        if k not in now.index:
            states.append("gone")
            continue
        current = now.loc[[k]].iloc[0]
        same = all(str(current[part]) == str(getattr(row, part)) for part in JUDGED)
        states.append("same" if same else "changed")
    return judged.assign(state=states)


def report(checked: pd.DataFrame) -> None:
    """Judged and current counts per sample (R: random rows, L: rows of the largest boards)."""
    for name in ("R", "L"):
        part = checked[checked["row"].str.startswith(name)]
        right = part["verdict"] == "right"
        same = part["state"] == "same"
        print(f"{'random rows' if name == 'R' else 'largest benchmarks'}: {right.sum()} of "
              f"{len(part)} judged right; now {same.sum()} as judged ({(same & right).sum()} "
              f"right), {(part['state'] == 'changed').sum()} changed "
              f"({(part['state'] == 'changed')[~right].sum()} judged wrong), "
              f"{(part['state'] == 'gone').sum()} gone ({(part['state'] == 'gone')[~right].sum()} "
              "judged wrong)")
    moved = checked[checked["state"] != "same"]
    for row in moved.itertuples():
        print(f"  {row.row} {row.state}: {row.paper_id} {row.value} {row.dataset} "
              f"(judged {row.verdict})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draw", type=int, metavar="SEED", help="write a new sample to judge")
    ap.add_argument("-o", "--out", type=Path, default=Path("audit-sample.txt"),
                    help="where --draw writes the sample (default: audit-sample.txt)")
    ap.add_argument("--check", type=Path, metavar="FILE",
                    help=f"re-check a judged audit (default: every audit in {AUDITS})")
    args = ap.parse_args()
    corpus, board = board_of_corpus()
    print(f"board: {len(board):,} rows on {board['dataset'].nunique():,} benchmarks")
    if args.draw is not None:
        write_sample(sample(board, args.draw), corpus, args.out)
        print(f"sample of seed {args.draw} written to {args.out}")
        return
    for path in [args.check] if args.check else sorted(AUDITS.glob("audit-*.tsv")):
        print(f"{path.name}:")
        report(recheck(pd.read_csv(path, sep="\t", keep_default_na=False,
                                   dtype={"variant": str, "unit": str}), board))


if __name__ == "__main__":
    main()
