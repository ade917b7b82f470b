"""Figures the text gives for others, not the paper's own results: baselines, prior work,
other teams' or winners' scores, humans' figures (marked ``COMPARISON``)."""

from __future__ import annotations

import bisect
import re

from litkit.extract.patterns import Candidate
from litkit.extract.result_values import _LATEX

#: a word of what a baseline's figure measures or who scored it, between "baseline" and "of"
#: ("a baseline Amazon translation system of 21.30", "the official baseline BLEU score of
#: 10.79"; not "the baseline with an increase of 50%", "the baselines with accuracy of 98.0")
_NAMING_WORD = (r"(?!(?:by|with|an?|the|margin|in|on|for|and|to|from|over|improvements?|"
                r"increases?|gains?|reductions?)\b)[\w-]+")
#: words before a number that make it a baseline's or another system's figure ("vs. 90.2",
#: "vs. previous SOTA 32.11%", "than 65%", "baseline of 30%", "the previous state of the art
#: of 91.6%", "the best prior score of 38.7%")
_CONTEXT_BEFORE = re.compile(
    r"\b(?:(?:vs\.?|versus|compared\s+(?:to|with))(?:\\?\s+(?!by\b)[^\s,;:()]+){0,3}|"
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!no\s)"
    r"(?<!greater\s)(?<!rather\s)than|from\s+the\s+[\w-]+|"
    # the figure another system scored, itself the object of the comparison: "which
    # significantly exceeds the 22% accuracy of prior work", "well above the 65.5% achieved by
    # LASER", "significantly higher than the 20.52% achieved by the state of the art RNN
    # approach", "exceeded the mean score 0.6646 of all 15 submitting teams" (not "outperforms
    # the baseline by 10%", the paper's own change)
    r"(?:(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!no\s)(?<!greater\s)(?<!rather\s)than|above|below|"
    r"exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?)\s+the"
    r"(?:\s+(?:mean|average|best|previous|prior|reported|published|current))?"
    r"(?:\s+(?:scores?|results?|performance|accuracy))?|"
    rf"baselines?(?:(?:\s+{_NAMING_WORD}){{0,3}}\s+of|\s+(?:at|with))?|"
    # a chance level, the reference any system is set against: "hardly improving over the
    # random accuracy of about 0.5", "the chance level of 50%"
    r"(?:random|chance)(?:[\s-](?:guess(?:ing)?|level|class))?\s+(?:accuracy|performance|level|"
    r"score|rate)\s+(?:of|at|is|was)|"
    r"(?:(?:previous|prior|former)\s+(?:best|state[\s-]of[\s-]the[\s-]art|SOTA)|"
    r"best\s+(?:previous|prior|published|reported))(?:\s+(?:results?|"
    r"scores?|performance|accuracy|systems?|models?|methods?))?\s*(?:of|at|is|was)?|"
    # what a baseline or prior system scores, in a relative clause: "dramatically above the
    # current state of the art, which is at 19.7%", "outperforming the existing systems, that
    # deliver F1-scores of 0.696 and 0.724", "the majority-class baseline that achieves 0.49"
    # (not "the previous models, which is a 5% improvement")
    r"(?:state[\s-]of[\s-]the[\s-]art|SOTA|baselines?|(?:existing|previous|prior|competing)\s+"
    r"(?:[\w-]+\s+)?(?:systems?|methods?|models?|approaches|work))\s*,?\s+(?:which|that)\s+"
    r"(?:is|are|was|were|delivers?|achieves?|obtains?|reach(?:es)?|gets?|scores?|yields?|"
    r"attains?)\s+(?:(?!(?:an?|improvements?|gains?|increases?|reductions?|decreases?|"
    r"drops?)\b)[\w-]+\s+){0,3}?(?:of|at)?)"
    r"\s*(?:about\s+|only\s+|just\s+)?$",
    re.IGNORECASE,
)
_BASELINE_END = re.compile(r"baselines?\s*$", re.IGNORECASE)
#: ... or, with no "on" before the number, of the time: "generates similes better than two
#: literary experts 37% of the time", "human evaluators ranked translations from a multi-modal NMT
#: model as better than those of a text-only NMT over 88% of the time" (not "outperforms the
#: baseline by 4%, discovering 67% of implicit symptoms", "the better of two ranked lists up to
#: 82% of the time"), also through the list the number starts ("chosen over human-written ones
#: up to 30%, 24% and 12% of the time")
_OF_THE_TIME = re.compile(r"\s*\\?%?(?:\s*,?\s*(?:and\s+)?\d+(?:\.\d+)?\s?\\?%){0,4}"
                          r"\s*of\s+the\s+time\b", re.IGNORECASE)


