"""Cues that a name is data: "the X dataset", appositions, collections, Wikipedia, counted
lists, lists of names and their mates, data counts, and the relabelling of list items.

Separate from the model and kind cues (name_cues.py) they build on.
"""

from __future__ import annotations

import re

from litkit.extract.identity import normalize
from litkit.extract.lexicon import Entry
from litkit.extract.name_cues import _LIST_SEP, INTRODUCING_VERBS, NAMING_WORDS, _introduced
from litkit.extract.name_shapes import (
    _CAMPAIGN_GATE,
    _CAP_WORD,
    _GENERIC,
    _LANGUAGE_CODE,
    _LEADING,
    _PLURAL_ACRONYM,
    _PREPOSITIONS,
    _REST,
    _TITLE_RUN,
    _WORD,
    DATA_NOUNS,
    LANGUAGES,
    Name,
    _cased_key,
    _is_language,
    _words_before,
    is_name_shaped,
    whole_words,
)
from litkit.extract.numbers import parse_number

#: "the Omniglot dataset", "the Visual Genome dataset": a Title Case name the article and a
#: singular data noun frame (the name-shaped ones, "the PathX-256 task", are found above); a
#: preposition frames it as well as the article: "Our experiments on Enron dataset", "from the
#: news domain of Datum corpus", "97% on Brown corpus and 98% on ..." (not after a capitalized
#: word, which it ends a longer name with: "the World of Bits benchmark", "Word in Context")
_THE_NAME_DATASET = re.compile(
    r"(?<![\w-])(?P<opener>the|on|of|in|from|with|using|and)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?)\s+(?:dataset|corpus|benchmark|treebank)\b"
)
#: a coined name in lower case before such a noun, the article or a preposition before it:
#: "the wikitext2 dataset", "the mATIS++ dataset", "the ssj200k treebank", "on mTVR dataset"
#: (searched back from the noun; ``_coined_lower`` asks for its capital, digit or "+")
_LOWER_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]he|on|of|in|from|with|using|and)\s+(?P<name>[a-z][\w'+-]*)\Z")
#: (which, and ``_DATA_BEFORE_NAME``, need one of these words, or "data set" written apart)
_DATA_NOUN_WORDS = ("dataset", "corpus", "benchmark", "treebank")
#: (``_THE_NAME_DATASET`` is tried at every position, its lookbehind first: so only where one
#: of the nouns ends a word, ``_DATA_NOUN_END`` tried where the nouns are (``_DATA_NOUN_STARTS``),
#: after a capitalized word, ``_capital_word_ends``)
_DATA_NOUN_END = re.compile(rf"(?:{'|'.join(_DATA_NOUN_WORDS)})\b")
_DATA_SET_APART = re.compile(r"data\sset")
#: where the data nouns start ("corp" for "corpus" and "corpora"): their places, found once by
#: substring search (``_starts_of``), serve the rules of data nouns (tried only there, see
#: ``_finditer_at``) and their tests, which scans of the text, one for each, cost several times
#: more (scanned for, ``_DATA_BEFORE_NAME`` tried its nouns at every "b", "c", "d" and "t")
_DATA_NOUN_STARTS = ("data", "corp", "benchmark", "treebank")
#: "the AID aerial scene classification dataset", "the SPaRKy restaurant corpus", "the RuleTaker
#: synthetic question answering (QA) dataset": a name-shaped name the words of what its data
#: is part from a singular data noun (not a clause: "the CSPAN model on several benchmark data
#: sets", "the ADI shared task dataset", "the MFS and corpus concatenation methods")
_DESCRIBING_WORD = (r"(?!(?:on|in|of|for|and|or|with|to|via|from|by|as|at|into|over|than|is|are|"
                    r"was|were|be|been|this|that|these|those|its|their|our|which|who|a|an|the|"
                    r"tasks?|shared|models?|version)\b)[a-z][a-z-]*\s+")
_DESCRIBING = rf"(?:{_DESCRIBING_WORD}){{1,3}}(?:\([^()]{{1,12}}\)\s+)?"
#: (a language may describe it: "GLAFF, a large-scale versatile French lexicon extracted from",
#: "the Tashkeela Arabic diacritization benchmark"), also alone, dropped with the head
#: (R-ds-langafter: "the Sejong Korean corpus" is Sejong), unless another rule took the name
#: with it (a part of a multilingual resource, R-ds-langdesc: "the INESS Norwegian treebank")
#: (its version after the name, part of it: "the OdiEnCorp 2.0 parallel corpus", "the STEM-ECR
#: v1.0 dataset"; also in ``_ON_NAME``)
_VERSION = r"(?>\s(?:v\d+(?:\.\d+)*|\d\.\d))"
_LANGUAGE_WORD = "(?:" + "|".join(sorted(w.title() for w in LANGUAGES)) + r")\s+"
_THE_NAME_DESCRIBED = re.compile(
    rf"the(?<!\wthe)\s+(?P<name>{_CAP_WORD}{_VERSION}?)\s+"
    rf"(?:{_LANGUAGE_WORD}(?:{_DESCRIBING}|(?P<alone>))|{_DESCRIBING})"
    r"(?:dataset|corpus|benchmark|treebank)\b(?!-)"
)
#: ... and of a lexical resource, which is data (as in _TITLE_DATA and _RESOURCE_NOUN): "the WALS
#: database", "the NELL knowledge base", "the EDR dictionary", "the SIMPLE lexicon" (not a
#: database system: "the Neo4j graph database"), after a hyphened word that describes it too:
#: "the IPA-encoded NorthEuraLex database", "the well-known ALARM network database"
_THE_NAME_RESOURCE = re.compile(
    rf"the(?<!\wthe)\s+(?:[A-Za-z]+-[a-z]+\s+)?(?P<name>{_CAP_WORD})"
    r"(?!\s+(?:graph|relational|vector|document|key-value|NoSQL)\s+database)"
    rf"\s+(?:{_DESCRIBING_WORD}){{0,2}}"
    r"(?:database|lexicon|dictionary|knowledge\s+base)(?![\w-])"
)
#: (its nouns, substring tests first: a scan for the gate tries them after every space)
_RESOURCE_WORDS = ("database", "lexicon", "dictionary", "knowledge base")
_THE_RESOURCE_GATE = re.compile(rf" (?:{'|'.join(_RESOURCE_WORDS)})\b")
#: ... or the resource noun before the name: "the valency lexicon Walenty", "the electronic
#: dictionary DWDS", "the biological database SABIO-RK", a language first too: "the German
#: connective lexicon DiMLex", "the English affective lexicon ANEW" (not a language: "the
#: lexical database Finnish")
_THE_RESOURCE_NAMED = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?:{_LANGUAGE_WORD})?(?:{_DESCRIBING_WORD}){{0,3}}"
    r"(?:database|lexicon|dictionary) "
    rf"(?P<name>{_CAP_WORD})(?=[\s,.;:)])")
#: ... and so a data noun before the name: "the benchmark dataset ReDial", "our corpus
#: PorSimplesSent", "a recently released cloze-test dataset CLOTH (Xie et al., 2017)", also
#: plural after "benchmark", with no article: "We experiment on benchmark corpora SETIMES,
#: conducting", "the experiments on the benchmark datasets SE14 of laptop"
_THE_DATA_NAMED = re.compile(
    rf"(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Oo]ur)\s+(?:{_DESCRIBING_WORD}){{0,3}}"
    rf"(?:dataset|data\sset|corpus|benchmark|treebank)|benchmark\s(?:datasets|corpora)) "
    rf"(?P<name>{_CAP_WORD})(?=[\s,.;:)])")
