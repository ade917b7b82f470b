"""The figures of a text that may be results (``_numbers``): numbers with a result unit,
factors, fractions and unitless scores named by their metric, by the rules that find them."""

from __future__ import annotations

import bisect
import re

from litkit.extract.patterns import Windows, finditer, occurs, sentence_start
from litkit.extract.quantities import lowered_windows
from litkit.extract.result_baselines import _is_comparison
from litkit.extract.result_kinds import (
    _BY_BEFORE,
    _BY_DECIMAL,
    _LATENCY,
    _MEMORY,
    _METRIC_ADJECTIVE,
    _METRIC_POINTS,
    _SIBLING_DECIMAL,
    _THROUGHPUT,
    _level_in_points,
)
from litkit.extract.result_metrics import _METRIC, _METRIC_WORD_START, METRIC_START, METRICS
from litkit.extract.result_setups import _is_setup
from litkit.extract.result_values import (
    _BY_TIMES,
    _DECIMAL,
    _FACTOR_OF,
    _FRACTION,
    _TIMES_NEXT,
    _UNIT_CUE,
    _WITH_UNIT,
    _unit,
    _values,
)

#: a unitless range or list: "0.61 to 0.74", "75.82, 86.01, 61.63", "0.5939 (23/42) and 0.3925",
#: "0.84 (German-English), 0.80 (French-English), and 0.43" (the notes' numbers are no items;
#: a list is read whole or not at all: not "5.33, 12.85" of "a gain of 5.33, 12.85 and 3.81 points")
_DECIMALS = (rf"(?P<list>(?=[\d.])(?<![\w.\-]){_DECIMAL}"
             rf"(?:\s*(?:to|-|\u2013|\u2212)\s*{_DECIMAL}|"
             rf"(?:(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|/){_DECIMAL})*+))")
#: a metric name and the words that may come between it and its score; the name may close the
#: parenthesis of its abbreviation ("the area under the ROC curve (AUC) of 0.875"), and the
#: score may stand alone in parentheses ("achieves state-of-the-art Inception Score (8.91)",
#: "the highest ARLUE score (77.40)", "exhibited significantly better accuracy (0.85)")
_AFTER_METRIC = (
    rf"(?<![\w-])(?:{METRICS})(?![\w-])\)?(?:\s+[\w-]+|\s*\([^)]{{1,24}}\)){{0,4}}?\s*"
    rf"(?:of|=|:|is|was|at|reaches|reaching|achieves?|achieving|equals?(?:\s+to)?|equal\s+to|to|"
    rf"\((?=\s*{_DECIMAL}\s*\)))?\s*"
    rf"(?:is\s+at\s+|about\s+|approximately\s+|only\s+|above\s+|over\s+|exceeding\s+|"
    rf"up\s+to\s+|as\s+high\s+as\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
)
_SCORE_AFTER_METRIC = re.compile(
    rf"{METRIC_START}{_AFTER_METRIC}{_DECIMALS}(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))",
    re.IGNORECASE,
)
#: a whole unitless score of two digits right after its metric's name and a word that gives a
#: value, ending the clause or followed by where it was had: "achieving a macro F1 up to 87.", "a
#: BLEU score of 41, improving", "accuracies of up to 88.", "BLEU scores above 50 for 5 different
#: languages", "f1-scores of 61 and 82 were obtained" (not after a name that may count things or
#: people, "the performance of 11 tools", "scores of 10 metrics", "scores at age 11"; nor a
#: threshold, "a score of 22 or higher"; nor a decimal comma, "accuracy of 91,63%")
_WHOLE_SCORE_AFTER_METRIC = re.compile(
    rf"{METRIC_START}(?<![\w-])(?!(?:performance|scores?|agreement)\b)(?:{METRICS})(?![\w-])"
    r"(?:[\s-]+(?:scores?|measures?))?"
    r"(?:\s*[=:]\s*|\s+(?:of|to|above|over|up\s+to|reach(?:es|ing)?)\s+)"
    r"(?:up\s+to\s+|over\s+|above\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
    r"(?P<list>[1-9]\d\+?(?:\s+and\s+[1-9]\d)?)"
    r"(?=\s*(?:[,;)](?!\d)|\.(?!\d)|$)|\s+(?:on|in|for|across|and|with|using|were|was|are|is)\b)",
    re.IGNORECASE)
#: a unitless score with a decimal comma, in French, after its metric and "de": "obtient une
#: f-mesure de 0,93", "la micro F-mesure varie de 0,827 \u00e0 0,908", "une F-mesure moyenne de
#: 0,888", "des F-mesures de 0,64, 0,65 et 0,61", "une pr\u00e9cision d'extraction entre 0,68 et
#: 0,98" (a decimal comma: "0," or one or two digits before it and one or two after); or a
#: decimal point below 1: "une F1-mesure de 0.972", "une F-mesure de 0.706"
_FR_DECIMAL = r"(?:0[,.]\d{1,4}|[1-9]\d?,\d{1,2})(?!\d)"
_FRENCH_SCORE = re.compile(
    r"(?<![\w-])(?=[FfPpRrEeBbSsCcKkM])(?:(?i:F1?[\s-]?mesures?|pr\u00e9cision|rappel|exactitude|"
    r"BLEU|scores?|corr\u00e9lation|kappa)|MAP)"
    r"(?:\s+(?!de\b|entre\b)[\w'\u2019-]+){0,3}?\s+"
    r"(?:(?:est\s+|varie\s+)?de|d['\u2019]environ|entre|\u00e9gale?\s+\u00e0|[:=])\s+"
    rf"(?P<list>{_FR_DECIMAL}(?:\s*(?:,|et|\u00e0)\s*{_FR_DECIMAL})*)(?!\s*%|,\d)")
