"""The extraction pipeline on ``spacy.blank("en")`` and the Corpus -> Mentions step.

``build_pipeline`` assembles sentencizer, names, quantities, results, resolver and attribution;
``extract`` streams a corpus through it in batches (one or more processes) and returns the
Mentions table, one row per mention; ``extract_frame`` does the same for one pandas chunk
with a pipeline the caller already built (the store and dask back-ends use it).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import spacy
from spacy.attrs import IS_PUNCT, LOWER, ORTH
from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

import litkit
from litkit.errors import LitkitError
from litkit.extract import (  # noqa: F401  (registers factories)
    attribution,
    names,
    quantities,
    resolve,
    results,
    sentences,
)
from litkit.extract.extensions import SPANS_KEY, span_values
from litkit.extract.results import sentence_spans
from litkit.extract.sentences import CAPITALIZED_NEXT
from litkit.extract.spans import TextKeepingTokenizer, doc_text

#: Mentions columns, in order; label-specific attributes are None where they do not apply.
#: dataset/model: the names as written (of a RESULT, a PARAMS/TOKENS size, or the DATASET/MODEL
#: row itself); kind/own/metric_type: a RESULT's; canonical: a DATASET/MODEL's identity across
#: papers; family/size/variant: a MODEL's.
MENTION_COLUMNS = ["paper_id", "label", "text", "value", "unit", "start", "end", "sentence",
                   "qualifier", "metric", "dataset", "model", "kind", "own", "metric_type",
                   "canonical", "family", "size", "variant", "source"]
#: the span attributes of each row, in column order after ``sentence``
_ATTR_COLUMNS = MENTION_COLUMNS[8:]
#: typed columns (the rest are text); ``own`` is True, False or missing
_DTYPES = {"value": "float64", "start": "int64", "end": "int64", "own": "boolean",
           "size": "float64"}
#: Longest text (title + abstract) analysed per paper; the rest is cut and reported.
MAX_CHARS = 100_000
#: Whitespace-separated chunks whose tokens the tokenizer remembers (spaCy's default, 10,000,
#: is full after a few hundred abstracts; then every chunk is split again). On the shared
#: corpus this halves tokenizing time for ~30 MB.
TOKENIZER_CACHE = 100_000
NAMES_FACTORY = "litkit_names_v1"
#: a slash between the numbers of a dataset's variants is a token of its own, so that each is
#: a name: "CIFAR-10/100", "CIFAR10/100" (spaCy keeps them one token; not "10/12/2020"). It opens
#: with the "/" so that the infix regex skips it after one test at each other position (led by
#: its lookbehinds, it was tried in full at every character of every new word: +10% infix time);
#: so is the slash between a model's coordinated sizes, so that each is a name: "Mistral-7B/24B"
#: (R-model-coordsize: Mistral-24B too)
_NUMBERED_SLASH = r"/(?:(?<=[A-Za-z]-\d\d/)|(?<=[A-Za-z]\d\d/)|(?<=\d[BM]/))(?=\d)"
#: a bracket glued to the word next to it is a token of its own, so that a name in it is one:
#: "Pair-Aware and Entity-Enhanced(PAEE) model", "(MVAE).These", "(ADEM)that", "(PDTB)-style"
#: (spaCy keeps "Enhanced(PAEE" and "MVAE).These" one token, and a name's span then takes the
#: word next to it; not "model(s)", "f(x)"). It opens with the bracket for speed, as
#: ``_NUMBERED_SLASH``.
_GLUED_BRACKET = r"\((?<=[A-Za-z]\()(?=[A-Z])|\)(?<=[A-Za-z0-9]\))(?=[A-Za-z,.\u2014-])"
#: a period glued to the next sentence's first word after a capital or digit is a token of its
#: own, so that a name before it ends there: "results on ERE.Additionally", "the SPN.More",
#: "BERT.To achieve", "2.Stable equilibria" (spaCy splits it only after a lower-case letter:
#: "Ngrams.The"). The next word has two lower-case letters or is a two-letter word that opens
#: sentences, so "WN.Pr" and "1.2J.Lm" stay whole. It opens with the "." for speed, as
#: ``_NUMBERED_SLASH``.
_GLUED_SENTENCE = r"\.(?<=[A-Z0-9]\.)(?=[A-Z][a-z]{2}|(?:We|To|In|It|As|An|On|By|If|At)\b)"
#: a name's final period after one capital that follows a lower-case letter, digit or hyphen
#: is a token of its own, so that it ends the sentence ("on CelebA.", "XLM-R.", "Qwen3-8B.";
#: spaCy splits a period only after a lower-case letter, digit or two capitals). Initials and
#: abbreviations have a period before their capital ("U.S.", "Ph.D.", "J.") and stay whole.
#: It opens with the "." for speed, as ``_NUMBERED_SLASH``.
_CAPITAL_PERIOD = rf"\.(?<=[{ALPHA_LOWER}0-9\-][{ALPHA_UPPER}]\.)"
#: abbreviations kept one token so that their period does not end the sentence (spaCy splits
#: them: "up to approx. 98 to 99%", "ca. 90%", "w.r.t. the baseline", "resp.", "cf.", "incl.",
#: "two datasets, viz. CMU-MOSI and", "(eg. POS, Case)", "esp.", "Fig. 3", "Eq. 2", "Sec. 4");
#: those of ``CAPITALIZED_NEXT`` end it before a capital ("et al.", "etc.")
_ABBREVIATIONS = ("approx.", "Approx.", "ca.", "resp.", "cf.", "incl.", "w.r.t.", "viz.", "eg.",
                  "esp.", "Fig.", "Figs.", "Eq.", "Eqs.", "Sec.", *CAPITALIZED_NEXT)
#: The word attributes litkit's rules read: LOWER (the lexicon's matcher) and IS_PUNCT (the
#: sentencizer). ``extract``'s own pipeline computes only these for each new word, not spaCy's
#: ~20 (shape, prefix, like_url, ...): that was a fifth of tokenizing time, and the Docs it
#: makes are never handed out.
_WORD_ATTRS = frozenset({LOWER, IS_PUNCT})


def build_pipeline(lexicon: str | Path | Sequence[str | Path] | None = None,
                   base: Language | None = None, mined: bool = True) -> Language:
    """spaCy pipeline finding every litkit label; ``lexicon`` adds the user's name files.

    ``base`` is a pipeline to extend (default ``spacy.blank("en")``); its own components
    run first and are left as they are. ``mined=False`` leaves out the shipped lexicon of
    names mined from a corpus (``litkit mine`` extracts so, to mine the same names again).
    """
    nlp = base
    if nlp is None:
        nlp = spacy.blank("en")
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
        nlp.tokenizer.infix_finditer = InfixRules(compile_infix_regex(
            [*nlp.Defaults.infixes, _NUMBERED_SLASH, _GLUED_BRACKET, _GLUED_SENTENCE])).finditer
        nlp.tokenizer.suffix_search = SuffixRules(compile_suffix_regex(
            [*nlp.Defaults.suffixes, _CAPITAL_PERIOD])).search
        nlp.tokenizer.prefix_search = LetterChunkRules(nlp.tokenizer.prefix_search.__self__).search
        nlp.tokenizer.url_match = UrlRule(nlp.tokenizer.url_match.__self__).match
        for abbreviation in _ABBREVIATIONS:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    if not nlp.has_pipe("sentencizer") and not nlp.has_pipe("parser") \
            and not nlp.has_pipe("senter"):
        punct = spacy.pipeline.Sentencizer.default_punct_chars + ["\n\n"]
        nlp.add_pipe("litkit_sentencizer_v1", name="sentencizer", config={"punct_chars": punct})
    nlp.add_pipe(NAMES_FACTORY, config={"lexicon_paths": [str(p) for p in _paths(lexicon)],
                                        "mined_lexicons": mined})
    for factory in ("litkit_quantities_v1", "litkit_results_v1", "litkit_resolve_v1",
                    "litkit_attribution_v1"):
        nlp.add_pipe(factory)
    return nlp


class LetterChunkRules:
    """The tokenizer's prefix, suffix or infix regex (English's), answering at once for a chunk
    of ASCII letters only ("model", "BERT"), where none of its rules can match: each needs a
    character other than such a letter, matched or looked around at ("'s", "." after a
    capital, "km" after a digit, "-" between letters, "US$"; tests/test_extract_pipeline.py
    checks each rule). Half the chunks are such words, where each regex tried its ~80 rules at
    every character (the prefix regex its ~120 at the first): 0.05 ms per paper, a third of
    tokenizing, and 0.005 ms for the prefixes."""

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.pattern = regex.pattern  # (spaCy saves the tokenizer's regexes by it)

    def search(self, chunk: str) -> re.Match | None:
        if chunk.isascii() and chunk.isalpha():  # (the regex finds nothing there: see above)
            return None
        return self.regex.search(chunk)


#: a character other than a letter, digit or "_", where each infix rule's match opens ("-",
#: ".", ",", "/", "(", "\u2026", a symbol): tests/test_extract_pipeline.py checks each rule
_NON_WORD = re.compile(r"\W")


class InfixRules(LetterChunkRules):
    """The infix regex, matched only where a match can open, at each character other than a
    letter, digit or "_" ("language-independent": at its hyphen), not searched from every
    character, where it tried its ~10 rules (~0.3 us, their lookbehinds reading classes of a
    thousand letters): 0.011 ms per paper, now 0.005. The matches are finditer's: the leftmost,
    not overlapping (no rule matches an empty string)."""

    def finditer(self, chunk: str) -> Iterator[re.Match]:
        if chunk.isascii() and chunk.isalpha():  # (LetterChunkRules' test)
            return
        end = 0
        for opening in _NON_WORD.finditer(chunk):
            if opening.start() >= end and (match := self.regex.match(chunk, opening.start())):
                end = match.end()
                yield match


#: the most characters a suffix rule matches (the units after a number: "km/h", "mbar"), but
#: for a run of periods ("..."): tests/test_extract_pipeline.py checks each rule
_SUFFIX_WIDTH = 5
#: the most characters a suffix rule matches but after a digit (the units and currencies:
#: "km/h", "US$") or for a run of periods: "'s", "\u2026\u2026" (the test checks each rule)
_SUFFIX_WIDTH_NO_DIGIT = 2
_ASCII_DIGIT = re.compile(r"[0-9]")  # (as the lookbehinds of the units and currencies read one)


class SuffixRules(LetterChunkRules):
    """The suffix regex, searched from ``_SUFFIX_WIDTH`` characters before the chunk's end, or
    from ``_SUFFIX_WIDTH_NO_DIGIT`` where no digit is that near it: each of its rules ends at the
    chunk's end, so none can start earlier, but for a run of periods, which then also starts at
    the window's start, where the whole chunk is searched again. The regex tries its ~80 rules
    at each character of the window, ~0.3 us: searched from every character, it took 0.01 ms
    per paper more than from five characters (0.018 ms per paper); from two, 0.012."""

    def search(self, chunk: str) -> re.Match | None:
        if chunk.isascii() and chunk.isalpha():  # (LetterChunkRules' test, without its call)
            return None
        start = len(chunk) - _SUFFIX_WIDTH
        if start <= 0:
            return self.regex.search(chunk)
        if not _ASCII_DIGIT.search(chunk, start - 1):  # (a unit's digit is just before it)
            start = len(chunk) - _SUFFIX_WIDTH_NO_DIGIT
        match = self.regex.search(chunk, start)  # (its lookbehinds still see the whole chunk)
        if match is not None and match.start() == start:
            return self.regex.search(chunk)  # the periods may start earlier: "a......"
        return match


class UrlRule:
    """spaCy's URL regex, answering at once for a chunk without a period: each URL it matches
    has one, before the top-level domain or between the numbers of an IP address
    (tests/test_extract_pipeline.py checks it). The tokenizer tried it on each new chunk no
    prefix or suffix rule splits, ~9 a paper: 0.01 ms per paper."""

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.pattern = regex.pattern  # (spaCy saves the tokenizer's regexes by it)

    def match(self, chunk: str) -> re.Match | None:
        return self.regex.match(chunk) if "." in chunk else None


def _paths(lexicon) -> list[Path]:
    if lexicon is None:
        return []
    paths = [Path(lexicon)] if isinstance(lexicon, str | Path) else [Path(p) for p in lexicon]
    for path in paths:
        if not path.is_file():
            raise LitkitError(f"{path}: lexicon file not found")
    return paths


def document_text(title: Any, abstract: Any) -> str:
    """The text analysed for a paper: title and abstract, separated by a blank line."""
    parts = [str(x).strip() for x in (title, abstract) if isinstance(x, str) and x.strip()]
    return "\n\n".join(parts)


def extract(corpus: Any, n_process: int = 1, batch_size: int = 256,
            lexicon: str | Path | Sequence[str | Path] | None = None,
            progress: bool = True, mined: bool = True) -> pd.DataFrame:
    """Mentions of every paper in ``corpus`` (a Corpus DataFrame, a dask DataFrame or a path).

    Papers that fail are skipped with a warning and listed in ``mentions.attrs["errors"]``.
    ``mined=False`` leaves out the shipped lexicon of names mined from a corpus (as ``litkit
    mine`` extracts, so that mining a corpus again gives the same names).
    """
    if hasattr(corpus, "map_partitions"):
        from litkit.distributed import extract_dask

        return extract_dask(corpus, batch_size=batch_size, lexicon=lexicon)
    if isinstance(corpus, str | Path):
        corpus = litkit.read(corpus)
    _check_columns(corpus)
    key = (tuple(str(p) for p in _paths(lexicon)), mined)
    if n_process > 1 and len(corpus) > batch_size:
        parts = _parallel(key, corpus, n_process, batch_size)
    else:
        parts = (_mentions(_pipeline(*key), corpus[i:i + batch_size])
                 for i in range(0, len(corpus), batch_size))
    bar = _progress(len(corpus), progress)
    mentions, errors = [], []
    for part, part_errors, n_papers in parts:
        mentions.append(part)
        errors += part_errors
        bar.update(n_papers)
    bar.close()
    return _table(mentions, errors)


def extract_frame(df: pd.DataFrame, nlp: Language) -> pd.DataFrame:
    """Mentions of one Corpus chunk, with a pipeline from ``build_pipeline`` (one process)."""
    _check_columns(df)
    part, errors, _ = _mentions(nlp, df)
    return _table([part], errors)


@functools.lru_cache(maxsize=4)
def _pipeline(lexicon: tuple[str, ...], mined: bool = True) -> Language:
    """``extract``'s pipeline, computing only the word attributes litkit reads."""
    nlp = build_pipeline(list(lexicon) or None, mined=mined)
    vocab = nlp.vocab
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items()
                              if attr in _WORD_ATTRS}
    return nlp


