"""Figures that are settings, not results: a share of the data or a size set against
other systems, a condition's level, a share of a resource spent (a cost)."""

from __future__ import annotations

import re

from litkit.extract.name_shapes import DATA_NOUNS
from litkit.extract.patterns import Candidate, sentence_start
from litkit.extract.result_metrics import _METRIC
from litkit.extract.result_values import _LATEX, _MARKUP

#: a comparative before a name: the size of another system ("a 35x smaller Backpack"), not a
#: resource written in capitals ("requires 75x less FLOPs", "in 3x fewer GPU-days")
_COMPARATIVE_NAME = re.compile(r"\s+(?:more|less|fewer|smaller|larger|bigger)\s+"
                               r"(?!(?:FLOPS|FLOPs|GPU|TPU|KV|MACs|RAM)\b)[A-Z]")
#: a comparative right after a ratio: "500x longer", "5x more instances", "13 times more accurate"
_RATIO_COMPARATIVE = re.compile(r"\s*(?:times\s+)?(?:more|larger|bigger|longer|greater|higher)\b",
                                re.IGNORECASE)


#: a score that a cut in cost is measured to reach, a setting of that cut (R-res-targetscore,
#: dev31): "reduces the cost of sparse entity annotation by an average of 85% and 45% to reach
#: 0.9 and 1.0 F-Scores respectively", "reduce about 84% of training instances to achieve the
#: accuracy of 82.0%", "reduces a load of manual work necessary to achieve nearly 100% accuracy"
#: (not a level a cut in errors brings the system to: "reduces WER by 10% to reach 8.5%")
_TARGET_OF_CUT = re.compile(
    r"\b(?:reduc|sav|cut|lower|decreas)\w*\s[^.;]{0,80}?\b(?:costs?|annotations?|labell?ing|"
    r"efforts?|work|instances|examples|samples|data|labels|time)\b[^.;]{0,60}?\bto\s+"
    r"(?:reach|achieve|attain|obtain)\s+(?:an?\s+|the\s+)?(?:same\s+|target\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:of\s+)?(?:about\s+|nearly\s+|approximately\s+|around\s+)?$", re.IGNORECASE)
#: ... its cheap test: the verb of reaching, in the words before the score
_TARGET_VERBS = ("to reach", "to achieve", "to attain", "to obtain")


def _is_setup(text: str, start: int, end: int, unit: str) -> bool:
    """True for a ratio describing the set-up or another system ("trained on 3x more data",
    "a 35x smaller Backpack"), a share that sets a condition ("when only 5% of the total
    training data is accessible") or a score a cut in cost is measured at (``_TARGET_OF_CUT``):
    not a result at all."""
    if _CONDITION_CLAUSE.search(text, max(0, start - 60), start):
        return True
    if any(verb in text[max(0, start - 40):start] for verb in _TARGET_VERBS) \
            and _TARGET_OF_CUT.search(text, max(0, start - 200), start):
        return True
    if unit == "%":
        before = max(0, start - 40)
        return bool(_CONDITION_SHARE.search(text, before, start)
                    and _OF_AFTER_COUNT.match(text, end)
                    or (_MAKES_UP.search(text, before, start)
                        or _DATA_HOLDS.search(text, max(0, start - 100), start))
                    and re.match(r"\s*of\b", text[end:end + 8])
                    or _SHARE_OF_INPUT.search(text, before, start) and _OF_DATA.match(text, end)
                    or _PERTURBED.match(text, end) and _PERTURBED_BEFORE.search(text, before, start)
                    or _SPLIT_SHARE.match(text, end) and re.search(r"\ban?\s$", text[before:start])
                    or _CONFIDENCE_LEVEL.match(text, end)
                    or _TOP_BAND.search(text, before, start) and _BAND_END.match(text, end)
                    or _OF_THE_CORPUS.match(text, end)
                    or _is_condition_share(text, start, end)
                    or _after_score_condition(text, start, end))
    if unit != "x":
        return False
    before = _LATEX.sub("", text[max(0, start - 60):start])
    return bool(_COMPARATIVE_NAME.match(text, end)
                or re.search(r"\b(?:trained|training|pretrained)\s+(?:\w+\s+)?"
                             r"(?:on|using|with)\s+(?:about\s+|up\s+to\s+|over\s+|nearly\s+|"
                             r"roughly\s+|approximately\s+|more\s+than\s+)?$", before)
                or _HAS_RATIO.search(before)
                or _DATA_IS.search(before) and _RATIO_COMPARATIVE.match(text, end)
                or _SYSTEMS_WITH.search(before) and _MORE_AFTER.match(text, end)
                or _OUTDONE_BEFORE.search(before) and _LARGER_SYSTEMS.match(text, end)
                or _ENSEMBLED_WITH.search(before) and _SIZED_AFTER.match(text, end))


