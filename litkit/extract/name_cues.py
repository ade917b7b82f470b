"""Context cues to what a name is: head nouns ("the X benchmark"), "we call", kind nouns,
models in apposition, "we propose/introduce", training verbs and headline (title) patterns.

Separate from the shapes below them and the dataset cues above: these read a name's context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from litkit.extract.identity import normalize
from litkit.extract.name_shapes import (
    _ADJ,
    _CAP_WORD,
    _DATA_NOUN,
    _METHOD_NOUN,
    _MODEL_NOUN,
    _NAME_NEXT,
    _NOT_INTRODUCING,
    _PREPOSITIONS,
    _REST,
    _TITLE_RUN,
    _TOOL_SYSTEM_NOUN,
    _WAY_NOUN,
    _WAY_WORDS,
    _WORD,
    _words_before,
    is_name_shaped,
    whole_words,
)
from litkit.extract.patterns import sentence_start

# ------------------------------------------------------------ context rules
#: what joins the items of a list
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_NAME = rf"(?P<name>{_TITLE_RUN})"
#: the characters a head noun below starts with (tests/test_name_cues.py checks it against them):
#: tested before the ~45 nouns, so that a word starting otherwise ("is", "with", "We") fails
#: after one cheap test; ``_NAME_HEAD`` tries a head after each word of every capitalized run
_HEAD_START = r"(?=[a-hl-prstL])"
#: the head noun a cue puts after or before a name decides what the name is
_HEAD = (rf"{_HEAD_START}(?:(?P<data>{_DATA_NOUN})|"
         rf"(?P<model>{_MODEL_NOUN}|(?P<system>{_TOOL_SYSTEM_NOUN}s?))|(?P<method>{_METHOD_NOUN}))"
         r"\b(?!-)")
#: words naming a task between a name and its head noun: "the PG19 language modeling benchmark",
#: "the widely adopted BeIR text retrieval benchmark"
_TOPIC_WORDS = (r"(?:\s+(?!(?:using|during|including|being|having)\b)"
               r"(?:[a-z]+-[a-z]+|[a-z]+(?:ing|ion)|language|question|code|math|text|image|"
               r"video|speech|music|dialogue|sentiment|retrieval)){0,3}")
#: a parenthesis after a name: its acronym or its expansion ("(abbreviated as AlgoFormer)")
_PAREN = (r"(?:\s*\((?:abbreviated\s+as\s+|referred\s+to\s+as\s+|or\s+|short\s+)?"
          r"(?P<paren>[^()]{1,80})\))")
#: a difficulty, not a shared task, after the adjective before "challenge" (``_DATA_NOUN``)
_HARD_BEFORE = re.compile(r"(?i:great|significant|difficult|open|key|long-?standing|major|big|"
                          r"fundamental|central|core|important|critical|serious|remaining|"
                          r"ongoing|persistent|main|considerable|formidable|daunting)\s+\Z")
#: the words before an apposed data noun, an acronym in parentheses after any of them: "QAConv, a
#: new question answering (QA) dataset", "InDFormSFT, a pioneering supervised fine-tuning (SFT)
#: industrial dataset" (not a model noun: "(RTE), a Combinatory Categorial Grammar (CCG) parser"
#: opens the clause after a task's acronym)
_ADJ_ACRONYM = r"(?:[\w-]+\s+(?:\([A-Za-z][\w-]*\)\s+)?){0,6}?"
#: "the PathX-256 benchmark", "the TEN model", "the ProX framework" (no "is" group), and
#: "CarMem, a new dataset", "LOLA, an open-source ... model", "MATES is a method" ("is"), the
#: name also in markdown bold: "present **CoBSAT**, the first T2I-ICL benchmark dataset"
#: (where a shorter run is tried, another capitalized word follows, which can only be the head
#: "LLM": ``(?!\s[A-KM-Z0-9])`` fails there at once, sparing the rest of the cue)
_NAME_HEAD = re.compile(
    rf"(?P<name>[A-Z](?<![\w'+.-].)(?={_NAME_NEXT}){_REST}(?:\s[A-Z0-9]{_REST}){{0,7}})"
    rf"(?!\s[A-KM-Z0-9])(?:(?P<is>(?P<bold>\*\*)?{_PAREN}?(?:\s*[,(:\u2013]\s*|\s+--?\s+|\s+)"
    rf"(?:which\s+(?:is|was)\s+|is\s+|as\s+)?(?:a|an|the|our)\s+(?:{_ADJ}|{_ADJ_ACRONYM}(?={_DATA_NOUN}\b)))|(?P<task>{_TOPIC_WORDS})\s+)"
    rf"{_HEAD}"
)
#: "a new benchmark called FIND", "a unified model termed as In-BoXBART": the naming verb first
#: (a literal the engine finds fast) ...
_CALLED_NAMES = {verb: re.compile(rf"{verb}\s+(?:as\s+)?{_NAME}{_PAREN}?")
                 for verb in ("called", "named", "dubbed", "coined", "termed")}
#: ... then the head noun just before it
_HEAD_WORDS = re.compile(_HEAD)
#: ... or a dataset's or a model's noun before a short phrase of what it is for or of: "a novel
#: architecture for 3D scene parsing named Prim R-CNN", "a new corpus of location metonymy
#: called WiMCor" (words only, no comma between; not "with" or "in", which add a part or a
#: place: "a model with a mechanism called", "our model in an industrial chatbot called")
_HEAD_PHRASE = re.compile(r"(?<![\w-])(?=(?:dataset|data\sset|corpus|benchmark|treebank|model|"
                          rf"network|architecture)\s){_HEAD}\s+(?:for|of)\s+(?:[\w-]+\s+){{1,4}}\Z")
#: ... where the name ends there, not going on in a longer name: "a corpus of Basque called
#: Basque in the Making (BIM)"
_NAME_GOES_ON = re.compile(r"\s+(?:in|of|for|on|to|and)\s+(?:the\s+)?[A-Z]")
#: a name the text calls a framework through its verb: "The previous study, SeqGAN, proposed
#: the framework for", "ConvoKit provides an unified framework for", "AgentKit offers a unified
#: framework" (the verb first, which the engine finds fast, then the name just before it)
_FRAMEWORK_VERB = re.compile(r"(?:proposed|introduced|provides|provided|offers|offered)\s+"
                             r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?framework\b")
_NAME_ENDS = re.compile(rf"(?P<name>{_CAP_WORD}),?\s+\Z")
#: ... or the paper naming a model it has just put forward: "Our network, which we call
#: SpectralNet, learns", "a novel two-stage generative OpenIE model, which we call Gen2OIE, that"
#: (a noun phrase with its determiner, not after a preposition: not "a method for ... in neural
#: networks which we call K-FAC", "a problem in the data streaming model which we refer to as")
_WE_CALL = re.compile(rf"\b(?:[Oo]ur|[Aa]n?|[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,4}}?"
                      rf"(?P<head>{_MODEL_NOUN}|{_TOOL_SYSTEM_NOUN})\s*,?\s+(?:(?:which|that)\s+)?"
                      rf"we\s+(?:call|name|term|dub|refer\s+to\s+as)\s+[\u201c\"']?(?:the\s+)?"
                      rf"{_NAME}[\u201d\"']?{_PAREN}?")
#: (its verb, which the engine finds fast: the rule itself, led by \b, is tried at every position)
_WE_NAMING = re.compile(r"we\s+(?:call|name|term|dub|refer)")
#: "our 9B model POINTS", "our model, ReDAN,"
_OUR_MODEL = re.compile(rf"ur(?<=[^\w][Oo]ur)\s+(?:[\d.]+[BM]\s+)?{_ADJ}{_MODEL_NOUN}\s*,?\s+"
                        rf"(?P<name>{_CAP_WORD})")
#: ... or any model a determiner and the singular "model" put right before its name: "a novel
#: neural network model AntSynNET that", "a recently proposed diffusion model SSD-LM, in" (not
#: the verb, "the same mechanism used to model V1 complex cells", nor a data model, a schema:
#: "the data model SKOS")
_A_MODEL_NAMED = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,4}}?(?<!\bto\s)"
                            rf"(?<!\bdata\s)model\s(?P<name>{_CAP_WORD})(?=[\s,.;:])")
#: (what each of its matches holds: led by ``\b``, it is tried at every position, and a scan
#: for this literal is several times cheaper where the text has none)
_MODEL_CAPITAL = re.compile(r"model\s[A-Z]")
#: a framework or an architecture the paper puts forward ("X, a ... framework", "a ... framework
#: called X"), which is its model where it says "our model"
_FRAME = re.compile(r"frameworks?|architectures?")
#: ... or names right after: "we develop a novel probabilistic graphical framework GroupAnno to
#: capture annotator group bias"
_FRAME_NAMED = re.compile(rf"(?:framework|architecture)\s(?P<name>{_CAP_WORD})(?!\s*\()")
#: the paper calling its system "our model" (one model: not "our models"); led by "ur", which
#: the engine finds fast (a leading ``\b`` is tried at every position), the lookbehinds then
#: checking for the word "Our" or "our"
_OUR_MODEL_SAID = re.compile(r"ur(?<=[Oo]ur)(?<!\w.ur)\s+(?:[\w-]+\s+){0,2}?model\b(?![s-])")
#: a name the text first calls a method or framework, then writes as the paper's model, "the
#: proposed", "our" or "a typical" before it and the singular "model" after (R-model-laternamed):
#: "we propose R-BASS, a new ... adaptation method" ... "the proposed R-BASS model makes it
#: possible" (dev37), "NUBIA, a methodology" ... "A typical NUBIA model" (dev21); not "the X
#: model" alone, often a task's or a metric's model ("the S2ST model", "the CMI model")
_NAME_THEN_MODEL = re.compile(r"\s+model\b(?![s-])")
_DETERMINER_BEFORE = re.compile(r"(?:\b[Tt]he\s+proposed|\b[Oo]ur(?:\s+proposed)?|\b[Aa]\s+typical)"
                                r"\s+\Z")
#: a name the text says is trained, which it so uses as a model (R-model-laternamed), whatever
#: it called it first; found from each "train" or "trained" (one scan for the literal, which
#: most abstracts write only a few times): the subject opening its clause ("We present HERO, a
#: novel framework for ... HERO is jointly trained on HowTo100M", "CoLAKE is pre-trained on",
#: "Our NTS is pre-trained to"; not a class with its determiner: "An LSTM is trained on", "the
#: TM is trained") ...
_TRAIN_VERB = re.compile(r"train(?:ed)?\b")
#: (an adverb the verb may take: "is jointly trained", "we then train")
_TRAIN_ADVERB = r"(?:(?:\w+ly|also|then|first|further)\s+)?"
_TRAINED_SUBJECT = re.compile(rf"(?:(?<=[.,;:\n]\s)|(?<=\n)|(?<=[Oo]ur\s))(?P<name>{_CAP_WORD})\s+"
                              rf"(?:is|was)\s+{_TRAIN_ADVERB}(?:pre-?|co-?)?\Z")
#: ... or the object of "we train": "We train IMoJIE on training data", "we pre-train
#: StructuralLM with two new designs", "we train GraphMind on popular base models"
_WE_TRAIN_BEFORE = re.compile(rf"\b[Ww]e\s+{_TRAIN_ADVERB}(?:pre-?)?\Z")
_TRAIN_OBJECT = re.compile(rf"\s+(?:our\s+)?(?P<name>{_CAP_WORD})"
                           r"(?=\s+(?:on|with|using|from|in|to|by|for)\b|\s*[,.])")
#: a name with its spelled-out form in parentheses before a model noun: "we propose Cat2Vec
#: (categories to vectors) model", "Our SOM-DST (Selectively Overwriting Memory for Dialogue
#: State Tracking) model" (run where ") model" or ") network" is written)
_NAME_SPELLED_MODEL = re.compile(rf"(?P<name>{_CAP_WORD})\s\((?P<long>[^()]{{3,120}})\)\s"
                                 r"(?:model|network)\b")
#: what a model's name may end in besides a model noun: "Multimodal Transformer", "Dense
#: Retriever", "Verbal Reasoner"
_NETWORK_NOUN = rf"(?:encoder|decoder|auto-?encoder|transformer|{_TOOL_SYSTEM_NOUN})"
#: what sets a name apart after its head noun: a comma, with "namely" or not, or a spaced dash
_APPOSING = r"(?:\s*,\s*(?:namely\s+)?|\s[-\u2013\u2014]{1,2}\s+)"
#: words that end a noun phrase's modifiers (a preposition, a relative pronoun, a conjunction)
_PHRASE_BREAK = r"(?:for|that|which|to|of|on|in|with|by|from|and|or)"
#: the kind noun the text gives a name, which decides whether a cue that makes the name a model
#: holds (GUIDELINES: a name is not a model where the text calls it a framework or method;
#: R-model-kindnoun: nor a system or a tool hosting models): a model's noun ...
_KIND_MODEL = rf"(?P<model>{_MODEL_NOUN}|{_TOOL_SYSTEM_NOUN}|architectures?)"
#: ... or a way's, a framework's, a system's or a tool's ...
_KIND_OTHER = (rf"(?P<way>{_WAY_WORDS})|(?P<framework>frameworks?)|"
               r"(?P<system>systems?|tools?|toolkits?|software|applications?|platforms?)")
_KIND = rf"(?:{_KIND_MODEL}|{_KIND_OTHER})(?![\w-])"
#: ... before the name, set apart or naming it: "a novel method, LEOPARD,", "a ... classification
#: method named sparse additive machine (SAM)" (its long form between, at an acronym) ...
_KIND_BEFORE = re.compile(rf"\b{_KIND}(?:{_APPOSING}|\s+(?:called|named|dubbed|termed)\s+)"
                          r"(?:(?:[^\s.;,()]+\s+){0,5}[^\s.;,()]+\s*\()?\Z")
#: ... or after it, in apposition or as its head: "LiViTo, a software tool which", "ForecastICU:
#: a prognostic decision support system", "quasi-recurrent neural networks (QRNNs), an approach
#: to", "our DoCoGen algorithm"
_KIND_AFTER = re.compile(rf"\)?(?:\s*\([^()]*\))?(?:(?:\s*[,:\u2013]\s*|\s+--?\s+|\s+(?:is|was)\s+)"
                         rf"(?:an?|the|our)\s+(?:(?!{_PHRASE_BREAK}\b)[\w-]+\s+){{0,5}}?|\s+){_KIND}")


def _called_otherwise(text: str, name: str, kinds: set[str]) -> bool:
    """Whether the text gives ``name`` a noun of one of ``kinds`` ("way", "framework",
    "system") at any of its mentions (``_KIND_BEFORE``, ``_KIND_AFTER``), and neither a model's
    noun nor "our model" (R-model-laternamed: "a framework named uChecker" ... "our proposed
    model uChecker")."""
    given = set()
    for start, end in whole_words(text, name):
        for kind in (_KIND_BEFORE.search(text, max(0, start - 100), start),
                     _KIND_AFTER.match(text, end)):
            if kind is not None:
                given.update(k for k, noun in kind.groupdict().items() if noun)
    return bool(given & kinds) and "model" not in given \
        and not ("ur model" in text and _OUR_MODEL_SAID.search(text))


#: a model named in apposition after its head noun: "a cross-lingual AMR parser, XL-AMR,", "a
#: novel graph neural network, GDL, to", "our model, LIMO, achieves", "our tree-recursive
#: neural model, namely RST-Recursive, which", "a discourse-aware neural summarization model -
#: DiscoBert.", "a multi-resolution adversarial model \u2013 EmpDG, to", "a novel architecture,
#: RippLeNet, for"; or several capitalized words set apart by a comma or a full stop, not an
#: acronym's long form: "Our proposed model, Trigger Matching Network, jointly learns", "our
#: architecture, Relational Tensor Network, where" (not "a novel model, Co-Reasoning Network
#: (CORN)", named by its acronym, R-model-alias)
_MODEL_APPOSED = re.compile(rf"\b(?:[Aa]n?|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+){{0,4}}?"
                            rf"(?:{_MODEL_NOUN}|{_TOOL_SYSTEM_NOUN}|architecture){_APPOSING}"
                            rf"(?P<name>{_CAP_WORD}(?:(?:\s[A-Z][\w-]*){{1,4}}"
                            r"(?=\s*[,;]|\.(?:\s|$))|(?=\s*[,(;]|\.(?:\s|$)|\s[-\u2013\u2014])))")
#: ... or with "the" before a name of capitalized words: "We propose a novel memory
#: architecture, the Neural Bloom Filter, which", "a new architecture, the Decay RNN, which" (not
#: before an acronym, which names it: "a new model, the Recurrent Entity Network (EntNet)")
_MODEL_APPOSED_THE = re.compile(rf"\b(?:[Aa]n?|[Oo]ur)\s+(?:[\w-]+\s+){{0,4}}?"
                                rf"(?:{_MODEL_NOUN}|{_TOOL_SYSTEM_NOUN}|architecture)\s*,\s*the\s+"
                                rf"(?P<name>{_CAP_WORD}(?:\s[A-Z][\w-]*){{0,4}})(?=\s*[,;])")
#: (the rules need a model or system noun right before a comma or dash before a capital, or
#: before a comma, "the" and a capital: those are rare and quickly found, so they are looked for
#: first, then the noun before each; the comma and the dash each open a rule of their own, so
#: that the engine skips other positions at once: the comma's, a literal, is found fastest;
#: so is each dash's, one rule per dash (a class of the three was scanned 5x slower, 0.009 ms
#: per paper; the rules only ask whether one matches, so their order does not matter)
_COMMA_CAPITAL = (re.compile(r",\s*(?:namely\s+)?[A-Z]"),
                  *(re.compile(rf"{dash}(?<=\s{dash})[-\u2013\u2014]?\s+[A-Z]")
                    for dash in "-\u2013\u2014"))
_COMMA_THE_CAPITAL = (re.compile(r",\s*the\s+[A-Z]"),)
#: words that make an architecture a network's: "a deep neural architecture", "a conditional VAE
#: architecture", "a multi-stage transformer architecture"
_NEURAL_BEFORE = re.compile(rf"(?i:neural|deep|convolutional|recurrent|attention|graph|"
                            rf"connectionist|siamese|VAE|GAN|CNN|RNN|LSTM|{_MODEL_NOUN}|"
                            rf"{_NETWORK_NOUN})")
#: ... or its name does: "the Self-Attention Network (SANet)", "The Geometric Algebra Transformer"
_NETWORK_NAMED = re.compile(r"\b(?:Networks?|Transformers?)\b")
_APPOSED_NOUN = re.compile(rf"(?:{_MODEL_NOUN}|{_TOOL_SYSTEM_NOUN}|architecture)\Z")
#: "a series of Lory models", "a family of Pythia LLMs": the capitalized word before a lower-case
#: model noun names the models
_SERIES_OF = re.compile(r"(?:series(?<!\wseries)|family(?<!\wfamily)|suite(?<!\wsuite)|"
                        r"collection(?<!\wcollection))\s+of\s+(?P<name>[A-Z][\w.-]*)\s+"
                        r"(?:(?:base|open|open-source|pretrained|pre-trained|language)\s+)?"
                        r"(?:models|LLMs|LMs)\b")
#: ... and a suite or collection "of" models is models, no data: "we propose DynaMo, a suite of
#: multi-token prediction language models", "we propose Span-Fact, a suite of two factual
#: correction models" (after the head noun a name's cue found; not "a suite of diverse tasks for
#: language models")
_OF_MODELS = re.compile(rf"\s+of\s+(?:(?!{_PHRASE_BREAK}\b)"
                        r"[\w-]+\s+){0,5}?(?:models|LLMs|LMs)\b")
#: ... or, where the paper introduces it, a Title Case long form whose model noun a short
#: phrase of its purpose or parts follows before the acronym: "we propose a Multilingual
#: Language Model with deep semantic Alignment (MLMA)", "a novel Bidirectional Generative
#: Adversarial Network for Neural Machine Translation (BGAN-NMT)", "a PErsonalized Transformer
#: for Explainable Recommendation (PETER)"
_HEAD_BEFORE_PHRASE = re.compile(r"(?:\b[A-Z][\w-]*\s+)+(?:Model|Network|Transformer)s?\s+"
                                 r"(?:with|for|of|via)\s+(?:[\w-]+\s+){1,5}\Z")
#: ... (not one the text calls a framework or a way, before or after: "a novel framework dubbed
#: as Type-aware Bias Neural Network with Attention Mechanisms (TBNNAM)", "(NAMLSS), a modelling
#: framework"; nor a task's acronym: "Pointer Networks for Chinese Spell Check (CSC) task")
_FRAMEWORK_WORD = re.compile(rf"\b(?:{_WAY_WORDS}|frameworks?)\b")
_FRAMEWORK_APPOSED = re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:{_WAY_WORDS}|frameworks?)\b"
                                r"|\s+tasks?\b")