def _check_columns(corpus: pd.DataFrame) -> None:
    missing = {"id", "abstract"} - set(corpus.columns)
    if missing:
        raise LitkitError(f"corpus lacks column(s) {', '.join(sorted(missing))}")


def _mentions(nlp: Language, chunk: pd.DataFrame) -> tuple[pd.DataFrame, list[dict], int]:
    """(Mentions, problems, papers) of one chunk; a failing paper is skipped and reported."""
    errors: list[dict] = []
    log = _ErrorLog()
    nlp.set_error_handler(log)
    titles = chunk["title"] if "title" in chunk.columns else [None] * len(chunk)
    ids = list(chunk["id"])
    tasks = _tasks(ids, titles, chunk["abstract"], errors)
    rows: list[tuple] = []
    done = set()  # positions, not ids: an id may be missing (NaN) or repeated
    for doc, position in nlp.pipe(tasks, as_tuples=True, batch_size=64):
        done.add(position)
        rows.extend(mention_rows(doc, ids[position]))
    for position, paper_id in enumerate(ids):
        if position not in done:
            reason = log.reasons.get(position, "failed in the extraction pipeline")
            errors.append({"paper_id": paper_id, "error": reason})
    return pd.DataFrame(rows, columns=MENTION_COLUMNS), errors, len(chunk)


