"""DATASET and MODEL names: a curated lexicon plus patterns for the names it lacks.

The ``litkit_names_v1`` component finds lexicon names with one case-insensitive PhraseMatcher
(short, ambiguous names must then have their own case), widens them to the written variant
("Llama-2" -> "Llama-2-7B-Chat", "SemEval" -> "SemEval-2020 Task 9") and adds names the
lexicon lacks from their shape ("Arctic-SnowCoder-1.3B") and their context ("the PathX
benchmark", "our model POINTS", lists such as "on BoolQ, PIQA and XQA"). Names the text calls
a method or framework are not reported. Each span's ``_.model`` (MODEL) or ``_.dataset``
(DATASET) is the name as written (the parts of "DeiT-Ti/S/B" are "DeiT-Ti", "DeiT-S",
"DeiT-B"), ``_.canonical`` its identity across papers, and a MODEL's ``_.family``, ``_.size``
and ``_.variant`` what its name says (identity.py); ``kb_id_`` is the lexicon entry's name
("" for pattern hits).

The component (``NameFinder``, its factory) is this module; the rules it calls live in the
modules below it, bottom-up: name_shapes.py (a name's shape as written), name_cues.py (the
context cues to its kind), data_cues.py (cues and lists of data), acronyms.py (acronyms and
long forms), shared_tasks.py (shared tasks, campaigns, editions) and name_kinds.py (schemes,
systems, tools and the lexicon's kinds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from litkit.extract.acronyms import (
    _ACRONYM_AFTER,
    _ACRONYM_APPOSED,
    _ACRONYM_DATA_AFTER,
    _ACRONYM_EVENT_AFTER,
    _ACRONYM_HEAD,
    _ACRONYM_METHOD_AFTER,
    _ACRONYM_SUBTASK,
    _AND_CAPITAL,
    _EVENT_LONG_FORM,
    _EVENT_YEAR,
    _HYPHEN_PHRASE,
    _OUR_MODEL_CALLED,
    _PAIR_ACRONYM,
    _PAIR_PAREN,
    _PAREN_ACRONYM,
    _PHRASE_END,
    _PHRASE_WORD,
    _RECURRENT_UNIT,
    _TASK_PHRASE,
    _acronym_named_models,
    _acronym_pairs,
    _coined_acronym,
    _family_introduced,
    _generic_long_forms,
    _lower_long_forms,
    _named_in_paren,
    _network_headed,
    _new_data_named,
    _outside_long_forms,
    _past_gloss,
    _redefined_acronyms,
)
from litkit.extract.data_cues import (
    _AND_LAST_PLURAL,
    _AND_LAST_SHARED,
    _APPOSED_SHAPE,
    _CAPITAL_AFTER,
    _CAPITAL_BEFORE,
    _CODE_PAIR,
    _COINED_NOT,
    _COLLECTION,
    _COLLECTION_WORDS,
    _CONTAIN_VERB,
    _CONTAIN_WORDS,
    _CONTAINED,
    _CONTAINS_SUBJECT,
    _COUNT_WORDS,
    _COUNTED_BEFORE,
    _COUNTED_LIST,
    _COUNTED_LIST_END,
    _COUNTS,
    _DATA_APPOSED,
    _DATA_APPOSED_GATES,
    _DATA_BEFORE_NAME,
    _DATA_MADE,
    _DATA_NOUN_END,
    _DATA_NOUN_NAMED,
    _DATA_NOUN_STARTS,
    _DATA_NOUN_WORDS,
    _DATA_SET_APART,
    _DATA_WORD,
    _HEAD_FIRST_ACRONYM,
    _HEAD_FIRST_GATE,
    _HEAD_FIRST_OF,
    _HEAD_LISTS,
    _INDEFINITE_BEFORE,
    _INNER_CAPITAL_WORD,
    _JOINED_BEFORE,
    _LIST_OPENERS,
    _LIST_PREV,
    _LOWER_DATA_TAIL,
    _LOWER_NAME_BEFORE,
    _LOWER_WORD,
    _MODEL_EXAMPLES_BEFORE,
    _NEW_BEFORE,
    _NEXT_NAME,
    _ON_NAME,
    _ON_VERB,
    _PAIR_JOIN,
    _PLURAL_DATA,
    _PLURAL_DATA_WORDS,
    _RESOURCE_WORDS,
    _RUN,
    _RUN_NEXT,
    _SCORE_BEFORE,
    _SIGN_LANGUAGE,
    _SIZE_GATE,
    _SOURCE_WORDS,
    _SPACED_DASH,
    _SPLIT_LABEL,
    _STRONG,
    _THE_DATA_NAMED,
    _THE_HEAD_FIRST,
    _THE_NAME_DATASET,
    _THE_NAME_DESCRIBED,
    _THE_NAME_RESOURCE,
    _THE_RESOURCE_GATE,
    _THE_RESOURCE_NAMED,
    INPUT_AFTER,
    _after_headline_words,
    _coined_list,
    _coined_lower,
    _collection_named,
    _data_list,
    _data_named,
    _data_word,
    _depth_variants,
    _lead_end,
    _list_items,
    _named_variants,
    _on_list_mates,
    _one_label,
    _own_head,
    _pair_shaped,
    _parallel_on,
    _plain_collection,
    _plain_data_name,
    _relabel_data_sources,
    _repeats,
    _scored_name,
    _shape,
    _sized_bases,
    _task_tailed,
    _title_collection,
    _wikipedia,
    builds_data,
)
from litkit.extract.extensions import CANDIDATES, set_span_values
from litkit.extract.identity import dataset_identity, model_identity, normalize, spellings
from litkit.extract.lexicon import IGNORE, Entry, case_sensitive, load_lexicons
from litkit.extract.metrics import is_metric
from litkit.extract.name_cues import (
    _A_MODEL_NAMED,
    _BASED,
    _COMMA_CAPITAL,
    _COMMA_THE_CAPITAL,
    _DETERMINER_BEFORE,
    _DIGIT,
    _EVENT_WORD,
    _FRAME,
    _FRAME_NAMED,
    _HARD_BEFORE,
    _INITIAL,
    _INITIAL_OR_PART,
    _INTRODUCED_PHRASE,
    _INTRODUCED_WORDS,
    _INTRODUCING_WORDS,
    _MODEL_APPOSED,
    _MODEL_APPOSED_THE,
    _MODEL_CAPITAL,
    _NAME_SIZE,
    _NAME_SPELLED_MODEL,
    _NAME_THEN_MODEL,
    _NETWORK_NAMED,
    _NEURAL_BEFORE,
    _NOT_TITLE_NETWORK,
    _OF_MODELS,
    _OUR_MODEL,
    _OUR_MODEL_SAID,
    _OUR_NETWORK,
    _OUTPERFORMS_MODELS,
    _OUTPERFORMS_WORDS,
    _PROPOSED_KIND_BEFORE,
    _PROPOSED_NAME,
    _PUT_FORWARD,
    _SERIES_OF,
    _SIZE_APART,
    _TEAM_AT_EVENT,
    _TITLE_BENCHMARKING,
    _TITLE_DATA,
    _TITLE_DATA_LATE,
    _TITLE_DATA_VERBED,
    _TITLE_HEAD,
    _TITLE_MODEL,
    _TITLE_NETWORK,
    _TITLE_PLAY,
    _TITLE_SPELLED,
    _TITLE_TWO_WORDS_REST,
    _TITLE_WAY,
    _TITLE_WORD,
    _TITLE_WORD_REST,
    _TRAIN_OBJECT,
    _TRAIN_VERB,
    _TRAINED_SUBJECT,
    _WAY_APPOSED,
    _WAY_BEFORE,
    _WE_TRAIN_BEFORE,
    _called_otherwise,
    _framework_methods,
    _head_cues,
    _introduced,
    _model_before_phrase,
    _named_long_form,
    _network_architecture,
    _noun_before_comma,
    _ours,
    _put_forward,
    _system_apposed,
)
from litkit.extract.name_kinds import (
    EMBEDDING,
    SOURCE,
    TASK_NAMED,
    TOOLKIT,
    _called_toolkit,
    _class_item,
    _embedding_compared,
    _introduced_systems,
    _schemes_only,
    _task_named_data,
    _tools,
)
from litkit.extract.name_shapes import (
    _BENCH_SUFFIX,
    _CAMPAIGN_GATE,
    _CAMPAIGN_PAIR,
    _DATA_PAIR,
    _DATA_SUFFIX,
    _FAMILY_SUFFIX,
    _GENERIC,
    _GLUED_DIGIT,
    _GLUED_VERSION,
    _JOINERS,
    _LEADING,
    _LIKE,
    _MODEL_SUFFIX,
    _ONE_DIGIT_INDEX,
    _PAIR,
    _PER_LANGUAGE,
    _PLURAL_ACRONYM,
    _PLUS_VARIANT,
    _PREFIX,
    _PREPOSITIONS,
    _PROJECT_AFTER,
    _SIZE_MATE,
    _SIZED,
    _SLASH_ONE,
    _SLASH_VARIANTS,
    _SPACED_SIZE,
    _SPACED_VERSION,
    _URL,
    _URL_GATE,
    _WAY,
    GLUED_SIZE,
    LANGUAGES,
    Name,
    _capital_word_ends,
    _cased_key,
    _finditer_at,
    _hyphened,
    _hyphened_data,
    _is_language,
    _joint_spellings,
    _language_start,
    _lowercased,
    _name_tail,
    _run_is_name,
    _singular_plurals,
    _starts_of,
    _title_phrase_word,
    _trim_run,
    _versioned_curated,
    _words_before,
    is_name_shaped,
    whole_words,
    without_italics,
)
from litkit.extract.patterns import CAMPAIGNS, Windows, number_windows, occurs
from litkit.extract.shared_tasks import (
    _ABSTRACT_TASK_ON,
    _ACRONYM_SHARED_TASK,
    _ACRONYM_YEAR_TASK,
    _CAPITAL_WORD_TASK,
    _DESCRIBED_TASK,
    _HEADLINE_JOINER,
    _MULTITASK_CAMPAIGNS,
    _NOT_TASK_WORD,
    _SHARED_TASK,
    _SHARED_TASK_WORDS,
    _SHARED_TASK_YEAR,
    _TASK_NUMBERED,
    _TASK_TITLED,
    _TITLE_SHARED_TASK,
    _TRACK_OF,
    _VENUES,
    _YEAR_SHARED_TASK,
    _YEAR_WORDS_TASK,
    _campaign_heads,
    _campaigns,
    _campaigns_dated,
    _headed_mates,
    _kind_of_task,
    _language_dropped,
    _named_task,
    _own_shared_task,
    _paired_editions,
    _spelled_out_tasks,
    _subtask_of,
    _task_head_end,
    _team_systems,
    _title_campaign,
    _title_task_acronym,
    _title_tasks,
    _track_name,
    _unglue,
    _version_mates,
    _yearless_tasks,
    _years_before,
)
from litkit.extract.spans import BatchedComponent, doc_text


def _counted_task_data(text: str, start: int, end: int, data: str) -> bool:
    """Whether the Title Case run from ``start`` to ``end``, before the plural data noun ``data``,
    ends in a task word after a count or quantifier (``_COUNTED_BEFORE``): the data of a task,
    "two English Question Answering datasets", not a dataset's name."""
    words = text[start:end].split()
    return len(words) > 1 and _PLURAL_DATA.fullmatch(data) is not None \
        and _TASK_PHRASE.fullmatch(words[-1]) is not None \
        and _COUNTED_BEFORE.search(text, max(0, start - 30), start) is not None