#: verbs with which a paper puts forward what it contributes ("we propose", "This paper
#: introduces"), without their endings; shared with ``attribution``
INTRODUCING_VERBS = r"propose|introduce|present|develop|design|devise|build|construct|create"
#: words that name what comes after them ("a framework named SaAML", "our system, entitled
#: IronyMagnet,"); shared with ``attribution``
NAMING_WORDS = r"called|named|dubbed|termed|coined|entitled"
#: the paper introducing what follows in its clause: "we propose", "We further propose", "This
#: paper introduces", "by proposing" ("we let utterance-response interaction go deep by proposing an
#: interaction-over-interaction network (IoI)")
_INTRODUCING = "|".join(v.removesuffix("e") for v in INTRODUCING_VERBS.split("|"))
_WE_INTRODUCE = re.compile(
    r"\b(?:(?:[Ww]e|[Tt]his\s+(?:paper|work|article|study))\s+"
    r"(?:(?:\w+ly|also|further|then|first|here|now)\s+)?"
    rf"(?:{INTRODUCING_VERBS})[sd]?|by\s+(?:{_INTRODUCING})ing)\b(?P<between>[^.;:()]*)$"
)
#: a phrase of capitalized words the paper puts forward, then an apposition headed by a model
#: noun (``_ACRONYM_APPOSED``; ``_MODEL_APPOSED``'s converse): "we propose BLEU Neighbors, a
#: nearest neighbors model for" (dev34),
#: "We introduce Related Memory Network, an end-to-end neural network", "we propose Tree
#: Transformer, a model that" (not "AllenNLP Interpret, a flexible framework for interpreting NLP
#: models", "Mean Teacher, a method that averages model weights"; an architecture only a neural
#: one, ``_NEURAL_BEFORE``: dev31 "a novel Siamese Deep Neural Network architecture", not dev3
#: "LLM ContextBridge, a novel hybrid architecture", an approach by its title)
_INTRODUCED_PHRASE = re.compile(rf"\b(?:{INTRODUCING_VERBS})s?\s+"
                                r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){1,3})(?=,\s+an?\s)")