def _table(parts: list[pd.DataFrame], errors: list[dict]) -> pd.DataFrame:
    """One Mentions table from the chunks' parts, problems in ``attrs["errors"]``."""
    mentions = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=MENTION_COLUMNS)
    mentions = mentions.astype(_DTYPES)
    mentions.attrs["errors"] = errors
    if errors:
        warnings.warn(f"extraction: {len(errors)} paper(s) had problems, e.g. "
                      f"{errors[0]['paper_id']}: {errors[0]['error']} "
                      "(all in mentions.attrs['errors'])", stacklevel=3)
    return mentions


def _parallel(key: tuple, corpus: pd.DataFrame, n_process: int,
              batch_size: int) -> Iterator[tuple[pd.DataFrame, list[dict], int]]:
    """Chunks' results from ``n_process`` workers, in corpus order, a few chunks in flight.

    Workers get only the columns extraction reads and send back Mentions rows, not Docs:
    deserializing Docs in the parent would cost as much as tokenizing them.
    """
    from litkit.distributed import EXTRACTED_COLUMNS, LocalProcesses, map_batches

    slim = corpus[[c for c in EXTRACTED_COLUMNS if c in corpus.columns]]
    chunks = (slim.iloc[start:start + batch_size] for start in range(0, len(slim), batch_size))
    _pipeline(*key)  # built once here; forked workers inherit it
    with LocalProcesses(n_process, _pipeline, key) as pool:
        yield from map_batches(pool, functools.partial(_worker_mentions, key), chunks,
                               2 * n_process)


