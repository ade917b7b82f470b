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
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from litkit.extract.extensions import SPANS_KEY, set_span_values, span_value
from litkit.extract.identity import normalize
from litkit.extract.metrics import ANNOTATOR_AGREEMENT, annotators_agreement, is_metric
from litkit.extract.names import (
    _INTRODUCING,
    _TASK_PHRASE,
    DATA_NOUNS,
    FAMILY_SEP,
    GENERIC_WORDS,
    GLUED_SIZE,
    INPUT_AFTER,
    INTRODUCING_VERBS,
    NAMING_WORDS,
    TASK_NOUNS,
    _attached,
    _is_language,
    is_name_shaped,
    singular,
    whole_words,
    without_italics,
)
from litkit.extract.patterns import SEP, Covered, items
from litkit.extract.quantities import COUNT_QUALIFIER, PARAMS_NOUN
from litkit.extract.results import COMPARISON, humans_figure, sentence_spans
from litkit.extract.spans import BatchedComponent, doc_text

#: a word that may name a system: "CALM", "CLaP", "Arctic-SnowCoder", "GPT-4o"
_NAME_WORD = r"[A-Za-z\u03bc][\w.+'-]*[\w+]"
#: a word shaped like a name at a glance (a capital or digit after its first letter): only
#: these are checked with ``is_name_shaped``
_NAME_LIKE = re.compile(r"(?<![\w.+'-])[A-Za-z\u03bc][\w.+'-]*?[A-Z0-9][\w.+'-]*")
#: verbs with which a paper introduces its own system: the verbs it puts forward its
#: contribution with, and those it trains, releases or names it with
_INTRODUCE = rf"(?:{INTRODUCING_VERBS}|train|release|open-source|call|dub|term)[sd]?"
#: "describes" right before a name an apposition describes: "This paper describes SalamNET, an
#: Arabic offensive language detection system" (not "describes MITRE\u2019s participation")
_DESCRIBES = r"describe[sd]?(?=\s+[A-Z][\w.+-]*[\w+]\s*,\s*(?:an?|the)\s)"
#: the nouns the paper calls its own system by: "our approach", "The model we used"
_SYSTEM_NOUN = (r"(?:model|method|approach|system|framework|architecture|algorithm|technique|agent|"
                r"network|classifier|solution|pipeline|tool|LLM)s?")
#: "we propose X", "and propose MultiFED, a", "we devise the two-stage DSS-DST", "we propose a
#: task-aware instruction network, namely TIN-SLT, for", "our approach, called X" (the naming word
#: taken with "our approach"), "we refer to the model after CPT as X", "Our approach, which we refer
#: to as LOVE", "Our model, referred to as NegBERT,", "Our system: ConSSED is", "The model we used,
#: C-BiGRU, is", "The system we have developed, TNA-Search, enables", "This paper describes BomJi, a
#: supervised system", "introduce a novel Attention variant, the Denoising Attention, to" (tried
#: first: the verb's cue would take "Attention"), past up to six words of its noun phrase ("We
#: propose a novel transfer learning based strategy, HTrans, where")
#: (the leading \b, then the letters the cues start with, lets the regex engine skip other positions
#: at once; "\b(?<!-)" before a letter is "(?<![\w-])", and a \b is cheaper to try than a
#: lookaround)
_INTRODUCED = re.compile(
    rf"\b(?=[pidbctrnoOeT])(?<!-)(?:(?:{INTRODUCING_VERBS})s?\s+(?:an?|our)\s+(?:[\w-]+\s+){{0,5}}?"
    rf"[\w-]+\s*,\s*the(?=\s+[A-Z])|(?P<verb>{_INTRODUCE}|{_DESCRIBES})"
    rf"(?:\s+(?:a|an|the|it|this|them|our|"
    rf"(?!(?:for|of|on|in|to|with|from|by|and|or|that|which|as|at|is|are|{NAMING_WORDS})\b)"
    rf"[a-z][a-z-]*)\b){{0,6}},?(?:\s+namely\b)?(?!\s+(?:{NAMING_WORDS})\b)|(?:{NAMING_WORDS})|"
    rf"refer(?:s|red)?\s+to\s+"
    rf"(?:[^.;]{{0,40}}?\s+)?as|[Oo]ur\s+(?:[\w-]+\s+){{0,4}}?{_SYSTEM_NOUN}\s*[,:]?"
    rf"(?:\s*(?:{NAMING_WORDS})\b)?|"
    rf"[Tt]he\s+(?:[\w-]+\s+)?{_SYSTEM_NOUN}\s+(?:that\s+|which\s+)?we\s+"
    rf"(?:have\s+)?(?:used|developed|built|designed|submitted|proposed?|present(?:ed)?)\s*,)"
    rf"\s*\(?(?<![\w-])(?P<name>{_NAME_WORD})"
)
_WE_BEFORE = re.compile(r"\b[Ww]e\s+(?:\w+\s+)?$")
#: the paper's system named before "system" or another system noun: "our TTI-COIN system", "our
#: CodeRank approach", "our e-WER model", "The HSemID system, submitted to ..." (see
#: ``own_systems``), "the submission of the NiuTrans neural machine translation system for the
#: WMT 2018", "the participation of DBMS-KU Interpolation system in WMT19 shared task", or in a
#: parenthesis after "system": "our system (DT Team)", "our system (Fermi)"
_SUBMITTED_SYSTEM = re.compile(
    rf"\b(?:[Oo]ur\s+(?P<our>{_NAME_WORD})\s+(?:system|model|method|approach|framework|network|"
    rf"architecture|algorithm)\b(?!s)|[Tt]he\s+(?P<the>{_NAME_WORD})\s+system"
    r"\s*,?\s+(?:which\s+(?:was|is)\s+)?(?:submitted|participat\w*|developed|built|designed)\b|"
    rf"(?:submission|participation)\s+of\s+(?:the\s+)?(?P<of>(?-i:[A-Z])[\w.+'-]*[\w+]"
    r"(?:\s[A-Z][\w-]*)?)\s+(?:[a-z][\w-]*\s+){0,4}?system\b|"
    rf"[Oo]ur\s+(?:[\w-]+\s+)?system\s*\((?P<paren>{_NAME_WORD}(?:\s[A-Z][\w-]*)?)\))")
#: a lowercase phrase the paper names its system with (R-model-named): "a technique we call
#: 'gradual fine-tuning'", "a general fine-tuning method that we call information gain
#: filtration for improving", "framework, which is called 'recursive semi-Markov model'" (not
#: a phrase an acronym follows, "called adaptive multi-pass decoder (AMP)", nor "named
#: entities", "method called feedback-alignment shows that")
_CALLED_PHRASE = re.compile(
    r"\b(?:method|technique|approach|model|framework|algorithm|system|architecture|network|"
    r"procedure|strategy)s?,?\s+(?:(?:that|which)\s+)?(?:we\s+(?:call|term|dub|name)|(?:is|are)\s+"
    r"(?:called|named|termed|dubbed)|called|named|termed|dubbed)\s+[\"\u201c\u2018']?"
    r"(?P<name>(?!(?:an?|the|as|it|entit\w*)\b)[a-z][\w-]*(?:\s+(?!(?:shows?|aims?|uses?|learns?|"
    r"achieves?|outperforms?|improves?|allows?|enables?|makes?|performs?|is|are|can)\b)[a-z][\w-]*)"
    r"{0,4}?)(?:[\"\u201d\u2019']|(?=\s*[,.;:]|\s+(?:for|of|to|in|on|that|which|with|by|from|where|"
    r"and)\b))(?![^,.;:()\n]{0,60}\()")
#: an apposition describing a name just introduced: "We propose Conpono, an inter-sentence
#: objective": a capitalized word so introduced is a coined name even when not shaped like one
_DESCRIBED = re.compile(r"\s*,\s*(?:an?|the)\s")
#: two to four capitalized words that end a name's phrase: "Paragraph Ranker which",
#: "Working Memory Network, a" (each after the first with a lowercase second letter: not
#: "Social IQa"; not before an acronym: that goes by the acronym), or written in capitals
#: throughout: "We introduce MODEL SELECTOR, a framework"
_CAP_PHRASE = re.compile(r"(?:[A-Z][a-z]+(?: [A-Z][a-z][\w-]*){1,3}|"
                         r"[A-Z]{2,}(?: [A-Z][A-Z-]+){1,3}(?![\w-]))"
                         r"(?=\s*[,;:.]|\s+(?:which|that|to|for|as|is|with|where|in|on|and)\b)")
#: "... Language Model (CALM)", "... Regularization (PDR) method": an acronym the paper defines
#: (not a task's: "... Result Prediction (CTRP)")
#: (not a parenthesis inside a word: "The Seemingly (Un)systematic", "(Dis)-Similarity")
_ACRONYM = re.compile(r"\((?P<name>[A-Z\u03bc][\w.+-]*[A-Za-z][\w.+-]*)\)(?![^\W\d_]|-[A-Z])")
#: the phrase spelled out before an acronym, governed by a preposition: what the system works
#: on or with, not the system ("to improve the efficiency for Grammatical Error Correction
#: (GEC)", "on Universal Dependencies (UD)", "an approach based on distributionally robust
#: optimization (DRO)", "leverages the adversarial domain adaptation (ADA) framework"); the
#: phrase is the words after the preposition (not "Question-based Interface to Ontologies
#: (QuestIO)": see ``_governed``), or the object of a task's verb: what the system finds
#: ("a novel neural method to extract drug-drug interactions (DDIs) from texts")
_GOVERNED = re.compile(
    r"\b(?i:for|on|in|with|from|by|into|via|using|utiliz\w*|leverag\w*|extract|detect|"
    r"identify|classify|recogni[sz]e|predict)\s+(?:the\s+)?"
    rf"(?P<phrase>(?:(?!(?i:a|an|the|our|its|this|these|novel|new|we|which|that|is|are|call|"
    rf"{NAMING_WORDS}|{_INTRODUCE})\b)[\w'\u2019-]+\s+){{1,6}})$")
_NAMED_BEFORE = re.compile(rf"\b(?:{NAMING_WORDS}|call)\b")
#: a naming word right before a capitalized word, which it makes a coined name even when not
#: shaped like one: "a novel architecture named Mac", "a model dubbed Sage"
_NAMED_RIGHT_BEFORE = re.compile(rf"\b(?:{NAMING_WORDS})\s+[\"\u201c\u2018']?$")
#: what follows a name's first word when the name goes on: another capitalized word, a formula
#: or a dash ("called Sample Shielding", "named Zeta $l$-links", "called Best\u2013Worst Scaling")
_PHRASE_GOES_ON = re.compile(r"[\u2013\u2014]|\s+[A-Z$]")
#: a relative clause saying the named method is built on something, whose values are then the
#: base model's (R-model-base): "a ... method called Embedding-repeat, which initializes larger
#: position embeddings based on BERT-Base"
_BASED_CLAUSE = re.compile(r"\s*,\s*(?:which|that)\s[^.;]{0,80}?\b(?:based|built)\s+on\b")
#: a training method before the naming word: its name's values are those of the network it
#: trains (R-model-base's null clause): "a novel training method, called Multibatch, ... Using the
#: Multibatch method we train a deep convolutional neural network that achieves ... 98.2%"
_TRAINING_METHOD = re.compile(
    r"\btraining\s+(?:methods?|procedures?|schemes?|techniques?|strateg(?:y|ies)|algorithms?)"
    r"\s*,?\s*$")
#: an apposition introducing what an acronym names: "(DRMM), a new generative ... model"
_NEW_APPOSED = re.compile(r"\s*,\s*(?:an?|the)\s+(?:new|novel|first)\b")
#: a head noun after an acronym saying it names data, a scheme or a task, not a system: "the
#: Spoken Conversation Universal Dependencies (SCUD) annotation scheme", also after a citation
#: ("the Universal Dependencies (UD) (Nivre et al., 2016) guidelines"), or a metric: "Our model
#: has achieved ... rank-based intuitive bilingual evaluation score (RIBES) score of 57.76"
#: a head noun naming data: "dataset", "corpus", "treebank", "benchmark", "lexicon"
_DATA_HEAD = rf"(?:{DATA_NOUNS}|lexicons?)\b"
#: a task or data noun: "task", "shared task", "corpus", "benchmark"
_TASK_OR_DATA = rf"(?:shared\s+)?tasks?|{_DATA_HEAD}"
_NOT_SYSTEM_AFTER = re.compile(
    r"(?:\s*\([^()]{0,60}\b(?:19|20)\d\d\))?\s+(?:annotation\s+)?(?:schemes?|schemas?|"
    rf"guidelines|metrics?|scores?|taxonom(?:y|ies)|ontolog(?:y|ies)|{_TASK_OR_DATA})")