#: the source of figures written only as a point of comparison ("vs 90.2", "than 65%"): a
#: baseline's, prior work's or another system's, so not among the paper's own results
COMPARISON = "results.comparison"
#: humans' figure, alone in a parenthesis right after them, after "at" their performance, told
#: by a relative clause on them or last in a "vs." parenthesis after them: a finding on the task,
#: a result whose own is false (guidelines), even as the object of a comparison (dev11
#: acl:2020.acl.main.130, dev21 acl:2020.emnlp.main.557, dev24 acl2021:2021.acl-short.136):
#: "significantly lag behind human performance (93.5%)", "a significant performance gap between
#: advanced models (72%) and humans (87%)", "obtains 56% accuracy, well below human performance,
#: which is 89%", "compared to the human-level accuracy (87%)", "compared to human performance
#: at 85.0%", "outperforms existing detectors (77.9%) and human recognition (53.3%)", "compared
#: to human performance (54.06% vs. 96.3% in accuracy)" (not its first figure, a model's); their
#: named measure's value written with "of" or "is" (r32audit7: acl:D19-1259, "compared to single
#: human performance of 78.0% accuracy", "while expert human performance is 96%")
HUMANS_FIGURE = re.compile(
    r"\bhumans?(?:[\s-]level)?(?P<noun>\s+(?:performance|accuracy|annotators?|experts?|"
    r"evaluators?|raters?|recognition|upper\s+bounds?|scores?))?"
    r"(?:(?P<paren>\s*\(\s*)|\s*\([^()]*?\s(?:vs\.?|versus)\s+|,\s*which\s+(?:is|was)\s+|"
    r"(?(noun)\s+(?:at|of|is|was)\s+|(?!)))(?:about\s+|around\s+|~\s*)?$", re.IGNORECASE)
_PAREN_CLOSES = re.compile(r"\s*\\?%?\s*\)")
#: ... or humans named right after their figure, by "for" or "of", alone or as people of a kind:
#: "an accuracy of 78% versus 94% for human legal experts", "32.7% success ... in unseen
#: buildings, vs. 70.4% for human Locators", "a 30.1% character error rate, compared to the 57.3%
#: of human epigraphists", "The average score is 1.454 (1.918 for human)" (not what humans did or
#: made: "97.8% of human performance", "73% of human submissions", "2.10 for human evaluation")
_HUMANS_AFTER = re.compile(
    r"\s*\\?%?\s+(?:for|of)\s+(?:the\s+)?humans?(?:\s+(?:[\w-]+\s+)?(?:experts|annotators|"
    r"subjects|participants|readers|raters|judges|evaluators|players|workers|translators|"
    r"listeners|speakers|[a-z]+ists|(?-i:[A-Z][a-z]+s)))?(?=\s*[).,;:]|\s+(?:and|on|in|at|while|"
    r"whereas|but)\b)", re.IGNORECASE)


