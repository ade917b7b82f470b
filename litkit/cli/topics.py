"""``litkit topics``: fit topics over a corpus and write the tables (CSV) and trend figures."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from litkit.cli.common import add_input_options, read_inputs
from litkit.cli.filters import add_filter_options, apply_filters

EPILOG = """examples:
  litkit topics papers.jsonl -o topics/
  litkit topics refs.bib -o topics/ --embedding minilm --min-topic-size 20 --bins month
  litkit topics papers.jsonl -o topics/ --papers papers.jsonl   # join extracted facts
  litkit topics papers.jsonl -o topics/ --since 2018 --until 2023-06 --query "diffusion"
  litkit topics new_papers.jsonl -o assigned/ --model topics/model   # papers added later

writes to OUTDIR: doc_topics.csv, topic_info.csv, topics_over_time.csv, topic_bursts.csv,
  topic_tree.csv (themes and their fine topics: label, size, key phrases, central papers),
  diagnostics.csv (per level: topics, outlier share, NPMI coherence, diversity),
  emerging.csv (themes, topics and names rising now: a burst still on in the last complete
  bin and a growing share, with the year it began and whether it holds within venue),
  venue_mix.csv (papers per venue and bin; bins one venue dominates or where the mix
  shifts are flagged and warned about), with --papers also facts_by_topic.csv and
  term_bursts.csv; the figures papers_per_topic, topic_share (emerging topics in colour)
  and, for a model with themes, topic_tree (.pdf, .svg, .png); and model/ (the fitted
  model, for litkit.topics.load(...).transform(new_papers)).

with --model DIR (a model/ written before): no new fit. Each paper of INPUT gets the topic
  (and theme) of the saved model it is most similar to, so topic ids stay those of the
  fit, or -1 when it fits none; writes doc_topics.csv and prints how many were assigned,
  fit none, were not modelled, and of the papers the model was fitted on how many drifted
  (their topic changed: title or abstract edited since).