#: a name put forward as data or a task in apposition to an indefinite data or task noun, also
#: through the phrase its acronym spells out: "we build a new dataset Golden-Chnsenticorp",
#: "we first propose a novel task—Continuously-updated QA (CuQA)", "we propose a backward
#: reasoning dataset, BackMATH-Data" (not "On the WSJ dataset, Align-Refine matches": no
#: article of its own; nor a later clause, "a new task, and we propose X", nor a name the data
#: noun is part of, "a Reverse Translation Corpus Extension Systems (RTCES)")
_RESOURCE_BEFORE = re.compile(
    rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,4}}?(?i:{_TASK_OR_DATA})(?:\s*[,:\u2013\u2014]\s*(?:(?!(?:"
    r"and|or|we|our|that|which|to|for|with|by|is|are)\b)[\w'-]+\s+){0,6}?|\s+)\(?$")
#: a resource's head before the acronym it defines: "a domain-targeted, high precision
#: knowledge base (KB)", "Constraint Grammar (CG) based rules", "The Event and Implied Situation
#: Ontology (ESO)" (R-model-resource: not the system whose values measure it; not a resource
#: a preposition governs inside the name: "Question-based Interface to Ontologies (QuestIO)")
_RESOURCE_SPELLED = re.compile(r"(?<!\b[Tt]o\s)(?<!\b[Oo]f\s)(?<!\b[Ff]or\s)(?<!\b[Oo]n\s)"
                               r"(?<!\b[Ww]ith\s)"
                               r"(?i:knowledge\s+(?:bases?|graphs?)|grammars?|ontolog(?:y|ies)|"
                               r"thesaur(?:us|i)|dictionar(?:y|ies)|lexic(?:on|a)s?)\s*\($")
#: a team's name, after or before "team": "Our team SSN_NLP_MLRG obtained the F1 Scores as
#: 0.90", "our team (AdelaideCyC)", "(Team name: Spyder)", "the RUG-SU team's submission"
#: (R-model-teamsystem: a team label is not the model of its results)
_TEAM_BEFORE = re.compile(r"[Tt]eam(?:\s+name)?\s*[(:]?\s*$")
_TEAM_AFTER = re.compile(r"\)?\s+[Tt]eam\b")
#: a task or data noun after any mention of a name: "the APE Task", "a new VID corpus", "the
#: multilingual ST benchmark" (not a metric: "The APT metric reaches" is the paper's system),
#: or a task's noun in lower case, which makes the name what the task finds or processes: "in
#: ADE identification (F1=53.08%)", "the ADR classification task", "DDI extraction tasks",
#: "a preliminary step for AMR parsing"
_TASK_OR_DATA_AFTER = re.compile(
    rf"\s+(?:(?i:{_TASK_OR_DATA})|(?:identification|extraction|detection|classification|"
    r"recognition|tagging|parsing|linking|normali[sz]ation)\b)")
#: the head of a spelled-out task before its acronym: "a Traveling Salesman Problem (TSP)"
_TASK_HEAD = re.compile(r"\b(?i:problems?|tasks?)$")
#: a task's name before its acronym, which names the task, not a system: "we propose the task
#: of Court Judgment Prediction and Explanation (CJPE)", "a new task called Multimodal Named
#: Entity Recognition (MNER)"; or a task's number: "the F-score of 79.97% (strict) on Sub-task 2
#: (CI)"
_TASK_NAMED = re.compile(r"\b[Tt]ask\s+(?:of|called|named|termed|dubbed)\s+[^().;:,]{3,100}\(\s*$|"
                         r"\b(?i:(?:sub-?)?tasks?)\s+(?:\d+|[A-Z])\s*\(\s*$")
#: a resource named in apposition or after a title's colon or dash: "Swords: A Benchmark for
#: Lexical Substitution", "we introduce Chase, a large-scale and pragmatic Chinese dataset",
#: "Habibi - a multi Dialect multi National Arabic Song Lyrics Corpus" (an "and" between its
#: words, not before the data noun: "X: A Model and Dataset for ..." names a model too), also
#: an environment or platform, after a list of adjectives ("we propose House3D, a rich,
#: extensible and efficient environment that contains 45,622 ... scenes"; not a second noun
#: phrase: "X, a model, and a dataset") and after markup closing the name ("we introduce
#: $LongPerceptualThoughts$, a new synthetic dataset"), the parenthesis closing an acronym ("We
#: present WHERE ARE YOU? (WAY), a dataset of ~6k dialogs") or a version or year ("we present
#: UNED-ACCESS 2024, a bilingual dataset", "COSTRA 1.0: A Dataset of ...")
_RESOURCE_APPOSED = re.compile(
    rf"[$*}})]*(?:\s+v?\d+(?:\.\d+)*)?\s*(?:[,:]|\s[\u2013\u2014-])\s*(?i:an?|the)\s+"
    rf"(?:(?!(?i:for|of|on|in|to|with|that|"
    rf"which|an?|the|and\s+{_DATA_HEAD})\b)[\w-]+,?\s+){{0,8}}?"
    rf"(?i:(?:lexical\s+)?resources?\b|environments?\b|platforms?\b|{_DATA_HEAD})"
    r"(?=\s*[,.;:()\n]|\s+(?i:for|of|on|in|with|to|from|that|which|and|containing|consisting|"
    r"comprising|covering|annotated|built|collected|designed|based|derived|where|across|"
    r"spanning)\b)")
#: the end of a classic learner's name before its acronym: "Multinational Naive Bayes (MNB)
#: classifier", "Support Vector Machine (SVM)": a kind of model, not the paper's named system
_CLASSIC_LEARNER = re.compile(r"(?:Bayes|Regression|Forests?|Vector\s+Machines?|Random\s+Fields?|"
                              r"Decision\s+Trees?|Nearest\s+Neighbou?rs?)\s*$", re.IGNORECASE)
#: the lowercase phrase an acronym spells out, right before it: "convolutional neural
#: networks (ConvNets)", "grammatical error correction (GEC)", its first word capitalized at a
#: sentence's start: "Sentiment analysis (SA) in texts is a well-studied ... task"
_LOWER_PHRASE = re.compile(r"(?:(?<![\w-])[a-z]|(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z])[a-z-]*\s+"
                           r"(?P<last>[a-z][a-z-]*)\s*$")
#: a plural acronym: "ConvNets", "DDIs", "RNNs"
_PLURAL_ACRONYM = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*s")
#: (also the second verb of "we exploit mixture-of-experts and present ... (SaMoE)", "we argue
#: that one reference is not enough and propose ... (DDRS)", and "by" with the gerund: "we
#: address this challenge by proposing a novel ... architecture, the Fast-Slow RNN (FS-RNN)")
_DEFINES = re.compile(rf"\b(?:[Ww]e\s+(?:(?:then|also|further|first|here|therefore|thus|hence|"
                      rf"\w+ly)\s+|"
                      rf"(?:[\w-]+\s+){{1,8}}and\s+)?{_INTRODUCE}|[Oo]ur|"
                      rf"by\s+(?:{_INTRODUCING})ing)\b")
#: "This paper proposes a novel Target-Guided ... Network (TG-SAN)": the acronym of what the
#: paper puts forward, when it closes that phrase (not "... for the detection of Mild
#: Cognitive Impairment (MCI)" after a comma, nor "an architecture for relation
#: classification (RC)" after a preposition)
_PAPER_DEFINES = re.compile(rf"\b[Tt]his\s+(?:paper|work|article|study)\s+(?:\w+ly\s+)?"
                            rf"{_INTRODUCE}\s+(?:an?|the)\s+(?:(?!\b(?:of|for|by|to|on|in|with|"
                            rf"from|between|using|applying|via)\b)[^,.;:()]){{0,80}}$")
#: what ends a name's phrase before a later acronym: a comma, a semicolon or a colon
_APPOSED = re.compile(r"[,;:]")
#: what else a title may call a system after its colon: "Neumann Optimizer: A Practical Optimization
#: Algorithm", "... : A Python Toolkit for ...", "...: A Simple Regularization Scheme"
_TITLE_SYSTEM = (r"(?:toolkit|optimizer|scheme|strategy|procedure|mechanism|module|layer|estimator|"
                 r"learner|regularizer|paradigm|recipe|parser|tagger|encoder|decoder|transformer|"
                 r"generator|detector|retriever|library)s?")
#: a title's leading name: "Forklift: An Extensible ...", "BinarySelect to Improve ...", also a
#: word and an acronym before a colon, "Deferred NAM: Low-latency ..." (not a headline's verb,
#: "Compressing BERT:", nor a team, "Team DOMLIN:"), or a name with LaTeX markup before a colon,
#: spelled as written (R-model-written): "$\\mu$KE: Matryoshka ...", "E$^2$-RAG: Towards ..."
_TITLE = re.compile(rf"^\s*(?P<name>{_NAME_WORD}"
                    r"(?:(?<!ing)(?<!Team)\s[A-Z][A-Z0-9-]*[A-Z0-9](?=\s*:))?|"
                    r"[\w{}-]*\$[^$\s]+\$[\w{}-]*(?=\s*:)|"
                    # two or three capitalized words before a colon and an article's system noun
                    # (R-model-title): "Metadata Shaping: A Simple Approach for ...", "Touch
                    # Editing: A Flexible One-Time Interaction Approach for Translation" (not a
                    # headline's "The ...", "Rethinking ...", "Massively Increasing ...", "From
                    # LFG To UD: A Combined Approach")
                    r"(?!(?:The|Team|Towards?|Beyond|From|On|In|When|Why|How|What|Is|Are|Do|Does)\s)"
                    r"(?P<phrase>(?![A-Z][a-z]+(?:ing|ly)\s)[A-Z][\w'-]*"
                    r"(?:\s(?!(?:To|For|Of|And|Or|With|In|On|At|By|From|Vs)\s)[A-Z][\w'-]*){1,3}"
                    r"(?=\s*:\s*(?i:an?)\s+(?:(?!(?i:of|for|to|on|in|with|and|or|from|by|via|as)\b)"
                    rf"[\w'-]+\s+){{0,4}}?(?i:{_SYSTEM_NOUN}|{_TITLE_SYSTEM})\b)))"
                    r"(?:(?P<colon>\s*:|\s[\u2013\u2014-])\s*|"
                    r"\s+(?:to|for|as)\s+(?=[A-Z][a-z]+\s))(?P<rest>\S+)")
#: the last word of a title's phrase that names a task or a field, not a system: "Zero-Shot
#: Stance Detection: A Dataset and Model", "Factorial Multi-Task Learning : A Bayesian
#: Nonparametric Approach", "Regularization Matters: A ..."
#: (only these "-ing" words: "Metadata Shaping", "Touch Editing" name systems)
_TITLE_TASK = re.compile(rf"\s(?:[\w-]+[-\s])?(?:{TASK_NOUNS}|Answering|Parsing|Tagging|"
                         r"Labell?ing|Reasoning|Understanding|Modell?ing|Processing|Learning|"
                         r"Retrieval|Mining|Tracking|Matters)$")
#: title openings that name an evaluation, not a system: "IMPersona: Evaluating ..."
_TITLE_NOT_SYSTEM = re.compile(r"(?i:evaluat|benchmark|measur|assess|analy)")
#: data drawn from a source, before the source's name: "a large-scale dataset derived from
#: Reddit" (the title "Reddit: A Gold Mine for ..." then names the source, not a system:
#: R-model-resource)
_DRAWN_FROM = re.compile(rf"\b(?:{DATA_NOUNS}|data)\s+(?:[\w-]+\s+)?(?:derived|collected|"
                         r"crawled|extracted|gathered|sourced|scraped|mined|harvested|drawn)\s+"
                         r"from\s+(?:the\s+)?$")
#: a title naming a team's entries to a shared task, like "X at <task>" (R-model-title): "WT:
#: Wipro AI Submissions to the WAT 2020"
_TITLE_ENTRIES = re.compile(r"\b(?i:submissions?|entries|participation)\s+(?:to|for|at|in)\b")
#: a shared task or evaluation campaign a title names after its leading name: "TwistBytes -
#: Identification of ... at VarDial 2019", "NUIG: ... approach to SigTyp 2020 Shared Task"
_TITLE_TASK_EVENT = re.compile(r"[Ss]hared\s+[Tt]asks?|SemEval|VarDial|\bWMT|CoNLL|\bWAT\b|"
                               r"\bTask\s*\d|\s(?:at|@)\s+(?:the\s+)?[A-Z][\w-]*[\s-]?(?:20|19)\d\d")
#: a title naming a team's entry to a shared task before any colon, its team "at" the task:
#: "UPB at FinCausal-2020, Tasks 1 & 2: ...", "KFU NLP Team at SMM4H 2019 Tasks: ..."
_ENTRY_TITLE = re.compile(rf"(?=[^:\n]*?\s(?:at|@)\s)[^:\n]*?(?:{_TITLE_TASK_EVENT.pattern})")
#: a title's article and system noun after its leading name: "QED: A fact verification system"
_TITLE_CALLS_SYSTEM = re.compile(rf"\s*(?:[:\u2013\u2014-]\s*)(?i:an?|the)\s+(?:[\w'-]+\s+){{0,4}}?"
                                 rf"(?i:{_SYSTEM_NOUN}|{_TITLE_SYSTEM})\b")
#: a title reporting a shared task or evaluation campaign, not a system: "Findings of the WMT 2018
#: Shared Task on Automatic Post-Editing", "Overview of the 2018 ALTA Shared Task: ...", "The
#: CogALex-V Shared Task on ...", "SemEval-2020 Task 9: Overview of ...", "The Second ... Shared
#: Task (SR'19): Overview and Evaluation Results", also after a topic and a colon: "Named Entity
#: Recognition on Code-Switched Data: Overview of the CALCS 2018 Shared Task" (not a team's "X at
#: SemEval-2020 Task 8: An Overview of ..."): its results are the participants' (own false,
#: R-res-baseline)
_OVERVIEW_TITLE = re.compile(
    r"(?:(?:(?![^:\n]*\s(?:at|@)\s)[^:\n]*:\s+)?"
    r"(?:[Tt]he\s+)?(?:Findings|Overview|Results?|Report)\s+(?:of|on|from)\s[^:\n]*?\b(?:[Ss]hared\s+"
    r"[Tt]asks?|[Tt]asks?|[Cc]hallenge|[Cc]ompetition|[Ee]valuation|[Cc]ampaign|Workshop|Track)\b|"
    r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,5}?[Ss]hared\s+[Tt]ask\s+on\s|"
    r"(?![^:\n]*\sat\s)[^:\n]*\b(?:[Ss]hared\s+[Tt]asks?|[Tt]ask\s*\d+|Challenge)\b[^:\n]*:\s*"
    r"(?:An?\s+)?(?:Overview|Findings|Results)\b|"
    # the organizers' paper of a numbered task ("SemEval-2017 Task 3: Community Question
    # Answering"; a team's is "... at SemEval-2017 Task 3: ...") or of a shared task named in
    # full ("TextGraphs 2019 Shared Task on Multi-Hop Inference ..."; a team's adds ": ...")
    r"(?![^:\n]*\s(?:at|@)\s)[A-Z][\w'\u2019-]*\s+[Tt]ask\s*\d{1,2}\s*:|"
    r"(?:[A-Z0-9][\w'\u2019-]*\s+){1,5}[Ss]hared\s+[Tt]ask\s+on\s[^:\n]*$|"
    # or the shared task's name alone ("The Fact Extraction and VERification (FEVER) Shared
    # Task"; a team's says whose part it is: "The NiuTrans System for the WMT20 ... Shared Task")
    r"[Tt]he\s+(?:(?!(?:at|to|for|in|of|on|from|by)\b)[^\s:]+\s+){1,8}[Ss]hared\s+[Tt]ask\s*$)")
#: ... or an abstract that says so, where the title does not ("In this paper, we present the
#: report and findings of the Shared Task on Aggression and Gendered Aggression Identification",
#: "We present the results of the Machine Reading for Question Answering (MRQA) 2019 shared
#: task", "This paper describes an overview of the Dialogue Emotion Recognition Challenge"; not a
#: team's "the results of our participation in", "the results of the classifiers we developed for
#: the shared tasks")
_OVERVIEW_OPENING = re.compile(
    r"\b(?:[Ww]e|[Tt]his\s+(?:paper|article|report))\s+(?:present|report|describe|give|provide)s?"
    r"\s+(?:the|an?)\s+(?:(?:report|results|findings|overview)\s+(?:and\s+)?){1,2}(?:of|on|from)\s+"
    r"(?:(?!(?:our|we|team|system|participation|submissions?|experiments?|classifiers?|models?)\b)"
    r"[^\s.;:]+\s+){1,12}?(?:[Ss]hared\s+[Tt]asks?|[Cc]hallenge|[Cc]ompetition|"
    r"[Ee]valuation\s+[Cc]ampaign)\b")
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
    r"(?=[abcefmorstv])(?:outperform\w*|out-perform\w*|surpass\w*|beat\w*|better(?:s|ed|ing)|exceed\w*|over|"
    r"than|vs\.?|versus|"
    r"compared\s+(?:to|with)|comparing\s+(?:to|with)|relative\s+to|against|from|rival\w*|"
    rf"match\w*|{_ON_PAR})\s+(?:(?:the\s+)?(?:performance|results?|accuracy|scores?|quality)\s+of\s+)?"
    r"(?:(?:the|a|an|strong|larger|prior|existing|previous|best|base|original|vanilla|"
    r"popular|leading|proprietary|open-source|commercial|state-of-the-art|standard)\s+)*"
    rf"(?:{_MODIFIER}\s+){{0,2}}$|\bbaselines?\s*\(\s*$",
    re.IGNORECASE,
)
#: the items of a list before a name ("GPT-4 and PMC-LLaMA"), skipped to find what governs it
_LIST_BEFORE = re.compile(r"(?:[A-Z0-9\u03bc][\w.+-]*(?:\s+(?:\d[\w.]*|[A-Z][\w.+-]*))?\s*"
                          r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*))+$")
#: a name coordinated with another, after or before it: "N-gram models, MaxEnt models or
#: RNN-LMs", "BERT and RoBERTa": a value written for the group is no single name's
#: (R-params-joint); an item has a letter (not "In November 2023, GPT-4 achieved 39%")
_NEXT_ITEM = re.compile(r"(?:\s+(?:models?|LLMs?))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
                        r"(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*[A-Z0-9]\b(?!\s*\()")
_PREVIOUS_ITEM = re.compile(r"(?<![\w-])(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*[A-Z0-9]"
                            r"(?:\s+(?:models?|LLMs?))?"
                            r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
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
#: an unnamed own subject between a named one and the number: "our method achieves", "we"; or
#: the unnamed best of those run: "the best supervised model still performs" (not "SciBERT is
#: the best performing system with")
#: (not "our own harder debugging split", nor "we see", "we observe": the authors report what
#: the named system did, "when PaLM2-S is augmented ..., we see a relative improvement of 40%")
_UNNAMED_OWN = re.compile(
    r"\b(?:we(?!\s+(?:(?:also|further|then|still|now)\s+)?(?:see|observe|find|note|notice)[sd]?\b)|our\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|system|framework|technique|"
    r"algorithm|agent|variant|pipeline|solution|strateg(?:y|ies)|classifier)s?|the\s+proposed|"
    r"this\s+(?:method|model|approach)|"
    r"the\s+best\s+(?:[\w-]+\s+)?(?:model|system)"
    r"(?=\s+(?:still\s+)?(?:achiev|reach|perform|obtain|scor|get)))\b",
    re.IGNORECASE,
)
#: a preposition before a name-shaped word: then it is not the subject ("experiments on X",
#: "the auto-regressive baseline on an A100, which attains 7.78x")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|of|for|with|from|by|at|to|using|into|than)\s+"
                                 r"(?:the\s+|an?\s+)?$", re.IGNORECASE)