#: two unitless scores or more, listed ("0.73, 0.52, and 0.37", "75.0 and 63.2"; a note in
#: parentheses after an item: "0.84 (German-English), 0.80")
_SCORE_FIRST = rf"(?=[\d.])(?<![\w.\-]){_DECIMAL}"
_SCORE_NEXT = rf"(?:(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+){_DECIMAL})"
_NO_UNIT_AFTER = r"(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))"
_SCORE_LIST = rf"(?P<list>{_SCORE_FIRST}{_SCORE_NEXT}++){_NO_UNIT_AFTER}"
#: unitless scores listed after a verb, with their metric named before it: "F1 scores obtained
#: for the sub-tasks A, B and C are 0.73, 0.52, and 0.37" (not after a list of metrics, each
#: value then of another: "the accuracy, recall and F-1 of our submitted result are 0.9851,
#: 0.7496 and 0.8514"); one decimal alone, where the metric opens the clause of its verb
#: (``_CLAUSE_BETWEEN``): "The F1 value of our participated task on the test data set of all
#: types was 0.342", "The BLEU value of our translation result from Russian to English is 35.7";
#: the metric may close the parenthesis of what it names: "The performances (macro F1) of our
#: hybrid model on Subtask A are 0.329 (HybridE), 0.328 (HybridW)"
_SCORES_AFTER_VERB = re.compile(
    rf"{METRIC_START}(?<![\w-])(?:{METRICS})(?![\w-])\)?[^.;:!?()]{{0,60}}?\b(?:is|are|was|were)\s+"
    rf"(?:respectively\s*,?\s*)?(?P<list>{_SCORE_FIRST}{_SCORE_NEXT}*+){_NO_UNIT_AFTER}",
    re.IGNORECASE,
)
#: unitless scores listed with "respectively", their metric named before them in the clause:
#: "the highest Spearman's Rho and Mean Reciprocal Rank of 0.338 and 0.9622 respectively", "the
#: best micro-F1 scores for Nuclearity and Relation at 75.0 and 63.2, respectively", "the best
#: BLEU scores in the directions of English to Gujarati and Lithuanian to English (28.2 and 36.3
#: respectively)", a plural one too: "mean absolute errors of 1.86 and 2.28, at sentence and text
#: levels, respectively" (two values or more, after a word that gives a value: not the versions of
#: "F1 on SQuAD 1.1 and 2.0 respectively"; not after a list of metrics, as _SCORES_AFTER_VERB)
_SCORES_RESPECTIVELY = re.compile(
    rf"{METRIC_START}(?<![\w-])(?:{METRICS}|perplexities)s?(?![\w-])[^.;:!?]{{0,80}}?"
    r"(?:\b(?:of|at|to|are|were|is|was|reach(?:es|ed|ing)?|achiev(?:es|ed|ing))\s+|[=(]\s*)"
    rf"{_SCORE_LIST}(?=[^.;]{{0,60}}?\brespectively\b)",
    re.IGNORECASE,
)
#: what opens another clause between a metric and the verb of one decimal after it: "F1-Score,
#: and our model is 0.07 away", "score in the SMM4H 2020 Task 5 where the competition average
#: is .65", "Agreement, which is 0.91"
_CLAUSE_BETWEEN = re.compile(r",|\b(?:and|but|where|whereas|which|while|when|that)\b")
_ONE_DECIMAL = re.compile(_DECIMAL)
_METRICS_JOINED = re.compile(rf"(?:{METRICS})(?:\s*,\s*|\s+and\s+)(?:{METRICS}|F-?1)(?![\w-])",
                             re.IGNORECASE)
#: a next score right after one: "F1 of 0.751 for X and 0.706 over Y", "an F1 of 0.93 on
#: German, 0.91 on Chinese, and 0.891 on English", each maybe with a note in parentheses:
#: "achieved an F-score of 70.54 (ranked 2/43) in the subtask A and 49.47 (ranked 3/29) in the
#: subtask B", also a range or list of its own: "an F-score of 0.87 for comparison sentence
#: identification and 0.77-0.81 for identifying its components", "a BLEU score of 26.59 and 22.83
#: in an unconstrained setting and 15.10 and 10.91 in the constrained settings"; the words may
#: list labels of one letter: "F1 Scores as 0.90, 0.61, 0.52 for the Subtasks A, B, C in English,
#: 0.56 for the Subtask A in Danish and 0.67 for the Subtask A in Greek"; the next score may
#: repeat the bound or the "of" of the first: "F1 scores above 0.55 for time expressions, above
#: 0.70 for event expressions", "is higher than 0.94 for negation markers and higher than 0.72
#: for negated events", "Pearson correlations of 0.717 on ... and of 0.816 on ..."
_SCORE_CONTINUED = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:for|on|over|in)\s+"
    rf"(?:[^,.;]|,(?=\s*(?:and\s+)?[A-Z]\b)){{1,60}}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?:above|over|(?:higher|greater)\s+than|of)\s+)?"
    rf"{_DECIMALS}(?=(?:\s*\([^()]{{1,30}}\))?\s+(?:for|on|over|in)\b)"
)
#: (also a whole score of two digits before a metric's own name, "achieves 67 F1", "scored 29
#: BLEU on the MuST-C En-De test set", "obtains reasonable performance (\u223c35 F1 compared
#: to 41 F1 of state-of-the-art)"; not "top 10 accuracy", "10 scores", nor where points, a
#: change or counted things follow: "20 BLEU points", "up to 3 and 12 BLEU and SARI points",
#: "around 18 BLEU (around 30%) improvement", "100 F 1 nodes and 18 F2 nodes"; a decimal's
#: metric may stand alone in parentheses: "performed at 39.98 (F1) on entity", "as high as 3.63
#: (UAS)")
_NOT_WHOLE_SCORE = (r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:and\s+[\w-]+\s+)?(?:points?|pp)|"
                    r"improvements?|gains?|increases?|higher|better|nodes?|units?|layers?|"
                    r"neurons?)\b")
