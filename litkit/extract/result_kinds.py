"""What kind of result a figure is (``_kind``): a score, a change (delta), a ratio or
a setting, read from the words around it; with the change words the finder reads too."""

from __future__ import annotations

import re

from litkit.extract.metrics import THROUGHPUT_ITEMS, TIME_PER_ITEM, solved_share
from litkit.extract.patterns import sentence_start
from litkit.extract.result_baselines import _CHANGE_NOUN
from litkit.extract.result_metrics import METRICS
from litkit.extract.result_setups import _REDUCED_TO, _USED_SHARE, ROUGHLY, with_only_data
from litkit.extract.result_values import (
    _DECIMAL,
    _LOST_DASH,
    _MARKUP,
    _PLUS,
    _SIGNED_NEXT,
    _SLASHED,
    _THOUSANDS,
    _UNIT_START,
)

#: words that may stand between a number and its metric: "0.778 micro-averaged F1", "achieves
#: 68.1/74.4 average F1", "yielding 1.9 absolute F1 improvement", "an 37.57 macro F1", "a 0.5510
#: weighted F1 score", "70.93 overall LAS score"; two of them too: "achieves 0.312 in weighted
#: macro F1 score", "(0.957 vs 0.644 in micro weighted F1-score)", "a 4.8 absolute overall
#: accuracy improvement"
_METRIC_ADJECTIVE = (r"(?:(?:(?:micro|macro|weighted)(?:[\s-]averaged)?|average|absolute|overall|"
                     r"mean)\s+){0,2}")
#: a unitless change "by" a decimal, of a metric named a few words before it after a verb of
#: change: "increased the accuracy of the PAS analysis by 0.05 compared with the conventional
#: methods", "improves the f-measure by > 0.12", "improves F1 performance on the full WSC by 0.21",
#: "We increase the accuracy in PCM by more than 0.80" (the words before are tested apart,
#: _CHANGED_METRIC_BEFORE; not "by 2 and 4 orders of magnitude": no decimal)
_BY_DECIMAL = re.compile(
    rf"by(?<=\bby)\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|"
    rf"almost\s+|>\s*)?(?P<list>(?<![\w.\-]){_DECIMAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_DECIMAL})*+)"
    rf"(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent|orders?)\b)", re.IGNORECASE)
#: a decimal left in a sentence where a rule took a unitless score, on the same side of 1 as that
#: score: the metric named for the one is the other's (R-mt-carryover): "achieved F1 score of
#: 0.7524 which outperformed the baseline model of the organizers by 0.1656", "a combined F1 of
#: 83.9, representing a 48.7% relative improvement (15.3 absolute)", "a METEOR score of 0.31,
#: which is an improvement of 0.6 over the baseline model" (not a bound, a setting or a range:
#: "p < 0.05", "alpha = 0.5", "1.51-2.33"; nor before a word that names something else than a
#: score, "2.5 epochs", "0.7 temperature")
_SIBLING_DECIMAL = re.compile(
    rf"(?=[\d.])(?<![\w.,\-+/@<>=\u2264\u2265~^$])(?P<list>{_DECIMAL})"
    rf"(?=(?:\s*\([^()]{{1,30}}\))?"  # (a note: "0.507 (HybridE), 0.512 (HybridW)")
    rf"(?:\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:and|or|on|in|for|over|against|compared|vs\.?|versus|"
    rf"with|which|while|at|when|using|absolute|respectively)\b|\s+(?:{METRICS})(?![\w-])))",
    re.IGNORECASE)
#: ... which "by" before it makes a change: "outperforming the state-of-the-art static analyzer by
#: 30% and .60, respectively"
_BY_BEFORE = re.compile(r"\bby\s*(?:at\s+least\s+|about\s+)?(?:[\d.]+\s*(?:%|points?)?\s*"
                        r"(?:,|and)\s*)*$", re.IGNORECASE)
#: a throughput, items processed per second, a score of speed with its unit named in the metric
#: (R-unit-list): "decoding at 100 words/sec on single-threaded CPU", "can process 15 frames per
#: second", "translate more than 40,000 tokens per second with an RTX 2080 Ti", "at the speed
#: of 23.6 FPS on iPhone 8", "(1.57 examples/s on a single CPU)" (not a rate of the data, its
#: unit before a noun: "synchronized 120 fps motion capture")
_THROUGHPUT = re.compile(
    rf"(?=\d)(?<![\w.,/@-])(?P<list>{_THOUSANDS}|\d+(?:\.\d+)?)\s*"
    rf"(?:(?:{THROUGHPUT_ITEMS})\s*(?:/\s*s(?:ec(?:onds?)?)?\b\.?|per\s+seconds?\b)|(?-i:FPS|fps)\b)"
    r"(?!\s+(?!(?:on|in|at|for|with|using|while|and|or|during|when|which|that|is|was|to|from|than|"
    r"compared|vs|versus|without|by|under|over|across|respectively)\b)[a-z])", re.IGNORECASE)
#: a time the system takes per item or a latency, a score of speed with its unit named in the
#: metric (R-unit-list, as "under 33ms" in dev16): "62 ms latency on a Pixel 4 phone", "~8.0ms
#: search latency", "65ms model forwarding time", "a test-time speed of 170ms per image", "in
#: less than 10ms per image", "a latency of 30 ms" (not a span of the data: "the most recent 400
#: ms of the pitch trajectory", "binned at 1 ms resolution", "(30ms)")
_LATENCY = re.compile(
    r"(?=[\d~lrdi])(?:(?<![\w.,/@-])~?(?P<list>\d+(?:\.\d+)?)\s?(?="
    rf"{TIME_PER_ITEM}\b|(?:ms|milli-?seconds?)\s+(?:[\w-]+\s+){{0,2}}?(?:latency|delay|"
    r"(?:inference|forwarding|response|decoding|search|processing)\s+times?)\b)|"
    r"\b(?:latency|delay|(?:inference|response|decoding|processing)\s+times?)\s+(?:of|under|below|"
    r"within|is|was|to)\s+(?:only\s+|less\s+than\s+|about\s+|around\s+|approximately\s+|~)?"
    r"(?P<list2>\d+(?:\.\d+)?)(?=\s?(?:ms|milli-?seconds?)\b))", re.IGNORECASE)