#: (led by ``\b``, it was tried at every position of the text: it is matched only where one
#: of its verbs is written, found by substring search, ``_finditer_at``)
_INTRODUCING_WORDS = tuple(INTRODUCING_VERBS.split("|"))
#: a plain capitalized word the paper introduces as a model: "we develop Timo, a model designed
#: to", "We introduce Lynx a multi-modal LLM" (name-shaped names are ``_NAME_HEAD``'s); led by
#: the literal "We " / "we ", which the engine finds fast (the space before "we" is checked
#: after it: led by the space, the commonest character, the literal was found at half the speed)
_INTRODUCED_WORDS = [
    re.compile(rf"{we}\s*(?:\w+ly\s+)?(?:{INTRODUCING_VERBS})[sd]?\s+"
               rf"(?P<name>[A-Z][a-z]+)(?:\s*,\s*|\s+)(?:a|an|the)\s+{_ADJ}{_HEAD}")
    for we in ("We ", "we (?<= we )")
]
#: a name-shaped word the paper puts forward with no head noun, before a relative clause or a
#: purpose (its long form in brackets may come first): "We propose SAMSAM to address", "we
#: present HIBRIDS, which injects" (not before an apposition or a colon, which names its kind: "we
#: present SUPP.AI, an application", "We propose NELEC: Neural and Lexical Combiner, a system",
#: dev11); a model only where the paper calls its system "our model" (``_OUR_MODEL_SAID``), as
#: many such names are methods, algorithms or tools
_PUT_FORWARD = r"(?:propose|present|introduce|develop)[sd]?"
_PROPOSED_NAME = re.compile(
    rf"\b(?:[Ww]e|[Tt]his\s+(?:paper|work))\s+(?:\w+ly\s+)?{_PUT_FORWARD}"
    r"\s+(?P<name>[A-Za-z][\w.+-]*[\w+])(?=(?:\s*\([^()]{1,100}\))?"
    r"(?:\s*,?\s+(?:which|that)\b|\s+to\s+[a-z]))")