#: (the leading lookahead, the characters both branches start with, fails at once at other
#: positions, where both branches were tried)
_SCORE_BEFORE_METRIC = re.compile(
    rf"(?=[\d.~\u223c])(?:(?<![\w.])(?:{_DECIMALS})(?:\s+(?:vs\.?|versus)\s+[\d.]+)?|"
    r"(?:[~\u223c]\s*)?(?<![\w.\-+/@])(?<!top\s)(?P<list2>[1-9]\d))"
    rf"(?:\s+|(?(list2)(?!))\s*\((?=(?:{METRICS})\)))"
    rf"{_METRIC_ADJECTIVE}(?(list2)(?!(?:scores?|performance|agreement|correlation|precision|"
    rf"recall)\b))(?:{METRICS})(?![\w-])(?(list2)(?!{_NOT_WHOLE_SCORE}))",
    re.IGNORECASE,
)
#: unitless scores right before their metric, with one or two words naming the variant of the
#: metric between them, after a verb of attaining or in a list of such scores: "MaltParser by
#: itself yields 0.845 unlabelled attachment score, 0.779 labelled attachment score", "the system
#: achieves .5736 FEVER score, .6108 label accuracy, and .6485 evidence F1", "our systems obtained
#: 0.65, 0.86, 0.70 and 0.56 exact accuracy score"; or joined to it by "of": "(0.872 of
#: F-measure)", "has achieved 0.73 and 0.74 of F1 score" (not a change: "4.34 higher F1 score",
#: "3.2 BLANC F1 gain"; nor the metric's own words, "0.5 of the F1")
_VARIANT_WORD = (r"(?!(?:of|in|on|for|at|to|by|with|and|or|the|a|an|than|vs|versus|over|under|"
                 r"higher|lower|better|worse|more|less|absolute|relative|points?|pp|percent|times|"
                 r"improvements?|gains?|increases?|decreases?|drops?|reductions?|loss|"
                 r"is|are|was|were)\b)[A-Za-z][\w@-]*")
_SCORE_NAMED_BEFORE = re.compile(
    rf"(?=[\d.])(?<![\w.\-+/@])(?P<list>{_DECIMAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_DECIMAL})*+)"
    rf"\s+(?:(?P<of>of)\s+{_METRIC_ADJECTIVE}|(?:{_VARIANT_WORD}\s+){{1,2}}?)"
    rf"(?:{METRICS})(?![\w-])(?!{_NOT_WHOLE_SCORE})",
    re.IGNORECASE,
)
#: ... the next score of such a list: ", .6108 label accuracy, and .6485 evidence F1"
_SCORE_NAMED_NEXT = re.compile(
    rf"\s*,\s*(?:and\s+)?(?:an?\s+)?(?P<list>{_DECIMAL})\s+(?:{_VARIANT_WORD}\s+){{0,2}}?"
    rf"(?:{METRICS})(?![\w-])(?!{_NOT_WHOLE_SCORE})",
    re.IGNORECASE,
)
#: ... the verb of attaining before the first: "yields", "achieves a", "obtained"
_ATTAINED_BEFORE = re.compile(
    r"\b(?:achiev|obtain|attain|reach|yield|scor|get|got)\w*\s+(?:(?:an?|officially|"
    r"an\s+overall|about|around|approximately|nearly|over|up\s+to|as\s+high\s+as|"
    r"respectively)\s+)*~?$",
    re.IGNORECASE)
#: a score's change written "from A to B", unitless, with its metric named before in the clause
#: or right after: "advances the BLEU4 score of existing best models from 16.85 to 18.91",
#: "improving AUC from .677 to .748", "from 28.65 to 39.81 (BLEU 1 score)" (not "ranging from
#: 0.46 to 7.5 billion parameters": no metric)
#: (the state of the art it starts from may be said between: "increases the ROUGE-L score on the
#: DuReader dataset from 44.18, the previous state-of-the-art, to 51.09", dev31 acl:D18-1235)
_PRIOR_NOTE = (r"(?:\s*,\s*the\s+(?:previous\s+|prior\s+|current\s+)?"
               r"(?:state[\s-]of[\s-]the[\s-]art|best)[^,;.()]{0,30}?,)?")
