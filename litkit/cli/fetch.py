"""``litkit fetch``: download papers from arXiv, OpenAlex or Hugging Face daily papers into
a Corpus file, politely (spaced, retried, cached) and resumably."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from litkit.errors import LitkitError
from litkit.fetch import Client, FetchError
from litkit.fetch import arxiv as arxiv_api
from litkit.fetch import hf_papers as hf_api
from litkit.fetch import openalex as openalex_api
from litkit.tables import SUFFIXES, write_table

EPILOG = """examples:
  litkit fetch arxiv --query 'cat:cs.CL AND ti:scaling' --max 500 -o arxiv.jsonl
  litkit fetch openalex --search 'scaling laws' --filter 'from_publication_date:2023-01-01' \\
      --max 1000 --mailto you@example.org -o oa.parquet
  litkit fetch hf-papers --from 2024-10-01 --to 2024-10-31 -o hf.jsonl
  litkit fetch citations corpus.parquet --source openalex -o enriched.parquet
  litkit fetch snowball seeds.bib --source semanticscholar --direction both -o snowball.parquet

Responses are cached (--cache-dir, default: the user cache dir or $LITKIT_CACHE_DIR), so
rerunning an interrupted fetch continues where it stopped; --refresh fetches anew.
"""

MODULES = {"arxiv": arxiv_api, "openalex": openalex_api, "hf-papers": hf_api}

SOURCES = {
    "arxiv": (
        "papers from the arXiv API (Atom, paged by start/max_results)",
        "  litkit fetch arxiv --query 'cat:cs.CL AND ti:scaling' --max 500 -o arxiv.jsonl\n"
        "  litkit fetch arxiv --query 'au:hinton' --sort lastUpdatedDate -o hinton.csv\n"
        "  litkit fetch arxiv --ids 2203.15556,2001.08361 -o two.jsonl\n"
        "  litkit fetch arxiv --ids @arxiv_ids.txt --max 0 -o listed.parquet\n\n"
        "Query syntax: https://info.arxiv.org/help/api/user-manual.html#query_details "
        "(ti: title, abs: abstract, au: author, cat: category; AND, OR, ANDNOT). arXiv asks "
        "for one request every 3 s, the default --delay.",
    ),
    "openalex": (
        "works from OpenAlex (JSON, cursor paging, up to 200 per page)",
        "  litkit fetch openalex --search 'scaling laws' "
        "--filter 'from_publication_date:2023-01-01' --max 1000 -o oa.parquet\n"
        "  litkit fetch openalex --filter 'concepts.id:C154945302,publication_year:2024' "
        "--mailto you@example.org -o ml2024.jsonl\n\n"
        "Filters: https://docs.openalex.org/api-entities/works/filter-works. --mailto (or "
        "$LITKIT_MAILTO) joins OpenAlex's faster polite pool.",
    ),
    "hf-papers": (
        "Hugging Face daily papers over a date range (one request per day)",
        "  litkit fetch hf-papers --from 2024-10-01 --to 2024-10-31 -o hf.jsonl\n"
        "  litkit fetch hf-papers --from 2024-10-25 -o one_day.csv",
    ),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch",
        help="download papers from arXiv, OpenAlex or Hugging Face daily papers, or their "
        "citation data",
        description="Download papers from an online source into a Corpus file "
        "(.jsonl, .csv, .parquet), or look up the citation data of papers you have. Requests "
        "are spaced, retried on 429/5xx with backoff, and cached on disk; an interrupted "
        "fetch resumes when rerun.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sources = parser.add_subparsers(dest="source", metavar="SOURCE", required=True)
    parsers = {}
    for name, (summary, examples) in SOURCES.items():
        sub = sources.add_parser(
            name, help=summary, description=f"Fetch {summary}.",
            epilog=f"examples:\n{examples}", formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parsers[name] = sub
    arxiv, openalex, hf = parsers["arxiv"], parsers["openalex"], parsers["hf-papers"]

    arxiv.add_argument("--query", help="arXiv search_query, e.g. 'cat:cs.CL AND ti:scaling'")
    arxiv.add_argument("--ids", help="arXiv ids, comma-separated, or @FILE with one per line "
                       "(with --query: only those matching it)")
    arxiv.add_argument("--sort", default="submittedDate",
                       choices=["relevance", "lastUpdatedDate", "submittedDate"],
                       help="sort field (default: submittedDate)")
    arxiv.add_argument("--order", default="descending", choices=["ascending", "descending"],
                       help="sort order (default: descending, newest first)")
    arxiv.add_argument("--page-size", type=int, default=200, help="results per request "
                       "(default 200, at most 2000)")
    arxiv.set_defaults(func=_arxiv)

    openalex.add_argument("--search", help="full-text search, e.g. 'scaling laws'")
    openalex.add_argument("--filter", help="OpenAlex filter, e.g. 'publication_year:2024'")
    openalex.add_argument("--mailto", help="your e-mail for the polite pool "
                          "(default: $LITKIT_MAILTO)")
    openalex.add_argument("--all-fields", action="store_true", help="download whole works "
                          "(default: only the fields litkit keeps, about a quarter less to "
                          "download)")
    openalex.add_argument("--per-page", type=int, default=200, help="results per request "
                          "(default and maximum 200)")
    openalex.set_defaults(func=_openalex)

    hf.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    hf.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: --from)")
    hf.set_defaults(func=_hf_papers)

    for name, sub in parsers.items():
        module = MODULES[name]
        _common(sub, f"${module.BASE_URL_ENV}, else {module.BASE_URL}", module.DELAY)
        default_max = 0 if name == "hf-papers" else 1000
        sub.add_argument("--max", type=int, default=default_max, help="stop after this many "
                         f"papers; 0 for all (default: {default_max or 'all'})")
    _register_citations(sources)


def _common(sub: argparse.ArgumentParser, base_url: str, delay: float | None,
            delays: str | None = None) -> None:
    """The options every fetch takes: output file, server, cache, politeness, progress bar
    (``delays`` says the default delay when it depends on an option)."""
    sub.add_argument("-o", "--output", required=True,
                     help="output file: .jsonl, .csv, .parquet or .json")
    sub.add_argument("--base-url", help=f"API base URL, for mirrors and tests (default: "
                     f"{base_url})")
    sub.add_argument("--cache-dir", help="response cache and resume journal (default: "
                     "$LITKIT_CACHE_DIR/fetch or the user cache dir)")
    sub.add_argument("--delay", type=float, default=delay, help="seconds between requests "
                     f"(default: {delays or delay})")
    sub.add_argument("--retries", type=int, default=5, help="retries on 429/5xx and "
                     "dropped connections (default 5)")
    sub.add_argument("--backoff", type=float, default=2.0, help="first retry wait in "
                     "seconds, doubled each retry, unless the server sends Retry-After "
                     "(default 2)")
    sub.add_argument("--refresh", action="store_true", help="ignore cached responses "
                     "and the resume journal; fetch everything anew")
    sub.add_argument("--quiet", action="store_true", help="no progress bar")


def _arxiv(args: argparse.Namespace) -> int:
    return _fetch(args, arxiv_api.fetch_arxiv, args.query, ids=_id_list(args.ids),
                  sort_by=args.sort, sort_order=args.order, page_size=args.page_size)


def _id_list(value: str | None) -> list[str] | None:
    """'a,b' -> [a, b]; '@ids.txt' -> the file's non-empty lines."""
    if not value:
        return None
    if value.startswith("@"):
        try:
            text = Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise LitkitError(f"{value[1:]}: cannot read the id list ({exc.strerror})") from exc
        return [line.strip() for line in text.splitlines() if line.strip()]
    return [part.strip() for part in value.split(",") if part.strip()]