#: what another system or resource has, in a relative clause: "GPT-4 that has 50x (estimated)
#: model size", "the XLM-R-large model which has 3.2x the parameters of AMBER"
_HAS_RATIO = re.compile(r"\b(?:that|which)\s+(?:has|have|had)\s+(?:about\s+|roughly\s+|around\s+|"
                        r"approximately\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
#: a dataset said to be bigger than another, a property of the data, not a result (R-res-setup):
#: "an open-source multi-turn safety training dataset that's $~20\times$ larger than the previous
#: best resource", "This dataset is more than 200 times larger than MS COCO", "corpora that are 4
#: times larger than the original BERT's"; also the paper's data written "data", or said to have
#: more of its items, the next item of such a list too: "Our data is 16 times larger than all
#: previously released datasets combined", "The dataset has 4 times more tables and 6 times more
#: verb forms compared to the existing UniMorph dataset"
_DATA_IS = re.compile(rf"\b(?:{DATA_NOUNS}|(?:our|the|this|their)\s+data)\s+(?:that\s*|which\s+)?"
                      r"(?:is|are|was|were|['\u2019]s|has|have|had|contains?)"
                      r"\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|over\s+|"
                      r"more\s+than\s+|~\s*)?(?:\d+(?:\.\d+)?\s*(?:x|\u00d7|times)\s+more\s+"
                      r"(?:[\w-]+\s+){1,3}?(?:,\s*)?and\s+)?$", re.IGNORECASE)
#: other systems said to have more, after "with": "compete against some models with 3\u201377\u00d7
#: more learned parameters", "outperforms much bigger models with nearly 8x parameters",
#: "outperforming an encoder-generator Transformer model with 10x the parameters" (not the
#: paper's own, "surpassing the previous state-of-the-art zero-shot model with 7\u00d7 fewer
#: parameters", "on par with previous models with 6000x reduced computational cost"); also the
#: next item of a list of what they have more of: "some models with 3\u201377\u00d7 more learned
#: parameters and 35\u2013863\u00d7 more data"
_SYSTEMS_WITH = re.compile(r"\b(?:models?|systems?|baselines?|methods?|approaches|LLMs|networks?|"
                           r"counterparts|competitors)\s+(?:with|that\s+(?:use|uses|used))\s+"
                           r"(?:about\s+|up\s+to\s+|over\s+|nearly\s+|roughly\s+|"
                           r"approximately\s+|more\s+than\s+)?(?:(?:\d+(?:\.\d+)?\s*[-\u2013]\s*)?"
                           r"\d+(?:\.\d+)?\s*(?:x|\u00d7|times)\s+(?:more|the)\s+(?:[\w-]+\s+){1,3}?"
                           r"(?:,\s*)?and\s+)?$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s*(?:more|larger|bigger|the\s+parameters|parameters|params)\b",
                         re.IGNORECASE)
#: other systems the paper's own outdoes or matches, said to be larger: their size, not a
#: result (R-res-setup; the guidelines' "outperforms GPT (trained using 30x more compute)"):
#: "outperforms even 10x larger models such as PaLIX-55B", "surpassing 7x larger models",
#: "outperforming a 100x larger, text-to-text approach", "comparable results to a 246x larger
#: model, PICa" (not the paper's own: "scales to 10x larger models"), the factor alone in
#: parentheses too: "are competitive against (6 times) larger distilled networks"
_OUTDONE_BEFORE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|rival(?:s|ed|ing)?|"
    r"match(?:es|ed|ing)?|(?:comparable|competitive|on\s+par)(?:\s+(?:results|performance))?"
    r"\s+(?:to|with|against))\s+(?:even\s+|much\s+)?(?:an?\s+|the\s+)?\(?(?:up\s+to\s+|"
    r"about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_LARGER_SYSTEMS = re.compile(r"\)?[\s-]*(?:larger|bigger)\b,?\s+(?:[\w-]+\s+)?"
                             r"(?:models?|LMs?|LLMs?|networks?|systems?|approach(?:es)?|baselines?|counterparts?)\b",
                             re.IGNORECASE)
