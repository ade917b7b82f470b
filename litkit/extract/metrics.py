"""What a reported number measures: the guidelines' closed list of metric types.

``metric_type("top-1 accuracy")`` is "accuracy", ``metric_type("reduction in compute")``
"cost", ``metric_type("BLEU points")`` "bleu"; words naming none of them give "other".
"""

from __future__ import annotations

import re

#: the closed list of the annotation guidelines ("Version 2 fields")
METRIC_TYPES = ("accuracy", "f1", "exact_match", "bleu", "rouge", "perplexity", "bits_per_char",
                "error_rate", "ap", "pass_at_k", "win_rate", "correlation", "speed", "cost",
                "other")
#: metric types whose smaller values are better (speed mixes latency and throughput)
LOWER_IS_BETTER = frozenset({"perplexity", "bits_per_char", "error_rate", "cost"})

#: annotators' agreement, a human figure typed as a correlation ("raw agreement",
#: "inter-annotator agreement", "cross-annotator agreement", "IAA", "agreement among the
#: annotators", "annotators agreed"; French "l'accord inter-annotateurs \u00e9tant de 62%", dev32
#: acl:2016.jeptalnrecital.jep.44, R-mt-foreignname)
ANNOTATOR_AGREEMENT = (r"(?:inter|intra|cross)-?(?:rater|annotator|coder)(?:\s+agreements?)?|"
                       r"accords?\s+inter-?annotateurs?|"
                       r"(?-i:IAA)|"
                       r"(?:raw|human|inner-?annotator)\s+agreements?|annotators?'?\s+agree\w*|"
                       r"agreements?\s+(?:among|between)\s+(?:the\s+)?(?:annotators|raters|coders)")

#: F1 as LaTeX or a PDF's text splits it: "$F_1$ scores", "F$_1$ scores", "F-1 score", "macro- F
#: 1 - score" (the score word the split "F 1" needs), F0.5 too: "53.14% F 0.5 score", "66.75% F
#: 0.5 on error correction"; a hyphen split off "score" is allowed after any F1 ("a f1- score of
#: 0.7565")
_F1_SPELLED = (r"F\$?_\{?(?:1|0\.5|\\beta)\}?\$?|F-1|F\s1(?=\s?-?\s?scores?\b)|"
               r"F\s0\.5(?![\d.])")

#: a model's errors named as what a change reduces, a rate though "rate" is not written: "error
#: reduction of 9.9%", "a 28% reduction in error", "reduces the tagging errors by 21.3%", "reducing
#: the error by 14%", "reduce the number of test errors by 45%" (not an error measured otherwise,
#: "16.1% of calibration error reduction", "reduces factual errors by 52%", "reduction in
#: prediction error")
_ERROR_MODIFIER = (r"(?:(?:relative|classification|tagging|parsing|recognition|segmentation|slot|"
                   r"test)\s+)?")
_ERROR_REDUCED = (r"(?<!calibration\s)(?<!factual\s)(?<!estimation\s)(?<!approximation\s)"
                  r"(?<!reconstruction\s)(?<!forecasting\s)(?<!squared\s)(?<!absolute\s)"
                  rf"{_ERROR_MODIFIER}error\s+reductions?|reductions?\s+in\s+(?:the\s+)?"
                  rf"{_ERROR_MODIFIER}errors?|reduc(?:e|es|ed|ing)\s+(?:the\s+)?"
                  rf"(?:number\s+of\s+)?{_ERROR_MODIFIER}errors?")
#: a system's errors in a share of the items, a rate of erring: "GPT-4, makes errors in 28% of
#: cases", "ChatGPT ... has such errors in 16% of its summaries" (not errors counted)
_ERRS_IN = (r"(?:makes?|made|making|commits?|committed|has|have|had)\s+(?:such\s+|[\w-]+\s+)?"
            r"(?:errors|mistakes)\s+(?:in|on)")

#: metrics written in capitals or a symbol that the lists' spellings miss: "a MAP of 45.7%", "39.4%
#: MAP" (mean average precision; not maximum a posteriori: "MAP inference", "MAP decoding"), and
#: grammatical error correction's M\u00b2 (an F0.5): "by more than 10% M\u00b2", "an M2 of 63.2"
#: ("F1-macro score" is F1's spelling too)
_MAP = (r"|(?-i:MAP)(?!\s+(?:inference|decoding|estimat\w*|adaptation|solution|assignment|"
        r"problem|configuration|labell?ing|rule|objective|quer(?:y|ies)|prediction|state|"
        r"hypothes[ie]s)\b)")
_GEC_F05 = r"|(?-i:M\u00b2|M\^\{?2\}?|M2(?=\s+(?:F0\.5|of\s+\d|scores?\b|points?\b)|$))"

#: the time or work it takes to build a system, a cost (R-mt-time): "reduces the annotation time
#: by 20.15 %", "35-45% less training time", "reduce the manual effort by 60%"
_EFFORT = (r"(?:training|annotation|labell?ing|manual|human|annotators?'?)\s+"
           r"(?:time|efforts?|workload)")

#: what running or training a system spends besides compute, a cost: "up to 91x reduction in the
#: communication overhead", "a reduction in required communication rounds by 10-100x", "reduces
#: overhead by 75%" (not a time's overhead, a speed: "less than 1.5x runtime overhead")
_OVERHEAD = r"(?<!time\s)(?<!latency\s)overheads?|communication"