def _openalex(args: argparse.Namespace) -> int:
    return _fetch(args, openalex_api.fetch_openalex, args.search, filter=args.filter,
                  mailto=args.mailto, per_page=args.per_page,
                  select=None if args.all_fields else openalex_api.SELECT)


def _hf_papers(args: argparse.Namespace) -> int:
    return _fetch(args, hf_api.fetch_hf_papers, args.start, args.end)


def client_for(args: argparse.Namespace, delay: float | None = None) -> Client:
    """The polite client the common options describe (``delay`` when --delay is not given)."""
    return Client(delay=args.delay if args.delay is not None else delay, retries=args.retries,
                  backoff=args.backoff, cache_dir=args.cache_dir, refresh=args.refresh)


def _fetch(args: argparse.Namespace, fetcher, *query, **options) -> int:
    """Run ``fetcher`` with the common options, write its Corpus and print the summary."""
    if Path(args.output).suffix.lower() not in SUFFIXES:  # before a long fetch, not after
        raise LitkitError(f"{args.output}: cannot write this; use one of {', '.join(SUFFIXES)}")
    client = client_for(args)
    try:
        df = fetcher(*query, **options, max_records=args.max or None, base_url=args.base_url,
                     client=client, progress=not args.quiet)
    except FetchError as exc:
        raise LitkitError(f"{exc} (pages fetched so far are cached: run the same command "
                          "again to resume)") from exc
    path = write_table(df, args.output)
    print(summary(df, path))
    for note in df.attrs["fetch"]["notes"]:
        print(f"note: {note}", file=sys.stderr)
    return 0


