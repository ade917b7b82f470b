"""Cost of the fetch machinery itself (no network): a multi-page OpenAlex fetch from the
test replay server on 127.0.0.1 with no politeness delay, then the same fetch again from
the cache, then one resumed after an interruption.

Usage: python benchmarks/fetch_bench.py [PAGES] [WORKS_PER_PAGE]  (default 25 x 200).
Real fetches are bound by the politeness delay (arXiv 3 s/page), not by these figures.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fetch_replay import Replay, start  # noqa: E402

from litkit.fetch import Client, FetchError, fetch_openalex  # noqa: E402

WORDS = ("we train a transformer with 7B parameters on 2T tokens and report 71.3 "
         "accuracy on MMLU improving over prior scaling laws for language models").split()


def work(n: int) -> dict:
    """A synthetic OpenAlex work of realistic size (abstract index, authors, locations)."""
    abstract = [WORDS[(n + i) % len(WORDS)] for i in range(180)]
    index: dict[str, list[int]] = {}
    for pos, word in enumerate(abstract):
        index.setdefault(word, []).append(pos)
    loc = {"landing_page_url": f"https://doi.org/10.5555/bench.{n}",
           "source": {"display_name": "Journal of Benchmarks"}}
    return {"id": f"https://openalex.org/W{n}", "doi": f"https://doi.org/10.5555/bench.{n}",
            "title": f"Benchmark paper number {n} on scaling", "display_name": f"Paper {n}",
            "publication_date": "2024-03-01", "publication_year": 2024,
            "authorships": [{"author": {"display_name": f"Author {n}-{k}"}} for k in range(6)],
            "primary_location": loc, "locations": [loc] * 3, "cited_by_count": n % 97,
            "abstract_inverted_index": index}


def build(folder: Path, pages: int, per_page: int) -> list[dict]:
    """Write ``pages`` linked /works pages into ``folder`` and return the replay routes."""
    routes = []
    for p in range(pages):
        cursor, following = ("*" if p == 0 else f"c{p}"), (f"c{p + 1}" if p + 1 < pages else None)
        results = [work(p * per_page + i) for i in range(per_page)]
        meta = {"count": pages * per_page, "per_page": per_page, "next_cursor": following}
        (folder / f"p{p}.json").write_text(json.dumps({"meta": meta, "results": results}))
        routes.append({"path": "/works", "query": {"cursor": cursor}, "file": f"p{p}.json",
                       "type": "application/json"})
    return routes


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    per_page = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        replay = Replay(fixtures=folder, routes=build(folder, pages, per_page))
        server, url = start(replay)
        size = sum(f.stat().st_size for f in folder.glob("p*.json")) / 1e6

        def run(cache: str):
            t = time.perf_counter()
            df = fetch_openalex("bench", per_page=per_page, max_records=None, base_url=url,
                                delay=0, cache_dir=folder / cache, progress=False)
            return df, time.perf_counter() - t

        df, cold = run("c1")
        _, warm = run("c1")
        cached = sum(f.stat().st_size for f in (folder / "c1" / "http").rglob("*.gz")) / 1e6
        replay.fail("/works", {"cursor": f"c{pages - 1}"}, (503, {}), forever=True)
        try:
            fetch_openalex("bench", per_page=per_page, max_records=None, base_url=url,
                           progress=False, client=Client(delay=0, retries=0,
                                                         cache_dir=folder / "c2"))
        except FetchError:
            pass
        replay.reset()
        resumed, t_resume = run("c2")
        server.shutdown()
    n = len(df)
    print(f"{pages} pages x {per_page} works = {n} papers, {size:.1f} MB of JSON "
          f"({cached:.1f} MB gzipped in the cache)")
    print(f"cold fetch (HTTP on 127.0.0.1, delay 0): {cold:.2f} s = {n / cold:,.0f} papers/s, "
          f"{cold / pages * 1000:.0f} ms/page")
    print(f"rerun from cache: {warm:.2f} s = {n / warm:,.0f} papers/s")
    print(f"resume after failing on the last page: {t_resume:.2f} s, "
          f"{resumed.attrs['fetch'].get('requests', 0)} request(s), "
          f"{resumed.attrs['fetch']['resumed_pages']} pages replayed from cache")


if __name__ == "__main__":
    main()