#: a memory size the system needs, a score of cost with its unit named in the metric
#: (R-unit-list), after a verb of using or needing: "uses less than 1GB GPU memory during
#: inference", "using less than 1.5GB of memory", "using only a 4-core CPU and 16 GB of memory",
#: "in \u2248 1GB of GPU memory", or after what it measures: "a memory footprint of only 2.6MB",
#: "reduces the memory cost from 65GB to 2GB" (65GB is where it started: not taken), "the
#: storage requirement from 537.47 MB to 18.23 MB" (not the hardware: "a consumer grade GPU with
#: only 8GB memory", "(1GB memory and 500GB disk)", "Arduinos with 2KB RAM"; nor another's: "took
#: over 4 days and 25GB of memory"; nor data: "using 636TB of real data")
_BYTES = r"\s?(?:[KMGT]i?B)\b"
_MEMORY = re.compile(
    r"(?=[urncofiwmsR])(?<![\w-])(?:(?:us(?:e|es|ed|ing)|requir\w*|need\w*|consum\w*|occup\w*|"
    r"fit\w*|in|within)\s+(?:(?!with\b)[^\s.;:()]+\s+){0,6}?"
    rf"(?P<list>\d+(?:\.\d+)?){_BYTES}(?=\s*(?:of\s+)?(?:(?:GPU|CPU|parameter|model|peak|main)\s+)?"
    r"(?:memory|RAM|VRAM|storage)\b)|"
    r"(?:memory|storage|footprint|RAM)\b[^.;%()]{0,50}?\b(?:(?:from\s+[\d.]+\s?[KMGT]i?B|"
    r"down)\s+to|to|of|under|below|is|was)\s+(?:only\s+|less\s+than\s+|about\s+|around\s+|just\s+|"
    rf"approximately\s+)?(?P<list2>\d+(?:\.\d+)?){_BYTES}(?!\s*(?:to|->|\u2192)\s))")
#: a metric's name that METRICS does not list, before "points": "by more than 4 SARI points",
#: "up to 3.1 BLEU points and 2.3 RIBES points", "by 2 R-1 points", "up to 20 Precision@1 points"
_METRIC_NAME = r"(?-i:[A-Z])[\w@.-]*"
#: differences in points: "3.6 perplexity better", "6.54 decrease in FID", "+0.7 F1 points",
#: "by 0.6 perplexity", "+8.81 on C-Eval", "+1.7 BLEU", "by 3.92, 1.49, and 1.04 BLEU points",
#: "2 BLEU over strong back-translation baselines", "3\u20139 BLEU score gains over a simple
#: one-to-one model"
_POINTS_NUMS = (rf"\+?\d+(?:\.\d+)?{_PLUS}"
                rf"(?:{_SLASHED}|\s*(?:,(?:\s*and)?|and|-|\u2013|~|\u223c|to|{_LOST_DASH})\s*"
                rf"\+?\d+(?:\.\d+)?{_PLUS})*")
_CHANGE = r"(?:better|higher|lower|improvements?|gains?|increases?|decreases?|reductions?|drops?)"
#: (the leading lookahead: each branch starts with a digit, "+", "by" or a change word)
_METRIC_POINTS = re.compile(
    # (a digit or "+" opens the first six branches, which share their word-start test; a
    # letter the last: each position tries only the branches that can start there)
    r"(?=[\d+\-\u2212bhligdr])(?:(?<![\w.+])(?<![A-Za-z]-)(?:" + "|".join([
        rf"(?P<list>{_POINTS_NUMS})\s+{_METRIC_ADJECTIVE}(?:{METRICS})\s+(?:(?:points?|scores?)\s+)?"
        rf"{_CHANGE}\b",
        rf"(?P<list2>{_POINTS_NUMS})\s+{_CHANGE}\s+(?:in|of)\s+(?:the\s+)?(?:{METRICS})(?![\w-])",
        rf"(?P<list3>{_POINTS_NUMS})\s+{_METRIC_ADJECTIVE}(?:{METRICS}|{_METRIC_NAME})\s+points?\b",
        # "up to 3.2 BLEU over back-translation" (a named metric: not "F 1 score over the
        # baseline"; not "over 15 languages", "over all tasks")
        rf"(?P<list7>{_POINTS_NUMS})\s+{_METRIC_ADJECTIVE}(?!(?:scores?|performance)\b)"
        rf"(?:{METRICS})(?=\s+over\s+(?!\d|all\b))",
    ]) + r")|(?<![\w+\-])[+\-\u2212](?:" + "|".join([
        # (a list of signed items too, its metrics named after "in terms of": "improves the
        # NMT output by -3.95 and +4.50 in terms of TER and BLEU, respectively")
        rf"(?P<list5>\d+(?:\.\d+)?(?:{_SIGNED_NEXT}\d+(?:\.\d+)?)*)(?=\s+(?:on|in)\b)",
        # (a list of signed items: "+7.82 and +6.86 macro F1", "+1.95 to +3.11 average F1",
        # "+1.58, +0.78 F1", "+2.2~+3.1 BLEU points")
        rf"(?P<list6>\d+(?:\.\d+)?(?:{_SIGNED_NEXT}\d+(?:\.\d+)?)*)\s+{_METRIC_ADJECTIVE}"
        rf"(?:{METRICS})(?![\w-])",
    ]) + r")|"
    rf"(?:\bby|{_CHANGE}\s+of)\s+(?:up\s+to\s+|about\s+|around\s+|an\s+average\s+of\s+|"
    rf"over\s+|more\s+than\s+)?(?P<list4>{_POINTS_NUMS})\s+{_METRIC_ADJECTIVE}(?:{METRICS})(?![\w-])"
    r")",
    re.IGNORECASE,
)


#: a verb of attaining right before "N METRIC points" makes it a score, written without a unit
#: ("our approach achieves 28.2 and 33.9 BLEU points", "we obtain 31.2 BLEU points", "It achieves
#: 32 and 22 points in terms of CoNLL score"), unless a change follows ("obtains 2 BLEU points
#: over the baseline", "achieves 5 and 8 points of accuracy gains")
_ATTAINED = re.compile(r"\b(?:achiev|obtain|attain|reach|get|gets|got|scor)(?:e|es|ed|ing|s)?"
                       r"(?:\s+(?:respectively|about|around|approximately|nearly))?\s+$",
                       re.IGNORECASE)
_CHANGE_AFTER_POINTS = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:over|above|below|more|less|higher|lower|better|worse|ahead|"
    r"behind|gains?|improvements?|increases?|decreases?|drops?|margin|compared|relative|than)\b",
    re.IGNORECASE)


#: what may stand between a change word and its number: "by up to ~50%", "by an average of",
#: "by as much as 8.2%", "gains upto 3.76%", "improves at most 9.10%", "by less than 1%",
#: "improvements in MAP, MRR, and NDCG above 15%", "improve the performance by another 7%", "gains
#: additional 2%", "the relative improvement can be as far as 8.6%", "margins larger than 3.1%",
#: "decrease the WER by up to relative 41.36%", "drops by \u2248 3%", "decreases the error ... by
#: > 50%"
_DELTA_GAP = (r"(?:\s*(?:up\s*to|about|around|approximately|roughly|over|above|more\s+than|"
              r"at\s+least|as\s+(?:much|high|large|big|far)\s+as|at\s+most|less\s+than|close\s+to|"
              r"(?:larger|greater|bigger|higher)\s+than|another|(?:an\s+|a\s+)?(?:additional|further)|"
              r"nearly|almost|only|just|relatively|between|on\s+average|(?:an?\s+)?(?:average|absolute|relative|"
              r"overall)(?:\s+of)?|~|\u223c|\u2248|[<>\u2264\u2265]|\\?sim|\\?approx))*\s*")