#: what a throughput counts per second ("100 words/sec", "15 frames per second"; results reads
#: such a figure as a score of speed)
THROUGHPUT_ITEMS = ("words|tokens|sentences|frames|images|examples|samples|queries|documents|"
                    "pages|characters")
#: what a time is taken per ("170ms per image", "12 ms/sentence"; results reads such a figure
#: as a score of speed)
TIME_PER_ITEM = (r"(?:ms|milli-?seconds?|s|secs?|seconds?)\s*(?:/\s*|per\s+)(?:image|frame|query|"
                 r"sentence|token|sample|example|utterance|word|document|step|iteration)")

#: memory spent, not a system's memory part ("models with memory integration as human in 44.44%
#: of interactions", "outperforms ... memory networks by 9 times")
_MEMORY_SPENT = (r"memory(?!\s+(?:networks?|modules?|integration|banks?|mechanisms?|cells?|units?|"
                 r"components?|retrieval|layers?|slots?)\b)")

#: (type, words naming it), most specific first: "exact match accuracy" is exact_match (its
#: words take the accuracy after them, which would otherwise be the head noun named last),
#: "top-1 error" error_rate, "F1 accuracy" f1. Success and completion rates are "other", as
#: are errors counted rather than rated ("factual errors"). Annotators' agreement ("raw
#: agreement", "inter-annotator agreement") is a correlation; agreement with labels, accuracy.
_RULES = [
    # (its words take an accuracy after them, as exact match's: "achieve only a 8.7% pass@1
    # accuracy", colm2024:kGa4fMtP9l)
    ("pass_at_k", r"pass\s?@\s?(?:\d+|k)(?:\s+(?:accuracy|scores?|rates?))?"),
    # ("exact matching accuracy" too, Spider's measure: dev16 acl:D18-1193; hyphenated: "an
    # EM-score of 64.56% on the DROP dataset", acl:D19-1251)
    ("exact_match", r"(?:exact[\s-]match(?:ing)?|(?-i:EM))"
                    r"(?:[\s-]+(?:accuracy|scores?|rates?|ratios?))?"),
    ("bits_per_char", r"bits?(?:[\s-]per[\s-]|/)(?:char(?:acter)?|byte|dim)|(?-i:BPC|BPB|bpc|bpb)"),
    # (French too: "faire baisser de plus de 10% en moyenne la perplexit\u00e9")
    ("perplexity", r"perplexit(?:y|ies|[e\u00e9]s?)|(?-i:PPL)"),
    # MT's translation edit rate too, the share of words to edit: "97.64 TER score", "-0.47 TER"
    # (what errs written on with hyphens too: "a final general Word-Error-Rate of 29%",
    # "lowering the relative slot-error-rate by around 35%")
    ("error_rate", r"(?-i:[WCPST]ERs?|[AE]ER)|(?:top-[15]\s+|test\s+|classification\s+|"
                   r"(?:word|character|phoneme|phone|slot|sentence|label|frame)-)?"
                   r"error[\s-]rates?|top-?[15]\s+error|(?<!error\s)(?:test|training)\s+errors?|"
                   rf"misclassification|classification\s+errors?|{_ERROR_REDUCED}|{_ERRS_IN}|"
                   # French: "un taux d'erreur de 12,3%"
                   r"taux\s+d['\u2019]\s?erreurs?"),
    # the n-gram order may be written on, with or without a hyphen ("49.5 BLEU4", "BLEU-4
    # points", "ROUGE1 F1"), and a ROUGE's F1 is that ROUGE's ("ROUGE-L F1 of 38.2"); WMT's
    # casing too ("in terms of BLEU-cased score by +0.5"), and the scores hyphenated on ("to
    # reach BLEU4-scores of 62.24%, 56.93%", dev30 coling2022:2022.coling-1.395)
    ("bleu", r"(?:sacre)?BLEU(?:-?[1-4]|-(?:un)?cased)?(?:-scores?)?"),
    ("rouge", r"ROUGE(?:-?\w+)?(?:\s+F-?1(?:[\s-]?scores?)?)?"),
    # (its 1 also as a Unicode subscript: "state-of-the-art performance (F\u2081-score 96.08%)")
    ("f1", r"(?:(?:macro|micro|weighted)[\s-]?(?:averaged[\s-])?)?"
           r"(?:(?:F-?(?:1|\u2081|0\.5|2|\u03b2)|"
           rf"{_F1_SPELLED})(?:-(?:macro|micro))?(?:\s*\(\w+\))?"
           r"(?:\s?-?\s?(?:scores?|measures?|values?|mesures?|accurac(?:y|ies)))?|"
           # French "F-mesure" ("F1-mesure" above); the averaging on a bare F: "0.435 F-Macro"
           rf"F[\s-](?:scores?|measures?|values?|mesures?|macro|micro)|Fmesures?)|"
           # AMR parsing's Smatch, an F1 of matched triples ("a Smatch of 64%"), and
           # coreference's CoNLL score, the mean of the MUC, B3 and CEAF F1s ("a performance of
           # 28.8 CoNLL score")
           rf"(?-i:Dice)|Smatch|CoNLL\s+scores?{_GEC_F05}"),
    # the area under a curve named whole, not its curve's precision or recall ("a 27% increase
    # in area under the precision recall curve", "88.17% on macro average area under precision
    # recall curve"), also as "PR-AUC" or "ROC areas" ("ROC areas for predicting mortality ...
    # were 70.5%")
    ("ap", rf"(?-i:m?APs?(?:@[\d.:]+)?|AUC|AUC-ROC|AUROC|AUPRC?|ROC-AUC|PR-AUC){_MAP}|"
           r"(?-i:ROC)\s+areas?|average\s+precisions?|"
           r"area\s+under(?:\s+(?:the|an?))?(?:\s+(?:ROC|PR|precision|recall|receiver|operating|"
           r"characteristics?|[\w-]+-recall|precision-[\w-]+))*(?:\s+curves?)?"),
    # (a net win rate too, whose hyphen hides the start of "win": "a 90% quality net-win rate")
    # (and the share of judgments won or tied: "over 90% win-ties in utility and safety")
    ("win_rate", r"(?:net[\s-])?win[\s-]?rates?|wins?[\s-]?(?:(?:or|and|\+|/)[\s-]?)?ties?|wins?|"
                 r"preferred|preference\s+rates?"),
    # Pearson's, Spearman's and Kendall's coefficients by their initials ("0.935 PCC on
    # valence", "PLCC and SROCC" in image quality) or symbols ("Spearman's rho of 0.56", "r = .66")
    ("correlation", r"correlations?|Spearman|Pearson|Kendall|Krippendorff|kappa|\u03ba|"
                    r"(?-i:CCC|PCC|PLCC|SRCC|SROCC|KRCC)|\u03c1|"
                    r"rho(?=\s*(?:=|of\b))|(?<![;,])(?<![;,]\s)(?-i:r)(?=\s*=\s*(?:0?\.\d|$))|"
                    # Pearson's r given in words, or as a range: "r of 0.37", "with r varying
                    # between 0.64 and 0.80" (dev33 acl:W18-501)
                    r"(?<![;,])(?<![;,]\s)(?-i:r)(?=\s+(?:of|(?:varying|ranging)\s+(?:between|from))"
                    r"\s+(?:0?\.\d|$))|"
                    rf"{ANNOTATOR_AGREEMENT}|reliability"),
    # the rate of items classified or recognized correctly: "97% as classification rate", "a
    # recognition rate of 95.9%"; a parser's attachment scores, the share of words given their
    # right head (and label): "an LAS of 84.2", "89.6 UAS", "labelled attachment score" (not
    # "LAS F1", whose F1 is named after it; the CoNLL 2018 metrics MLAS, CLAS and BLEX are
    # "other" below)
    # (French "exactitude" too: "atteint lui 82 % d'exactitude", "une exactitude de 93,66%";
    # an accuracy among the top k answers, "acc@10" as "Accuracy@5": "pushes the acc@10 to 28%")
    # (and French "taux de bonne classification", the rate of right classifications: "le
    # classifieur ... pr\u00e9sente un taux de bonne classification de 87 %")
    # (misspelled with a doubled r too: "an increase in accurracy from 72.4% to 81.5%")
    ("accuracy", r"accur?ra(?:cy|cies|te)|exactitude|(?-i:Acc)|acc@(?:\d+|k)|top-?[15]|agreement|"
                 r"taux\s+de\s+bonnes?\s+(?:classifications?|reconnaissances?)|"
                 r"(?:correct\s+)?(?:classification|recognition|identification)\s+rates?|"
                 r"(?-i:[LU]AS)|(?:(?:un)?label(?:l)?ed\s+)?attachment\s+scores?"),
    ("speed", r"speed(?:s|ing|-?ups?)?|faster|slower|quicker|as\s+(?:fast|quickly)|latency|"
              r"throughput|(?-i:FPS|fps)|"
              r"frames\s+per\s+second|tokens?/s|inference\s+time|wall-?clock|run-?time|"
              # items processed per second: "100 words/sec", "177 words per second"
              rf"(?:{THROUGHPUT_ITEMS})\s*(?:/\s*s(?:ec(?:onds?)?)?|per\s+seconds?)|"
              # the time a system takes in use (R-mt-time): "save more than 90% of retrieval time"
              r"accelerat\w*|(?:decoding|generation|response|retrieval|query|processing|"
              r"execution|forwarding|search)\s+times?|delays?|"
              rf"{TIME_PER_ITEM}|"
              # a speech recognizer's real-time factor: "a real time factor (RTF) of 1.38812"
              r"real[\s-]time\s+factors?|(?-i:RTF)"),
    # metrics outside the list, MT's and generation's too: "2.3 RIBES points", "increases of 20%
    # and 17.5% in BERTScore and CodeBERTScore", "5.3 COMET", "gains 0.42 improvement of NLL";
    # image generation's Inception Score and FID, not the accuracy of the images' data set:
    # "the inception score of more than 5.0 with only 1,000 CIFAR10 images", "6.54 decrease in FID"
    ("other", r"precision|recall|METEOR|CIDEr|chrF\+*|SPICE|RIBES|AMFM|(?:Code)?BERTScore|BLEURT|"
              r"inception\s+scores?|(?-i:s?FID)|"
              r"X?COMET(?:-\w+)?|(?-i:NLL)|(?-i:MLAS|CLAS|BLEX)|morphology-aware\s+(?-i:LAS)|(?:negative\s+)?log-?likelihood|"
              r"(?:root[\s-])?mean[\s-]squared[\s-]error|mean\s+absolute\s+error|(?-i:MRR|n?DCG(?:@\d+)?|MAE|"
              r"RMSE|MSE|Elo|MOS|NMI|ELAS|P_?k)|hits?@\d+|recall@\d+|success\s+rates?|completion\s+rates?|"
              r"V-(?:scores?|measures?)|WindowDiff|purity|"
              # the share of inputs a system handles at all, no quality of its outputs: "this
              # method was able to achieve 97% of coverage, meaning that ... with a moderate
              # agreement" (dev41 coling2022:2022.coling-1.293), "greater than 60% coverage"
              r"coverage"),
    ("cost", rf"{_EFFORT}|{_OVERHEAD}|compute|computation\w*|FLOPs?|multiplications|"
             rf"{_MEMORY_SPENT}|costs?|energy|"
             r"(?-i:V?RAM)|(?:model\s+)?size|"
             r"smaller|compress\w*|storage|GPU[\s-]hours?|footprint|budget|cheaper|"
             # a model's or data's size compared: "a 246x larger model", "13 times larger
             # datasets" (not "graphs 50 times larger", "4.68 times larger certified radii")
             r"(?:larger|bigger)\s+(?:models?|networks?|LMs|datasets?|corpora)|"
             r"bits|parameters?|params|data|tokens|examples|samples|annotations?|labels|queries|"
             r"training\s+steps|poisoning\s+rates?|sparsity|layers|fewer|less|"
             # the tokens a system spends: "AdaptiVocab reduces token usage by over 25%"
             r"token\s+(?:usage|use|consumption)|"
             # a share of the training set or of the model's parts: "using only 50% of the available
             # training set", "pruning more than 90% of the weights", "cover only 2% of the
             # pixels" (not a corpus, often where a score is measured: "0.116 sur le corpus")
             r"training\s+set|weights|neurons|connections|channels|filters|pixels"),
]
#: the letters (in any case) the words of each type start with (tests/test_metrics.py
#: checks them against _RULES): each type's alternative tests them first, so that a word is
#: tried only against the types it can start (case-insensitive words are not skipped by their
#: first letter: each was entered in full, ~150 of them at every word)
_FIRST_LETTERS = {"pass_at_k": "p", "exact_match": "e", "bits_per_char": "b", "perplexity": "p",
                  "error_rate": "acefhlmprstw", "bleu": "bs", "rouge": "r", "f1": "cdfmsw",
                  "ap": "ampr",
                  "win_rate": "npw", "correlation": "achikprs\u03ba\u03c1", "accuracy": "aceilrtu",
                  "speed": "acdefgilmpqrstw", "other": "abcdefhilmnprstvwx",
                  "cost": "abcdefghlmnopqrstvw"}