#: the size of what the paper's system is ensembled or combined with (the guidelines' "an
#: ensemble with a 35x smaller Backpack", written with a name: _COMPARATIVE_NAME): "SSD-2
#: facilitates novel ensembles with 100x smaller models"
_ENSEMBLED_WITH = re.compile(r"\b(?:ensembles?|ensembled|combined|paired)\s+with\s+(?:an?\s+)?$",
                             re.IGNORECASE)
_SIZED_AFTER = re.compile(r"\s*(?:smaller|larger|bigger)\b", re.IGNORECASE)
#: a figure inside a clause that sets a condition, up to it (R-res-setup): "when the true
#: positive rate is 95%", "when the perturbation is only 6%", "if a 1% relative loss in accuracy
#: is acceptable", "when distilling to 20% of the original model's trainable parameters", "As
#: the mismatch reaches over 50%" (not the paper's own figure after the clause, nor in it past a
#: verb of attaining, an "and" or "in": "when measured on the WSJ have accuracies ranging from
#: 57%", "when the input is not sorted and 88% to 99%", "when the target is female in 9% of the
#: time"; "when only", "when using", "when trained on" a share of data are _CONDITION_SHARE's and
#: R-res-datashare's)
_CONDITION_CLAUSE = re.compile(
    r"(?:\b(?:when|if|whenever|unless)|(?-i:\bAs)(?=\s+the\b))\s+"
    r"(?!(?:only|just|we|our|it|they|using|compared|applied|evaluated|tested|trained|"
    r"fine-tuned|combined|used)\b)"
    r"(?:(?!\b(?:and|or|have|has|had|in|achiev\w*|reach(?!es\b|ed\b)\w*|obtain\w*|yield\w*|"
    r"rang\w*)\b)[^,;:()])*$", re.IGNORECASE)
#: "when only", "if only", "when trained on only" right before a share of something
_CONDITION_SHARE = re.compile(r"\b(?:when|if)\s+(?:only\s+|just\s+)?(?:(?:using|trained\s+on|"
                              r"training\s+on|given)\s+(?:only\s+|just\s+)?)?$", re.IGNORECASE)
#: ... and the "of" after the share, a count in brackets between: "When using 10% (25K English
#: words, or 30K Chinese characters) of the training data, our approach results in doubling F1"
_OF_AFTER_COUNT = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?of\b")


#: a share of the items a dataset holds, right after the share: "84% of answers", "only 35% of
#: questions", "50.4% of samples", "38.6% of humorous tweets"
_OF_DATA_ITEMS = re.compile(
    r"\s*\\?%?\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:sentences|questions|answers|tweets|"
    r"posts|dialogues|dialogs|conversations|samples|examples|instances|comments|documents|"
    r"messages|utterances|pairs|recordings|texts|articles|reviews|queries|images|videos|turns|"
    r"passages|claims)\b", re.IGNORECASE)
#: a sentence whose subject is a dataset, described by what it holds or is: "The corpus contains
#: approximately 38.6% of humorous tweets", "The final release of CMQA consists of 7,861 QA pairs
#: ..., 50.4% of samples are conditional", "It consists of 5,459 coherent question sequences ...,
#: in which only 35% of questions are context-independent"
_HOLDS = r"\s+(?:contains?|consists|comprises?|includes?|covers?|is|are|has|have)\b"
_DATA_SUBJECT = re.compile(
    rf"\s*(?:(?:The|This|Our|Its)\s+(?:[\w-]+\s+){{0,3}}?(?:{DATA_NOUNS}|collection|release)"
    rf"(?:\s+of\s+[\w-]+)?|It){_HOLDS}")