_FROM_TO_SCORE = re.compile(
    rf"(?=[A-Za-z\u03ba])(?:(?<![\w-])(?:{METRICS}|BLEU[-_\s]?\d|F_?1-scores?)(?![\w-])"
    rf"[^.;:()]{{0,80}}?\bfrom\s+(?P<list>{_DECIMAL}{_PRIOR_NOTE}\s+to\s+{_DECIMAL})"
    rf"(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent|billion|million))|"
    rf"from\s+(?P<list2>{_DECIMAL}\s+to\s+{_DECIMAL})(?=\s*\(?\s*(?:{METRICS}|BLEU[-_\s]?\d)"
    rf"(?![\w-])))",
    re.IGNORECASE,
)
#: a later level of a score named before it in the sentence, unitless, after a verb of rising:
#: "a macro-averaged LAS F1 of 65.11 in the official test run, which improved to 70.49 after bug
#: fixes", "first a F1-score of 0.9089, and with further refinements described here climb up
#: to0.9166", "the second best Smatch score on AMR 2.0 (81.8), which is further improved to 83.4"
_RAISED_TO = re.compile(
    rf"(?=[A-Za-z\u03ba])(?<![\w-])(?:{METRICS})(?![\w-])(?:[^.;:]|\.(?=\d)){{0,100}}?"
    r"\b(?:improv|increas|climb|ris|rais|boost|jump|grow|grew|went|go)\w*\s+(?:up\s+)?to\s*"
    rf"(?P<list>{_DECIMAL})(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))",
    re.IGNORECASE,
)
#: a unitless change "from A to B" that a verb of change or the state of the art it starts from
#: leads (_CHANGED_FROM, _PRIOR_BEST, checked where it matches), its metric named elsewhere or
#: not at all: "boosting the best published Inception score from 36.8 to 52.52", "the BLEU
#: score is improved from 1.64 to 22.46", "improve perplexities ...: from 54.44 to 53.16 on Penn
#: Treebank"; one of the two with decimals, and no unit after it (not "increase the size of the
#: treebank by 86%, from 197.400 to 367.500 words", nor "ranging from 0.636 to 0.666")
#: (the pair and what may follow it, the same in _FROM_TO_NEXT)
_FROM_TO_PAIR = (
    r"(?P<list>(?:\d+\.\d+|\.\d+)\s+to\s+(?:\d+(?:\.\d+)?|\.\d+)|\d+\s+to\s+"
    r"(?:\d+\.\d+|\.\d+))(?!\w|\.\d|\s*[%\u00d7x]|\s+(?!(?:on|in|for|and|over|with|when|"
    r"while|after|at|across|respectively|compared|relative|than|using)\b)[A-Za-z])")
_FROM_TO_CHANGE = re.compile(rf"\bfrom\s+{_FROM_TO_PAIR}")


#: the next change of a list after one _FROM_TO_CHANGE took, in the same sentence: "the BLEU
#: score is improved from 1.64 to 22.46 and from 0.56 to 14.06", "form understanding (from
#: 78.95 to 85.14), document visual question answering (from 72.59 to 83.94)"
_FROM_TO_NEXT = re.compile(
    r"\)?[^.;:!?()%\d]{0,60}?(?:,|\s+and|\s+or)\s*(?:[^\s.;,()%\d]+\s+){0,6}?\(?from\s+"
    + _FROM_TO_PAIR)


#: a change named earlier in the sentence of a "from A to B" (_FROM_TO_CHANGE): a verb or noun
#: of change or the state of the art, then "from" right away or after what changes, a comma, a
#: colon, "e.g." or a parenthesis ("a significant improvement of nearly 6.5 points ... in the
#: average F-score (from 62.0 to 68.5)", "new state-of-the-art results ... including form
#: understanding (from 78.95 to 85.14)"), not "ranging from", "varies from", "between"
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:improv|increas|boost|rais|reduc|decreas|lower|cut|drop|advanc|push|enhanc|lift|gain|"
    r"SOTA|state[\s-]of[\s-]the[\s-]art|best)[^.;!?]{0,140}?[\s:,(]*(?:e\.g\.,?\s*)?"
    r"(?<!ranging\s)(?<!ranges\s)(?<!range\s)(?<!ranged\s)(?<!vary\s)(?<!varies\s)"
    r"(?<!varying\s)(?<!varied\s)(?<!between\s)from\s+$",
    re.IGNORECASE)


#: unitless scores whose metric is named later, after "in terms of": "our proposed approaches
#: achieve 0.60 (ranks 1) and 0.25 (ranks 2) on task 1 and task 2 respectively in terms of F_1
#: metric", "reaching up to 0.778 in terms of F1 score", "(30.02 in terms of BLEU score)"
_SCORE_IN_TERMS_OF = re.compile(
    rf"(?<![\w.\-]){_DECIMALS}(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))"
    rf"[^.;:!?%]{{0,60}}?\bin\s+terms\s+of\s+(?:the\s+)?{_METRIC_ADJECTIVE}(?:{METRICS})"
    r"(?![\w-])", re.IGNORECASE)
#: unitless scores or changes with their metric named right after "in", "for", "on" or "as":
#: "this system has achieved 0.618 for the average recall rate, 0.587 for the average F1 score",
#: "a significant performance improvement (2.85 on F1)", "achieves 36.52 on SARI value", "reach
#: 91.4, 46.5, 47.8, 85.0 as F1-scores for Tasks 1 to 4", "placed first in English
#: and second in Bengali ... with 0.87 and 0.93 in F1-score respectively", "outperforms baselines
#: by 0.06 in accuracy", "improvement of 2.66 in BLEU over the strong baseline", "achieving
#: improvements of 3.10 in ROUGE-1, 2.84 in ROUGE-2", "(44.41 in ROUGE-1)", "(77.6 vs 72.3 in
#: F-score)" (the figure after "vs" is the one compared with); not a bare "in performance", "in
#: score", nor the start of a range ("improving from 46.58 to 47.69 in BLEU-1, 17.55 to 18.53 in
#: BLEU-4, 21.24 to 22.33 in METEOR": 21.24 is where the system started)
_SCORE_IN_METRIC = re.compile(
    rf"(?=[\d.])(?<![\w.\-+/@])(?P<list>{_DECIMAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|/){_DECIMAL})*+)"
    rf"(?:\s+(?:vs\.?|versus)\s+{_DECIMAL})?"
    rf"(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))"
    rf"\s+(?:respectively\s*,?\s+)?(?:in|for|on|as)\s+(?:the\s+)?{_METRIC_ADJECTIVE}"
    rf"(?!(?:scores?|performance|agreement)\b)"
    rf"(?:{METRICS})(?![\w-])", re.IGNORECASE)