#: a shared task's number before a name-shaped word, which then names the task: "SemEval 2013
#: task 9.1 DrugNER"
_TASK_NUMBER_BEFORE = re.compile(r"\b[Tt]ask\s+\d+(?:\.\d+)*\s*:?\s+$")
#: a name right after a result: "(Llama2-70B)", "for Llama-2-7B", "speed-ups in Gemma 7B", or
#: the model the paper's method is applied on (R-model-base): "improve single task fine-tuning
#: by 0.9 points on BERT-base and 1.0 points on BERT-large", "ImpCon improves at most 9.10% on
#: BERT, and 8.71% on HateBERT"
_NAME_AFTER = re.compile(
    r"[^,;.()]{0,30}?(?:\(|\b(?:for|with|using|in|into|(?P<on>on))\s+(?:the\s+|an?\s+)?"
    r"(?:[\w.-]+\s+){0,2}?)$"
)
#: (not the target of an attack, "Our MAGIC achieved an ASR of 74% on the Llama-2", whose value
#: is the attack's, nor a name heading a task, "3.31% F1 on the ER detection task", nor a word
#: in lower case, "gains on multimedia event extraction")
_ATTACK = re.compile(r"\b(?:[Aa]ttack|ASR\b|[Jj]ailbreak)")
_HEADS_TASK = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:{_TASK_OR_DATA})\b")
#: subjects that are not the paper's system
#: (not "human" heading how a system is evaluated: "Human evaluation with 9 experienced writers
#: confirm that WQRM-based selection produces writing samples preferred by experts 66%", nor
#: what humans give a system, a cost it saves: "the number of human annotations can be reduced
#: by 80%", "reduces human effort by 50%")
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
    r"annotations?|annotated|effort|feedback|supervision|intervention|labels?|labell?ing)\b)|"
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
#: a figure said of another's system right after it, in its clause: "performance ... decreases by
#: as much as 9.85% loose micro F1 score for a previously proposed method", "a Word Error Rate
#: (WER) of 14.42 for the baseline system"
_FOR_OTHERS_AFTER = re.compile(
    r"[^.;:,()]{0,60}?\bfor\s+(?:a|the)\s+(?:previously\s+proposed|previous|prior|existing|"
    r"baseline)\s+(?:[\w-]+\s+)?(?:methods?|models?|systems?|approach(?:es)?)\b", re.IGNORECASE)
#: a figure the state of the art holds, right after it: "This is comparable to the
#: state-of-the-art 5.91% resulting from a semi-supervised approach" (not "we achieve a
#: state-of-the-art 48.8% accuracy")
_SOTA_FIGURE = re.compile(r"\bthe\s+(?:(?:previous|current|existing|prior)\s+)?"
                          r"(?:state[\s-]of[\s-]the[\s-]art|SOTA)(?:\s+of)?\s*$", re.IGNORECASE)
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
#: what the paper's unnamed system is built on, right before a lexicon model's name: "The
#: system uses COVID-Twitter-BERT", "were obtained using BERT", "We fine-tune the
#: contextualized word representations of the RoBERTa", "Our model is based on RoBERTa",
#: "The two modules were implemented by fine-tuning a BERT model", "we propose a system based
#: on the BERT model", "we fine-tune the base BERT model"; also through a description of the
#: model before its name ("we exploit the pre-trained biomedical language representation model
#: (i.e., BERT)", "use it to fine-tune a pretrained cross-lingual masked language model (XLM)"),
#: and where the paper applies its method to the model ("We validate our approach on the
#: representative architecture - ALBERT"), or says it used the model, past a few words that
#: qualify it ("We used a single BERT-based system with two outputs", "we mainly used ALBERT
#: model-based maximum ensemble", "We used Arabic-Bert in combination with data augmentation"),
#: trains it ("Our best method trains BERT on MultiNLI") or names it in apposition ("we propose
#: to fine-tune a pre-trained sequence to sequence model, BART"), or a sentence opens on a model
#: described as based on it ("An ensemble model based on CAMeLBERT was developed")
_BASE_CUE = re.compile(
    r"(?:\b(?:[Ww]e|[Oo]ur|[Tt]he\s+system|[Tt]his\s+(?:system|architecture|paper|work))\s+"
    r"(?:[\w-]+\s+){0,4}?"
    r"(?:use[sd]?|using|utiliz\w+|employ\w*|leverag\w+|adopt\w*|exploit\w*|fine-?tun\w*|"
    r"(?:federated\s+)?train(?:s|ed|ing)?(?:\s+of)?|repurpos\w*|"
    r"(?:conduct\w*\s+)?experiment\w*\s+(?:on|with)|"
    r"(?:is|are|system|model|method|approach|architecture|classifier)\s+based\s+on|"
    r"(?:is|are)\s+built\s+on|builds?\s+on|(?:apply|applied|validate[sd]?|test(?:ed)?|"
    r"evaluate[sd]?)\s+(?:it|our\s+(?:[\w-]+\s+)?(?:method|approach|technique|framework))\s+"
    r"(?:on|to))|"
    r"\b(?:obtained|achieved|implemented|built|developed)\s+(?:by\s+)?(?:using|fine-?tuning)|"
    r"(?:^|(?<=\.\s))An?\s+(?:[\w-]+\s+){0,2}?(?:system|model|classifier|architecture)\s+based\s+on|"
    r"\bto\s+fine-?tune)"
    r"\s+(?:(?:the|a|an|base|pre-?trained|contextuali[sz]ed|word|representations|embeddings|of|"
    r"single|simple|standard|multilingual|large|small|fine-?tuned)\s+)*"
    r"(?:(?:(?!baselines?\s)[\w-]+\s+){0,4}?(?:model|architecture|encoder)\s*(?:\(\s*(?:i\.e\.,?\s*)?|"
    r"[-\u2013\u2014:,]\s*))?$")
#: a sentence opening on the lexicon model the paper's system is run on, before the system's
#: own subject: "Using pre-trained BERT, our model achieves 95.48 F1", "With a base PEGASUS, we
#: push ROUGE scores by 5.44%", "When applied to ELMo, the proposed approach", "Moreover, when
#: applied to a non-reasoning model (Qwen-2.5-7B-Instruct), our framework", "Implemented with
#: Qwen2.5-72B-Instruct, a leading LLM, SCRIT", or on the model alone, before a comma: "On
#: Llama3.1-8B, ParaPO consistently reduces", "On the instruction-tuned model Tulu3-8B, ParaPO"
#: (R-model-base; not "With GPT-4 as the judge", nor "On par with GPT-4"); a comma closes the
#: model's phrase where the paper names its system ("With BERT augmentation, PG-GSQL obtains"
#: uses BERT as a tool)
_BASE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:ly|more|over),\s*)?(?:(?:[Bb]y\s+)?(?:[Uu]sing|"
                           r"[Ww]ith|(?:[Ww]hen\s+)?[Aa]pplied\s+to|[Ii]mplemented\s+(?:with|on)|"
                           r"[Bb]uilt\s+(?:up)?on|[Bb]ased\s+on|[Oo]n\s+top\s+of)\s+"
                           r"(?:[a-z][\w-]*\s+){0,3}\(?|"
                           r"(?P<on>[Oo]n)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?(?:model|LLM)\s+)?)")
_COMMA_AFTER = re.compile(r"\s*\)?\s*,")
_AS_ROLE = re.compile(r"\s+as\b")
#: a model named as the baseline the paper compares with, not the base of its system
_AS_BASELINE = re.compile(r"\s+as\s+(?:(?:our|a|an|the)\s+)?(?:[\w-]+\s+)?baselines?\b")
#: what separates two items of a list: ", ", " and ", ", and ", " or "
_LISTED_AFTER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: the characters other than spaces ``_LISTED_AFTER`` is made of
_SEPARATOR_CHARS = ",andor"
#: an application or tool in apposition to its name, not a model: "SUPP.AI, an application"
_APPLICATION = re.compile(r"\s*,\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:application|tool|"
                          r"toolkit|demo|demonstrator|website|web\s+site|platform|interface|"
                          r"browser|search\s+engine)s?\b")
#: a comparison word and the words of a noun phrase after it, before one of ``_OTHERS``:
#: "outperforms previous chain-of-thought and tool-augmented baselines"
_COMPARED_PHRASE = re.compile(
    r"\b(?i:outperform\w*|out-perform\w*|surpass\w*|beat\w*|exceed\w*|over|than|vs\.?|"
    rf"versus|compared\s+(?:to|with)|superior\s+to|against|{_ON_PAR})\s+(?:[a-z][\w-]*,?\s+){{0,5}}$")
_THIS_OR_OURS = re.compile(r"\b(?:this|our|these|the\s+proposed)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)
_OWN_MARK = re.compile(r"\b(?:our|ours|resulting|proposed)\b", re.IGNORECASE)
#: ... or the paper's method referred back to with "this", a mark of its own too: "This simple
#: data augmentation technique significantly improved classification accuracy ...; for example,
#: the top-1 error rate was reduced from 33.5% to 29.0% for the ILSVRC 2012 dataset with GoogLeNet"
_THIS_METHOD = re.compile(r"\b[Tt]his\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:method|approach|technique|framework|algorithm)\b")
#: a sentence opening on the paper's own training of the model it then scores: "Fine-tuning the
#: Dutch pre-trained ... (BERTje) (de Vries et al., 2019) language model surpassed the more
#: classic algorithms by correctly classifying 79.6% of the fragments"
_TRAINING_OPENS = re.compile(r"\s*(?:[Bb]y\s+|[Aa]fter\s+)?(?:[Ff]ine-?tuning|[Rr]e-?training)\b")
#: ... or writing the model as the base of the system it scores, which the paper built on it
#: (R-model-base): "we fine-tuned a BERT based classifier ..., achieving a macro F1 score of
#: 0.8136", "We introduce a single-hop BERT-based RC model that achieves 67 F1", "The BERT-based
#: multilingual model ... obtained a relaxed F1 of 58%" (not another's system: "A state-of-the-art
#: BERT-based model performs well", "an off-the-shelf BERT-based named entity recognition model",
#: "the BERT-based baseline")
_BASED_SYSTEM = re.compile(
    r"(?P<before>(?:[\w-]+\s+){0,4})(?P<name>[A-Za-z][\w.-]*?)[-\s]based\s+(?:[\w-]+\s+){0,3}?"
    r"(?:models?|classifiers?|systems?|taggers?|parsers?|networks?|encoders?|detectors?)\b"
    r"(?!\s+baselines?)")
_ANOTHERS = re.compile(r"(?i:state-of-the-art|existing|off-the-shelf|previous|prior|standard|"
                       r"strong|popular|baselines?|other|conventional|traditional|competitive)")
#: a clause's start before a number (each alternative opens with a literal character, which the
#: engine finds fast, the word's start checked after its "w": where one opens with a class or
#: ``\b``, the rule is tried at every position); a comma before "we" opens the paper's own clause
#: after one about a baseline: "... are made in the conditional random fields based baseline
#: (F-score 52%), we have obtained better results (F-score 60%)"
_CLAUSE_START = re.compile(r";|:|,\s+(?:while|whereas|but|and|we)\b|w(?<!\ww)(?:hile|hereas)\b")
#: the other sizes of a list ("7B and 13B Llama-2", "Llama-2 (7B, 13B and 70B)")
_SIZE_LIST = r"(?:[\s-]*(?:,|/|&|\band\b|\bor\b|\bto\b)[\s,-]*\d+(?:\.\d+)?\s?[BMKbmk])*"
#: between a size and the name it describes: "1.3B parameter GPT-3 XL", "175B GPT-3"
_SIZE_TO_NAME = re.compile(rf"{_SIZE_LIST}[\s-]*(?:parameters?|params)?[\s-]*",
                           re.IGNORECASE)
#: between a name and its size: "UL2 20B", "Llama-3 (8B)", "GPT-3.5 (ge 175B)", "T5 variants
#: (le 11B)", "CodeGen2 models in size 1B", "Qwen2.5 open source models in 7B", "Phi-mini-MoE
#: (7.6B total / 2.4B activated)"; not a verb's object ("C3PO enables MoE LLMs with 1-3B")
_NAME_TO_SIZE = re.compile(
    r"[\s-]*(?:(?:(?-i:(?![a-z]+s\s))[\w-]+\s+){0,2}"
    r"(?:models?|variants?|versions?|checkpoints?|LLMs?)\s*"
    r"(?:(?:in|of|with|at)\s+(?:sizes?\s+)?(?:of\s+)?)?)?"
    rf"(?:\(\s*(?:[^()\d]{{0,12}}\s)?)?(?:\d+(?:\.\d+)?\s?[BMKbmk]{_SIZE_LIST}"
    r"(?:\s+total)?\s*(?:,|/|&|\band\b|\bor\b|\bto\b)\s*(?:and\s+)?)?", re.IGNORECASE)
#: a relative or "with" clause between a name and its size: "InstructGPT which has 175B
#: parameters", "the T5 model, which is the largest pre-trained model containing 11 billion
#: parameters", "DenseNet-BC with 250 layers and 15.3M parameters"
_NAME_CLAUSE_TO_SIZE = re.compile(
    r"(?:\s+(?:model|network|LLM|LM))?\s*,?\s+(?:(?:which|that)\s+(?:has|have|had|contains?|"
    r"is\s+[^,;.()]{0,50}?\b(?:with|containing|of))|with(?:\s+[^,;.()]{0,20}?\s+and)?)\s+"
    r"(?:only\s+|about\s+|over\s+|approximately\s+|roughly\s+|nearly\s+|up\s+to\s+|"
    r"(?:more|less|fewer)\s+than\s+)?")
#: a name heading its models: "Lory models", "nanoGPT-2 models of varying sizes", "Qwen2.5
#: open source models"
_MODEL_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:models?|LLMs?|famil(?:y|ies)|series|"
                         r"checkpoints?|variants?)\b")
_SIZE_SEP = re.compile(SEP)
#: between a sized name and a later size of its family: "Llama-3.1-8B and 70B", "Mistral-7B,
#: 13B and 70B"
_FAMILY_SIZES = re.compile(rf"{FAMILY_SEP}(?:\d+(?:\.\d+)?[BbMm]{FAMILY_SEP})*")
#: a clause in apposition saying a model is built on the next: "TÜLU 3, which builds on Llama
#: 3.1 base models at 8B", "X, based on the Y model"
_BUILT_ON = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:builds?|(?:is|was)\s+(?:built|based))|built|"
                       r"based)\s+(?:up)?on\s+(?:the\s+)?")
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$")
#: the paper's model named in apposition: "our fine-tuned model, Labrador, even at 13B"
_OWN_NAMED = re.compile(r"\b[Oo]ur\s+(?:[\w.-]+\s+){0,2}?model\s*,\s*(?P<name>[A-Z][\w.+-]*[\w+])"
                        r"\s*,")
_ANOTHER = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)
_COMPARING = re.compile(r"\b(?:than|vs\.?|versus|compared|outperform\w*|surpass\w*|beat\w*|"
                        rf"over|against|like|such\s+as|match(?:es|ed|ing)?|rival\w*|{_ON_PAR})\b",
                        re.IGNORECASE)
#: "HEAL, the first continuously trained 13B": a size in apposition to a name, "MiniCPM,
#: specifically the 1.2B and 2.4B ... variants", "SmolLM2, a fully transparent ... ``small''
#: (1.7 billion parameter) language model"
_APPOSITION = re.compile(r"\s*,\s*(?:(?:specifically|namely)\s+)?(?:a|an|the|our)\s+"
                         r"[^,;.()]{0,60}\(?$")
#: a count that names its model in its "of" phrase: "the number of parameters of AlexNet by a
#: factor of 9\u00d7, from 61 million"
_COUNT_OF = re.compile(rf"\b{PARAMS_NOUN}\s+of\s+$")
_COUNT_OF_TO_SIZE = re.compile(
    rf"(?:\s+by\s+[^,;.()]{{0,30}}?)?,?\s+(?:from|to)\s+{COUNT_QUALIFIER}")
#: the paper's own count, which a count is reduced to or a smaller count compared first:
#: "reducing the number of required parameters to under 50k", "with a significantly smaller
#: model size (114.2M vs. 880.6M)" (not a named model's count: "of AlexNet ... to 6.7 million")
_OWN_REDUCED = re.compile(
    rf"(?:\breduc\w*\s+the\s+{PARAMS_NOUN}(?!\s+of\b)[^.;]{{0,60}}?\s+to\s+|"
    rf"\b(?:smaller|fewer|lower)\s+{PARAMS_NOUN}\s*\(\s*){COUNT_QUALIFIER}$")
#: "StarCoder2-3B, pretrained on over 3.3T tokens": the subject of a training clause
_TRAINED_ON = re.compile(
    r"^[^.;]{0,80}?\b(?:pre-?trained|trained|fine-?tuned)\s+(?:\w+\s+){0,3}?(?:on|with|using)\s+"
    r"(?:about\s+|over\s+|up\s+to\s+|only\s+|~\s*)?$", re.IGNORECASE)
