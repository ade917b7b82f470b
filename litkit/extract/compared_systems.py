"""Baselines, compared systems and others' figures: names that are points of comparison
(after "outperforms", "than", "vs"), clauses about others' work, figures of humans,
of annotator agreement or of a gap. Separate: results and sizes both ask these."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from litkit.extract.metrics import ANNOTATOR_AGREEMENT
from litkit.extract.system_mentions import (
    _CLAUSE_START,
    _LISTED_AFTER,
    _NEXT_ITEM,
    _PREVIOUS_ITEM,
    _SEPARATOR_CHARS,
    _Name,
    _Nearby,
)

#: a comparison with an equal, before what is compared with: "performs comparably to RoBERTa
#: and XLNet while using less than 1/4 of their compute", "achieves comparable performance to
#: standard BERT, with 35-45% less training time", "on par with", "competitive with"
_ON_PAR = (r"comparabl[ey]\s+(?:[\w-]+\s+){0,2}?(?:to|with)|on\s+par\s+with|"
           r"competitive(?:ly)?\s+with|similar(?:ly)?\s+to")
#: a lowercase modifier of a compared name: "outperforms the blackbox commercial ChatGPT
#: solution" (not a function word: "over the course of", "than it", "against which")
_MODIFIER = (r"(?!(?:of|on|in|for|with|by|at|to|from|and|or|as|is|are|was|were|be|been|we|it|"
             r"its|our|their|this|these|that|which|who|when|while|after|before|only|all)\b)"
             r"[a-z][\w-]*")
#: words before a name that make it a point of comparison, not whose number it is; also
#: "baseline (": "achieves same-quality generated text as the baseline (Pythia-6.9B) while
#: achieving 2.57x speed-up"; "better" as a verb too: "we achieve state-of-the-art results,
#: bettering a strong baseline by an absolute 2% increase in F1 score"
_OBJECT_BEFORE = re.compile(
    # (the letters its words start with, in any case, tested first: other positions fail at
    # once, where the ~20 words were tried)
    r"(?=[abcefmorstv%])(?:outperform\w*|out-perform\w*|surpass\w*|beat\w*|better(?:s|ed|ing)|exceed\w*|over|"
    r"than|vs\.?|versus|"
    # the reference a share is of: "achieves more than 96.8% the performance of its teacher
    # BERT-Base" (BERT-Base is not the model of the figures after it), "at 5% of BioBERT's"
    # (not a level of others: "90% accuracy of human annotators")
    r"%\s+(?:the\s+(?:performance|accuracy|quality)\s+)?of(?:\s+(?:its|their))?|"
    r"compared\s+(?:to|with)|comparing\s+(?:to|with)|relative\s+to|against|from|rival\w*|"
    rf"match\w*|{_ON_PAR})\s+(?:(?:the\s+)?(?:performance|results?|accuracy|scores?|quality)\s+of\s+)?"
    r"(?:(?:the|a|an|strong|larger|prior|existing|previous|best|base|original|vanilla|"
    r"popular|leading|proprietary|open-source|commercial|state-of-the-art|standard)\s+)*"
    rf"(?:{_MODIFIER}\s+){{0,2}}$|\bbaselines?\s*\(\s*$",
    re.IGNORECASE,
)
#: the items of a list before a name ("GPT-4 and PMC-LLaMA", a pair "the BioBERT - BERT F1 delta"),
#: skipped to find what governs it
_LIST_BEFORE = re.compile(r"(?:[A-Z0-9\u03bc][\w.+-]*(?:\s+(?:\d[\w.]*|[A-Z][\w.+-]*))?\s*"
                          r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s+[-\u2013]\s+))+$")
#: an example head before a name: "models such as", "frontier LLMs like"
_EXAMPLES_BEFORE = re.compile(r"(?:[\w-]+,?\s+){0,3}(?:such\s+as|like|including|e\.g\.,?)\s*$",
                              re.IGNORECASE)
#: the last word of those heads ("as", "like", "including", "e.g.", "e.g.,"), at most nine
#: characters: where the words before a name end otherwise, _EXAMPLES_BEFORE, which tries up to
#: three words at every position, is not searched
_EXAMPLES_LAST = re.compile(r"(?:as|like|including|e\.g\.,?)$", re.IGNORECASE)
#: what follows a subject: its possessive, head noun or parenthesis, then a verb
_SUBJECT_AFTER = re.compile(
    r"(?:'s\s+[\w-]+)?(?:\s*\([^()]{0,40}\))?(?:[\s-]+(?:base\s+)?(?:models?|LLMs?|agents?|"
    r"systems?|methods?|approach|algorithms?|networks?|variants?|versions?|classifiers?|configurations?|"
    r"solutions?|submissions?))?"
    r"\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:(?:which|that|also|further|consistently|significantly|"
    r"still|only|now|even|then|clearly|substantially|largely|successfully|to)\s+)*"
    r"(?:achiev|attain|obtain|reach|scores\b|scored\b|yield|sets?\b|outperform|surpass|beat|improv|exceed|"
    r"reduc|boost|increas|deliver|match|record|produc|gain|enabl|cuts?\b|lower|rais|gets?\b|"
    r"hits?\b|ranks?\b|establish|lead|perform|show|demonstrat|provid|is\b|are\b|was\b|were\b|"
    r"has\b|have\b|can\b|with\b|speeds?\b|accelerat|runs?\b|generat|solv|answer|complet|"
    r"grants?\b|hires?\b|extends?\b|resulted\b)",
    re.IGNORECASE,
)
#: a preposition before a name-shaped word: then it is not the subject ("experiments on X",
#: "the auto-regressive baseline on an A100, which attains 7.78x")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|of|for|with|from|by|at|to|using|into|than)\s+"
                                 r"(?:the\s+|an?\s+)?$", re.IGNORECASE)
#: subjects that are not the paper's system
#: (not "human" heading how a system is evaluated: "Human evaluation with 9 experienced writers
#: confirm that WQRM-based selection produces writing samples preferred by experts 66%", nor
#: what humans give a system, a cost it saves: "the number of human annotations can be reduced
#: by 80%", "reduces human effort by 50%", or the work humans do on its outputs or with it:
#: "reduce reliance on human validation, resulting in an estimated cost saving of over 40.0%",
#: "increased types of human collaboration ... results in a 10-50% improvement")
#: (existing systems with their modifiers: "whereas existing single-head linear-centric models
#: achieve SOTA results in only 25% of cases"; also existing metrics, "existing evaluation metrics
#: measure idiom quality poorly with Pearson correlation below 0.48", and "even the best
#: performing models struggle ... with 23 absolute points of gap")
#: (state-of-the-art or current systems as the subject of a figure's verb: "State-of-the-art
#: models trained on existing datasets have dismal performance on PAWS (<40% accuracy)", "The
#: state of the art systems achieve slightly above 55%"; not an object the paper's method is
#: applied to or beats: "when applied to state-of-the-art systems, our method yields",
#: "Non-neural state-of-the-art systems are outperformed by more than 2%")
#: (a shared task's winner: "(the winning team had 82.2%)"; not "runs", a team's own submissions
#: ("Among the five submitted runs, the best run ... achieved the F-score of 86.76%") or a verb
#: ("structure2vec runs 2 times faster"): an overview's runs are others' by ``_overview``)
_OTHERS = re.compile(
    r"\b(?:humans?(?!\s+(?:evaluations?|judge?ments?|assessments?|ratings?|preferences?|"
    r"annotations?|annotated|effort|feedback|supervision|intervention|labels?|labell?ing|"
    r"validation|verification|collaboration|post-?editing|labou?r|involvement|oversight)\b)|"
    r"human\s+(?:performance|annotators?|experts?|evaluators?|agreement)|"
    r"annotators?|inter-annotator|crowd-?workers?|baselines?|prior\s+(?:work|methods?|models?)|"
    # the professionals whose judgment a clinical system is set against: "our model is able to
    # achieve a promising F_0.5-score of 0.895 while ED doctors achieve F_0.5-score of 0.900"
    r"doctors|physicians|clinicians|radiologists|dermatologists|pathologists|"
    r"previous\s+(?:work|methods?|models?|systems?|state[\s-]of[\s-]the[\s-]art|SOTA)|"
    r"existing\s+(?:[a-z][\w-]*\s+){0,2}?(?:methods?|models?|systems?|approaches|LLMs?|metrics)|"
    r"even\s+(?:the\s+)?(?:best|strongest|top)(?:[\s-]performing)?\s+(?:[\w-]+\s+)?"
    r"(?:models?|systems?|LLMs?)|"
    r"(?:current|state[\s-]of[\s-]the[\s-]art|SOTA|leading|frontier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models|LLMs|systems|methods)(?=[^,.;:()]{0,50}?\b(?:achiev|perform|scor|ha[sv]|is|are|"
    r"was|were|remain|struggl|exhibit|fail|reach|obtain|lag|fall|drop|attain)\w*\b"
    r"(?!\s+(?:outperformed|surpassed|beaten|improved|boosted|enhanced)))|"
    r"other\s+(?:methods?|models?|systems?|"
    r"teams?|(?:[a-z-]+\s+)?(?:metrics|measures))|participants|teams|"
    r"winning\s+(?:teams?|systems?|submissions?|entry|entries))\b",
    re.IGNORECASE,
)
#: a count of the field a shared-task entry is ranked in, before ``_OTHERS``'s "teams" or
#: "participants" (``_FIELD``): not the figure's subject ("We ranked 6th in the competition of
#: 42 teams with an accuracy of 79.1%", "Out of 26 participating teams, our system is ranked
#: ...", "Among seven teams we ranked third"; not "A total of five participating teams submitted
#: systems")
_FIELD_COUNT = re.compile(r"\b(?:(?<!total\s)of|among|from|by)\s+(?:the\s+|all\s+(?:the\s+)?)?"
                          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:(?:other|participating|competing)\s+)?$", re.IGNORECASE)
_FIELD = re.compile(r"(?:other\s+)?(?:teams?|participants)", re.IGNORECASE)
#: a verb whose object the others are, which the clause's subject improves on: "this strategy
#: improves other strong baselines architectures by 3.4%", "The experiments ... improve a baseline
#: trained with the Europarl corpus in more than 2 points of BLEU"
_IMPROVED_OBJECT = re.compile(r"\bimprov(?:es?|ed|ing)\s+(?:(?:on|upon)\s+)?(?:[\w-]+\s+){0,3}$",
                              re.IGNORECASE)
#: annotators' agreement, a human figure even when measured with the paper's own labels
#: ("we achieved 73%\u221290% raw agreement (\u03ba = 0.614\u22120.744)"; R-own-agreement)
_AGREEMENT = re.compile(rf"\b(?:{ANNOTATOR_AGREEMENT})\b", re.IGNORECASE)
#: what each match of _AGREEMENT holds, in lower case (none has an "i" or "s", which
#: lower-casing does not find in every case: see quantities._OTHER_CASES), but "IAA": a text
#: holding none has no result clause to search for it
_AGREEMENT_WORDS = ("rater", "annotator", "coder", "agree")
#: a comparison word and the words of a noun phrase after it, before one of ``_OTHERS``:
#: "outperforms previous chain-of-thought and tool-augmented baselines"
_COMPARED_PHRASE = re.compile(
    r"\b(?i:outperform\w*|out-perform\w*|surpass\w*|beat\w*|exceed\w*|over|than|vs\.?|"
    rf"versus|compared\s+(?:to|with)|superior\s+to|against|{_ON_PAR})\s+(?:[a-z][\w-]*,?\s+){{0,5}}$")
_THIS_OR_OURS = re.compile(r"\b(?:this|our|these|the\s+proposed)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)
#: (also what a setting lets the authors do: "Fine tuning RoBERTa large for classifying English
#: tweets enables us to achieve a F1 score of 56%")
_OWN_MARK = re.compile(r"\b(?:our|ours|resulting|proposed|(?:enabl|allow|help|let)\w*\s+us)\b",
                       re.IGNORECASE)


#: how far models fall short of humans: "there exists a 70% gap between a state-of-the-art joint
#: model and human performance", "humans outperform the best models (\u223c13% gap)", "even the
#: model with the best performance is 20 points lower than humans", "fall short of human
#: performance by nearly 30%"
_SHORT_OF_HUMANS = re.compile(
    r"\bgaps?\b(?:[^.;]|\.(?=\d)){0,80}?\bhumans?\b|\bhumans?\b(?:[^.;]|\.(?=\d)){0,60}?\bgaps?\b|"
    r"\b(?:short\s+of|far\s+(?:from|behind)|lag(?:s|ging)?\s+(?:far\s+)?behind|lower\s+than|"
    r"below)\s+(?:(?:the|that\s+of|an?)\s+)*humans?\b", re.IGNORECASE)


def _short_of_humans(text: str, span: Span, sent_start: int, sentence: str) -> bool:
    """Whether the result's sentence tells how far models fall short of humans, with no mark of
    the paper's own before the figure: a benchmark's finding about the models it tests, not the
    paper's own result (R-own-dataset; dev4 acl:N18-1140, dev17 acl2021:2021.acl-long.549)."""
    return "uman" in sentence and bool(_SHORT_OF_HUMANS.search(sentence)) \
        and not _OWN_SYSTEM.search(text, sent_start, span.start_char)