#: a word of what a change is in ("a reduction in training time of"), not one that ends that
#: phrase ("a reduction in computation while retaining 95%", "an increase in accuracy from 72%")
_MEASURE_WORD = r"(?!(?:of|from|to|while|when|and|or|with|than)\b)[\w-]+"
#: a word of what a verb of change changes: "increases accuracy 4.7% over", "by increasing
#: F-measure up to 7%\u201320%", "reducing the moderation load up to 73.3%" (not "improves
#: results in 80% of", "reduce it to 10%", "can be reduced below 10%")
_OBJECT_WORD = (r"(?!(?:in|on|for|at|across|as|below|above|under|within|is|are|was|were|be|been|"
                rf"it|this|that)\b){_MEASURE_WORD}")
#: a change named in French, by a noun or a verb, with what it changes between: "une
#: r\u00e9duction relative de 8, 4% du taux d'erreurs", "un gain d\u2019environ 6%", "une
#: am\u00e9lioration relative de 20%", "une diminution du taux d\u2019erreur de 18%", "un gain
#: significatif de 2%", "cette derni\u00e8re m\u00e9thode am\u00e9liore les r\u00e9sultats de la
#: classification de 3%", "en r\u00e9duisant de 7% les erreurs", "peuvent faire baisser de plus de
#: 10%", "une am\u00e9lioration du MRR (Mean Reciprocal Rank) de 48%", "un gain relatif allant
#: jusqu\u2019\u00e0 6,5 %" (not "(de 53% \u00e0 85%)", the
#: levels before and after; nor past "avec", "et", "pour", a comma; the word-start test before
#: it is _DELTA_BEFORE's)
_FRENCH_CHANGE = (r"(?:r\u00e9duction|am\u00e9lioration|augmentation|diminution|baisse|hausse|"
                  r"gain|am\u00e9lior(?:e|ent|er|\u00e9|ant)|r\u00e9dui(?:t|sent|re|sant)|"
                  r"augment(?:e|ent|er|\u00e9|ant)|diminu(?:e|ent|er|\u00e9|ant)|baiss(?:er|ent))s?"
                  r"(?:\s+(?!(?:avec|et|pour|mais|qui|sur|dans)\b)(?:[^\s.;,()%]+|\([^()]{1,40}\))){0,6}?"
                  r"\s+(?:de\s+|d['\u2019]\s*|jusqu['\u2019]\s*\u00e0\s+)"
                  r"(?:environ\s+|pr\u00e8s\s+de\s+|plus\s+de\s+)?")
#: what a system is said to outdo, then a bound, with no "by": "MGNER outperforms current
#: state-of-the-art baselines up to 4.4%", "outperforming all the systems more than 10%" (not
#: "outperforms existing detectors (77.9%)", the other system's level; nor "beats", said of a
#: share of games: "beats the rule-based built-in AI more than 70% of the time"; the word-start
#: test before it is _DELTA_BEFORE's)
_OUTDONE = (rf"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?)"
            rf"(?:\s+{_OBJECT_WORD}){{1,6}}?\s+(?:up\s+to|more\s+than|over|about|around|nearly|almost|"
            r"approximately|roughly|at\s+least)")
#: "by 3%", "+3%", "an improvement of up to 3%", "a reduction in training time of 60%",
#: "improvements in MAP, MRR, and NDCG above 15%", "a global gain approaching 40%", its figure set
#: off by a dash or after "of" ("by a significant margin \u2013 at least 17%", "consistent
#: improvements (of up to 4.66%)", "gains in BLEU, of up to 7.02 BLEU"), "reduces 50%", "eliminates
#: 80% trainable parameters" (a cut, R-kind-level), "enhances brain alignment (~6%)", a manner
#: adverb between the verb and its figure in parentheses ("F-scores ... drop rapidly (20%-30%)"),
#: "the decrease ... can range from 3%", what the change is of or across before it ("with loss of
#: accuracy less than 0.1%", "a relative improvement of test errors between 5% and 17%", "an error
#: reduction across VIDs of 57%", "a reduction in number of multiplications (over 99.5%)", "the
#: speed gain varies from 5.80% to 16.57%", "the accuracy drop remains only 1.2%", "the reduction of
#: the model size can be up to 70%"), "retains performance within 0.5% of the baseline system" (a
#: gap to a reference, R-kind-gap; not "reducing the drop ... to within 5%", a level; but a gap that
#: narrows to it: "the accuracy gap between ... narrows to within 1%"), a change's rate ("by an
#: improvement rate of 20.8%", "performance drop rates reaching up to 36%"), an amount said first in
#: words ("outperforms strong baselines by a large margin, i.e., 5.0% on ProPara", "by a large
#: extent (9.70% on spatial questions", "by a large margin on 5-shot (28.1%)"; "by a large margin
#: (74.09% versus 70.52%)" is two levels), what the change is measured in set between its word and
#: "of" ("by an average Spearman correlation of 2.02%", "by as much as a F-score of 20.39%", "an
#: absolute reduction in word error rate (WER) of 0.9%"): a difference (not "preferred by 55%", a
#: share of judges, nor "the rate drops from 48% ... to 32%", the levels before and after)
_DELTA_WORDS = (
    r"by(?<!preferred\sby)(?<!favored\sby)(?<!favoured\sby)(?<!chosen\sby)"
    r"(?<!rated\sby)(?<!judged\sby)(?<!used\sby)"
    r"(?:\s+an?\s+(?:[\w-]+\s+)?(?:margin|extent|amount)(?:\s+(?:on|in|for)\s+[^\s.;,()]+)?"
    r"\s*(?:\(|,?\s*(?:i\.e\.|e\.g\.)\s*,?)|"
    r"(?:\s+as\s+much\s+as)?\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}?of)?|"
    r"within(?<!to\swithin)|narrow(?:s|ed|ing)?\s+to\s+within|"
    r"(?:improvement|reduction|increase|decrease|drop|gain)s?\s+rates?\s+(?:of|reaching)|"
    rf"{_CHANGE_NOUN}(?:\s*\([^()]{{1,40}}\))?(?:\s*:|"
    rf"(?:\s+(?:in|of|across|upon)\s+(?:(?:{_MEASURE_WORD}\s+){{0,3}}?{_MEASURE_WORD}|"
    rf"{_MEASURE_WORD}(?:,\s+{_MEASURE_WORD}){{0,3}},?\s+and\s+{_MEASURE_WORD})"
    r"(?:\s*\([^()]{1,20}\))?){0,2}"
    # (the one method it is over, named by a word, before "of": "a mean decrease over k-means++
    # of 30%", "relative error improvements over ELU of 4.45% and 5.68%"; not a baseline's level:
    # "a 6 point improvement over the previous State of the Art of 91.6%")
    r"(?:\s+over\s+(?!(?:the|a|an|our|its|their|previous|prior|existing|baselines?|"
    r"state)\b)[^\s,;.()]+(?=\s+of\b))?"
    r"(?:\s+(?:can\s+)?(?:ranges?|ranging|var(?:y|ies|ied|ying))\s+from|"
    r"(?:\s+(?:(?:can|could|may|will)\s+be|is|was|are|were|remains?|reach(?:es|ing)?|"
    r"can\s+reach|approaching|exceeding))?(?:\s+(?:of|at))?|"
    r"\s*[\u2013\u2014]|(?:,|\s*\()\s*of))|"
    r"(?:reduc|improv|increas|decreas|boost|enhanc|eliminat|"
    r"lower|rais|drop|cut|sav|prun)(?:e|es|ed|ing|s|ps|pped)?(?:\s+[a-z]+ly(?=\s*\())?"
    # (with the particle of a phrasal verb: "pruning out ~84% temporal features")
    r"(?:\s+(?:out|away|off))?|"
    rf"(?:reduc|improv|increas|decreas|boost|enhanc|eliminat|cut|sav)(?:e|es|ed|ing|s)?"
    rf"(?:\s+{_OBJECT_WORD}){{1,3}}|"
    # (a performance said increased or improved, then its change after "of": "report improved
    # performance of up to 26%", "an increased performance with MCTS of 26%"; not "a better
    # performance of 93.82%", a level)
    r"(?:increas|improv)ed\s+(?:[\w-]+\s+){0,2}?performance(?:\s+(?:for|with|on|in)\s+[^\s.;,()]+)?"
    r"\s+of|"
    rf"{_OUTDONE}|{_FRENCH_CHANGE}")
