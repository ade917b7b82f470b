"""Names mined from a corpus: datasets its papers name in clear contexts, as a lexicon.

A paper often names a benchmark bare ("on Overnight and GeoQuery") that other papers of the
field name in a clear context ("the Overnight dataset"). ``mine_names`` takes the Mentions of
a corpus and keeps the names that litkit's context rules (not the lexicons) label DATASET in
at least ``min_papers`` papers; ``write_lexicon`` writes them as a lexicon file, which
``load_lexicons`` reads before the curated ones (so curated entries win)::

    table = litkit.mine_names(litkit.extract(corpus), corpus)
    litkit.extract.mining.write_lexicon(table, "mined.jsonl")

or ``litkit mine corpus.jsonl.gz -o mined.jsonl`` (``mine_corpus``: it extracts without the
shipped mined lexicon, whose names the lexicon would otherwise find instead of the context
rules, so the same corpus always gives the same file). A name is left out when

- a shipped lexicon has it, in any spelling (its scoring key, ``normalize``);
- fewer than ``min_share`` of the papers that label it by context label it DATASET;
- it is an ordinary word or phrase: the corpus writes it all in lower case ("overnight",
  "beauty") in more than ``max_lower`` of its occurrences;
- fewer than ``min_context`` of the corpus texts that write it with a capital label it by
  context (``min_acronym_context`` for a short all-capital name): it is as often something
  else ("COVID-19", "AMR", "GDA");
- it is a capital acronym of the initials of a curated name ("NQ": Natural Questions);
- it ends with a name-shaped candidate the corpus evidence left out ("English AMR": AMR).
- it has no capital letter, or no letter at all ("2016", "10K"), or is a generic phrase
  ("The Dataset", "Test Set": only common words of ``_COMMON``).

Rules that find a name by its own shape (shared tasks, campaigns) count as context only for a
campaign and its year alone ("TRAC 2020"), which papers also write bare, and not when the
campaign rule finds that spelling in any text ("SemEval 2019", "WMT20"): as a lexicon entry it
would add only matches the rule refuses, the start of a longer name ("TAC 2011 AESOP").

Spellings with the same key ("Ag-News", "AG News") are one entry: the most frequent is its
name and the others its aliases. Every spelling matches only as written (``match: exact``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from litkit.extract.identity import normalize
from litkit.extract.lexicon import MINED, load_lexicons
from litkit.extract.name_shapes import LANGUAGES, is_campaign_edition, is_name_shaped

#: Mentions sources that are no context of their own: another mention of a name a context
#: rule found in the same paper, or a variant derived from one.
DERIVED_SOURCES = frozenset({"lexicon", "pattern:repeat", "pattern:version_mate",
                             "pattern:slash_variant", "pattern:sized_base",
                             "pattern:list_lexicon"})
#: Sources that find a name by its own shape ("SemEval-2019 Task 6", "WMT14 En-De", "VarDial
#: 2019"): they find it again in any paper, so the lexicon would add nothing but other spans.
#: So does a short name before "shared task": bare, it is as often the network or project that
#: runs the task ("the PARSEME shared task", but "the PARSEME Cost Action", "PARSEME-FR").
SHAPE_SOURCES = frozenset({"pattern:shared_task", "pattern:campaign", "pattern:acronym_event",
                           "pattern:task_acronym"})
#: Defaults chosen on the 46,606-abstract shared corpus (see ``mine_names``).
MIN_PAPERS = 3
MIN_SHARE = 0.8
MAX_LOWER = 0.3
MIN_CONTEXT = 0.4
#: ... and for a short all-capital name, which abbreviates many things ("GDA" for Gradient
#: Descent Ascent, "PDT" for a picture description task, "NBA" for the league)
MIN_ACRONYM_CONTEXT = 0.6
#: Columns of the mined table.
MINED_COLUMNS = ["name", "label", "aliases", "papers", "other_papers", "named_papers",
                 "lower_share"]
#: words that make no name on their own ("The Dataset", "Test Set", "New Benchmark")
_COMMON = frozenset("""
a an the our this that these new novel large small first public open english our
data dataset datasets corpus corpora benchmark benchmarks treebank treebanks set sets test
tests train training dev validation task tasks challenge shared track collection suite
evaluation eval resource resources database lexicon language languages model models
""".split())
#: a campaign and its year alone ("TRAC 2020", "DSL 2016"): the shape rules miss it bare, unless
#: the campaign rule knows the campaign (``is_campaign_edition``)
_CAMPAIGN_YEAR = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*[ -]?(?:19|20)\d\d")
_WORD_TOKEN = re.compile(r"\w+(?:[-.'&+]\w+)*")


def _tokens(text: str) -> list[str]:
    return _WORD_TOKEN.findall(text)


def _context_votes(mentions: pd.DataFrame, labels: tuple[str, ...]) -> tuple[dict, dict]:
    """key -> {label: set of papers} from context rules; key -> Counter of spellings."""
    rows = mentions[mentions["label"].isin(["DATASET", "MODEL"])
                    & ~mentions["source"].isin(DERIVED_SOURCES)]
    campaign_year = rows["text"].str.fullmatch(_CAMPAIGN_YEAR) & ~rows["text"].map(
        is_campaign_edition)
    rows = rows[~rows["source"].isin(SHAPE_SOURCES) | campaign_year]
    votes: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    written: dict[str, Counter] = defaultdict(Counter)
    for paper_id, label, text in zip(rows["paper_id"], rows["label"], rows["text"], strict=True):
        key = _group(text)
        votes[key][label].add(paper_id)
        if label in labels:
            written[key][text] += 1
    return votes, written


def _group(name: str) -> str:
    """The spellings one entry groups: the name's key, apart for a short all-capital word,
    which as often abbreviates something else ("CREST" is not "CReST", nor "CONLL" "CoNLL")."""
    key = normalize(name)
    return f"{key}!" if name.isupper() and name.isalpha() and len(name) <= 5 else key


def _initialisms(aliases: Iterable[str]) -> set[str]:
    """The initials of names of two or more words ("nq" for Natural Questions, "cbt" for
    Children's Book Test) as keys: a capital acronym with such a key abbreviates that name
    (and would make the extractor drop the long form before it, "The Natural Questions (NQ)")."""
    out = set()
    for alias in aliases:
        words = [w for w in re.split(r"[\s-]+", alias) if w]
        if len(words) >= 2 and all(w[0].isalnum() for w in words):
            out.add("".join(w[0] for w in words).lower() + "!")
    return out


def _shape_ok(name: str) -> bool:
    """A name needs a capital letter and a letter, and a word that is no common word."""
    if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
        return False
    if not (name[-1].isalnum() or name[-1] in "+)") or "\u2019" in name:
        return False  # cut at a quote: "CoNLL\u2019", "IWSLT\u201914 German-Engli"
    words = [w.lower() for w in _tokens(name)]
    return bool(words) and not all(w in _COMMON or w.isdigit() for w in words)


def _language_task(name: str, data: set[str]) -> bool:
    """Whether ``name`` is a language and an acronym the keys ``data`` lack ("Chinese GEC")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in LANGUAGES and words[1].isupper() \
        and words[1].isalpha() and normalize(words[1]) not in data


def corpus_evidence(names: Iterable[str], texts: Iterable[str]) -> dict[str, tuple[float, int]]:
    """For each name, (share of its occurrences in ``texts`` written all in lower case, number
    of texts that write it with a capital). Names are matched word by word in any case: the
    share is 0.0 for "DementiaBank", high for "Beauty" ("beauty" is an ordinary word)."""
    wanted: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        words = tuple(w.lower() for w in _tokens(name))
        if words:
            wanted[words].append(name)
    firsts = {words[0] for words in wanted}
    lengths = sorted({len(words) for words in wanted})
    total: Counter = Counter()
    lower: Counter = Counter()
    texts_cased: Counter = Counter()
    for text in texts:
        tokens = _tokens(text)
        folded = [t.lower() for t in tokens]
        seen = set()
        for i, word in enumerate(folded):
            if word not in firsts:
                continue
            for n in lengths:
                gram = tuple(folded[i:i + n])
                if len(gram) == n and gram in wanted:
                    total[gram] += 1
                    if all(t.islower() for t in tokens[i:i + n]):
                        lower[gram] += 1
                    else:
                        seen.add(gram)
        texts_cased.update(seen)
    out = {}
    for gram, spelled in wanted.items():
        share = lower[gram] / total[gram] if total[gram] else 0.0
        for name in spelled:
            out[name] = (share, texts_cased[gram])
    return out


def mine_names(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None,
               min_papers: int = MIN_PAPERS, min_share: float = MIN_SHARE,
               max_lower: float = MAX_LOWER, min_context: float = MIN_CONTEXT,
               min_acronym_context: float = MIN_ACRONYM_CONTEXT,
               labels: tuple[str, ...] = ("DATASET",),
               lexicon_paths: Iterable[str | Path] = ()) -> pd.DataFrame:
    """Names the context rules label ``labels`` in at least ``min_papers`` papers of
    ``mentions`` (the output of ``litkit.extract``), one row per name (``MINED_COLUMNS``).

    ``papers`` counts the papers labelling the name so, ``other_papers`` those labelling it
    otherwise; a name is kept when ``papers / (papers + other_papers) >= min_share``.
    ``corpus`` (the Corpus the mentions come from) gives the corpus evidence: names written
    all in lower case in more than ``max_lower`` of their occurrences in its titles and
    abstracts are ordinary words ("Beauty", "TOP"); names that fewer than ``min_context`` of
    the papers writing them (with a capital) label by context are as often something else
    ("COVID-19", "AMR", "MSA", "Wall Street Journal"). Without a corpus the Mentions'
    sentences stand in for it. Names of the shipped curated lexicons and of
    ``lexicon_paths`` are left out in any spelling. A short all-capital name ("GDA") needs a
    context share of ``min_acronym_context``.

    The defaults (3 papers, 80%, 30%, 40%, 60%) were chosen on the shared corpus of 46,606
    abstracts and the studied gold parts: with 2 papers twice as many names come in, more of
    them a paper's own new data or system; a lower context share lets in formalisms, tasks
    and sources (COVID-19, AMR, Wikipedia); "Overnight" is written "overnight" in 26% of
    its occurrences, "TOP" "top" in 93%.
    """
    curated = load_lexicons(list(lexicon_paths), mined=False)
    known = {normalize(alias) for alias in curated} | _initialisms(curated)
    votes, written = _context_votes(mentions, labels)
    picked = []
    for key, by_label in votes.items():
        if not key or key.rstrip("!") in known or key in known:
            continue
        counts = {label: len(papers) for label, papers in by_label.items()}
        label = max(labels, key=lambda lab: (counts.get(lab, 0), lab == labels[0]))
        papers = counts.get(label, 0)
        others = sum(counts.values()) - papers
        if papers < min_papers or papers < min_share * (papers + others):
            continue
        spellings = [s for s, _ in sorted(written[key].items(), key=lambda kv: (-kv[1], kv[0]))
                     if _shape_ok(s)]
        if spellings:
            picked.append((spellings[0], label, spellings[1:], papers, others))
    if corpus is not None:
        titles = corpus["title"].fillna("") if "title" in corpus.columns else [""] * len(corpus)
        texts = (f"{t}\n\n{a}" for t, a in zip(titles, corpus["abstract"].fillna(""),
                                                strict=True))
    else:
        texts = (" ".join(group) for _, group in mentions.drop_duplicates(
            ["paper_id", "sentence"]).dropna(subset=["sentence"]).groupby("paper_id")["sentence"])
    evidence = corpus_evidence([name for name, *_ in picked], texts)
    rows, other_things = [], set()
    for name, label, aliases, papers, others in picked:
        lower, named = evidence.get(name, (0.0, 0))
        context = papers / max(named, papers)
        if lower <= max_lower and context >= (min_acronym_context if _group(name).endswith("!")
                                              else min_context):
            rows.append((name, label, aliases, papers, others, named, round(lower, 4)))
        elif is_name_shaped(name):
            other_things.add(normalize(name))
    # a word before a name the corpus mostly uses for something else is that thing too:
    # "English AMR" (parsing; AMR is labelled data in 4 of the 135 texts naming it); a
    # language before an acronym no lexicon and no mined name has as data names a task in
    # that language ("Chinese GEC", "English GEC": grammatical error correction), not
    # "English PTB" (the Penn Treebank)
    data = known | {normalize(row[0]) for row in rows}
    rows = [row for row in rows
            if not any(normalize(" ".join(row[0].split()[i:])) in other_things
                       for i in range(1, len(row[0].split())))
            and not _language_task(row[0], data)]
    table = pd.DataFrame(rows, columns=MINED_COLUMNS)
    return table.sort_values(["label", "name"], key=lambda s: s.str.lower() if s.name == "name"
                             else s, kind="stable", ignore_index=True)


def mine_corpus(corpus: pd.DataFrame, batch_size: int = 256, progress: bool = True,
                **options) -> pd.DataFrame:
    """Extract ``corpus`` without the shipped mined lexicon and mine its names (``options``
    go to ``mine_names``): the same corpus always gives the same table."""
    from litkit.extract.pipeline import extract

    mentions = extract(corpus, batch_size=batch_size, progress=progress, mined=False)
    return mine_names(mentions, corpus, **options)


def lexicon_records(table: pd.DataFrame) -> list[dict]:
    """The mined ``table`` as lexicon records (``kind: "mined"``, ``match: "exact"``)."""
    return [{"name": name, "label": label, "aliases": list(aliases), "kind": MINED,
             "match": "exact"}
            for name, label, aliases in zip(table["name"], table["label"], table["aliases"],
                                            strict=True)]


def write_lexicon(table: pd.DataFrame, path: str | Path) -> int:
    """Write the mined ``table`` as a JSON Lines lexicon file; returns the number of entries.

    The order is the table's (label, then name without case), so the same table always
    gives the same bytes.
    """
    records = lexicon_records(table)
    with Path(path).open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)