#: a unitless difference to another system, written "N higher than" with the metric named before
#: it: "achieves a GLUE score of 83.0, which is 1.4 higher than Length Adaptive Transformer and
#: 2.9 higher than the original model", "an average F-measure of 86.8, which is 1.7 better than
#: the best single systems", "a GLUE score of 77.7 (0.6 lower than BERT_BASE)" (a metric's name
#: must come within 120 characters before: not "a learning rate 0.1 lower than"); or its gap to
#: the best one written "away from" it (R-kind-gap): "with an accuracy of 0.62291, which is 0.05
#: away from the top-ranked model"; or with its metric named right after the comparative
#: (R-unit-metricgain): "achieves 4.34 higher F1 score than the current state-of-the-art",
#: "yields up to 0.15\u20130.30 higher correlation coefficients with actual performance compared
#: to baseline methods"
_DECIMAL_THAN = re.compile(
    rf"(?=[\d.])(?<![\w.,\-+/@])(?P<list>{_DECIMAL}(?:\s*(?:to|-|\u2013)\s*{_DECIMAL})?)"
    r"\s+(?:(?:better|higher|lower|worse)\s+(?:than\b|"
    rf"(?P<metric>{_METRIC_ADJECTIVE}(?:{METRICS})(?![\w-])))|away\s+from\b)", re.IGNORECASE)
#: the words one of which every match of _DECIMAL_THAN holds
_THAN_CUES = ("than", "away", "higher", "lower", "better", "worse")
_CHANGED_METRIC_BEFORE = re.compile(
    rf"\b(?:improv|increas|boost|rais|enhanc|decreas|lower|reduc)\w*\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{METRICS})(?![\w-])(?:\s+[\w-]+){{0,6}}?\s+$", re.IGNORECASE)
#: a decimal alone in parentheses (a bound word may lead it), the score of a metric its clause
#: names shortly before it with no other number between: "We obtained the second highest F-score
#: of the challenge on the event polarity subtask (0.708)", "Higher BLEU scores (close to 0.5)
#: were obtained for the es/en ... test sets", "the BLEU score of English-to-Oria below the
#: Organizer (1.34)" (``_METRIC_BEFORE_PAREN``; not a bare "score" or "performance")
_ABOUT = r"(?:(?:about|around|close\s+to|nearly|approximately|roughly)\s+)?"
_DECIMAL_IN_PARENS = re.compile(
    rf"(?<=\()\s*{_ABOUT}(?P<list>{_DECIMAL})\s*(?=\))", re.IGNORECASE)
_METRIC_BEFORE_PAREN = re.compile(
    rf"(?<![\w-])(?!(?:scores?|performance|agreement)\b)(?:{METRICS})(?![\w-])[^.;:()\d]{{0,60}}"
    rf"\(\s*{_ABOUT}$", re.IGNORECASE)
#: two scores set side by side in parentheses: "(90.2 vs 91.1)"
_VERSUS = re.compile(
    rf"(?<=\()(?P<list>(?:{_DECIMAL}|\d+)\s+(?:vs\.?|versus)\s+(?:{_DECIMAL}|\d+))(?=\))"
)
#: unitless differences named by a change noun right after them, what they are in said apart or
#: not at all: "our best model gains 3.02 improvement", "2.51 absolute improvement against BART",
#: "a 0.4 improvement over the baseline method", "a .125 increase in SARI score", "by 17.5 and
#: 30.2 absolute gain in F1-score" (the rules before it take those with a unit or a metric)
_BARE_CHANGE = re.compile(
    rf"(?=[\d.])(?<![\w.,\-])(?P<list>{_DECIMAL}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|/)\s*{_DECIMAL})*)"
    r"\s+(?:(?:absolute|relative|average)\s+)?(?:improvements?|gains?|increases?|reductions?|"
    r"decreases?|drops?)\b", re.IGNORECASE)
_CHANGE_CUES = ("mprove", "gain", "ncrease", "eduction", "ecrease", "drop")
#: signed changes that write no unit, after a word of change in their clause (tested apart,
#: _CHANGED_BEFORE_SIGN): differences in points (R-mt-carryover), "outperforming the
#: state-of-the-art few-shot prompting method Complex-CoT by +11.7 and +11.1", "performance boost
#: over current SOTA models on nested NER datasets, i.e., +1.28, +2.55, +5.44, +6.37", "an
#: increase in oracle scores up to +1.30 is observed", "increasing the SOTA results on the three
#: datasets to 49.6 (+1.2), 60.3 (+0.7)", "outperforms strong baselines in terms of BLEU score
#: (+1.17/+1.56)", "by large margins on three benchmark text simplification corpora in terms of
#: SARI (+0.95 WikiLarge, +1.89 WikiSmall" (not labels or bounds: "{-1,+1}", "between -1 and
#: +1"; nor "C++11")
_SIGNED_CHANGE = re.compile(
    r"(?<=\+)(?<![\w.,{\[^$+]\+)(?P<list>\d+(?:\.\d+)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|/)\+"
    r"\d+(?:\.\d+)?)*)(?![\w%/\u00d7\\]|[.,]\d|\s*(?:%|[xX\u00d7]\b|times\b|points?\b|pp\b|[-\u2013~]))")