def _worker_mentions(key: tuple, chunk: pd.DataFrame):
    return _mentions(_pipeline(*key), chunk)


def _tasks(ids: Iterable, titles: Iterable, abstracts: Iterable,
           errors: list[dict]) -> Iterator[tuple[str, int]]:
    """(text, position in the chunk) per paper, texts cut at MAX_CHARS (and the cut reported)."""
    for position, (paper_id, title, abstract) in enumerate(zip(ids, titles, abstracts,
                                                               strict=True)):
        for field, value in (("title", title), ("abstract", abstract)):
            if not isinstance(value, str) and not _missing(value):
                errors.append({"paper_id": paper_id, "error": f"{field} is of type "
                               f"{type(value).__name__}, not text: left out of the analysis"})
        text = document_text(title, abstract)
        if len(text) > MAX_CHARS:
            errors.append({"paper_id": paper_id,
                           "error": f"text of {len(text)} chars cut to {MAX_CHARS}"})
            text = text[:MAX_CHARS]
        yield text, position


def _missing(value: Any) -> bool:
    """Whether a title or abstract cell is empty (None, NaN, or pandas' NA in a string column),
    not a value of another type."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


class _ErrorLog:
    """spaCy error handler: remember why a paper (by its position in the chunk) failed and let
    the run go on."""

    def __init__(self) -> None:
        self.reasons: dict[Any, str] = {}

    def __call__(self, name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:
            paper_id = getattr(doc, "_context", None)
            self.reasons[paper_id] = f"{name}: {type(exc).__name__}: {exc}"


def _progress(total: int, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="extract", unit="paper", mininterval=1.0,
                disable=not enabled or None)


def mention_rows(doc: Doc, paper_id: Any) -> Iterator[tuple]:
    """One Mentions row per resolved span of ``doc``.

    Texts are cut from the document text by character offsets, as ``span.text`` would give
    them without joining a Token object per token.
    """
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ()
    if not spans:
        return
    text = doc_text(doc)
    bounds = sentence_spans(doc) or [(0, len(text))]
    starts = [start for start, _ in bounds]
    for span in spans:
        ext = span_values(span)
        sent_start, sent_end = bounds[max(0, bisect.bisect_right(starts, span.start_char) - 1)]
        yield (paper_id, span.label_, text[span.start_char:span.end_char], ext["value"],
               ext["unit"], span.start_char, span.end_char, text[sent_start:sent_end].strip(),
               *(ext[name] for name in _ATTR_COLUMNS))


def _version(here: Path | None = None) -> str:
    """Package version plus a hash of every module of ``here`` (litkit/extract: the rules,
    however they are split into modules) and the shipped lexicons."""
    here = here or Path(__file__).resolve().parent
    digest = hashlib.sha256()
    files = sorted(here.glob("*.py"))
    files += sorted((here.parents[1] / "data" / "lexicons").glob("*"))
    files += sorted((here.parent / "lexicons").glob("*"))
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{litkit.__version__}+{digest.hexdigest()[:12]}"


#: Changes whenever the rules or the lexicons change; caches of Mentions are keyed by it.
EXTRACTOR_VERSION = _version()