#: R-model-approachmodel: a name the paper puts forward and calls an approach, a method or an
#: architecture, that the text then compares as a system with models: "We thus propose P3Sum, a
#: diffusion model-based summarization approach ... P3Sum outperforms state-of-the-art
#: summarization systems and large language models", "This paper presents COIL, a contextualized
#: exact match retrieval architecture ... COIL outperforms classical lexical retrievers" (not
#: beating baselines or methods, R-model-approach: "our approach performs ... better than all
#: baselines", "RE-Flex outperforms competing ... methods based on pretrained language models")
#: (its verbs, one of which each match holds: tried at every capital, the regex is searched only
#: in the tenth of texts that write one, 12 to 3 us a paper)
_OUTPERFORMS_WORDS = ("outperforms", "surpasses", "beats")
_OUTPERFORMS_MODELS = re.compile(
    r"(?P<name>[A-Z][\w+.-]*)\s+(?:(?:\w+ly|also|further)\s+)?(?:"
    + "|".join(_OUTPERFORMS_WORDS) + r")\s+"
    r"(?:(?!(?:baselines?|methods|approaches|algorithms?|techniques|frameworks)\b)[^.;:()]){0,80}?"
    r"\b(?:models|systems|LLMs|LMs|retrievers|parsers|classifiers|taggers|summarizers)\b")