_CHANGED_BEFORE_SIGN = re.compile(
    r"\b(?:improv|boost|gain|outperform|increas|surpass|exceed)\w*|\b(?:higher|above|margins?)\b",
    re.IGNORECASE)


#: a sibling decimal (_SIBLING_DECIMAL) is not another system's figure (nor one _is_comparison
#: finds), a spread or a part's number, named before it in its sentence, unless "by" gives it as
#: the paper's change ("outperformed the baseline model of the organizers by 0.1656", "improves
#: the BERT-Large baseline by8.39 and 7.22"): "outperforming the simple majority class baseline
#: models, which scored 0.11489", "(prev best was 60.49)", "(second best was 95.00, third
#: 94.46)", "compared to the human upper bound of 75.45", "15% above the average of 0.665",
#: "(task mean: 0.66)", "16.9\u00b11.7", "(std. dev. 0.05)", "tasks 1.1 and 1.2"
_OTHERS_BEFORE = re.compile(
    r"\b(?:baselines?|base-\w+|prev|previous|prior|upper\s+bound|winning|winner|opposed|"
    r"compared|than|whereas|std|dev|deviation|(?:above|below)\s+the\s+average)\b|"
    r"\bmean\s*:|[\u00b1]|\b(?:second|third)(?:\s+best)?(?:\s+(?:was|is))?\s*$|"
    r"\b(?:sub-?)?tasks?\s+(?:\d+(?:\.\d+)?\s*(?:,|and)\s*)*$", re.IGNORECASE)
#: ... nor one "for" humans or a baseline after it: "(1.918 for human)"
_OTHERS_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?:humans?|baselines?)\b", re.IGNORECASE)
#: the rules of unitless figures in a unit of their own, no metric's: no sibling takes it
_NO_METRIC_SCORES = (_THROUGHPUT, _LATENCY, _MEMORY)


#: the cue of _FRENCH_SCORE: a decimal comma ("0,93", "de 34,5"), led by the comma (or the word
#: "mesure", before a decimal point)
_FR_COMMA = re.compile(r",(?<=\b0,)\d|,(?<=\d,)\d(?!\d{2})")


#: the words one of which every match of _LATENCY holds: its unit ("ms", "milliseconds",
#: "sec", "s/" or "s per"), else the latency's noun
_LATENCY_CUES = ("ms", "milli", "sec", "/", "per", "lat", "delay", "time")