def humans_figure(text: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the figure at ``start``..``end`` is humans' (``HUMANS_FIGURE``), a parenthesis
    opened right after them closing on it, or humans are named right after it
    (``_HUMANS_AFTER``)."""
    found = HUMANS_FIGURE.search(text, max(sent_start, start - 50), start)
    return found is not None and (not found.group("paren")
                                  or _PAREN_CLOSES.match(text, end) is not None) \
        or "uman" in text[end:end + 30] and _HUMANS_AFTER.match(text, end) is not None


def _humans_figures(found: list[Candidate], text: str, starts: list[int]) -> None:
    """Humans' figures set against the paper's (``HUMANS_FIGURE``) are results, not comparison
    figures; attribution gives them no model."""
    for cand in found:
        sent_start = starts[max(0, bisect.bisect_right(starts, cand.start) - 1)]
        if cand.source == COMPARISON and humans_figure(text, cand.start, cand.end, sent_start):
            cand.source = "results"
            cand.attrs["own"] = False


def _is_comparison(text: str, start: int, end: int) -> bool:
    """True for a figure written as a point of comparison: a baseline's, another system's."""
    before = text[max(0, start - 60):start]
    if _MATCHED_BEFORE.search(before) and _MATCHED_AFTER.match(text, end):
        return True
    if _in_outdone_parenthesis(text, start, end, _OTHERS_RESULT_END, 140) \
            or _in_outdone_parenthesis(text, start, end, _MATCHED_END, 160):
        return True
    if _winners_figure(text, start):
        return True
    if not any(cue in before for cue in _COMPARISON_CUES):
        return False
    before = _LATEX.sub("", before)  # "just \textbf{25.00\%}"
    if _WITH_CHANGE_BEFORE.search(before) and _CHANGE_NAMED_AFTER.match(text, end):
        return False  # the paper's own change over the baseline
    if _SET_AGAINST_AFTER.match(text, end):
        return False  # itself compared: the next of a list of the paper's own changes
    if _OF_THE_TIME.match(text, end):
        return False  # how often the subject wins over what it is compared with: "is preferred
        # ... over the Max-PMI baseline 60% of the time", "better than humans 34% of the time"
    if "than" in before and _BOUND_THAN.search(before) and not _OTHERS_FIGURE.match(text, end) \
            and not _CONDITION_BEFORE.search(before):
        return False  # a bound on the figure: "achieve a ... accuracy of lower than 72%"
    return bool(_CONTEXT_BEFORE.search(before)) or _in_baseline_parenthesis(text, start) \
        or _in_outdone_parenthesis(text, start, end)


def _winners_figure(text: str, start: int) -> bool:
    """True for the figure of a shared task's winner that a participant sets against its own rank
    or score in the same sentence, a reference point (R-res-baseline)."""
    winner = _WINNERS_FIGURE.search(text, max(0, start - 80), start)
    if winner is None or _WINNER_IS_OURS.search(text, max(0, winner.start() - 20), winner.start()):
        return False
    reach = max(0, winner.start() - 250)
    opening = max(text.rfind(". ", reach, winner.start()), text.rfind("? ", reach, winner.start()),
                  reach)
    return bool(_OWN_RANK.search(text, opening, winner.start()))


#: the winner's figure, after what it is and a verb, or "of" after "winning": "ending up ninth
#: (the best results being 89.38%)", "(the winning team had 82.2%)", "while the best system, with
#: manual input, reached 28%", "competitive with the winning score of 0.75" (not "the highest
#: chrF score of 0.648", "gave the best result with the prediction accuracy of 73.2%", the
#: paper's own)
_WINNERS_FIGURE = re.compile(
    r"\bthe\s+(?:(?:best|top|highest|first)(?:[\s-](?:ranked|ranking|placed|performing|"
    r"scoring))?\s+(?:[\w-]+\s+)?(?:results?|scores?|systems?|teams?|submissions?|entry|entries|"
    r"participants?)\b[^.;()\d]{0,30}?\s(?:being|was|were|had|has|reached|achieved|obtained|"
    r"scored)|winning\s+(?:results?|scores?|systems?|teams?|submissions?|entry|entries|"
    r"participants?)\s+(?:of|at|being|was|were|had|has|reached|achieved|obtained|scored))"
    r"\s+(?:about\s+|around\s+|only\s+)?$", re.IGNORECASE)
#: ... not the paper's own best, got or been: "achieving the highest score of 0.823", "ours was
#: the best system at 85%"
_WINNER_IS_OURS = re.compile(r"\b(?:(?:achiev|obtain|attain|reach|yield|scor)\w*|get|gets|got|"
                             r"is|was|are|were|be|been|being|as)\s+$", re.IGNORECASE)
#: the participant's own rank or score before it, in its sentence: "ending up ninth", "ranking
#: fourth", "We ranked 6th", "Our final score was 0.67" (not a shared task overview's: "The best
#: accuracy in subtask A was 0.675", "the highest ranked submission achieved 79.59")
_OWN_RANK = re.compile(
    r"\b(?:we|our)\b|\b(?:rank(?:ed|ing|s)?|placed|ending\s+up|ended\s+up|finish(?:ed|ing))\s+"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"best|top)\b", re.IGNORECASE)


#: a change the paper claims over the baseline it has just named, after "with" or "(": "can
#: greatly boost the baseline with 1% improvement in average", "better task completion rates
#: than a supervised semantic parsing baseline (40% relative improvement on average)" (not
#: "compared to 13% drop for the baselines", the baseline's own change)
_WITH_CHANGE_BEFORE = re.compile(r"(?:\bwith(?<!compared\swith)|\()\s*(?:about\s+|around\s+|"
                                 r"nearly\s+|over\s+|an?\s+|~|\u223c)?\s*$", re.IGNORECASE)
#: a figure set against something itself is no point of comparison, though a comparison comes
#: before it: the next of a list of the paper's own changes, "reducing the running time by 32%
#: compared to uncoded schemes and $23%$ compared to prior coded schemes" (LaTeX's "$" after it)
_SET_AGAINST_AFTER = re.compile(r"[$}]?\s*(?:compared\s+(?:to|with)|relative\s+to)\b",
                                re.IGNORECASE)


#: a comparative that bounds the figure after it, no comparison with another's: "reaching
#: accuracies higher than 70% with only 113 instances", "achieve a commonsense reasoning
#: accuracy of lower than 72%", "Recognition accuracies are better than 98%", "with an error
#: lower than 7%", a change's too: "outperforms previous methods by margins larger than 2.8%" (not
#: "which is higher than 66.7% of the best previous accuracy")
_BOUND_THAN = re.compile(
    r"\b(?:higher|lower|better|larger|bigger|wider)\s+than\s*(?:about\s+|only\s+|just\s+)?$",
    re.IGNORECASE)
#: ... not a threshold that sets a condition: "when fuzzy matches are higher than 50%", "for a
#: similarity score higher than 0.7 all sentence pairs ... were fully parallel"
_CONDITION_BEFORE = re.compile(r"\b(?:when|if|whenever|for\s+an?)\s[^,;.]*$", re.IGNORECASE)
_OTHERS_FIGURE = re.compile(
    r"\s*\\?%?\s*(?:[\w-]+\s+){0,2}?(?:of|by|for|from)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:best|previous|prior|baselines?|state|existing|other|competing|original|human|SOTA)\b|"
    r"\s*\\?%?\s*(?:achieved|obtained|reported|reached)\b", re.IGNORECASE)
#: another system's figure that the paper's own comes close to or matches, named after it
#: (R-res-baseline): "coming close to the 29.7 BLEU achieved by the very competitive dynamic
#: convolution", "on par with the 2.65% test error of NASNet", "comparable to the 69.6 exact
#: match of the autoregressive RAT-SQL+GraPPa", "approaching the 88.6% performance of an oracle
#: assistant" (not the paper's own level, "with an accuracy close to 70%")
_MATCHED_BEFORE = re.compile(r"\b(?:close\s+to|comparable\s+(?:to|with)|on\s+par\s+with|"
                             r"approach(?:es|ed|ing)?|similar\s+to|competitive\s+with|"
                             r"match(?:es|ed|ing)?|rival(?:s|ing)?)\s+the\s+$", re.IGNORECASE)
_MATCHED_AFTER = re.compile(
    r"\s*\\?%?\s*(?:[\w-]+\s+){0,3}?(?:(?:achieved|obtained|reported|reached|attained)\s+by\b|"
    r"of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])|of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:oracles?|humans?|baselines?|teachers?|models?|systems?|methods?)\b)", re.IGNORECASE)
#: words one of which a comparison figure's preceding words hold (a quick test first)
_COMPARISON_CUES = ("vs", "ersus", "ompared", "than", "from the", "aseline",
                    "revious", "rior", "ormer", "utperform", "urpass", "xceed", "beat",
                    "of the art", "SOTA", "xisting", "bove", "elow", "andom", "hance")


def _in_baseline_parenthesis(text: str, start: int) -> bool:
    """True inside "(...)" written right after the word baseline: "baseline (Acc=30.3%)"."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    return bool(_BASELINE_END.search(text, max(0, opening - 20), opening))


def _in_outdone_parenthesis(text: str, start: int, end: int, outdone: re.Pattern[str] | None = None,
                            reach: int = 80) -> bool:
    """True for a figure alone in "(...)" right after what the paper's system outdoes (R-res-
    baseline): "significantly outperforming linguistic features alone (66%)"; `outdone` and
    `reach` give the words that name it and how far back they may start."""
    opening = text.rfind("(", max(0, start - 12), start)
    return opening >= 0 and bool(_FIGURE_OPENS.fullmatch(text, opening + 1, start)
                                 and _FIGURE_CLOSES.match(text, end)
                                 and (outdone or _OUTDONE_END).search(
                                     text, max(0, opening - reach), opening))


#: a parenthesis that holds a figure alone, with at most its metric's name or what the other
#: system has more of: "(66%)", "(AUC 0.774)", "(17.4% WER)", "including XLM-R Large ( 3.4x
#: larger size)" (not "(+0.8 F1 on QuAC and +2.1 F1 on CoQA)", "(10-point lower perplexity)",
#: "(2.1 points higher)", "(by ~16 % points)", the paper's own changes)
_FIGURE_OPENS = re.compile(r"\s*(?:[A-Za-z][\w-]*\s*[=:]\s*|[A-Z][\w-]*\s+)?")
_FIGURE_CLOSES = re.compile(
    r"(?:\s*(?!(?:points?|pp|higher|better|faster|lower|fewer|less|smaller|cheaper|relative|"
    r"absolute|improvements?|gains?)\b)[A-Za-z][\w@-]*){0,2}\s*\)", re.IGNORECASE)
#: what the paper's system outperforms, before the parenthesis of its figure: "It outperforms
#: existing detectors (77.9%) and human recognition (53.3%)", "is significantly better than the
#: second best score (57.59%)", "significantly higher than GPT-4 (2.92%)", "compared to the
#: human-level accuracy (87%)" (a phrase of up to six words, with no preposition or verb: not
#: "outperforms the baselines on SQuAD (88.5% F1)", "outperforms X and achieves an accuracy ("),
#: the "such as" of examples included: "outperforming baselines such as E5-Mistral-7B-Instruct
#: (15.0%) and BM25 (9.8%)", "It substantially outperforms shallow models such as SVMs (11.6%)"
_OUTDONE_END = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|"
    r"(?:better|higher|greater|lower|worse)\s+than|compared\s+(?:to|with))"
    r"(?:\s+(?!(?:on|in|for|across|at|by|with|under|over|from|to|when|while|and|or|"
    r"as|is|are|was|were|which|that|achiev\w*|reach\w*|obtain\w*|yield\w*)\b)"
    r"[^\s;:,()]*[^\s;:,().]|\s+such\s+as|\s*\([^()]*\)\s*(?:,(?:\s*and)?|\s+and)){1,6}\s*$",
    re.IGNORECASE)