#: (the word-start test is written once before the alternatives, not in each: in each, it was
#: tried fifteen times at every position of the text)
_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(
    rf"(?P<{name}>(?=[{_FIRST_LETTERS[name]}])(?:{words})(?![\w-]))" for name, words in _RULES)
    + ")", re.IGNORECASE)
#: the cost words a number's preceding words may name it by ("reduces memory by 40%",
#: "achieves compression ratios of 8x - 50x"); others, "data", "tokens", "parameters", describe
#: the set-up there
_STRONG_COST = re.compile(rf"{_EFFORT}|{_OVERHEAD}|compute|computation\w*|FLOPs?|"
                          rf"{_MEMORY_SPENT}|costs?|energy|"
                          r"storage|footprint|(?:model\s+)?size|sparsity|poisoning\s+rates?|"
                          r"compress\w*|token\s+(?:usage|use|consumption)",
                          re.IGNORECASE)


#: the cost words that may name the items of data rather than a resource a system spends
_DATA_ITEMS = re.compile(r"examples|samples|annotations?|labels", re.IGNORECASE)


def names_items_only(phrase: str) -> bool:
    """Whether the cost words ``phrase`` holds are all data items ("50% of the examples", "25%
    of the errors have the same labels"; ``_DATA_ITEMS``), none a resource ("parameters",
    "data", "compute")."""
    costs = [m.group() for m in _PATTERN.finditer(phrase) if m.lastgroup == "cost"]
    return bool(costs) and all(_DATA_ITEMS.fullmatch(c) for c in costs)