#: a size of the paper's own unnamed model: "our model scales from 124M", "resulted in a 9B",
#: "our 2.9 billion parameter language model", "With only 3B parameters, it outperforms" (the
#: abstract's "it" is the paper's system, its scale may be a word: "With 8 billion parameters,
#: it demonstrates"), or of the named subject after that "with" phrase: "with only 233M
#: parameters, CoUDA achieves"
_OWN_SIZE = re.compile(r"\bour\s+(?:[\w.-]+\s+){0,2}?"
                       r"(?:(?:billion|million)[\s-]+param(?:eter)?s?\s+[\w-]+\s+)?model\b(?!s)|"
                       r"\bresult(?:ed|ing)\s+in\s+an?\b|"
                       r"\bwith\s+(?:only\s+|just\s+|merely\s+)?\S+\s+(?:(?:billion|million)\s+)?"
                       r"(?:parameters|params)\s*,"
                       r"\s*(?:it\b|(?-i:(?P<subject>[A-Z][\w.+-]*[\w+]))\s)", re.IGNORECASE)


@dataclass
class _Name:
    start: int
    end: int
    written: str
    known: bool  # a lexicon model (not coined by the paper)
    subject_only: bool = False  # a name-shaped word: counts only as a clause's subject


#: a translation direction, not a system: "Cherokee-English", "En-Fr", "Hi-En" (a pair of
#: codes only with English's: not the SF-ID network)
_PAIR_NAME = re.compile(r"English[-\u2013](?:to-)?[A-Z][a-z]+|[A-Z][a-z]+[-\u2013](?:to-)?English|"
                        r"(?i:en)[-\u2013\u2192][A-Z][A-Za-z]|[A-Z][A-Za-z][-\u2013\u2192](?i:en)")


#: a metric's name spelled out before a title's acronym, whose last word may name a task: "an
#: Automatic Metric for the Accuracy of Pronoun Translation (APT)"
_METRIC_OF = re.compile(r"\b(?i:accuracy|error|score|rate|metric)\s+(?:of|for)\s")


#: a model named as the prior kind the paper modifies, not its own system: "modify the
#: tokenization phase of traditional word embedding models (Word2Vec)"
_PRIOR_MODELS = re.compile(r"\b(?:traditional|existing|conventional|standard|classic(?:al)?|"
                           r"vanilla|popular|previous|prior|off-the-shelf|widely[\s-]used)\s+"
                           r"(?:[\w-]+\s+){0,3}?[\w-]+\s*$", re.IGNORECASE)


def _named_right_before(text: str, start: int, end: int) -> bool:
    """Whether a naming word right before ``text[start:end]`` coins it as the paper's system
    ("a novel architecture named Mac"): not when the name goes on, a clause builds it on another
    model, or it names a training method."""
    named = _NAMED_RIGHT_BEFORE.search(text, max(0, start - 12), start)
    return named is not None \
        and not _PHRASE_GOES_ON.match(text, end) and not _BASED_CLAUSE.match(text, end) \
        and not _TRAINING_METHOD.search(text, max(0, named.start() - 40), named.start())


def own_systems(text: str, datasets: set[str], known: frozenset[str] = frozenset()) -> list[str]:
    """The names the paper gives its own systems (not datasets), the likeliest first: the
    title's leading name or acronym, then the others by how often the text writes them;
    ``known`` holds the normalized lexicon models of the text, whose acronyms count wherever
    a cue defines them ("For a recent large-scale model (XLNet), we show ...")."""
    title_end = text.find("\n\n")
    title = _TITLE.match(text) if title_end > 0 else None
    leading = []
    if title is not None and not _TITLE_NOT_SYSTEM.match(title.group("rest")) \
            and not _TITLE_TASK.search(title.group("name")) \
            and not _TITLE_ENTRIES.search(text, title.end("name"), title_end) \
            and not _team_label(text, title.group("name"), title.end("name"), title_end) \
            and not _source(text, title.group("name")) \
            and not _RESOURCE_APPOSED.match(text, title.end("name")) \
            and (title.group("colon") or is_name_shaped(title.group("name"))):
        leading.append(title.group("name"))  # a capitalized word before a colon is a name
    # a title's acronym is a name when the abstract writes it too (R-model-titlephrase: "a
    # title phrase with an acronym used in the text"), not one the abstract never uses: an
    # affiliation's ("IIT (BHU)"), a data's or a class's ("in Randomized Controlled Trials
    # (RCTs)", "using Conditional Random Fields (CRFs)"), a plain word ("(Almost)"); nor a
    # task's ("System for Indo-Aryan Language Identification (ILI)", as ``acronyms`` below)
    leading += [m.group("name") for m in _ACRONYM.finditer(text, 0, max(title_end, 0))
                if any(start > title_end for start, _ in whole_words(text, m.group("name")))
                and (not _task_word(text[:m.start()].split()[-1] if m.start() else "",
                                    m.group("name"))
                     or _METRIC_OF.search(text, max(0, m.start() - 60), m.start()))]
    # once per name: a long text may define one acronym many times
    generic = functools.cache(lambda name: _generic(text, name, plural=False))
    defined = [m for m in _ACRONYM.finditer(text)
               if _DEFINES.search(text, _cue_floor(text, m), m.start())
               or _PAPER_DEFINES.search(text, max(0, m.start() - 120), m.start())]
    acronyms = [m for m in defined
                if (not _task_word(text[:m.start()].split()[-1] if m.start() else "",
                                   m.group("name"))
                    or _PROPOSED_NAMED.search(text, max(0, m.start() - 160), m.start()))
                and not _NOT_SYSTEM_AFTER.match(text, m.end())
                and not _CLASSIC_LEARNER.search(text, max(0, m.start() - 30), m.start())
                and not _governed(text, m)
                and not generic(m.group("name"))
                and not _PRIOR_MODELS.search(text, max(0, m.start() - 60), m.start())
                and (normalize(m.group("name")) in known or _cue_defines(text, m))]
    candidates, coined = [], set()
    for match in _INTRODUCED.finditer(text):
        verb = match.group("verb") or ""
        if verb.endswith("d") and not _WE_BEFORE.search(text, max(0, match.start() - 30),
                                                         match.start()):
            continue  # "WNUT-2020 introduced a shared task": someone else's
        # a name spelled out before its acronym goes by the acronym ("Our method,
        # Chain-of-Abstraction (CoA)"), not a name an apposition follows ("we present
        # INLegalLlama, a domain-specific ... model (LLM)")
        if not any(0 <= a.start() - match.start("name") <= 100
                   and not _APPOSED.search(text, match.end("name"), a.start()) for a in defined) \
                and not _RESOURCE_APPOSED.match(text, match.end("name")) \
                and not generic(match.group("name")):
            candidates.append(match.group("name"))
            if match.group("name")[0].isupper() \
                    and (verb and _DESCRIBED.match(text, match.end("name"))
                         or _named_right_before(text, match.start("name"), match.end("name"))):
                coined.add(match.group("name"))
            # a phrase of capitalized words the paper puts forward and writes again is its
            # system's name (R-model-capphrase): "we introduce Paragraph Ranker which ranks
            # paragraphs ... using Paragraph Ranker improves", "we introduce the Cascade
            # Transformer, a simple yet effective technique"
            phrase = _CAP_PHRASE.match(text, match.start("name"))
            if phrase is not None and _capphrase(text, match, phrase):
                candidates.append(phrase.group())
                coined.add(phrase.group())
    candidates += [m.group("name") for m in acronyms]
    # (an acronym a naming word defines is coined, even when not shaped like a name: "coined
    # SurvivalMonotonic-net (SuMo-net)")
    coined.update(m.group("name") for m in acronyms
                  if _NAMED_PHRASE.search(text, max(0, m.start() - 100), m.start()))
    # the system the paper submitted, named with "system" (R-model-teamsystem): "The HSemID
    # system, submitted to the CogALex VI Shared Task", "our TTI-COIN system that participated"
    # (not a lexicon model the system is built on, "our BERT system", nor an acronym spelled out
    # elsewhere, a task's: "Recognizing Question Entailment (RQE) ... our RQE system")
    # (a name in parenthesis after "our system" is the system's even when it is not shaped like
    # a name or the text also calls it a team: "our system (Fermi) ... Our team - Fermi's model")
    submitted = set()
    if " system" in text or "ur " in text:
        for m in _SUBMITTED_SYSTEM.finditer(text):
            name = m.group("our") or m.group("the") or m.group("of") or m.group("paren")
            if normalize(name) not in known and (m.group("paren") or "(" + name + ")" not in text):
                candidates.append(name)
                if m.group("paren"):
                    submitted.add(name)
        coined |= submitted
    found: dict[str, str] = {}
    for name in [n.rstrip(".'") for n in leading] + [n.rstrip(".'") for n in candidates]:
        key = normalize(name)
        if key not in datasets and not is_metric(name) and not _PAIR_NAME.fullmatch(name) \
                and (name in leading or name in coined or is_name_shaped(name, strict=False)):
            found.setdefault(key, name)
    # a name the text writes before a task or data noun names that task or data ("This paper
    # presents our English-German Automatic Post-Editing (APE) system submitted to the APE
    # Task"; also before "data" or "text": ``_names_data``), as does an acronym spelling a task
    # out ("a Traveling Salesman Problem (TSP)")
    # (or that it puts in apposition as a resource: a title's "LongPerceptualThoughts:
    # Distilling System-2 Reasoning ..." is "$LongPerceptualThoughts$, a new synthetic dataset")
    for key, name in list(found.items()):
        if _names_task(text, name) or _names_data(text, name) \
                or any(_RESOURCE_APPOSED.match(text, end)
                       or _RESOURCE_BEFORE.search(text, max(0, start - 120), start)
                       or _RESOURCE_SPELLED.search(text, max(0, start - 30), start)
                       for start, end in whole_words(text, name)) \
                or _team(text, name) and name not in submitted:
            del found[key]
    # a name the text never writes alone is the first word of a longer one: with one more
    # capitalized word after it each time, that word is its head ("We publicly release GLlama
    # Alarm, the knowledge-Guided version of Llama-2", "we introduce SoftER Teacher, a robust
    # detector"); with more, it only opens a descriptive phrase ("we propose a Time-Perception
    # Enhanced Video Grounding via Boundary Perception", R-model-titlephrase)
    for key, name in list(found.items()):
        longer = _longer_name(text, name)
        if longer != name:
            del found[key]
            if longer is not None:
                found.setdefault(normalize(longer), longer)
    # a plural is the singular the text also writes: "a family of models, called EfficientNets"
    # in "EfficientNet: Rethinking Model Scaling ...", "we introduce sliced recurrent neural
    # networks (SRNNs) ... a special case of the SRNN" (R-model-plural)
    singulars: dict[str, str] = {}
    for name in found.values():
        one = singular(text, name)
        singulars.setdefault(normalize(one), one)
    found = singulars
    leading = [singular(text, n) for n in leading]
    first = [n for n in found.values() if n in leading]
    rest = sorted((n for n in found.values() if n not in leading),
                  key=lambda n: -sum(1 for _ in whole_words(text, n)))
    if rest and title is not None and title.group("phrase") in first:
        # a title's phrase of capitalized words names the system only where the abstract names
        # none: "Explore More Guidance: A Task-aware Instruction Network ..." is TIN-SLT's paper
        first.remove(title.group("phrase"))
    # a family named beside its members comes before them: "our models" are the family
    # ("three Latent Meaning Models (LMMs), named LMM-A, LMM-S and LMM-M")
    members = tuple(n[:-1] + "-" for n in found.values() if _PLURAL_ACRONYM.fullmatch(n))
    rest.sort(key=lambda n: n.startswith(members))
    if not found and ("call" in text or "named" in text or "termed" in text or "dubbed" in text):
        # else the lowercase phrase the paper calls its system by (not a model's base:
        # ``_no_model``)
        called = _CALLED_PHRASE.search(text)
        if called is not None:
            return [called.group("name")]
    return first + rest


#: the "-ing" nouns that name a procedure, not a task, as the last word of a name the paper
#: defines an acronym for: "we propose Shallow Aggressive Decoding (SAD)", "we introduce
#: Best-Response Pruning (BRP)", "We propose Multi-Task Zipping (MTZ), a framework" (a task's
#: acronym keeps ``_TASK_PHRASE``: "Question Answering (QA)", "Semantic Role Labeling (SRL)")
_PROCEDURE_ING = re.compile(r"(?:Tun|Decod|Prun|Encod|Filter|Hash|Sampl|Prompt|Pool|Averag|Pass|"
                            r"Distill|Merg|Mask|Zipp|Pipelin|Group|Team)ing")
#: "-ing" nouns that name a field or a generic technique as often as a procedure ("Active
#: Learning (AL)", "Multi-Task Learning (MTL)", "Test-Time Training (TTT)", "a Sentiment and
#: Emotion aware Embedding (SE-Embedding)"): a procedure only with a coined acronym
#: ("Instruction-based Continual Learning (InsCL)") or one of four capitals or more ("Weakly
#: Aligned Structured Embedding (WASE)", "Supporting Clustering with Contrastive Learning
#: (SCCL)", "Simulated Multiple Reference Training (SMRT)")
_FIELD_ING = re.compile(r"(?:Learn|Reason|Rank|Train|Embedd)ing")


def _task_word(word: str, acronym: str) -> bool:
    """Whether the last word of a phrase spelled out before ``acronym`` makes it a task's
    (``_TASK_PHRASE``), not a procedure's (``_PROCEDURE_ING``, ``_FIELD_ING``)."""
    if not _TASK_PHRASE.fullmatch(word) or _PROCEDURE_ING.fullmatch(word):
        return False
    return not (_FIELD_ING.fullmatch(word)
                and (_COINED.search(acronym) or len(re.sub(r"[^A-Z]", "", acronym)) >= 4))


#: the word right before a capitalized phrase that puts it forward itself: the introducing or
#: naming verb, an article, "novel", or the comma or colon of an apposition ("a novel approach,
#: Quantity Tagger, that"); not a modifier of a longer name ("the nested Chinese Restaurant
#: Franchise Process") or of a part ("a cluster-based Compact Network"), nor a preposition
#: ("build upon the motivation behind Highway Neural Networks", "using New York Times Picks")
_PHRASE_LEAD = re.compile(rf"(?:.*[,:]|a|an|the|our|novel|new|{_INTRODUCE}|{NAMING_WORDS})")
#: an apposition that calls the phrase before it a system: "..., a MemNN architecture with",
#: "..., a state-of-the-art approach for" (not "..., a new method for training")
_DESCRIBED_SYSTEM = re.compile(rf"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                               rf"(?!method|technique){_SYSTEM_NOUN}\b")


def _capphrase(text: str, match: re.Match, phrase: re.Match) -> bool:
    """Whether a capitalized phrase at an introducing cue (``_INTRODUCED``) is the paper's
    system's name (R-model-capphrase): put forward by the cue itself (``_PHRASE_LEAD``), written
    again or described in apposition as a system as it is introduced ("We present the Berkeley
    Crossword Solver, a state-of-the-art approach": R-model-named's phrase introduced as its
    name; not "Probability Density Distillation, a new method for training a parallel
    feed-forward network", whose results are the trained network's), not a
    task's, a resource's or a generic class's, and not the start of a longer name spelled out
    before an acronym ("the Big Bidirectional Insertion Representations for Documents (Big
    BIRD)")."""
    words = phrase.group().split()
    lead = text[match.start():phrase.start()].split()
    return bool(lead) and _PHRASE_LEAD.fullmatch(lead[-1]) is not None \
        and not _RESOURCE_APPOSED.match(text, phrase.end()) \
        and not _OPENS_LONGER.match(text, phrase.end()) \
        and not _TASK_PHRASE.fullmatch(words[-1]) \
        and not all(w.lower() in GENERIC_WORDS for w in words) \
        and (_DESCRIBED_SYSTEM.match(text, phrase.end()) is not None
             or sum(1 for _ in whole_words(text, phrase.group())) >= 2)


#: more words of the name after a phrase, up to a parenthesis: "... Representations for
#: Documents (Big BIRD)"
_OPENS_LONGER = re.compile(r"[^,;.()]{0,40}\(")


def _resource_title(text: str) -> bool:
    """Whether the title names a dataset, corpus, benchmark or resource the paper introduces
    ("SciNLI: A Corpus for Natural Language Inference on Scientific Text", "TRANSLIT: A
    Large-scale Name Transliteration Resource"; ``_RESOURCE_APPOSED``)."""
    title = _TITLE.match(text) if "\n\n" in text else None
    return title is not None and _RESOURCE_APPOSED.match(text, title.end("name")) is not None


#: the abstract introducing a dataset, corpus or benchmark ("In this paper, we introduce a new
#: dataset for ...", "We present SQuADRUn, a new dataset that combines ...", "This paper presents a
#: large-scale benchmark of ..."); a system the paper also puts forward (``_PUTS_FORWARD``) makes it
#: no resource paper alone
_RESOURCE_OPENING = re.compile(
    rf"\b(?:[Ww]e|[Tt]his\s+(?:paper|work))\s+(?:also\s+|first\s+)?"
    rf"(?:introduce|present|release|construct|create|build|collect|curate)[sd]?\s+"
    rf"(?:[\w-]+\s*,?\s+){{0,6}}?(?:{DATA_NOUNS})\b")
#: the paper putting forward a system of its own: "we propose a novel model", "we describe an
#: optimization technique", "We also release a predictive model", "as well as a fully supervised
#: model", "our methodology", "Our team", a figure of its own ("We achieve an accuracy of
#: 91%", "we can predict with an F1-score of up to 88%"), or a claim of the state of the art
_PUTS_FORWARD = re.compile(
    rf"\b(?:(?:(?:{INTRODUCING_VERBS}|describe|release)[sd]?\s+(?:[\w-]+\s+){{0,6}}?"
    rf"|as\s+well\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"|[Oo]ur\s+(?:[\w-]+\s+){{0,2}}?)(?:{_SYSTEM_NOUN}|methodology|team)\b|"
    r"[Ww]e\s+(?:\w+\s+)?(?:achiev|obtain|arriv|succeed|reach|attain|can\b)|"
    r"state[\s-]of[\s-]the[\s-]art\s+(?:performance|results?)\b)")