"""

#: Options that shape a new fit, so they cannot go with --model (a saved model's are fixed).
FIT_OPTIONS = {"embedding": "--embedding", "n_topics": "--n-topics", "n_themes": "--n-themes",
               "min_topic_size": "--min-topic-size", "seed": "--seed",
               "all_languages": "--all-languages", "papers": "--papers"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "topics",
        help="fine topics and themes over time, emerging topics, and facts per topic",
        description="Fit a topic model over the titles and abstracts of INPUT (any format "
        "'litkit read' accepts) and write per-paper topics, topic descriptions, topics over "
        "time, bursts of emerging topics, and trend figures.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="papers file(s) or URL(s): .jsonl, .csv, .parquet, .bib, .ris, ... "
                        "(several are merged and de-duplicated, as by 'litkit read')")
    parser.add_argument("-o", "--outdir", required=True, help="directory for tables and figures")
    parser.add_argument("--model", metavar="DIR",
                        help="assign the papers to the topics of a saved model (the model/ "
                        "directory 'litkit topics' wrote) instead of fitting new ones")
    parser.add_argument("--embedding",
                        help="how papers are compared: tfidf (their words and phrases; "
                        "default), static (litkit's shipped embedding), minilm (~100x "
                        "slower), or a local sentence-transformers / model2vec directory")
    parser.add_argument("--n-topics", type=int, metavar="N",
                        help="fine topics (default: papers/200, at least sqrt(papers/2))")
    parser.add_argument("--n-themes", type=int, metavar="N",
                        help="themes over the fine topics (default: sqrt(2 x topics))")
    parser.add_argument("--min-topic-size", type=int, metavar="N",
                        help="smallest topic in papers; smaller ones are dissolved into their "
                        "neighbours (default: papers/2000, at least 3)")
    parser.add_argument("--bins", default="year", choices=["year", "month"],
                        help="time bins of the over-time tables (default year)")
    parser.add_argument("--seed", type=int, help="random seed (default 42)")
    parser.add_argument("--all-languages", action="store_true",
                        help="model abstracts in every language (default: English only)")
    parser.add_argument("--papers", metavar="FILE",
                        help="Papers table from 'litkit extract --summary' to join facts")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    add_input_options(parser)
    add_filter_options(parser)
    parser.set_defaults(func=run)


def _csv_ready(df: pd.DataFrame) -> pd.DataFrame:
    """List cells become '; '-joined text so the CSV stays one value per cell."""
    out = df.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, list | tuple)).any():
            out[column] = out[column].map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v)
    return out


def _read_papers(path: str) -> pd.DataFrame:
    from litkit.errors import InputError

    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".jsonl", ".json"):
            return pd.read_json(path, lines=suffix == ".jsonl")
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot read Papers table: {exc}") from exc
    raise InputError(path, "Papers table must be .parquet, .jsonl or .json")


def write_figures(model, outdir: Path, time: str, hot: list[int] | None = None) -> list[Path]:
    """The standard trend figures from litkit.figures; the ``hot`` topics (default: those
    emerging) in colour."""
    from litkit import figures, topics

    tot = model.topics_over_time
    if hot is None:
        hot = topics.emerging(tot)["topic"].tolist()
    with warnings_to_stderr():
        drawn = [
            ("papers_per_topic", figures.papers_per_topic(tot, model.topic_info, time=time)),
            ("topic_share", figures.topic_share(tot, model.topic_info, emerging=hot,
                                                time=time)),
        ]
        if getattr(model, "topic_tree", None) is not None:
            drawn.append(("topic_tree", figures.topic_tree(model.topic_tree, emerging=hot)))
    written = []
    for name, fig in drawn:
        written += figures.save(fig, outdir / name)
    return written


@contextmanager
def warnings_to_stderr() -> Iterator[None]:
    """Warnings raised inside (a venue mix flagged, a figure with nothing to draw) printed
    as 'warning: ...' lines when the block ends."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)


def _emerging_and_venues(model, corpus, papers) -> dict[str, pd.DataFrame]:
    """emerging.csv and venue_mix.csv (its warnings printed)."""
    from litkit import topics

    with warnings_to_stderr():
        tables = {"emerging": topics.emerging_table(model, corpus, papers)}
        if corpus is not None:
            tables["venue_mix"] = topics.venue_mix(corpus, model.params["bins"],
                                                   model.doc_topics)
    return tables


def write_outputs(model, outdir: Path, papers: pd.DataFrame | None = None,
                  corpus: pd.DataFrame | None = None) -> dict[str, int]:
    """Write a fitted model's tables (CSV), bursts, emerging items, facts (with ``papers``),
    venue mix (with the fitted ``corpus``), model and figures to ``outdir``; returns
    {what: how many files}. Also used by ``litkit demo``."""
    from litkit import topics
    from litkit.tables import write_table

    bins = model.params["bins"]
    tables = {
        "doc_topics": model.doc_topics,
        "topic_info": model.topic_info,
        "topics_over_time": model.topics_over_time,
        "topic_bursts": topics.bursts(model.topics_over_time),
        "topic_tree": model.topic_tree,
        "diagnostics": model.diagnostics,
        **_emerging_and_venues(model, corpus, papers),
    }
    rising = tables["emerging"].query("kind == 'topic'")
    if corpus is not None:  # a rise the venue mix explains is not highlighted
        rising = rising[rising["within_venue"].astype(bool)]
    if papers is not None:
        tables["facts_by_topic"] = topics.facts_by_topic(model.doc_topics, papers, bins)
        terms = [topics.term_counts(model.doc_topics, papers, c, bins).assign(kind=c[:-1])
                 for c in ("datasets", "models")]
        tables["term_bursts"] = topics.name_bursts(pd.concat(terms, ignore_index=True))
    for name, table in tables.items():
        write_table(_csv_ready(table), outdir / f"{name}.csv")
    model.save(outdir / "model")
    figures = write_figures(model, outdir, "year" if bins == "year" else "time",
                            rising["topic"].astype(int).tolist())
    return {"tables": len(tables), "figure files": len(figures)}