#: a figure that is the size of a gap, written before it ("with an average gap of 40%", "a
#: performance gap of approximately 13% to 85%", "the accuracy gap between finetuning BERT-based
#: model and training vanilla LSTM from scratch narrows to within 1%") or after it ("leaves a
#: surprising 10-20% accuracy gap"); not what a gap is reduced to ("reducing the gap to 0.25-0.9
#: BLEU points"), nor a share of it ("closes up to 50% of the gap")
_GAP_BEFORE = re.compile(r"\bgaps?\s+(?:of|(?P<between>between\b[^.;:]{0,120}?\bto(?:\s+within)?))"
                         r"\s+(?:[a-z]+\s+){0,2}(?:\d[\d.]*\s*%?\s*(?:-|\u2013|to)\s*)?$")
_GAP_AFTER = re.compile(r"(?:\s*%?\s*(?:-|\u2013|to)\s*\d[\d.]*)?\s*%?\s*"
                        r"(?:(?!of\b)[a-z][\w-]*\s+){0,2}gaps?\b")
#: a gap the paper's system leads others by, after the figure ("a considerable gap of 5-7% over
#: existing methods"), or closes, before the gap ("narrowing the 5% gap")
_GAP_LEAD = re.compile(r"[^.;:]{0,30}?\b(?:over|against)\b")
_GAP_CLOSED = re.compile(r"\b(?:clos|reduc|narrow|bridg|shrink|minimi)\w*\s+"
                         r"(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _gap(text: str, span: Span, sent_start: int) -> re.Match | None:
    """The words that make the result the size of a gap between the systems or settings the
    paper measures (``_GAP_BEFORE``, ``_GAP_AFTER``): a finding, no one system's (R-kind-gap,
    R-kind-finding), unless the paper's system leads by it or closes it (``_GAP_LEAD``,
    ``_GAP_CLOSED``)."""
    gap = _GAP_BEFORE.search(text, max(sent_start, span.start_char - 160), span.start_char) \
        or _GAP_AFTER.match(text, span.end_char, span.end_char + 40)
    if gap is None or _GAP_LEAD.match(text, span.end_char):
        return None
    opening = min(gap.start(), span.start_char)
    return None if _GAP_CLOSED.search(text, max(sent_start, opening - 40), opening) else gap


#: a mark of the paper's own system, not of its benchmark or its report ("our proposed model";
#: not "our benchmark is challenging for existing ... models", "Our experiments show that")
_OWN_SYSTEM = re.compile(r"\b(?:our|ours|proposed)\b(?!\s+(?:[\w-]+\s+)?(?:benchmark|dataset|data|"
                         r"corpus|test\s+set|experiments?|results|analysis|findings|evaluation)\b)",
                         re.IGNORECASE)


#: a word of the noun phrase a comparison word governs: not a clause's verb, subject or
#: connective ("outperforms all other baselines and that BioBERT surpasses"), nor a figure
_COMPARED_WORD = (r"(?!(?:(?:and|or)\s+[a-z]+\b(?![\w-])|that|which|who|whose|where|when|while|"
                  r"whereas|but|we|it|they|is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|should|does?|"
                  r"did|not|by|as|achiev\w*|obtain\w*|show\w*|demonstrat\w*|find\w*|found|"
                  r"reach\w*|attain\w*|yield\w*|perform\w*|outperform\w*|surpass\w*|improv\w*|"
                  r"reduc\w*|lead\w*|mak\w*|provid\w*|gains?|scores?)\b)[A-Za-z][\w'\u2019.+/-]*")
#: what separates the words of that phrase: a space, a parenthesis ("multi-task (without
#: instruction) baseline"), "e.g.", "i.e.", or a comma before an apposition ("SimCSE, a strong
#: supervised baseline")
_COMPARED_GAP = (r"(?:\s*\(\s*(?:(?:e\.g|i\.e)\.,?\s*)?|,?\s*(?:e\.g|i\.e)\.,?\s*|\)?\s+|"
                 r",\s+(?=(?:a|an|the)\s))")
#: a comparison word and the longer noun phrase it governs up to a name: "outperforms the
#: previous best unsupervised method (using ChatGPT)", "outperform state-of-the-art
#: transformer models (e.g., BERT", "over previous knowledge-aware conversation models and
#: GPT-2", "outperforms bag-of-words and embedding-based BiLSTMs and BiLSTM-CRFs", "outperforms
#: its baseline model, i.e., IMN" (no comma, figure or clause between, only words of the
#: phrase, an opening parenthesis and "e.g."/"i.e."); after a first object's margin, which may
#: be a range or an average ("by around 13%-26% and the Hierarchical Attention Network (HAN)",
#: "by an average of 35% and Flan-UL2 20B"), the elliptical second object's phrase
_COMPARED_NP = re.compile(
    r"\b(?:outperform\w*|out-perform\w*|surpass\w*|beat\w*|exceed\w*|over|than|vs\.?|versus|"
    r"compared\s+(?:to|with)|relative\s+to|against|"
    r"(?P<margin>by\s+(?:[a-z]+\s+){0,3}?[~\u2248]?\d[\d.]*\s*(?:%|x|\u00d7)?"
    r"(?:\s*(?:-|\u2013|to)\s*\d[\d.]*\s*(?:%|x|\u00d7)?)?(?:\s+[\w@-]+){0,3}?\s*,?\s+"
    r"(?:and|as\s+well\s+as)))"
    rf"(?:{_COMPARED_GAP}{_COMPARED_WORD}){{0,10}}?{_COMPARED_GAP}$", re.IGNORECASE)
#: a comparison verb before the margin of an elliptical second object ("outperforms CopyAttention
#: by about 18 F1 pts, and a BERT-based strong baseline by 2 F1 pts")
#: (not "improves": its objects are the systems improved, "DSD improved the Top1 accuracy of
#: GoogLeNet by 1.1%, VGG-16 by 4.3%")
_OUTDOING = re.compile(r"\b(?:outperform|out-perform|surpass|beat|exceed)\w*\b", re.IGNORECASE)


def _compared_phrase(text: str, start: int, sent_start: int) -> bool:
    """Whether the words before ``start`` are a compared noun phrase (``_COMPARED_NP``)."""
    phrase = _COMPARED_NP.search(text, max(sent_start, start - 100), start)
    return phrase is not None and not (
        phrase.group("margin")
        and not _OUTDOING.search(text, max(sent_start, phrase.start() - 150), phrase.start()))


def _in_compared(text: str, name: _Name, sent_start: int) -> bool:
    """Whether the name stands inside the noun phrase a comparison word governs, past the
    few modifiers ``_is_object`` allows ("outperforms its baseline model, i.e., IMN"), or the
    second object of an elliptical comparison ("IMoJIE outperforms CopyAttention by about 18 F1
    pts, and a BERT-based strong baseline by 2 F1 pts"), and is not the subject of a clause of
    its own ("... and BioBERT surpasses")."""
    if not _compared_phrase(text, name.start, sent_start):
        return False
    after = _SUBJECT_AFTER.match(text, name.end)
    return after is None or after.group().lower().endswith("with")


def _coordinated(text: str, name: _Name, sent_start: int, near: _Nearby) -> bool:
    """Whether the name is one item of a list of names (``_NEXT_ITEM``, ``_PREVIOUS_ITEM``, or
    a name found before it, also one shaped otherwise: "(BERT, RoBERTa, XLNet, and GPT-2)"),
    not after a prepositional phrase and a comma ("On PHI-ML, Pythia's predictions achieve
    ...", "For AlexNet, SSL reduces the error by ~1%"), nor after a list closed by "and" ("for
    the UCI Adult database and linear SVMs, SMO can be 1500 times faster"); "experiments on
    ConceptualCaptions3M and ConceptualCaptions12M demonstrate" is a list."""
    if _NEXT_ITEM.match(text, name.end):
        return True
    previous = _PREVIOUS_ITEM.search(text, max(sent_start, name.start - 40), name.start)
    if previous is None:
        # (a name listed before ends where the separators before this one start: only the
        # names that may end there are read, not every name before)
        gap = name.start
        while gap > 0 and (text[gap - 1] in _SEPARATOR_CHARS or text[gap - 1].isspace()):
            gap -= 1
    start = previous.start() if previous is not None else next(
        (n.start for n in near.between(gap - near.longest, name.start) if n.end < name.start
         and _LISTED_AFTER.fullmatch(text, n.end, name.start)), None)
    return start is not None and ("," not in text[start:name.start]
                                  or not _PREPOSITION_BEFORE.search(
                                      text, max(sent_start, start - 12), start)
                                  and not _AND_BEFORE.search(text, max(sent_start, start - 24),
                                                             start))


#: the last item of a list right before a name: "and linear SVMs, SMO"
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+(?:[a-z][\w-]*\s+)?$")


def _is_object(text: str, start: int, floor: int) -> bool:
    """Whether the name at ``start`` follows a comparison word (through a list, and through
    "models such as")."""
    before = text[max(floor, start - 120):start]
    listed = _LIST_BEFORE.search(before)
    if listed is not None:
        before = before[:listed.start()]
    words = before.rstrip()
    examples = _EXAMPLES_BEFORE.search(before) \
        if _EXAMPLES_LAST.search(words, len(words) - 9) else None
    if examples is not None:
        before = before[:examples.start()]
    return bool(_OBJECT_BEFORE.search(before))


def _compared(text: str, span: Span, near: _Nearby, sent_start: int) -> _Name | None:
    """The system a comparison figure is written for: the last object compared with before it
    ("improves over RoBERTa-Large by 0.9% (90.2 vs 91.1)", "vs. GPT-4's 45%"), read from the
    figure back (not every name of the sentence per figure)."""
    for index in range(bisect.bisect_left(near.starts, span.start_char) - 1, -1, -1):
        name = near.names[index]
        if name.end <= span.start_char and not name.subject_only \
                and _is_object(text, name.start, sent_start):
            return name
    return None


def _others(text: str, span: Span, sent_start: int, floor: int | None = None) -> bool:
    """Whether the result's clause is about humans, baselines or prior work (as subject);
    ``floor`` is where the sentence starts when ``sent_start`` is a later clause's start."""
    lo = max(sent_start, span.start_char - 150)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, span.start_char)]
    clause_start = starts[-1] if starts else lo
    for match in _OTHERS.finditer(text, clause_start, span.start_char):
        if not _is_object(text, match.start(), clause_start) \
                and not _IMPROVED_OBJECT.search(text, max(clause_start, match.start() - 60),
                                                match.start()) \
                and not _COMPARED_PHRASE.search(text, clause_start, match.start()) \
                and not _compared_phrase(text, match.start(),
                                         sent_start if floor is None else floor) \
                and not _THIS_OR_OURS.search(text, clause_start, match.start()) \
                and not _OWN_MARK.search(text, clause_start, match.start()) \
                and not (_FIELD.fullmatch(match.group())
                         and _FIELD_COUNT.search(text, max(clause_start, match.start() - 40),
                                                 match.start())):
            return True
    return False


def _agreement(text: str, span: Span, sent_start: int, sent_end: int) -> bool:
    """Whether the result's clause, up to a few words after it, measures annotators'
    agreement ("73%\u221290% raw agreement", "inter-annotator agreement of 81.82%")."""
    lo = max(sent_start, span.start_char - 150)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, span.start_char)]
    hi = min(sent_end, span.end_char + 30)
    return bool(_AGREEMENT.search(text, starts[-1] if starts else lo, hi))