#: another's result named by what it is before the parenthesis of its figure, when the clause
#: can run longer than _OUTDONE_END's six words (R-res-baseline): "is significantly lower than
#: that achieved by the best of these systems (15.1%)", "over a baseline that does not use the
#: lexicon (82.81%)", "exceeding the results of our previous study in which we used the CSJ
#: acoustic model adapted for elderly speech (17.4% WER)"
_OTHERS_RESULT_END = re.compile(
    r"\b(?:than|over|exceed(?:s|ed|ing)?)\s+(?:that|those|the\s+(?:results?|scores?|performance)|"
    r"an?\s+baseline|the\s+baseline)\s+(?:of|achieved|obtained|reported|that|which|in\s+which)\b"
    r"[^().;:]{0,110}$", re.IGNORECASE)
#: what the paper's figure is matched with, before the parenthesis of its own figure: a
#: reference point (R-res-baseline), "which is comparable to the first place (92.23%F1)", "very
#: close to the average F1-score (18.80%)", "competitive with a large-vocabulary bag-of-words
#: genre classifier (80%F1)", "achieves comparable results (5.39% top1 error) using only 15 layers
#: and fewer parameters to ResNet-164 (5.46%)" (not an agreement, a finding: "is comparable to
#: inter-expert agreement (0.788)"; humans' figures are _humans_figures')
_MATCHED_END = re.compile(
    r"\b(?:comparable|close|similar|on\s+par|competitive|equivalent)\b(?:[^.;:,]|\.\d){0,100}?"
    r"\s(?:to|with)(?:\s+(?!(?:on|in|for|across|at|by|with|under|over|from|to|when|while|and|or|"
    r"as|is|are|was|were|which|that)\b)(?![\w-]*agreement\b)[A-Za-z][^\s;:,()]*[^\s;:,().]){1,6}"
    r"\s*$",
    re.IGNORECASE)