#: (its cheap test first, a data noun and a capital after it, tried where the nouns are, see
#: ``_DATA_NOUN_STARTS``: the rule tries its determiners and words at every word start)
_DATA_NOUN_NAMED = re.compile(r"(?:datasets?|data\sset|corpus|corpora|benchmark|treebank) [A-Z]")
#: a name in apposition before what it is: "CIFAR-10H and ImageNet-16H, two large-scale
#: crowdsourced datasets", "VoxClamantis v1.0, the first large-scale corpus for", "Tashkeela (a
#: large corpus)" (the words between describe the data: no verb, preposition or model noun)
#: (also a named lexical resource, which is data as in titles, _TITLE_DATA: "Hurtlex, a
#: multilingual lexicon of words to hurt", "COLLIE-V, a deep lexical resource for verbs",
#: "Polymots, a lexical database", "SSRN, a large repository of preprints"; the noun ends its
#: phrase: not "a low resource language"; a repository holds data: not "VLibrary, a repository
#: that stores trained M2IVs")
_RESOURCE_NOUN = (r"(?:(?:lexicons?|resources?|databases?|dictionar(?:y|ies)|wordnets?)"
                  r"(?=\s*[,.;:()]|\s+(?:for|of|with|that|which|containing|in|from|and|"
                  # ... or a participle that describes how it was made: "LexFr, a corpus-based
                  # French lexical resource built by", "Tharwa, a three-way lexicon comprising"
                  r"built|extracted|based|derived|created|compiled|consisting|covering|resulting|"
                  r"designed|developed|comprising|constructed|composed|obtained|generated|"
                  r"automatically|manually|freely|publicly)\b)|"
                  r"repositor(?:y|ies)(?=\s+of\b))")
#: (its first words may be adjectives listed with commas: "MacNoise, a machine-generated,
#: conflict-induced dataset", "Mintaka, a complex, natural, and multilingual dataset", the last
#: two joined by "and" alone: "House3D, a rich, extensible and efficient environment")
_LISTED_WORD = r"[a-z\d][\w-]*(?:,\s+(?:and\s+)?|\s+and\s+)"
_DATA_APPOSITION = (rf"\s*(?P<det>[Aa]n?|[Tt]he|two|three|four|five|six|both)\s+"
                    rf"(?:{_LISTED_WORD}){{0,3}}(?:{_DESCRIBING_WORD}|{_LANGUAGE_WORD}){{0,4}}?"
                    rf"(?:{DATA_NOUNS}|(?:challenge|test)\s+sets?|"
                    rf"{_RESOURCE_NOUN})\b")
#: (a dash sets it off as a comma does: "RecipeNLG \u2013 a novel dataset of cooking recipes",
#: "CARE\u2014a new IE dataset", "SenTube -- a dataset of user-generated comments"; the name
#: may be the acronym in brackets after its long form: "We introduce Actively Discovering and
#: Adapting to Preferences for any Task (ADAPT) \u2013 a benchmark designed to")
_DATA_APPOSED = re.compile(
    rf"(?:(?<=\()(?P<acronym>[A-Z][\w-]*[A-Z][\w-]*)\)|"
    rf"(?P<name>{_WORD}(?:\sv\d+(?:\.\d+)*)?))(?:,|\s\(|\s?[\u2013\u2014]|\s--?\s){_DATA_APPOSITION}"
    rf"(?!-|\s+(?:are|is|were|was|have|has|{DATA_NOUNS})\b)")
#: ... and the shapes a name takes there besides ``is_name_shaped``'s: "xGQA", "hardEN", "42D",
#: "hr500k", "doc2dial" ("We introduce hr500k, a manually annotated corpus of Croatian")
_APPOSED_SHAPE = re.compile(r"[a-z]{1,5}[A-Z][\w-]*|\d+[A-Za-z][\w-]*|[a-z]+\d+[A-Za-z][\w-]*")
#: (the apposition alone, a comma or parenthesis first, is found several times faster than the
#: rule, which is tried at every word; one pattern per character, each led by its literal, which
#: the engine finds faster than a character class)
_DATA_APPOSED_GATES = [re.compile(rf"{re.escape(c)}{_DATA_APPOSITION}")
                       for c in (",", "(", "\u2013", "\u2014", "- ")]
#: ... or after it: "We design a synthetic benchmark, CommaQA, with", "the only available dataset
#: for this task, RELX-Distant (Köksal", "a corpus from the 1970s, Talbanken76, converted" (a
#: singular data noun, then nothing or a prepositional phrase; not "corpus metadata, EXAKT")
#: (a spaced dash sets the name off as a comma does: "develop a new Wikidata-based dataset -
#: WD50K.", "a novel 23 participant eye tracking dataset - MQA-RC, in which")
_SET_OFF = r"(?:\s*,|\s+[-\u2013\u2014])\s+"
_DATA_BEFORE_NAME = re.compile(
    r"(?:data(?<!\wdata)\s?set|corpus(?<!\wcorpus)|benchmark(?<!\wbenchmark)|"
    r"treebank(?<!\wtreebank))"
    r"(?:\s+(?:for|of|on|in|from|with)(?:\s+(?!(?:and|or|but|which|that)\b)[\w'-]+){1,4}?)?"
    rf"(?:{_SET_OFF}(?:(?:namely|called|named|dubbed)\s+)?"
    # (also in markdown bold, where it may have more words: "we annotate a new dataset, **MORAL
    # EVENTS**, consisting of", "we propose Decision QA benchmark, **DQA**.")
    rf"(?P<bold>\*\*)?(?P<name>{_WORD}(?(bold)(?:\s{_CAP_WORD})*))(?(bold)\*\*)"
    r"(?=\s*[,(;:]|\.(?:\s|$))|"
    # ... or a long form in Title Case, its acronym after it: "a new dataset, Codeforces
    # Multiclass-5 (CFMC5)", "a new corpus, the Story Dialogue with Gestures (SDG)", "a new
    # dataset called Commonsense Reasoning for Counterfactual Scene Imagination (CoSIm)", "a new
    # real-world scenario dataset, the BlurbGenreCollection (BGC)" (the acronym is found as its
    # alias, R-ds-acronym), the acronym ending the phrase (not "across corpus, Language ID (LID)
    # tags")
    rf"(?:{_SET_OFF}(?:(?:namely|called|named|dubbed)\s+)?|\s+(?:called|named|dubbed)\s+)"
    rf"(?:the\s+)?[\"\u201c]?(?P<long>{_CAP_WORD}(?:(?:\s(?:of|for|with|and|in|on|to))?\s{_CAP_WORD})*)"
    rf"[\"\u201d]?(?=\s\([A-Za-z][\w+.-]*[A-Z][\w+.-]*\)(?:[,.;]|\s+(?:{DATA_NOUNS}|which|that|"
    r"with|to|for|consisting|containing|featuring|comprising|specifically)\b)))")
_SPACED_DASH = re.compile(" [-\u2013\u2014] ")
#: the acronym of a long form whose head opens it: "the Corpus of Contemporary American English
#: (COCA)", "the Grammarly Corpus for Discourse Coherence (GCDC)", "the Benchmark for reliABilitY
#: and jailBreak haLlUcination Evaluation (BabyBLUE)" (in one line: a title's head is no cue)
_HEAD_FIRST_ACRONYM = re.compile(
    r"(?P<before>(?:[A-Z][\w-]*\s+){0,3})(?P<head>Benchmark|Dataset|Corpus|Treebank)\s+"
    r"(?:for|of|on|in)\s+[^()\n.;]{3,90}?\((?P<name>[A-Za-z][\w+.-]*[A-Za-z0-9])\)")