#: ... and the verb after a dataset's name that opens the sentence: "DREAM is likely to present
#: significant challenges for existing reading comprehension systems: 84% of answers are
#: non-extractive"
_DATA_NAME_VERB = re.compile(_HOLDS)
#: a verb of finding: the share is then what the paper's analysis found (R-kind-finding), not a
#: description of the data: "We find that 54.98% of sentences have ellipses"
_FINDING_VERB = re.compile(r"\b(?:find|finds|found|show|shows|showed|shown|reveal\w*|observ\w*|"
                           r"discover\w*|demonstrat\w*|estimat\w*|analy\w*|suggest\w*|"
                           r"indicat\w*)\b", re.IGNORECASE)


def describes_data(text: str, end: int, sent_start: int, sent_end: int,
                   name_ends: dict[int, int]) -> bool:
    """Whether the share ending at ``end`` counts items of a dataset that its sentence, opened
    by the dataset (a name, by where ``name_ends`` says the names starting at a position end, or
    "The corpus", "It"), describes: set-up, not a result (R-res-setup, dev30 acl:Q19-114),
    unless a verb of finding makes it a finding."""
    if not _OF_DATA_ITEMS.match(text, end):
        return False
    first = sent_start
    while first < sent_end and text[first].isspace():
        first += 1
    name_end = name_ends.get(first)
    return bool((name_end is not None and _DATA_NAME_VERB.match(text, name_end)
                 or _DATA_SUBJECT.match(text, sent_start))
                and not _FINDING_VERB.search(text, sent_start, sent_end))


#: a sentence that says the paper builds its data: a verb of annotating, collecting or
#: constructing with "we" or in the passive, or a dataset "we release" (R-res-setup)
_BUILDS_DATA = re.compile(
    r"\b(?:we|were|was|are|is|been)\s+(?:\w+ly\s+|then\s+|also\s+|further\s+)?"
    r"(?:annotated?|collect(?:ed)?|construct(?:ed)?|crowd-?sourc(?:e|ed)|labell?ed|gathered|"
    r"compiled)\b|"
    rf"\b(?:{DATA_NOUNS})\s+(?:that\s+)?we\s+(?:release|introduce|collect(?:ed)?|"
    r"construct(?:ed)?|buil[dt]|created?)\b", re.IGNORECASE)
#: ... and what makes a share in it a result after all: a metric, a verb of scoring or
#: changing, a verb of finding
_RESULT_WORDS = re.compile(
    rf"{_METRIC.pattern}|\b(?:achiev|outperform|improv|obtain|reach|scor|gain|reduc|increas|"
    r"boost|surpass|perform|predict|detect|classif|correct|accura)\w*", re.IGNORECASE)