def _resource_abstract(text: str) -> bool:
    """Whether the abstract says the paper introduces a dataset, corpus or benchmark
    (``_RESOURCE_OPENING``) and puts forward no system of its own (``_PUTS_FORWARD``): its scores
    are existing models' (R-own-dataset)."""
    abstract = text[max(text.find("\n\n"), 0):]
    # (the nouns the pattern needs, tested first: most papers have none)
    return any(w in abstract for w in ("ataset", "orpus", "orpora", "enchmark", "reebank")) \
        and _RESOURCE_OPENING.search(abstract) is not None \
        and _PUTS_FORWARD.search(abstract) is None


def _overview(text: str) -> bool:
    """Whether the paper reports a shared task or an evaluation campaign, by its title
    (``_OVERVIEW_TITLE``: "Findings of the First Shared Task on Machine Translation Robustness")
    or by its abstract's opening (``_OVERVIEW_OPENING``)."""
    title_end = text.find("\n\n")
    title, opening = text[:title_end], text[title_end:title_end + 500]
    # (the words the patterns need, tested first: most papers have none)
    return title_end > 0 and (any(w in title for w in ("Findings", "Overview", "Result", "Report",
                                                       "Task", "task", "Challenge"))
                              and _OVERVIEW_TITLE.match(title) is not None
                              or ("hared" in opening or "hallenge" in opening
                                  or "ompetition" in opening or "ampaign" in opening)
                              and _OVERVIEW_OPENING.search(opening) is not None)