#: ... unless the paper has already put forward a framework, method or approach, of which the name
#: is then a part: "we propose a computational framework which combines ... we introduce
#: Category-2-Vector to learn categorical gists" (naacl2022:2022.findings-naacl.30)
_PROPOSED_KIND_BEFORE = re.compile(
    rf"\b{_PUT_FORWARD}\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:framework|method|approach)\b")
#: "a DistilBERT-based classifier", "LLaMA-based models": the name a model is based on
_BASED = re.compile(r"-based(?=(?:\s+[\w-]+){0,2}?\s+(?:models?|classifiers?|encoders?|LLMs?|"
                    r"networks?|architectures?|baselines?)\b)")
#: a model's size written apart at the end of a run of capitalized words: "Nemotron 4 340B"
_SIZE_APART = re.compile(r"\s\d+(?:\.\d+)?[BM]\Z")
#: "Blender 90M", "UL2 20B": a name with its size written apart (not "20B tokens")
_NAME_SIZE = re.compile(
    rf"(?P<name>{_CAP_WORD})\s+\(?(?:\d+x)?\d+(?:\.\d+)?[BM]\b\)?"
    r"(?!\s*(?:tokens?|words?|images?|examples?|samples?|pairs?|documents?|sentences?|hours?|"
    r"instances?|characters?|bytes?|rows?|records?|utterances?|videos?))"
)
#: the title's leading name and what follows: "POINTS: Improving ...", "LOLA - An ..."
#: (the head after it, article or not: "LOLA - An Open-Source ... Model", "ReInceptionE:
#: Relation-Aware Inception Network"; not a verb phrase: "LoRe: Personalizing LLMs")
_TITLE_WORD_REST = re.compile(rf"^\s*(?P<name>{_WORD}(?:\sv?\d+(?:\.\d+)+)?)\s*"
                              r"(?::|\s[\u2013\u2014-]\s)\s*(?P<rest>[^\n]*)")
#: ... or its two words, one shaped like a name, before a data head: "PuzzLing Machines: A
#: Challenge on Learning From Small Data", "WorldTree V2: A Corpus of Science-Domain ..." (not a
#: headline's plain words: "Beyond Emotion: A Multi-Modal Dataset for ...")
_TITLE_TWO_WORDS_REST = re.compile(rf"^\s*(?P<name>{_WORD}\s{_WORD})\s*"
                                   r"(?::|\s[\u2013\u2014-]\s)\s*(?P<rest>[^\n]*)")