#: a noun naming a change: "gains", "a 10% margin", "a relative lift of 20%", "a leap of about
#: 30%", "accuracy loss of 0.03%", "a decline of ~10%", "inference speedups of 20%", "a
#: performance downgrade of 1%-5%", "8% speed degeneration", a gap between groups ("confidence
#: disparities as high as 40%", R-kind-gap), "47% of performance promotions", an overhead over
#: the baseline ("adds only 30% computational overhead", dev24 R-kind-overhead), "an increment of
#: more than 4% compared to the current state-of-the-art results" (not "jump": "from 14.0% to
#: 98.8% in Jump task"); a speed-up also written apart ("up to 49% speed up on MNIST")
_CHANGE_NOUN = (r"(?:improvements?|gains?|increases?|increments?|decreases?|reductions?|drops?|"
                r"boosts?|margins?|differences?|gaps?|degradations?|savings?|speed[\s-]?ups?|lifts?|"
                r"uplifts?|leaps?|enhancements?|loss(?:es)?|declines?|downgrades?|"
                r"degenerations?|deteriorations?|disparit(?:y|ies)|promotions?|overheads?)")
#: ... named right after a figure: "1% improvement", "40% relative improvement", "29% error
#: reduction", "6% improvements"
_CHANGE_NAMED_AFTER = re.compile(rf"\s*(?:\\?%|points?)?\s*(?:[\w-]+\s+){{0,2}}?{_CHANGE_NOUN}\b",
                                 re.IGNORECASE)