#: (the rule may start anywhere; its head, tested first, is rare)
_HEAD_FIRST_GATE = re.compile(r"(?:Benchmark|Dataset|Corpus|Treebank)\s+(?:for|of|on|in)\s")
#: ... and such a name with no acronym, the article before it: "trained on ... from the Database
#: of Icelandic Morphology", "the Corpus of Contemporary Serbian" (R-ds-acronym lists the long
#: form too where an acronym follows; a title's "A Corpus of Spoken German" describes, not names,
#: and in a title only its start names: "DIM: The Database of ...", not "Studying the Lexicon of")
_HEAD_FIRST_NOUNS = ("Corpus", "Database", "Treebank", "Lexicon", "Dictionary", "Archive")
_THE_HEAD_FIRST = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<name>(?:{'|'.join(_HEAD_FIRST_NOUNS)})\s+of"
    rf"(?:\s+the)?(?:[ ](?:(?:of|for|and|in|on)[ ])?{_CAP_WORD})+)")
#: (its cheap test first, one of the nouns before " of": the literal "of", which the engine
#: finds fast, then the space and the nouns behind it: half the time six substring tests took,
#: and two thirds of the time " of" took, led by the space, the commonest character)
_HEAD_FIRST_OF = re.compile("of(?<= of)(?:"
                            + "|".join(f"(?<={noun} of)" for noun in _HEAD_FIRST_NOUNS) + ")")
#: ... and so is a sign language's, written in capitals: "the Greek Sign Language dataset" (a name
#: before it stays: "the BosphorusSign Turkish Sign Language corpus")
_SIGN_LANGUAGE = re.compile(r"(?:\A|\s)(?:[A-Z][a-z]+\s)?Sign\sLanguage\Z")
#: names ending in the collection they are: "the NAIST Text Corpus", "Penn Discourse
#: Treebank", "E2E NLG Challenge" (the noun is part of the name), with the release year
#: written after it: "the Webis Gmane Email Corpus 2019"; also in the plural: "On the Universal
#: Dependency Treebanks"; "Dataset" after two words or more: "This resulted in the Real World
#: Worry Dataset of 5,000 texts" (one name-shaped word before it is the name: "the DailyDialog
#: Dataset" is DailyDialog; nor is part of a longer name one: "Emotion aware Multilingual
#: Multimodal Multiparty Dataset"), nor after a known name: "the Cornell Movie Dialogs Dataset",
#: "13 languages of Universal Dependencies Treebanks"; two
#: heads are one name: "the African Language Dataset Challenge"
_COLLECTIONS = ("Corpus", "Corpora", "Treebank", "Treebanks", "Challenge", "Bank", "Dataset")
#: (the rule needs one of them written: substring tests, "Treebank" also for "Treebanks")
_COLLECTION_WORDS = tuple(word for word in _COLLECTIONS if word != "Treebanks")
_COLLECTION = re.compile(
    rf"(?P<name>[A-Z0-9](?<![\w'+.-].){_REST}(?:\s(?:[A-Z0-9]{_REST}|of|for|and)){{0,5}}?"
    rf"(?:\s(?:{'|'.join(_COLLECTIONS)})){{1,2}}(?:\s(?:19|20)\d\d\b(?![.,]\d|-))?)(?![\w-])"
)
#: instruction or training data taken from a model ("instruction data from Magicoder")
_DATA_WORD = re.compile(r"data|datasets?|corpus|corpora|instructions|examples|samples")
#: Wikipedia, a generic word otherwise (_GENERIC), as the data a method is trained, run or
#: evaluated on (R-ds-input): "the English Wikipedia corpus", "co-citations from Wikipedia
#: articles", "trained on Wikipedia", "corpora like Wikipedia" (with the language of its
#: edition); not part of another name ("Wikipedia Update Generation task", "Wikipedia tables")
_WIKIPEDIA = re.compile(r"(?:(?P<lang>[A-Z][a-z]+)\s)?Wikipedia"
                        r"(?![\w-]|\s+(?:[A-Z]|tables?\b|info-?box))")
#: (and the units a retriever or reader runs over: "trained to detect answers in Wikipedia
#: paragraphs", "millions of open-domain Wikipedia documents"; not its pages or sentences, as
#: often only the source of data built: "sourced from Wikipedia pages", "KFTT ... consisting of
#: Wikipedia sentences")
_WIKIPEDIA_AS_DATA = re.compile(r"\s+(?:corpus|corpora|dumps?|articles|texts?|data|paragraphs|"
                                r"passages|documents)\b")
#: ... or the name of a set of its own (R-ds-platformset: "97% accuracy on a new out of domain
#: Wikipedia dataset"), which stays even where the paper builds that data; not sets named in a
#: parenthesis after ("the larger Wikipedia datasets for character prediction (text8 and enwik8)")
_WIKIPEDIA_SET = re.compile(r"\s+(?:dataset|data\s?set|test\s?set)s?\b(?!(?<=s)[^.;()]{0,40}\()")
_ON_DATA_BEFORE = re.compile(r"(?i:train|evaluat|test|experiment|pre-?train|fine-?tun)\w*"
                             r"(?:\s+[\w-]+){0,3}?\s+on\s+(?:the\s+)?$")
_EXAMPLE_DATA_BEFORE = re.compile(r"(?:corpora|corpus|datasets?|data|resources?|sources?)\s*"
                                  r"[(,]?\s*(?:such\s+as|like|e\.g\.,?|i\.e\.,?|including)\s+$")
#: ... unless the paper builds data of its own, which Wikipedia is then the source of
#: (R-ds-source: HoVer's claims "extracted from several Wikipedia articles"): a data noun in its
#: title or after a verb of making ("we present a simple technique for converting this
#: Wikipedia text into lexicons", "constructed a dataset of 66K multimodal documents")
#: (not a result's "new state of the art on benchmark data (TED Talks)")
_DATA_MADE = re.compile(rf"(?i:\b(?:{INTRODUCING_VERBS}|release|compile|collect)(?:s|d|ed)?\b|"
                        rf"\bnew(?:ly)?\b(?!\s+state))[^.;]{{0,80}}?\b(?:{DATA_NOUNS}|resources?|"
                        r"lexicons?)\b")
_DATA_TITLE = re.compile(r"(?i:dataset|corpus|corpora|benchmark|treebank|resource|lexicon)")


def builds_data(text: str) -> bool:
    """Whether the paper builds data of its own (R-ds-source): a data noun in its title, or one
    after a verb of making (``_DATA_MADE``)."""
    return bool(_DATA_TITLE.search(text, 0, max(0, text.find("\n\n"))) or _DATA_MADE.search(text))


