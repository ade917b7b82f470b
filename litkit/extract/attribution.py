"""Whose number it is: the model a result or a model size belongs to, and whether a result
is the paper's own.

The ``litkit_attribution_v1`` component runs after the resolver, on the final spans. A
result's ``model`` is the named model or system it is written for:

1. a name right after it: "3% of tasks (Llama2-70B)", "14.6% for Llama-2-7B", "1.29x and
   1.25x speed-ups in Gemma 7B and Llama 2 13B, respectively";
2. else the nearest name before it in its sentence that is not a point of comparison (names
   after "outperforms", "over", "than", "vs", "compared to" ... are objects), unless an
   unnamed subject ("our method", "we") comes between or a later clause is about others
   ("..., while other automatic metrics ... reach only 0.972"): "HEAL outperforms GPT-4 ...,
   with an accuracy of 78.4%", "improves the performance of GPT-3 (175B) ... by 6.3%". Besides
   DATASET-free MODEL names and the paper's system names, a name-shaped word counts here
   only as a subject, followed by its verb ("PDR improves ...");
3. else, for the paper's own results, the one system the paper names as its own ("we
   propose X", "our approach, called X", "our ... (X) method", a title "X: ..."), or when
   it names none, the one lexicon model its system is built on ("The system uses
   COVID-Twitter-BERT", "were obtained using BERT": R-model-base);
4. a comparison figure ("vs. 90.2", "(90.2 vs 91.1)" after "improves over X by") takes the
   compared name.

``own`` is False for comparison figures, for results of humans, baselines or prior work,
and for scores of a known (lexicon) model written without any mark of the paper's own
("our", "resulting", the paper's system name): a benchmark paper's GPT-4 score (not in a
team's paper on its shared-task entry, whose model scores are its runs).

A PARAMS or TOKENS size's ``model`` is the name that carries it ("Llama-2-7B"), stands
next to it ("UL2 20B", "175B GPT-3", "Llama-3 (8B)", "T5 variants (le 11B)", "a 1.3B
parameter GPT-3 XL model", "CodeGen2 models in size 1B, 3.7B"), is in apposition ("HEAL,
the first ... 13B ... LLM"), or is the subject of a "trained on N tokens" clause or after a
"with N parameters," phrase ("with only 233M parameters, CoUDA achieves"); a size of
the paper's own unnamed model ("scaling our model up to 20B parameters") takes the paper's
system name; else None.

Its rules live in the modules below it, named for what they hold (``system_mentions``,
the bottom, ``not_systems``, ``own_systems``, ``compared_systems``, ``base_models``,
``size_models`` and ``result_owners``); this module finds the names in a text and holds the
component.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from litkit.extract.base_models import _BUILT_ON_GATE, _base_model, _built_on_unfound, _no_model
from litkit.extract.extensions import SPANS_KEY, set_span_values, span_value
from litkit.extract.identity import normalize
from litkit.extract.metrics import is_metric
from litkit.extract.name_shapes import (
    GENERIC_WORDS,
    GLUED_SIZE,
    _attached,
    _is_language,
    is_name_shaped,
    singular,
    without_italics,
)
from litkit.extract.not_systems import _generic, _names_data, _names_task, _team
from litkit.extract.own_systems import _PAIR_NAME, own_systems
from litkit.extract.patterns import Covered
from litkit.extract.result_owners import _attribute_results
from litkit.extract.results import sentence_spans
from litkit.extract.size_models import _OWN, _listed, _size_model, _sized_base
from litkit.extract.spans import BatchedComponent, doc_text
from litkit.extract.system_mentions import _Name, _Nearby

#: a word shaped like a name at a glance (a capital or digit after its first letter): only
#: these are checked with ``is_name_shaped``
_NAME_LIKE = re.compile(r"(?<![\w.+'-])[A-Za-z\u03bc][\w.+'-]*?[A-Z0-9][\w.+'-]*")


#: the source of a MODEL name "our" puts before its model noun (name_cues.py ``_OUR_NETWORK``,
#: ``_OUR_MODEL``): the paper's own system
_OUR_NAME_SOURCE = "pattern:our_model"
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+$")


class Attribution(BatchedComponent):
    """Pipeline component setting ``model``/``own`` on RESULT spans and ``model`` on sizes."""

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        numbers = [s for s in spans if s.label_ in ("RESULT", "PARAMS", "TOKENS")]
        if not numbers:
            return doc
        # (names in markdown italics read as the name rules read them: "we propose *BoostPFN*")
        text = without_italics(doc_text(doc))
        sentences = sentence_spans(doc) or [(0, len(text))]
        model_spans = [s for s in spans if s.label_ == "MODEL"]
        models = [_Name(s.start_char, s.end_char, span_value(s, "model") or s.text,
                        bool(s.kb_id_)) for s in model_spans]
        taken = [(s.start_char, s.end_char) for s in spans if s.label_ in ("DATASET", "MODEL")]
        # (as written too: "(SMM4H) Shared Task 2020" is the dataset SMM4H 2020, no system)
        datasets = {normalize(name) for s in spans if s.label_ == "DATASET"
                    for name in (span_value(s, "dataset") or s.text, s.text)}
        results = [s for s in numbers if s.label_ == "RESULT"]
        known = frozenset(normalize(n.written) for n in models if n.known)

        @functools.cache
        def own() -> list[str]:
            """The paper's own systems (``own_systems``), looked for once, when first needed."""
            systems = own_systems(text, datasets, known)
            if results and not systems:
                # else, for its results, the name "our" puts before a network noun (name_cues.py):
                # "Our Attention Transformer model enjoys", "encode it using our Convolutional
                # Mesh Autoencoder." (right after "our": not "Our proposal uses the
                # state-of-the-art language model BERT", the model it is built on)
                systems = [n.written for n, s in zip(models, model_spans, strict=True)
                           if span_value(s, "source") == _OUR_NAME_SOURCE
                           and _OUR_BEFORE.search(text, max(0, n.start - 5), n.start)]
            return systems

        @functools.cache
        def base() -> str | None:
            """The model the paper is built on where it names no system of its own, for its
            results and its sizes no name claims (R-model-base, R-params-base)."""
            if not _no_model(text, own()):
                return None
            # (else a name-shaped word the name stage missed, right after a stronger cue)
            based = _base_model(text, models)
            if based is None and _BUILT_ON_GATE.search(text):
                based = _built_on_unfound(text, list(_unfound_words(text, Covered(taken))),
                                          models)
            return based

        names = models
        if results:
            names = models + list(_occurrences(text, own(), Covered(taken)))
            names += _name_words(text, results, sentences,
                                 Covered(taken + [(n.start, n.end) for n in names]))
            names.sort(key=lambda n: n.start)
            _attribute_results(text, results, names, own(), sentences, base())
        previous, previous_model = None, None
        near = _Nearby([n for n in names if not n.subject_only])
        starts = [s for s, _ in sentences]
        for span in numbers:
            if span.label_ != "RESULT":
                model = _size_model(text, span, near, sentences, starts)
                if model is _OWN:
                    model = next(iter(own()), None)
                if model is None and previous_model and _listed(text, previous, span) \
                        and not GLUED_SIZE.fullmatch(previous_model):
                    model = previous_model  # "MiniCPM, specifically the 1.2B and 2.4B ..."
                if model is None and span.label_ == "PARAMS":
                    model = _sized_base(base(), span, models)
                set_span_values(span, model=model)
                previous, previous_model = span, model
        return doc