#: an error named right after a number is its rate ("achieving 2% error with our best
#: configuration", "9.5% character error", "a 20% relative error reduction"), unlike an error
#: named before one ("a mean squared error of 0.3") or a count of errors ("38% introduce
#: grammatical errors", "60% of the errors"); "make 26% fewer errors" is a rate's change too
_ERROR_AFTER = re.compile(
    r"\s*(?:(?:fewer|less)\s+)?(?:(?:relative|absolute|average|test|top-?[15]|character|word|"
    r"phone(?:me)?|classification|prediction|generali[sz]ation|tagging|parsing|labell?ing)\s+)?"
    r"errors?\b",
    re.IGNORECASE)

#: a preference named right after a number is the share of judgments that prefer the system, a
#: win rate: "achieving 100% preference in citation quality", "(31% increased to 37% preference)"
#: (not a preference named elsewhere in the clause: "direct preference optimization improves
#: accuracy by 5%")
_PREFERENCE_AFTER = re.compile(r"\s*preference\b", re.IGNORECASE)
#: a saving named right after a number is of what the system spends, a cost (R-mt-time): "up to
#: 98\\% resource savings with minimal accuracy loss", "about 65% space savings", "6\u00d7 storage
#: savings to achieve the similar accuracy" (not a quality named further on; a time of use
#: saved is a speed: "40% inference time savings")
_SAVINGS_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?savings?\b", re.IGNORECASE)