_TITLE_HEAD = re.compile(
    r"^(?:(?:a|an|the)\s+|(?!(?:towards?|how|why|what|when|can|does|do|is|are)\b|[\w-]+ing\b|"
    r"[a-z]+ize\b|(?:empower|stimulate|leverage|rethink|enhance|improve|boost|make|let|"
    r"teach|align|adapt|apply|harness|infuse|extract|annotate|release)s?\b))"
    r"(?:(?:pool|series|family|suite|set|collection)\s+of\s+)?"
    r"(?P<head>(?:[\w-]+\s+){0,5}?[\w-]+?)(?:\s+(?:for|by|with|in|on|to|via|through|from|using|"
    r"of|that|and|towards?|over|across)\b|[,.:;]|$)",
    re.IGNORECASE,
)
#: (a named language resource counts as data: "Rad-SpatialNet: A Frame-based Resource for ...",
#: "NomLex-PT: A Lexicon of Portuguese Nominalizations", "CogNet: A Large-Scale Cognate
#: Database"; not "AutoQA: From Databases To QA Semantic Parsers")
_TITLE_DATA = re.compile(
    rf"^(?!from\b).*(?:{_DATA_NOUN}|resources?|lexicons?|databases?|repositor(?:y|ies))$",
    re.IGNORECASE,
)
#: (a trained system named for what it does counts too: "LaPraDoR: Unsupervised Pretrained
#: Dense Retriever")
_TITLE_MODEL = re.compile(rf"(?:{_MODEL_NOUN}|LM|{_NETWORK_NOUN})$",
                          re.IGNORECASE)
#: a data noun the head stops short of, after adjectives joined by "and" or commas or before a
#: participle ("MultiNERD: A Multilingual, Multi-Genre and Fine-Grained Dataset for ..."):
#: "MOROCO: The Moldavian and Romanian Dialectal Corpus", "CCSum: A Large-Scale and
#: High-Quality Dataset for ...", "DAICT: A Dialectal Arabic Irony Corpus Extracted from ..."
#: (not "AgentQuest: A Modular Benchmark Framework", "Align Me: A framework to generate
#: Parallel Corpus")
_TITLE_DATA_LATE = re.compile(
    r"^(?:a|an|the)\s+(?:(?!(?:for|by|with|in|on|to|via|through|from|using|of|that|towards?)\b)"
    r"[\w-]+,?\s+){0,6}?(?:dataset|data\s?set|corpus|corpora|benchmark|treebank)s?"
    r"(?=\s+(?:for|by|with|in|on|to|via|through|from|using|of|that|and|towards?|over|across|"
    r"based|[a-z]+ed)\b|"
    r"\s*[,.:;(]|\s*$)",
    re.IGNORECASE,
)
#: ... or ends the phrase of a gerund or "Towards" that opens the title, after an article, where
#: the abstract makes data (``_DATA_MADE``): "SaRoCo: Detecting Satire in a Novel Romanian Corpus
#: of News Articles", "ePiC: Employing Proverbs in Context as a Benchmark for ...", "KPWr: Towards
#: a Free Corpus of Polish", "DutchSemCor: Targeting the ideal sense-tagged corpus" (not the data
#: a method learns from: "LSTMEmbed: Learning Word and Sense Representations from a Large
#: Semantically Annotated Corpus")
_TITLE_DATA_VERBED = re.compile(
    r"(?:[A-Z][a-z]+ing|Towards?)\b[^:;]*?(?<!\sfrom)(?<!\son)(?<!\susing)(?<!\sover)"
    r"\s(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?i:corpus|dataset|data\s?set|benchmark|treebank)\b")
#: capitalized words that end in a network noun
_NETWORK_RUN = (r"(?:[A-Z][\w-]*\s){1,3}"
                r"(?:Networks?|Nets?|Transformers?|Machines?|Auto-?[Ee]ncoders?)")
#: a title opening with such words: "Fader Networks: Manipulating Images ...", "Hybrid Code
#: Networks: practical and efficient ...", "Set Transformer: A Framework ...", "The Kanerva
#: Machine: A Generative Distributed Memory"
_TITLE_NETWORK = re.compile(rf"^(?:The\s+)?(?P<name>{_NETWORK_RUN})\s*:")
#: ... or that "our" puts before a network noun that ends the name: "encode it using our
#: Convolutional Mesh Autoencoder.", "Our Attention Transformer model enjoys" (not before an
#: acronym, which names it, nor a name going on: "Our Support Vector Machine based tagger")
#: (led by the literal "ur", which the regex engine scans for at once, and not "\b[Oo]", tried at
#: every character: 1.3 us an abstract, not 12)
_OUR_NETWORK = re.compile(rf"ur(?<=\b[Oo]ur)\s+(?P<name>{_NETWORK_RUN})(?![\w-])"
                          r"(?!\s*\(|\s+[A-Z]|\s+based\b)")
#: a title's verb opening a headline: "Counting Like Transformers", "Training Quantized Nets"
_HEADLINE_VERB = r"[A-Z][a-z]+ing\s"
#: a whole title that spells out the acronym the abstract names its model by: "Neural Semantic
#: Encoders" ... "NSE is equipped with", "Quasi-Recurrent Neural Networks" ... "QRNNs", "Sum-
#: Product-Quotient Networks" ... "SPQN" (each capitalized word, or each part of a hyphened
#: one, gives a letter; not a headline opening with its verb, which names no model: "Accelerating
#: Gradient Boosting Machines" ... "AGBM")
_TITLE_SPELLED = re.compile(rf"(?:The\s+)?(?!{_HEADLINE_VERB})"
                            r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:of|in|for|with|and)\s+)?)"
                            r"{1,6}(?:Networks?|Nets?|(?:Auto-?)?[Ee]ncoders?|Transformers?|"
                            r"Machines?|Models?|Decoders?))\s*\n\n")
