"""The dataset of a result: the one its sentence names near it, one carried over from an
earlier sentence, a shared task's; and the forms a dataset's name is written in."""

from __future__ import annotations

import bisect
import functools
import re

from litkit.extract.metrics import metric_type
from litkit.extract.name_cues import INTRODUCING_VERBS
from litkit.extract.name_kinds import RESOURCE
from litkit.extract.name_shapes import DATA_NOUNS
from litkit.extract.patterns import CAMPAIGNS, Candidate, sentence_start
from litkit.extract.result_scans import _DATA_NOUN_SINGULAR, _DRAWS_FROM, _after_a_name, _Scans
from litkit.extract.result_values import _NUM, _after, _before

#: R-ds-context, the dataset of the sentence before: "We demonstrate the efficacy of our methods
#: on the popular WebNLG dataset. Our best model achieves an almost 3 point BLEU improvement", "We
#: test the relation module on the SQuAD 2.0 dataset ... We obtain 1.8% gain of F1 accuracy"; the
#: name evaluated on, not a base ("based on the Penn Treebank", "Building on the original Universal
#: Dependencies Finnish corpus"), one item, not of a list ("on WMT Ro-En and De-En", "the
#: 20Newsgroups and AG News datasets", "data taken from SemEval Workshops and Bing Liu's review
#: collection"); also "using" it: "Using the PDTB dataset, our best model achieved ... This is
#: significantly higher than the 20.52% achieved by the state of the art RNN approach"; also the
#: items "from" it: "on a difficult set of images from the FERET database", not when a verb draws
#: them ("Turkish, which we selected from GlobalPhone corpus", dev2-028); the shared task "at" it
#: ("The official result declared at WMT19 shared task"); and what the work is applied to ("when
#: applied to the English OntoNotes 2012 Coreference Resolution data")
_EVALUATED_ON = re.compile(r"(?<!based\s)(?<!build\s)(?<!builds\s)(?<!building\s)"
                           r"\b(?:on|over|across|[Uu]sing|(?<!ed\s)from|at|"
                           r"appl(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,3}?to)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: (a comma then "a/an" opens an appositive, not a list: "on VALEVAL, a manually annotated corpus";
#: nor does one then a lower-case word other than "and", "or", "the", which goes on with a clause:
#: "Our analysis is centered on HotpotQA, where we show", "On the challenging Text-to-SQL
#: benchmark Spider, empirical results show that ShadowGNN outperforms")
_IN_A_LIST = re.compile(r"(?:\s+[A-Z][\w-]*)*\s*"
                        r"(?:,(?!\s+an?\s|\s+(?!(?:and|or|the)\b)[a-z]+[\s,;:])|&|/|\band\b|\bor\b)")
#: ... also the one dataset the paper says "we use" ("We use the CADEC corpus to train a recurrent
#: neural network ... we can train the RNN to perform well (83.9 F1)"; not "a model that uses"),
#: or the collection the data evaluated on are "in" ("accuracy on pitch accent detection on
#: American English speech in the Boston University Radio News Corpus, ... a simple baseline ...
#: yields 82.2% accuracy"; not "ranked among the best in the recent CoNLL tasks", no "on" before),
#: or results, an evaluation or a system are "for" ("a system which we developed for the DSL 2016
#: shared task"; not "the guidelines specified for the Slovenian GOS corpus")
_USED_IN_OR_FOR = re.compile(r"(?:\b[Ww]e\s+(?:also\s+|then\s+)?use|\b(?:[Oo]n|to)\s+[^.;,]{0,60}?"
                             r"\bin|\b(?:results|evaluation|developed)\b[^.;,]{0,40}?\bfor)"
                             r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
_LIST_ENDS = re.compile(r"(?:,|&|/|\band|\bor)\s+(?:the\s+)?$")
#: ... unless the result's sentence names other data, unnamed: "averaged across benchmarks", "On
#: word pairs extracted from parallel corpora", "on a real manufacturing problem"
_OTHER_DATA_WORDS = re.compile(r"\b(?:benchmarks|datasets|data\s?sets|corpora|corpus|tasks|"
                               r"settings|domains|languages|(?:on|in|for)\s+(?:a|an|another)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:task|problem|dataset|domain))\b",
                               re.IGNORECASE)
#: ... or opens on a new setting of its own ("For English-to-German translation, ...", "On a
#: real anomaly detection task, ...", "And on uproof our method ...")
_OPENS_SETTING = re.compile(r"\s*(?:(?:And|But)\s+)?(?:On|For|In|Across|Over|With)\b")
#: ... nor after several data ("on the public FUNSD dataset and a large-scale payment dataset")
_SEVERAL_DATA = re.compile(r"\b(?:benchmarks|datasets|data\s?sets|corpora|tasks|"
                           r"(?:dataset|benchmark|corpus)\b.*\b(?:dataset|benchmark|corpus))\b",
                           re.IGNORECASE)
#: ... or one of them given as an example, before its name ("For example, on CelebA, ..."; not
#: an example of something else after it: "in the Universal Dependencies data, ... functional
#: relations (e.g., auxiliaries)")
_AN_EXAMPLE = re.compile(r"\b(?:[Ff]or\s+(?:example|instance)|e\.g\.)", re.IGNORECASE)

#: ... though the one dataset's own head may be plural: "We demonstrate CryptoNets on the MNIST
#: optical character recognition tasks. CryptoNets achieve 99% accuracy"
_PLURAL_HEAD = re.compile(r"(?:\s+[\w-]+){0,4}?\s+tasks\b")


def _several_data(text: str, start: int, end: int, named: tuple) -> bool:
    """Whether the sentence from ``start`` to ``end`` names several data (``_SEVERAL_DATA``),
    the head right after the dataset ``named`` left out, or gives ``named`` as an example."""
    if _AN_EXAMPLE.search(text, start, named[0]):
        return True
    head = _PLURAL_HEAD.match(text, named[1])
    if head is None:
        return _SEVERAL_DATA.search(text, start, end) is not None
    return bool(_SEVERAL_DATA.search(text, start, named[1])
                or _SEVERAL_DATA.search(text, head.end(), end))


#: ... nor in a task of its own, named without a name: "Further, in the downstream story quality
#: evaluation task, the identified causal relations lead to 3.6-16.6% relative improvement"
_IN_THE_TASK = re.compile(r"\b(?:in|on|for)\s+the\s+(?:[\w-]+\s+){1,4}?task\b", re.IGNORECASE)
#: ... nor on data the paper names but the names leave out, from further back: "We achieved
#: the comparable task performance with 13.2% calibration error reduction on xSLUE"; or right
#: after the dataset's sentence, when a citation marks the name as data ("Our PosCal achieves
#: ... on GLUE (Wang et al., 2018) compared to the baseline. We achieved ... 13.2% calibration
#: error reduction on xSLUE (Kang and Hovy, 2019)"; not "+55.1% recall on VPs")
_ON_UNLISTED = re.compile(r"\bon\s+(?:the\s+)?[a-z]*[A-Z]")
_ON_CITED = re.compile(_ON_UNLISTED.pattern + r"[\w-]*\s*\([^()]{0,60}?\d{4}[a-z]?\)")
#: ... also the data a model is fine-tuned on, then scored: "We then pre-train a neural RST parser
#: with the obtained silver data and fine-tune it on the RST-DT. Experimental results show that our
#: method achieved the best micro-F1 scores for Nuclearity and Relation at 75.0 and 63.2"
_FINE_TUNED_ON = re.compile(r"fine-?tun(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}on\s+(?:the\s+)?$",
                            re.IGNORECASE)
#: how many sentences back R-ds-context looks for the one dataset evaluated on
_CARRIED_BACK = 3


def _distinct(names, text: str) -> set[str]:
    """The distinct datasets among ``names``, a name and its acronym after it counting once, the
    acronym written alone later too ("the RST Discourse Treebank (RST-DT) ... fine-tune it on the
    RST-DT"), and leaving out lexical resources (WordNet-based features), which are not the data
    results are on (see ``_dataset``)."""
    ends = sorted(e[1] for e in names)
    acronyms = {d[2] for d in names if _after_a_name(text, d[0], ends)}
    return {d[2] for d in names if d[4] != RESOURCE and d[2] not in acronyms}


#: the words of a long form, not listed itself, before the bracket of a listed acronym:
#: "Experiments are done on the Large Arabic-Book Reviews (LABR) corpus"
_LONG_FORM = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*\s*\($")


def _named_from(text: str, dataset: tuple) -> int:
    """Where the words naming ``dataset`` start: an acronym in brackets is named from its long
    form before it, so that the cues before a name ("experiments on the") are read before the
    long form (found only for a name right after a bracket, which is rare)."""
    start = dataset[0]
    if start and text[start - 1] == "(":
        long_form = _LONG_FORM.search(text, max(0, start - 80), start)
        if long_form is not None:
            return long_form.start()
    return start


def _carried(found, names, datasets, sentences, starts, text) -> None:
    """R-ds-context: a score or change (not of cost) whose sentence names no data, after a
    sentence that evaluates on the one dataset named so far, is on that dataset: the sentence
    right before, or one up to ``_CARRIED_BACK`` sentences back when the sentences between name
    no data and open no setting of their own. A gain in time, measured by running the system on
    that data, is carried too, also as a ratio (R-ds-runcontext: "evaluate performance on
    ImageNet. We find networks ... 1.77x faster than ResNet-50"), where the paper names that
    one dataset only (not after several: "our experiments show that ENAS is more than 10x
    faster", after Penn Treebank and CIFAR-10; nor before another: "faster (10-20x) inference
    speed", after CNN/Daily Mail, then "the test-only DUC-2002 dataset"); a model's size or
    cost is not."""
    if not datasets:
        return
    one_dataset = len(_distinct(names, text)) == 1
    carried: dict[int, str | None] = {}  # by sentence: one long sentence may hold many scores
    for cand in found:
        speed = cand.attrs.get("metric_type") == "speed"
        if cand.attrs["dataset"] or cand.attrs.get("metric_type") == "cost" \
                or cand.attrs["kind"] not in (("score", "delta", "ratio") if speed
                                              else ("score", "delta")):
            continue
        index = max(0, bisect.bisect_right(starts, cand.start) - 1)
        if index == 0:
            continue
        if index not in carried:
            # (data the abstract names only after the result's sentence are not its: "On
            # WMT’14 English-German translation, ... we obtain ... 29.3 BLEU ... We further
            # improve these results to 29.8 BLEU by training on the much larger Paracrawl
            # dataset. On the WMT’14 English-French task, ...")
            so_far = [d for d in names if d[0] < sentences[index][0]]
            carried[index] = _carried_dataset(index, names, datasets, sentences, text) \
                if len(_distinct(so_far, text)) == 1 \
                else _continued_claim(index, names, datasets, sentences, text)
        if carried[index] is not None and (one_dataset or not speed):
            cand.attrs["dataset"] = carried[index]


#: R-ds-continuedclaim, a claim of evaluating on one dataset, before the word that names it ("on",
#: "to", "using"): "we also apply it to the Overnight dataset", "we demonstrate a new
#: state-of-the-art single model result on the Wall Street Journal test set"; not data a model is
#: trained on or drawn from ("train a statistical model on the French RLD", "relations from
#: Freebase")
_CLAIM_CUE = re.compile(r"\b(?:evaluat|experiment|test|result|appl[yi]|demonstrat|achiev|"
                        r"obtain|report)\w*\b[^.;]{0,60}$", re.IGNORECASE)
#: ... into a sentence that gives its own data or task unnamed, "on" a word in lower case: "by
#: nearly 1.0 F1 on news and more than 2.0 F1 on out-of-domain text" (after "On ConLL-2012
#: English SRL we also show ..."), "good results on answer extraction"
_ON_UNNAMED_SETTING = re.compile(r"\bon\s+(?!(?:average|top|par|the|a|an|its|their|our|this|"
                                 r"these|those|each|all|both|which|it|them)\b)[a-z]")


def _continued_claim(index, names, datasets, sentences, text) -> str | None:
    """R-ds-continuedclaim: a result whose sentence names no data, after a sentence that claims
    an evaluation on one dataset (``_CLAIM_CUE``, or opening on it: "On InsuranceQA, this
    strategy alone improves ..."), is on it though the paper names other data before ("To
    demonstrate the generality of AutoQA, we also apply it to the Overnight dataset. AutoQA
    achieves 69.8% answer accuracy", after Schema2QA); from the sentence right before only."""
    prev_start, prev_end = sentences[index - 1]
    named = [d for d in names if prev_start <= d[0] < prev_end]
    if len(named) != 1 or named[0][4] == RESOURCE \
            or _ON_UNNAMED_SETTING.search(text, *sentences[index]):
        return None
    at = _named_from(text, named[0])
    cue = _EVALUATED_ON.search(text, max(prev_start, at - 60), at)
    if cue is None or not (text[prev_start:cue.start()].strip() == ""
                           or _CLAIM_CUE.search(text, max(prev_start, cue.start() - 90),
                                                cue.start())):
        return None
    return _carried_dataset(index, names, datasets, sentences, text, back_most=1)


def _carried_dataset(index, names, datasets, sentences, text,
                     back_most: int = _CARRIED_BACK) -> str | None:
    """The dataset ``_carried`` carries into sentence ``index`` from up to ``back_most``
    sentences back (None when none)."""
    sent_start, sent_end = sentences[index]
    if _holds_data(text, names, sent_start, sent_end) \
            or _IN_THE_TASK.search(text, sent_start, sent_end) \
            or _ON_CITED.search(text, sent_start, sent_end):
        return None
    for back in range(index - 1, max(0, index - back_most) - 1, -1):
        if back < index - 1 and _ON_UNLISTED.search(text, sent_start, sent_end):
            break  # from further back, only to a sentence that names no other data
        prev_start, prev_end = sentences[back]
        before = [d for d in names if prev_start <= d[0] < prev_end
                  and (d in datasets or _FINE_TUNED_ON.search(text, max(0, d[0] - 50), d[0]))
                  and (_EVALUATED_ON.search(text, max(prev_start, (at := _named_from(text, d))
                                                      - 60), at)
                       or _USED_IN_OR_FOR.search(text, max(prev_start, at - 90), at))
                  and not _IN_A_LIST.match(text, d[1])
                  and not _DRAWS_FROM.search(text, max(prev_start, at - 160), at)
                  and not _LIST_ENDS.search(text, max(prev_start, at - 12), at)]
        if before and not _several_data(text, prev_start, prev_end, before[0]):
            return _short_form(before[0], datasets, text)
        # a sentence between them that names the one dataset otherwise, other data or a
        # setting of its own stops the carrying
        if _holds_data(text, names, prev_start, prev_end):
            break
    return None


def _holds_data(text: str, names, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` names a dataset, unnamed or other data,
    the paper's own test set or opens a setting of its own: no dataset is carried into or past
    it."""
    return any(start <= d[0] < end for d in names) or bool(
        _OPENS_SETTING.match(text, start) or _UNNAMED_DATA.search(text, start, end)
        or _OWN_TEST_SET_IN.search(text, start, end) or _OTHER_DATA_WORDS.search(text, start, end))


#: a year written after a dataset's name, the edition of a shared task or benchmark: "BUCC
#: 2017", "CoNLL-2003", "VarDial2019" (not a version, "SQuAD 2.0", which the paper may name
#: beside results on another version: "gains ... on adversarial SQuAD datasets")
_YEAR_SUFFIX = r"[\s-]?((?:19|20)\d{2})"
_YEAR_AFTER = re.compile(_YEAR_SUFFIX)


def _dated(found: list[Candidate], names, text: str) -> None:
    """A result on "BUCC" is on "BUCC 2017" when the paper names that one dated form of it
    (not when it also writes the name with another year: "IWSLT test 2015" beside "IWSLT
    2020")."""
    dated: dict[str, str] = {}  # by name: many results may be on one
    for cand in found:
        name = cand.attrs["dataset"]
        if not name:
            continue
        if name not in dated:
            dated[name] = _dated_form(name, names, text)
        cand.attrs["dataset"] = dated[name]


def _dated_form(name: str, names, text: str) -> str:
    """``name``'s one dated form among ``names`` when the text writes it with no other year,
    else ``name`` (see ``_dated``)."""
    # (a pattern per name is compiled: tried only on names that end in a year where the name
    # would end, which it needs)
    years = {m.group(1): d[2] for d in names
             if _YEAR_AFTER.fullmatch(d[2], len(name))
             and (m := re.fullmatch(re.escape(name) + _YEAR_SUFFIX, d[2], re.IGNORECASE))}
    if len(years) != 1:
        return name
    year, longer = years.popitem()
    written = {m.group(1) for m in re.finditer(
        re.escape(name) + r"\W+(?:[\w-]+\W+){0,2}?((?:19|20)\d{2})\b", text)}
    return longer if written <= {year} else name


#: "on X" after a result, X with up to two words before it that qualify the data ("1.8% accuracy
#: on OOD MNLI, and 1.4 BLEU on in-domain IWSLT14 German-English")
_ON_RESULT_DATA = re.compile(r"\b(?:on|in|for|of|over|across)\s+(?:the\s+)?(?:\S+\s+){0,2}\S*$")


def _dataset(datasets, data_starts, start, end, sent_start, sent_end, text,
             scans: _Scans) -> str | None:
    """The dataset a result is reported on: "... on X" right after it, else the sentence's,
    else the paper's own benchmark (named in the title or introduced as a dataset);
    ``data_starts`` are where the ``datasets`` start, in order."""
    if (own_set := _OWN_TEST_SET.match(text, end)) is not None:
        # "98.3% on a Resource Management test set": a named corpus's test set is the corpus's
        named = {d[2] for d in datasets if own_set.end("det") <= d[0] and d[1] <= own_set.end()}
        if len(named) == 1:
            return named.pop()
        # "76% accuracy on our test set", unless a set is the shared task's the paper takes
        # part in: "ADAPT Centre Cone Team at IJCNLP-2017 Task 5: ... 48.7% accuracy on a
        # validation set" (not "on our test set (newstest 2019)"), or of the one dataset its
        # sentence names before the result (R-ds-sentence): "a rule-based grammar for the ATIS
        # domain that achieves a 95.82% F1-score on our evaluation set"
        entered = {d[2] for d in datasets
                   if own_set.group("det").startswith("a") and _entered(text, d)}
        owner = entered or {d[2] for d in datasets[bisect.bisect_left(data_starts, sent_start):
                                                   bisect.bisect_left(data_starts, start)]
                            if d[1] <= start}
        return owner.pop() if len(owner) == 1 else None
    if (changed_on := _changed_on(datasets, data_starts, start, sent_start, text)) is not None:
        return changed_on
    if (bracketed := _bracketed_after(datasets, data_starts, end, text)) is not None:
        return bracketed
    opening = text.rfind("(", max(0, start - 30), start)
    if opening >= 0 and ")" not in text[opening:start]:  # "the CoNLL-2014 test set (F0.5=65.0)"
        named = [d for d in datasets if 0 <= opening - d[1] <= 20
                 and re.fullmatch(r"[\w\s-]*", text[d[1]:opening])]
        if named:
            # not the last of a list ("three datasets: ActivityNet, Charades, and DiDeMo
            # (achieving up to 11.2% improvement on R@0.3)"), which the number is on as a whole
            return None if _ends_list(named[-1], datasets, sent_start, sent_end, text) \
                else named[-1][2]
    # "... on X" right after, unless a new clause comes first ("on PTB by 1.8 points and by
    # 2.3 on WikiText-2", "by 6.3%, as well as ... on MMLU by 5.1%", "4% ... (+8.2% on MMLU)")
    after = [d for d in datasets[bisect.bisect_left(data_starts, end):
                                 bisect.bisect_left(data_starts, min(sent_end, end + 60))]
             if _ON_RESULT_DATA.search(text[end:d[0]])
             and _same_clause(text, end, d[0] - 1 if _BRACKETED.match(text, d[0] - 1, d[1] + 1)
                              else d[0])]
    if after:
        return _unless_listed(after[0], datasets, data_starts, (start, end), sent_start, sent_end,
                              text)
    if _on_unnamed(_ON_UNNAMED_DATA.match(text, end), datasets):
        return None  # "SAT training improves ... by an average 8% on multiple spatial benchmarks"
    if (last := _last_before(datasets, data_starts, start, sent_start, text, sent_end)) \
            is not None:
        # "Experiments on two benchmark datasets, MATRES and TB-DENSE, show ... up to 7.9%":
        # several datasets remain, none is the number's (R-ds-context); with "respectively",
        # which pairs them, the last stays the last number's when the pairing fails
        if (_ends_list(last, datasets, sent_start, sent_end, text)
                or _COUNTED_DATA.search(text, max(sent_start, last[0] - 150), last[0])
                or _in_listed_phrase(text, last, sent_start, start, end)
                and not _says_respectively(text, sent_start, sent_end)) \
                and not _ON_THE_LATTER.match(text, end):
            return None
        if _on_unnamed(scans.search(_UNNAMED_DATA, last[1], sent_end), datasets) \
                and not _EVALUATED_ON.search(text, max(sent_start, last[0] - 60), last[0]):
            # several data named without a name after the last one, which is not evaluated on
            # but names the system or its training, are what the result is on (R-ds-context):
            # "Our VaPR models deliver ... improvements across ten benchmarks, achieving average
            # gains of 6.5%", "SAT training improves a LLaVA-13B model by an average 11% and ...
            # 8% on multiple spatial benchmarks" (not "over the standard BEIR collection, ...
            # on 16 out of 18 datasets, for an average of 4% relative improvement")
            return None
        return last[2]
    # (the dataset referred back to is found first, once a sentence: the searches of the
    # sentence around the result are needed only when there is one)
    if (earlier := scans.referred_back(sent_start)) is not None:
        this, before_it = scans.this_data(start, sent_start, sent_end)
        if this is not None and _same_clause(text, end, this) or before_it:
            return earlier  # "We improve ... on this dataset by 21 F1 points"
    later = [d for d in datasets if end <= d[0] < sent_end
             and _same_clause(text, end, d[0]) and not _LATER_CLAUSE.search(text, end, d[0])]
    if later:
        return _unless_listed(later[0], datasets, data_starts, (start, end), sent_start, sent_end,
                              text)
    title_end = scans.title_end
    # a lexical or knowledge resource the paper builds or uses (WordNet, UMLS) is not the data
    # its results are on unless a sentence says so: "Further expansion of the Croatian WordNet
    # ... The precision values of the automatic process is low (about 30%)"
    kept = [d for d in datasets if d[4] != RESOURCE]
    own = [d for d in kept if d[1] <= title_end
           or _INTRODUCED_DATA.search(text, max(0, d[0] - 80), d[0])
           or _INTRODUCES.search(text, max(0, d[0] - 30), d[0])
           and (_DATA_HEAD_AFTER.match(text, d[1]) or _HEAD_IN_NAME.search(d[2]))
           or _entered(text, d) or d[1] <= start and _worked_on(text, d)]
    if not own:
        # a benchmark the paper describes with its head, not for a result on several data
        # ("Using these datasets, ... 12% to 23% lower"), on data the names leave out ("On
        # PHI-ML, ... a 30.1% character error rate") nor for an efficiency figure, which is
        # of the system ("up to 2.1x faster execution", "With up to 93% cost savings")
        own = [d for d in kept
               if _HEAD_AFTER_PAREN.match(text, d[1])
               and _INTRODUCES_SPELLED.search(text, max(0, d[0] - 120), d[0])
               or (_APPOSITIVE_HEAD.match(text, d[1])
                   or _NEW_DATA_BEFORE.search(text, max(0, d[0] - 60), d[0]))
               and len({n[2] for n in datasets}) == 1]
        if own and (scans.search(_THESE_DATA, sent_start, sent_end)
                    or scans.search(_ON_UNLISTED_SETTING, sent_start, sent_end)
                    or metric_type(_after(text, end), _before(text, start, sent_start),
                                   fallback=None) in ("speed", "cost")):
            own = []
    if not own and scans.took_part:
        # "This paper describes our results at the NLI shared task 2017. We participated in
        # essays, speech, and fusion task": the one shared task named
        own = [d for d in datasets if _shared_task(text, d)]
        own = own if len({d[2] for d in own}) == 1 else []
    if not own and (own := _experiments_on(datasets, start, text)) and (
            _EFFICIENCY_AFTER.match(text, end)
            or scans.search(_OWN_TEST_SET_IN, sent_start, sent_end)):
        own = []
    if not own or _on_unnamed(scans.search(_UNNAMED_DATA, sent_start, sent_end), datasets):
        return None  # "improves ... by 8% on multiple spatial benchmarks": not the paper's own
    # the shared task the paper takes part in before a first name that is none: "Corpus
    # Selection Approaches for Multilingual Parsing from Raw Text to Universal Dependencies\n\n
    # This paper describes UALing's approach to the CoNLL 2017 UD Shared Task", "The ILSP/ARC
    # submission to ..." (a title's name that the task's holds is its spelling of the task,
    # R-ds-taskname: "LITL at SMM4H: ... our participation to the SMM4H shared task 2", "Efficient
    # EUD Parsing\n\n... for the EUD Shared Task at IWPT 2020")
    first = own[0]
    if not _shared_task(text, first):
        entered = [d for d in own if _entered(text, d)]
        if entered and all(first[2] not in d[2] for d in entered):
            first = entered[0]
    return _short_form(first, datasets, text)


#: R-ds-sentence: a score changed "on X from A to B" is on X, named right before the change, even
#: after a count of several data or before another change "on Y": "improving state-of-the-art
#: accuracy on SQA from 55.1 to 67.2" (after "three different semantic parsing datasets"),
#: "improves one-shot accuracy on ImageNet from 82.2% to 87.8% and from 88% ... on Omniglot";
#: so is a score the name's clause reaches or is of, before the next clause's name: "the BLEU-4
#: on SQuAD reaches 17.52, the BLEU-4 on HotpotQA reaches 19.31", "on the PTB of 94.25"
_ON_BEFORE_NAME = re.compile(r"\b(?:on|for)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_AFTER_NAME = re.compile(rf"(?:\s+(?:data\s?set|benchmark|corpus|test\s+set))?"
                              rf"(?:\s+from\s+(?:{_NUM}\s?\\?%?\s+to\s+)?|"
                              r"\s+(?:reach(?:es|ed)?|achiev(?:es|ed)|is|was|of)\s+|"
                              r"\s*[:=]\s*)", re.IGNORECASE)


#: the brackets around a dataset written alone right after a value, which make it the value's:
#: "with up to 77.5% (ATOMIC) and 91.7% (ConceptNet) precision at top 1", "98.6% (GOLD)"
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"\s*\)")
#: a name alone in brackets, which opens no clause of its own: "achieving 63.1 F1 on the English
#: (PTB) test set"
_BRACKETED = re.compile(r"\([^()]*\)")


def _bracketed_after(datasets, data_starts: list[int], end: int, text: str) -> str | None:
    """The dataset written alone in brackets right after a value ending at ``end``."""
    opening = _BRACKET_OPENS.match(text, end)
    if opening is None:
        return None
    index = bisect.bisect_left(data_starts, opening.end())
    if index < len(datasets) and datasets[index][0] == opening.end() \
            and _BRACKET_CLOSES.match(text, datasets[index][1]):
        return datasets[index][2]
    return None


def _changed_on(datasets, data_starts: list[int], start: int, sent_start: int,
                text: str) -> str | None:
    """The dataset of a value in "on X from A to B" (A or B) or "on X reaches A", written right
    before it."""
    index = bisect.bisect_right(data_starts, start) - 1
    if index < 0 or datasets[index][0] < max(sent_start, start - 80):
        return None
    d = datasets[index]
    if d[1] > start or not _FROM_AFTER_NAME.fullmatch(text, d[1], start) \
            or not _ON_BEFORE_NAME.search(text, max(sent_start, d[0] - 8), d[0]):
        return None
    return d[2]


def _short_form(dataset: tuple, datasets, text: str) -> str:
    """The name of ``dataset``, or of the acronym written right after it in brackets, here or
    where the name is written again, the form the text goes on to use (R-ds-acronym): "we
    introduce the Belgian Statutory Article Retrieval Dataset (BSARD) ... Our best performing
    baseline achieves 74.8% R@100" is on BSARD, as a title's "Human Phenotype-Gene Relations" is
    on "the Phenotype-Gene Relations (PGR) corpus" of the abstract."""
    return _short_forms(datasets, text).get(dataset[2], dataset[2])


def _short_forms(datasets, text: str) -> dict[str, str]:
    """Each name of ``datasets`` written right before an acronym of ``datasets`` in brackets ->
    the acronym (its first mention's), the form the text goes on to use (R-ds-acronym)."""
    acronyms = {d[0]: d[2] for d in datasets if text.startswith(")", d[1]) and " " not in d[2]}
    forms: dict[str, str] = {}
    for d in datasets:
        if (opening := _ACRONYM_OPENS.match(text, d[1])) is not None \
                and opening.end() in acronyms:
            forms.setdefault(d[2], acronyms[opening.end()])
    return forms


def _last_before(datasets, data_starts: list[int], start: int, sent_start: int,
                 text: str, sent_end: int) -> tuple | None:
    """The last dataset named in the sentence before a result at ``start`` with no new clause
    between (``_NEW_CLAUSE``, but for ``_WHILE_DOING`` in a sentence naming one dataset;
    ``_OTHER_DATA`` after one opening the sentence: "On X, ...")."""
    # (from the nearest back: a new clause after a dataset is after every one before it too,
    # so only those opening the sentence are tried past it; each dataset's search up to the
    # result made "SQuAD: 85.3 F1, " x1000 take a minute)
    blocked = False
    for index in range(bisect.bisect_right(data_starts, start) - 1, -1, -1):
        d = datasets[index]
        if d[0] < sent_start:
            break
        if d[1] > start:
            continue
        if _opens_sentence(text, sent_start, d):
            if _OTHER_DATA.search(text, d[1], start) is None:
                return d
        elif not blocked:
            if _NEW_CLAUSE.search(text, d[1], start) is None \
                    or _goes_on_while(text, d, start, sent_start, sent_end, datasets):
                return d
            blocked = True
    return None


def _goes_on_while(text: str, named: tuple, start: int, sent_start: int, sent_end: int,
                   datasets) -> bool:
    """Whether the only new clause between the dataset ``named`` and a result at ``start`` is
    a "while" with a participle (``_WHILE_DOING``), in a sentence whose one dataset it is and
    that names no other data ("across 30 downstream tasks", "On TREC-DL 2019&2020")."""
    clauses = list(_NEW_CLAUSE.finditer(text, named[1], start))
    return all(_WHILE_DOING.match(text, c.start()) for c in clauses) \
        and {d[2] for d in datasets if sent_start <= d[0] < sent_end} == {named[2]} \
        and "&" not in text[named[0]:named[1] + 1] \
        and not _SEVERAL_DATA.search(text, sent_start, sent_end) \
        and not _AN_EXAMPLE.search(text, sent_start, sent_end)


#: R-ds-context, the only dataset of the experiments: where the paper names one dataset, named
#: before the result after "experiments on" ("We conduct experiments on ImageNet-1K ... achieves
#: more than 6.54 and 1.07 decrease in FID", "Results on GLUE show that ... we can still maintain
#: 95% accuracy of BERT", "Our experiments on AdvBench show ... an ASR of 74%"); not for a
#: result on the paper's own test set in its sentence ("on our out-of-domain test set to 6.39%"),
#: nor for efficiency ratios, which are of the system, not of data ("2.5-20 times faster"); also
#: "test ... on", "evaluated with", "experiments using" and a head noun before the name: "and test
#: this implementation on the CIFAR-10 dataset", "The model was evaluated with the SemEval 2015
#: dataset", "trained and evaluated on the recent question-answering dataset SQuAD", "We
#: experiment on benchmark corpora SETIMES" (a plural after "benchmark" only: not "on two review
#: datasets, Yelp and Amazon", of which a name may go unfound); and "verify" or "validate" ...
#: on, which say the same: "We verify our methods on the benchmark MPQA corpus. ... boosts the F1
#: score by 9.29", "We validate our approach on VIST dataset"
_EXPERIMENTS_ON = re.compile(r"(?i:experiments?|evaluat\w*|results|test(?:s|ed|ing)?|"
                             r"verif(?:y|ies|ied)|validat\w*|benchmarked)\s+(?:\w+\s+){0,2}?"
                             r"(?:on|with|using)\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,4}?(?:dataset|benchmark(?:\s(?:datasets|corpora))?|"
                             r"corpus)\s*[,:]?\s*"
                             "[\"'\u2018\u201c]?)?$")
_EFFICIENCY_AFTER = re.compile(r"\s*(?:x|\u00d7|times)?\s*(?:faster|slower|speed-?ups?|fewer|less|"
                               r"smaller|cheaper|reduction\s+in\s+(?:latency|memory|compute))")


#: R-ds-context, a dataset named later in the sentence, past a clause of its own: a concession,
#: a consequence or a participle that comments on the result ("reduces relative error by 2-21% on
#: a diverse set of structured prediction tasks, although we obtain mixed results on the GLUE
#: benchmark", "5-44 absolute point gains compared with the base model, showing that training on
#: TableInstruct enhances", "in at least 95% of cases, so we applied ERRANT to the system output
#: of the CoNLL-2014 shared task"), a dash's aside ("a more than 65% decrease compared to our
#: implementation of a unimodal model—which itself achieves state-of-the-art results on the
#: Wiktionary test set"); not a second predicate, which is often on the same data ("improves
#: translation performance by more than 2 BLEU over a strong baseline and achieves state-of-the-art
#: results on the X dataset"; where it lists several, "on the MuST-C English-German, ... language
#: pairs", a number is on none of them: ``_in_listed_phrase``)
_LATER_CLAUSE = re.compile(r"\b(?:although|though|because|whereas|so\s+(?:we|that)|showing|"
                           r"demonstrating|indicating|suggesting|yet|but)\b|\u2014", re.IGNORECASE)


def _experiments_on(datasets, start: int, text: str) -> list:
    """The one dataset named before ``start`` after "experiments on" (see ``_EXPERIMENTS_ON``),
    if no other is named between it and ``start``: other datasets named elsewhere, later or as
    others' ("We evaluate the approach on the TimeBank-EventTime Corpus ... For events that span
    over a single day we observe an accuracy improvement of 33.1 points ... we apply this model to
    the SemEval-2015 Task 4"), are not the experiments'."""
    named = [d for d in datasets if d[1] <= start
             and _EXPERIMENTS_ON.search(text, max(0, (at := _named_from(text, d)) - 90), at)]
    # (not a long form whose acronym follows in brackets: a result goes by the acronym, the name
    # the text uses from then on, R-ds-acronymresult: "We evaluate our approach on the
    # Google-IISc Distant Supervision (GDS) dataset ... Our results show" is on GDS)
    long_forms = _short_forms(named, text)
    named = [d for d in named if d[2] not in long_forms]
    if len({d[2] for d in named}) != 1 or any(
            d[2] != named[0][2] and named[0][1] <= d[0] < start for d in datasets):
        return []
    return named[:1]


def _ends_list(last: tuple, datasets, sent_start: int, sent_end: int, text: str) -> bool:
    """Whether ``last`` ends a list of other datasets ("MATRES and TB-DENSE") in a sentence
    without "respectively", so a number after the list is on all of them (R-ds-context)."""
    return not _says_respectively(text, sent_start, sent_end) and any(
        d[2] != last[2] and (_LISTED.fullmatch(text, d[1], last[0])
                             or sent_start <= d[0] and _AND_ON_NEXT.match(text, d[1], last[0]))
        for d in datasets)


@functools.lru_cache(maxsize=16)
def _says_respectively(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether the sentence says "respectively", found once for all its numbers (a copy of a
    long sentence per number took time quadratic in them)."""
    return "respectively" in text[sent_start:sent_end]


#: a data phrase that lists several under one plural head, some of them not found as names: "on
#: the CoNLL 2002 Spanish and Dutch and CoNLL 2003 German NER datasets", "On the WMT16 En-Ro,
#: NIST12 Zh-En, and WMT14 En-De machine translation tasks", "on the MuST-C English-German,
#: English-French and English-Spanish language pairs" (not one name's plural head: "on the MNIST
#: optical character recognition tasks"); the words from the preposition to the name ...
#: (items in capitals or digits: not "entity and relation extraction tasks" of one, nor "on 23
#: languages, using the Universal Dependencies corpora")
_ITEM_WORD = r"(?:[A-Z0-9][\w.'\u2019-]*|and|or)"
_PHRASE_TO_NAME = re.compile(r"\b(?i:on|in|for|across|over)\s+(?:the\s+)?"
                             rf"(?P<words>(?:{_ITEM_WORD},?\s+)*?)$")
#: ... and from the name to the plural head
_NAME_TO_HEAD = re.compile(rf"(?P<words>(?:,?\s+{_ITEM_WORD}){{0,6}}?)(?:\s+[a-z][\w-]*){{0,3}}\s+"
                           r"(?:datasets|data\s?sets|corpora|benchmarks|tasks|language\s+pairs)\b")
_LIST_JOINER = re.compile(r",|\b(?:and|or)\b")
#: a number listed with another, which a list of datasets may pair item by item: "BLEU scores of
#: 18.3 and 25.2" after "on the LibriSpeech En-Fr and MuST-C En-De ST tasks"
_NUMBER_JOINER = r"\s*(?:\\?%|points?)?\s*(?:,\s*(?:and\s+)?|\s(?:and)\s+)[+-]?"
_NUMBER = re.compile(r"[+-]?\d[\d.]*")
_NUMBER_LISTED_AFTER = re.compile(rf"{_NUMBER_JOINER}\d")
_NUMBER_LISTED_BEFORE = re.compile(rf"\d{_NUMBER_JOINER}$")


def _in_listed_phrase(text: str, dataset: tuple, sent_start: int, start: int, end: int) -> bool:
    """Whether ``dataset`` is one item of a data phrase listing several under a plural head
    (``_PHRASE_TO_NAME``, ``_NAME_TO_HEAD``): a number from ``start`` to ``end`` on it is on all
    of them (R-ds-context), unless listed with another number."""
    head = _NAME_TO_HEAD.match(text, dataset[1])
    number = _NUMBER.match(text, start)
    if head is None or _LIST_JOINER.search(head["words"][-4:]) \
            or number and _NUMBER_LISTED_AFTER.match(text, number.end()) \
            or _NUMBER_LISTED_BEFORE.search(text, max(0, start - 12), start):
        return False  # (nor "DiverseForm and several public benchmark datasets", whose others
        # the text does not name)
    opening = _PHRASE_TO_NAME.search(text, max(sent_start, dataset[0] - 80), dataset[0])
    return opening is not None and bool(_LIST_JOINER.search(opening["words"])
                                        or _LIST_JOINER.search(head["words"]))


def _unless_listed(first: tuple, datasets, data_starts: list[int], number: tuple[int, int],
                   sent_start: int, sent_end: int, text: str) -> str | None:
    """The name of ``first``, the dataset named after a number, unless a list of other datasets
    goes on from it: "improves ... by 5-18% on the TDDiscourse, TimeBank-Dense, and MATRES
    datasets" is on the whole list, none of its names (R-ds-context); with "respectively" the
    pairing, else the first, is the number's."""
    # (only the datasets starting where a separator after ``first`` may end are tried: a test
    # of every dataset per number made '85.3% on ImageNet, ' x2000 take seconds)
    reach = _LISTED_REACH.match(text, first[1]).end()
    nearby = datasets[bisect.bisect_left(data_starts, first[1]):
                      bisect.bisect_right(data_starts, reach)]
    if (any(d[2] != first[2] and _LISTED.fullmatch(text, first[1], d[0]) for d in nearby)
            or _in_listed_phrase(text, first, sent_start, *number)) \
            and not _says_respectively(text, sent_start, sent_end):
        return None
    return first[2]


def _entered(text: str, dataset: tuple) -> bool:
    """Whether ``dataset`` is a shared task the paper takes part in, which its results are on:
    "This paper describes our submission to the DSL 2016 shared-task ... an F1 score of 0.4834"
    (not "systems that participated in the NEWS 2010 shared task")."""
    start, end, name = dataset[:3]
    if not _shared_task(text, dataset):
        return False
    sentence = text[sentence_start(text, start):start]
    others = _OTHERS_TOOK_PART.search(sentence)
    if others is not None and _OUR_SYSTEM_BEFORE.search(sentence, 0, others.start()):
        others = None  # "our system that competed at SemEval 2019 Task 9"
    return bool(_TAKES_PART.search(sentence) or _OUR_PART_AFTER.match(text, end)) \
        and others is None and not _JOINER_BEFORE.search(sentence)


def _worked_on(text: str, dataset: tuple) -> bool:
    """Whether ``dataset`` is a shared task, challenge or competition, so headed ("the DisRPT
    shared task", "the PharmaCoNER Challenge"; not a bare "task": "the WMT'14 English-to-German
    task"), that the paper's own work is put to in its sentence (see ``_OUR_WORK_FOR``)."""
    start, end, name = dataset[:3]
    if _HEADED_TASK.match(text, end) is None and _HEADED_NAME.search(name) is None:
        return False
    sentence = text[sentence_start(text, start):start]
    return _OUR_WORK_FOR.search(sentence) is not None \
        and not _OTHERS_TOOK_PART.search(sentence) and not _JOINER_BEFORE.search(sentence)


#: the head after a shared task's name, one task ("the DisRPT shared task", "the BioASQ
#: challenge"), or in the name ("Fake News Challenge"); a campaign's track is one task too, which
#: the results are on ("our approaches for trigger word detection ... in AGAC track of BioNLP Open
#: Shared Task 2019": gold AGAC, dev10)
_HEADED_TASK = re.compile(r"\)?(?:\s+[a-z][\w-]*){0,3}?\s*(?:[Ss]hared[\s-][Tt]ask\b(?!s)|"
                          r"[Cc]hallenge\b|[Cc]ompetition\b|[Tt]rack\b(?!s))")
_HEADED_NAME = re.compile(r"\b(?:Challenge|Competition)$")


def _shared_task(text: str, dataset: tuple) -> bool:
    """Whether ``dataset`` names a shared task or a campaign's edition ("SemEval-2019 Task 9",
    "the CoSQL shared task", "VarDial 2019")."""
    return bool(_SHARED_TASK_NAME.search(dataset[2]) or _TASK_WORD_AFTER.match(text, dataset[1])
                or _EDITION_IN_NAME.search(dataset[2]))


def _same_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a number and a later dataset, keeps to one clause:
    no new clause ("and by", "as well as", "while", "and we", ";") and no parenthesis left
    open."""
    gap = text[start:end]
    return not _NEW_CLAUSE.search(gap) and not _NEW_SUBJECT.search(gap) \
        and gap.count("(") <= gap.count(")")


#: between two datasets of a list: "MATRES and TB-DENSE", "GLUE, SQuAD", "WoZ and the DSTC2",
#: "WAT17 English-Japanese as well as IWSLT14 German-English"
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&|as\s+well\s+as)\s+|&\s*)"
                     r"(?:the\s+)?")
#: ... or the end of a phrase on one dataset that an "and" opens a parallel one after, on the
#: next: "Our experiments on English-German ... tasks using the Multi30k dataset and on
#: English-Japanese ... tasks using the Flickr30k Entities JP dataset show that ... (up to +1.61
#: BLEU", "on the STS Benchmark and on the STS12-STS16 datasets, with gains of between 3.7% and
#: 6.4%" (not after a comma, which may open a clause of the next dataset's own: "by as much as
#: 29% on RefCOCOg, and on RefGTA (video game imagery), ReCLIP's relative improvement ... is 8%")
_AND_ON_NEXT = re.compile(r"(?:\s+(?:datasets?|corpus|corpora|benchmarks?|data))?\s+and\s+"
                          r"(?:on|in|for|with|using)\s")
#: as far as ``_LISTED`` can reach from where it starts (it ends nowhere further)
_LISTED_REACH = re.compile(r"[\s,&]*(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?")
#: ... unless the number names the last of them: "on the CIFAR-10 and CIFAR-100 datasets -- in
#: particular improving the state-of-the-art to 56.29% on the latter"
_ON_THE_LATTER = re.compile(r"[^.;()]{0,30}?\b(?:on|in|for)\s+the\s+latter\b")
#: ... nor a name that is one of several data counted just before it (a count standing alone,
#: not the end of a name: "MNIST-1-7 and Dogfish datasets"), the others not found as names:
#: "Experiments ... on two publicly available datasets, namely FIGER (GOLD) and BBN with
#: an average relative improvement of 2.69%", "on two public datasets, RumourEval and PHEME"
#: (searched in the 150 characters before the name, which the phrase and its tail fit in)
_COUNTED_DATA = re.compile(r"(?<![\w.-])(?:two|three|four|five|six|seven|eight|nine|ten|"
                           r"several|multiple|\d+)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:benchmarks|datasets|data\s?sets|corpora)\b[^.;]{0,60}$",
                           re.IGNORECASE)
#: what starts a new clause between a number and a dataset, which then is not its dataset
#: (not "and on average": "improves ... by up to 13% and on average 4% absolute across 7 tasks")
_OTHER_DATA_CLAUSE = r"\band\s+(?:by|on|in)\b(?!\s+(?:average|total)\b)|\bas\s+well\s+as\b"
_NEW_CLAUSE = re.compile(rf"{_OTHER_DATA_CLAUSE}|\bwhile\b|\bwhereas\b")
#: ... though "while" with a participle goes on with the same subject and data, in a sentence
#: naming one dataset: R-ds-paramsentence, R-ds-runcontext, "Experiments on the well-known GLUE
#: benchmark show improved performance in multi-task learning while adding only 0.29% parameters
#: per task", "38.3 BLEU on WMT English-French NewsTest2014, while decoding at 100 words/sec"
_WHILE_DOING = re.compile(r"\bwhile\s+(?:(?:only|also|still|\w+ly)\s+)?\w+ing\b")
#: ... and, looking forward from a number, a clause with a subject of its own or after a
#: semicolon: "gains from 1.0% to 4.4% in our in-house data set and we also see ... on the ATIS",
#: "(2) ... within 35% ...; (3) our method is capable of solving large MNIST ... networks" (a
#: dataset named before the number may open such a sentence: "on BRIGHT, ...; it outperforms"),
#: or a relative clause with a subject of its own: "as low as 13.38%, exceeding the results of our
#: previous study in which we used the CSJ acoustic model", "a precision of 0.68 ... for the
#: patterns that we have defined, and an enrichment rate up to 33% for both BabelNet and DBpedia"
_NEW_SUBJECT = re.compile(r"\b(?:and|in\s+which|which|that|where)\s+(?:we|it|they|our)\b|;")
#: a dataset that opens the sentence is the whole sentence's, a contrast's too ("On
#: WMT'14 English-German translation, the SAT achieves 5.58x speedup while maintaining 88%
#: translation quality"), unless a clause names other data ("On WMT news test data, ... and on
#: EMEA data ..."); the phrase ends with a comma, after the name and its head ("On the competitive
#: WMT'14 En-De task,"; not "On TREC-DL 2019&2020,", where the name is one of two), also after an
#: example's or a sequel's opening words ("For example, on the Covertype classification problem,
#: ... (95.2% vs. 89.53%)")
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:For\s+(?:example|instance)|As\s+an\s+example|"
                             r"In\s+particular|Specifically|Notably|Moreover|Furthermore|"
                             r"Additionally|Finally|Besides),?\s+(?:on|in|for|across)|"
                             r"On|In|For|Across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?")
_OPENING_END = re.compile(r"(?:\s+[^\s,&/]+){0,2}?,")
_OTHER_DATA = re.compile(_OTHER_DATA_CLAUSE)


def _opens_sentence(text: str, sent_start: int, dataset: tuple) -> bool:
    """Whether ``dataset`` opens its sentence ("On X, ..."), one dataset (not two joined: "On
    TREC-DL 2019&2020, ...", R-ds-context)."""
    start, end = dataset[:2]
    return "&" not in text[start:end] and _OPENING_END.match(text, end) is not None \
        and _OPENS_SENTENCE.fullmatch(text, sent_start, start) is not None


#: (the verbs with which names put forward what the paper contributes: "We design a synthetic
#: benchmark, CommaQA, with", "we develop a new dataset")
#: the head noun of a collection of data a paper names ("the LIST2QA dataset")
_NAMED_DATA_HEAD = r"(?:dataset|benchmark|corpus|test\s?set|suite)"
_INTRODUCE_DATA = rf"\b(?:{INTRODUCING_VERBS}|release)[sd]?"
#: "we introduce the LIST2QA dataset", "we introduce EvoEval - a program synthesis benchmark"
_INTRODUCES = re.compile(rf"{_INTRODUCE_DATA},?\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
#: "This paper presents the Phenotype-Gene Relations (PGR) corpus", "we present an annotated
#: Emergency Blood Donation Request (EBDR) dataset": the acronym of the name spelled out after
#: the verb, in parentheses before the head
_INTRODUCES_SPELLED = re.compile(rf"{_INTRODUCE_DATA}\s+(?:the|a|an)\s+(?:[\w-]+\s+){{1,8}}\($",
                                 re.IGNORECASE)
#: the one dataset a paper names, described in apposition: "apply it on WikiTableQuestions, a
#: natural language question-answering dataset", "for the five domains of MultiWOZ, a human-human
#: dialogue dataset"
_APPOSITIVE_HEAD = re.compile(r"(?:,|\s*[\u2013\u2014-])\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?"
                              rf"{_NAMED_DATA_HEAD}\b", re.IGNORECASE)
#: ... or put forward as new, "new" or "novel" before its head and no verb of introducing: "The
#: new dataset, ProPara, is the first to", "a new corpus WLP-MSTG which was created by extending"
_NEW_DATA_BEFORE = re.compile(rf"\b(?:a|an|the|our)\s+(?:new|novel)\s+(?:[\w-]+\s+){{0,3}}?"
                              rf"{_NAMED_DATA_HEAD}[\s,:]*$", re.IGNORECASE)
#: several data referred back to: "Using these datasets", "on both benchmarks"
_THESE_DATA = re.compile(r"\b(?:these|those|both|all)\s+(?:[\w-]+\s+)?"
                         r"(?:datasets|data\s?sets|benchmarks|corpora)\b", re.IGNORECASE)
#: data the names leave out, also opening the sentence: "On PHI-ML, ..."
_ON_UNLISTED_SETTING = re.compile(r"\b[Oo]n\s+(?:the\s+)?[a-z]*[A-Z]")
_HEAD_AFTER_PAREN = re.compile(rf"\)\s*{_NAMED_DATA_HEAD}s?\b",
                               re.IGNORECASE)
#: ... or in the name itself, its last word but a version or year: "This paper introduces the
#: Webis Gmane Email Corpus 2019, the largest ... email corpus to date. With 96% accuracy on 15
#: classes of email segments, our model achieves"
_HEAD_IN_NAME = re.compile(rf"\b(?:{DATA_NOUNS})(?:\s+v?\d+(?:\.\d+)*)?$", re.IGNORECASE)
#: the bracket an acronym written right after a name opens with (``_short_forms``)
_ACRONYM_OPENS = re.compile(r"\s*\(")
_DATA_HEAD_AFTER = re.compile(
    r"[\s,:\u2013\u2014-]*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?"
    rf"{_NAMED_DATA_HEAD}s?\b",
    re.IGNORECASE,
)
#: a shared task: "SemEval-2019 Task 9", "the CoSQL shared task", "the TL;DR challenge", "the
#: Imagenet Large Scale Visual Recognition Challenge 2013" (its head inside the name); the head
#: may follow the name's parenthesis or up to three lower-case words: "the 2016 Discriminating
#: Similar Languages (DSL) Shared Task", "our submission to WMT20 sentence filtering task", or an
#: edition's year: "our approach for task 2 and task 3 of Social Media Mining for Health (SMM4H)
#: 2020 shared tasks"
_SHARED_TASK_NAME = re.compile(r"\b(?:[Tt]ask|Challenge|Competition)\b")
_TASK_WORD_AFTER = re.compile(r"\)?(?:\s+(?:[a-z][\w-]*|(?:19|20)\d\d\b)){0,3}?\s*"
                              r"(?:[Ss]hared[\s-])?(?:[Tt]asks?|[Cc]hallenge|[Cc]ompetition)\b")
#: the paper's part in a shared task, before its name: "our submission to the", "we have
#: participated in the", "the system of our team SJTU for", "work we conducted as part of the",
#: "our system (HIT-SCIR) for", the paper's own contribution, results or work there: "our
#: contribution in DEFT 2018 task 2", "our contribution to SemEval-2020 Task 7", "our results for
#: TRAC 2020 competition", "our work for the NADI Shared Task", its parser or model design there:
#: "our multilingual dependency parser developed for the CoNLL 2017 UD Shared Task", "our proposed
#: model design for the SMM4H 2020 Task 1" (not "our approach ... establishes
#: new state-of-the-art in Basque and Swedish in the SPMRL shared tasks", nor "we apply this model
#: to the SemEval-2015 Task 4", nor "we compare our results to the X shared task's"); an
#: approach "to" one, right before its name, is an entry too: "This paper describes UALing's
#: approach to the CoNLL 2017 UD Shared Task", "our approach to the CLPsych 2018 Shared Task" (not
#: "automated approaches to Appraisal classification in the ... ALTA Shared Task")
_TAKES_PART = re.compile(
    r"\b(?:participat\w*|submi(?:ssions?|tted|tting)|compet(?:ed|es|ing)|entr(?:y|ies)|team\b|"
    r"as\s+part\b|approach(?:es)?\s+to\s+(?:the\s+)?$|"
    r"(?:system|model(?:\s+design)?|approach|methods?|solution|parser|tagger)"
    r"(?:\s*\([^()]*\)|\s+(?:developed|"
    r"designed|used|built|(?:used\s+by\s+)?(?:of\s+)?(?:our\s+|the\s+)?team\s+\S+|"
    r"we\s+(?:have\s+)?used))*\s+(?:for|in|at)\s|"
    r"our\s+(?:contributions?\s+(?:to|for|in|at)|(?:results|work)\s+(?:for|in|at))\s)[^.;]*$",
    re.IGNORECASE,
)
#: ... or the paper's own work put to a task headed as one, in the task's sentence: "we describe an
#: approach to Task 1 of the PharmaCoNER Challenge", "We evaluated our model on the Task 9.2 of the
#: DDIExtraction-2013 shared task", "a system, ToNy, a discourse segmenter developed for the
#: DisRPT shared task" (not compared with it: "comparable performance to the best results in 2015
#: NLP-TEA CGED shared task", nor others' output there: "we applied ERRANT to the system output
#: of the CoNLL-2014 shared task")
_OUR_WORK_FOR = re.compile(
    r"\b(?:we|our|this\s+(?:paper|article|work))\b(?![^.;]*\b(?:compar|than|outperform|similar|"
    r"like|previous|prior|other|based))[^.;]*\b(?:for|to|on|in|with|at)\s+(?:the\s+)?"
    r"(?:(?!outputs?\b|results\b|systems\b|submissions\b)[\w.-]+\s+){0,5}?$",
    re.IGNORECASE)
#: ... not others': "all systems that participated in the", "the best submissions to the"
_OTHERS_TOOK_PART = re.compile(r"\b(?:(?:that|which|who)\s+(?:participated|competed|took\s+part)|"
                               r"(?:best|top|other|winning)\s+(?:submissions|systems|entries|"
                               r"teams?))\b")
#: ... unless "that participated" is said of the paper's own: "our system that competed at",
#: "our TTI-COIN system that participated in"
_OUR_SYSTEM_BEFORE = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){1,2}$")
#: ... or the paper's part named after it, in its clause: "For this round of the WMT 2019 APE
#: shared task, our submission focuses"
_OUR_PART_AFTER = re.compile(r"[^.;]{0,60}?\b(?:[Oo]ur|[Ww]e)\s+(?:\w+\s+){0,2}?"
                             r"(?:submi|participat|entr|team)")
#: a campaign's edition, a year in its name: "VarDial 2019", "WMT 2019 APE" (with the
#: paper's part: "the approaches taken by SharifCL team to this problem in VarDial 2019"), a
#: known campaign's in two digits too: "WMT-20", "WMT19", "IWSLT'17"
_EDITION_IN_NAME = re.compile(rf"(?:19|20)\d\d\b|"
                              rf"(?<![\w-])(?:{'|'.join(CAMPAIGNS)})[ '\u2019-]?\d\d\b")
#: ... nor one of several tasks listed: "ensembling methods for Sentimix, and OffensEval tasks" (a
#: task's short name in apposition to its head is none: "the submission of the UniBuc-NLP team
#: for the Discriminating between Similar Languages Shared Task, DSL 2016")
_JOINER_BEFORE = re.compile(r"(?:(?<![Tt]ask)(?<!Challenge),|\band|\bor)\s*$")
#: a word of a data phrase that neither points back to data, compares ("on other ...
#: datasets", PARADE's "than its performance on other paraphrase identification datasets") nor
#: sizes splits of the one task's data ("In the experiments on large data sets" at WAT2017)
_PLAIN_WORD = (r"(?!(?:other|the|these|those|this|that|our|their|its|both|all|large|small|"
               r"larger|smaller)\b)[\w-]+")
#: data named without a name, several or new: "on multiple spatial benchmarks", "across ten
#: benchmarks", "improvement over 5 vision-centric benchmarks" (counted: "over" alone compares),
#: "Experiments on culture-specific benchmarks show", "on a new synthetic visual
#: dialog dataset"; not bare ("on datasets consisting of sentences with up to 50 tokens", parts
#: of the one named), nor training data ("LSTMs trained on MT datasets"), nor data named right
#: after ("on popular long-context benchmarks RULER", "on two datasets (MATRES and TB-DENSE)")
_SEVERAL = (r"(?:several|multiple|many|various|diverse|different|two|three|four|five|six|seven|"
            r"eight|nine|ten|\d+)")
_UNNAMED = (r"(?i:(?<!trained\s)(?<!tuned\s)\b(?:(?:on|across)\s+(?:"
            rf"{_SEVERAL}\s+(?:{_PLAIN_WORD}\s+){{0,3}}?|(?:{_PLAIN_WORD}\s+){{1,3}}?)"
            rf"|over\s+{_SEVERAL}\s+(?:{_PLAIN_WORD}\s+){{0,3}}?)"
            r"(?:benchmarks|datasets|data\s?sets|corpora)\b"
            rf"|\bon\s+an?\s+new\s+(?:{_PLAIN_WORD}\s+){{0,3}}?"
            rf"{_DATA_NOUN_SINGULAR}\b)(?!\s*\(|\s+[A-Z])")
_UNNAMED_DATA = re.compile(_UNNAMED)
#: ... right after a result, also a task or a problem named by an indefinite article, or tasks
#: by a word for several that counts none ("it reduces error rate by as much as 87% on diagnostic
#: tasks from the SCAN dataset and 16% on a semantic parsing task", "improve transformer models by
#: 0.9 BLEU score on WMT14 En-De translation task and around 1.0 accuracy for various text
#: classification tasks"; counted tasks may be a named benchmark's: "On the ... benchmark
#: DiscoEval, our model improves ... by up to 13% and on average 4% absolute across 7 tasks")
_UNNAMED_TASK = (rf"(?i:\b(?:on|in|for|across)\s+(?:an?\s+(?:{_PLAIN_WORD}\s+){{0,3}}?"
                 r"(?:task|problem)|(?:several|multiple|many|various|diverse|different)\s+"
                 rf"(?:{_PLAIN_WORD}\s+){{0,3}}?tasks)\b)(?!\s*\(|\s+[A-Z])")
#: ... or a dataset named by an indefinite article, which no name follows: "a 0.920 Pearson
#: correlation on an internal human-annotated dataset" (after "0.626 ... on the TAP-DLND 1.0
#: dataset"), not "on a benchmark, SQuAD" nor "on a dataset of ... from X", nor one sized by a
#: count, a split of the task's data ("over 20 BLEU points on a 10 million word dataset")
_ON_A_DATASET = (rf"\bon\s+an?\s+(?:(?!\d|(?:thousand|million|billion)\b){_PLAIN_WORD}\s+)"
                 rf"{{0,3}}?{_DATA_NOUN_SINGULAR}\b"
                 r"(?!\s*[(,:\u2013\u2014-]|\s+(?:[A-Z]|of\b|from\b|called\b|named\b))")
_ON_UNNAMED_DATA = re.compile(rf"[^.;()]{{0,30}}?(?:{_UNNAMED}|{_UNNAMED_TASK}|{_ON_A_DATASET})")


def _on_unnamed(found: re.Match | None, datasets) -> bool:
    """Whether ``found``, data named without a name, names none of ``datasets`` in its words
    ("adversarial SQuAD datasets" is on SQuAD): a result there is on none of the datasets named
    around it, nor on the paper's own benchmark."""
    return found is not None and not any(found.start() <= d[0] < found.end() for d in datasets)


#: "... accuracy on our test set": a result on unnamed data, whatever is named later
_OWN_SET = (r"\s+(?P<det>our|a|an|their)\s+(?:[\w-]+\s+){0,2}"
             r"(?:test|dev|development|evaluation|held-out|validation)\s+sets?\b")
_OWN_TEST_SET = re.compile(rf"[^.;()]{{0,30}}?\bon{_OWN_SET}")
#: (the same "on our test set" anywhere in a sentence: led by "on", which the engine finds fast,
#: the lookbehind checking that it starts a word; the leading words and \b of _OWN_TEST_SET
#: were tried at every position)
_OWN_TEST_SET_IN = re.compile(rf"on(?<!\won){_OWN_SET}")
#: "we introduce a ... dataset (CarMem)": the paper's own benchmark
_INTRODUCED_DATA = re.compile(
    rf"{_INTRODUCE_DATA}\b[^.;]*"
    rf"\b{_NAMED_DATA_HEAD}s?[\s(:,\u2013\u2014*-]*(?:called\s+|named\s+)?$",
    re.IGNORECASE,
)