#: "datasets such as X, Y and Z", "three other datasets, X, Y, and Z", "models including X",
#: also in a parenthesis the cue opens ("benchmark datasets (i.e., SGD, MultiWOZ2.1, and
#: MultiWOZ2.2)", "critique datasets (e.g., WebInstruct, MetaMath, NuminaMath)"): one
#: literal-led rule per head noun, so that the regex engine can scan for it quickly (the
#: lookbehind then checks that the noun starts a word: not "corpora" in "incorporating"); each
#: with its noun, a substring test that spares the scan where the noun is not written
_HEAD_LISTS = [
    (stem, re.compile(rf"{stem}(?<![A-Za-z]{'.' * len(stem)})\w*(?:(?:\s*\([^()]{{1,30}}\))?[,:]?"
                      r"\s+(?P<cue>(?:such\s+as|including|like|e\.g\.,?|namely)\s+)?|"
                      r"\s*\(\s*(?P<opened>(?:such\s+as|including|e\.g\.,?|i\.e\.,?|namely)\s*))"
                      r"(?=[A-Z])"),
     label)
    for stem, label in (("dataset", "DATASET"), ("benchmark", "DATASET"), ("corpora", "DATASET"),
                        ("models", "MODEL"), ("LLMs", "MODEL"), ("backbones", "MODEL"))
]
_RUN = re.compile(_TITLE_RUN)
#: a list whose length the count before its plural data noun states: "two datasets,
#: Enron-Context and Reddit-Context", "two news datasets (KINNEWS and IRNEWS)", "two different
#: corpora : CID and SEMAINE"; the count agreeing with the items names each a dataset, though
#: none is known or name-shaped (not languages: "three corpora (Spanish, Chinese and Japanese)")
_COUNTED_LIST = re.compile(
    r"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:datasets|data\s?sets|corpora|benchmarks|treebanks)\s*(?P<open>\(|[,:])\s*"
    r"(?:(?:namely|i\.e\.|viz\.),?\s+)?(?=[A-Z])")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: (the words its matches start with: it is tried only where they are written, see
#: ``_finditer_at``; scanned for, it tried its counts at every word start)
_COUNT_WORDS = [word for count in _COUNTS for word in (count, count.title())]
#: ... whose items are the splits of one set by their labels, not names (R-ds-splitlabel): "two
#: evaluation data sets, Test1 and Test2", "datasets B1 and B2"
_SPLIT_LABEL = re.compile(r"(?:[A-Z]|Test|Dev|Train|Valid)[-_ ]?\d{0,2}", re.IGNORECASE)
#: ... and what closes such a list: its parenthesis, or a comma or stop after a list in prose
_COUNTED_LIST_END = {"(": re.compile(r"\s*\)"), ",": re.compile(r"\s*[,.;]"),
                     ":": re.compile(r"\s*[,.;]")}
#: "a new dataset X", "a new large-scale music dataset, X", "we introduce a benchmark dataset
#: CUNIT", "create a human-to-human Chinese dialog dataset DuRecDial", "a newly constructed
#: dataset BWB"
_NEW_BEFORE = re.compile(
    rf"\b(?:new(?:ly)?|novel|(?:{INTRODUCING_VERBS}|built|release|collect|curate)\w*\s+(?:a|an))\s+"
    r"(?:(?!(?:on|in|of|the|for|and|with|to)\b)[\w-]+\s+){0,3}$", re.IGNORECASE
)
#: a gloss or citation in parentheses after a list item, not a nested one
_GLOSS = re.compile(r" \([^()\n]{1,60}\)")
_RUN_NEXT = re.compile(rf"{_LIST_SEP}(?P<w>{_TITLE_RUN})")
#: "evaluated on XQA", "trained on FineWeb-Edu": "on" + name, checked for a verb before it
#: (also opening a sentence: "Experiments on OPUS-100 (a novel ...", "Evaluated on WebQSP and
#: GraphQuestions"; and the gains and rates of results: "significant improvements on SQuAD2 and
#: NQ", "a 52.17% length-controlled win rate on AlpacaEval2 with", "improving state-of-the-art
#: accuracy on SQA from 55.1 to 67.2"; a verb of findings after it: "Experimental results on
#: TweetQA demonstrate", "Experiments on ALCE show"; a dash that opens an aside: "models trained
#: on Ru-RSTreebank – first Russian corpus annotated")
_ON_NAME = re.compile(rf"on\s+(?:the\s+)?(?P<name>{_CAP_WORD}{_VERSION}?)"
                      r"(?=\s*(?:[,.;:()]|and\b|or\b|with\b|which\b|for\s+the\b|from\s+\d|$)|"
                      r"\s[\u2013\u2014]\s|"
                      r"\s+(?:show|demonstrate|indicate|reveal|confirm|suggest|prove|verify|"
                      r"validate)s?\b)")
_ON_VERB = re.compile(
    r"[Ee]valuat\w*|[Tt]est\w*|[Ee]xperiments?|[Rr]esults?|accuracy|performances?|SOTA|"
    r"state-of-the-art|art|benchmark\w*|[Tt]rain\w*|pre-?train\w*|[Ff]ine-?tun\w*|finetun\w*|"
    r"scores?|improvements|gains?|rates?|conducted"
)
#: ... or a score of a result earlier in its clause: "improves pass@1 accuracy of Qwen2.5 32B
#: on HumanEvalFix", "the relative improvement can be as far as 8.6% on the MEDTEST14"
_SCORE_BEFORE = re.compile(r"\d(?:\.\d+\s?%?|\s?%)(?:[^.;:()]|\.\d)*\Z")
_NEXT_NAME = re.compile(r"\s+[A-Z]")
#: the size part of a sized name ("-8B" in "ProLong-8B-Instruct")
_SIZE_PART = re.compile(r"-(?:\d+x)?\d+(?:\.\d+)?[BbMm]\b")
#: the nouns a dataset's items are counted in
_DATA_ITEMS = (r"(?:pairs|sentences|images|videos|clips|examples|samples|documents|articles|"
               r"questions|utterances|dialogues|conversations|tweets|posts|reviews|records|"
               r"instances|words|faces|entries|triples)")
#: a count of data items: "22M sentence pairs", "more than 50 million English-English
#: sentential paraphrase pairs" (its number and scale; the gate is a digit and a scale)
_DATA_COUNT = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<scale>[KMB]|thousand|million|billion)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_DATA_ITEMS}\b")
_DATA_COUNT_GATE = re.compile(r"\d\s?(?:[KMB]|thousand|million|billion)\s")
#: a name that opens its sentence as the subject of what it contains, counted or named as data
#: items, is data: "ENGLAWI contains 752,769 articles", "DESCGEN consists of 37K entity
#: descriptions", "ViCon comprises pairs of synonyms and antonyms" (not the parts of a model:
#: "... consists of 12 layers"); found from each verb, which most abstracts lack (tried where
#: its words are written, ``_finditer_at``: scanned for, it was tried at every "c" and "i")
_CONTAIN_WORDS = ("contains", "comprises", "consists", "includes")
_CONTAIN_VERB = re.compile(rf"(?:{'|'.join(_CONTAIN_WORDS)})\b")
_CONTAINS_SUBJECT = re.compile(rf"(?:(?<=[.;:]\s)|(?<=\n))(?P<name>{_CAP_WORD})\s+\Z")
_CONTAINED = re.compile(
    r"\s+(?:of\s+)?(?:[\w,.-]+\s+){0,4}?(?:\d[\d,.]*\s?(?:[KMB]|thousand|million|billion)?\s+"
    r"(?!(?:[\w-]+\s+)?(?:layers?|parameters?|modules?|blocks?|heads?|experts?|components?|"
    r"stages?|steps?|parts?|phases?|levels?)\b)|"
    rf"(?:{_DATA_ITEMS}|annotations)\b)")
#: a lexicon spelling's lower-case data noun is its cue, not part of the name the text gives
#: ("the GENIA corpus", "the Wall Street Journal corpus", "the Alpaca dataset" name GENIA, Wall
#: Street Journal, Alpaca, as the studied gold writes such names 101 times to 1)
_LOWER_DATA_TAIL = re.compile(r" (?:corpus|dataset|benchmark|treebank)\Z")


def _own_head(entry: Entry | None, written: str) -> bool:
    """Whether the treebank or benchmark ending a lexicon hit belongs to the name it spells, in
    any case ("the Penn treebank", "the STS benchmark" of Penn Treebank, STS Benchmark; not "the
    GENIA corpus" of GENIA), so that it stays in the name (``_NAME_DATA_HEAD``)."""
    return entry is not None and any(_cased_key(a) == _cased_key(written)
                                     and not _LOWER_DATA_TAIL.search(a) for a in entry.names)