def _numbers(text: str, windows: Windows):
    """(start, end, value, unit, end of the whole match, rule, whether it is a comparison
    figure) for every number with a result unit."""
    # the spans taken, apart and in order (found by bisection: a test of every span per match
    # made '85.3% on ImageNet, ' x2000 take seconds)
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    # rules match only inside the windows and every match holds its rule's cue, so the cues
    # are looked for there alone; where a metric's name starts, window by window
    metric_starts = [(lo, hi, [m.start() for m in _METRIC_STARTS.finditer(text, lo, hi)])
                     for lo, hi in windows]
    has_metric = any(starts for _, _, starts in metric_starts)
    # a rule whose every match holds a decimal or a metric's name searches only the windows that
    # hold one (a quarter, a third of the windows' text)
    with_decimal = {w for w in windows if _DECIMAL_MARK.search(text, *w)}
    with_metric = {(lo, hi) for lo, hi, starts in metric_starts if starts}
    # a cue word every match of its rule holds is looked for once, in the windows' lower-cased
    # text (most are missing): the rule finds nothing where they miss it, whatever the rest of
    # the text holds
    seen = lowered_windows(text)
    # (rule, unit or None to read it from the match, cue, rule continuing a match or None)
    rules = [(_WITH_UNIT, None, occurs(_UNIT_CUE, text, windows), None),
             (_METRIC_POINTS, "points", has_metric or "+" in text or "point" in text, None),
             (_FRACTION, "fraction", "/" in text, None),
             (_BY_TIMES, "x", "times" in seen, _TIMES_NEXT),
             (_FACTOR_OF, "x", "factor" in seen or "speed" in seen or "compression" in seen, None),
             (_SCORE_AFTER_METRIC, "", has_metric, _SCORE_CONTINUED),
             (_WHOLE_SCORE_AFTER_METRIC, "", has_metric, None),
             (_FRENCH_SCORE, "", _FR_COMMA.search(text) is not None or "mesure" in text, None),
             (_SCORE_BEFORE_METRIC, "", has_metric, None),
             (_SCORE_NAMED_BEFORE, "", has_metric, _SCORE_NAMED_NEXT),
             (_SCORES_AFTER_VERB, "", has_metric, None),
             (_SCORES_RESPECTIVELY, "", "respectively" in seen, None),
             (_FROM_TO_SCORE, "", has_metric and "from" in text, None),
             (_RAISED_TO, "", has_metric and "to" in text, None),
             (_FROM_TO_CHANGE, "", "from" in text, _FROM_TO_NEXT),
             (_VERSUS, "", "vs" in seen or "versus" in seen, None),
             (_SCORE_IN_TERMS_OF, "", has_metric and "terms" in seen, None),
             (_SCORE_IN_METRIC, "", has_metric, None),
             (_BY_DECIMAL, "", has_metric and "by" in text, None),
             (_DECIMAL_THAN, "", has_metric and any(w in seen for w in _THAN_CUES), None),
             (_DECIMAL_IN_PARENS, "", has_metric and "(" in text, None),
             (_BARE_CHANGE, "", any(w in seen for w in _CHANGE_CUES), None),
             (_SIGNED_CHANGE, "points", "+" in text, None),
             (_THROUGHPUT, "", "second" in seen or "/" in seen or "fps" in seen, None),
             (_LATENCY, "", any(w in seen for w in _LATENCY_CUES), None),
             (_MEMORY, "", "B" in text
              and any(w in seen for w in ("memory", "storage", "ram", "footprint")), None)]
    scored: list[tuple[int, float]] = []  # the unitless scores taken, for _sibling_decimals
    attained = False  # whether _SCORE_NAMED_BEFORE's last first item was taken
    changed = False  # whether a change is named before the last "from A to B" matched
    for rule, fixed_unit, cue, then in rules:  # a rule runs only where its cue occurs
        if not cue:
            continue
        searched = windows
        if rule in _WITH_DECIMAL:
            searched = [w for w in searched if w in with_decimal]
        if rule in _WITH_METRIC:
            searched = [w for w in searched if w in with_metric]
        if rule is _FROM_TO_SCORE or rule is _FROM_TO_CHANGE:
            searched = [w for w in searched if _FROM_NUMBER.search(text, *w)]
        elif rule is _METRIC_POINTS:
            searched = [w for w in searched if w in with_metric or _POINTS_OR_SIGN.search(text, *w)]
        if rule in _OPENING_WITH_METRIC:  # (at the metrics of the windows searched)
            found = _at_metrics(rule, text, [m for m in metric_starts if m[:2] in searched])
        else:
            found = finditer(rule, text, searched)
        for match in _continued(found, then, text):
            group = next(g for g in match.re.groupindex
                         if g.startswith("list") and match.group(g) is not None)
            start, end = match.span(group)
            if match.re is _SCORE_NAMED_BEFORE:
                attained = bool(match.group("of")
                                or _ATTAINED_BEFORE.search(text, max(0, start - 40), start))
            if match.re in (_FROM_TO_CHANGE, _FROM_TO_SCORE):
                changed = bool(_CHANGE_BEFORE_FROM.search(text, max(0, start - 150), start))
            if (after := bisect.bisect_right(taken_ends, start)) < len(taken_starts) \
                    and taken_starts[after] < end:
                continue  # (the first span ending after the start overlaps the number)
            if fixed_unit is None:
                unit = _unit(match.group("unit"))
                if unit == "points" and _not_score(text, start, match.end()):
                    continue
            else:
                unit = fixed_unit
            read_as = rule
            if rule in (_SCORES_AFTER_VERB, _SCORES_RESPECTIVELY) and _METRICS_JOINED.search(
                    text, max(0, match.start() - 30), start):
                continue
            if rule is _SCORES_AFTER_VERB and _ONE_DECIMAL.fullmatch(text, start, end) \
                    and _CLAUSE_BETWEEN.search(text, match.start(), start):
                continue
            if rule is _DECIMAL_THAN and not match.group("metric") \
                    and not _METRIC.search(text, max(0, start - 120), start):
                continue
            if rule is _DECIMAL_IN_PARENS and not _METRIC_BEFORE_PAREN.search(
                    text, max(0, start - 100), start):
                continue
            if rule is _SIGNED_CHANGE and not _CHANGED_BEFORE_SIGN.search(
                    text, max(sentence_start(text, start), start - 150), start):
                continue
            if rule is _FROM_TO_CHANGE and not changed:
                continue  # (nor the next changes of a list whose first was not taken)
            if rule is _SCORE_NAMED_BEFORE and not attained:
                continue  # (nor the next items of a list whose first was not taken)
            if rule is _BY_DECIMAL and not _CHANGED_METRIC_BEFORE.search(
                    text, max(0, match.start() - 90), match.start()):
                continue
            if unit == "points" and (group == "list3" or rule is _WITH_UNIT) \
                    and _level_in_points(text, start, match.end()):
                unit, read_as = "", _SCORE_BEFORE_METRIC  # "achieves 28.2 BLEU points"
            taken_starts.insert(after, start)
            taken_ends.insert(after, end)
            if _is_setup(text, start, match.end(), unit):
                continue
            comparison = _is_comparison(text, start, match.end())
            for s, e, value in _values(text, start, end, unit):
                if unit == "" and _is_version(text, s):
                    continue
                if unit == "" and not comparison and rule not in _NO_METRIC_SCORES:
                    scored.append((s, value))
                # a change's first value is where it started (R-res-baseline), also with its
                # metric named before: "improvement over the best system on BLEU-4, from 16.38"
                yield s, e, value, unit, match.end(), read_as, comparison or (
                    rule in (_FROM_TO_CHANGE, _FROM_TO_SCORE) and changed and s == start)
    yield from _sibling_decimals(text, scored, taken_starts, taken_ends)