#: a share of items a system handles correctly is its accuracy: "56% of texts correctly
#: classified", "classe correctement 56% des textes", "accurately identifies the vocabulary
#: level of 89.9% of the words", "answers 44% of the questions correctly", "97% des phrases ont
#: \u00e9t\u00e9 correctement align\u00e9es"; the word right after the items (with a verb
#: between; not errors found, a recall: "92.20% of English errors are correctly detected") or
#: the number ("95.2% correct", "70% correct class assignments"), "correct" too: "80% of the
#: mappings were correct", "56.5% of letters correct" ...
_CORRECT = r"(?:correct(?:ly|ement)?|accurately)\b"
_CORRECT_AFTER = re.compile(
    rf"\s*(?:(?:of|des?|d['\u2019])\s*(?!(?:[\w-]+\s+){{0,3}}(?:errors|mistakes|erreurs)\b)"
    rf"(?:[\w-]+\s+){{0,5}}?(?:(?:are|were|is|was|being|can\s+be|"
    rf"could\s+be|sont|ont\s+\u00e9t\u00e9|est|a\s+\u00e9t\u00e9|peuvent\s+\u00eatre)\s+)?)?"
    rf"{_CORRECT}",
    re.IGNORECASE)
#: ... or before the number, the verb's adverb or the items' adjective, with what is handled
#: between ("Dependency links were correct in 95.9 %", "find the correct parse of 60.9% of
#: parseable sentences"; not a set-up or another measure: "can correctly answer questions with
#: only ~20% of the full passage",
#: "correctement g\u00e9n\u00e9r\u00e9s malgr\u00e9 une couverture de 67,58%"; nor "incorrectly")
_CORRECT_WORDS = r"(?:\s+(?!(?:with|using|from|despite|only|malgr\u00e9|avec|and|et)\b)[\w-]+)"
_CORRECT_BEFORE = re.compile(rf"(?<![\w-]){_CORRECT}{_CORRECT_WORDS}{{0,6}}\s*$", re.IGNORECASE)
#: ... farther before a share of occasions, what is done right being a longer clause: "is able to
#: correctly forecast what happens next given an English sentence over 80% of the time"
#: (acl2021:2021.acl-long.159), "correctly determines if the hand being tracked is open or closed
#: in 99.1 % of the frames" (nips1994:7d814dfd7d)
_CORRECT_FAR_BEFORE = re.compile(rf"(?<![\w-]){_CORRECT}{_CORRECT_WORDS}{{7,12}}\s*$",
                                 re.IGNORECASE)
_OCCASIONS_AFTER = re.compile(r"\s*of\s+(?:the\s+)?(?:time|cases|trials|frames|instances)\b",
                              re.IGNORECASE)
#: a share of problems a system solves is its accuracy (R-kind-yield): "solves 57% of the
#: real-world dataset", "solving 96.6% of the hardest Sudoku puzzles", "solve 36% of previously
#: unsolved problems" (not a change: "solves 17% more formulas")
_SOLVED_BEFORE = re.compile(r"(?<![\w-])solv(?:e|es|ed|ing)\s+(?:(?:about|around|over|nearly|"
                            r"almost|only|just|up\s+to|more\s+than|roughly)\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s*of\b", re.IGNORECASE)


def solved_share(before: str | None, after: str | None) -> bool:
    """Whether the words ``before`` and ``after`` a number say it is a share of problems
    solved (``_SOLVED_BEFORE``)."""
    return bool(before and after) and "solv" in before \
        and _SOLVED_BEFORE.search(before) is not None and _OF_AFTER.match(after) is not None


def _names_correct(phrase: str | None) -> bool:
    """Whether ``phrase`` may say "correctly" (a cheap test before _CORRECT's patterns)."""
    return bool(phrase) and ("orrect" in phrase or "ccurately" in phrase)


#: a bare agreement (not "agreement with" labels, references or judges) ...
_BARE_AGREEMENT = re.compile(r"agreements?(?!\s+with\b)", re.IGNORECASE)
#: ... is the annotators' (a correlation) where the words around its number name annotators or a
#: kappa: "Fleiss' Kappa agreement of 0.56", "The annotators achieved 81.2% agreement on temporal
#: relations", "the kappa value of 0.67 indicates a substantial agreement", "(Fleiss Kappa=0.62)
#: with an overall agreement of 81%"
_ANNOTATOR_WORDS = re.compile(r"(?<![\w-])(?:annotators?|raters?|coders?)(?![\w-])", re.IGNORECASE)
_ANNOTATORS = re.compile(rf"kappa|\u03ba|{_ANNOTATOR_WORDS.pattern}|{ANNOTATOR_AGREEMENT}",
                         re.IGNORECASE)
#: ... and so is a score typed by a bare agreement named near it (no words around its number
#: typed it) where its sentence names annotators, a chance-corrected coefficient or an annotation
#: (R-mt-agreementnamed): "a high agreement of .74 as measured by Fleiss' Kappa", "a promising
#: agreement of 0.82 (Krippendorff's \u03b1u)", "annotation with experts leads to an acceptable
#: agreement of k = .70", "is comparable to inter-expert agreement (0.788)"
_AGREEMENT_NAMED = re.compile(r"agreements?(?:\s+scores?)?", re.IGNORECASE)
_ANNOTATED = re.compile(r"krippendorff|fleiss|(?<![\w-])(?:annotat\w*|inter-?experts?)(?![\w-])",
                        re.IGNORECASE)