#: the letters (in any case) the words above start with (tests/test_result_kinds.py checks
#: them), tested after the word start: the ~100 words were tried at every word's start and end
_DELTA_START = r"(?=[abcdeghilmnoprsuw])"
_DELTA_BEFORE = re.compile(
    # (one word-start test for the words, each word's own test after it, the sign last: the
    # tests were tried at every position of the words before a number)
    rf"(?:\b{_DELTA_START}(?:{_DELTA_WORDS})|"
    # a sign, not the dash of a range ("42%\u221248%")
    r"[+\u2212](?<![\d%].)(?<![\d%]\s.))"
    rf"\s*\(?{_DELTA_GAP}$",
    re.IGNORECASE,
)
#: a change named in the words after a number: "% average performance improvements", "%
#: memory usage reduction", "% less compute", "% reduced", or said to be relative or absolute,
#: or named by a comparative right after it ("a 14% absolute (52% relative) improvement", "by
#: near 1% absolute accuracy", "80% longer than RNNs", "4.5% stronger generalization", "as little
#: as 4% additional memory usage", "recover almost 15% additional data", a plus after it ("4%+
#: improvement", "50%+ and 100%+ increases"); not "95%
#: relative to", where the words after end, nor "20% in 10-times longer (repeated) utterances";
#: nor a bound on a level: "achieve accuracy of 90% or higher", "a PER of 8.4% or less"; nor a
#: level that a relative clause compares: "an accuracy equal to 42.85% which is considerably
#: worse"); or a plain "change in" right after it ("about 5 % change in evaluation parameters",
#: "< 1% change in SR"; not with words between: "25% involve affix changes", "88% of the changes")
_CHANGE_AFTER = re.compile(
    r"(?!\s*or\s+(?:higher|lower|better|worse|greater|more|less|fewer|above|below)\b)"
    r"\s*\+?\s*(?:(?:relative|absolute|relatifs?|absolus?|greater|stronger|weaker|shorter|longer|cheaper|"
    r"additional|extra)\b|changes?\s+in\b|"
    rf"(?:(?!(?:which|that)\b)[\w-]+\s+){{0,4}}?"
    rf"(?:{_CHANGE_NOUN}|reduced|improved|increased|decreased|higher|lower|"
    r"better|worse|faster|slower|smaller|larger|fewer|less|more)\b)",
    re.IGNORECASE,
)
#: a score's "of" before its level in points ("an F0.5 score of 28.31 points", "a MAP score of
#: 86.24 points"), unless a change is named before it ("outperforms the strong baselines by the
#: BLEU score of 4.55")
_SCORE_OF = re.compile(r"\b(?:scores?|values?)\s+of\s+(?:about\s+|around\s+|approximately\s+|"
                       r"nearly\s+)?$", re.IGNORECASE)
_CHANGE_WORDS = rf"{_CHANGE_NOUN}|(?:improv|increas|decreas|reduc|boost|outperform)\w*"
_CHANGED_BEFORE = re.compile(rf"\b(?:by|{_CHANGE_WORDS})\b", re.IGNORECASE)


def _level_in_points(text: str, start: int, end: int) -> bool:
    """True for a score written in points ("N points" or "N METRIC points" from ``start`` to
    ``end``), a level, not a change: after a verb of attaining or a score's "of" (the gold gives
    it no unit), or in a list of figures such a verb leads (``_attained_list``), with no change
    named after it."""
    before = text[max(0, start - 40):start]
    if not (_ATTAINED.search(before)
            or _SCORE_OF.search(before) and not _CHANGED_BEFORE.search(before)
            or _attained_list(text, start)):
        return False
    return not (_CHANGE_AFTER_POINTS.match(text, end) or _CHANGE_AFTER.match(text, end))


#: a verb of attaining anywhere before a figure in its sentence (not "score", a noun as often)
_ATTAINING_VERB = re.compile(r"\b(?:(?:achiev|obtain|attain|reach)(?:e|es|ed|ing|s)?|scored)\b",
                             re.IGNORECASE)
#: ... and what, between it and the figure, makes the figure a change or another's: a change
#: word, "by", a comparison
_NOT_LEVEL_BETWEEN = re.compile(r"\b(?:than|over|compared|relative|vs|versus|above|below|"
                                r"behind|margin|gap)\b", re.IGNORECASE)
#: ... and a change named before the verb: "Improvements reach from 1.74 up to 2.54 BLEU points"
_CHANGE_BEFORE_VERB = re.compile(rf"\b(?:{_CHANGE_WORDS})\b", re.IGNORECASE)