def _names_task(text: str, name: str) -> bool:
    """Whether the text writes ``name`` before a task or data noun (``_TASK_OR_DATA_AFTER``:
    "the APE Task", "a new VID corpus"), or defines it as the acronym of a phrase whose last
    words it spells and that ends with "problem" or "task" ("a Traveling Salesman Problem
    (TSP)", not "As-Needed Decomposition and Planning for complex Tasks (ADaPT)"), or that
    follows "task of", "task called" or a task's number (``_TASK_NAMED``)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _attached(text, start - 1) and not _attached(text, end) \
                and _TASK_OR_DATA_AFTER.match(text, end):
            return True
        if text.startswith(")", end) and text[start - 1:start] == "(":
            words = re.findall(r"[\w'\u2019-]+", text[max(0, start - 80):start])
            letters = re.sub(r"[^A-Z]", "", name)
            if words and _TASK_HEAD.search(words[-1]) \
                    and _tail_spells(words, letters) \
                    or _TASK_NAMED.search(text, max(0, start - 120), start):
                return True
        start = text.find(name, end)
    return False


#: "data" or "text" after a name: then not a system the paper puts forward ("We will release
#: the generated synthetic APE data": APE is not whose "APE models trained using ... achieve
#: improvements of 0.37, 0.19 ... TER points" are; "then train an NP IDR classifier" after "on
#: the NP text", Nigerian Pidgin)
_DATA_OR_TEXT_AFTER = re.compile(r"\s+(?:data|texts?)\b")


#: a capitalized word after a name that ends its phrase (a mark or a function word follows,
#: not a noun it modifies: "an Anti-Language Model objective"; not the first word of a sentence
#: whose full stop is lost: "QABriefDataset We show"), or whether another capitalized word
#: follows it
_HEAD_AFTER = re.compile(
    r" (?P<head>(?!(?:We|The|Our|This|These|Those|It|Its|In|On|For|To|By|With|As|At|An?|And|Or|"
    r"Experiments?|Results?|Finally|Moreover|Furthermore|However|Additionally|Also)\b)"
    r"[A-Z][a-z]+)(?![\w-])(?:(?P<more> [A-Z][\w-]*)|(?=\s*[,.;:()\n]|\s*$|\s+(?:which|that|to|"
    r"for|with|and|or|is|are|was|were|has|have|can|on|in|of|as|by|from|achiev\w*|obtain\w*|"
    r"outperform\w*|improv\w*|surpass\w*|us\w*|reach\w*|yield\w*|perform\w*)\b))")


def _longer_name(text: str, name: str) -> str | None:
    """``name`` with the one capitalized word the text writes after it at every mention (the
    name's head: "GLlama Alarm", "SoftER Teacher"); None where a longer phrase of capitalized
    words follows it (a descriptive phrase it opens: "Time-Perception Enhanced Video
    Grounding"); else ``name``."""
    if not name[:1].isupper():
        return name
    heads, more = set(), False
    for _, end in whole_words(text, name):
        after = _HEAD_AFTER.match(text, end)
        if after is None:
            return name
        heads.add(after.group("head"))
        more = more or after.group("more") is not None
    if not heads:
        return name
    if more:
        return None
    return f"{name} {heads.pop()}" if len(heads) == 1 else name


def _team_label(text: str, name: str, start: int, title_end: int) -> bool:
    """Whether a title's leading ``name`` labels a team's entry to the shared task the title
    names, written nowhere in the abstract (R-model-teamsystem: the model is then null), and
    not called a system by the title ("QED: A fact verification system for the FEVER shared
    task", R-model-title)."""
    return _TITLE_TASK_EVENT.search(text, start, title_end) is not None \
        and not _TITLE_CALLS_SYSTEM.match(text, start) \
        and not any(s > title_end for s, _ in whole_words(text, name))


def _team(text: str, name: str) -> bool:
    """Whether the text calls ``name`` a team (``_TEAM_BEFORE``, ``_TEAM_AFTER``)."""
    return ("team" in text or "Team" in text) and any(
        _TEAM_BEFORE.search(text, max(0, start - 12), start) or _TEAM_AFTER.match(text, end)
        for start, end in whole_words(text, name))


def _names_data(text: str, name: str) -> bool:
    """Whether the text writes ``name`` before "data" or "text" (``_DATA_OR_TEXT_AFTER``)."""
    return any(_DATA_OR_TEXT_AFTER.match(text, end) for _, end in whole_words(text, name))


def _source(text: str, name: str) -> bool:
    """Whether the text names ``name`` as the source its data is drawn from
    (``_DRAWN_FROM``)."""
    return any(_DRAWN_FROM.search(text, max(0, start - 60), start)
               for start, _ in whole_words(text, name))


def _generic(text: str, name: str, plural: bool = True) -> bool:
    """Whether the text defines ``name`` as the acronym of a lowercase phrase for a class of
    things or a task, not a system's name: written as the plural it defines ("convolutional
    neural networks (ConvNets)", not SGAN for "(SGANs)"), or a task's acronym that the paper
    does not put forward as its own ("grammatical error correction (GEC)", not "we propose a
    detector using text similarity with round-trip translation (TSRT)"); only the task when
    not ``plural`` (a name an introducing verb is read before: "which trains NAT student",
    where "non-autoregressive translation (NAT)" is the task, while "quasi-recurrent neural
    networks (QRNNs)" may well be the paper's system); nor the acronym of a generic class of
    models spelled out in its words (R-model-archclass: "Our model extends the Recurrent
    Convolutional Neural Network (RCNN)"), unless the text calls it its own ("we propose deep
    recurrent neural networks (DRNNs) ... We evaluated our DRNNs")."""
    stem = name[:-1] if name.endswith("s") else name
    if "(" + stem not in text:  # (most names are defined by no parenthesis)
        return False
    for start, defined in _parenthesized(text, stem):
        if _METRIC_HEAD.search(text, max(0, start - 20), start):
            return True  # a metric's: "We propose the use of mean absolute error (MAE)"
        words = text[max(0, start - 80):start].split()
        generic_run = len(words)
        while generic_run and words[generic_run - 1].lower() in GENERIC_WORDS:
            generic_run -= 1
        if _tail_spells(words, stem.upper(), generic_run) \
                and "our " + name not in text and "Our " + name not in text:
            return True
        phrase = _LOWER_PHRASE.search(text, max(0, start - 60), start)
        if phrase is None:
            continue
        last = phrase.group("last")
        if plural and defined == name and _PLURAL_ACRONYM.fullmatch(name) \
                or not last.endswith("ing") and _TASK_PHRASE.fullmatch(last.capitalize()) \
                and (not _DEFINES.search(text, max(0, start - 150), start)
                     or _SYSTEM_HEAD.match(text, start + len(defined) + 2)):
            return True
    return False


#: the head noun of a metric's name, before its acronym: "mean absolute error (MAE)", "root mean
#: squared error (RMSE)", "a False Triggered Rate (FTR)", "discounted cumulative gain (DCG)"
_METRIC_HEAD = re.compile(r"(?i:errors?|rates?|scores?|metrics?|measures?|accuracy|precision|"
                          r"recall|gain)\s*$")
#: a system's head noun after a task's acronym, which then only says what the system does: "we
#: devise an unsupervised neural machine translation (UNMT) system", "an audio visual automatic
#: speech recognition (AV-ASR) system", "an extreme multi-label classification (XMLC) problem"
_SYSTEM_HEAD = re.compile(r"\s+(?:systems?|models?|approach(?:es)?|methods?|frameworks?|"
                          r"architectures?|pipelines?|problems?)\b")


def _parenthesized(text: str, stem: str) -> Iterator[tuple[int, str]]:
    r"""(where its "(" is, the name) of each "(STEM)" and "(STEMs)" in ``text``, left to right:
    what ``re.finditer`` of ``\((STEMs?)\)`` finds, without compiling a pattern per name (see
    ``names.whole_words``)."""
    opening = "(" + stem
    start = text.find(opening)
    while start >= 0:
        end = start + len(opening)
        written = stem if text.startswith(")", end) else \
            stem + "s" if text.startswith("s)", end) else None
        if written is not None:
            yield start, written
            start = text.find(opening, start + len(written) + 2)
        else:
            start = text.find(opening, start + 1)


def _governed(text: str, acronym: re.Match) -> bool:
    """Whether the phrase an acronym spells out is governed by a preposition or a verb of use
    (``_GOVERNED``): the acronym names what the system works on, not the system."""
    match = _GOVERNED.search(text, max(0, acronym.start() - 80), acronym.start())
    # (not after a naming word, "an algorithm called restarting phased elimination with random
    # permutation (R-PERP)", nor before an apposition introducing it, "based on the Deep
    # Rendering Mixture Model (DRMM), a new generative probabilistic model")
    if match is None or _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
            or _NEW_APPOSED.match(text, acronym.end()):
        return False
    # the governed phrase spells the whole acronym, its first letter first (not "a mixture
    # model of Gaussian distributions in distinct tangent spaces (DP-TGMM)"), or its last
    # words spell exactly the acronym ("on bag-level relation extraction (RE)")
    words = match.group("phrase").split()
    initials = iter(_initials(words))
    letters = re.sub(r"[^A-Z]", "", acronym.group("name"))
    return next(initials, "") == letters[:1] and all(c in initials for c in letters[1:]) \
        or _tail_spells(words, letters, 1)


def _cue_defines(text: str, acronym: re.Match) -> bool:
    """Whether the cue that defines an acronym (``_DEFINES``) puts forward what the acronym
    names: a cue in the acronym's sentence with no preposition or clause word before the
    phrase the acronym spells out ("we propose the Simple Recurrent Unit (SRU)"), not "our
    team ... did at Indian Institute of Technology (ISM)", "our submission for SemEval 2020
    Task 4 - Commonsense Validation and Explanation (ComVE)", "gazetteers containing named
    entities (NE)" or, for a name that is not capitalized, a cue sentences before ("We learn
    our policy ... In a real-world ICU mortality prediction task (MIMIC3)")."""
    # (or an apposition introduces it: "based on the Deep Rendering Mixture Model (DRMM), a
    # new generative probabilistic model")
    if _PAPER_DEFINES.search(text, max(0, acronym.start() - 120), acronym.start()) \
            or _NEW_APPOSED.match(text, acronym.end()):
        return True
    lo = _cue_floor(text, acronym)
    cues = list(_DEFINES.finditer(text, lo, acronym.start()))
    if not cues:
        return False
    boundaries = list(_SENTENCE_END.finditer(text, lo, acronym.start()))
    sentence = boundaries[-1].end() if boundaries else lo
    start = _phrase_start(text, acronym, sentence)
    capitalized = text[start].isupper() if start < acronym.start() \
        else bool(_COINED.search(acronym.group("name")))
    # (a cue sentences before counts for a capitalized name: "we train students ...
    # Surprisingly, these Born-Again Networks (BANs), outperform")
    if cues[-1].end() <= sentence and not capitalized:
        return False
    between = text[max(cues[-1].end(), sentence):start]
    named = list(_NAMED_AFTER.finditer(between))
    between = between[named[-1].end():] if named else between
    # a named model the system is built on is its base (R-model-base): "our ... approach
    # using the transformer-based models based on COVID-Twitter-BERT (CT-BERT)"
    return not _OTHER_ROLE.search(_USED.sub(" ", between) if capitalized else between)


#: a sentence's end: "... data. We", and a paragraph break
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n")
#: a naming word right before the capitalized phrase an acronym spells out: "We therefore
#: propose a simple novel survival regression method capable of ... weights, coined
#: SurvivalMonotonic-net (SuMo-net)"
_NAMED_PHRASE = re.compile(rf"\b(?:{NAMING_WORDS})\s+[A-Z][^,.;:()]{{0,80}}$")


#: what the paper puts forward, named by a naming word, up to the phrase an acronym spells out:
#: the phrase is the system's name even where it ends on a task's or procedure's word ("we
#: propose a novel model named Latent Topic Embedding (LTE)", "We present an algorithm called
#: Optimistic Linear Programming (OLP)", "a variant of ... (SPM) that we called Sliding Spatial
#: Pyramid Matching (SSPM)", or by "i.e." or "namely": "we present a simple yet highly effective
#: defense strategy, i.e., Intention Analysis (IA)"; not what it uses: "using a simple and
#: flexible analysis method called Singular Vector Canonical Correlation Analysis (SVCCA)")
_PROPOSED_NAMED = re.compile(
    rf"(?:\b(?:{INTRODUCING_VERBS})[sd]?\s+(?:an?|the|our)\s+(?:[\w-]+\s+){{0,6}}?[\w-]+,?\s+"
    rf"(?:{NAMING_WORDS}|i\.e\.,?|namely)|\bwe\s+(?:call|name|term|dub)(?:ed)?)"
    r"\s+[A-Z][^,.;:()]{0,80}$")


def _cue_floor(text: str, acronym: re.Match) -> int:
    """Where a cue defining ``acronym`` may start (``_DEFINES``): 150 characters before it, or
    its sentence's start where a naming word introduces the phrase it spells out (the naming
    word ties the phrase to the sentence's cue, however long the description in between)."""
    lo = max(0, acronym.start() - 150)
    if _NAMED_PHRASE.search(text, max(0, acronym.start() - 100), acronym.start()):
        ends = list(_SENTENCE_END.finditer(text, max(0, acronym.start() - 400), lo))
        lo = ends[-1].end() if ends else max(0, acronym.start() - 400)
    return lo
#: words after a cue that give the next phrase another role than the proposed system's
_OTHER_ROLE = re.compile(r"\b(?:for|on|in|at|with|from|by|into|via|using|containing|where|"
                         r"when|whose|while)\b", re.IGNORECASE)
#: a naming word, a verb putting a system forward or a relative pronoun describing it, after
#: which a phrase is the name: "a structure called Attention ...", "propose a ...
#: augmentation for ... and propose Mixture-of-Linear-Experts (MoLE)", "a ... method for
#: dependency parsing that treats parsing as tagging (PaT)"
_NAMED_AFTER = re.compile(rf"\b(?:{NAMING_WORDS}|namely|as|that|which|{_INTRODUCE})\b|"
                          r"[,:]\s*(?:(?:an?|the|our)\s+)?$")
#: words after a cue before a named model the system is built on: "using", "with", "based
#: our approach on"
_USED = re.compile(r"\b(?:using|with|via|(?:based|built)\b[^,;]{0,40}?\bon)\b", re.IGNORECASE)
#: an acronym coined as a name, not an abbreviation: "BistParser", "TriAN" (not "CRFs")
_COINED = re.compile(r"[a-z].*[A-Z]")
#: words that an acronym's letters skip: "Pack of LLMs (PackLLM)"
_FUNCTION_WORDS = frozenset("a an the of for and with to in on".split())


def _phrase_start(text: str, acronym: re.Match, lo: int) -> int:
    """Where the phrase an acronym spells out starts: the fewest words before it whose
    initials start with the acronym's first letter and hold its other capitals in order, else
    the capitalized words right before it ("Indian Institute of Technology (ISM)"), else the
    acronym's parenthesis."""
    words = list(re.finditer(r"[\w'\u2019-]+", text[lo:acronym.start()]))[-10:]
    letters = re.sub(r"[^A-Z]", "", acronym.group("name"))
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() in _FUNCTION_WORDS:
            continue
        initials = iter(_initials([w.group() for w in words[i:]
                                   if w.group().lower() not in _FUNCTION_WORDS]))
        if letters and next(initials, "") == letters[0] and all(c in initials for c in letters[1:]):
            return lo + words[i].start()
    start = acronym.start()
    for word in reversed(words):
        if not word.group()[0].isupper() and word.group() not in _FUNCTION_WORDS:
            break
        if word.group()[0].isupper():
            start = lo + word.start()
    return start


def _initials(words: list[str]) -> str:
    """The capitalized first letters of words and of their hyphened parts."""
    return "".join(p[0].upper() for w in words for p in w.split("-") if p)


def _tail_spells(words: list[str], letters: str, first: int = 0) -> bool:
    """Whether the last words, from index ``first`` or later to the end, spell ``letters`` by
    their initials (an acronym spelled out just before its parenthesis)."""
    return any(_initials(words[i:]) == letters for i in range(first, len(words)))


#: the source of a MODEL name "our" puts before its model noun (names.py ``_OUR_NETWORK``,
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
        # (names in markdown italics read as names.py reads them: "we propose *BoostPFN*")
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
                # else, for its results, the name "our" puts before a network noun (names.py):
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
            return _base_model(text, models) if _no_model(text, own()) else None

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


#: a size written in a name: "Qwen-2.5-7B-Instruct", "Llama 2 13B"
_CARRIES_SIZE = re.compile(r"\d(?:\.\d+)?[BbMm](?![a-z])")


def _sized_base(based: str | None, span: Span, models: list[_Name]) -> str | None:
    """R-params-base: a size no name claims, of the paper's own models (it names no system of
    its own), takes the one model they are built on (``_base_model``'s cues: "we used a BERT
    language model ... for a total of 110 million parameters" -> BERT), written before the size
    and carrying no size of its own (not a sized name: "Qwen-2.5-7B-Instruct")."""
    if based is None or _CARRIES_SIZE.search(based):
        return None
    first = next((n.start for n in models if n.written == based), None)
    return based if first is not None and first < span.start_char else None


def _no_model(text: str, systems: list[str]) -> bool:
    """Whether the paper names no system of its own, or names an application built around a
    model ("we present SUPP.AI, an application for browsing evidence")."""
    if not systems or systems[0].islower():
        return True  # (nor a lowercase phrase: "a technique we call 'gradual fine-tuning'")
    name = systems[0]
    start = text.find(name)
    while start >= 0:  # (a pattern per name would be compiled each time: see names.whole_words)
        if not _attached(text, start - 1) and _APPLICATION.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False


#: a model's name spelled out before its acronym: "the OpenAI Generative Pre-trained
#: Transformer (GPT", "Bidirectional Encoder Representations from Transformers (BERT"
_SPELLED_OUT = re.compile(r"\b(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|for|from|and|to|with|on|"
                          r"in)\s+)?[A-Z][\w'-]*){0,7}\s*\(\s*$")


def _spelled_start(text: str, name: _Name) -> int:
    """Where the words before ``name`` start when they spell it out and it stands in
    parentheses after them, else where ``name`` starts: the cue of what a system is built on
    stands before the spelled-out name ("we utilize a pre-trained language model, the OpenAI
    Generative Pre-trained Transformer (GPT)")."""
    spelled = _SPELLED_OUT.search(text, max(0, name.start - 100), name.start)
    return spelled.start() if spelled is not None else name.start


def _base_model(text: str, models: list[_Name]) -> str | None:
    """The one lexicon model the paper's unnamed system is built on (R-model-base: its
    results are that model's); None when the text builds on none or on two."""
    # (not a name listed before another the lexicon may not know: "We tested our method on
    # LeNet-5 and FCNs" builds on two)
    # (nor a name used as the baseline: "we used BERT as our baseline model", nor one whose
    # features the system is trained on, an input (R-model-featurebase): "We developed baseline
    # classifiers trained on pre-trained RoBERTa features")
    # (a name the lexicon does not know counts too, "federated training of a popular NLP model,
    # TextCNN", "we use TagLM as the basic model", but not one glued to "based": "BERTbased")
    cued = [n for n in models
            if (n.known or not n.written.lower().endswith("based"))
            and _BASE_CUE.search(text, max(0, (cue := _spelled_start(text, n)) - 80), cue)
            and not _AS_BASELINE.match(text, n.end)
            and not INPUT_AFTER.match(text, n.end)
            and not ((listed := _LISTED_AFTER.match(text, n.end)) is not None
                     and text[listed.end():listed.end() + 1].isupper())]
    # (and the models listed with one: "We utilize pre-trained DistilBERT and EfficientNet to
    # extract features" builds on two)
    near = _Nearby(models)  # (a test of every model per cued one was quadratic)
    based = {normalize(n.written): n.written for n in cued + [
        m for n in cued for m in near.between(n.end, _separators_end(text, n.end))
        if _LISTED_AFTER.fullmatch(text, n.end, m.start)]}
    if not based and (title_end := text.find("\n\n")) > 0:
        # else the one lexicon model the title says the system uses: "TheNorth at SemEval-2020
        # Task 12: Hate Speech Detection Using RoBERTa", "FBK@SMM4H2020: RoBERTa for Detecting
        # Medications on Twitter", "BERT-based Cohesion Analysis of Japanese Texts"
        # (not a model whose embeddings the abstract says it uses, a tool (R-model-tool):
        # "ELMo-based System for ..." with "a pre-trained ELMo embedding with GRU units")
        # (nor where the abstract compares systems, "We compare AlexNet ... with a custom CNN",
        # or names a longer model holding the title's: "BERT-based ..." for "An ensemble model
        # based on CAMeLBERT")
        if not ("ompar" in text and _COMPARES.search(text, title_end)):
            based = {normalize(n.written): n.written for n in models
                     if n.known and n.end <= title_end and _title_base(text, n, title_end)
                     and not any(_input_or_longer(text, normalize(n.written), m) for m in models)}
    return next(iter(based.values())) if len(based) == 1 else None


#: a title's words before the model its system uses: "... Using RoBERTa", "... with BERT",
#: "Fine-tuning BERT with ...", "... Using Pre-trained BERT"
_TITLE_USING = re.compile(r"\b(?:[Uu]sing|[Ww]ith|[Vv]ia|[Bb]ased\s+[Oo]n|[Ff]ine-?[Tt]uning|"
                          r"[Ll]everaging|[Ee]xploiting)\s+(?:(?:an?|the|[Pp]re-?[Tt]rained|"
                          r"[Ff]ine-?[Tt]uned)\s+)?$")
#: a title's model as its system's head, at its start or after its colon: "RoBERTa for
#: Detecting ...", "BERT-based Cohesion Analysis", "OleNet at ...: BERT based Multi-Perspective
#: Models"
_TITLE_HEAD = re.compile(r"^(?:[^:\n]*:\s*)?$")
_HEAD_AFTER_TITLE_MODEL = re.compile(r"(?:-based|\s+[Bb]ased|\s+for)\b")
#: a title's model before the head noun of the system's phrase, wherever that phrase stands:
#: "An Inference Chain-based GPT Model for Rumour Evaluation", "- RoBERTa Ensembles and ..."
_MODEL_NOUN_AFTER = re.compile(r"\s+(?:[Mm]odels?|[Ee]nsembles?)\b")
#: the next item of a list after the title's model: "Using BERT and Linear models", "with
#: AlexNet and a Custom CNN"
_NOT_TITLE_BASE = re.compile(r"\s*(?:,|\band\b|&|/)")
#: an abstract comparing systems: then the title's model may be any of them
_COMPARES = re.compile(r"\b[Cc]ompar(?:e[sd]?|ing|ison)\b")


def _input_or_longer(text: str, key: str, other: _Name) -> bool:
    """Whether ``other`` is a mention of the model ``key`` whose embeddings or features the
    system uses (``INPUT_AFTER``), or a longer model name holding it ("CAMeLBERT" for BERT)."""
    written = normalize(other.written)
    return bool(INPUT_AFTER.match(text, other.end)) if written == key else key in written


def _title_base(text: str, name: _Name, title_end: int) -> bool:
    """Whether the title names ``name`` as the one model its system uses (``_TITLE_USING``,
    ``_TITLE_HEAD``, ``_MODEL_NOUN_AFTER``), not one item of a list (``_NOT_TITLE_BASE``,
    ``_PREVIOUS_ITEM``)."""
    if _NOT_TITLE_BASE.match(text, name.end, title_end) \
            or _PREVIOUS_ITEM.search(text, max(0, name.start - 40), name.start):
        return False
    return bool(_TITLE_USING.search(text, max(0, name.start - 40), name.start)
                or _TITLE_HEAD.match(text, 0, name.start)
                and _HEAD_AFTER_TITLE_MODEL.match(text, name.end, title_end)
                or _MODEL_NOUN_AFTER.match(text, name.end, title_end))


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


#: one or two capitalized words that "the" or "our" puts before a system's head noun, which
#: name it though not name-shaped: "The Paparazzo system, ... ranks thirteen with an accuracy of
#: 0.747", "Chinese Whispers algorithm outperformed ..., yielding", "the SSL Mean Teacher approach"
#: (its first word after no other word but "the" or "our"; not a determiner or a sentence's
#: capitalized adjective: "This system", "My approach", "Baseline system")
_WORDS_BEFORE_HEAD = re.compile(
    r"(?:(?<![A-Za-z]\s)|(?<=\b[Tt]he\s)|(?<=\b[Oo]ur\s))"
    r"(?!(?:This|That|These|Those|Our|My|The|Each|Every|Another|Their|Its|Such|"
    r"Any|Which|Both|Proposed|Baseline|Best|New|Final|Overall|Full|Whole|"
    r"Entire|Same|Resulting|Hybrid|Combined)\b)"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s+(?:system|algorithm|approach)\b)")


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
                    and match.start() not in taken \
                    and not is_metric(match.group()) and not _generic(text, match.group()) \
                    and not _PAIR_NAME.fullmatch(match.group()) \
                    and not _names_task(text, match.group()) \
                    and not _names_data(text, match.group()) and not _team(text, match.group()):
                # (a plural as the singular the text also writes: "an ensemble of two FS-RNNs
                # achieves 1.20 BPC" after "the Fast-Slow RNN (FS-RNN)", R-model-plural)
                out.append(_Name(match.start(), match.end(), singular(text, match.group()),
                                 False, True))
        for match in _WORDS_BEFORE_HEAD.finditer(text, lo, hi):
            if _words_before_head(text, match.group()) and match.start() not in taken \
                    and not _names_task(text, match.group()) and not _team(text, match.group()):
                out.append(_Name(match.start(), match.end(), match.group(), False, True))
    return out


def _attribute_results(text: str, results: list[Span], names: list[_Name], systems: list[str],
                       sentences: list[tuple[int, int]], base: str | None) -> None:
    """Set each result's model and own flag; an unnamed own result goes to the paper's
    system, else to the ``base`` model that system is built on."""
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Span]] = {}
    for span in results:
        by_sentence.setdefault(bisect.bisect_right(starts, span.start_char) - 1, []).append(span)
    # a shared task's findings report the participants' results, not a system of the paper's
    overview = _overview(text)
    paper_system = None if overview \
        else base or (systems[0] if systems and not _paired(text, systems) else None)
    # a resource paper naming no system of its own scores existing models on its data
    # (by its title, or by its abstract: only a title's makes a known model's change not own,
    # as an abstract's may be the gain of training on its data: "SAT training improves a
    # LLaVA-13B model by an average 11%")
    titled = not systems and base is None and _resource_title(text)
    resource = titled or not systems and base is None and _resource_abstract(text)
    # a team's paper on its shared-task entry scores its own runs, whatever model they are
    entry = not overview and _ENTRY_TITLE.match(text, 0, max(text.find("\n\n"), 0)) is not None
    lowered = text.lower()
    agreement = "IAA" in text or any(word in lowered for word in _AGREEMENT_WORDS)
    own_names = {s.lower() for s in systems}
    every = _Nearby(names)
    for index, spans in by_sentence.items():
        sent_start, sent_end = sentences[max(0, index)]
        sentence = text[sent_start:sent_end]
        near = _Nearby(every.between(sent_start, sent_end - 1))
        in_sentence = near.names
        passed: dict[int, int] = {}  # _name_before's memo of names that are no subject
        applied: dict[int, list[_Name]] = {}  # _applied_base's memo of the names applied to
        assigned = _respectively(text, spans, in_sentence, sent_start, sent_end)
        # whether the sentence names neither the paper's own nor its systems, found once for
        # all its results (a search per result made a long sentence take quadratic time)
        unmarked = None
        # whether the sentence gives its values to an unnamed model the paper's method is
        # applied to (R-model-base's null clause), found once for all its results
        unnamed_base = None
        has_gap = "gap" in sentence  # (``_gap``'s word, tested once for all its results)
        for span in spans:
            # False for the first value of a change (results.py)
            start_value = span_value(span, "own")
            # a score alone in a parenthesis right after a name is that name's: "the best
            # system in subtask 2 is LexNet (F1 = 0.445)", and a compared system's where the
            # name is the object of a comparison: "significantly higher than GPT-4 (2.92%)"
            paren = _name_paren(text, span, near)
            compared = paren is not None and paren.written.lower() not in own_names \
                and bool(_COMPARED_BEFORE.search(text, max(sent_start, paren.start - 120),
                                                 paren.start))
            name = paren or assigned.get(span.start_char) or _name_after(text, span, near) \
                or _name_before(text, span, near, sent_start, passed)
            # the size of a gap between systems is no one system's: not a name inside the
            # gap's "between" phrase ("the accuracy gap between finetuning BERT-based model and
            # ... narrows to within 1%"), nor the paper's (below)
            gap = _gap(text, span, sent_start) if has_gap else None
            if gap is not None and gap.re is _GAP_BEFORE and gap["between"] \
                    and name is not None and gap.start() < name.start < span.start_char:
                name = None
            if humans_figure(text, span.start_char, span.end_char, sent_start):
                model, own = None, False  # humans' figure, whatever names the clause holds
            elif _ORACLE_BEFORE.search(text, max(sent_start, span.start_char - 80),
                                       span.start_char):
                model, own = None, True  # the oracle of the paper's candidates (R-res-oracle)
            elif span_value(span, "source") == COMPARISON:
                # the first value of a change made by the paper's system or a named subject is
                # the compared system's, not that subject's: "CoRI can significantly outperform
                # the baselines, improving AUC from .677 to .748" (R-res-baseline)
                # (not a bound on the subject's own figure: "FIRE outperforms previous methods
                # by margins larger than 2.8%")
                if name is not None and (name.subject_only or name.written.lower() in own_names) \
                        and not _BOUND_BEFORE.search(text, max(0, span.start_char - 30),
                                                     span.start_char):
                    name = None
                other = paren if paren is not None \
                    and paren.written.lower() not in own_names else None
                name = other or name or _compared(text, span, near, sent_start)
                model, own = (name.written if name else None), False
            elif name is None:
                # annotators' agreement is no system's (R-own-agreement), named as such or as
                # a bare "agreement" that metrics.py typed correlation: "Our annotation with
                # experts leads to an acceptable agreement of k = .70"
                others = _others(text, span, sent_start) \
                    or agreement and _agreement(text, span, sent_start, sent_end) \
                    or _SOTA_FIGURE.search(text, max(sent_start, span.start_char - 60),
                                           span.start_char) is not None \
                    or span_value(span, "metric_type") == "correlation" \
                    and annotators_agreement(span_value(span, "metric"), sentence) \
                    or _RANKED_OTHER.search(text, max(sent_start, span.start_char - 80),
                                            span.start_char) is not None \
                    or _short_of_humans(text, span, sent_start, sentence) \
                    or gap is not None \
                    or _FOR_OTHERS_AFTER.match(text, span.end_char, sent_end) is not None
                # (the paper's system did not give the first value of "from 28% to 76%")
                if unnamed_base is None:
                    unnamed_base = base is None and _UNNAMED_BASE.search(sentence) is not None
                model = None if others or start_value is False \
                    else _opening_base(text, span, in_sentence, sent_start) \
                    or _applied_base(text, span, every,
                                     sentences[index - 1][0] if index > 0 else sent_start,
                                     sent_end, applied) \
                    or (None if unnamed_base else paper_system)
                own = not others  # "baselines achieve below 65%"
                if resource and span_value(span, "kind") == "score":
                    own = False  # "Our best systems achieve an accuracy of 92%" (R-own-dataset)
            elif start_value is False and name.written.lower() in own_names:
                model, own = None, False  # "with Quiet-STaR, we find ... (5.9%→10.9%)"
            else:
                # a known model's score with no mark of the paper's own: "GPT-4 reaches 43%"
                # in a paper that evaluates it; in a resource paper its change too (R-own-dataset):
                # "an average accuracy gain of 23% over the next best model", "RoBERTa-large
                # achieves ... 51% on the test set of TORQUE, about 30% behind human performance"
                # the paper's named system run on the model its sentence opens on gives that
                # model's figure (R-model-base): "On Llama3.1-8B, ParaPO ... from 17.3 to 12.9"
                # (not an attack's, R-model-attack)
                model = (name.written.lower() in own_names
                         and not _ATTACK.search(text, sent_start, span.start_char)
                         and _opening_base(text, span, in_sentence, sent_start, named=True)) \
                    or name.written
                kind = span_value(span, "kind")
                if unmarked is None and name.known and kind == "score" and not resource:
                    # (in a shared-task entry's paper a model's figure is the team's run unless
                    # the sentence calls it a baseline: "a BERT model was fine-tuned for the
                    # second task ... with an F1-score of 73.10%", not "the BERT-based baseline")
                    unmarked = not _OWN_MARK.search(sentence) \
                        and not _THIS_METHOD.search(sentence) \
                        and not _TRAINING_OPENS.match(sentence) \
                        and not any(s in sentence for s in systems) \
                        and not (entry and "baseline" not in sentence)
                own = not compared and not (name.known and (
                    kind == "score" and (resource or unmarked
                                         and not _based_system(sentence, name.written))
                    or kind == "delta" and titled)) \
                    and not (name.written.lower() not in own_names
                             and _short_of_humans(text, span, sent_start, sentence))
            # "from 36.2% to 40.7%": 36.2 is where the system started; a finding that measures
            # no system (kind other, R-kind-finding) is no one's own: "We find that 54.98% of
            # sentences have ellipses"
            set_span_values(span, model=model,
                            own=own and start_value is not False and not overview
                            and span_value(span, "kind") != "other")


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