_INITIAL = re.compile(r"(?<![\w'-])[A-Z]")
_INITIAL_OR_PART = re.compile(r"(?<![\w'])[A-Z]")
#: (not a class of networks: "Porcupine Neural Networks", "Anytime Neural Network"; nor a
#: headline, ``_HEADLINE_VERB``)
_NOT_TITLE_NETWORK = re.compile(rf"Neural\s+Net(?:work)?s?$|^{_HEADLINE_VERB}")
#: a title's name that benchmarks what follows is a benchmark: "CodeARC: Benchmarking Reasoning
#: Capabilities of LLM Agents ...", "Flames: Benchmarking Value Alignment of LLMs in Chinese" (not
#: one verb of a method's list: "ThoughtTerminator: Benchmarking, Calibrating, and Mitigating")
_TITLE_BENCHMARKING = re.compile(r"Benchmarking\s")
#: a title's head that calls its name a way or framework, no model (GUIDELINES)
_TITLE_WAY = re.compile(rf"\b(?:{_WAY_NOUN}|frameworks?|protocols?)$", re.IGNORECASE)
#: a method noun before a name or in apposition after it (see ``_title_network``)
_WAY_BEFORE = re.compile(rf"\b(?:{_WAY_NOUN}|frameworks?)\b[^.;]*$")
_WAY_APPOSED = re.compile(rf"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?"
                          rf"(?:{_WAY_NOUN}|frameworks?)\b")
#: a single capitalized word names the data a title's head calls data ("Molweni: A Challenge
#: for Lexical Substitution"), a lower-case part hyphened on too ("Ubuntu-fr: A Large and Open
#: Corpus for ...", "TLT-school: a Corpus of Non Native Children Speech"); not a verb or gerund
#: ("Annotating", "Introducing")
_TITLE_WORD = re.compile(r"(?:[A-Z][a-z]{3,}(?<!ing)|[A-Z]{2,})(?:-[a-z]{2,})?")
#: a team's title at a shared task's edition, the whole title or up to its colon:
#: "FBK@SMM4H2020: RoBERTa for ...", "QCRI @ DSL 2016: ...", "CiteQA@CLSciSumm 2020" (not a team
#: at its institution: "NLP@VCU: ...", "HR@JUST Team at SemEval-2020 Task 4")
_TEAM_AT_EVENT = re.compile(r"\s*[\w.'\u2019-]+\s*@\s*(?P<name>(?P<event>[A-Z][\w-]*?)(?P<edition>"
                            r"\s?-\s?\d|[\s-]?['\u2019]?(?:19|20)?\d\d))\s*(?::|\n|$)")
#: an event that hosts shared tasks, no data itself (dev13 gold leaves out "the 2nd Workshop on
#: Noisy User-generated Text"; "the Cross Language Evaluation Forum (CLEF)")
_EVENT_WORD = r"(?:Forum|Workshop|Conference|Symposium|Meeting)s?"
#: (nor a game or environment one plays: "Argotario: Computational Argumentation Meets Serious
#: Games", "Tabouid: a Wikipedia-based word guessing game")
_TITLE_PLAY = re.compile(r"(?i:games?|environments?|tasks?)$")


#: any digit (a cheap test before rules that need a year)
_DIGIT = re.compile(r"\d")


#: a preposition opening a sentence before a name, which a comma or "the" then follows: the
#: phrase is fronted, not a name in apposition ("In GDI, the system should distinguish four
#: dialects", acl:W19-1421; not "On XQA, which is a new cross-lingual dataset")
_FRONTED = re.compile(r"(?:In|On|For|At)\s")
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n)\Z")


def _head_cues(text: str) -> Iterator[tuple[str, re.Match, re.Match]]:
    """(rule, match with the name, match with the head noun) for each head-noun cue."""
    for match in _NAME_HEAD.finditer(text):
        if match.group("is") and "which" not in match.group("is") \
                and _FRONTED.match(match.group("name")) \
                and _SENTENCE_START.search(text, max(0, match.start() - 3), match.start()):
            continue  # "In GDI, the system should distinguish": no apposition to the name
        yield ("name_is_head" if match.group("is") else "name_head"), match, match
    matches = (m for verb, rule in _CALLED_NAMES.items() if verb in text
               for m in rule.finditer(text))
    for match in matches:
        words = _words_before(text, match.start(), 2)
        head = _HEAD_WORDS.fullmatch(" ".join(words)) or _HEAD_WORDS.fullmatch(words[-1])
        if head is None and not _NAME_GOES_ON.match(text, match.end("name")):
            head = _HEAD_PHRASE.search(text, max(0, match.start() - 60), match.start())
        if head is not None:
            yield "head_called", match, head
    for match in _WE_CALL.finditer(text) if _WE_NAMING.search(text) else ():
        if _words_before(text, match.start(), 1)[0] not in _PREPOSITIONS:
            yield "head_called", match, _HEAD_WORDS.fullmatch(match.group("head"))


def _network_architecture(text: str, source: str, match: re.Match, head: re.Match) -> bool:
    """R-model-architecture: whether a named architecture is a network's, so a model: one the
    paper calls so ("a novel architecture named PeleeNet", "an architecture, called DOLCE"; not
    "a class of architectures called NARX networks") or whose words say so ("introduce
    SelectiveNet, a deep neural architecture", "the Self-Attention Network (SANet), a flexible
    and interpretable architecture"; not "ContextBridge, a novel hybrid architecture", "ANNIS, a
    search and visualization architecture")."""
    method = head.group("method") or ""
    if source == "name_head" or not method.startswith("architecture"):
        return False
    if source == "head_called":
        return method == "architecture" or _NEURAL_BEFORE.search(
            text, max(0, match.start() - 40), match.start()) is not None
    return _NEURAL_BEFORE.search(match.group("is")) is not None \
        or _NETWORK_NAMED.search(text, match.start(), match.end("name")) is not None


def _noun_before_comma(text: str, commas: tuple[re.Pattern, ...]) -> bool:
    """Whether a model or system noun is written right before a match of one of ``commas``: "our
    model, LIMO", "model - DiscoBert" (``_COMMA_CAPITAL``), "a new architecture, the Decay RNN"
    (``_COMMA_THE_CAPITAL``), as ``_MODEL_APPOSED`` and ``_MODEL_APPOSED_THE`` need."""
    for match in (m for comma in commas for m in comma.finditer(text)):
        end = match.start()
        while end and text[end - 1].isspace():
            end -= 1
        if _APPOSED_NOUN.search(text, max(0, end - 16), end):  # (the nouns' last words fit)
            return True
    return False