def _occurrences(text: str, systems: list[str], taken: Covered) -> Iterator[_Name]:
    """Each mention of the paper's system names (in any case) outside the DATASET and MODEL
    spans, also in the plural ("Our EfficientNets also transfer well" is EfficientNet's:
    R-model-plural)."""
    lower = text.lower()
    for name in systems:
        start = lower.find(name.lower())
        while start >= 0:
            end = start + len(name)
            plural = text.startswith("s", end) and not _attached(text, end + 1)
            if not _attached(text, start - 1) and (plural or not _attached(text, end)) \
                    and start not in taken:
                yield _Name(start, end + plural, text[start:end], False)
            start = lower.find(name.lower(), end)


def _unfound_words(text: str, taken: Covered) -> Iterator[_Name]:
    """Name-shaped words outside the names found that name no metric, task, data or team and
    spell no generic class: candidates for a base the name stage missed."""
    for match in _NAME_LIKE.finditer(text):
        word = match.group().rstrip(".'")
        if match.start() not in taken and is_name_shaped(word, strict=False) \
                and not _names_other(text, word):
            yield _Name(match.start(), match.start() + len(word), word, False)


def _names_other(text: str, word: str) -> bool:
    """Whether a name-shaped ``word`` the name stage did not find names something other than a
    system: a metric, a generic class, a language pair, a task, data or a team."""
    return is_metric(word) or _generic(text, word) or _PAIR_NAME.fullmatch(word) is not None \
        or _names_task(text, word) or _names_data(text, word) or _team(text, word)