def _attained_list(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a later item of a list of levels its sentence's verb
    of attaining leads, past other figures, in a sentence that names no change or comparison
    after the verb nor a change before it (R-unit-bleupoints): "achieved an average BLEU point of
    3.68 with 97.64 TER score for the Hindi-Marathi, along with 9.02 BLEU point", "achieves 30.4
    BLEU points on English-German, and 28.1 BLEU points on English-French" (not "achieves 30.4
    BLEU, outperforming the baseline by 2.1 BLEU points", "Improvements reach from 1.74 up to
    2.54 BLEU points", "achieved 35% for its F1 macro, which is 0.132 points or 13.2% above")."""
    sent = sentence_start(text, start)
    verb = next(reversed(list(_ATTAINING_VERB.finditer(text, sent, start))), None)  # the last
    if verb is None or not re.search(r"\d", text[verb.end():start]):
        return False
    end = text.find(". ", start)
    after = text[verb.end():len(text) if end < 0 else end]
    return not (_CHANGED_BEFORE.search(after) or _NOT_LEVEL_BETWEEN.search(after)
                or _CHANGE_BEFORE_VERB.search(text, sent, verb.start()))


#: what a percentage is a difference to, written right after it: "(7.08% over ST)", "up to 51%
#: over classical collaborative filtering approaches", "(4.62% above the second place)", "about
#: 30% behind human performance" (not "40% over all questions", "29% over a baseline of 62%")
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?i:above|below|behind|ahead\s+of)\s+(?!\d)|(?i:over)\s+(?:[A-Z]|(?i:"
    r"(?:(?!of\b)[\w-]+\s+){0,4}?(?:baselines?|base-?lines?|state[\s-]of[\s-]the[\s-]art|SOTA|"
    r"methods?|models?|systems?|approach(?:es)?|results?|algorithms?|techniques?|variants?|"
    r"counterparts?|competitors?|solutions?|tools?|polic(?:y|ies)|work|chance)\b(?!\s+of\b))))"
)
#: ... or a gap behind a reference written after the metric it is in: "with only 0.12% macro
#: F1-score behind the top ranked system", "with just 2.21 F1 score behind the best one"
#: (R-kind-gap; not "an F1-score of up to 88% the drug behind a certain experience")
_BEHIND_AFTER = re.compile(r"\s*(?:(?!(?:the|an?|of|in|on|for|to|and|or|is|was|which|that)\b)"
                           r"[\w-]+\s+){1,3}?behind\s+(?!\d)", re.IGNORECASE)
#: ... or a gap to the best one written "away from" it (R-kind-gap): "which is 0.05 away from the
#: top-ranked model"
_AWAY_FROM = re.compile(r"\s*away\s+from\s+(?!\d)", re.IGNORECASE)
#: a resource a share is of: "% of the data", "% of the model size", "% as many tokens", or a
#: reference named by a pronoun or as the original: "reaches 80 \u2013 90% of the English one",
#: "reduce the parameter cost to around 3% of the original"
_RESOURCE = (r"(?:compute|computation|data|dataset|parameters|params|tokens?|cost|costs|"
             r"budget|memory|FLOPs|size|samples|examples|labels|annotations?|performance|accuracy|"
             r"quality|training|steps|epochs|energy|storage|layers|weights|capacity|GPUs?|"
             r"original|one(?![\w-]))")
_SHARE_OF = re.compile(
    rf"\s+(?:of|as\s+(?:many|much))(?:\s+[\w'\u2019.-]+){{0,3}}?\s+{_RESOURCE}\b", re.IGNORECASE
)
#: a share of another system's level, named further on: "97% of the model's unquantized 16-bit
#: MMLU performance", "over 89.8% of its average POS tagging accuracy", "retaining 95%
#: performance of the full model", "96.8% the performance of its teacher BERT-Base" (not "22%
#: accuracy of prior work", nor "approaching the 88.6% performance of an oracle", levels)
_SHARE_OF_LEVEL = re.compile(
    r"\s+(?:of(?:\s+(?!(?:with|at|and|or|in|on|for|while|when|by|to|than|is|are|was|were)\b)"
    r"[\w'\u2019-]+){0,6}?\s+(?:performance|accuracy|quality)\b|"
    r"(?:the\s+)?performance\s+of\b)", re.IGNORECASE)
#: an accuracy written "X% of accuracy", a level, not a share of another system's accuracy:
#: "reaching 87.8% of accuracy with linguistic features", "with over 77% of accuracy for three
#: different platforms", "achieves 96.6% of 10 folds cross-validation accuracy", "at a 76.4% of
#: recognition accuracy" (not "97% of the model's unquantized 16-bit MMLU performance", "65% of
#: human performance", "preserving at least 99% of retrieval accuracy", shares of a reference);
#: so is another metric written right after "of", with no determiner: "70.68% of precision,
#: 66.89% of recall and 68.53% of f-measure in semantic annotation" (not "95% of F1 of BERT")
_LEVEL_OF_ACCURACY = re.compile(
    r"\s*of\s+(?:(?:(?!(?:the|its|their|his|her|our|this|that|these|those|an?|human|humans|"
    r"original|full|peak|teacher|baseline|supervised|oracle|upper|maximum|best|reference|previous|"
    r"prior)\b)[\w-]+\s+){0,3}?accurac(?:y|ies)\b|"
    r"(?:(?:macro[\s-]?|micro[\s-]?)?(?:F-?1|F)[\s-]?(?:scores?|measures?)?(?![\w-])|"
    r"(?:precision|recall)\b)(?!\s+of\b))", re.IGNORECASE)
#: a share of the system's own level that it keeps, after a verb of keeping (R-kind-level,
#: "X% of <reference>"): "we can still maintain 95% accuracy of BERT", "while retaining 95% of
#: its F1-score for NER", "maintains 97% performance while using at-most 10% of the original
#: neurons", "while maintaining 88% translation quality", "maintaining over 95% original
#: performance" (not a level kept: "while maintaining more than 90% accuracy", "keeps 60%
#: accuracy using only 30% of dot product terms")
_KEPT_BEFORE = re.compile(
    r"\b(?:maintain|retain|preserv|keep|kept|recover)\w*\s+(?:(?:about|around|approximately|"
    r"roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least|still|only)\s+)*~?$",
    re.IGNORECASE)
_KEPT_LEVEL = re.compile(
    r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w-]+\s+)?(?:performance|quality)\b|"
    rf"\s*of\s+(?:its|their|the\s+(?:original|full|teacher|uncompressed|dense)\w*)\s+"
    rf"(?:[\w'\u2019-]+\s+)?(?:{METRICS})(?![\w-])|"
    rf"\s*(?:{METRICS})\s+of\s+(?:the\s+|its\s+|their\s+)?(?:original|full|teacher|uncompressed|"
    r"dense|(?-i:[A-Z]))", re.IGNORECASE)