def request_cost(stats: dict) -> str:
    """'3 requests, 1 from cache, 0 retries': what a fetch cost, from its client's stats."""
    return (f"{stats.get('requests', 0)} requests, {stats.get('cached', 0)} from cache, "
            f"{stats.get('retries', 0)} retries")


def summary(df: pd.DataFrame, path: object) -> str:
    """One line: papers kept and rejected, pages, what they cost, and where they went."""
    stats, rejected = df.attrs["fetch"], len(df.attrs["rejects"])
    kept = f"{len(df)} papers" + (f" ({rejected} rejected)" if rejected else "")
    cost = request_cost(stats)
    resumed = f", resumed after {stats['resumed_pages']}" if stats["resumed_pages"] else ""
    more = "" if stats["finished"] else "; more available (raise --max)"
    pages = f"{stats['pages']} pages ({cost}{resumed})"
    return f"{stats['source']}: {kept} from {pages}{more} -> {path}"


CITATIONS = {
    "citations": (
        "citation counts and references of a corpus's papers from OpenAlex or Semantic "
        "Scholar",
        "  litkit fetch citations corpus.parquet -o enriched.parquet\n"
        "  litkit fetch citations papers.bib --source semanticscholar -o enriched.jsonl "
        "--not-found missing.csv\n\n"
        "Papers are looked up by their id at the source, DOI or arXiv id, in batches "
        "(OpenAlex filter=doi:a|b|..., Semantic Scholar POST /paper/batch). Every paper is "
        "kept; those not found are listed (--not-found FILE, else the first few are printed).",
    ),
    "snowball": (
        "seed papers and the works they cite and that cite them (one hop), merged",
        "  litkit fetch snowball seeds.jsonl -o snowball.parquet\n"
        "  litkit fetch snowball seeds.bib --source semanticscholar --direction references "
        "-o refs.parquet\n\n"
        "Seeds are looked up first; their references and (at most --per-seed) citing works "
        "are fetched with their own citation data and merged, duplicates folded together.",
    ),
}