#: ... and so is a score named by a chance-corrected coefficient ("Cohen's kappa", "Fleiss' \u03ba",
#: "Krippendorff's alpha") where its sentence names annotators, an annotation or an agreement and
#: no system the coefficient could score (R-own-agreement): "After two rounds of annotation, a
#: Cohen's kappa score of 78.64 is obtained", "The resulting inter-annotator kappa agreements on
#: the three different levels of Span, Nuclearity, and Relation are 0.848, 0.766, and 0.653" (not
#: "Our baselines show promising results with ... kappa values at 0.86 and 0.71")
_COEFFICIENT_NAMED = re.compile(
    r"(?:(?:cohen|fleiss)\S*\s+)?(?:kappa|\u03ba)(?:[\s-]+(?:scores?|values?|statistics?))?|"
    r"krippendorff\S*\s+(?:alpha|\u03b1)(?:[\s-]+(?:scores?|values?))?", re.IGNORECASE)
_SCORED_SYSTEM = re.compile(
    r"(?<![\w-])(?:models?|systems?|classifiers?|taggers?|parsers?|baselines?|methods?|"
    r"approach(?:es)?|algorithms?|LLMs?|predict\w*)(?![\w-])", re.IGNORECASE)


def annotators_agreement(named: str | None, sentence: str) -> bool:
    """Whether a score whose nearest metric ``named`` is a bare agreement or a chance-corrected
    coefficient is the annotators' (a correlation, not an accuracy, and no system's): for an
    agreement, ``sentence`` says "agreement" with no "with" after it and names annotators, a
    kappa or alpha, or an annotation; for a coefficient, it names annotators, an annotation or
    an agreement, and no system."""
    if not named:
        return False
    if _COEFFICIENT_NAMED.fullmatch(named):
        return (_ANNOTATED.search(sentence) or _BARE_AGREEMENT.search(sentence)
                or _ANNOTATOR_WORDS.search(sentence)) is not None \
            and _SCORED_SYSTEM.search(sentence) is None
    return _AGREEMENT_NAMED.fullmatch(named) is not None \
        and _BARE_AGREEMENT.search(sentence) is not None \
        and (_ANNOTATORS.search(sentence) or _ANNOTATED.search(sentence)) is not None


#: the words between a number and a weaker cost word after it that still name its cost: two
#: words at most ("1% poisoned data", "50% fewer parameters"), or a share's "of" and words
#: without a preposition ("10% of the available training set", "20% of the original model's
#: trainable parameters"), after a change or a count ("a 96% reduction in number of trainable
#: parameters", "around 1/3 the number of parameters"); not past a preposition: "from 64% to 4%
#: in one data condition", "19 % of the tweets in the data", "a lexical coverage of 67% between
#: the Italian Comedy data"
_WORD_NOT_PREPOSITION = r"(?!(?:in|on|for|at|with|between|to|from|across|over)\b)[^\s]+\s+"
_NEAR = re.compile(rf"\s*(?:(?:reductions?|decreases?|increases?|savings?)\s+(?:in|of)\s+)?"
                   rf"(?:(?:the\s+)?number\s+of\s+)?(?:{_WORD_NOT_PREPOSITION}){{0,2}}"
                   rf"(?:of\s+(?:{_WORD_NOT_PREPOSITION}){{0,5}})?")


#: a weaker cost word in the words before a number is its cost where a change cuts it by the
#: number: "reduce the number of parameters by up to", "reduces trainable parameters by",
#: "reduced the number of parameters of AlexNet by a factor of", "reduce the number of
#: parameters up to", "annotations can be reduced by up to", "the number of queries is reduced
#: by" (not where it only describes the set-up: "trained on 10% of the data")
_BY = (r"\s+(?:by(?:\s+(?:up\s+to|over|about|nearly|almost|roughly|around|approximately|"
       r"more\s+than|an?\s+average\s+of|a\s+factor\s+of))?|up\s+to)\s*")
_CUTS = re.compile(r"(?i:reduc|cut|sav|decreas|lower|prun)\w*\s+(?:the\s+)?"
                   r"(?:(?:total\s+)?(?:number|amount)\s+of\s+)?(?:[\w-]+\s+){0,2}?$")
_CUT_BY = re.compile(rf"(?:\s+[\w-]+){{0,3}}?{_BY}")
_IS_CUT_BY = re.compile(r"\s+(?:(?:can|could)\s+be\s+|is\s+|are\s+|was\s+|were\s+)?"
                        rf"(?:reduced|cut|decreased|lowered|pruned){_BY}", re.IGNORECASE)


def _cut_by(phrase: str, word: re.Match) -> bool:
    """Whether the cost ``word`` of ``phrase``, the words before a number, is what a change
    cuts by the number (see ``_CUTS``)."""
    return _IS_CUT_BY.fullmatch(phrase, word.end()) is not None or (
        _CUT_BY.fullmatch(phrase, word.end()) is not None
        and _CUTS.search(phrase, 0, word.start()) is not None)


def _weak(word: re.Match, phrase: str, before: bool) -> bool:
    """Whether ``word`` names its type only near the number: a weak cost word (not one a change
    cuts by the number), or a coverage after it, which names the share of inputs handled only
    right after the number ("97% of coverage", "60% test coverage"; not "93% accuracy in
    predicting coverage")."""
    if word.lastgroup == "cost":
        return not _STRONG_COST.fullmatch(word.group()) and not (before and _cut_by(phrase, word))
    return not before and word.group().lower() == "coverage"