#: another entry of a shared task, ranked, whose score is written right after it: "scores
#: higher than the 8th ranking system (78.5% accuracy)", "almost as good as the best performing
#: system which was at 0.8547" (not the paper's own "Our best system (F1 0.80)", nor its "first
#: system (86 F1)"; nor a parenthesis that may tell the paper's own score: "we were able to score
#: slightly higher than the 3rd ranking system (reaching 70.7%)")
_RANKED_OTHER = re.compile(
    r"\bthe\s+(?:\d+(?:st|nd|rd|th)|best|top|first|second|third|winning|highest)[\s-]"
    r"(?:ranking|ranked|placed|performing|scoring)\s+(?:systems?|teams?|submissions?|entry)\s*"
    r"(?:\(\s*|which\s+(?:was|is)\s+at\s+)$", re.IGNORECASE)
#: an oracle's score, of the candidate set the paper's method chooses from, whose gains take the
#: system's name (R-res-oracle): "these iteration outputs have an oracle score higher than
#: baseline up to 1.01 BLEU points", "an increase in oracle scores up to +1.30 is observed"
_ORACLE_BEFORE = re.compile(r"\boracle\s+scores?\b[^.;,()]{0,60}$", re.IGNORECASE)


#: an unnamed model the paper's method is applied to, in a result's sentence: "improvements of up
#: to 0.58 pp ... when fine-tuning a strong baseline", "By applying E2T to a simple
#: sequence-to-sequence model", "by training a translation model using our data augmentation
#: strategy": the sentence's values are that model's, not the method's (R-model-base's null
#: clause, R-model-titleonlybase, R-model-datamethod); not the paper's own model as what is
#: trained ("can be leveraged to train a model end-to-end to automatically generate code",
#: pix2code's), nor a model the sentence opens on ("With a mixture-of-softmax model, we show
#: gains of up to 1.0 perplexity points" is PDR's in dev4 acl:P19-1142's gold)
_UNNAMED_BASE = re.compile(
    r"\b(?:[Ff]ine-?tun(?:e|es|ed|ing)|[Aa]ppl(?:y|ies|ied|ying)\s+(?:it|them|[\w-]+)\s+to|"
    r"[Tt]raining)\s+(?:an?|any)\s+(?:[a-z0-9][\w-]*\s+){0,3}?"
    r"(?:baselines?|models?|networks?|LLMs?|classifiers?)\b(?!\s*(?:\(|sizes?\b|parameters\b))")


#: a comparative bound right before a figure: "larger than", "lower than", "more than about"
_BOUND_BEFORE = re.compile(r"(?:\w+er|more|less|fewer)\s+than\s+(?:about\s+|approximately\s+)?$",
                           re.IGNORECASE)


#: between two systems the paper puts forward together: "(MTO) and a Margin-based
#: Sentence-level Objective (", "X and Y"
_AND_BETWEEN = re.compile(r"\)?\s*,?\s+(?:and|or)\s+[^.;:]{0,80}$")


def _paired(text: str, systems: list[str]) -> bool:
    """Whether the paper puts its first two systems forward together ("we propose a Margin-based
    Token-level Objective (MTO) and a Margin-based Sentence-level Objective (MSO)"): its
    unnamed results ("our approach ... 1.36 BLEU improvements") are then no one system's."""
    if len(systems) < 2:
        return False
    first, second = systems[0], systems[1]
    ends = [e for _, e in whole_words(text, first)]
    return any(_AND_BETWEEN.match(text, end, start) for start, _ in whole_words(text, second)
               for end in ends if 0 < start - end <= 100)


def _opening_base(text: str, span: Span, names: list[_Name], sent_start: int,
                  named: bool = False) -> str | None:
    """The lexicon model an own result's sentence opens on (``_BASE_OPENING``: "Using
    pre-trained BERT, our model achieves 95.48 F1"): the system run on it (R-model-base);
    before a comma only where the opening is a bare "On" or the paper's system is ``named``."""
    if not _BASE_OPENING.match(text, sent_start):
        return None  # (no name to read: the sentence opens otherwise)
    for name in names:
        if name.known and name.end <= span.start_char \
                and (opening := _BASE_OPENING.fullmatch(text, sent_start, name.start)) \
                and not _AS_ROLE.match(text, name.end) \
                and (not (named or opening.group("on")) or _COMMA_AFTER.match(text, name.end)):
            return name.written
    return None


#: the paper's method applied to a model, right before its name: "we apply it to an image
#: segmentation architecture, Deeplab V3,", "when we apply proxy-tuning to Llama2-70B"
_APPLIED_TO = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|adapt(?:s|ed|ing)?)\s+(?:it|them|"
    r"our\s+(?:[\w-]+\s+)?(?:method|approach|technique|framework|algorithm)s?|[\w-]+)\s+(?:to|on)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:(?:models?|architectures?|networks?|LLMs?)\s*,?\s*)?$")
#: a second model the method is applied to: "We apply prefix-tuning to GPT-2 for table-to-text
#: generation and to BART for summarization"
_APPLIED_AGAIN = re.compile(r"[^.;]{0,60}?\band\s+(?:to|on)\s+(?:the\s+)?[A-Z]")


def _applied_base(text: str, span: Span, every: _Nearby, lo: int, hi: int,
                  applied: dict[int, list[_Name]]) -> str | None:
    """The one lexicon model the paper applies its method to in the result's sentence or the
    one before (``lo`` to ``hi``): its unnamed own results are that model's (R-model-base; not
    one item of a list: "we apply our method to ... including ResNet, DenseNet, MobileNet").
    The models applied to are found once per sentence and kept in ``applied`` (a walk back
    over every name per result made long sentences take quadratic time)."""
    if lo not in applied:
        applied[lo] = [n for n in every.between(lo, hi) if n.known
                       and _APPLIED_TO.search(text, max(lo, n.start - 120), n.start)]
    for name in reversed(applied[lo]):
        if name.start < span.start_char and name.end <= span.start_char:
            return None if _in_list(text, name, every) or _APPLIED_AGAIN.match(text, name.end) \
                else name.written
    return None


def _in_list(text: str, name: _Name, every: _Nearby) -> bool:
    """Whether another name is listed right before or after the name (``_LISTED_AFTER``
    between them); only the names its separators reach are read."""
    end, start = _separators_end(text, name.end), name.start
    while start > 0 and (text[start - 1] in _SEPARATOR_CHARS or text[start - 1].isspace()):
        start -= 1
    return any(_LISTED_AFTER.fullmatch(text, name.end, m.start)
               for m in every.between(name.end, end)) \
        or any(_LISTED_AFTER.fullmatch(text, m.end, name.start)
               for m in every.between(start - every.longest, name.start))


def _separators_end(text: str, end: int) -> int:
    """Where the separators of a list (``_SEPARATOR_CHARS`` and spaces) from ``end`` on end:
    the next item of a list after a name starts there or before."""
    while end < len(text) and (text[end] in _SEPARATOR_CHARS or text[end].isspace()):
        end += 1
    return end


#: a comparison between a result and a name after it, which is the point of comparison, not the
#: result's own: "the total number of distinct morphemes identified by our system is on average
#: 12.8% lower than for Morfessor", "70% and 20% gain on the F1 score against ChatGPT and Bard
#: respectively" (not "over", which also names the base a method improves: "improvements of
#: 3.8% and 1.4% over the two state-of-the-art transformer models, BERT and RoBERTa, respectively")
_COMPARED_BETWEEN = re.compile(r"\b(?:than|vs\.?|versus|compared|against|relative\s+to)\b")


def _respectively(text: str, spans: list[Span], names: list[_Name], sent_start: int,
                  sent_end: int) -> dict[int, _Name]:
    """"1.29x and 1.25x speed-ups in Gemma 7B and Llama 2 13B, respectively": result start ->
    name, when the counts agree (not the names the results are compared with), or when the
    values come in groups of as many as the names listed before them."""
    if len(spans) < 2 or "respectively" not in text[sent_start:sent_end]:
        return {}
    names = [n for n in names if not n.subject_only]
    after = [n for n in names if n.start >= spans[0].end_char]
    if after and _COMPARED_BETWEEN.search(text, spans[-1].end_char, after[0].start):
        after = []
    if len(after) != len(spans):
        after = [n for n in names if n.end <= spans[0].start_char]
    if len(after) != len(spans):
        # one group of values per listed name, again per data or task: "boosts the accuracy
        # of Llama-3.1-8B and 70B Instruct models, achieving absolute gains of 8.8% and 11.6% on
        # MATH500, 10.0% and 20.0% on AMC23, ..., respectively"
        # (closed by "respectively" after the last value: not "we achieve an accuracy of 96.0
        # and 94.1 on GSM-IC2-1K and GSM-ICM-1K, respectively, ... outperforming ... by +11.7
        # and +11.1", whose values pair with the data)
        after = _listed_names(text, after)
        if len(after) < 2 or len(spans) % len(after) \
                or "respectively" not in text[spans[-1].end_char:sent_end]:
            return {}
        after = after * (len(spans) // len(after))
    return {s.start_char: n for s, n in zip(spans, after, strict=True)}


def _listed_names(text: str, names: list[_Name]) -> list[_Name]:
    """The names listed last among ``names`` (joined by ``_LISTED_AFTER``): "Llama-3.1-8B and
    70B" of "SPOC boosts the accuracy of Llama-3.1-8B and 70B Instruct models"."""
    listed = names[-1:]
    for name in reversed(names[:-1]):
        if not _LISTED_AFTER.fullmatch(text, name.end, listed[0].start):
            break
        listed.insert(0, name)
    return listed


#: a name's parenthesis up to a value: "LexNet (F1 = ", "GPT-4 (" (a metric before an equals
#: sign or colon at most: not "UNMT (up to")
_PAREN_BEFORE = re.compile(r"\s*\(\s*(?:[A-Za-z][\w@.-]*\s*[=:]\s*)?")
#: what closes a parenthesis holding one value: its unit or a metric word ("(15.0%)", "(47.78
#: ROUGE-1)"; not "(95.2% vs. 89.53%)", "(94% and 72% ...)")
_PAREN_AFTER = re.compile(r"\s*%?\s*(?:[A-Za-z][\w@.-]*\s*)?\)")

#: "is" right before a name
_IS_BEFORE = re.compile(r"\b(?:is|was)\s+$")
#: a comparison before a name in its clause: "significantly higher than GPT-4 (2.92%)",
#: "outperforming baselines such as E5-Mistral-7B-Instruct (15.0%) and BM25 (9.8%)", "a 6.7%
#: improvement over the state-of-the-art method, NEFTune (64.69%)"
_COMPARED_BEFORE = re.compile(r"\b(?:than|over|outperform\w*|surpass\w*|compared|versus|vs\.?|"
                              r"baselines?|such\s+as|to)\b[^;:]*$", re.IGNORECASE)


def _name_paren(text: str, span: Span, near: _Nearby) -> _Name | None:
    """The name right before a parenthesis that holds only the result, a score ("ELIZA (22%)",
    "GHHH (F1 = 0.790)"; not a change: "OntoNotes (+3.9 F1)"); only the names ending within 20
    characters before it are read."""
    if span_value(span, "kind") != "score" or span.text.startswith(("+", "-", "\u2212")) \
            or not _PAREN_AFTER.match(text, span.end_char):
        return None
    for name in near.between(span.start_char - 20 - near.longest, span.start_char):
        # (a name-shaped word only after "is" or a comparison: "the best system ... is GHHH
        # (F1 = 0.790)", "outperforming ELIZA (22%)"; not a metric or data: "ranked first
        # according to LAS (75.84%)", "MR (82.1%)")
        if span.start_char - 20 <= name.end < span.start_char and not (
                name.subject_only and not _IS_BEFORE.search(text, max(0, name.start - 12),
                                                            name.start)
                and not _is_object(text, name.start, max(0, name.start - 120))):
            before = _PAREN_BEFORE.match(text, name.end)
            if before is not None and before.end() == span.start_char:
                return name
    return None


def _name_after(text: str, span: Span, near: _Nearby) -> _Name | None:
    """A name written right after the result: "(Llama2-70B)", "for Llama-2-7B", or the
    lexicon model its clause ends on, past other words and figures (``_BASE_AFTER``) (not a
    point of comparison: "12.8% lower than for Morfessor", ``_COMPARED_BETWEEN``; nor an attack's
    target); only the names starting within 100 characters are read, and only the first lexicon
    model as the one the clause ends on ("ranging from 87.0% to 99.3% for GPT-3.5 and 93.1% to
    98.7% for GPT-4o-mini": 87.0% is not GPT-4o-mini's)."""
    first_known = True
    for name in near.between(span.end_char, span.end_char + 100):
        if name.known and first_known and span.end_char < name.start <= span.end_char + 100 \
                and _BASE_AFTER.fullmatch(text, span.end_char, name.start) \
                and _CLAUSE_ENDS.match(text, name.end) \
                and not _COMPARED_BETWEEN.search(text, span.end_char, name.start) \
                and not _ATTACK.search(text, max(0, span.start_char - 150), name.end):
            return name
        first_known = first_known and not name.known
        after = _NAME_AFTER.match(text[span.end_char:name.start]) \
            if not name.subject_only and span.end_char <= name.start <= span.end_char + 45 \
            and not _COMPARED_BETWEEN.search(text, span.end_char, name.start) else None
        if after is not None and not (after.group("on") and (
                name.written.islower() or _HEADS_TASK.match(text, name.end)
                or _ATTACK.search(text, max(0, span.start_char - 150), name.end))):
            return name
    return None


#: the model a result's clause says it was reached with, on or for, past its metric and data
#: (R-model-base): "REFA achieves a **52.17%** length-controlled win rate on AlpacaEval2 with
#: Llama-3-8B-Instruct", "a BLEU gain of 1.5 points in En-De translation on BART", also past
#: one short parenthesis: "we improve by up to 15.80% (absolute) with Llama3.3-70B-Instruct",
#: "by up to 60.8% accuracy (from 31.8% to 92.6%) on Brick World scenarios for GPT-3.5-Turbo"
#: (no comma between but the one closing a list's "respectively": "a perplexity improvement of
#: 0.98 and 0.95 on W4A4KV4 and W4A4KV16, respectively, for LLaMA3-70B"), or built "on top of" it:
#: "We obtain 1.8% gain of F1 accuracy on top of the BiDAF reader" (dev31 acl:K19-170)
_BASE_AFTER = re.compile(r"[^,;()]{0,80}?(?:\([^,;()]{0,30}\)[^,;()]{0,60}?)?(?:,\s*respectively,)?"
                         r"\s(?:with|using|on(?:\s+top\s+of)?|for)\s+(?:the\s+|an?\s+)?")
#: the end of a clause right after a name, maybe past its head noun, or the reference it is
#: compared with: "improves average accuracy by 3.86% across multiple zero-shot benchmarks for
#: LLaMA-3-8B compared to Wanda", "and 1.0% on top of the BERT base model."
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:model|reader|baseline|encoder|backbone)s?)?"
                          r"\s*(?:[,.;]|$|compared\s+(?:to|with)\b)")