#: "our" before the noun an acronym follows: "our dendritic neural network (DENN) structure",
#: "our model (TABBIE)", "Our best performing model (SSiL)"; or "the proposed": "the proposed
#: Dirichlet mixture Poisson graph model (DMPGM)"
_OURS_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s*\Z")


def _ours(text: str, start: int) -> bool:
    """Whether "our" opens the phrase that ends at ``start``, with no preposition or verb of use
    between ("our model (TABBIE)", not "our systems using recurrent networks (RNs)")."""
    ours = _OURS_BEFORE.search(text, max(0, start - 80), start)
    return ours is not None and not any(w in _PREPOSITIONS or w in _NOT_INTRODUCING
                                        for w in ours.group().lower().split())


def _model_before_phrase(text: str, start: int, end: int) -> bool:
    """Whether the acronym in parentheses at ``start``-``end`` names a model the paper introduces
    by a Title Case long form whose model noun a phrase follows (``_HEAD_BEFORE_PHRASE``: "we
    propose a Multilingual Language Model with deep semantic Alignment (MLMA)"), not called a
    framework or a way, nor a task's (``_FRAMEWORK_APPOSED``)."""
    long = _HEAD_BEFORE_PHRASE.search(text, max(0, start - 120), start)
    if long is None or not _introduced(text, long.start()):
        return False
    intro = _WE_INTRODUCE.search(text, max(0, long.start() - 160), long.start())
    return not _FRAMEWORK_WORD.search(intro.group("between")) \
        and not _FRAMEWORK_APPOSED.match(text, end)


def _introduced(text: str, start: int) -> bool:
    """Whether the paper introduces what ends at ``start`` in its clause, with no preposition
    between ("we propose a novel Cross-modal Contrastive Attention", not "We introduce an
    extension of the Multinomial Logit")."""
    intro = _WE_INTRODUCE.search(text, max(0, start - 160), start)
    return intro is not None and not any(w in _PREPOSITIONS or w in _NOT_INTRODUCING
                                         for w in intro.group("between").lower().split())


#: a naming word right before the long form an acronym spells out: "called an auto-correlational
#: neural network (ACNN)", "termed as Bernoulli variational auto-encoder (BerVAE)", "dubbed
#: natural-parameter networks (NPN)"; and what it names, in the words before it (the naming
#: word's own noun phrase)
_NAMED_LONG_FORM = re.compile(rf"\b(?P<before>[^.;:()]{{0,60}}?)\b(?:{NAMING_WORDS}|referred\s+to)"
                              r"\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,6}?[\w-]+\s*$")
#: ... which names no model where that noun is a way, framework, module or layer
#: (R-model-approach: "a new approach called Memory-Augmented Recurrent Transformer (MART)", "a
#: new layer named dynamic mask attention network (DMAN)", "a general framework for ... called
#: Prior Networks")
_NAMED_WAY = re.compile(rf"\b(?:{_WAY_WORDS}|frameworks?|modules?|layers?|mechanisms?|schemes?)\b")


def _named_long_form(text: str, start: int) -> bool:
    """Whether a naming word opens the long form that ends at ``start`` (``_NAMED_LONG_FORM``),
    its noun no way or framework: the text names a model by it."""
    named = _NAMED_LONG_FORM.search(text, max(0, start - 160), start)
    return named is not None and not _NAMED_WAY.search(named.group("before"))


#: the paper naming or putting forward what it spells out, earlier in the clause: "an extension
#: of the EV model, named the denoising essence vector (D-EV) model", "a novel class of ...
#: models called fragmentation-coagulation processes (FCPs)", "We introduce a hybrid of ..."
_NAMING_BEFORE = re.compile(rf"\b(?:{NAMING_WORDS}|we\s+call|introduce\w*|propos\w+)\b[^.;:]*\Z")
#: ... or after it, in the passive: "a Reinforced Bidirectional Attention Network (RBAN)
#: approach is proposed", "a Select-Guide-Generate (SGG) approach is proposed"
_PUT_FORWARD_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                                r"(?:proposed|introduced|presented|developed|designed)\b")


def _put_forward(text: str, start: int, end: int, acronym: str) -> bool:
    """Whether the paper puts forward the acronym whose parenthesis spans ``start``-``end``: an
    introducing or naming verb in its clause (``_introduced``, ``_NAMING_BEFORE``,
    ``_PUT_FORWARD_AFTER``), "our" or "the proposed" before it (``_ours``), or "proposed X"
    elsewhere ("we evaluate our proposed NTN models")."""
    return _introduced(text, start) or _ours(text, start) \
        or _NAMING_BEFORE.search(text, sentence_start(text, start), start) is not None \
        or _PUT_FORWARD_AFTER.match(text, end) is not None or "proposed " + acronym in text


def _system_apposed(text: str, start: int, between: str) -> bool:
    """Whether a name is put in apposition to a system noun ("we introduce KidSpell, an
    English spellchecker", "MAGEAD is a morphological analyzer and generator"): not after a
    preposition ("for COVID-19, the preliminary supervised classifier", "In PreImageGAN, the
    generator"), and no preposition in between ("TePaCoC, a new testsuite for the evaluation
    of parsers")."""
    return not any(w in _PREPOSITIONS or w == "at"
                   for w in f"{_words_before(text, start, 1)[0]} {between}".lower().split())


def _framework_methods(text: str, methods: dict[str, bool]) -> None:
    """Notes in ``methods`` the names a verb calls a framework: "SeqGAN, proposed the framework"."""
    for match in _FRAMEWORK_VERB.finditer(text) if "framework" in text else ():
        # (called a framework by its verb, as by a head noun above: no model, dev6
        # R-model-architecture)
        name = _NAME_ENDS.search(text, max(0, match.start() - 60), match.start())
        if name is not None and is_name_shaped(name.group("name")):
            methods[normalize(name.group("name"))] = False