def describes_built_data(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether a share's sentence says how the data the paper builds is made up, naming no
    metric nor a verb of scoring or finding: set-up, not a result (R-res-setup): "Both single-
    and multi-domain dialogues are constructed, accounting for 65% and 35%, respectively", "we
    manually annotate 7,199 sentences ... (27% of the sentences contain an oriented
    comparison ...)", "58% of want user tweets and 35% of bought user tweets were annotated as
    relevant", "This is the case in over 20% of the web comments dataset we release" (not "with
    a financial dictionary that we built ..., with a precision of 78%")."""
    sentence = text[sent_start:sent_end]
    return bool(_BUILDS_DATA.search(sentence) and not _RESULT_WORDS.search(sentence)
                and not _FINDING_VERB.search(sentence))


#: what a part of the data makes up of the whole, a property of the data (R-res-setup): "each
#: rating constitutes 20% of the reviews", "Hateful entries make up 54% of the dataset", "the
#: four-character compounds, that in our sample represent over 40% of the target data" (not
#: what a system can do: "ThingTalk can represent 98% of the test turns")
_MAKES_UP = re.compile(
    r"\b(?<!can\s)(?<!could\s)(?:constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|"
    r"(?:make|makes|made|making)\s+up|compris(?:e|es|ed|ing))\s+(?:(?:only|just|about|around|"
    r"approximately|roughly|nearly|almost|over|more\s+than|less\s+than|up\s+to)\s+)*$",
    re.IGNORECASE)
#: what a dataset holds, right before a share of it, a property of the data (R-res-setup): "The
#: dataset contains 10,547 tweets, 16% of which are sarcastic", "the corpus has nested entities,
#: with 32.2% of entities embedded in other entities"
_DATA_HOLDS = re.compile(
    rf"\b(?:{DATA_NOUNS})\s+(?:contains?|contained|has|had|consists?\s+of|comprises?|includes?)"
    r"\s[^.;:]{1,60}?,\s*(?:with\s+)?(?:(?:only|about|around|over|nearly|approximately|roughly)"
    r"\s+)?$", re.IGNORECASE)
#: training on a share of the data, with no claim of needing only that share ("training on 25%
#: of the whole dataset"; not "using only 40% of the training data", an efficiency result), or
#: what a share of the data is ("the positive class is only 0.2% of the entire dataset")
_SHARE_OF_INPUT = re.compile(
    r"\b(?:(?:trained|training)\s+on|(?:is|are|was|were|constitutes?|represents?|"
    r"accounts?\s+for)\s+(?:only|just)\s+(?:about\s+|around\s+)?)\s*$", re.IGNORECASE)
_OF_DATA = re.compile(
    rf"\s*of\s+(?:the\s+|our\s+|its\s+)?(?:whole\s+|entire\s+|full\s+|original\s+|available\s+)?"
    rf"(?:training\s+|labell?ed\s+|annotated\s+)?(?:data\b|{DATA_NOUNS}|(?:training\s+)?set\b|"
    rf"examples|samples|labels|annotations)", re.IGNORECASE)
#: a share of the corpus as a whole, which describes the data (R-res-setup): "with 34% of the
#: corpus having multiple intent tags", "40% of the corpus was manually segmented", "enrichments on
#: 10% of the corpus", "results obtained on about 1% of the original corpus" (not "of the
#: original dataset": "poisonous data (1-5% of the original dataset)" is an attack budget, a result
#: by R-mt-cost; nor "of the datasets", items a result counts: "in over 78% of the datasets")
_OF_THE_CORPUS = re.compile(
    r"\s*\\?%?\s*of\s+(?:the|our|this|their)\s+(?:(?:whole|entire|new|annotated|original|full)\s+)?"
    r"(?:corpus|corpora|collection)\b(?!['\u2019])", re.IGNORECASE)
#: a share of the input corrupted on purpose, after "with" or "injecting", the condition of a
#: result, not one: "with 10% corruptions", "with 20% label noise", an attack's poisoned share
#: (R-res-datashare): "with 3% poisoning samples against the LLaMA-7B model on the Emotion
#: dataset, our attack achieves a 100% Attack Success Rate", "injecting less than 0.01% poisoned
#: data into a low-resource language pair can achieve" (not a rate claimed as small: "a corpus
#: poisoning rate of only 0.048%", R-mt-cost)
_PERTURBED = re.compile(r"\s*(?:of\s+)?(?:label\s+|random\s+|symmetric\s+|the\s+)?"
                        r"(?:corruptions?|noise|noisy\s+labels|outliers|corrupted|"
                        r"poison(?:s|ed|ing)?)\b", re.IGNORECASE)
_PERTURBED_BEFORE = re.compile(r"\b(?:with|inject(?:s|ed|ing)?)\s+(?:(?:less|fewer)\s+than\s+|"
                               r"only\s+|just\s+)?$", re.IGNORECASE)
#: a confidence level, a setting of a statistical test or interval: "to claim it is biased with
#: 95% confidence", "a 95% confidence interval", "its 95% credible intervals", "with an error
#: lower than 7% at 95% of confidence" (not a model's confidence in something: "the target
#: models have on average 73.64% confidence in wrong prediction")
_CONFIDENCE_LEVEL = re.compile(r"\s*(?:of\s+)?(?:confidence|credible)\b"
                               r"(?!\s+(?:in|on|of|for|that|scores?)\b)", re.IGNORECASE)
#: a rank band, a share at the top that ends its phrase: "our primary submission get into the
#: top 50%.", "ranked 26/165 (top 20%) teams" (not a share of what is kept, "using top 25% topics
#: suffices to achieve the same accuracy", dev19; nor how often: "at the top 89.1% of the time")
_TOP_BAND = re.compile(r"(?<![\w-])top\s+$", re.IGNORECASE)
_BAND_END = re.compile(r"\s*\\?%?\s*(?:[),.;:]|$)")
#: a split given as its share, after "a": "a 10% human annotated test set"
_SPLIT_SHARE = re.compile(r"(?:\s+(?!(?:on|in|of|for|at|the|to|over)\b)[\w-]+){0,3}?\s+"
                          r"(?:test|training|validation|dev|development|held-out)\s+"
                          r"(?:set|split)s?\b", re.IGNORECASE)


#: a share of the data or labels, right after "with", "on", "when" or a verb that alters the
#: data: "when only 1% labeled data is used", "with 10% of the labels", "finetuning on 1%
#: labeled data", "Perturbing just \u223c2% of training data leads to a 5.8-point gain" (not
#: after "using": "obtains near perfect QA accuracy of 98% using only 40% of the training data",
#: "while using only 1% of the training data required by prior approaches" are efficiency claims)
_SHARE_USED_WITH = re.compile(r"\b(?:with|on|when|perturbing|corrupting|poisoning)\s+"
                             r"(?:only\s+|just\s+|as\s+(?:little|few)\s+as\s+)?"
                             r"(?:about\s+|around\s+|[~\u223c]\s*)?$", re.IGNORECASE)
#: (the data after the share, a count in brackets between: "on only 0.1% (2,998 instances) of
#: labeled data")
_OF_DATA_USED = re.compile(r"\s*%?\s*(?:\([^()]{1,30}\)\s*)?(?:of\s+(?:the\s+)?)?"
                           r"(?:(?:[\w-]+-)?(?:labell?ed|annotated)\s+|training\s+){0,2}"
                           r"(?:data(?:\s?sets?)?|labels|samples|examples)\b", re.IGNORECASE)
#: a score or a change in figures: "8.95%", "51.5 F1", "a 5.8-point gain" (not a factor: "is
#: 2.9-4.8 times faster")
_SCORE_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|-?\s*points?\b)|"
                           r"\d\.\d+(?![\d.\s\u2013-]*(?:x\b|\u00d7|times\b))")