#: one or two capitalized words that "the" or "our" puts before a system's head noun, which
#: name it though not name-shaped: "The Paparazzo system, ... ranks thirteen with an accuracy of
#: 0.747", "Chinese Whispers algorithm outperformed ..., yielding", "the SSL Mean Teacher approach"
#: (its first word after no other word but "the" or "our"; not a determiner or a sentence's
#: capitalized adjective: "This system", "My approach", "Baseline system")
#: (its capital first, then what comes before and at it, checked in a lookbehind over it: led by
#: the lookarounds, the regex was tried at every position of a sentence, 13 times as slow)
_WORDS_BEFORE_HEAD = re.compile(
    r"[A-Z](?<=(?:(?<![A-Za-z]\s)|(?<=\b[Tt]he\s)|(?<=\b[Oo]ur\s))"
    r"(?!(?:This|That|These|Those|Our|My|The|Each|Every|Another|Their|Its|Such|"
    r"Any|Which|Both|Proposed|Baseline|Best|New|Final|Overall|Full|Whole|"
    r"Entire|Same|Resulting|Hybrid|Combined)\b).)"
    r"[a-z]+(?:\s[A-Z][a-z]+)?(?=\s+(?:system|algorithm|approach)\b)")


def _words_before_head(text: str, words: str) -> bool:
    """Whether a ``_WORDS_BEFORE_HEAD`` match may be a name in ``text``: no word of it a generic
    model word ("Markov", "Bayesian"), its last no language ("the English system"), and no
    longer name's tail, written elsewhere after a capitalized word ("our Interpolation system"
    of "DBMS-KU Interpolation")."""
    parts = words.split()
    return not any(w.lower() in GENERIC_WORDS for w in parts) and not _is_language(parts[-1]) \
        and re.search(rf"[A-Z][\w-]*\s+{re.escape(words)}\b", text) is None


def _name_words(text: str, results: list[Span], sentences: list[tuple[int, int]],
                taken: Covered) -> list[_Name]:
    """Name-shaped words ("HEAL", "PDR", "MultiFED") in the sentences with results, outside
    the names already known: possible subjects (not a task's or data's name, which the text
    writes before a task or data noun: "we are able to train a WSD system that beats the state
    of the art ... by over 3 points" after "better-fitting for the WSD task"; "a “native” NP
    classifier outperforms our baseline by 13.27%" after "the NP text")."""
    starts = [s for s, _ in sentences]
    spans = {sentences[max(0, bisect.bisect_right(starts, r.start_char) - 1)] for r in results}
    out = []
    for lo, hi in spans:
        for match in _NAME_LIKE.finditer(text, lo, hi):
            if is_name_shaped(match.group().rstrip(".'"), strict=False) \
                    and match.start() not in taken and not _names_other(text, match.group()):
                # (a plural as the singular the text also writes: "an ensemble of two FS-RNNs
                # achieves 1.20 BPC" after "the Fast-Slow RNN (FS-RNN)", R-model-plural)
                out.append(_Name(match.start(), match.end(), singular(text, match.group()),
                                 False, True))
        for match in _WORDS_BEFORE_HEAD.finditer(text, lo, hi):
            if _words_before_head(text, match.group()) and match.start() not in taken \
                    and not _names_task(text, match.group()) and not _team(text, match.group()):
                out.append(_Name(match.start(), match.end(), match.group(), False, True))
    return out


@Language.factory("litkit_attribution_v1")
def make_attribution(nlp: Language, name: str) -> Attribution:
    """spaCy factory: the model and own flag of each result, the model of each size."""
    return Attribution(name)