#: pattern rules whose cue is explicit enough to outweigh an acronym's common-phrase reading
_STRONG = {"pattern:name_is_head", "pattern:head_called", "pattern:acronym", "pattern:title",
           "pattern:sized_name", "pattern:shared_task", "pattern:track",
           "pattern:task_acronym"}
#: cheap tests that let whole rules be skipped
_SIZE_GATE = re.compile(r"\d[BMbm]\b")
#: a list of names: "BoolQ, PIQA, and XQA", "MMLU and GSM8K", "(CNN/DailyMail, XSum, and
#: ClinicalTrial)" (a name joined by a slash is one item; not variants: "CIFAR-10/100")
_LIST_WORD = rf"{_WORD}(?:/(?=[A-Za-z]){_WORD})*"
_LIST_NEXT = re.compile(rf"{_LIST_SEP}(?P<w>{_LIST_WORD})")
_LIST_PREV = re.compile(rf"(?P<w>{_LIST_WORD}){_LIST_SEP}\Z")
_LIST_FIRST = re.compile(_LIST_WORD)
_LIST_PREV_GLOSSED = re.compile(rf"(?P<w>{_LIST_WORD})(?:{_GLOSS.pattern})?{_LIST_SEP}\Z")


def _after_headline_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a headline's words up to its last capitalized function word before a name-shaped
    word ("Translation Using JAPIO Patent Corpora" -> "JAPIO Patent Corpora")."""
    words = text[start:end].split(" ")
    cut = max((i for i, w in enumerate(words[:-2]) if w[:1].isupper() and w.lower() in _LEADING
               and is_name_shaped(words[i + 1])), default=-1)
    return start + sum(len(w) + 1 for w in words[:cut + 1]), end


def _collection_named(words: list[str]) -> bool:
    """Whether the words before "Corpus" / "Treebank" name it ("NAIST Text", "Penn Discourse"):
    a single word must be shaped like a name; one is not a generic word, and none is a
    capitalized function word of a Title Case headline ("Towards A Large Scale Text Corpus")."""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and not is_name_shaped(words[0]):
        return False  # "Amharic Corpus" is any corpus of Amharic
    return (any(w not in _GENERIC and w not in _LEADING for w in lowered)
            and lowered[0] not in ("towards", "toward")
            and not any(w in _LEADING for w in lowered[1:]))


#: a plain capitalized word that names the corpus or treebank after it ("the Gumar Corpus, a
#: large-scale corpus", "the Szeged Treebank", "the Turkish Treebank"), not what it is part of
#: ("the National Corpus of Polish", "the Penn Treebank tagset", "the Zipporah Corpus Filtering
#: toolkit", "the Chinese Treebank 6.0") nor a word that describes it ("the Final Corpora")
_PLAIN_COLLECTION_NOT = frozenset("""
final first second third new reference national text parallel basic international original
full main annotated training test spoken written multilingual bilingual monolingual gold silver
development evaluation sample pilot open free general modern contemporary historical old whole
entire current present same above following resulting proposed extended revised complete
""".split())
_PLAIN_COLLECTION_AFTER_NOT = re.compile(
    r"\s+(?:of|for|in|on|and)\s+[A-Z]|\s+[A-Z0-9]|-|\(|\s+(?:formats?|tagsets?|tag\s?sets?|tags|"
    r"guidelines|styles?|schemes?|annotation|toolkits?|projects?|initiatives?|software|tools?|"
    r"systems?|filtering|management|analysis|approach|conventions?|tokeni[sz]ation)\b")


def _plain_collection(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether "the" and one plain capitalized word before "Corpus" / "Treebank" name it: not a
    language's corpus ("the Amharic Corpus"; a language's Treebank is a name: "the Hindi
    Treebank"), a generic or describing word, nor the start of a longer name."""
    if len(words) != 2 or words[1] not in ("Corpus", "Treebank"):
        return False
    word = words[0]
    lowered = word.lower()
    if not (word.istitle() and word.isalpha()):
        return False
    if _is_language(word):
        if words[1] != "Treebank":
            return False
    elif lowered in _GENERIC or lowered in _LEADING or lowered in _PLAIN_COLLECTION_NOT:
        return False
    return _words_before(text, start, 1)[0].lower() == "the" \
        and not _PLAIN_COLLECTION_AFTER_NOT.match(text, end)


#: a capitalized word next in the same line
_HEADLINE_NEXT = re.compile(r" +[A-Z]")


def _title_collection(text: str, start: int, end: int) -> bool:
    """Whether a collection in the title is named, not a headline's words: it starts with a
    word shaped as a name ("The ELTE.DH Pilot Corpus", "Annotating the MASC Corpus with
    BabelNet"), not after "a" ("TimeBankPT: A TimeML Annotated Corpus of Portuguese", "A 500
    Million Word POS-Tagged Icelandic Corpus"), and nothing capitalized follows ("The JHU
    Parallel Corpus Filtering Systems")."""
    first = text[start:end].split()[0]
    return (first[0].isalpha() and is_name_shaped(first)
            and _words_before(text, start, 1)[0].lower() not in ("a", "an")
            and not _HEADLINE_NEXT.match(text, end))


def _data_named(text: str, match: re.Match) -> bool:
    """Whether the word after a data noun (``_THE_DATA_NAMED``) is a coined name, not a plain
    word, a variable or a letter ("the corpus Child", "a small corpus D_T", "corpus I"), nor
    the first word of a name a data noun ends ("the benchmark NCBI disease dataset")."""
    written = match.group("name")
    return len(written) > 1 and is_name_shaped(written) and not re.search(r"[_(]", written) \
        and not _LIST_DATA_AFTER.match(text, match.end())


def _coined_lower(word: str) -> bool:
    """Whether a word in lower case is a coined name, a capital, digit or "+" after its first
    letter ("wikitext2", "mLAMA", "taraXÜ"), not a task joined by "to" ("text-to-SQL")."""
    return any(c.isupper() or c.isdigit() or c == "+" for c in word[1:]) \
        and "to" not in word.split("-")[1:-1]


def _plain_data_name(written: str) -> bool:
    """Whether Title Case words a data noun follows can name the data ("Omniglot", "Visual
    Genome"): no generic, function or collection word, nor a language's name ("the Amharic
    corpus")."""
    words = re.split(r"[-\s]", written)
    return not any(w.lower() in _GENERIC or w.lower() in _LEADING or w in _COLLECTIONS
                   for w in words) \
        and not (len(words) == 1 and _is_language(written))


def _wikipedia(text: str) -> list[Name]:
    """Wikipedia where the text uses it as data (``_WIKIPEDIA``), unless the paper builds data of
    its own (``_DATA_MADE``); a "Wikipedia dataset" (``_WIKIPEDIA_SET``) whatever it builds."""
    out, sets = [], []
    for match in _WIKIPEDIA.finditer(text):
        before = text[max(0, match.start() - 60):match.start()]
        named_set = _WIKIPEDIA_SET.match(text, match.end()) is not None
        if named_set or _WIKIPEDIA_AS_DATA.match(text, match.end()) \
                or _ON_DATA_BEFORE.search(before) or _EXAMPLE_DATA_BEFORE.search(before):
            lang = match.group("lang")
            start = match.start() if lang and _is_language(lang) \
                else match.end() - len("Wikipedia")
            name = Name(start, match.end(), "DATASET", text[start:match.end()], "",
                        "pattern:wikipedia")
            (sets if named_set else out).append(name)
    if out and builds_data(text):
        return sets
    return out + sets


#: a language pair in codes ("RU-EN"), and what ends a list of no dataset names: a capital or
#: number continuing its last name ("AMR 2015"), or a task noun ("on AOOE, AOPE ... subtasks")
_CODE_PAIR = re.compile(rf"{_LANGUAGE_CODE}-{_LANGUAGE_CODE}")
_ON_LIST_END = re.compile(r"\s+(?:[A-Z0-9]|(?:sub-?)?tasks?\b)")