#: "about", "around" or "~" between a phrase of how little is used and its share
ROUGHLY = r"(?:about\s+|around\s+|~\s*)?"
#: a share the system is said to use, after "using only" and before "of", that follows a score or
#: change of its sentence: the condition of that figure, a setting (R-res-datashare,
#: R-res-operatingpoint's condition clause; dev37 iclr2018:H1K6Tb-AZ, dev11 acl:D19-1669): "which
#: achieves 80% accuracy using only 20% of dot product terms", "achieves about 0.7 accuracy on
#: ... datasets using only 10% of known labels" (not a share at a quality offered as adequate, an
#: efficiency result: "comparable performance using only 20% of the data", "near perfect QA
#: accuracy of 98% using only 40% of the training data", R-res-datashareloss; "surpassing
#: previous models while using only 1% of the training data")
_USING_ONLY = re.compile(rf"\busing\s+(?:only|just|merely)\s+{ROUGHLY}$", re.IGNORECASE)
_MATCHED_QUALITY = re.compile(r"\b(?:comparable|competitive|same|similar|on\s+par|match\w*|"
                              r"equal\w*|equivalent|close\s+to|nears?\s+the|retain\w*|"
                              r"maintain\w*|preserv\w*|without|no\s+loss|within|"
                              r"near(?:ly)?[\s-]perfect|surpass\w*|outperform\w*|exceed\w*|"
                              r"better)\b", re.IGNORECASE)