def run(args: argparse.Namespace) -> int:
    from litkit import topics

    if args.model:
        return assign(args)
    corpus = apply_filters(read_inputs(args), args)
    papers = _read_papers(args.papers) if args.papers else None
    outdir = Path(args.outdir)
    model = topics.fit(
        corpus, embedding=args.embedding or "tfidf", min_topic_size=args.min_topic_size,
        bins=args.bins, seed=42 if args.seed is None else args.seed,
        languages=None if args.all_languages else ("en",), progress=not args.quiet,
        n_topics=args.n_topics, n_themes=args.n_themes,
    )
    written = write_outputs(model, outdir, papers, corpus)
    unbinned = model.topics_over_time.attrs.get("unbinned", 0)
    if unbinned:
        print(f"note: {unbinned} modelled papers are in no {args.bins} bin (no {args.bins} known)",
              file=sys.stderr)
    n_topics = int((model.topic_info["topic"] >= 0).sum())
    print(f"{n_topics} topics over {int(model.doc_topics['modelled'].sum())} of {len(corpus)} "
          f"papers -> {outdir}/ ({written['tables']} tables, {written['figure files']} figure "
          "files, model/)", file=sys.stderr)
    return 0


def assign(args: argparse.Namespace) -> int:
    """``--model DIR``: the papers' topics under a saved model (ids as fitted), written as
    doc_topics.csv, with what fit none and what drifted reported."""
    from litkit import topics
    from litkit.errors import LitkitError
    from litkit.tables import write_table

    given = [flag for name, flag in FIT_OPTIONS.items() if getattr(args, name) not in (None,
                                                                                         False)]
    if given:
        raise LitkitError(f"--model assigns papers to a saved model's topics; {', '.join(given)} "
                          f"{'shapes' if len(given) == 1 else 'shape'} a new fit (leave --model "
                          "out to fit one)")
    directory = Path(args.model)
    if not (directory / "params.json").exists() and (directory / "model" / "params.json").exists():
        directory = directory / "model"  # the OUTDIR of an earlier 'litkit topics'
    model = topics.load(directory)
    corpus = apply_filters(read_inputs(args), args)
    doc_topics = model.transform(corpus, progress=not args.quiet)
    path = write_table(_csv_ready(doc_topics), Path(args.outdir) / "doc_topics.csv")
    print(assign_summary(doc_topics, model, directory, path), file=sys.stderr)
    none = doc_topics[doc_topics["modelled"] & (doc_topics["topic"] < 0)]
    titles = corpus.set_index("id")["title"]
    for paper_id in none["id"].head(5):
        print(f"fits none: {paper_id}: {titles.get(paper_id, '')[:80]}", file=sys.stderr)
    if len(none) > 5:
        print(f"... {len(none) - 5} more (topic -1 in {path})", file=sys.stderr)
    return 0


def assign_summary(doc_topics: pd.DataFrame, model, directory: Path, path: Path) -> str:
    """One line from ``transform``'s report: assigned, fit none, not modelled, drifted."""
    report = doc_topics.attrs["report"]
    languages = model.params.get("languages")
    n_topics = int((model.topic_info["topic"] >= 0).sum())
    line = (f"{report['papers']} papers under the {n_topics} topics of {directory}: "
            f"{report['assigned']} assigned, {report['fit_none']} fit none (topic -1), "
            f"{report['not_modelled']} not modelled (title and abstract under 5 words"
            + (f", or language not {'/'.join(languages)})" if languages else ")"))
    if report["known"]:
        line += (f"; {report['known']} were in the fit, {report['drifted']} of them drifted "
                 "(their topic changed: title or abstract edited since)")
    return f"{line} -> {path}"