def _data_word(word: str) -> bool:
    """Whether a capitalized plain word can name data in a list of datasets ("on MovieLens and
    Netflix datasets"): not a generic or function word, nor a language ("on Bengali and Hindi
    datasets")."""
    return word.istitle() and word.isalpha() and word.lower() not in _GENERIC \
        and word.lower() not in _LEADING and not _is_language(word)


#: generic words (``_GENERIC``) that also name data, as an item of a list of datasets: the CNN
#: news stories ("on the CNN and DailyMail datasets"), a platform's posts ("on Quora and Twitter
#: datasets"); not alone ("two Twitter datasets")
_SOURCE_WORDS = frozenset({"CNN", "Twitter", "Reddit", "Amazon", "GitHub"})


_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
#: the joint of a pair of names: "MobileNets and ResNet"
_PAIR_JOIN = re.compile(r" (?:and|or) ")
#: a model whose embeddings or features a system takes as input, a tool there (R-model-tool):
#: "Using BioBERT Embeddings", "a pre-trained ELMo embedding with GRU units", "with BERT and
#: GloVe embeddings"; also a model used to extract them, a feature extractor (R-model-featurebase):
#: "using the pre-trained Bert model for extracting the text of each instance into a
#: 768-dimensional vector of embeddings", "ResNet-50 as a feature extractor"
INPUT_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:[Ee]mbeddings?|[Ff]eatures|[Vv]ectors|"
                         r"[Rr]epresentations)\b|"
                         r"\s*(?:models?\s+|encoders?\s+)?(?:to|for)\s+(?:extract|encode|obtain|"
                         r"generate|produce|compute)(?:ing)?\b[^.;()]{0,80}?\b(?:embeddings?|"
                         r"features|vectors?|representations)\b|"
                         r"\s+as\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?feature\s+extractors?\b")
#: the same input named in a parenthesis after its embeddings or features: "further improved with
#: contextual embeddings (BERT) to 82.4" (R-model-featurebase; dev32 acl:P19-1585)
INPUT_BEFORE = re.compile(r"\b(?:[Ee]mbeddings?|[Ff]eatures|[Vv]ectors|[Rr]epresentations)"
                          r"\s*\(\s*$")


def _pair_shaped(word: str) -> bool:
    """Whether the other name of a pair with one known model is shaped as a model's: a capital,
    then small letters or digits ("MobileNets", "XLM-100", "Faster-RCNN"); not capitals only, an
    acronym that may name a task, tool or feature ("TRADE", "MUSE", "N-GRAM"), nor a plural
    acronym or a combination of classes ("PALs", "LSTM+CRF")."""
    return word[0].isupper() and any(c.islower() or c.isdigit() for c in word[1:]) \
        and "+" not in word and not _PLURAL_ACRONYM.search(word)
#: a word in small letters only, no name ("datasets", "while")
_LOWER_WORD = re.compile(r"[a-z]+")
#: a figure glued to the word after it: "8.1 ROUGE-L on ASQA, 2.2ROUGE-L on topical ..."
_GLUED_FIGURE = re.compile(r"\d+\.\d")


def _on_list_mates(text: str, start: int) -> list[tuple[int, int]]:
    """The other names of a list after "on" ("on WN11 and FB13"): none unless every item is
    shaped as a name, none as a sized model or a language pair ("on PCFG, PTAG, and graph
    parsing", "on LLaMA-7B and GPT3-2B", "on FI-EN and RU-EN"), and ``_ON_LIST_END`` does not
    follow."""
    items = _list_items(text, start)
    for k in range(1, len(items)):  # the list ends at its conjunction ("on SQuAD2 and NQ,
        if _CONJUNCTION.search(text, items[k - 1][1], items[k][0]):  # establishing a new")
            items = items[:k + 1]
            break
    words = [text[s:e] for s, e in items]
    if len(items) < 2 or not all(is_name_shaped(w) and not _SIZE_PART.search(w)
                                 and not _GLUED_FIGURE.match(w)
                                 and not _CODE_PAIR.fullmatch(w) for w in words) \
            or _ON_LIST_END.match(text, items[-1][1]):
        return []
    return items[1:]


def _scored_name(word: str) -> bool:
    """Whether a word after a score's "on" may name its data: not a sized model ("over 90% ASR
    on Vicuna-7B"), a plural acronym ("26.2% recall on verb phrases, VPs") or a glued figure
    ("2.2ROUGE-L on")."""
    return word[0].isalpha() and not _SIZE_PART.search(word) \
        and not _PLURAL_ACRONYM.search(word)


def _parallel_on(text: str, last: int, start: int) -> bool:
    """Whether "on" at ``start`` repeats the "on NAME" ending at ``last`` in the same sentence:
    "results on SEARCH17 for the search personalization task, and on WN11 and FB13"."""
    return 0 <= last < start and start - last < 80 and text[:start].endswith("and ") \
        and not re.search(r"[.;]\s", text[last:start])


def _one_label(text: str, found: list[Name], models: dict[str, str]) -> None:
    """Give a name the patterns found both as a dataset and as a model its majority label
    (ties go to DATASET: "the CIFAR-10 dataset" outweighs "CIFAR-10 models"). A size in the
    name is no vote where a cue calls it data ("We describe ParaNMT-50M, a dataset of ...",
    "video datasets, viz. Sports-1M, UCF-101 and the KITTI") or the text counts that many data
    items ("ParaZh-22M, a larger Chinese parabank that is composed of 22M sentence pairs"): a
    number in a dataset's name is its size, not a model's (guidelines, params); not for a
    family ``models`` (lexicon keys) knows, whose sized name is a model's against any data cue
    ("on Llama-7B")."""
    votes: dict[str, list[int]] = {}
    shaped: dict[str, list[Name]] = {}  # the names found by their size alone
    for name in found:
        if name.source == "pattern:sized_name":
            shaped.setdefault(normalize(name.written), []).append(name)
        elif name.source != "lexicon":
            votes.setdefault(normalize(name.written), [0, 0])[name.label == "MODEL"] += 1
    counts = _data_counts(text) if shaped and _DATA_COUNT_GATE.search(text) else set()
    for key, names in shaped.items():
        vote = votes.setdefault(key, [0, 0])
        size = _SIZE_PART.search(names[0].written)
        known = size is None or normalize(names[0].written[:size.start()]) in models
        if not known and not vote[0] and parse_number(size.group()[1:]) in counts:
            vote[0] = 1
        if known:  # "OPT-350M"; "We evaluate DistFlashAttention on Llama-7B"
            vote[1] = vote[0] + len(names)
        elif not vote[0]:
            vote[1] += len(names)
    for name in found:
        data, model = votes.get(normalize(name.written), (0, 0))
        if data and (model or name.source == "pattern:sized_name"):
            name.label = "MODEL" if model > data else "DATASET"


def _data_counts(text: str) -> set[float]:
    """The numbers of data items the text states ("22M sentence pairs", "50 million ... pairs")."""
    counts = set()
    for match in _DATA_COUNT.finditer(text):
        value = parse_number(f"{match.group('n')} {match.group('scale')}")
        if value is not None:
            counts.add(value)
    return counts