#: ... the "of" after a share, its sign in markup or a count in brackets between
_SHARE_OF_AFTER = re.compile(r"\s*\\?%?\s*(?:\([^()]{1,60}\)\s*)?of\b")
#: ... a share of what others need, an efficiency result: "while using only 1% of the training
#: data required by prior approaches"
_OTHERS_NEED = re.compile(r"\s*\\?%?\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:required|used|needed)\s+by\b", re.IGNORECASE)


def _after_score_condition(text: str, start: int, end: int) -> bool:
    """True for a share "using only N% of" something, set after a score or change of its
    sentence that is no share itself, where the sentence claims no matched quality
    (``_USING_ONLY``)."""
    if not (_USING_ONLY.search(text, max(0, start - 25), start)
            and _SHARE_OF_AFTER.match(text, end)) or _OTHERS_NEED.match(text, end):
        return False
    first = sentence_start(text, start)
    last = text.find(". ", end)
    if _MATCHED_QUALITY.search(text, first, len(text) if last < 0 else last):
        return False
    return any(not _SHARE_OF_AFTER.match(text, figure.end())
               for figure in _SCORE_FIGURE.finditer(text[first:start].replace("\\%", "%")))


def _is_condition_share(text: str, start: int, end: int) -> bool:
    """True for a share of the data used that only states the condition of another figure of
    its sentence, a score or change that is not a share of data itself (R-res-datashare):
    "improve joint goal accuracy by 8.95% when only 1% labeled data is used", "on ImageNet 2012
    with 10% of the labels from 35.24% to 9.11%" (not an efficiency claim with no other figure:
    "matches the performance of fully-supervised approaches while requiring only 25% of training
    data")."""
    if not (_OF_DATA_USED.match(text, end)
            and _SHARE_USED_WITH.search(text, max(0, start - 30), start)):
        return False
    first = sentence_start(text, start)
    last = text.find(". ", end)
    return any(not start <= figure.start() < end and not _OF_DATA_USED.match(text, figure.end())
               for figure in _SCORE_FIGURE.finditer(text, first, len(text) if last < 0 else last))
#: a share the system is said to need no more of, by a verb of using and a word that bounds
#: it, whatever the share is of: "retaining only 12% of the KV cache", "using only 20% of the
#: trigger-annotated sentences", "using merely 1% memory size", "CoNLL 2003, requiring only
#: 27%", "we train on only 14% (A), 26.2% (V), and 33.6% (N) of all dependency-based contexts"
#: (not "with only 22% acceptable translations", a level); or a part of the data so used, its
#: share in parentheses (R-res-datashare): "using a small sampled subset (5%-20%), we can obtain
#: roughly equal performance", "by using a very small subset (< 3%) of fact descriptions",
#: "When only a subset (20%-80%) of the training examples are available" (not "a small but
#: significant subset of manually labeled posts (5% in one of our experiments) end up having")
_USED_SHARE = re.compile(
    r"\b(?:(?:us(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|retain(?:s|ed|ing)?|"
    r"keep(?:s|ing)?|kept|consum(?:e|es|ed|ing)|train(?:s|ed|ing)?\s+on|"
    r"label(?:s|l?ed|l?ing)?)\s+(?:only|just|merely|less\s+than|fewer\s+than|at\s+most)\s+"
    r"(?:about\s+|around\s+|approximately\s+|~)?|"
    r"(?:us(?:e|es|ed|ing)|when|if)\s+(?:only\s+|just\s+)?an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:subset|fraction|portion|sample)(?:\s+of(?:\s+[^\s,;.()\d%]+){1,5}?)?\s*\(\s*"
    r"(?:<|about|around|approximately|roughly|only|just|up\s+to|less\s+than|~)?\s*)$",
    re.IGNORECASE)