#: a participle and the preposition that names what made the subject, before a name-shaped
#: word: "subsets found by ClipCov achieve over 2.7x", "The results we obtained with TEES were
#: significantly superior", "Models aligned with ALFA reduce diagnostic errors by 56.6%"
#: (the method's name is the subject's, R-model-named, as "selected with PreSelect")
#: (not "trained with", "coupled with": what a model is trained with is often data, "models,
#: trained with RuAttitudes, outperform", "the system trained with IEPD performs better")
_MADE_WITH = re.compile(r"\b(?:found|selected|generated|produced|obtained|discovered|identified|"
                        r"learn[et]d?|aligned|optimi[sz]ed|pruned|compressed|distilled|sampled|"
                        r"chosen|edited|filtered|curated|refined|ranked|retrieved|extracted|"
                        r"synthesi[sz]ed)\s+(?:with|by|using|via)\s+(?:the\s+)?$")


#: a name given a role in the system, a component: "along with DA model as labelling model
#: achieves the best results", "with GPT-4 as the judge" (not "as well as", "as good as")
_IN_ROLE = re.compile(r"\s+(?:model\s+)?as\s+(?!(?:well|good|much|many|far|long|high|low|"
                      r"large|small|strong|a\s+(?:result|whole))\b)")
#: an earlier figure and the preposition that attaches a name to it: "an ASR of 74% on the
#: Llama-2 and an ASR of 54% when ..." (Llama-2 is where 74% was measured, not the subject of 54%)
_FIGURE_ON = re.compile(r"\d\s*(?:%|x|\u00d7)?(?:\s+[\w@.-]+){0,3}?\s+(?:on|in|against|for)\s+"
                        r"(?:the\s+)?$")


#: how far before a result its subject's name may end: the corpus's farthest is 406 characters
#: (a longer sentence read the text from a far name to each of its results: quadratic time)
_SUBJECT_REACH = 600


def _name_before(text: str, span: Span, near: _Nearby, sent_start: int,
                 passed: dict[int, int]) -> _Name | None:
    """The nearest name before the result that is not a point of comparison, unless an
    unnamed own subject ("our method") comes between (see the module docstring), or the
    result's clause after the name is about others ("The APT metric reaches 0.993-0.999 ...,
    while other automatic metrics such as BLEU ... reach only 0.972-0.986": ``_others``).
    ``passed`` is the sentence's memo of ``_never_subject`` runs (see ``_subject_at``); a name
    ending more than ``_SUBJECT_REACH`` characters before the result is not read."""
    index = _subject_at(text, near, sent_start, passed,
                        bisect.bisect_left(near.starts, span.start_char) - 1)
    while index >= 0:
        name = near.names[index]
        if name.end < span.start_char - _SUBJECT_REACH:
            return None
        # (a name inside a compared phrase is skipped unless the figure is itself a point of
        # comparison: "compared to 39.8% win rate for prior model-generated sentences")
        if name.end > span.start_char or _in_compared(text, name, sent_start) \
                and not _is_object(text, span.start_char, sent_start):
            index = _subject_at(text, near, sent_start, passed, index - 1)
            continue
        between = re.sub(r"\([^()]*\)", "", text[name.end:span.start_char])
        clause = _CLAUSE_START.search(text, name.end, span.start_char)
        if _UNNAMED_OWN.search(between) \
                or clause is not None and _others(text, span, clause.end(), sent_start) \
                or _coordinated(text, name, sent_start, near):
            return None
        return _host(text, near, index, sent_start) or name
    return None


#: what joins a method or module to the model it is added to, between the two names: "BERT
#: with FCA achieves", "ResNet-50 architecture with DropBlock achieves", "our Pix2Struct (282M
#: parameters) student model finetuned with RD outperforms"
_HOST_WITH = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+[a-z][\w-]*){0,3}?\s+"
                        r"(?:(?:fine-?tuned|trained|equipped|augmented|enhanced)\s+)?with\s+"
                        r"(?:the\s+|an?\s+|our\s+)?")


def _host(text: str, near: _Nearby, index: int, sent_start: int) -> _Name | None:
    """The named model written right before the ``index``-th name and joined to it by "with"
    (``_HOST_WITH``): the values of a model with a method or module added are that model's
    (R-model-module, R-model-base); not where a lexicon model is added to the paper's method
    ("our instantiation of RobEn paired with BERT achieves": BERT's, R-model-base), nor a
    name-shaped word or a name that is never a subject."""
    if index == 0 or near.names[index].known:
        return None
    host = near.names[index - 1]
    return host if not host.subject_only and host.start >= sent_start \
        and _HOST_WITH.fullmatch(text, host.end, near.names[index].start) \
        and not _never_subject(text, host, sent_start) else None


def _never_subject(text: str, name: _Name, sent_start: int) -> bool:
    """Whether the name is no result's subject wherever the result: a point of comparison, a
    role, where an earlier figure was measured, a model whose features a system takes as input
    (``INPUT_AFTER``, R-model-featurebase: "baseline classifiers trained on pre-trained RoBERTa
    features that can predict editorial change with an F1 score of .54"), or a name-shaped word
    not before a verb."""
    return _is_object(text, name.start, sent_start) or bool(_IN_ROLE.match(text, name.end)) \
        or bool(INPUT_AFTER.match(text, name.end)) \
        or bool(_FIGURE_ON.search(text, max(sent_start, name.start - 40), name.start)) \
        or name.subject_only and (not _SUBJECT_AFTER.match(text, name.end) or bool(
            _PREPOSITION_BEFORE.search(text, max(0, name.start - 12), name.start))
            and not _MADE_WITH.search(text, max(0, name.start - 40), name.start)
            or bool(_TASK_NUMBER_BEFORE.search(text, max(0, name.start - 16), name.start)))


def _subject_at(text: str, near: _Nearby, sent_start: int, passed: dict[int, int],
                index: int) -> int:
    """The index of the last name, at ``index`` or before, that ``_never_subject`` does not
    rule out (-1 for none); each run of ruled-out names is walked once per sentence and
    remembered in ``passed`` ("outperforms BERT, improving accuracy from 80.1% to 85.3%, "
    x400 read every earlier name per result: 20 s)."""
    walked = []
    while index >= 0 and index not in passed \
            and _never_subject(text, near.names[index], sent_start):
        walked.append(index)
        index -= 1
    found = passed.get(index, index)
    for step in walked:
        passed[step] = found
    return found


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


def _based_system(sentence: str, name: str) -> bool:
    """Whether ``sentence`` writes ``name`` as the base of a system the paper built on it
    (``_BASED_SYSTEM``), not of another's (``_ANOTHERS``)."""
    return "based" in sentence and any(
        match.group("name").lower() == name.lower() and not _ANOTHERS.search(match.group("before"))
        for match in _BASED_SYSTEM.finditer(sentence))


def _agreement(text: str, span: Span, sent_start: int, sent_end: int) -> bool:
    """Whether the result's clause, up to a few words after it, measures annotators'
    agreement ("73%\u221290% raw agreement", "inter-annotator agreement of 81.82%")."""
    lo = max(sent_start, span.start_char - 150)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, span.start_char)]
    hi = min(sent_end, span.end_char + 30)
    return bool(_AGREEMENT.search(text, starts[-1] if starts else lo, hi))


#: what ``_size_model`` returns for a size of the paper's own unnamed model
_OWN = object()


class _Nearby:
    """Names in document order, looked up by where they start: a size reads only the names
    near it (a scan of every name per size made 'GPT-3 175B, ' x2000 take seconds)."""

    def __init__(self, names: list[_Name]) -> None:
        self.names = sorted(names, key=lambda n: n.start)
        self.starts = [n.start for n in self.names]
        self.longest = max((n.end - n.start for n in self.names), default=0)

    def between(self, lo: int, hi: int) -> list[_Name]:
        """The names, in order, that start from ``lo`` to ``hi``."""
        return self.names[bisect.bisect_left(self.starts, lo):
                          bisect.bisect_right(self.starts, hi)]

    def last(self, index: int, lo: int, end: int) -> int | None:
        """The index of the last name before the ``index``-th that starts at ``lo`` or later and
        ends by ``end``, or None."""
        while index > 0 and self.names[index - 1].start >= lo:
            index -= 1
            if self.names[index].end <= end:
                return index
        return None


def _size_model(text: str, span: Span, near: _Nearby, sentences: list[tuple[int, int]],
                starts: list[int]) -> str | object | None:
    """The model a PARAMS or TOKENS size belongs to (see the module docstring), ``_OWN`` for
    the paper's own unnamed model, or None; ``near`` holds the names that are not subjects
    only, ``starts`` where the ``sentences`` start."""
    start, end = span.start_char, span.end_char
    if span.text.startswith("sub-"):
        return None  # a threshold, no model's size: "a new state-of-the-art for sub-10B models"
    # (the tests below read names that end at most 150 characters before the size or start at
    # most 16 after it, and the name listed before the last one)
    models = near.between(start - 150 - near.longest, end + 16)
    for name in models:
        if name.start <= start and end <= name.end:
            # "LLaMA2-7B/13B": its 13B is LLaMA2-13B (the guidelines' "DeiT-Ti/S/B" is three)
            listed = "/" in text[start:end] and len(list(items(text, start, end))) > 1
            return (_resized(name.written, span_value(span, "value")) if listed else None) \
                or name.written  # "Llama-2-7B"
    if span.label_ == "TOKENS":
        for name in reversed(models):
            if start - 100 <= name.end <= start and _TRAINED_ON.match(text[name.end:start]):
                return name.written  # "StarCoder2-3B, pretrained on over 3.3T tokens"
        return None
    for name in reversed(models):
        if start - 60 <= name.end <= start and _COUNT_OF_TO_SIZE.fullmatch(text, name.end, start) \
                and _COUNT_OF.search(text, max(0, name.start - 40), name.start):
            return name.written  # "the number of parameters of AlexNet ..., from 61 million"
    if _OWN_REDUCED.search(text, max(0, start - 150), start):
        return _OWN  # "reducing the number of required parameters to under 50k"
    for name in models:
        if end <= name.start <= end + 16 and _SIZE_TO_NAME.fullmatch(text[end:name.start]) \
                and not text.startswith("-based", name.end):
            return name.written  # "175B GPT-3", "a 1.3B parameter GPT-3 XL model"
    for name in reversed(models):
        if start - 40 <= name.end <= start and _FAMILY_SIZES.fullmatch(text, name.end, start) \
                and (resized := _resized(name.written, span_value(span, "value"))):
            return resized  # "Llama-3.1-8B and 70B Instruct models": Llama-3.1-70B
    for name in reversed(models):
        if start - 60 <= name.end <= start and not text.startswith("-based", name.end) \
                and (_NAME_TO_SIZE.fullmatch(text[name.end:start])
                     or _NAME_CLAUSE_TO_SIZE.fullmatch(text, name.end, start)):
            return _built_on(text, name, near)  # "UL2 20B", "Llama-3 (8B)", "GPT which has 175B"
    for name in reversed(models):
        if start - 80 <= name.end <= start and _APPOSITION.match(text[name.end:start]):
            return name.written  # "HEAL, the first continuously trained 13B ..."
    sent_start = sentences[max(0, bisect.bisect_right(starts, start) - 1)][0]
    # the last name of the sentence before the size (one further back can be no nearer)
    last = near.last(bisect.bisect_right(near.starts, start),
                     max(sent_start, start - 150 - near.longest), start)
    # (not "an FID-style FLAN-T5 model ... and a 13B model": an article starts another model)
    if last is not None and start - near.names[last].end <= 150 \
            and not _ANOTHER.search(text, max(0, start - 10), start):
        name = near.names[last]  # "a series of Lory models ... with ... 30B (1.5B active) params"
        # (not the last of listed families, whose sizes are stated jointly (R-params-joint):
        # "the DeepSeek-R1-Distilled Qwen and LLaMA families ranging from 1.5B to 70B")
        if _MODEL_HEAD.match(text, name.end) and not _is_object(text, name.start, sent_start) \
                and not _COMPARING.search(text, name.end, start) \
                and not ((other := near.last(last, sent_start, start)) is not None
                         and _LISTED_AFTER.fullmatch(text, near.names[other].end, name.start)):
            return name.written
    own = _OWN_SIZE.search(text, sent_start, min(len(text), end + 25))
    if own and own["subject"]:
        return own["subject"] if is_name_shaped(own["subject"]) else None
    if own:
        named = _OWN_NAMED.search(text, sent_start, start)
        # "our fine-tuned model, Labrador, even at 13 billion parameters"
        return named.group("name") if named else _OWN  # "By scaling our model up to 20B" (UL2)
    return None


def _built_on(text: str, name: _Name, near: _Nearby) -> str:
    """The model a clause in apposition says is built on ``name``, whose sizes it takes
    (R-params-variant: "TÜLU 3, which builds on Llama 3.1 base models at 8B, 70B and 405B
    parameters" are Tulu 3's), else ``name``."""
    if not _ON_BEFORE.search(text, max(0, name.start - 12), name.start):
        return name.written  # (the names before are read only after an "on")
    for other in reversed(near.between(name.start - 40 - near.longest, name.start)):
        if other.end < name.start and _BUILT_ON.fullmatch(text, other.end, name.start):
            return other.written
    return name.written


def _listed(text: str, previous: Span | None, span: Span) -> bool:
    """Whether ``span`` is the next size of a list after ``previous`` ("400M to 7B"), which
    shares its model (not a sized name's: "Llama-3.1-8B and 70B" is ``_resized``'s)."""
    return previous is not None and previous.label_ == span.label_ \
        and _SIZE_SEP.fullmatch(text, previous.end_char, span.start_char) is not None


def _resized(name: str, value: float | None) -> str | None:
    """``name``, a sized name, with ``value`` for its size: "Llama-3.1-70B" for "Llama-3.1-8B"
    and 70e9; None where the name carries no size or already this one."""
    glued = GLUED_SIZE.fullmatch(name)
    if glued is None or not value:
        return None
    scale = 1e6 if glued["scale"] in "Mm" else 1e9
    if abs(float(glued["size"]) * scale - value) <= 1e-6 * value:
        return None
    return f"{glued['family']}{value / scale:g}{glued['scale']}"


@Language.factory("litkit_attribution_v1")
def make_attribution(nlp: Language, name: str) -> Attribution:
    """spaCy factory: the model and own flag of each result, the model of each size."""
    return Attribution(name)