def _list_items(text: str, start: int, glossed: bool = False,
                ends: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each word in the coordinated list through the word at ``start``;
    ``glossed``: an item may carry a gloss or citation in parentheses ("XOR-Retrieve
    (cross-lingual), MIRACL (monolingual) and XTREME-UP", "ISNotes (Markert et al., 2012) and
    BASHI"); ``ends``: where a found name of several words starting at an item ends ("Newsroom
    and CNN/Daily Mail")."""
    ends = ends or {}
    prev_rule = _LIST_PREV_GLOSSED if glossed else _LIST_PREV
    while text[max(0, start - 6):start].rstrip().endswith((",", " and", " or", "&")) and (
            prev := prev_rule.search(text, max(0, start - 140), start)) is not None:
        start = prev.start("w")
    first = _LIST_FIRST.match(text, start)
    if first is None:
        return []
    items = [(first.start(), max(first.end(), ends.get(first.start(), 0)))]
    while True:
        end = items[-1][1]
        if glossed and text.startswith(" (", end) and (gloss := _GLOSS.match(text, end)):
            end = gloss.end()
        if (nxt := _LIST_NEXT.match(text, end)) is None:
            break
        items.append((nxt.start("w"), max(nxt.end("w"), ends.get(nxt.start("w"), 0))))
    return [(s, e - len(text[s:e]) + len(text[s:e].rstrip(".'"))) for s, e in items]


#: a list framed as data: "on the MNIST and USPS datasets", "two benchmark datasets (OntoNotes
#: and CoNLL)", "datasets such as QuAC and DoQA", "results on KITTI, PASCAL and CUB-2011" (the
#: _ON_NAME words before "on"); the nouns of data themselves, not of tasks or challenges
_LIST_DATA_NOUN = rf"(?:{DATA_NOUNS}|test\s?sets?)"
#: an indefinite noun phrase up to a name: "a standard EL dataset" is some data of a task
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]ach|[Aa]nother)\s+(?:[\w-]+\s+){0,2}$")
#: the Title Case words joined by "of" or "for" that a name in apposition to a data noun
#: continues, its cue's capitalized run starting after the joiner: "we introduce Cross-lingual
#: Choice of Plausible Alternatives (XCOPA), a ... dataset", "the BDCamões Collection of
#: Portuguese Literary Documents, a new corpus" (not "Plausible Alternatives")
_JOINED_BEFORE = re.compile(rf"(?<![\w-])(?:{_CAP_WORD}\s+)+(?:of|for)\s+\Z")
#: a count or quantifier before a plural data noun's Title Case run that ends in a task word:
#: the run names the task the data are for, not a dataset (guidelines: generic phrases): "as
#: measured on two English Question Answering datasets", "four Community Question Answering
#: datasets", "various Bayesian Federated Learning benchmarks", "a variety of Natural Language
#: Processing data sets" (a list's item is a name: "Freebase and Never-Ending Language Learning
#: datasets")
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                             r"multiple|various|many|numerous|a\s+(?:variety|number|range)\s+of)"
                             r"\s+$", re.IGNORECASE)
#: ... its plural nouns, after the last name of a list: "the LS07 and LS14 benchmarks"
_PLURAL_DATA = re.compile(r"datasets|data\s?sets|corpora|benchmarks|treebanks|test\s?sets")
#: ... which ends a list whose last item is a plain word or an acronym, not name-shaped
#: enough for ``_NAME_HEAD``: "Experiments and analyses on Quora and Twitter datasets", "on zsRE
#: QA and NQ datasets", "on the VUA and the TOFEL datasets", "on the Susanne and Teleman corpora"
#: (the gate: one of the plural nouns written with a space before it)
_AND_LAST_PLURAL = re.compile(rf"(?P<sep> (?:and|&)\s+)(?:the\s+)?"
                              rf"(?P<last>(?=[A-Z0-9]){_LIST_WORD})\s+(?:{_PLURAL_DATA.pattern})"
                              r"\b(?!-)")
#: ... or a singular data noun two names share: "both the CNN-DM and NYT corpus", "the BioScope
#: and NegPar corpus" (the gate: " corpus" or " dataset" in the text)
_AND_LAST_SHARED = re.compile(rf"(?P<sep> (?:and|&)\s+)(?:the\s+)?"
                              rf"(?P<last>(?=[A-Z0-9]){_LIST_WORD})\s+(?:corpus|dataset)"
                              r"\b(?!-)")
#: ... the words a list of names follows ("on the X and Y datasets", "evaluated on both X and
#: Y"; not "Who did What and CNN datasets", "domain-specific Oil and Gas corpora", a sentence's
#: start: "Training and test datasets were then reversed")
_LIST_OPENERS = _LEADING | _PREPOSITIONS | {"both", "and", "or", "at", "over", "across"}
_PLURAL_DATA_WORDS = (" datasets", " corpora", " benchmarks", " treebanks", " data sets",
                      " test sets")
_LIST_DATA_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_LIST_DATA_NOUN}\b(?!-)")
_LIST_DATA_BEFORE = re.compile(
    rf"(?:\b{_LIST_DATA_NOUN}\s*(?:[(:,\u2013\u2014-]\s*)?(?:(?:such\s+as|including|like|"
    rf"namely|e\.g\.|i\.e\.|viz\.),?\s+)?|\b(?:{_ON_VERB.pattern})(?:\s+[\w-]+){{0,4}}?\s+on\s+)"
    r"(?:the\s+|both\s+(?:the\s+)?)?$"
)
#: ... or, for models, introduced as examples: "different network architectures, such as NiN,
#: Overfeat, All-CNN and ResNet", or in brackets after the plural model noun they spell out:
#: "training large ImageNet models (InceptionV3, ResnetV1-50, ResnetV1-101 and InceptionResnetV2)"
_MODEL_EXAMPLES_BEFORE = re.compile(r"(?:(?:such\s+as|including|e\.g\.,?)\s+|"
                                    r"(?:models|architectures|networks)\s*\()\Z")
#: a capitalized word next to a list's end: its item is part of a longer name ("Penn
#: TreeBank and Text8", "NMNIST, DVS Gesture")
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Z][\w-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z0-9]")
#: a coined word with an inner capital after a small letter ("MaCoCu", "CoDraw", "CelebA",
#: "VerbAtlas"), which one known dataset in any list labels: "MaCoCu and ParaCrawl generally
#: have higher quality texts"; not a model's or tool's shape ("ResNet", "RoBERTa", "PyTorch")
_INNER_CAPITAL_WORD = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*(?:-\d+)?")
_COINED_NOT = re.compile(r"(?:(?<!Word)Nets?|GAN|BERT|BERTa|GPT|LM|LMs|Former|former|Coder|Llama|"
                         r"LLaMA|Vec|CRF|NN|Flow|Torch|Piece|Hub|AI|Mind|Tube|Lab|Mix|Net-\d+)$")
#: ... not where the list is of something else: "FrameNet and ProbBank styles", "NumberBatch
#: embeddings", "MUC7 and CoNNL scores", "tools such as NegBio and CheXpert"
_COINED_LIST_NOT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:styles?|embeddings?|formats?|scores?|shared|tools?|toolkits?|models?|"
    r"schemes?|representations?|vectors?|metrics?|librar(?:y|ies)|platforms?|frameworks?|"
    r"editors?|APIs?|algorithms?|methods?|systems?|projects?|annotations?)\b")
_COINED_LIST_NOT_BEFORE = re.compile(
    r"\b(?:tools?|toolkits?|platforms?|algorithms?|embeddings?|metrics?|models?|editors?|software|"
    r"systems?|methods?|frameworks?|librar(?:y|ies))\b[^.;]{0,40}$")