#: a resource the system is said to need less of, reduced to a share of what it was: "reduces
#: training requirements to 60%", "we can reduce the annotation demands to 50%", "our model
#: parameters are reduced to approximately 11.75%", "compressing to 80%", "reduce memory usage of
#: the KV caches to only ~20%" (not a level a metric is
#: reduced to: "reduces the error rate to 6.7%", "accuracy decreases further to 7%"; nor the
#: "to" of a bound: "the reduction of the model size can be up to 70%", "by close to 75%")
_COST_WORD = (r"(?:compute|computation|data|parameters|params|tokens|costs?|budget|memory|FLOPs|"
              r"size|annotations?|requirements?|demands?|storage|energy|footprint)")
_REDUCED_TO = re.compile(
    r"(?:\b(?:compress\w*|(?:reduc|shrink|shrunk|cut|prun|lower|decreas)\w*(?:\s+[^\s.;,()%]+){0,4}?"
    rf"\s+{_COST_WORD})|\b{_COST_WORD}(?:\s+[^\s.;,()%]+){{0,4}}?\s+(?:(?:is|are|was|were|can\s+be|"
    r"be)\s+)?(?:reduc|shrunk|cut|prun|lower|decreas)\w*)"
    r"(?:\s+(?!(?:while|and|but|with|whereas|keeping|maintaining)\b)[^\s.;,()%]+){0,5}?\s+"
    r"(?<!\bup\s)(?<!\bclose\s)(?:down\s+)?to\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|"
    r"less\s+than\s+|~)*$",
    re.IGNORECASE)


#: a share of data the system is said to need no more of, after "with only" and before a data
#: noun: an efficiency result where no other figure makes it a condition (R-res-datashare:
#: ratio, cost; dev23 acl:W19-1505, dev34 acl:2020.emnlp.main.504): "nears the performance of
#: fully-supervised approaches even with only 10% of the labeled corpus", "outperforms all
#: previous supervised systems with only 20% SemCor data" (not a level: "with only 22%
#: acceptable translations"; nor an attack's budget, R-kind-level: "with as little as 5%
#: poisoned data")
_WITH_ONLY = re.compile(r"\bwith\s+(?:only|just|merely|as\s+(?:little|few)\s+as)\s+"
                        rf"{ROUGHLY}$", re.IGNORECASE)
_DATA_AFTER = re.compile(rf"\s*\\?%?\s*(?:of\s+)?(?:the\s+|our\s+|its\s+)?"
                         r"(?:(?!poison|noisy|corrupt|perturb|adversarial)[\w-]+\s+){0,2}?"
                         rf"(?:{DATA_NOUNS}|data|labels|annotations)\b", re.IGNORECASE)


def with_only_data(text: str, start: int, end: int) -> bool:
    """Whether the share at ``start``..``end`` is one of data used "with only" (``_WITH_ONLY``)."""
    return bool(_WITH_ONLY.search(text, max(0, start - 30), start) and _DATA_AFTER.match(text, end))


#: a share the system prunes, a cut in what it keeps whatever it is of (R-kind-level's "prunes
#: over 90% of the ground set", a cost): "by pruning out ~84% temporal features, yielding an
#: average translation gain of ~1.3-1.6 BLEU", "filters to prune 94.0% of non-productive reactions"
_PRUNED_SHARE = re.compile(r"\bprun(?:e|es|ed|ing)(?:\s+(?:out|away|off))?\s+(?:(?:only|just|"
                           r"up\s+to|over|about|around|nearly|almost|roughly|approximately|"
                           r"more\s+than|at\s+least)\s+)*~?\s*$", re.IGNORECASE)


def _spent_share(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` is a share of a resource the system is said to use, be reduced to or
    prune, so its type is cost whatever quality its sentence names (R-res-resourceshare): "using
    only 20% of the trigger-annotated sentences results in a comparable performance", "achieves
    80% accuracy using only 20% of dot product terms", "reduce the annotation demands to 50%
    without performance loss", "pruning out ~84% temporal features" (``_PRUNED_SHARE``)."""
    if cand.unit != "%":
        return False
    before = _MARKUP.sub("", text[max(0, cand.start - 70):cand.start])
    if _PRUNED_SHARE.search(before):
        return True
    if cand.attrs["kind"] != "ratio":
        return False
    return bool(_USED_SHARE.search(before) or _REDUCED_TO.search(before)
                or with_only_data(text, cand.start, cand.end))