def _sibling_decimals(text: str, scored: list[tuple[int, float]], taken_starts: list[int],
                      taken_ends: list[int]):
    """_numbers' figures for the decimals (_SIBLING_DECIMAL) no rule took in a sentence where
    one took a unitless score (``scored``: its start and value), on that score's side of 1."""
    sentences: dict[int, set[bool]] = {}  # sentence start -> whether its scores are below 1
    for start, value in scored:
        sentences.setdefault(sentence_start(text, start), set()).add(abs(value) < 1)
    for lo, below in sentences.items():
        hi = text.find(". ", lo)
        for match in _SIBLING_DECIMAL.finditer(text, lo, len(text) if hi < 0 else hi + 1):
            start, end = match.span("list")
            after = bisect.bisect_right(taken_ends, start)
            if after < len(taken_starts) and taken_starts[after] < end:
                continue  # (a rule took it)
            if (float(match.group("list")) < 1) not in below or _is_version(text, start) \
                    or _is_setup(text, start, end, "") or _OTHERS_AFTER.match(text, end):
                continue
            before = text[max(0, start - 80):start]  # (past a cheap boundary: "std. dev. 0.05")
            if _OTHERS_BEFORE.search(before) and not _BY_BEFORE.search(before):
                continue
            if not _is_comparison(text, start, end):
                yield start, end, float(match.group("list")), "", end, _SIBLING_DECIMAL, False


#: a capitalized word right before a number: a name, whose version a unitless number there is
_NAME_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z][a-z][\w-]*)\s$")


def _is_version(text: str, start: int) -> bool:
    """True for a unitless number written right after a name other than a metric's: the
    name's version, no score ("against the latest Claude 3.7 Sonnet model", "Llama 3.1",
    "(CzENG 1.6 - 1.5 BLEU)"; not "with an Accuracy 0.85", "F1 0.765")."""
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return bool(name) and not _METRIC.fullmatch(name.group().strip())


def _continued(matches, then: re.Pattern | None, text: str):
    """A rule's ``matches``, each followed by the matches of ``then`` one right after another,
    if any ("F1 of 0.751 for X" ... "and 0.706 over Y")."""
    for match in matches:
        yield match
        while then is not None and (match := then.match(text, match.end())):
            yield match


#: each position where _METRIC could match, also inside another match ("accuracy" of "top-1
#: accuracy"): a lookahead, so finditer reports every one
_METRIC_STARTS = re.compile(rf"{_METRIC_WORD_START}(?=(?:{METRICS})(?![\w-]))", re.IGNORECASE)
#: rules whose matches open with a metric's name, as _METRIC reads it: they can start only
#: where _METRIC_STARTS found one, so they are tried there alone
_OPENING_WITH_METRIC = (_SCORE_AFTER_METRIC, _WHOLE_SCORE_AFTER_METRIC, _SCORES_AFTER_VERB,
                        _RAISED_TO)
#: rules whose every match holds a _DECIMAL ("0.91", ".5"), so a "." before a digit, ...
_WITH_DECIMAL = (_SCORE_NAMED_BEFORE, _FROM_TO_SCORE, _FROM_TO_CHANGE, _SCORE_IN_TERMS_OF,
                 _SCORE_IN_METRIC, _BY_DECIMAL, _DECIMAL_THAN, _BARE_CHANGE, _SCORE_AFTER_METRIC,
                 _SCORES_AFTER_VERB, _RAISED_TO, _DECIMAL_IN_PARENS)
_DECIMAL_MARK = re.compile(r"\.\d")
#: ... or a metric's name where _METRIC_STARTS finds one (after a space, before no word
#: character): they can match only in a window where that is written
_WITH_METRIC = (_SCORE_BEFORE_METRIC, _SCORE_NAMED_BEFORE, _SCORE_IN_TERMS_OF, _SCORE_IN_METRIC)
#: what each match of _FROM_TO_SCORE and _FROM_TO_CHANGE holds, "from" and a number ("from" in
#: any case, as _FROM_TO_SCORE reads it; led by its first letter, which the search skips to):
#: they are searched only in the windows holding it ...
_FROM_NUMBER = re.compile(r"[Ff](?i:rom)\s+\.?\d")
#: ... and _METRIC_POINTS in those holding a metric's name (_WITH_METRIC), "points" or a sign
#: before a number, one of which each of its matches holds ("+0.7 F1 points", "by 2 R-1 points",
#: "+8.81 on C-Eval")
_POINTS_OR_SIGN = re.compile(r"(?i:point)|[+\-\u2212](?<![\w+\-].)\d")


def _at_metrics(rule: re.Pattern, text: str, metric_starts: list[tuple[int, int, list[int]]]):
    """What ``finditer(rule, text, windows)`` finds, for a rule of _OPENING_WITH_METRIC: in each
    window (lo, hi, the metric starts in it), the rule is matched at each start from where its
    last match ended (the searches tried every position, in vain where no metric starts)."""
    for lo, hi, starts in metric_starts:
        pos = lo
        for start in starts:
            if start >= pos and (match := rule.match(text, start, hi)):
                yield match
                pos = match.end()


def _not_score(text: str, start: int, end: int) -> bool:
    """True where "points" counts things or a scale's steps ("1000 data points", "a 5-point
    scale", "a 5-point rating scale", "(5-point ratings)", "on a Likert scale of 5 points")."""
    return bool(re.match(r"\s+(?:[\w-]+\s+)?(?:scales?|ratings?)\b|\s+(?:of\s+data|in\s+time)\b",
                         text[end:end + 24])
                or re.search(r"\bscale\s+of\s+$", text[max(0, start - 12):start]))