def _last(phrase: str, before: bool, around: str = "") -> str | None:
    """The type named last in ``phrase`` (closest to a number ``before`` it; the head noun of a
    phrase after it: "annotation speed-up" is speed, though not a weaker cost word far from the
    number or after another type: "29.50% Macro F-score in test data" is f1); a bare agreement
    is the annotators' where the words ``around`` the number name them."""
    found: list[re.Match] = []
    for m in _PATTERN.finditer(phrase):
        if _weak(m, phrase, before) \
                and (before or any(f.lastgroup != "cost" for f in found)
                     or not _NEAR.fullmatch(phrase, 0, m.start())):
            continue
        found.append(m)
    if not found:
        return None
    last = found[-1]
    if last.lastgroup == "accuracy" and _BARE_AGREEMENT.match(phrase, last.start()) \
            and _ANNOTATORS.search(around):
        return "correlation"
    return last.lastgroup


#: a speed of training is a cost (R-mt-time): "3x to 13x faster in training", "2.5 times faster
#: training", "speeds up BERT pre-training by 73.6%", "trained 1.2-2.2 times faster", "the model
#: converges 2-3 times faster" (a range's end too), "n-gram training is up to 15,000x quicker",
#: "converges to the same .001-accurate solution quality on average 25\u00d7 as quickly";
#: not of inference or decoding: "4x to 9x faster in inference", "4-5 times faster in the
#: training/inferencing phase"
_TRAINING = re.compile(r"(?<![\w-])(?:(?:pre-?)?train(?:ing|s|ed)?|converg\w*)(?![\w-])",
                       re.IGNORECASE)
_IN_USE = re.compile(r"inferenc|decod|test-?time|generat|latency|throughput", re.IGNORECASE)
_CONVERGES = re.compile(r"(?:converg\w*|training\s+(?:is|was))(?:\s+[^\s,;]+)*\s*$|"
                        # a verb or noun of training right before the number, but for hedges:
                        # "it trains up to 5 times faster", "consistently trained 3-5 times
                        # faster", "training 2-3x faster", "its training time is about 112x faster"
                        r"(?<![\w-])(?:(?:pre-?)?train(?:s|ed|ing)?(?:\s+(?:time|speed)\s+(?:is|was))?)"
                        r"(?:\s+(?:about|around|roughly|approximately|nearly|almost|over|up\s+to|"
                        r"more\s+than|consistently|only))*"
                        # ... and a range's start: "trained 1.2-2.2 times faster"
                        r"(?:\s+[\d.]+\s*(?:x|\u00d7|times)?\s*(?:-|\u2013|to))?\s*$",
                        re.IGNORECASE)


def _trains_faster(phrase: str, before: str | None) -> bool:
    """Whether a speed named in ``phrase``, the words after or ``before`` a number, is of
    training (see ``_TRAINING``)."""
    return (_TRAINING.search(phrase) is not None or before is not None
            and _CONVERGES.search(before) is not None) and _IN_USE.search(phrase) is None


#: a model or data set that is a number of times larger than a reference is a capacity gain, a
#: cost (R-res-capacity): "find concrete counterexamples for networks that are 10x larger than
#: the ones supported by existing analysis techniques", "train a deep network 100x larger than
#: previously reported", "train models that are 4 times larger on one GPU" ("10x larger
#: networks" is the cost words' own)
_LARGER_AFTER = re.compile(r"\s*(?:times\s+)?(?:larger|bigger)\b", re.IGNORECASE)
_SIZED_BEFORE = re.compile(r"(?<![\w-])(?:models?|networks?|LMs|datasets?|corpus|corpora)\s+"
                           r"(?:(?:that|which)\s+)?(?:(?:is|are|was|were)\s+)?"
                           r"(?:(?:up\s+to|about|over|more\s+than|nearly|roughly)\s+)?$",
                           re.IGNORECASE)


#: the share of a variable's variation a model explains is its R\u00b2, a squared correlation
#: (dev13 acl:2020.lrec.1.662): "could explain 80% variation in reputation scores", "explains
#: 76.0 % of the variation in literary ratings", "can explain over 80 percent of price variations"
_EXPLAINS_BEFORE = re.compile(r"(?<![\w-])explain(?:s|ed|ing)?\s+(?:(?:about|over|up\s+to|around|"
                              r"nearly|almost|more\s+than|only)\s+)?$", re.IGNORECASE)
_VARIATION_AFTER = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:variations?|variance)\b",
                              re.IGNORECASE)


