"""The paper's own systems (``own_systems``): the names it puts forward as its own ("we
propose X", "our approach, called X", a title "X: ..."), the phrases and acronyms it
defines, and the papers that have none (resource and overview papers)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from litkit.extract.acronyms import _TASK_PHRASE, TASK_NOUNS
from litkit.extract.data_cues import INPUT_BEFORE
from litkit.extract.identity import normalize
from litkit.extract.metrics import is_metric
from litkit.extract.name_cues import INTRODUCING_VERBS, NAMING_WORDS
from litkit.extract.name_shapes import (
    DATA_NOUNS,
    GENERIC_WORDS,
    is_name_shaped,
    singular,
    whole_words,
)
from litkit.extract.not_systems import (
    _COINED_ACRONYM,
    _DATA_HEAD,
    _DEFINES,
    _FIELD_ING,
    _NOT_SYSTEM_AFTER,
    _PLURAL_CAPS_WORD,
    _TASK_OR_DATA,
    _TITLE_SYSTEM,
    _generic,
    _names_data,
    _names_task,
    _source,
    _task_word,
    _team,
    _team_label,
)
from litkit.extract.system_mentions import _INTRODUCE, _SYSTEM_NOUN, _initials, _tail_spells

#: a word that may name a system: "CALM", "CLaP", "Arctic-SnowCoder", "GPT-4o"
_NAME_WORD = r"[A-Za-z\u03bc][\w.+'-]*[\w+]"
#: "describes", or an introducing verb's "-ing" form, right before a name an apposition
#: describes: "This paper describes SalamNET, an Arabic offensive language detection system",
#: "by proposing PRover, an interpretable transformer-based model", "introducing POM, a
#: corpus-derived index" (not "describes MITRE\u2019s participation")
_DESCRIBES = (r"(?:describe[sd]?|(?:introduc|propos|present|develop|design)ing)"
              r"(?=\s+[A-Z][\w.+-]*[\w+]\s*,\s*(?:an?|the)\s)")
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
#: a second name put forward with the first, coordinated right after it: "We proposed the
#: MTMS-BERT and ORMS-BERT, which can improve", "We propose hybrid models (HybridE and HybridW)
#: for", "We propose using both BERT and XLNet language models to" (then both are the paper's:
#: ``_paired``)
_AND_SECOND = re.compile(rf"\s+and\s+(?:the\s+|an?\s+)?(?P<name>{_NAME_WORD})"
                         r"(?=\s*[,.;)]|\s+(?:which|that|to|for|as)\b|"
                         r"(?:\s+[a-z][\w-]*)?\s+models\b)")
#: the paper's system named before "system" or another system noun, maybe after "proposed", "new"
#: or "novel" ("our proposed POL-Pc framework obviously improves"): "our TTI-COIN system", "our
#: CodeRank approach", "our e-WER model", "The HSemID system, submitted to ..." (see
#: ``own_systems``), "the submission of the NiuTrans neural machine translation system for the
#: WMT 2018", "the participation of DBMS-KU Interpolation system in WMT19 shared task", "the
#: UMDSub system that participated in", "the NTNU system for the ScienceIE task", or in a
#: parenthesis after "system": "our system (DT Team)", "our system (Fermi)"
_SUBMITTED_SYSTEM = re.compile(
    rf"\b(?:[Oo]ur\s+(?:(?:proposed|new|novel)\s+)?(?P<our>{_NAME_WORD})\s+(?:system|model|method|"
    rf"approach|framework|network|architecture|algorithm)\b(?!s)|"
    rf"[Tt]he\s+(?P<the>{_NAME_WORD})\s+system"
    r"\s*,?\s+(?:(?:which|that)\s+(?:was\s+|is\s+)?)?(?:submitted|participat\w*|developed|built|"
    r"designed|for\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?(?:[Tt]asks?|[Cc]hallenge|[Cc]ompetition))\b|"
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
#: an acronym of capitals, a hyphen and a lower-case word: "EC-finetuning", "TVP-loss"
_CAPS_HYPHEN_WORD = re.compile(r"[A-Z]{2,}-[a-z]{3,}")
#: a result the acronym's phrase scores right after it, as its subject: "Classification of Relations
#: using Embeddings (ClaiRE) achieved an F1 score of 74.89%"
_SCORES_AFTER = re.compile(r"\s+(?:achieve[sd]|obtain(?:s|ed)|yield(?:s|ed)|reach(?:es|ed)|"
                           r"attain(?:s|ed))\s[^.;:()\d]{0,40}\d")
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
_CAPITAL_NAME_GOES_ON = re.compile(r"[\u2013\u2014]|\s+[A-Z$]")
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
#: a preposition governs inside the name: "Question-based Interface to Ontologies (QuestIO)");
#: also a wordnet or an atlas, and a head with a capitalized "of" phrase after it: "the Mongolian
#: Wordnet (MOW)", "the Pattern Dictionary of English Verbs (PDEV)", "A Parsed Linguistic Atlas
#: of Early Middle English (PLAEME)"
_RESOURCE_SPELLED = re.compile(r"(?<!\b[Tt]o\s)(?<!\b[Oo]f\s)(?<!\b[Ff]or\s)(?<!\b[Oo]n\s)"
                               r"(?<!\b[Ww]ith\s)"
                               r"(?i:knowledge\s+(?:bases?|graphs?)|grammars?|ontolog(?:y|ies)|"
                               r"thesaur(?:us|i)|dictionar(?:y|ies)|lexic(?:on|a)s?|wordnets?|"
                               r"atlas(?:es)?)(?:\s+of(?:\s+[A-Z][\w-]*){1,4})?\s*\($")
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
#: "This paper proposes a novel Target-Guided ... Network (TG-SAN)": the acronym of what the
#: paper puts forward, when it closes that phrase (not "... for the detection of Mild
#: Cognitive Impairment (MCI)" after a comma, nor "an architecture for relation
#: classification (RC)" after a preposition)
_PAPER_DEFINES = re.compile(rf"\b[Tt]his\s+(?:paper|work|article|study)\s+(?:\w+ly\s+)?"
                            rf"{_INTRODUCE}\s+(?:an?|the)\s+(?:(?!\b(?:of|for|by|to|on|in|with|"
                            rf"from|between|using|applying|via)\b)[^,.;:()]){{0,80}}$")
#: what ends a name's phrase before a later acronym: a comma, a semicolon or a colon
_APPOSED = re.compile(r"[,;:]")
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
#: a title naming a team's entries to a shared task, like "X at <task>" (R-model-title): "WT:
#: Wipro AI Submissions to the WAT 2020"
_TITLE_ENTRIES = re.compile(r"\b(?i:submissions?|entries|participation)\s+(?:to|for|at|in)\b")
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

#: a part the paper's unnamed framework or pipeline is made of, named before its acronym: "We
#: present a framework that integrates Entity Set Expansion (ESE) and Active Learning (AL)", "a
#: novel iterative domain-repaired back-translation framework, which introduces the
#: Domain-Repair (DR) model": the framework's results are no part's (not a named framework's:
#: "the Automated Molecular Concept (AutoMolCo) framework, which leverages")
_FRAMEWORK_PART = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:framework|pipeline)s?,?\s+"
                             r"(?:that|which)\s+(?:integrates|combines|introduces|leverages|"
                             r"incorporates|consists\s+of|comprises)\s+[^.;()]{0,80}$")


def _named_right_before(text: str, start: int, end: int) -> bool:
    """Whether a naming word right before ``text[start:end]`` coins it as the paper's system
    ("a novel architecture named Mac"): not when the name goes on, a clause builds it on another
    model, or it names a training method."""
    named = _NAMED_RIGHT_BEFORE.search(text, max(0, start - 12), start)
    return named is not None \
        and not _CAPITAL_NAME_GOES_ON.match(text, end) and not _BASED_CLAUSE.match(text, end) \
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
               or _PAPER_DEFINES.search(text, max(0, m.start() - 120), m.start())
               or _SCORES_AFTER.match(text, m.end())]
    acronyms = [m for m in defined
                if (not _task_word(text[:m.start()].split()[-1] if m.start() else "",
                                   m.group("name"))
                    or _PROPOSED_NAMED.search(text, max(0, m.start() - 160), m.start()))
                and not _NOT_SYSTEM_AFTER.match(text, m.end())
                # (a lexicon model named after the embeddings it gives, an input
                # (R-model-featurebase): "further improved with contextual embeddings (BERT)";
                # not the system's own "contextual universal embeddings (CUE)")
                and not (normalize(m.group("name")) in known
                         and INPUT_BEFORE.search(text, max(0, m.start() - 20), m.start("name")))
                and not _CLASSIC_LEARNER.search(text, max(0, m.start() - 30), m.start())
                and not _governed(text, m)
                and not generic(m.group("name"))
                and not _PRIOR_MODELS.search(text, max(0, m.start() - 60), m.start())
                and not _FRAMEWORK_PART.search(text, max(0, m.start() - 200), m.start())
                and (normalize(m.group("name")) in known or _cue_defines(text, m)
                     or _SCORES_AFTER.match(text, m.end()) is not None)]
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
            second = _AND_SECOND.match(text, match.end("name")) if verb else None
            if second is not None and is_name_shaped(second.group("name")):
                candidates.append(second.group("name"))
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
    # (as is one of capitals before a hyphen and a lower-case word, which only a definition
    # makes a name: "we propose explanation-consistency finetuning (EC-finetuning)")
    coined.update(m.group("name") for m in acronyms
                  if _NAMED_PHRASE.search(text, max(0, m.start() - 100), m.start())
                  or _CAPS_HYPHEN_WORD.fullmatch(m.group("name")))
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
                       or _RESOURCE_SPELLED.search(text, max(0, start - 60), start)
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
    found, leading = _written_as(text, found, leading, singular)
    # a name spelled out before its short form, which the text then writes again, goes by the
    # short form (R-model-shortform): "Weak-for-Strong Harnessing (W4S) ... W4S formulates",
    # "On-Demand Federated Learning (On-Demand FL) ... On-Demand FL achieves"
    found, leading = _written_as(text, found, leading, _short_form)
    first = [n for n in found.values() if n in leading]
    rest = sorted((n for n in found.values() if n not in leading),
                  key=lambda n: -sum(1 for _ in whole_words(text, n)))
    if rest and title is not None and title.group("phrase") in first:
        # a title's phrase of capitalized words names the system only where the abstract names
        # none: "Explore More Guidance: A Task-aware Instruction Network ..." is TIN-SLT's paper
        first.remove(title.group("phrase"))
    # a family named beside its members comes before them: "our models" are the family
    # ("three Latent Meaning Models (LMMs), named LMM-A, LMM-S and LMM-M")
    members = tuple(n[:-1] + "-" for n in found.values() if _PLURAL_CAPS_WORD.fullmatch(n))
    rest.sort(key=lambda n: n.startswith(members))
    if not found and ("call" in text or "named" in text or "termed" in text or "dubbed" in text):
        # else the lowercase phrase the paper calls its system by (not a model's base:
        # ``_no_model``)
        called = _CALLED_PHRASE.search(text)
        if called is not None:
            return [called.group("name")]
    return first + rest


def _written_as(text: str, found: dict[str, str], leading: list[str],
                form: Callable[[str, str], str]) -> tuple[dict[str, str], list[str]]:
    """The names ``found`` (by normalized key) and ``leading`` each put in the ``form`` the text
    gives them (its singular, its short form), names that become one kept once."""
    renamed: dict[str, str] = {}
    for name in found.values():
        written = form(text, name)
        renamed.setdefault(normalize(written), written)
    return renamed, [form(text, n) for n in leading]


#: the rest of a spelled-out name after its first word, then its short form in parentheses:
#: "Weak-for-Strong[ Harnessing (W4S)]", "On-Demand[ Federated Learning (On-Demand FL)]"
_SHORT_FORM_AFTER = re.compile(r"(?:[\s-]+[A-Z][\w-]*){0,4}\s*\(\s*"
                               r"(?P<short>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?)\s*\)")


#: a task noun ending the spelled-out words: then the short form is the task's ("Sign Language
#: Translation (SLT)")
_TASK_NOUN_END = re.compile(rf"\b{TASK_NOUNS}\s*\($")


def _short_form(text: str, name: str) -> str:
    """The short form the text gives ``name`` in parentheses right after spelling it out
    (``_SHORT_FORM_AFTER``), where it writes that short form again (R-model-shortform); else
    ``name``."""
    for start, end in whole_words(text, name):
        after = _SHORT_FORM_AFTER.match(text, end)
        if after is not None and (short := after.group("short")) != name \
                and not _TASK_NOUN_END.search(text, start, after.start("short")) \
                and len(short) < after.start("short") - end + len(name) \
                and sum(1 for _ in whole_words(text, short)) >= 2:
            return short
    return name


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


#: a capitalized word after a name that ends its phrase (a mark or a function word follows,
#: not a noun it modifies: "an Anti-Language Model objective"; not the first word of a sentence
#: whose full stop is lost: "QABriefDataset We show"), or whether another capitalized word
#: follows it
_CAPITAL_HEAD_AFTER = re.compile(
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
        after = _CAPITAL_HEAD_AFTER.match(text, end)
        if after is None:
            return name
        heads.add(after.group("head"))
        more = more or after.group("more") is not None
    if not heads:
        return name
    if more:
        return None
    return f"{name} {heads.pop()}" if len(heads) == 1 else name


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
        else bool(_COINED_ACRONYM.search(acronym.group("name")))
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
    rf"(?:{NAMING_WORDS}|i\.e\.,?|namely)|\bwe\s+(?:call|name|term|dub)(?:ed)?|"
    # ... or right after "we propose", the Title Case name alone: "we propose Multi-Hop Encoding
    # Fusion Network for Question Generation (MulQG)" (dev38 acl:2020.findings.emnlp.416); not
    # a field's or generic technique's name, which a paper introduces to a new use as often
    # ("we introduce Test-Time Training (TTT) in the medical domain": ``_FIELD_ING``)
    rf"\b[Ww]e\s+(?:{INTRODUCING_VERBS})(?=\s+[A-Z])(?![^,.;:()]*{_FIELD_ING.pattern}\W*$))"
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