def _register_citations(sources: argparse._SubParsersAction) -> None:
    """``litkit fetch citations`` and ``litkit fetch snowball``: citation data for papers."""
    from litkit.cli.common import add_input_options
    from litkit.fetch import citations

    for name, (summary, examples) in CITATIONS.items():
        sub = sources.add_parser(
            name, help=summary, description=f"Fetch {summary}.",
            epilog=f"examples:\n{examples}", formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="the papers: any file or URL 'litkit read' takes")
        add_input_options(sub)
        sub.add_argument("--source", dest="lookup", choices=citations.SOURCES,
                         default="openalex", help="where to look papers up (default: openalex)")
        sub.add_argument("--mailto", help="your e-mail for OpenAlex's polite pool "
                         "(default: $LITKIT_MAILTO)")
        sub.add_argument("--api-key", help="Semantic Scholar API key, sent as the x-api-key "
                         "header for a rate limit of your own (default: "
                         f"${citations.S2_API_KEY_ENV}; prefer the variable, as other users can "
                         "see a command line); never written to the cache or printed")
        sub.add_argument("--batch-size", type=int, help="ids per request (default: 50 for "
                         "OpenAlex, 200 for Semantic Scholar)")
        sub.add_argument("--not-found", metavar="FILE", help="write the papers not found, with "
                         "the reason, to FILE (.csv, .jsonl, .parquet)")
        if name == "snowball":
            sub.add_argument("--direction", choices=citations.DIRECTIONS, default="both",
                             help="the works the seeds cite (references), those citing them "
                             "(citations) or both (default)")
            sub.add_argument("--per-seed", type=int, default=100, help="citing works per seed "
                             "(default 100; OpenAlex gives the most cited first, at most 200)")
        _common(sub, f"${citations.BASE_URL_ENV['openalex']} or "
                f"${citations.BASE_URL_ENV['semanticscholar']}, else the public API", None,
                delays=f"{citations.DELAY['openalex']} for OpenAlex, "
                f"{citations.DELAY['semanticscholar']} for Semantic Scholar")
        sub.set_defaults(func=_citations)


def _citations(args: argparse.Namespace) -> int:
    """Read the papers, look their citation data up (or snowball), write and report."""
    from litkit.cli.common import check_output, read_inputs
    from litkit.fetch import citations

    check_output(args.output, args.not_found)
    corpus = read_inputs(args)
    client = client_for(args, citations.DELAY[args.lookup])
    options = {"mailto": args.mailto, "api_key": args.api_key, "batch_size": args.batch_size,
               "base_url": args.base_url, "client": client, "progress": not args.quiet}
    try:
        if args.source == "snowball":
            df = citations.snowball(corpus, args.lookup, args.direction, per_seed=args.per_seed,
                                    **options)
        else:
            df = citations.fetch_citations(corpus, args.lookup, **options)
    except FetchError as exc:
        raise LitkitError(f"{exc} (batches fetched so far are cached: run the same command "
                          f"again to resume){_key_hint(args, exc)}") from exc
    path = write_table(df, args.output)
    missing = citations.not_found_of(df)
    if args.not_found:
        write_table(missing, args.not_found)
    else:
        for row in missing.head(5).itertuples():
            print(f"not found: {row.record}: {row.reason}", file=sys.stderr)
        if len(missing) > 5:
            print(f"... {len(missing) - 5} more; save all with --not-found FILE",
                  file=sys.stderr)
    print(citation_summary(df, corpus, args.source, args.lookup, client.stats, path))
    return 0


def _key_hint(args: argparse.Namespace, exc: FetchError) -> str:
    """What a Semantic Scholar refusal may mean: a bad key (403), or a busy shared pool for
    requests without one (429)."""
    from litkit.fetch.citations import api_headers

    if args.lookup != "semanticscholar":
        return ""
    keyed = bool(api_headers(args.lookup, args.api_key))
    if exc.status in (401, 403) and keyed:
        return "; check the API key (--api-key or $S2_API_KEY)"
    if exc.status == 429 and not keyed:
        return ("; without an API key requests share Semantic Scholar's small public pool: "
                "give one with --api-key or $S2_API_KEY")
    return ""


def citation_summary(df: pd.DataFrame, corpus: pd.DataFrame, command: str, source: str,
                     stats: dict, path: object) -> str:
    """One line: what was found (or how far the snowball rolled), the citation data it
    brought, and what the requests cost."""
    attrs = df.attrs
    if command == "snowball":
        found = (f"{len(corpus)} seeds -> {len(df)} papers ({attrs['duplicates_merged']} "
                 f"duplicates merged, {len(attrs['rejects'])} rejected, "
                 f"{len(attrs['not_found'])} not found)")
    else:
        found = f"{len(corpus) - len(attrs['not_found'])} of {len(corpus)} papers found"
    listed = df["references"].map(lambda r: isinstance(r, list))
    references = int(df.loc[listed, "references"].map(len).sum())
    cost = request_cost(stats)
    return (f"{source}: {found}; {int(df['cited_by_count'].notna().sum())} with a citation "
            f"count, {int(listed.sum())} with references ({references} in all) ({cost}) "
            f"-> {path}")
