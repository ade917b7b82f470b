"""Draw a gold part: 90 shared-corpus abstracts of 2016-2025 in no other gold part (as dev6).

    python3 benchmarks/gold/draw.py NAME SEED OUT_DIR    # dev7: draw.py dev7 20261204 OUT_DIR
    python3 benchmarks/gold/draw.py NAME SEED OUT_DIR --sizes

Writes OUT_DIR/batch1.jsonl and OUT_DIR/batch2.jsonl (45 each: 45 drawn at random, 45 at random
among the abstracts that write numbers, shuffled together). With --sizes, 46 drawn at random
among the abstracts that write a parameter count (``SIZES``; all that remain where fewer), half
a batch: the random parts hold too few sizes to measure params+model on new papers. Reads only
the ids of the other gold parts (those of NAME itself are not left out, so a part is drawn again
exactly) and of the papers rule helpers audited (``audited.txt``, left out from dev43 on: dev42
holds six). seed and dev2 have ids of their own, so a drawn paper can be one of theirs: those are
printed, by title, for the person drawing to leave out of the part (dev12 left one out).
"""

import argparse
import gzip
import json
import random
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent
SHARED = GOLD.parents[2] / "shared"
NUMBERS = re.compile(r"\d(?:\.\d+)?\s?(?:%|[BM]\b|x\b|×)|\b(?:F1|BLEU|accuracy|ROUGE|perplexity)\b",
                     re.IGNORECASE)
#: a parameter count: a scaled number near "param...", or a size written in a name ("Llama-2-7B")
SIZES = re.compile(r"\d(?:\.\d+)?\s?(?:[BMK]\b|billion|million)[^.]{0,30}?param|"
                   r"param\w*[^.]{0,30}?\d(?:\.\d+)?\s?(?:[BMK]\b|billion|million)|"
                   r"\b[A-Za-z][\w.]*-\d+(?:\.\d+)?[BM]\b", re.IGNORECASE)

#: corpus papers rule helpers read one by one to write rules (audits): a new part must not hold them
AUDITED = GOLD / "audited.txt"


def main(name: str, seed: int, out: Path, sizes: bool = False) -> None:
    gold_files = [*(p for p in GOLD.glob("*.jsonl") if p.stem != name),
                  SHARED / "eval" / "seed_gold.jsonl", SHARED / "eval" / "dev2_gold.jsonl"]
    taken = {json.loads(line)["id"] for path in gold_files for line in path.open()}
    taken |= {line.strip() for line in AUDITED.open() if line.strip() and not line.startswith("#")}
    with gzip.open(SHARED / "data" / "ml_abstracts.jsonl.gz", "rt") as f:
        rows = [json.loads(line) for line in f]
    pool = [r for r in rows if r["id"] not in taken and r.get("year")
            and 2016 <= r["year"] <= 2025 and len(r.get("abstract") or "") > 200]
    rng = random.Random(seed)
    both = _sizes(pool, rng) if sizes else _random_and_numbers(pool, rng)
    shared_titles = {_title(json.loads(line)["title"]): json.loads(line)["id"]
                     for part in ("seed", "dev2")
                     for line in (SHARED / "eval" / f"{part}_abstracts.jsonl").open()}
    for r in both:
        if _title(r["title"]) in shared_titles:
            print(f"{r['id']} is {shared_titles[_title(r['title'])]}: leave it out of the part")
    out.mkdir(parents=True, exist_ok=True)
    half = (len(both) + 1) // 2
    for name, part in (("batch1", both[:half]), ("batch2", both[half:])):
        with (out / f"{name}.jsonl").open("w") as f:
            for r in part:
                keep = {k: r[k] for k in ("id", "title", "abstract", "year", "venue", "sample")}
                f.write(json.dumps(keep, ensure_ascii=False) + "\n")


def _random_and_numbers(pool: list[dict], rng: random.Random) -> list[dict]:
    """dev6's protocol: 45 at random, 45 at random among the rest that write numbers, shuffled."""
    drawn = rng.sample(pool, 45)
    for r in drawn:
        r["sample"] = "random"
    ids = {r["id"] for r in drawn}
    with_numbers = [r for r in pool if r["id"] not in ids and NUMBERS.search(r["abstract"])]
    numbers = rng.sample(with_numbers, 45)
    for r in numbers:
        r["sample"] = "numbers"
    both = drawn + numbers
    rng.shuffle(both)
    return both


def _sizes(pool: list[dict], rng: random.Random) -> list[dict]:
    """46 at random among the abstracts that write a parameter count, or all of them in random
    order where fewer remain (dev29 took the last 36: the corpus has 197 such abstracts)."""
    sizes = [r for r in pool if SIZES.search(r["abstract"])]
    drawn = rng.sample(sizes, min(46, len(sizes)))
    for r in drawn:
        r["sample"] = "sizes"
    return drawn


def _title(title: str | None) -> str:
    return re.sub(r"\W+", " ", (title or "").lower()).strip()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("name", help="the part's name (dev30): its own ids are not left out")
    parser.add_argument("seed", type=int, help="the random seed (dev30: 20261232)")
    parser.add_argument("out", type=Path, help="where batch1.jsonl and batch2.jsonl are written")
    parser.add_argument("--sizes", action="store_true",
                        help="draw among the abstracts that write a parameter count")
    args = parser.parse_args()
    main(args.name, args.seed, args.out, args.sizes)