def _compared_as_models(text: str, methods: dict[str, bool]) -> list[Name]:
    """R-model-approachmodel: names the paper puts forward only as a way of building a model, a
    method, approach or architecture (True in ``methods``), that the text compares as a system
    with models (``_OUTPERFORMS_MODELS``: "P3Sum outperforms state-of-the-art summarization
    systems"); not a framework (R-model-architecture's framework clause: dev24's DISARM, "a
    framework", not listed though it "outperforms 10 unimodal and multimodal systems")."""
    found = []
    outperforms = any(word in text for word in _OUTPERFORMS_WORDS)
    for match in _OUTPERFORMS_MODELS.finditer(text) if outperforms else ():
        word = match.group("name")
        if methods.get(normalize(word)) and is_name_shaped(word) \
                and re.search(rf"\b{_PUT_FORWARD}\s+(?:the\s+)?{re.escape(word)}\b", text):
            found.append(Name(*match.span("name"), "MODEL", word, "", "pattern:compared"))
    return found


class NameFinder(BatchedComponent):
    """Pipeline component adding DATASET and MODEL candidates to ``doc.spans[CANDIDATES]``."""

    def __init__(self, nlp: Language, lexicon_paths: Iterable[str] = (),
                 use_patterns: bool = True, default_lexicons: bool = True,
                 mined_lexicons: bool = True, name: str = "litkit_names_v1") -> None:
        super().__init__(name)
        self.table: dict[str, Entry] = load_lexicons(list(lexicon_paths), default_lexicons,
                                                     mined_lexicons)
        self.use_patterns = use_patterns
        # one case-insensitive matcher; the case rules are checked on each hit
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        lowered = {alias.lower() for alias in self.table}
        for alias in self.table:
            patterns = [nlp.make_doc(alias)]
            if len(patterns[0]) > 1 and not any(c.isspace() for c in alias):
                # spaCy splits "GSM8K" alone but not in "GSM8K/MATH": match the whole word too
                patterns.append(Doc(nlp.vocab, words=[alias]))
            if "'" in alias:  # "Children’s Book Test": the curly apostrophe, as often written
                patterns.append(nlp.make_doc(alias.replace("'", "\u2019")))
            if self.table[alias].label == "MODEL" and _SPACED_VERSION.search(alias):
                patterns += [nlp.make_doc(spelling) for spelling in _hyphened(alias)]
            elif _versioned_curated(self.table[alias]):
                patterns += [nlp.make_doc(spelling) for spelling in _joint_spellings(alias)
                             if spelling.lower() not in lowered]
            if (hyphened := _hyphened_data(self.table[alias], alias)) \
                    and hyphened.lower() not in lowered:
                patterns.append(nlp.make_doc(hyphened))
            self.matcher.add(alias, patterns)
        self.exact = {a for a, e in self.table.items()
                      if e.label != IGNORE and case_sensitive(a, e.match)}
        self.lexicon_keys = {normalize(a): e for a, e in self.table.items()}
        self.known = spellings(self.table.values())  # label -> {key: canonical spelling}

    def __call__(self, doc: Doc) -> Doc:
        by_span = {}
        models = self.known.get("MODEL", {})
        for name in self.find(doc):
            identity = model_identity(name.written, models) if name.label == "MODEL" else None
            if identity is not None and not name.lexicon \
                    and normalize(identity.family) in models:
                name.lexicon = identity.family  # "Llama2-70B" found by its shape is a Llama 2
            span = doc.char_span(name.start, name.end, label=name.label, kb_id=name.lexicon,
                                 alignment_mode="expand")
            if span is not None and len(span):
                by_span.setdefault((span.start, span.end, name.label), (span, name, identity))
        kept = filter_spans([span for span, *_ in by_span.values()])
        for span in kept:
            _, name, identity = by_span[span.start, span.end, span.label_]
            if identity is not None:
                set_span_values(span, source=name.source, model=name.written,
                                canonical=identity.canonical, family=identity.family,
                                size=identity.size, variant=identity.variant)
            else:
                entry = self.lexicon_keys.get(normalize(name.lexicon or name.written))
                written = _LOWER_DATA_TAIL.sub("", name.written) \
                    if name.source == "lexicon" and not _own_head(entry, name.written) \
                    else name.written
                set_span_values(span, source=name.source, dataset=written,
                                canonical=dataset_identity(name.written,
                                                           self.known.get("DATASET", {})),
                                metric=entry.metric if entry is not None else None,
                                lexicon_kind=entry.kind if entry is not None else None)
        if CANDIDATES in doc.spans:
            doc.spans[CANDIDATES].extend(kept)
        else:
            doc.spans[CANDIDATES] = kept
        return doc

    # ------------------------------------------------------------ finding
    def find(self, doc: Doc) -> list[Name]:
        """Every DATASET/MODEL name in ``doc``, overlapping ones included."""
        text = without_italics(doc_text(doc))
        found, weak, blocked = self._lexicon(doc, text)
        if "/" in text and _URL_GATE.search(text):  # "https://", "huggingface.co/datasets/..."
            blocked += [m.span() for m in _URL.finditer(text)]
        if self.use_patterns:
            patterns, methods, tasks = self._patterns(text)
            # (a family's variant only called a way of building a model is one: see _WAY_NOUN;
            # so is the system a paper puts forward as a method or framework and then calls
            # "our model": "We introduce MaRGE, a Masked ROUGE Regression framework ... our model
            # achieves state-of-the-art performance", or says is trained, _TRAINED_SUBJECT, or
            # writes as "the proposed X model", _NAME_THEN_MODEL)
            said = {normalize(n.written) for n in patterns if n.source == "pattern:method_model"} \
                if "ur model" in text and _OUR_MODEL_SAID.search(text) else set()
            said |= {normalize(n.written) for n in patterns if n.source == "pattern:trained"
                     or n.source == "pattern:name_head" and _NAME_THEN_MODEL.match(text, n.end)
                     and _DETERMINER_BEFORE.search(text, max(0, n.start - 30), n.start)}
            patterns += _compared_as_models(text, methods)
            said |= {normalize(n.written) for n in patterns if n.source == "pattern:compared"}
            written = {normalize(n.written) for n in chain(found, patterns)}
            found += [n for n in patterns if (normalize(n.written) not in methods
                                              and n.source != "pattern:method_model"
                                              or normalize(n.written) in said
                                              or n.source == "pattern:family_suffix"
                                              and methods[normalize(n.written)])
                      and (n.source in _STRONG or normalize(n.written) not in tasks)
                      and not _task_tailed(text, n, tasks, written)]
            if not found:  # (every step below refines or adds to the names found)
                return []
            found += self._lists(text, found, weak)
            found += _sized_bases(text, found)
            found += _named_variants(text, found)
            found += _depth_variants(text, found)
            # (a pattern's name repeated first: the title's "MBBQ: ..." is spelled out later, in
            # "MBBQ (Multilingual Bias Benchmark for Question-answering)"; then the long forms')
            found += _repeats(text, found)
            found += [n for n in _acronym_pairs(text, found)
                      if not self._other_label(n.written, "DATASET")]
            found += _repeats(text, found)
            _one_label(text, found, self.known.get("MODEL", {}))
            _yearless_tasks(found)
            _years_before(text, found)
            _campaign_heads(text, found)
            _title_tasks(text, found)
            _spelled_out_tasks(found)
            _language_dropped(text, found, self.lexicon_keys)
            found = _campaigns_dated(found)
            _headed_mates(text, found, self.lexicon_keys)
            _singular_plurals(text, found)
            _relabel_data_sources(text, found)
            found = _schemes_only(text, found)
            found = _introduced_systems(text, found)
            found = _tools(text, found)
            found = _outside_long_forms(text, found)
            _acronym_named_models(text, found)
            found = _redefined_acronyms(text, found, self.lexicon_keys)
            found = _generic_long_forms(text, found)
            found = _lower_long_forms(text, found)
        found = [n for n in found
                 if not any(s < n.end and n.start < e for s, e in blocked)]
        found += self._slash_variants(text, found)
        _unglue(found)
        _paired_editions(text, found)
        found += _version_mates(text, found, self.lexicon_keys)
        found = _team_systems(text, found)
        kept: dict[tuple[int, int, str], Name] = {}
        for name in found:  # (the later of two finds of a span wins, as the more specific)
            key = name.start, name.end, name.label
            if (same := kept.get(key)) is not None and same.lexicon and not name.lexicon:
                name.lexicon = same.lexicon  # the lexicon entry (its usual metric) is kept
            kept[key] = name
        return list(kept.values())

    def _lexicon(self, doc: Doc, text: str) -> tuple[list[Name], dict, list[tuple[int, int]]]:
        """Lexicon hits widened to the written variant; hits in the wrong case ("arc" for ARC,
        "record" for ReCoRD), which count only in lists of known names; IGNORE spans."""
        strings = doc.vocab.strings
        found, weak, blocked = [], {}, []
        for match_id, start, end in self.matcher(doc):
            alias = strings[match_id]
            entry = self.table[alias]
            s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if entry.label == IGNORE:
                blocked.append((s, e))
            elif alias in self.exact and _cased_key(text[s:e]) != _cased_key(alias) \
                    or _lowercased(alias, entry, text[s:e]) \
                    or entry.match == "auto" and _title_phrase_word(text, s, e, alias):
                weak[s, e] = entry
            elif entry.kind == EMBEDDING and not _embedding_compared(text, s, e):
                continue  # an embedding used as input is a tool (R-model-tool)
            elif entry.kind == TOOLKIT and _called_toolkit(text, text[s:e]):
                continue  # a toolkit the paper calls one is no model
            elif entry.kind == SOURCE and builds_data(text):
                continue  # the source of the paper's own data is not its data (R-ds-source)
            elif (name := self._widen(text, s, e, entry)) is not None \
                    and not (entry.kind == TASK_NAMED and name.written == entry.name
                             and not _task_named_data(text, s, e)):
                found.append(name)
        return found + self._glued_versions(text) + self._plus_variants(text), weak, blocked

    def _plus_variants(self, text: str) -> list[Name]:
        """Known datasets with a "+" glued on ("bAbI+", ``_PLUS_VARIANT``), which name that
        extended variant."""
        found = []
        for match in _PLUS_VARIANT.finditer(text) if "+" in text else ():
            entry = self.table.get(match["base"])
            if entry is not None and entry.label == "DATASET" and match[0] not in self.table:
                found.append(Name(match.start(), match.end(), entry.label, match[0],
                                  entry.name, "lexicon"))
        return found

    def _glued_versions(self, text: str) -> list[Name]:
        """Known datasets with a version glued on in one word ("MultiWOZ-2.0", "CTB7"), which
        name that version (not a campaign's year alone: "at SemEval-2020" is no dataset; nor a
        project's name, R-ds-project: "the DanNet2 project financed by"); and known models with
        their depth or version so ("ResNet-56", "ResNeXt-101", "ResNet32"), which name that
        variant of the family (the whole word a token, the matcher misses the family in it), but
        not the one-digit indices of a set numbered from 1: "nonempty sets OPT1 and OPT2 of
        optimal mixed strategies" (nips2006:6a4d1b4e5c; "TinyBERT4" and "TinyBERT6" are sizes)."""
        found = []
        glued = (window for window in number_windows(text) if _GLUED_DIGIT.search(text, *window))
        for lo, hi in glued:
            for match in _GLUED_VERSION.finditer(text, lo, hi):
                entry = self.table.get(match["base"])
                if entry is not None and entry.label in ("DATASET", "MODEL") \
                        and not (match["count"] and entry.label == "MODEL") \
                        and not entry.name.startswith(CAMPAIGNS) and match[0] not in self.table:
                    found.append(Name(match.start(), match.end(), entry.label, match[0],
                                      entry.name, "lexicon"))
        projects = {n.written for n in found if _PROJECT_AFTER.match(text, n.end)}
        models = {n.written for n in found if n.label == "MODEL"}
        return [n for n in found if n.written not in projects
                and not (n.label == "MODEL" and (m := _ONE_DIGIT_INDEX.fullmatch(n.written))
                         and {m["base"] + "1", m["base"] + "2"} <= models)]

    def _widen(self, text: str, start: int, end: int, entry: Entry) -> Name | None:
        """The lexicon hit with attached prefixes and variant suffixes; None for "BERT-like"."""
        if _LIKE.match(text, end):
            return None
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return None  # only part of a longer word
        suffix = _MODEL_SUFFIX if entry.label == "MODEL" else _DATA_SUFFIX
        end = suffix.match(text, end).end()
        size = _SPACED_SIZE.match(text, end) if entry.label == "MODEL" else None
        if size is not None and self.lexicon_keys.get(normalize(text[start:size.end()])) is entry:
            end = size.end()  # "the BERT base model": the lexicon's BERT-base
        if entry.name.startswith(CAMPAIGNS):
            end = _CAMPAIGN_PAIR.match(text, end).end()
        elif entry.label == "DATASET" and (pair := _DATA_PAIR.match(text, end)) is not None:
            end = pair.end()
        prefix = _PREFIX.search(text, max(0, start - 40), start) if text[start - 1:start] == "-" \
            else None
        if prefix is not None:
            start = prefix.start()
        elif entry.name in _PER_LANGUAGE:
            start = _language_start(text, start, end, _PER_LANGUAGE[entry.name])
        written = _SHARED_TASK_WORDS.sub(" Task ", text[start:end])
        return Name(start, end, entry.label, written, entry.name, "lexicon")

    def _patterns(self, text: str) -> tuple[list[Name], dict[str, bool], set[str]]:
        """Names the lexicon lacks (from their shape and cue words), the names of methods (True
        for those only called a way of building a model: ``_WAY_NOUN``), and acronyms of common
        phrases ("dialogue state tracking (DST)"), which name tasks."""
        found: list[Name] = []
        methods: dict[str, bool] = {}
        tasks: set[str] = set()
        # most abstracts write no "7B"; a match lies where the digit windows are
        windows = number_windows(text)
        sizes = occurs(_SIZE_GATE, text, windows)
        # a name said to be trained (first: a name another rule finds keeps that rule's source,
        # the later find winning)
        found += self._trained_names(text)
        found += self._shaped_names(text, sizes)
        found += self._head_cue_names(text, methods)
        _framework_methods(text, methods)
        plural = " and" in text and any(word in text for word in _PLURAL_DATA_WORDS)
        found += self._plural_lists(text, plural)
        found += self._introduced_models(text)
        found += self._apposed_models(text)
        found += self._series_models(text)
        self._listed_names(text, found, plural)
        found += self._paren_acronyms(text, methods, tasks)
        found += _campaigns(text, windows)
        self._data_noun_names(text, found)
        found += self._head_first_data(text)
        self._shared_tasks(text, found, windows, tasks)
        found += self._on_names(text)
        found += _wikipedia(text) if "Wikipedia" in text else []
        self._title_names(text, found, windows)
        found += self._contained(text, found)
        # (no name runs from the title into the abstract: "RDoC Task at BioNLP-OST 2019" then
        # "BioNLP Open Shared Tasks ..." is not one name "BioNLP-OST 2019\n\nBioNLP Open")
        return [name for name in found if "\n\n" not in text[name.start:name.end]], methods, tasks

    def _trained_names(self, text: str) -> list[Name]:
        """Models the text says are trained: "LEOPARD is trained", "we pre-train StructuralLM"."""
        found: list[Name] = []
        trained = []
        for verb in _TRAIN_VERB.finditer(text):
            pre = text.endswith(("pre", "pre-"), 0, verb.start())  # "pre-trained", "pretrain"
            if verb.group().endswith("ed"):
                trained.append((_TRAINED_SUBJECT.search(text, max(0, verb.start() - 60),
                                                        verb.start()), pre))
            if _WE_TRAIN_BEFORE.search(text, max(0, verb.start() - 30), verb.start()):
                trained.append((_TRAIN_OBJECT.match(text, verb.end()), pre))
        for match, pre in trained:
            if match is None:
                continue
            word = match.group("name")
            if is_name_shaped(word) and not _PLURAL_ACRONYM.search(word) \
                    and not self._known_model(word) and not self._other_label(word, "MODEL") \
                    and (pre or not _called_otherwise(text, word, {"way", "system"})):
                # (what the text calls a method or a system is what trains a model or holds one,
                # no model itself: "a novel method, LEOPARD, ... LEOPARD is trained with the
                # ... transformer architecture"; what it pre-trains is a pretrained model,
                # whatever it called it: "a new pre-training approach, StructuralLM, ... we
                # pre-train StructuralLM", as MASS in dev24 `icml2019:3802`; and a framework it
                # trains is its model, R-model-laternamed)
                found.append(Name(*match.span("name"), "MODEL", word, "", "pattern:trained"))
        return found

    def _shaped_names(self, text: str, sizes: bool) -> list[Name]:
        """Names by their shape: "Llama2-7b", "MentalBERT", "PRMBench", "LLaMA-based", "UL2 20B"."""
        found: list[Name] = []
        for match in _SIZED.finditer(text) if sizes else ():
            found.append(Name(match.start(), match.end(), "MODEL", match.group(), "",
                              "pattern:sized_name"))
        for match in _FAMILY_SUFFIX.finditer(text):
            start = match.start()
            while start and text[start - 1].isalnum():
                start -= 1
            word = text[start:match.end()]
            attached = start and text[start - 1] in "-_"
            if start < match.start() and word[0].isupper() and not attached \
                    and word.lower() not in _GENERIC and not word.startswith("Transformer"):
                found.append(Name(start, match.end(), "MODEL", word, "", "pattern:family_suffix"))
        benches = _BENCH_SUFFIX.finditer(text) if "Bench" in text or "Eval" in text else ()
        for match in benches:  # "PRMBench", "EvoEval", "MT-Bench"
            if is_name_shaped(match.group()) and not self._other_label(match.group(), "DATASET") \
                    and not match.group().startswith(CAMPAIGNS):  # "SemEval-2020" is a campaign
                found.append(Name(*match.span(), "DATASET", match.group(), "",
                                  "pattern:bench_suffix"))
        for match in _BASED.finditer(text):
            start = match.start()
            while start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
                start -= 1
            word = text[start:match.start()].lstrip(".-")
            if is_name_shaped(word) and not word.isupper():
                found.append(Name(match.start() - len(word), match.start(), "MODEL", word, "",
                                  "pattern:name_based"))
        for match in _NAME_SIZE.finditer(text) if sizes else ():
            word = match.group("name")
            if word in CAMPAIGNS:
                continue  # "BioASQ 5B" is a task's label, not a model's size
            if is_name_shaped(word) or word.istitle() and word.isalpha() \
                    and word.lower() not in _GENERIC and word.lower() not in _LEADING \
                    and not text[:match.start()].rstrip().endswith((".", "\n")):
                found.append(Name(match.start(), match.end("name"), "MODEL", word, "",
                                  "pattern:name_size"))
        return found

    def _head_cue_names(self, text: str, methods: dict[str, bool]) -> list[Name]:
        """Names by their head noun ("the PathX benchmark", "a model called X"); methods noted."""
        found: list[Name] = []
        for source, match, head in _head_cues(text):
            start, end = match.span("name")
            if source != "head_called" and _NEXT_NAME.match(text, match.end()):
                continue  # "the VLN dataset Touchdown": the name is the one after
            paren = match.group("paren") or ""
            data = head.group("data")
            of_models = source != "head_called" and data in ("suite", "collection") \
                and _OF_MODELS.match(text, head.end()) is not None
            if of_models:
                data = None
            if not data and (match.groupdict().get("task") or match.groupdict().get("bold")):
                continue  # "a NE recognition model" names a task's model, not a model
            if data and data.startswith("challenge") and _HARD_BEFORE.search(
                    text, max(0, head.start("data") - 20), head.start("data")):
                continue  # "Slot Filling (SF) is a significant challenge in ...": a difficulty
            if data and data.startswith(("task", "Task")):
                # "the PathX-256 task" names data; "NLI tasks", "VLN is a task", "the Named
                # Entity Recognition task" do not
                word = text[start:end]
                if source != "name_is_head" and " " not in word \
                        and not (word.isalpha() and word.isupper()):
                    found += self._cue_name(text, start, end, "DATASET", "pattern:task")
            elif data and not (source == "name_head" and text[start:end].isalpha()
                               and text[start:end].isupper() and (
                                   data[-1] in "sa" and data != "corpus"
                                   or _INDEFINITE_BEFORE.search(text, max(0, start - 40), start))) \
                    and not (source == "name_head" and _counted_task_data(text, start, end, data)):
                # "the G-TUNA corpus", "the THYME corpus", not "RTE datasets" nor "a given GEC
                # corpus", "a standard EL dataset" (data for a task)
                if source == "name_is_head" and (joined := _JOINED_BEFORE.search(
                        text, max(0, start - 80), start)) is not None:
                    start = joined.start()
                named = self._cue_name(text, start, end, "DATASET", f"pattern:{source}")
                word = text[start:end]
                if not named and source == "head_called" and _TITLE_WORD.fullmatch(word) \
                        and word.lower() not in _GENERIC and not _TITLE_PLAY.search(data) \
                        and not self._other_label(word, "DATASET"):
                    # a single word too: "a new dataset named Konv", "a benchmark named Cskills"
                    # (as a title's head names one, _TITLE_WORD; not "a television game called
                    # Password")
                    named = [Name(start, end, "DATASET", word, "", "pattern:head_called")]
                if named and source == "name_head" and _PLURAL_DATA.fullmatch(data):
                    named += self._plural_head_mates(text, start)
                found += named
            if data:
                continue
            # what a verb calls a model is its whole name where no acronym names it instead and
            # the name ends its phrase ("a novel model called Classless Association.", "a model
            # called Interpretable Reasoning Network that"; not "a model named Prototype Editing
            # based Summary Generator (PESG)")
            whole = start if source == "head_called" and not paren \
                and _PHRASE_END.match(text, end) and not _AND_CAPITAL.match(text, end) else None
            start = _name_tail(text, start, end)  # "the GPT-3 XL model", "large GPT models"
            if head.group("system") and (source == "name_head" or not _system_apposed(
                    text, start, match.groupdict().get("is") or "")):
                continue  # "a cross-lingual AMR parser": a parser of what the name names
            if head.group("model") or of_models \
                    or _network_architecture(text, source, match, head):
                named = self._cue_name(text, start if whole is None else whole, end, "MODEL",
                                       f"pattern:{source}")
                if not named and whole is not None:
                    named = self._called_word(text, start, end, match, head)
                found += named
                if " " not in paren and is_name_shaped(paren):
                    # "Neural wikipedia Quality Monitor (NwQM), a novel deep learning model":
                    # the acronym names it too
                    found += self._cue_name(text, *match.span("paren"), "MODEL",
                                            f"pattern:{source}")
            elif head.group("method"):
                way = _WAY.fullmatch(head.group("method")) is not None
                for key in {normalize(w) for w in (text[start:end], paren) if is_name_shaped(w)}:
                    methods[key] = methods.get(key, True) and way
                if source != "name_head" and _FRAME.fullmatch(head.group("method")):
                    # kept where the paper says "our model" (see find)
                    found += self._cue_name(text, start, end, "MODEL", "pattern:method_model")
        return found

    def _plural_lists(self, text: str, plural: bool) -> list[Name]:
        """Data listed before a plural noun: "on the Susanne and Teleman corpora", or before a
        singular one they share: "both the CNN-DM and NYT corpus"."""
        found: list[Name] = []
        for match in _AND_LAST_PLURAL.finditer(text) if plural else ():
            found += self._plural_list(text, match)
        shared = " and" in text and (" corpus" in text or " dataset" in text)
        for match in _AND_LAST_SHARED.finditer(text) if shared else ():
            found += self._plural_list(text, match)
        return found

    def _introduced_models(self, text: str) -> list[Name]:
        """Models the paper introduces: "our model POINTS", "a model named X", "we develop Timo"."""
        found: list[Name] = []
        frames = _FRAME_NAMED.finditer(text) if "framework " in text \
            or "architecture " in text else ()
        for match in frames:  # (only where the paper introduces it: "we propose a ... framework")
            if _introduced(text, match.start()):
                found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:method_model")
        for match in _OUR_MODEL.finditer(text):
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:our_model")
        named = "model " in text and _MODEL_CAPITAL.search(text) is not None
        for match in _A_MODEL_NAMED.finditer(text) if named else ():
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:a_model_named")
        for match in _OUR_NETWORK.finditer(text):
            if not _NOT_TITLE_NETWORK.search(match.group("name")):  # "our Neural Networks"
                found.append(Name(*match.span("name"), "MODEL", match.group("name"), "",
                                  "pattern:our_model"))
        spelled = ") model" in text or ") network" in text
        for match in _NAME_SPELLED_MODEL.finditer(text) if spelled else ():
            if " " in match.group("long"):  # a spelled-out form, not an acronym: "FM (RaFM) model"
                found += self._cue_name(text, *match.span("name"), "MODEL",
                                        "pattern:name_spelled")
        proposed = _PROPOSED_NAME.finditer(text) if _OUR_MODEL_SAID.search(text) else ()
        for match in proposed:
            if not _PROPOSED_KIND_BEFORE.search(text, 0, match.start()):
                found += self._cue_name(text, *match.span("name"), "MODEL",
                                        "pattern:proposed_name")
        for match in (m for rule in _INTRODUCED_WORDS for m in rule.finditer(text)):
            word = match.group("name")
            if match.group("model") and not match.group("system") \
                    and word.lower() not in _GENERIC and word.lower() not in _LEADING \
                    and not self._other_label(word, "MODEL"):
                found.append(Name(*match.span("name"), "MODEL", word, "",
                                  "pattern:introduced_word"))
        return found

    def _apposed_models(self, text: str) -> list[Name]:
        """Models set off by a comma: "Our proposed model, Trigger Matching Network, jointly"."""
        found: list[Name] = []
        apposed = _noun_before_comma(text, _COMMA_CAPITAL)
        apposed_the = ", the " in text and _noun_before_comma(text, _COMMA_THE_CAPITAL)
        for match in chain(_MODEL_APPOSED.finditer(text) if apposed else (),
                           _MODEL_APPOSED_THE.finditer(text) if apposed_the else ()):
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:model_apposed")
        introduced = _finditer_at(_INTRODUCED_PHRASE, text, _starts_of(text, _INTRODUCING_WORDS)) \
            if ", a" in text else ()
        for match in introduced:
            appositive = _ACRONYM_APPOSED.match(text, match.end())
            if appositive and (not appositive.group().endswith(("architecture", "architectures"))
                               or _NEURAL_BEFORE.search(appositive.group())):
                found += self._cue_name(text, *match.span("name"), "MODEL",
                                        "pattern:model_apposed") \
                    or self._network_named(match.group("name"), match.start("name"))
        return found

    def _network_named(self, written: str, start: int) -> list[Name]:
        """The introduced phrase ``written`` whose last word is a network's generic head
        ("Transformer", "Network"), which the phrase's words before it make a name: "we propose
        Tree Transformer, a model that"."""
        if _NETWORK_NAMED.fullmatch(written.rsplit(None, 1)[-1]) is None \
                or self._other_label(written, "MODEL"):
            return []
        return [Name(start, start + len(written), "MODEL", written, "", "pattern:model_apposed")]

    def _series_models(self, text: str) -> list[Name]:
        """The name of a series of models: "a series of Lory models", "a family of Pythia LLMs"."""
        found: list[Name] = []
        series = any(word in text for word in ("series", "family", "suite", "collection"))
        for match in _SERIES_OF.finditer(text) if series else ():
            word = match.group("name")
            if word.lower() not in _GENERIC and not self._other_label(word, "MODEL"):
                found.append(Name(*match.span("name"), "MODEL", word, "", "pattern:series_of"))
        return found

    def _listed_names(self, text: str, found: list[Name], plural: bool) -> None:
        """Adds to ``found`` the names listed after a head noun or a count of datasets."""
        title_end = text.find("\n\n")
        for stem, rule, label in _HEAD_LISTS:
            for match in rule.finditer(text) if stem in text else ():
                if match.start() < title_end:
                    continue  # a title's capitals mark no names: "with LLMs: Challenges and"
                cue = bool(match.group("cue"))
                if match.group("opened"):
                    # "datasets (e.g., WebInstruct, MetaMath, NuminaMath)": data names only, two
                    # or more (one is as often a task or a source: "corpora (e.g. LSA)"), and
                    # no task's word alone ("benchmarks (i.e. NER, Chunking, and POS tagging)")
                    if label == "DATASET":
                        found += [name for name in self._head_list(text, match.end(), label, False)
                                  if not _TASK_PHRASE.fullmatch(name.written)]
                    continue
                if not cue and _NEW_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                    # "a new dataset StackEx": the one name-shaped name after it
                    first = _RUN.match(text, match.end())
                    found += self._cue_name(text, *first.span(), label, "pattern:new_head")
                else:
                    found += self._head_list(text, match.end(), label, cue)
        counted = _finditer_at(_COUNTED_LIST, text, _starts_of(text, _COUNT_WORDS)) \
            if plural else ()
        for match in counted:
            spans = {(n.start, n.end) for n in found}  # (a name found otherwise keeps its source)
            found += [n for n in self._counted_list(text, match) if (n.start, n.end) not in spans]

    def _paren_acronyms(self, text: str, methods: dict[str, bool], tasks: set[str]) -> list[Name]:
        """Acronyms in parentheses by their head ("... (SAT) model"); methods and tasks noted."""
        found: list[Name] = []
        for match in _PAREN_ACRONYM.finditer(text):
            way = _ACRONYM_METHOD_AFTER.match(text, match.end())
            if way is not None and not _put_forward(text, match.start(), match.end(),
                                                    match.group("name")):
                # "the Sufficient Dimensionality Reduction (SDR) framework": a method, as after
                # a name (``_NAME_HEAD``, "the ProX framework"); the paper's own is left to the
                # rules below ("we propose a ... (DCN) approach")
                key = normalize(match.group("name"))
                methods[key] = methods.get(key, True) and _WAY.fullmatch(way.group(1)) is not None
                continue
            words = _words_before(text, match.start(), 2)
            # "... Reconstruction for LLMs (AMLQ)": a noun after a preposition is not the head
            head = None if words[0] in _PREPOSITIONS else _ACRONYM_HEAD.fullmatch(words[-1])
            if head is None and _RECURRENT_UNIT.fullmatch(" ".join(words)):
                head = _ACRONYM_HEAD.fullmatch("network")  # (a network's cell: introduced below)
            if head is not None and head.group("introduced") \
                    and not _introduced(text, match.start()) \
                    and not _ours(text, match.start()) \
                    and not (head.group("introduced") != "model"
                             and _named_long_form(text, match.start())):
                head = None  # "... using a recurrent neural network (RNN)": not the paper's
                # (but a network named so is a model: "a ... model for disfluency detection,
                # called an auto-correlational neural network (ACNN)"; a plain "model" may be
                # a classical one, R-model-classical: "the so-called Position-based click model")
            if _PLURAL_ACRONYM.search(match.group("name")) \
                    and (head is None or not head.group("introduced")
                         and not _family_introduced(text, match)):
                continue  # a plural acronym names a class ("(LLMs)"), unless the paper introduces
                # it: "We propose structured generative adversarial networks (SGANs)", "we
                # propose three Latent Meaning Models (LMMs), named LMM-A, LMM-S and LMM-M"
            if head is None and words[0] == "language" and words[-1] == "model":
                head = _ACRONYM_HEAD.fullmatch("Model")  # "a ... language model (BERT)"
            head = head or _ACRONYM_AFTER.match(text, match.end())  # "... (SAT) Model"
            if head is None and _model_before_phrase(text, match.start(), match.end()):
                head = _ACRONYM_HEAD.fullmatch("Model")  # "a ... Model with ... (MLMA)"
            if head is not None and head.groupdict().get("lower") and not (
                    (_introduced(text, match.start()) or _ours(text, match.start()))
                    and (all(w[:1].isupper() for w in words)
                         or head.group("lower") == "model"  # (an architecture Title Case only)
                         and _coined_acronym(words[-1], match.group("name")))):
                # "the popular Latent Dirichlet Allocation (LDA) model", "an extension of the
                # Multinomial Logit (MNL) model": a model the paper uses or extends (but "our"
                # marks its own: "Our label-finetuning (LFT) model prepends")
                head = None
            if head is None and self._names_data(text, match.start()):
                head = _ACRONYM_DATA_AFTER.match(text, match.end())  # "... (HSE) dataset"
            if head is None and _new_data_named(text, match):
                head = _ACRONYM_HEAD.fullmatch("dataset")  # "a new corpus of ... texts (GCDC)"
            if head is not None:
                label = "DATASET" if head.group("data") else "MODEL"
                # (an acronym the paper puts forward may be coined in lower case: "we propose a
                # multi-difference and tag (mDiTag) model", "the proposed scaled Cayley
                # orthogonal recurrent neural network (scoRNN)"; not a class's: "a deep
                # bidirectional language model (biLM)")
                coined = _put_forward(text, match.start(), match.end(), match.group("name"))
                found += self._cue_name(text, *match.span("name"), label, "pattern:acronym",
                                        coined=coined)
            elif _ACRONYM_APPOSED.match(text, match.end()) and _introduced(text, match.start()) \
                    and not is_name_shaped(words[-1]):  # (not "MoA (Mixture-of-Adapters), a")
                # (which the paper introduces, so it may be coined in lower case: "We introduce
                # supervised latent Dirichlet allocation (sLDA), a statistical model of")
                found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:acronym",
                                        coined=True)
            elif words[-1] == "model" and _named_in_paren(text, match) \
                    and not self._known_model(match.group("name")):
                found.append(Name(*match.span("name"), "MODEL", match.group("name"), "",
                                  "pattern:noun_paren"))
            elif (task := _ACRONYM_SUBTASK.match(text, match.end())) is not None \
                    and is_name_shaped(task.group("campaign")):
                found += self._cue_name(text, *match.span("name"), "DATASET",
                                        "pattern:acronym_event")
            elif (_HYPHEN_PHRASE.fullmatch(words[-1]) or len(words) == 2 and match.group(
                    "name").isalpha() and (
                    _PHRASE_WORD.fullmatch(words[1]) and _PHRASE_WORD.fullmatch(words[0].lower())
                    or _TASK_PHRASE.fullmatch(words[1]) and words[0].isalpha())) \
                    and not _own_shared_task(text, match) \
                    and not _network_headed(words[-1]):
                # (a long form headed by a network noun names no task: "the dependent
                # bidirectional recurrent neural network (DBRNN)")
                tasks.add(normalize(match.group("name")))
            elif (event := _ACRONYM_EVENT_AFTER.match(text, match.end())) is not None \
                    or _named_task(text, match):
                # "(FNC-1) shared task", "the Duolingo Shared Task on ... (STAPLE)"
                events = self._cue_name(text, *match.span("name"), "DATASET",
                                        "pattern:acronym_event")
                year = _EVENT_YEAR.match(text, event.end()) if event is not None else None
                long = _EVENT_LONG_FORM.search(text, max(0, match.start("name") - 120),
                                               match.start("name")) if year else None
                year = year if long is not None and long["long"][0] == match["name"][0] else None
                for name in events if year is not None else ():
                    name.written = f"{name.written} {year.group(1)}"
                found += events
        return found

    def _data_noun_names(self, text: str, found: list[Name]) -> None:
        """Adds to ``found`` the data named beside a data noun ("the Omniglot dataset")."""
        # (both rules of data nouns need one of these words, or "data set" written apart)
        data_words = any(word in text for word in _DATA_NOUN_WORDS)
        data_starts = _starts_of(text, _DATA_NOUN_STARTS) if data_words else []
        nouns = [p for p in data_starts if _DATA_NOUN_END.match(text, p)]
        spaced = [p - 1 for p in nouns if text[p - 1:p] == " "]  # " dataset", " corpus", ...
        framed = bool(spaced)
        self._the_name_data(text, found, nouns, spaced, framed)
        self._after_data_noun(text, found, data_starts, framed)
        found += self._apposed_data(text)
        found += self._data_before_names(text, data_words, data_starts)

    def _the_name_data(self, text: str, found: list[Name], nouns: list[int], spaced: list[int],
                       framed: bool) -> None:
        """Adds data named before its noun: "the Omniglot dataset", "the WALS database"."""
        frames = _THE_NAME_DATASET.finditer(text) \
            if framed and any(_capital_word_ends(text, p) for p in nouns) else ()
        for match in frames:  # "the Omniglot dataset"
            written = match.group("name")
            if match.group("opener") != "the" \
                    and _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            # (a treebank's noun is part of its name, written in lower case: "Penn treebank" is
            # the lexicon's Penn Treebank, not "Penn"; other heads are dropped: "Genia corpus";
            # a language's is its data: "on Arabic treebank")
            whole = text[match.start("name"):match.end()]
            known = self.lexicon_keys.get(normalize(whole)) if whole.endswith("treebank") \
                and not _is_language(written.split()[0]) else None
            if known is not None and known.label == "DATASET":
                found.append(Name(match.start("name"), match.end(), "DATASET", whole, known.name,
                                  "pattern:the_name"))
            elif _plain_data_name(written) and not self._other_label(written, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", written, "", "pattern:the_name"))
        taken = {n.start for n in found}  # (a name found otherwise keeps its source)
        for space in spaced:  # "the wikitext2 dataset"
            match = _LOWER_NAME_BEFORE.search(text, max(0, space - 40), space)
            if match is not None and match.start("name") not in taken \
                    and _coined_lower(match.group("name")) \
                    and not self._other_label(match.group("name"), "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:the_name"))
        described = _THE_NAME_DESCRIBED.finditer(text) if framed else ()
        if any(word in text for word in _RESOURCE_WORDS) and _THE_RESOURCE_GATE.search(text):
            described = chain(described, _THE_NAME_RESOURCE.finditer(text),
                              _THE_RESOURCE_NAMED.finditer(text))
        for match in described:  # "the SPaRKy restaurant corpus", "the WALS database"
            written = match.group("name")
            # (a plain word too before the words of its data: "the Enron email corpus"; not a
            # language: "the Slovene reference speech corpus", nor a known name's first word:
            # "the Stanford natural language inference dataset")
            plain = match.re is not _THE_NAME_RESOURCE and written.isalpha() \
                and _plain_data_name(written) \
                and not any(normalize(text[match.start("name"):end]) in self.lexicon_keys
                            for end in (match.end(), text.rfind(" ", 0, match.end())))
            if (is_name_shaped(written) or plain) and not _NEXT_NAME.match(text, match.end()) \
                    and not (match.re is _THE_NAME_DESCRIBED and match.group("alone") is not None
                             and match.start("name") in taken) \
                    and not self._other_label(written, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", written, "", "pattern:the_name"))

    def _after_data_noun(self, text: str, found: list[Name], data_starts: list[int],
                         framed: bool) -> None:
        """Puts first in ``found`` the data named after its noun: "the dataset ReDial"."""
        after_noun = _THE_DATA_NAMED.finditer(text) \
            if framed and any(_DATA_NOUN_NAMED.match(text, p) for p in data_starts) else ()
        for match in after_noun:  # "the dataset ReDial"
            written = match.group("name")
            if _data_named(text, match) and not _NEXT_NAME.match(text, match.end()) \
                    and normalize(written) not in self.lexicon_keys \
                    and not self._other_label(written, "DATASET"):
                # (first: another rule's find of the same span is kept, the later find winning)
                found.insert(0, Name(*match.span("name"), "DATASET", written, "",
                                     "pattern:data_named"))

    def _apposed_data(self, text: str) -> list[Name]:
        """Data set off by a comma: "CIFAR-10H and ImageNet-16H, two large-scale ... datasets"."""
        found: list[Name] = []
        apposed = _DATA_APPOSED.finditer(text) \
            if any(gate.search(text) for gate in _DATA_APPOSED_GATES) else ()
        for match in apposed:  # "CIFAR-10H and ImageNet-16H, two large-scale ... datasets"
            if match.group("acronym"):  # "... for any Task (ADAPT) \u2013 a benchmark"
                # (not a generic kind's, its long form in lower case: "the silver standard
                # corpus (SSC), a corpus that has been generated by")
                long_form = text[max(0, match.start() - 60):match.start("acronym") - 1].split()
                if any(word[:1].isupper() for word in long_form[-3:]):
                    found += self._cue_name(text, *match.span("acronym"), "DATASET",
                                            "pattern:data_apposed")
                continue
            named = self._apposed_name(text, *match.span("name"))
            start = match.start("name")
            while named and match.group("det")[-1] in "osreh" and (
                    prev := _LIST_PREV.search(text, max(0, start - 40), start)) is not None:
                start = prev.start("w")  # the names listed before a plural apposition
                mate = self._apposed_name(text, start, prev.end("w"))
                if not mate:
                    break
                named += mate
            found += named
        return found

    def _data_before_names(self, text: str, data_words: bool, data_starts: list[int]) -> list[Name]:
        """Data named after a data noun and a comma or dash: "a new ... dataset - WD50K"."""
        found: list[Name] = []
        data_noun = data_words or _DATA_SET_APART.search(text)
        if data_noun and not data_words:  # ("data set" apart)
            data_starts = _starts_of(text, _DATA_NOUN_STARTS)
        befores = _finditer_at(_DATA_BEFORE_NAME, text, data_starts) \
            if data_noun and (", " in text or _SPACED_DASH.search(text)) else ()
        for match in befores:
            group = "name" if match.group("name") else "long"
            found += self._cue_name(text, *match.span(group), "DATASET", "pattern:data_apposed")
        return found

    def _head_first_data(self, text: str) -> list[Name]:
        """Data named head first or as a collection: "the Corpus of ... (COCA)", "X Treebank"."""
        found: list[Name] = []
        collection = any(word in text for word in _COLLECTION_WORDS)
        heads = collection or "Benchmark" in text  # ("Dataset" is a collection word)
        for match in _HEAD_FIRST_ACRONYM.finditer(text) if heads and \
                _HEAD_FIRST_GATE.search(text) else ():
            found += self._head_first_acronym(text, match)
        head_first = _HEAD_FIRST_OF.search(text) is not None
        for match in _THE_HEAD_FIRST.finditer(text) if head_first else ():
            if match.start() > text.find("\n\n") or not text[:match.start()].rstrip(": "):
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:head_first"))
                paren = _PAIR_PAREN.match(text, match.end())  # its acronym: "... (CzeDLex)"
                if paren is not None and _PAIR_ACRONYM.fullmatch(paren.group("inner")):
                    found.append(Name(*paren.span("inner"), "DATASET", paren.group("inner"), "",
                                      "pattern:acronym_pair"))
        collections = _COLLECTION.finditer(text) if collection else ()
        for match in collections:
            start, end = _after_headline_words(text, *_trim_run(text, *match.span("name")))
            written = text[start:end]
            words = written.split()
            head = -2 if words[-1].isdigit() else -1
            if (words[head] != "Dataset" or len(words[:head]) > 1
                    and _words_before(text, start, 1)[0].lower() in ("", *_LEADING)) \
                    and not (words[head] in ("Dataset", "Treebanks")
                             and normalize(" ".join(words[:head])) in self.lexicon_keys) \
                    and (_collection_named(words[:head])
                         or _plain_collection(text, start, end, words)) and (
                    "\n\n" not in text[end:] or _title_collection(text, start, end)) \
                    and not self._other_label(written, "DATASET"):
                found.append(Name(start, end, "DATASET", written, "", "pattern:collection"))
        return found

    def _shared_tasks(self, text: str, found: list[Name], windows: Windows,
                      tasks: set[str]) -> None:
        """Adds shared tasks, their tracks and numbered tasks' names: "SemEval-2020 Task 9"."""
        numbered = bool(windows) and _TASK_NUMBERED.search(text) is not None  # (a digit)
        for match in _SHARED_TASK.finditer(text) if numbered else ():
            if match.group("space") and not is_name_shaped(match.group("base")):
                continue
            written = _SHARED_TASK_WORDS.sub(" Task ", match.group())
            found.append(Name(*match.span(), "DATASET", written, "", "pattern:shared_task"))
        # (the rules of shared tasks need "shared" or "Shared", tested once; a name of the
        # first ends in "Task", comes before a "shared task" or an "evaluation campaign")
        shared = "hared" in text
        year_shared = "Task" in text or shared or "ampaign" in text \
            or " task" in text and _CAPITAL_WORD_TASK.search(text) is not None
        title_end = text.find("\n\n")
        for match in _YEAR_SHARED_TASK.finditer(text) if year_shared else ():
            if _kind_of_task(text, match):
                continue
            if is_name_shaped(match.group("base")):
                start = match.start("name")
                end = _task_head_end(text, match.group("base"), match.end("name"), title_end)
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        described = " task" in text and _YEAR_WORDS_TASK.search(text) is not None
        for match in _DESCRIBED_TASK.finditer(text, max(0, title_end)) if described else ():
            # (not where the title names that year's task, in the title's spelling, R-ds-taskname:
            # "Amobee at IEST 2018: ..." and "the WASSA 2018 implicit emotions shared task")
            if is_name_shaped(match.group("base")) \
                    and match.group("year") not in text[:max(0, title_end)]:
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:shared_task"))
        dated = ") 20" in text or ") 19" in text
        for match in _ACRONYM_YEAR_TASK.finditer(text) if dated else ():
            end = _task_head_end(text, match.group("base"), match.end(), title_end)
            found.append(Name(*match.span("base"), "DATASET",
                              f"{match.group('base')} {text[match.start('year'):end]}", "",
                              "pattern:shared_task"))
        for match in _TITLE_SHARED_TASK.finditer(text, 0, title_end) \
                if "Shared" in text[:max(0, title_end)] else ():
            if is_name_shaped(match.group("base")):
                start, end = match.span("name")
                if match.group("base") not in _MULTITASK_CAMPAIGNS \
                        and (on := text.find(" Shared Task on ", start, end)) >= 0:
                    end = on + len(" Shared Task")
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        for match in _ABSTRACT_TASK_ON.finditer(text, title_end) \
                if title_end > 0 and "Shared Task on" in text else ():
            base = match.group("base")
            if base in _MULTITASK_CAMPAIGNS and base.lower() not in text[:title_end].lower():
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:shared_task"))
        for match in _SHARED_TASK_YEAR.finditer(text) if shared else ():
            start, end = _trim_run(text, *match.span("name"))
            # (a headline's words up to "for" / "of" are not the task's: "ISLab System for SMM4H
            # Shared Task 2020", "the Shallow Track of Surface Realization Shared Task 2018")
            for joiner in _HEADLINE_JOINER.finditer(text, start, match.end("base")):
                if _NOT_TASK_WORD.search(text, start, joiner.start()):
                    start = joiner.end()
            if start < match.end("base"):  # not only "The"
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        for match in _ACRONYM_SHARED_TASK.finditer(text) if shared else ():
            word = match.group("name")
            at = text[match.end():match.end() + 16]  # (not "the QE shared task at WMT19")
            if is_name_shaped(word) and word not in _VENUES and not (
                    at.startswith(" at ") and _CAMPAIGN_GATE.search(at)) \
                    and not _subtask_of(text, word) \
                    and (normalize(word) in tasks or not any(
                        n.start == match.start("name") and n.source == "pattern:name_head"
                        for n in found)):  # (a find of that rule it keeps stays its own)
                # (in the title, with the head it capitalizes, R-ds-taskshort: "QC-GO Submission
                # for MADAR Shared Task: ..." is "MADAR Shared Task"; the abstract's mentions
                # are the same task)
                start, end = match.span("name")
                end = _task_head_end(text, word, end, title_end) if end < title_end else end
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:task_acronym"))
        for match in _TRACK_OF.finditer(text) if "rack" in text else ():
            end = len(text[:match.start()].rstrip())
            if end < match.start() and (name := _track_name(text, end)) is not None:
                found.append(name)
        for match in _TASK_TITLED.finditer(text) if numbered else ():
            word = match.group("name")
            if "\n\n" in text[match.end():] and " at " in text[:match.start()]:
                continue  # "Nova-Wang at SemEval-2020 Task 12: OffensEmblert: ...": the system
            if is_name_shaped(word.lstrip("#")) and not self._other_label(word, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", word, "", "pattern:task_name"))

    def _on_names(self, text: str) -> list[Name]:
        """Data a result is on: "accuracy on SQA from 55.1", "Experiments on ALCE show"."""
        found: list[Name] = []
        last = -1  # where the last "on NAME" the cue took ends
        for match in _ON_NAME.finditer(text):
            words = _words_before(text, match.start(), 3)
            if match.start() and text[match.start() - 1].isspace() and (
                    words[-1][-1:] in "0123456789%)" and words[-1]
                    or any(_ON_VERB.fullmatch(w) for w in words)
                    or _parallel_on(text, last, match.start())
                    or _SCORE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                    and _scored_name(match.group("name"))) \
                    and not is_metric(match.group("name")):  # "improvements on ROUGE for"
                named = self._cue_name(text, *match.span("name"), "DATASET", "pattern:on_name")
                if named:  # and the names listed with it: "on WN11 and FB13 for the ..."
                    last = match.end()
                    for s, e in _on_list_mates(text, match.start("name")):
                        named += self._cue_name(text, s, e, "DATASET", "pattern:on_name")
                found += named
        return found

    def _title_names(self, text: str, found: list[Name], windows: Windows) -> None:
        """Adds the names a title gives: its own name, network, team's event, campaign, task."""
        found += self._title(text) + self._title_network(text)
        found[:0] = self._title_spelled(text)  # (first: another rule's find keeps its source)
        if (team := _TEAM_AT_EVENT.match(text)) is not None and not any(
                normalize(team.group("event")) in normalize(n.written)
                and team.group("edition")[-1] in n.written for n in found) and not re.search(
                rf"\b{_EVENT_WORD}\b[^.()]*\(\s*{re.escape(team.group('name'))}\s*\)", text):
            # (unless the text names the edition otherwise: "the PARSEME shared task 2020", or
            # spells it out as a workshop: "the 3rd Workshop on Neural Generation and
            # Translation (WNGT 2019)", whose shared task is the data)
            found.append(Name(*team.span("name"), "DATASET", team.group("name"), "",
                              "pattern:title"))
        found += (_title_campaign(text) if windows else []) + _title_task_acronym(text)

    def _contained(self, text: str, found: list[Name]) -> list[Name]:
        """Data named by what it contains (``_CONTAIN_VERB``), where no other rule and no lexicon
        entry finds the name (those keep their source)."""
        out = []
        known = {normalize(n.written) for n in found}
        for verb in _finditer_at(_CONTAIN_VERB, text, _starts_of(text, _CONTAIN_WORDS)):
            subject = _CONTAINS_SUBJECT.search(text, max(0, verb.start() - 40), verb.start())
            word = subject.group("name") if subject is not None else ""
            if (is_name_shaped(word) or _APPOSED_SHAPE.fullmatch(word)) \
                    and word.lower() not in _GENERIC and _CONTAINED.match(text, verb.end()) \
                    and normalize(word) not in known and normalize(word) not in self.lexicon_keys \
                    and not self._known_model(word):
                out.append(Name(*subject.span("name"), "DATASET", word, "", "pattern:contains"))
        return out

    def _head_first_acronym(self, text: str, match: re.Match) -> list[Name]:
        """The acronym after "Corpus of ..." if it is one (two capitals) of a Title Case long
        form that ends in no language ("Corpus for French Sign Language (LSF)") and whose
        initial is among its own first words' ("National Corpus of Polish (NKJP)")."""
        name = match.group("name")
        long_words = text[match.end("head"):match.start("name") - 1].split()
        if sum(c.isupper() for c in name) < 2 or long_words[-1] in ("Language", "Languages") \
                or any(w[:1].islower() and w not in _JOINERS and w != "with" for w in long_words):
            return []
        firsts = [w for w in match.group("before").split() if w.lower() not in _LEADING]
        if name[0].lower() not in {w[0].lower() for w in [*firsts, match.group("head")]}:
            return []
        return self._cue_name(text, *match.span("name"), "DATASET", "pattern:acronym")

    def _plural_head_mates(self, text: str, start: int) -> list[Name]:
        """The names listed before the name at ``start`` that a plural data noun follows: "the
        LS07 and LS14 benchmarks", "IHDP, ACIC-2016, and Twins benchmarks" (those shaped as
        names, and not the end of a longer one: "Penn TreeBank and Text8 datasets")."""
        items = _list_items(text, start)[:-1]
        if items and _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0]):
            items = items[1:]
        return [name for s, e in items
                for name in self._cue_name(text, s, e, "DATASET", "pattern:name_head")]

    def _plural_list(self, text: str, match: re.Match) -> list[Name]:
        """The items of the list a plural data noun ends (``_AND_LAST_PLURAL``): name-shaped
        ones and plain capitalized words; none where an item is a language or a language pair
        ("on the English and Chinese datasets", "on En-De and En-Fr datasets", "on
        English-to-Finnish and English-to-German datasets") or generic ("on the NER and POS
        datasets")."""
        prev = _LIST_PREV.search(text, max(0, match.start() - 60), match.end("sep"))
        if prev is None:
            return []
        items = _list_items(text, prev.start("w"))
        if items[-1][0] != match.start("last"):
            items.append(match.span("last"))
        before = _words_before(text, items[0][0], 1)[0]
        longer = _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0]) \
            or _APPOSED_SHAPE.fullmatch(before)
        if longer:  # the end of a longer name: "the MNIST, NMNIST, DVS Gesture, and TIDIGITS
            items = items[1:]  # datasets", "the SemEval ABSA Restaurant and Laptop datasets",
            # "on zsRE QA and NQ datasets"
        elif before.lower() not in _LIST_OPENERS:
            return []
        out = []
        for s, e in items:
            word = text[s:e]
            if any(_is_language(part)
                   or _CODE_PAIR.fullmatch(word) for part in word.split("-")):
                return []
            if _data_word(word) or word in _SOURCE_WORDS and len(items) > 1:
                if not longer and not self._other_label(word, "DATASET"):
                    out.append(Name(s, e, "DATASET", word, "", "pattern:plural_list"))
            elif is_name_shaped(word):
                out += self._cue_name(text, s, e, "DATASET", "pattern:plural_list")
        return out

    def _apposed_name(self, text: str, start: int, end: int) -> list[Name]:
        """The name before a data apposition: name-shaped, "xGQA"/"42D", or a capitalized word
        inside its sentence and not the end of a longer name ("on Spider, a ... benchmark", not
        "However, the dataset", "Global Voices, a ... dataset")."""
        written = text[start:end]
        before = text[:start].rstrip()
        if " " in written and (cap := _CAPITAL_BEFORE.search(text, max(0, start - 30), start)) \
                and cap.group("w").lower() not in _LEADING:
            return []  # the end of a longer name: "the Predicate Matrix v1.1, a new resource"
        if _APPOSED_SHAPE.fullmatch(written) or written.istitle() and written.isalpha() \
                and before and before[-1] not in ".:;!?" and written.lower() not in _LEADING \
                and not _is_language(written) \
                and not _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
            if written.lower() in _GENERIC or self._other_label(written, "DATASET"):
                return []
            return [Name(start, end, "DATASET", written, "", "pattern:data_apposed")]
        return self._cue_name(text, start, end, "DATASET", "pattern:data_apposed")

    def _names_data(self, text: str, paren: int) -> bool:
        """Whether the words before an acronym's parenthesis are the Title Case name of data
        ("Human-annotated Salient Excerpts (HSE)"), not a task ("Reading Comprehension (RC)"),
        a language ("Dialectal Arabic (DA)", "French Sign Language (LSF)") or a name the
        lexicon knows, which is then the name reported ("Natural Questions (NQ)")."""
        words = _words_before(text, paren, 4)
        last = words[-1]
        return (all(w[:1].isupper() for w in words[-2:]) and len(words) > 1
                and not _TASK_PHRASE.fullmatch(last)
                and last.lower() not in _GENERIC and last not in ("Language", "Languages")
                and not any(normalize(" ".join(words[i:])) in self.lexicon_keys
                            for i in range(len(words))))

    def _head_list(self, text: str, start: int, label: str, cue: bool) -> list[Name]:
        """The names listed after a head noun: two or more, or one after "such as"; a model's
        size written apart after it is not part of its name ("LLMs such as Nemotron 4 340B and
        Llama 3.1 405B" list Nemotron 4 and Llama 3.1, as the guidelines' "UL2 20B")."""
        first = _RUN.match(text, start)
        items = [first.span()]
        while (nxt := _RUN_NEXT.match(text, _past_gloss(text, items[-1][1], label))) is not None:
            items.append(nxt.span("w"))
        if len(items) < 2 and not cue:
            return []
        out = []
        for s, e in items:
            if label == "MODEL" and (size := _SIZE_APART.search(text, s, e)) is not None:
                e = size.start()
            word = text[s:e]
            if label == "MODEL" and _class_item(text, s, e):
                continue
            if " " not in word and word.istitle() and word.isalpha():
                if word.lower() in _GENERIC:
                    continue
                if not self._other_label(word, label):
                    out.append(Name(s, e, label, word, "", "pattern:head_list"))
            else:
                out += self._cue_name(text, s, e, label, "pattern:head_list")
        return out

    def _counted_list(self, text: str, match: re.Match) -> list[Name]:
        """The names of a counted list (``_COUNTED_LIST``) when there are as many as its count,
        but for languages, language pairs, split labels and names the lexicon finds (as it
        spells them)."""
        items = [_RUN.match(text, match.end()).span()]
        while (nxt := _RUN_NEXT.match(text, _past_gloss(text, items[-1][1], "DATASET"))):
            items.append(nxt.span("w"))
        if len(items) != _COUNTS[match.group("n").lower()] \
                or not _COUNTED_LIST_END[match.group("open")].match(text, items[-1][1]):
            return []
        out = []
        for s, e in items:
            start, end = _trim_run(text, s, e)
            written = text[start:end]
            if written.lower() not in LANGUAGES and written.lower() not in _GENERIC \
                    and not _PAIR.fullmatch(written) and not _SPLIT_LABEL.fullmatch(written) \
                    and normalize(written) not in self.lexicon_keys:
                out.append(Name(start, end, "DATASET", written, "", "pattern:counted_list"))
        return out

    def _called_word(self, text: str, start: int, end: int, match: re.Match,
                     head: re.Match) -> list[Name]:
        """A single title-case word a naming verb gives an architecture or the paper's model,
        where it ends the phrase: "a novel architecture named Mac.", "Our model, named Refuel,
        achieves" (as "a new dataset named Konv" for data); after a bare "model" only where it
        is the paper's, not "an analytical performance model called Paleo"."""
        word = text[start:end]
        if not (word.istitle() and word.isalpha()) or word.lower() in _GENERIC \
                or self._other_label(word, "MODEL"):
            return []
        if (head.group("model") or "").startswith("model") \
                and not _OUR_MODEL_CALLED.search(text, max(0, match.start() - 40), match.start()):
            return []
        return [Name(start, end, "MODEL", word, "", "pattern:head_called")]

    def _cue_name(self, text: str, start: int, end: int, label: str, source: str,
                  coined: bool = False) -> list[Name]:
        """The name a cue points at, if it is shaped like a name and not known as another label;
        ``coined`` admits the shapes of a name coined in lower case (``_APPOSED_SHAPE``)."""
        start, end = _trim_run(text, start, end)
        written = text[start:end].rstrip(".")
        if label == "DATASET" and (sign := _SIGN_LANGUAGE.search(written)) is not None:
            written = written[:sign.start()]  # a language: "the Flemish Sign Language corpus"
        shaped = coined and _APPOSED_SHAPE.fullmatch(written) is not None \
            or _run_is_name(written, source not in _STRONG)
        if not shaped or self._other_label(written, label):
            return []
        if " " in written and source != "pattern:title" and "\n\n" in text[start:] \
                and not any(is_name_shaped(w) for w in written.split()):
            return []  # Title Case runs in the title are headline words, not names
        return [Name(start, start + len(written), label, written, "", source)]

    def _known_model(self, written: str) -> bool:
        """Whether the lexicon knows ``written`` or its family as a model (then found by it)."""
        models = self.known.get("MODEL", {})
        identity = model_identity(written, models)
        return normalize(written) in self.lexicon_keys \
            or identity is not None and normalize(identity.family) in models

    def _other_label(self, written: str, label: str) -> bool:
        """True when the lexicon knows ``written`` under another label, in its case where the
        name must have it ("the MUSE dataset" is not the text-to-image model Muse)."""
        key = normalize(written)
        entry = self.lexicon_keys.get(key)
        if entry is None or entry.label == label:
            return False
        same = [a for a in entry.names if normalize(a) == key]
        return not all(a in self.exact and _cased_key(a) != _cased_key(written) for a in same)

    def _title(self, text: str) -> list[Name]:
        """The name a title opens with ("LOLA - An Open-Source ... Model"), by its head noun."""
        match = _TITLE_WORD_REST.match(text)
        if match is None:
            return self._title_two_words(text)
        # (a coined name may open in lower case: "hULMonA: The Universal Language Model in
        # Arabic", "tBERT: Topic Models and BERT ...", "emrQA: A Large Corpus for ...")
        shaped = is_name_shaped(match.group("name")) \
            or _APPOSED_SHAPE.fullmatch(match.group("name")) is not None
        if not shaped and not _TITLE_WORD.fullmatch(match.group("name")):
            return []
        head = _TITLE_HEAD.match(match.group("rest"))
        words = head.group("head") if head is not None else ""
        label = ("DATASET" if _TITLE_DATA.search(words) else
                 "MODEL" if _TITLE_MODEL.search(words) else None)
        if label is None and (_TITLE_DATA_LATE.match(match.group("rest"))
                              or _TITLE_BENCHMARKING.match(match.group("rest"))
                              or _TITLE_DATA_VERBED.match(match.group("rest"))
                              and _DATA_MADE.search(text, match.end()) is not None):
            label = "DATASET"
        if label is None or not shaped and (label != "DATASET" or _TITLE_PLAY.search(words)):
            return []
        return [Name(match.start("name"), match.end("name"), label, match.group("name"), "",
                     "pattern:title")]

    def _title_two_words(self, text: str) -> list[Name]:
        """The two words a title opens with, one shaped like a name, where the head after them
        is data (``_TITLE_TWO_WORDS_REST``): "PuzzLing Machines: A Challenge on ..."."""
        match = _TITLE_TWO_WORDS_REST.match(text)
        words = match.group("name").split() if match is not None else []
        if not words or not any(is_name_shaped(w) for w in words) \
                or words[0].lower() in _LEADING or re.fullmatch(r"[A-Z][a-z]+ing", words[0]) \
                or not (any(c.isdigit() for c in words[1])
                        or re.fullmatch(r"[A-Z][a-z]+", words[1])
                        and match.group("name") in text[match.end():]):
            # a version or number after a name ("WorldTree V2", "AGRR 2019"), or a plain word the
            # abstract writes with it again; not "Introducing MULAI", "OneStopEnglish corpus", a
            # tool's "LINSPECTOR WEB", a headline's "MāOri Loanwords"
            return []
        head = _TITLE_HEAD.match(match.group("rest"))
        if head is None or not _TITLE_DATA.search(head.group("head")) \
                or self._other_label(match.group("name"), "DATASET"):
            return []
        return [Name(match.start("name"), match.end("name"), "DATASET", match.group("name"), "",
                     "pattern:title")]

    def _title_spelled(self, text: str) -> list[Name]:
        """The acronym a whole title spells out (``_TITLE_SPELLED``), where the abstract writes
        it: the paper's model, by its short name (not a class's: "1-norm Support Vector
        Machines" ... "SVM"; nor one the text calls a method, framework or system: "a ...
        classification method named sparse additive machine (SAM)", R-model-titlename)."""
        match = _TITLE_SPELLED.match(text)
        if match is None:
            return []
        long = match.group("long")
        for initial in (_INITIAL, _INITIAL_OR_PART):
            acronym = "".join(initial.findall(long))
            # (its first mention after the title, in the plural too: "QRNNs"; by ``whole_words``,
            # as a pattern compiled for each title cost more than the rest of this rule)
            mentions = [span for form in (acronym, f"{acronym}s")
                        for span in whole_words(text, form, match.end())]
            if len(acronym) > 1 and mentions and acronym.lower() not in _GENERIC \
                    and not self._other_label(acronym, "MODEL"):
                start, end = min(mentions)
                if not _called_otherwise(text, text[start:end], {"way", "framework", "system"}):
                    return [Name(start, end, "MODEL", text[start:end], "", "pattern:title")]
        return []

    def _title_network(self, text: str) -> list[Name]:
        """The network a title opens with (``_TITLE_NETWORK``) where the abstract uses it as
        the paper's model (R-model-title): it writes the name or says "our model", and names
        it by no acronym, which is then its name ("Text-Adaptive Generative Adversarial
        Networks: ..." with "(TAGAN)"); not a network of data ("Sign Linguistics Corpora
        Network")."""
        match = _TITLE_NETWORK.match(text)
        if match is None or _NOT_TITLE_NETWORK.search(match.group("name")):
            return []
        name, abstract = match.group("name"), text[match.end():]
        # (the abstract may write it in lower case: "Parseval Networks: ..." / "We introduce
        # Parseval networks, a form of deep neural networks")
        written = rf"(?i:{re.escape(name)})"
        if _DATA_WORD.search(name.lower()) or re.search(rf"{written}\s*\([^()]*[^s)]\)",
                                                        abstract):
            return []
        head = _TITLE_HEAD.match(abstract.split("\n", 1)[0].strip())
        if head is not None and _TITLE_DATA.search(head.group("head")):
            return []  # a challenge or data set: "PuzzLing Machines: A Challenge on ..."
        mention = re.compile(written).search(text, match.end())
        first = mention.start() if mention is not None else -1
        if mention is not None and mention.group() != name and head is not None \
                and _TITLE_WAY.search(head.group("head")):
            return []  # a class written in lower case that the title calls a framework: "Latent
            # Topic Networks: A Versatile Probabilistic Programming Framework for Topic Models"
        if not (_OUR_MODEL_SAID.search(abstract) or first > 0 and _introduced(text, first)
                and not _WAY_BEFORE.search(text, max(0, first - 60), first)
                and not _WAY_APPOSED.match(text, first + len(name))):
            return []  # (not "we propose a method, called Label Embedding Network", "We present
            # ReadOnce Transformers, an approach to")
        return [Name(*match.span("name"), "MODEL", name, "", "pattern:title")]

    def _lists(self, text: str, found: list[Name], weak: dict) -> list[Name]:
        """Unknown names listed together with known ones take their label ("on BoolQ and XQA");
        ``weak`` holds the lexicon names written in the wrong case, by (start, end)."""
        # by start: a list item may stop short of the widened name ("ERNIE" of "ERNIE 1.0")
        known = {n.start: n.label for n in found if n.source == "lexicon"}
        if not known:
            return []
        ends = {n.start: n.end for n in found if n.source == "lexicon"}
        out, seen = [], set()
        for start in sorted(known):
            if start in seen:
                continue  # already in an earlier list
            items = _list_items(text, start, glossed=True, ends=ends)
            seen.update(s for s, _ in items)
            while items and items[0][0] not in known and _LOWER_WORD.fullmatch(text, *items[0]):
                items = items[1:]  # a noun the names are apposed to: "datasets, Pubmed and arXiv,"
            if len(items) < 2:
                continue
            labels = {known[s] for s, _ in items if s in known}
            if len(labels) != 1:
                continue
            label = labels.pop()
            # one known name is enough in a list framed as data, for names shaped as such
            # ("on ImageNet-1K and compare KIND with ...": "compare" is no name)
            single = sum(s in known for s, _ in items) < 2
            framed = label == "DATASET" and _data_list(text, items)
            examples = label == "MODEL" and _MODEL_EXAMPLES_BEFORE.search(
                text, max(0, items[0][0] - 12), items[0][0]) is not None
            # (or, for models, a pair joined by "and" / "or" that no way noun follows, its other
            # name in a model's shape, ``_pair_shaped``: "on MobileNets and ResNet", "using YOLOv3
            # and Faster-RCNN"; not "BERT and PageRank methods", "Moses and OpenNMT toolkits",
            # nor a pair whose embeddings are the system's input: "with BERT and GloVe embeddings")
            paired = single and not examples and label == "MODEL" and len(items) == 2 \
                and _PAIR_JOIN.fullmatch(text, items[0][1], items[1][0]) is not None \
                and not _ACRONYM_METHOD_AFTER.match(text, items[1][1]) \
                and not INPUT_AFTER.match(text, items[1][1])
            coined = single and not (framed or examples or paired)
            if coined and (label != "DATASET" or not _coined_list(text, items)):
                continue
            # (plain words only where no item is part of a longer name: not "Sequential and
            # Permuted MNIST", "ViGGO, and Cleaned E2E", "Stories Cloze", "ACL 14 Twitter")
            plain = framed and not any(_CAPITAL_AFTER.match(text, _lead_end(text, s, e))
                                       or _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
                                       for s, e in items)
            editions = {_shape(text[s:e].split()[-1]) for s, e in items
                        if s in known and " " in text[s:e]}
            before = _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0])
            if single and before and before.group("w").lower() not in _LEADING:
                items = items[1:]
            if _CAPITAL_AFTER.match(text, items[-1][1]):
                items = items[:-1]
            for s, e in items:
                word = text[s:e]
                entry = weak.get((s, e))
                # (nor a word a line break cut at its hyphen: "BERT-Base and BERT- Large")
                if s in known or word in ("and", "or") or text.startswith("-", e) \
                        or _DIGIT.search(word) and _shape(word) in editions or coined and not (
                        _INNER_CAPITAL_WORD.fullmatch(word) and not _COINED_NOT.search(word)) \
                        or paired and not _pair_shaped(word):
                    continue
                if entry is not None and entry.label == label and not single:
                    out.append(Name(s, e, label, word, entry.name, "pattern:list_lexicon"))
                # (a dataset also in the shapes an apposition takes: "BillSum, arXiv, and
                # PubMed", "MNIST and 20NEWS"; and, in a list framed as data, as hyphenated
                # Title Case words: "datasets such as TREC, Ag-News and Chnsenticorp")
                elif (is_name_shaped(word, strict=not framed) or plain and _data_word(word)
                      or label == "DATASET" and _APPOSED_SHAPE.fullmatch(word)) \
                        and not self._other_label(word, label):  # "CIFAR-100 (91.7%), Flower"
                    out.append(Name(s, e, label, word, "", "pattern:list"))
        return out

    def _slash_variants(self, text: str, found: list[Name]) -> list[Name]:
        """ "DeiT-Ti/S/B" -> also DeiT-S and DeiT-B, each on its own letters; "Llama-3.1-8B
        and 70B Instruct models" -> also Llama-3.1-70B, on its size (R-model-coordsize)."""
        out = []
        for name in found:
            if name.label != "MODEL" or "-" not in name.written:
                continue
            if (sized := GLUED_SIZE.fullmatch(name.written)) is not None:
                end = name.end
                while (mate := _SIZE_MATE.match(text, end)) is not None:
                    out.append(Name(*mate.span("size"), "MODEL", sized["family"] + mate["size"],
                                    name.lexicon, "pattern:size_mate"))
                    end = mate.end()
            variants = _SLASH_VARIANTS.match(text, name.end)
            if variants is None:
                continue
            base = name.written.rsplit("-", 1)[0]
            for one in _SLASH_ONE.finditer(text, name.end, variants.end()):
                out.append(Name(one.start(1), one.end(1), "MODEL", f"{base}-{one.group(1)}",
                                name.lexicon, "pattern:slash_variant"))
        return out


@Language.factory(
    "litkit_names_v1",
    default_config={"lexicon_paths": [], "use_patterns": True, "default_lexicons": True,
                    "mined_lexicons": True},
)
def make_names(nlp: Language, name: str, lexicon_paths: list[str], use_patterns: bool,
               default_lexicons: bool, mined_lexicons: bool = True) -> NameFinder:
    """spaCy factory: DATASET and MODEL names from the lexicons plus name patterns.

    ``lexicon_paths`` are the user's lexicon files, merged after litkit's own (which
    ``default_lexicons=False`` leaves out; ``mined_lexicons=False`` leaves out only the
    shipped names mined from a corpus, as ``litkit mine`` does).
    """
    return NameFinder(nlp, lexicon_paths, use_patterns, default_lexicons, mined_lexicons, name)


__all__ = ["NameFinder", "make_names", "normalize"]