#: a share of a change named with a determiner, what is kept or closed of it: "retains 67% of the
#: perplexity gain", "recovers 89% of the gap in AUROC", "closes up to 50% of the gap in BLEU
#: scores", "51% of the gain in TER" (not "a 20% of relative improvement", "1.7% of improvement",
#: changes themselves)
_SHARE_OF_CHANGE = re.compile(
    rf"\s+of\s+(?:the|its|their|this|that)(?:\s+[\w'\u2019-]+){{0,3}}?\s+{_CHANGE_NOUN}\b",
    re.IGNORECASE)
#: a share of items the system handled correctly, which measures it (R-kind-yield), not a share
#: of data it used: "98.58% of tokens are correctly classified", "able to decipher 75.1% of the
#: cipher-word tokens correctly", "get both the evidence and label correct in 20% of the data"
_CORRECTLY_AFTER = re.compile(r"[^,;.()]{0,60}?\b(?:correctly|accurately|successfully|perfectly)\b",
                              re.IGNORECASE)
_CORRECT_IN = re.compile(rf"\bcorrect(?:ly)?\s+(?:in|for|on){_DELTA_GAP}$", re.IGNORECASE)
#: ... or said before, on the verb of handling them: "PlotCoder correctly predicts the plot type
#: of about 70% samples", "correctly classifies 85% of the examples" (not a share it does so
#: with, "accurately estimates the model with only 10% of the data", nor a change after:
#: "ALOHa correctly identifies 13.6% more hallucinated objects than CHAIR")
_CORRECTLY_VERB = re.compile(
    r"\b(?:correctly|accurately)\s+[a-z]+(?:\s+(?!(?:to|by|with|than|only|just|using)\b)"
    rf"[\w'\u2019-]+){{0,4}}?(?:\s+(?:of|for|in|on))?{_DELTA_GAP}$", re.IGNORECASE)
#: "only 20% training data", "about 10% examples"
_SHARE_DIRECT = re.compile(
    r"\s+(?:(?:training|labell?ed|annotated|pre-?training)\s+)?(?:data|examples|samples|"
    r"parameters|compute|annotations?)\b",
    re.IGNORECASE,
)


#: how often something happens, a finding that measures no system: "16% of the time"
_FINDING_AFTER = re.compile(r"\s+of\s+the\s+time\b", re.IGNORECASE)
#: ... unless its clause says a system did it, or was judged or preferred for it, which measures
#: that system (R-kind-yield): "our system generates sarcasm better than humans 34% of the time",
#: "Rapformer fools human lyrics experts 25% of the time", "preferred 47.7% of the time", "our
#: probing approach predicts the best LM choice 79% of the time" (not "PII appears in unexpected
#: contexts such as in translation or code editing (48% and 16% of the time")
_SYSTEM_DID = re.compile(
    r"\b(?:generat|produc|fool|prefer|rated|rank|judg|identif|detect|predict(?!ive)|solv|retriev|"
    r"forecast|recogni|mistaken|consider|beat|win|won|chos|outperform|better|correct|success|accura|"
    r"reconstruct|able\b|capable|fail|acceptable|make\s+sense)", re.IGNORECASE)
#: words that judge a system's outputs, which a share of them measures (R-kind-yield)
_JUDGED = (r"(?:correct\w*|accurate\w*|success\w*|complet\w*|good|well|perfect\w*|acceptable|"
           r"judged|rated|"
           r"answered|solved|detected|identified|classified|predicted|recogni[sz]ed|retrieved|"
           r"translated|generated|resolved|aligned)")
#: a share of items that is the subject of what the paper finds about them, an analysis or
#: composition finding (R-kind-finding): "51% of disfluencies occur at the highest ... perplexity",
#: "Another 25% of major adequacy errors were perceived as almost comprehensible", "85% of
#: questions require reasoning beyond a single sentence", past where the items are: "89% of
#: conversations in a widely used dialogue corpus are either missing messages", "more than 70% of
#: reviews in the existing opinion summary data set are positive", "11.9% of patient records
#: contain an e-cigarette related term" (not a share of outputs judged right, which measures a
#: system: "55% of the sentences had good translations", "79% of sentences were correctly
#: aligned", "44.96% of instances ... can be answered correctly by GPT-4")
_SHARE_FOUND = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?"
    r"(?:(?!(?:our|generated|predicted|produced|output|outputs|its|their)\b)[\w-]+\s+){0,4}?"
    r"(?:errors|cases|sentences|words|tokens|questions|instances|utterances|documents|tweets|"
    r"papers|articles|disfluencies|omissions|examples|samples|users|participants|languages|"
    r"entities|relations|pairs|queries|posts|comments|messages|reviews|claims|texts|items|verbs|"
    r"nouns|terms|concepts|mentions|authors|researchers|people|adults|respondents|speakers|"
    r"students|patients|workers|developers|practitioners|dialogues|dialogs|conversations|files|"
    r"descriptions|records|events|recordings|medications)"
    r"(?:\s+(?:in|from|on|at|with|for)(?:\s+[^\s,;.()%\d]+){1,6}?)?"
    r"\s+(?:(?:also|still|actually|only)\s+)?"
    r"(?:are|were|is|was|contain|contains|include|involve|require|have|has|had|occur|bear|belong|"
    r"fall|come|appear|lack|remain|exhibit|can|could|cannot|do|did|does|use|rely|suffer|need|"
    r"show|consist|said|say|says|reported|miss|missed)\b"
    rf"(?!(?:\s+[\w-]+){{0,4}}?\s+{_JUDGED}\b)", re.IGNORECASE)
#: a share of a population of people or publications, a finding that measures no system
#: (R-kind-finding), whatever the clause then says of them: "only 29.84% of recent papers
#: involving human evaluation at top conferences release their evaluation guidelines", "only
#: about 56% of the papers in AA are cited ten or more times", "affecting about 1% of the people
#: older than 65", "80% of companies looking to employ similar researchers" (not a share a system
#: handles, with a word of doing or judging before or after it: "correctly detects abnormal
#: regions in 90% of patients", "93.8% of test papers written by Microsoft are identified")
_POPULATION_SHARE = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:papers|articles|publications|studies|authors|researchers|people|adults|children|"
    r"population|patients|companies|staffers|citizens|households|individuals)\b"
    r"(?P<rest>[^.;]{0,80})", re.IGNORECASE)
_JUDGED_WORD = re.compile(rf"\b{_JUDGED}\b", re.IGNORECASE)
#: a share of test items for which an outcome holds, how often the system gets it, which measures
#: that system (R-kind-yield), not a share of data it used: "For 80.79% of the test data, the
#: model ranks the ground-truth within the top two", "Our attack flips the API-predicted label in
#: 42% of the generated examples", "so that for 57.4% of the word tokens the highest ranked
#: analysis is the correct one", "synthesizes the correct programs for 35% samples" (not a
#: share said to be all that is needed: "annotations for only 10% of demonstrations"; nor "on":
#: "trained on 20% of the data")
_OUTCOME_IN = re.compile(r"\b(?:in|for)\s+(?:(?:about|around|approximately|roughly|nearly|almost|"
                         r"over|more\s+than|up\s+to|at\s+least)\s+)*$", re.IGNORECASE)