def metric_type(after: str | None = None, before: str | None = None, named: str | None = None,
                default: str | None = None, fallback: str | None = "other") -> str | None:
    """The metric type of a number from the words written ``after`` it, the words of its
    clause ``before`` it, the ``default`` of its dataset ("accuracy" for MMLU) and the
    metric ``named`` nearest to it, in that order, except that a named error comes before the
    default (which says what is measured, not which side of it); ``fallback`` when none names
    one ("other" also for metrics outside the list: precision, METEOR)."""
    if after and _ERROR_AFTER.match(after):
        return "error_rate"
    if after and _PREFERENCE_AFTER.match(after):
        return "win_rate"
    saved = _SAVINGS_AFTER.match(after) if after else None
    if saved:
        return "speed" if _last(saved.group(), False) == "speed" else "cost"
    if _names_correct(after) and _CORRECT_AFTER.match(after) \
            or _names_correct(before) and (_CORRECT_BEFORE.search(before) or after is not None
                                           and _OCCASIONS_AFTER.match(after)
                                           and _CORRECT_FAR_BEFORE.search(before)) \
            or solved_share(before, after):
        return "accuracy"
    if after and before and _LARGER_AFTER.match(after) and _SIZED_BEFORE.search(before):
        return "cost"
    if before and after and "xplain" in before and _EXPLAINS_BEFORE.search(before) \
            and _VARIATION_AFTER.match(after):
        return "correlation"
    around = f"{before or ''} {after or ''}" if "agreement" in f"{after}{before}".lower() else ""
    for phrase, is_before in ((after, False), (before, True)):
        found = _last(phrase, is_before, around) if phrase else None
        if found == "speed" and _trains_faster(phrase, before):
            return "cost"
        if found:
            return found
    found = _PATTERN.search(named) if named else None
    if found and found.lastgroup == "error_rate":  # "classification error rate ... 16.55%"
        return "error_rate"  # on CIFAR-10, whose usual metric is accuracy
    if default in METRIC_TYPES:
        return default
    return found.lastgroup if found else fallback


#: a sentence that measures errors, not accuracy: "achieve a test error of 2.89%, close to the
#: 2.65% achieved by standard NAS", "reduces test error rates on MNIST to 0.57% ... and to 0.97%"
_ERRORS_NAMED = re.compile(r"\berror(?:s|\s+rates?)?\b", re.IGNORECASE)
_ACCURACY_NAMED = re.compile(r"accura|correct", re.IGNORECASE)


#: a figure on a set of unnamed text classification tasks, said right after it with no other
#: figure between ("a 13% relative improvement for GPT-family models across eleven different
#: established text classification tasks", "up to 2.6 percentage point in seven benchmark text
#: classification datasets") or in the phrase opening its sentence ("On four diverse text
#: classification tasks, we find that ... by up to 3.0%"): accuracy, those tasks' standard
#: metric, where no words name one (R-mt-textclass)
_TEXT_CLASSIFICATION = (r"\s+(?:on|across|in|over|for)\s+(?:[\w-]+\s+){0,4}?"
                        r"text[\s-]classification\s+(?:tasks?|benchmarks?|datasets?|data\s+sets?)\b")
_TEXT_CLASSIFICATION_AFTER = re.compile(rf"[^.;\d]{{0,100}}?{_TEXT_CLASSIFICATION}", re.IGNORECASE)
_TEXT_CLASSIFICATION_OPENING = re.compile(rf"{_TEXT_CLASSIFICATION}\s*,", re.IGNORECASE)


def on_text_classification(text: str, end: int, sent_start: int) -> bool:
    """Whether a figure ending at ``end``, in the sentence starting at ``sent_start``, is said to
    be on a set of unnamed text classification tasks (R-mt-textclass)."""
    return "lassification" in text[sent_start:end + 120] \
        and (_TEXT_CLASSIFICATION_AFTER.match(text, end) is not None
             or _TEXT_CLASSIFICATION_OPENING.match(f" {text[sent_start:end]}") is not None)


#: part-of-speech tagging, whose standard metric is accuracy (R-mt-implied): "Word-based POS
#: tagging yields better results than segment-based tagging (93.93% vs. 93.41%)", "UPOS tagging
#: (93.09%), XPOS tagging (82.27%)"; not where the sentence also scores parsing or errors
#: ("improvements in dependency parsing results ... without depending on a POS-tagger")
_POS_TAGGING = re.compile(
    r"(?<![\w-])(?:[UX]?POS|part[\s-]of[\s-]speech)[\s-]+tagg(?:ing|ers?)\b", re.IGNORECASE)
_NOT_TAGGING = re.compile(r"pars(?:e|es|ed|ing|ers?)\b|errors?\b", re.IGNORECASE)


def on_pos_tagging(sentence: str) -> bool:
    """Whether ``sentence`` scores part-of-speech tagging and no parsing or errors, so that a
    figure no words type there is a tagging accuracy (``_POS_TAGGING``; the sentence before
    is not read: it changed as many figures wrongly as rightly)."""
    return "agg" in sentence and _POS_TAGGING.search(sentence) is not None \
        and _NOT_TAGGING.search(sentence) is None


def usual_type(default: str | None, sentence: str) -> str | None:
    """The metric type ``default`` a dataset is usually scored by, for a number of ``sentence``
    that its words leave untyped: error rate for accuracy where the sentence names errors and no
    accuracy (CIFAR-10, MNIST and ImageNet results are errors as often as accuracies), and
    accuracy for an error rate where it names accuracy and no errors ("state-of-the-art accuracy
    on the MNIST digit recognition (99.4%) and TIMIT speech recognition tasks (75.22%)", dev30
    nips2017:9244)."""
    if default not in ("accuracy", "error_rate"):
        return default
    errors = _ERRORS_NAMED.search(sentence) is not None
    if errors != (_ACCURACY_NAMED.search(sentence) is not None):
        return "error_rate" if errors else "accuracy"
    return default


def is_metric(word: str) -> bool:
    """Whether ``word`` names a metric of the list ("macro-F1", "ROUGE-1", "WER")."""
    match = _PATTERN.fullmatch(word)
    return match is not None and match.lastgroup not in ("cost", "speed", "other")