def _coined_list(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether ``items``, with one known dataset and no frame of data, may label a coined word:
    joined by "and" / "or" ("On WebArena, SteP improves" is no list), not a list of tools,
    styles or scores, nor of what the paper presents ("We present C4 and ClusterWild!")."""
    start, end = items[0][0], items[-1][1]
    return bool(_CONJUNCTION.search(text, start, end)) \
        and not _COINED_LIST_NOT_AFTER.match(text, end) \
        and not _COINED_LIST_NOT_BEFORE.search(text, max(0, start - 80), start) \
        and not _introduced(text, start) \
        and not any(_CAMPAIGN_GATE.fullmatch(text[s:e]) for s, e in items)


def _lead_end(text: str, start: int, end: int) -> int:
    """Where a list item ends for the test of a longer name: a found name of several words at
    its first word unless that is name-shaped ("Newsroom and CNN/Daily Mail" is a list, not
    "Sequential and Permuted MNIST")."""
    first = text[start:end].split(None, 1)[0]
    return end if is_name_shaped(first) else start + len(first)


def _shape(word: str) -> str:
    """A word's shape: "5b" and "6b" share "0a" (the editions in "BioASQ 5b, 6b and 7b")."""
    return re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "0", word)))


def _data_list(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether ``items`` are a list framed as a list of datasets, joined by "and" / "or" or
    three or more ("Spider, IRNet achieves" is no list), so that one known dataset in it is
    enough to label the other names."""
    start, end = items[0][0], items[-1][1]
    return (len(items) > 2 or bool(re.search(r"\s(?:and|or|&)\s", text[start:end]))) and bool(
        _LIST_DATA_AFTER.match(text, end)
        or _LIST_DATA_BEFORE.search(text, max(0, start - 60), start))


def _sized_bases(text: str, found: list[Name]) -> list[Name]:
    """The bare name of a sized model where the text also writes it alone ("ProLong-8B" ...
    "ProLong outperforms")."""
    known = {normalize(n.written) for n in found}
    out = []
    for name in found:
        sized = _SIZE_PART.search(name.written) if name.label == "MODEL" else None
        base = name.written[:sized.start()] if sized else ""
        if not any(c.isalpha() for c in base) or normalize(base) in known:
            continue
        known.add(normalize(base))
        out += [Name(start, end, "MODEL", base, name.lexicon, "pattern:sized_base")
                for start, end in whole_words(text, base)]
    return out


#: a model's variant the text names right after it: "a variant of VCCA called VCCA-private", "a
#: lightweight version of InferSent, called InferLite" (R-model-configlabel: a variant the text
#: introduces as a model of its own is listed)
_VARIANT_OF = re.compile(r"\b(?:variant|version|extension)\s+of\s+(?:the\s+)?\Z")
_NAMED_AFTER = re.compile(rf"\s*,?\s+(?:{NAMING_WORDS})\s+(?P<name>[A-Za-z][\w()$^+-]*[\w)+])")


def _named_variants(text: str, found: list[Name]) -> list[Name]:
    """Each mention of a variant named right after a mention of a found model it varies ("a
    variant of VCCA called VCCA-private"): a name-shaped word, or the model's name with a
    hyphenated tag."""
    known = {normalize(n.written) for n in found}
    out = []
    models = {text[n.start:n.end] for n in found if n.label == "MODEL"}
    for model, (start, end) in ((m, at) for m in models for at in whole_words(text, m)):
        if not _VARIANT_OF.search(text, max(0, start - 40), start) \
                or (named := _NAMED_AFTER.match(text, end)) is None:
            continue
        word = named.group("name")
        if normalize(word) in known or not (is_name_shaped(word) or word.startswith(f"{model}-")):
            continue
        known.add(normalize(word))
        out += [Name(start, end, "MODEL", word, "", "pattern:named_variant")
                for start, end in whole_words(text, word)]
    return out


#: a model family whose members are named by their depth ("ResNet-101", "VGG-16"), and the
#: layer counts written before it: "a 1001 layer ResNet model", "(32, 44, 56-layer ResNet)"
_DEPTH_FAMILY = re.compile(r"(?P<family>(?:Pre)?ResNe(?:t|Xt)|DenseNet|VGG(?:Net)?|WRN)s?")
_LAYER_COUNTS = re.compile(r"(?<![\w.,-])(?P<counts>\d+(?:\s*,\s*\d+)*(?:,?\s+(?:and|or)\s+\d+)?)"
                           r"[- ]layers?\s+(?:(?:deep|wide|wider|deeper)\s+)?\Z")
_DIGITS = re.compile(r"\d+")


def _depth_variants(text: str, found: list[Name]) -> list[Name]:
    """The sized names of a family written with layer counts before it: "a 1001 layer ResNet"
    -> ResNet-1001, "32, 44, 56-layer ResNet" -> ResNet-32, ResNet-44, ResNet-56, each on its
    count (R-model-layerfamily); the family's own mention stays."""
    out = []
    for name in found:
        family = _DEPTH_FAMILY.fullmatch(name.written) if name.label == "MODEL" else None
        counts = _LAYER_COUNTS.search(text, max(0, name.start - 60), name.start) \
            if family is not None else None
        if counts is None:
            continue
        out += [Name(*count.span(), "MODEL", f"{family['family']}-{count.group()}", name.lexicon,
                     "pattern:depth_variant")
                for count in _DIGITS.finditer(text, *counts.span("counts"))]
    return out


#: the paper introducing the data a name is written for, right before it: "the introduction of
#: the Referring GMOT dataset", "we present the Multi-CoreSC CRA corpus"
_MADE_BEFORE = re.compile(rf"\b(?i:{INTRODUCING_VERBS}|introduction|new|novel)\w*\s+"
                          r"(?:of\s+)?(?:(?:the|a|an|our)\s+)?\Z")


def _task_tailed(text: str, name: Name, tasks: set[str], found: set[str]) -> bool:
    """Whether a data name's last word is the acronym of a task the text spells out ("the ELI5
    LFQA dataset" after "long-form question answering (LFQA)", "the Chinese RD dataset"), after
    words that are no name ("Chinese", "Existing", "HowNet-based") or a name also found alone
    (ELI5): the words before it say which data, the acronym the task, so the run names no
    dataset (dev4's Chinese RD, dev22's Twitter SD, dev40's ELI5 LFQA); a campaign's task keeps
    its acronym ("SemEval-2013 WSI", "WMT 2018 APE"), and so does data the paper introduces."""
    head, _, last = name.written.rpartition(" ")
    return name.label == "DATASET" and bool(head) and normalize(last) in tasks \
        and not _CAMPAIGN_GATE.search(head) \
        and (not is_name_shaped(head) or normalize(head) in found) \
        and not _MADE_BEFORE.search(text, max(0, name.start - 40), name.start)


def _repeats(text: str, found: list[Name]) -> list[Name]:
    """The other mentions of datasets the patterns found once ("the PG19 language modeling
    benchmark" ... "13.2% lower perplexity on PG19"), so that results there can name them."""
    seen = {(n.start, n.end) for n in found}
    out = []
    pattern_data = [n for n in found if n.source.startswith("pattern:") and n.label == "DATASET"]
    for name in {n.written: n for n in pattern_data}.values():
        for start, end in whole_words(text, text[name.start:name.end]):
            if (start, end) not in seen:
                seen.add((start, end))
                out.append(Name(start, end, name.label, name.written, "", "pattern:repeat"))
    return out


def _relabel_data_sources(text: str, found: list[Name]) -> None:
    """Models named as a source of data ("instruction data from Magicoder and X") are datasets
    in that paper, in every mention."""
    data = set()
    for name in found:
        words = _words_before(text, name.start, 3)
        if words[-1] == "the":
            words = words[:-1]
        if name.label == "MODEL" and words[-1] in ("from", "of") and len(words) > 1 \
                and _DATA_WORD.fullmatch(words[-2]):
            data |= {normalize(text[s:e]) for s, e in _list_items(text, name.start)}
    for name in found:
        if normalize(name.written) in data:
            name.label = "DATASET"