_OF_ITEMS = re.compile(r"\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?)?(?:data|tokens|examples|"
                       r"samples|instances|cases|sentences|queries|questions)\b", re.IGNORECASE)
#: a share of items named first by a word of quantity, its figure in parentheses, a finding
#: too (R-kind-finding): "a vast majority of omissions (about 70%) is hidden by
#: comprehensibility", "a substantial percent (up to 42%) of the preference pairs used in GLM
#: alignment are noisy", "only a fraction (around 20%) of the words that make up keyphrases", "a
#: large proportion of pauses without punctuation (61.3%)", "a significant amount (65%) of erroneous
#: and uninformative Open IE extractions can be filtered", "a small but significant subset of
#: manually labeled posts (5% in one of our experiments)" (not of outputs judged or of a
#: resource: "a large fraction (90%) of the weights can be pruned", "a high proportion of correct
#: answers (85%)"; nor the levels of a change: "by almost half (from 75.51%")
_SHARE_NAMED = re.compile(
    r"\ban?\s+(?:[\w-]+\s+){0,3}?(?:majority|minority|fraction|proportion|portion|percent|"
    r"percentage|share|amount|subset|part)(?:\s+of(?:\s+[^\s,;.()\d%]+){1,5}?)?\s*\(\s*(?:about\s+|around\s+|"
    r"approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|well\s+over\s+|up\s+to\s+|"
    r"more\s+than\s+|~|\u223c)?$", re.IGNORECASE)
#: ... its cheap test: how the words before the figure end
_PAREN_ENDS = ("(", "( ", "about ", "around ", "approximately ", "roughly ", "nearly ", "almost ",
               "over ", "to ", "than ", "~", "\u223c")
_NOT_FOUND = re.compile(rf"{_JUDGED}|{_RESOURCE}|weights", re.IGNORECASE)
#: a share of a population or of what a model was trained on, a finding too: "errors account
#: for 20% of all spelling mistakes", "training on 39% non-English data", "trained on
#: predominantly code (~60%)", or of what data contain (R-kind-finding): "these datasets indeed
#: contain 0.61% to 15.77% noise labels", "the training set which contains more than 89% of the
#: unique simple sentences", "The corpus contains approximately 38.6% of humorous tweets"; or of
#: what a problem affects: "this problem affects between 30 and 50% of the topics in models
#: trained on two real-world collections", "train-test overlap, which affects over 4% of the
#: validation set"
_EVAL_DATA_NOUN = (r"(?:data(?:sets?)?|corp(?:us|ora)|(?:training|test|dev|development|validation)"
                   r"\s+(?:sets?|splits?)|benchmarks?|treebanks?)")
#: ... and a part said to make up a share of a whole, a composition finding even where the whole
#: is a model's or a corpus's resource, which would otherwise make the share a ratio: "input
#: embedding and Softmax matrices ... account for more than 80% of the total model parameters",
#: "three common syntactic patterns account for over 98% of the SRL annotations", "are
#: responsible for over 90% of the model parameters", "inter-sentential relations constitute
#: 28.5% and 9.4% of the total number of relations" (not a model's fit: "accounting for 98% of
#: the variance")
_COMPOSES = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|responsible\s+for|constitut(?:e|es|ed|ing)|"
    r"(?:make|makes|making|made)\s+up)\s*(?:(?:about|around|approximately|roughly|nearly|almost|"
    r"over|only|just|more\s+than|less\s+than|up\s+to)\s*)*~?$", re.IGNORECASE)
_COMPOSES_CUES = (" for", "onstitut", " up")
_OF_VARIANCE = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+)?variance\b", re.IGNORECASE)
_FINDING_BEFORE = re.compile(
    r"(?:\baccount(?:s|ed)?\s+for|\baffect(?:s|ed|ing)?|"
    r"\b(?:pre-?)?train(?:ed|ing)\s+on(?:\s+(?:mostly|mainly|predominantly|primarily|largely)"
    r"\s+[\w-]+\s*\()?|"
    rf"\b{_EVAL_DATA_NOUN}(?:\s*,?\s*(?:which|that))?(?:\s+(?:indeed|also|only|still|actually))?\s+"
    r"(?:contain(?:s|ed|ing)?|includes?|included|compris(?:e|es|ed|ing)|ha(?:s|ve|d)|"
    r"consists?\s+of))\s*(?:(?:about|around|approximately|roughly|nearly|over|only|just|"
    r"more\s+than|less\s+than|up\s+to|between)\s*)*~?$", re.IGNORECASE)
#: two levels set side by side in parentheses, which a change before them does not make deltas:
#: "outperforms the state-of-the-art by a large margin (74.09% versus 70.52%)", "without
#: significant accuracy loss (89.06 vs 89.13 F-score)"
_PAIR_OPENS = re.compile(r"\(\s*$")
_PAIR_NEXT = re.compile(r"\s*(?:vs\.?|versus)\s*\d", re.IGNORECASE)
#: a figure alone in parentheses before a noun of change: "a significant (up to 100%) boost in
#: performance", "a 1.4x (40%) speedup", "18 BLEU (around 30%) improvement"
_PAREN_OPENS = re.compile(rf"\(\s*{_DELTA_GAP}$")
_PAREN_CHANGE = re.compile(rf"\s*\)\s*(?:(?:relative|absolute)\s+)?{_CHANGE_NOUN}\b", re.IGNORECASE)
#: a change named as the subject of the clause its figure completes, past what it is of, in or
#: over: "the relative improvement in the sentence-level semantic frame accuracy of our model is
#: 3.79% and 5.42%", "ReCLIP's relative improvement over supervised ReC models trained on real
#: images is 8%", "the corresponding R@10 improvements for zero-shot labels are 17.3% and 19%",
#: "The measurable improvements are only marginal (around 0.5%", "relative improvements over the
#: baseline between 9.3% and 18.6%" (not past a clause's end or its verb: "the improvement is
#: small when the error rate is 5%"; nor "a gap between 72% and 87%", two levels)
_SUBJECT_WORD = (r"\s+(?!(?:is|are|was|were|be|been|and|or|but|while|whereas|which|that|when|"
                 r"where|if|than)\b)[^\s.;:,()%\d]+")
_CHANGE_IS = re.compile(
    rf"{_CHANGE_NOUN}(?:(?:{_SUBJECT_WORD}){{0,14}}?\s+(?:is|are|was|were)"
    r"(?:\s+(?:only\s+)?[a-z]+\s*\(|\s+kept\s+(?:to|below|under|within))?|"
    rf"(?:{_SUBJECT_WORD}){{1,14}}?\s+between)\s*{_DELTA_GAP}$", re.IGNORECASE)
#: ... its cheap test: a verb or "between" in the words before a figure
_CHANGE_IS_CUES = (" is ", " are ", " was ", " were ", " between ")
#: a change said earlier in a unitless figure's clause, then a bound right before it: the figure,
#: named by its metric, is the change in points ("improves original translation of Transformer
#: (up to 25.31 BLEU)", "boosts zero-shot translation with an average of 8.3 BLEU", "outperforms
#: the baseline model by a 1.77 SARI score", "outperforms the sequence-to-sequence baseline by the
#: BLEU score of 6.3", "improves the translation accuracy in up to 2.3 BLEU"; not a level after
#: "of", "hardly improving over the random accuracy of about 0.5", nor one reached: "improves BLEU
#: to about 30", "and achieves up to 45 BLEU")
_CHANGED_BOUND = re.compile(
    r"\b(?:improv|outperform|surpass|boost|gain|beat|increas|reduc|decreas|lower|rais|advanc|"
    r"lift|enhanc)\w*(?:\s+(?!(?:to|from|and|while|which|that|with|achiev\w*|obtain\w*|reach\w*|"
    r"attain\w*|scor\w*)\b)[^\s.;,()]+)*?\s+(?:\(\s*)?(?<!\bof\s)(?:up\s+to|about|around|over|"
    r"more\s+than|nearly|almost|roughly|approximately|at\s+least|as\s+much\s+as|"
    r"(?:by|with)\s+an?\s+average\s+of|on\s+average|"
    r"by\s+(?:the|an?)\s+(?:[\w-]+\s+){1,3}?of|by\s+an?|"
    r"in\s+up\s+to)\s+$", re.IGNORECASE)


#: a share of a resource the system is said to need, "only" before the verb, a ratio as
#: ``_USED_SHARE``'s "requires only" (dev39 naacl2024:2024.naacl-long.409): "our approach only
#: requires 9.4% of its latency"
_ONLY_NEEDS = re.compile(r"\bonly\s+(?:requires?|uses?|needs?|consumes?|takes?)\s+"
                         rf"{ROUGHLY}$", re.IGNORECASE)


def _kind(text: str, start: int, end: int, unit: str, rule: re.Pattern,
          words_after: str) -> tuple[str, str]:
    """(kind, what decided it): score, delta ("by 3%", "+3", "3% higher"), ratio ("3x", "1/4
    of", "10% of the data") or other (a setting: "75% sparsity"), decided by the words
    "before" or "after" the number, or by its "unit"."""
    before = _MARKUP.sub("", text[max(0, start - 70):start])
    if unit == "fraction" and re.search(r"\bby\s*$", before):
        return "delta", "before"  # "reducing the size by 1/3"
    unit_end = _UNIT_START.match(text, end)
    after_at = unit_end.end() if unit_end else end
    after = _MARKUP.sub("", text[after_at:end + 60])
    if rule is _BY_DECIMAL:
        return "delta", "before"  # "improves the f-measure by > 0.12"
    if rule is _SIBLING_DECIMAL and _BY_BEFORE.search(before):
        return "delta", "before"  # "by 30% and .60, respectively"
    if rule is _MEMORY:  # a level, "uses less than 1GB GPU memory"
        return "score", "unit"
    if rule is _THROUGHPUT or rule is _LATENCY:
        # a speed, unless changed: "(1.57 examples/s on a single CPU)", "62 ms latency"
        return ("delta", "before") if _DELTA_BEFORE.search(before) else ("score", "unit")
    if unit in ("x", "fraction"):
        return "ratio", "unit"
    if rule is _METRIC_POINTS or unit == "points":
        return "delta", "unit"
    if _PAIR_OPENS.search(before) and _PAIR_NEXT.match(after):
        return "score", "pair"
    if _DELTA_BEFORE.search(before) or _PAREN_OPENS.search(before) and _PAREN_CHANGE.match(after) \
            or not unit and _CHANGED_BOUND.search(before):
        return "delta", "before"
    clause = text[max(0, start - 140):start]
    if any(cue in clause for cue in _CHANGE_IS_CUES) and _CHANGE_IS.search(clause):
        return "delta", "before"
    if _FINDING_AFTER.match(after) and not _SYSTEM_DID.search(before) \
            or unit == "%" and _SHARE_FOUND.match(text, after_at):
        return "other", "after"
    population = _POPULATION_SHARE.match(text, after_at) if unit == "%" else None
    if population and not _SYSTEM_DID.search(before) \
            and not _JUDGED_WORD.search(population.group("rest")):
        return "other", "after"
    if unit == "%" and before.endswith(_PAREN_ENDS) and _SHARE_NAMED.search(before) \
            and not _NOT_FOUND.search(before[-50:] + after.split(". ")[0]):
        return "other", "before"
    if unit == "%" and (_CORRECTLY_AFTER.match(after) or _CORRECT_IN.search(before)
                        or solved_share(before, after)
                        or ("orrectly" in before or "ccurately" in before)
                        and _CORRECTLY_VERB.search(before)
                        and not _CHANGE_AFTER_POINTS.match(after)):
        return "score", "after"
    if unit == "%" and any(cue in before for cue in _COMPOSES_CUES) \
            and _COMPOSES.search(before) and not _OF_VARIANCE.match(after):
        return "other", "before"
    if unit == "%" and ("in " in before[-30:] or "or " in before[-30:]) \
            and _OUTCOME_IN.search(before) and _OF_ITEMS.match(after):
        return "score", "outcome"
    if unit == "%" and _LEVEL_OF_ACCURACY.match(after) and not _KEPT_BEFORE.search(before):
        return "score", "after"
    if _SHARE_OF.match(after) or _SHARE_OF_LEVEL.match(after) \
            and not re.search(r"\bthe\s*$", before) or _SHARE_OF_CHANGE.match(after):
        return "ratio", "after"
    if _FINDING_BEFORE.search(before):
        return "other", "before"
    if _CHANGE_AFTER.match(words_after) or unit == "%" and _COMPARED_AFTER.match(after) \
            or "behind" in after and _BEHIND_AFTER.match(after) \
            or "way" in after and _AWAY_FROM.match(after):  # ("away", any case)
        return "delta", "after"
    if _SHARE_DIRECT.match(after):
        return "ratio", "after"
    if unit == "%" and (_USED_SHARE.search(before) or _REDUCED_TO.search(before)
                        or with_only_data(text, start, end)
                        or _ONLY_NEEDS.search(before) and re.match(r"\s*of\b", after)):
        return "ratio", "before"
    if unit == "%" and _KEPT_BEFORE.search(before) and _KEPT_LEVEL.match(text, after_at):
        return "ratio", "before"
    return "score", ""
