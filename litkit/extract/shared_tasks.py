"""Shared tasks, evaluation campaigns, tracks and editions: "SemEval-2020 Task 9", "the
WMT14 English-German", titles naming a campaign, task years, team systems, version mates.

Separate from the acronym rules it builds on and the name finder that calls it.
"""

from __future__ import annotations

import re

from litkit.extract.acronyms import _EDITION_END, _EVENT_YEAR, _TASK_ON, _TASK_PHRASE, _abbreviates
from litkit.extract.identity import normalize
from litkit.extract.lexicon import MINED, Entry
from litkit.extract.name_cues import _DIGIT
from litkit.extract.name_shapes import (
    _CAMPAIGN,
    _CAMPAIGN_GATE,
    _GENERIC,
    _LANGUAGE_PAIR,
    _LEADING,
    _METHOD_NOUN,
    _MODEL_NOUN,
    _PAIR,
    _PAIR_WORDS,
    _PER_LANGUAGE,
    _PREPOSITIONS,
    _REST,
    _TASK_WORD,
    DATA_NOUNS,
    LANGUAGES,
    Name,
    _words_before,
    is_campaign_edition,
    is_name_shaped,
)
from litkit.extract.patterns import CAMPAIGNS, Windows, occurs

#: a shared task named by its long form and year ("the Discriminating Similar Languages Shared
#: Task 2016"), which ``_spelled_out_tasks`` reads
_LONG_TASK_YEAR = re.compile(r"(?P<long>.+?)\s+[Ss]hared[\s-][Tt]ask\s+(?P<year>(?:19|20)\d\d)")
#: shared tasks: "SemEval-2020 Task 9", "WNUT-2020 Task 2", "SemEval-2020 shared task 9", the
#: year also after a space: "SIGMORPHON 2019 Task 2", "NLP4IF 2019 Task 1" (then after a
#: name-shaped word, not "In 2019 task 2"); the first of a list: "SemEval-2020 Tasks 9 and 12";
#: the number also glued to "Task": "KNU CI System at SemEval-2018 Task4: ..."
_SHARED_TASK = re.compile(
    rf"(?P<base>[A-Z](?<![\w-].)[\w-]*?)(?P<space> )?(?:19|20)\d\d\s+{_TASK_WORD}s?\s*"
    r"\d+[A-Za-z]?\b")
#: a shared task named by its short name and year, as gold spells it (R-ds-taskname): a bare
#: generic head is dropped ("the DSL 2016 shared-task", "the WNUT 2016 NER shared task", "the
#: CoNLL 2018 Shared Task"); one capitalized after the task's own words or with its number is
#: part of the name ("WMT19 Metric Shared Task", "WMT2018 News Translation Task", "W-NUT 2020
#: Shared Task-3"); "SemEval-2020 Task 9" is ``_SHARED_TASK``'s; so is an evaluation campaign
#: by its name and year ("Overview of the EvaLatin 2020 Evaluation Campaign", "the QAst 2009
#: evaluation campaign"); the edition may be a number ("our participation (team name: scmhl5)
#: in the TRAC-2 Shared Task", "the NLP-TEA-3 shared task", "the VarDial 4 shared task") or a
#: Roman numeral ("submitted to the CogALex VI Shared Task", "the CogALex-V Shared Task"); a
#: campaign's task acronym before a plain lower-case "task" too (R-ds-taskabstract: dev3 "the
#: TAC 2011 AESOP task", dev33 "the WMT17 APE task for German-English"); the year also after an
#: apostrophe, as _DATED_BASE's ("for the WMT’20 Metrics Shared Task", dev37)
_YEAR_SHARED_TASK = re.compile(
    r"(?P<name>(?P<base>[A-Z](?<![\w-].)[A-Za-z-]*[A-Za-z])"
    r"(?:[- ]?['\u2019]?(?:19|20)?\d\d|[- ](?:[1-9]|[IVX]{1,4}))(?:"
    r"(?:\s+(?!Shared\b|Task\b)[A-Z][A-Za-z]+){1,3}\s+(?:Shared\s+)?Task(?:-\d+)?"
    r"(?![\w-]|\s+\d)|\s+(?:Shared\s+)?Task-\d+(?![\w-])|"
    r"(?:\s+(?!Shared\b|Task\b)[A-Z][A-Za-z]+){0,3}(?=\s+[Ss]hared[\s-][Tt]asks?\b)|"
    r"(?:\s+[A-Z][A-Za-z]*[A-Z][A-Za-z]*){1,2}(?=\s+task\b)|"
    r"(?=\s+(?:[Ee]valuation\s+)?[Cc]ampaign\b)))")


#: ... or by its name and a four-digit year before a lower-case description of the task, which is
#: dropped with the head (R-ds-taskabstract; dev16 "WMT16 metrics shared task" is WMT16, dev25
#: "WMT20 sentence filtering task" WMT20): "the WNGT 2019 efficiency shared task", "the DiscoMT
#: 2017 cross-lingual pronoun prediction shared task", "the TAC-KBP 2015 event coreference task",
#: with a capitalized series word before it, "the PASCAL VOC-2012 semantic segmentation tasks"
#: (not a clause between: "SemEval 2020 offered a shared task")
_DESCRIBED_TASK = re.compile(
    r"(?P<name>(?:[A-Z]{2,}\s)?(?P<base>[A-Z](?<![\w-].)[A-Za-z-]*[A-Z][A-Za-z]*)[- ]?"
    r"(?P<year>(?:19|20)\d\d))"
    r"(?=(?:\s+(?!(?:a|an|the|and|or|of|on|in|at|to|for|with|by|is|are|was|were|has|have|had)\b)"
    r"[a-z][\w-]*){1,4}\s+(?:shared[\s-])?tasks?\b)")
#: ... which needs a year and one to four lower-case words before "task": this gate, led by the
#: year's digits, is searched first, sparing ``_DESCRIBED_TASK``'s tries at every capital of the
#: third of papers that write " task" (2% of them have the gate's match; same matches)
_YEAR_WORDS_TASK = re.compile(r"(?:19|20)\d\d(?:\s+[a-z][\w-]*){1,4}\s+(?:shared[\s-])?tasks?\b")
#: the word before a lower-case "task" that ``_YEAR_SHARED_TASK``'s fourth branch needs (a
#: capital in it), its gate where no "Task", "shared" or "campaign" is written (same matches)
_CAPITAL_WORD_TASK = re.compile(r"[A-Z][A-Za-z]*\s+task\b")


def _kind_of_task(text: str, match: re.Match) -> bool:
    """Whether a campaign's words before a lower-case "task" (``_YEAR_SHARED_TASK``) are a kind
    of task, no task of its own (R-ds-taskformat; dev6 "CoNLL02 NER" is CoNLL02): "the CoNLL03 NER
    task", "the TREC 10 QA task"."""
    return text.startswith(" task", match.end()) and any(
        word.lower() in _GENERIC for word in text[match.end("base"):match.end()].split())


#: ... or by its acronym, written in parentheses after its full name, and its year
#: (R-ds-taskshortyear, dev31): "the Financial Narrative Summarisation (FNS) 2020 contest" is
#: FNS 2020, "the Complex Word Identification (CWI) 2018 shared task" CWI 2018 (not a venue's
#: edition: "alongside the Conference on Machine Translation (WMT) 2020.")
_ACRONYM_YEAR_TASK = re.compile(
    r"(?<=[a-z]\s)\((?P<base>[A-Z][A-Za-z0-9-]*[A-Z0-9])\)\s(?P<year>(?:19|20)\d\d)(?=\s+"
    r"(?:[Ss]hared[\s-])?(?:[Tt]asks?|[Cc]ontests?|[Cc]hallenges?|[Cc]ompetitions?|"
    r"(?:[Ee]valuation\s+)?[Cc]ampaigns?)\b)")
#: ... whose bare head the title capitalizes is named with it (R-ds-taskname, the title's
#: spelling: "AntNLP at CoNLL 2018 Shared Task: ...", "The CogALex-V Shared Task on the ..."; not
#: a numbered or lettered task's, "SIGMORPHON 2020 Shared Task 0", "... Shared Task A", "W-NUT
#: 2016 Shared task #1"), or the abstract where the title does not name the task
#: (R-ds-taskabstract); its first word capitalized is enough (R-ds-taskmixedhead: "the CORBON
#: 2017 Shared task")
_TITLE_TASK_HEAD = re.compile(r" Shared [Tt]ask(?![\w-]|\s+#?(?:\d|[A-Z]\b))")
#: ... a title's dated task named in full, its topic capitalized up to the title's end or colon
#: (R-ds-taskname, the title's spelling: "Findings of the WMT 2019 Shared Task on Automatic
#: Post-Editing", "PROMT Systems for WMT 2020 Shared News Translation Task", "Results of the
#: WNUT2017 Shared Task on Novel and Emerging Entity Recognition"; not a topic in lower case,
#: "... Shared Task on the Corpus-Based Identification", "... Shared Task on Zero-Shot for
#: Low-Resource languages", nor a plural: "Shared Tasks in Unsupervised MT")
_TITLE_CAP = r"[A-Z][\w'\u2019-]*"
_DATED_BASE = r"(?P<base>[A-Z](?<![\w-].)[\w-]*?)(?:[- ]?['\u2019]?(?:19|20)?\d\d)\s+"
_TASK_ON_TOPIC = (rf"Shared\s+Task\s+on\s+{_TITLE_CAP}"
                  rf"(?:(?:,?\s+(?:and|for|of|in|&)|,)?\s+{_TITLE_CAP})*")
_TITLE_SHARED_TASK = re.compile(
    rf"(?P<name>{_DATED_BASE}(?:{_TASK_ON_TOPIC}|"
    rf"Shared(?:\s+{_TITLE_CAP})+\s+Task))(?=\s*(?::|$))")
#: ... of which a task of a campaign running several tasks a year keeps its topic, which says
#: which task it is ("WMT 2019 Shared Task on Automatic Post-Editing", "SIGMORPHON 2020 Shared
#: Task on Multilingual Grapheme-to-Phoneme Conversion"); another's topic is its descriptive
#: title, left out (R-ds-taskondesc, dev34: "MEDIQA 2019 Shared Task", "CoNLL 2018 Shared Task")
_MULTITASK_CAMPAIGNS = ("WMT", "SIGMORPHON")
#: ... and in the abstract where the title does not name the campaign (R-ds-taskabstract), its
#: capitalized topic up to the first word in lower case or bracket: "the Bering Lab's submission
#: to the WMT 2020 Shared Task on Automatic Post-Editing (APE)" (dev35)
_ABSTRACT_TASK_ON = re.compile(rf"(?P<name>{_DATED_BASE}{_TASK_ON_TOPIC})(?![\w-])")
#: ... or the year after "shared task", the whole as written: "the NLI Shared Task 2017", "the
#: PARSEME shared task 2018 on", "the Social Media Mining for Health Applications Shared Task
#: 2020", "in AGAC track of BioNLP Open Shared Task 2019"
_HEADLINE_JOINER = re.compile(r" (?:for|of) ")
_NOT_TASK_WORD = re.compile(rf"\b(?:{_METHOD_NOUN}|{_MODEL_NOUN}|reports?|tracks?|overview|"
                            r"findings|submissions?|participation|results?)\b", re.IGNORECASE)
_SHARED_TASK_YEAR = re.compile(
    rf"(?P<name>(?P<base>[A-Z0-9](?<![\w'+.-].){_REST}(?:\s(?:[A-Z0-9]{_REST}|of|for|and)){{0,5}}?)"
    r"\s[Ss]hared[\s-][Tt]ask\s(?:19|20)\d\d)\b(?![.,]\d)")
#: ... or a capital short name right before a singular "shared task", with no year (R-ds-taskname:
#: "Arabic Dialect Identification (ADI) shared task" gives ADI): "participated in the GDI shared
#: task", "The latest CWI Shared Task released data", "our efforts at OSACT Shared Task on
#: Offensive Language Detection", "the PARSEME Shared Task 1.2" (after an article, preposition
#: or ordinal only: not a campaign's task or a year's, "the WMT'18 APE shared task", "the WMT
#: 2019 APE Shared Task", "the SemEval 2013 WSI shared task", "the WMT17 sentence-level QE shared
#: task", "the QE shared task at WMT19"; not a series, "previous SIGMORPHON shared tasks"; not a
#: venue, "the ACL Shared Task on ...", "the IWCS Shared Task on DRS Parsing"), also in the
#: possessive: "the SMASH team submission to OSACT4’s shared task on hate-speech"
_ACRONYM_SHARED_TASK = re.compile(
    r"(?:^|(?<=\s))(?:(?:the|The|a|an|An|for|at|in|to|of|on|from|with|latest|recent|first|"
    r"second|third|fourth|fifth)\s+)(?P<name>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
    r"(?:['\u2019]s)?\s+[Ss]hared[\s-][Tt]ask(?![\w-])")
_SUBTASK_OF = re.compile(r"[^.()]{0,60}?[Ss]hared\s[Tt]asks?\s+of\s+the\s")
_VENUES = frozenset({"ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "LREC", "IJCNLP", "IWCS",
                     "IWPT"})
#: a named track of a shared task or evaluation, which is data as its task is (adjudicated, dev10
#: acl:D19-5711): "in AGAC track of BioNLP Open Shared Task 2019", "the QAST track of CLEF",
#: "The Precision Medicine Track in BioCreative VI" (the words before "track" are read by
#: ``_track_name``)
_TRACK_OF = re.compile(r"[Tt]racks?\s+(?:of|at|in)\s+(?:the\s+)?[A-Z0-9]")
#: what names no track: its kind, its language or its part ("the Closed track", "the English
#: track", "the Shallow and Deep Tracks", "the Japanese and English tracks")
_TRACK_GENERIC = LANGUAGES | {
    w.lower() for w in """
    Closed Open Shallow Deep Main Standard Constrained Unconstrained Primary Secondary Final
    First Second Third Fourth Fifth Sub All Both Each Language
    """.split()
}
#: the words of an event a track belongs to (besides a name-shaped word or a year)
_TRACK_EVENT = {"Shared", "Task", "Challenge", "Competition", "Conference", "Campaign",
                "Evaluation", "Workshop", "Forum"}
#: a word before "track" (the words of a track's name are read from the last one back)
_TRACK_WORD = re.compile(r"\S+")
#: ... which, to be part of the name, is a plain word (not "Transcripts." ending a sentence)
_TRACK_NAME_WORD = re.compile(r"[\w-]+|&")
#: the small words a track's name may hold ("Entity Discovery and Linking")
_TRACK_JOINERS = ("and", "of", "for", "&")
#: a numbered task's own name after it: "SemEval-2017 Task 6: #HashtagWars: Learning ...",
#: "Semeval task 3: EmoContext;" (a name-shaped word ending its phrase, not "Task 9: BERT based")
_TASK_TITLED = re.compile(r"[Tt](?<![\w-].)ask\s?\d+\s?[:,]\s?(?P<name>#?[A-Za-z][\w-]*)"
                          r"(?=\s*(?:[.;,:()]|$))", re.MULTILINE)
#: (both rules need a task's number; led by the rare "k", the "as" before it checked after it)
_TASK_NUMBERED = re.compile(r"k(?<=ask)s?\s*\d")
#: ... whose canonical name says "Task N" ("SemEval-2018 Task4" too)
_SHARED_TASK_WORDS = re.compile(rf"\s+{_TASK_WORD}s?(?:\s+|(?=\d))")
#: ... the campaign of a name that starts with an edition of it ("WMT 2019 ...", "SemEval-2020
#: Task 7", "WMT’19")
_CAMPAIGN_BASE = re.compile(rf"({'|'.join(CAMPAIGNS)})[ '\u2019-]?(?:19|20)?\d\d(?!\d)")
#: a news translation test set by its own name (R-ds-splitlabel): "39.6% BLEU on newstest2019",
#: "newstest 2019", "NewsTest2014", with the campaign and language pair written right before
#: it ("38.3 BLEU on WMT English-French NewsTest2014": one name, as written)
_NEWSTEST = re.compile(r"[Nn]ews\s?[Tt]est\s?['\u2019]?-?(?:19|20)?\d\d(?![\w-])")
_NEWSTEST_CAMPAIGN = re.compile(
    r"(?<![\w-])(?:WMT|IWSLT|WAT)(?:[ -]?['\u2019]?(?:19|20)?\d\d)?"
    r"(?:\s+[A-Z][a-z]+[-\u2013](?:to-)?[A-Z][a-z]+)?\s+\Z")
#: the NIST machine translation evaluation by its language pair, as WMT's ("the NIST
#: Chinese-to-English and the WMT English-to-German tasks", "NIST OpenMT'12 Chinese-English";
#: not the NIST metric, which no pair follows: "BLEU and NIST scores")
_NIST_PAIR = re.compile(rf"NIST(?:\s(?:MT|OpenMT)['\u2019]?\d*)?{_LANGUAGE_PAIR}")


#: a system paper's title naming the evaluation it took part in by its name and year: "PANLP at
#: MEDIQA 2019: ...", "Wipro AI Submissions to the WAT 2020", "... Systems for WNGT 2019", "IMS
#: at EmoInt-2017" (not a venue: "Shared Tasks at EMNLP 2018", "Satellite Session at RightsCon
#: 2020")
_TITLE_CAMPAIGN = re.compile(
    r"(?<!Tasks )(?<!Task )(?<!Session )(?<!Workshop )\b(?:at|to|for|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*?[A-Z][\w-]*?[- ]?(?:(?:19|20)\d\d|['\u2019]\d\d))"
    r"(?=\s*(?::|\n|$))"
)


def _subtask_of(text: str, word: str) -> bool:
    """The text makes the short name's task a subtask of a named challenge: "the Arabic Dialect
    Identification (ADI) Closed Shared Task of the DSL 2016 Challenge" (adjudicated, dev7
    acl:W16-4818 and dev13 R-ds-splitlabel: the ADI subtask of DSL 2016 is not listed)."""
    at = text.find(f"({word})")
    return at >= 0 and _SUBTASK_OF.match(text, at + len(word) + 2) is not None


def _track_name(text: str, end: int) -> Name | None:
    """The named track whose words end at ``end`` (before "track of"): an acronym ("AGAC") or
    two or more capitalized words ("Precision Medicine", "Entity Discovery and Linking"), with
    no leading language or kind word ("English", "Closed")."""
    after = text[end:end + 80].split()[2:10]
    if not any(w in _TRACK_EVENT or any(c.isdigit() for c in w)
               or is_name_shaped(w.strip(",.;:()")) for w in after):
        return None  # not of a named event: "Primary and Collateral Tracks in Stuttered Speech"
    base = max(0, end - 80)
    words = [(m.start(), m.group()) for m in _TRACK_WORD.finditer(text, base, end)][-7:]
    run: list[tuple[int, str]] = []
    for start, word in reversed(words):
        if (word[:1].isupper() or (word[:1].isdigit() or word in _TRACK_JOINERS) and run) \
                and _TRACK_NAME_WORD.fullmatch(word) \
                and (not run or text[start + len(word)] == " "):
            run.insert(0, (start, word))
        else:
            break
    while run and (run[0][1].lower() in _TRACK_GENERIC or run[0][1].lower() in _GENERIC
                   or run[0][1] in _TRACK_JOINERS):
        run.pop(0)
    if not run:
        return None  # ("Czech/English track", "(DBDC4) track", "the English track")
    if len(run) == 1 and not (sum(c.isupper() for c in run[0][1]) > 1
                              and is_name_shaped(run[0][1])):
        return None  # one word that is no acronym: "the Pilot track"
    return Name(run[0][0], end, "DATASET", text[run[0][0]:end], "", "pattern:track")


def _campaigns(text: str, windows: Windows) -> list[Name]:
    """Evaluation campaigns with their year or language pair: "WMT14", "NIST Chinese-English"."""
    found: list[Name] = []
    # (the regexes run only where one of their words occurs: a plain alternation of the
    # words finds that several times faster than the rule itself)
    # (a campaign's name comes with its year: it is in the windows around digits)
    campaigns = _CAMPAIGN.finditer(text) if occurs(_CAMPAIGN_GATE, text, windows) else ()
    for match in campaigns:
        found.append(Name(match.start(), match.end(), "DATASET", match.group(), "",
                          "pattern:campaign"))
    for match in _NIST_PAIR.finditer(text) if "NIST" in text else ():
        found.append(Name(*match.span(), "DATASET", match.group(), "", "pattern:campaign"))
    # (the digits first, here and for the title's campaign: most texts have none)
    for match in _NEWSTEST.finditer(text) if windows and "ews" in text else ():
        start = match.start()
        if (campaign := _NEWSTEST_CAMPAIGN.search(text, max(0, start - 40), start)):
            start = campaign.start()
        found.append(Name(start, match.end(), "DATASET", text[start:match.end()], "",
                          "pattern:newstest"))
    return found


def _title_campaign(text: str) -> list[Name]:
    """The evaluation campaign a system paper's title names with its year (``_TITLE_CAMPAIGN``)."""
    title_end = text.find("\n\n")
    end = title_end if title_end >= 0 else len(text)
    # (its year needs a digit: most titles have none, and the rule is tried at every position)
    match = _TITLE_CAMPAIGN.search(text, 0, end) if _DIGIT.search(text, 0, end) else None
    if match is None:
        return []
    return [Name(*match.span("name"), "DATASET", match.group("name"), "", "pattern:campaign")]


#: a title naming the shared task its report is of by the acronym of its long form, before
#: "Shared Task" (R-ds-taskname, the short name listed, dev9 and dev25 gold): "Commonsense
#: Inference in Natural Language Processing (COIN) - Shared Task Report", "Automated Extraction
#: of Socio-political Events from News (AESPEN): Workshop and Shared Task Report", "Gendered
#: Ambiguous Pronoun (GAP) Shared Task at the Gender Bias in NLP Workshop 2019"
_TITLE_TASK_ACRONYM = re.compile(r"\((?P<name>[A-Z][\w-]*[A-Z][\w-]*)\)\s*(?:[-:\u2013\u2014]\s*)?"
                                 r"(?:Workshop\s+and\s+)?Shared\s+Tasks?\b")


def _title_task_acronym(text: str) -> list[Name]:
    """The shared task a title names by its acronym (``_TITLE_TASK_ACRONYM``)."""
    title_end = max(0, text.find("\n\n"))
    match = _TITLE_TASK_ACRONYM.search(text, 0, title_end) \
        if "Shared Task" in text[:title_end] else None
    if match is None:
        return []
    return [Name(*match.span("name"), "DATASET", match.group("name"), "", "pattern:title")]


#: a shared task named by an acronym right before it (not one held at a campaign named next:
#: "the ... quality estimation (QE) shared task at WMT 2018")
_SHARED_TASK_AFTER = re.compile(r"\s+[Ss]hared[\s-][Tt]asks?\b(?!\s+at\s)")
#: the words that open the noun phrase of a long form before its acronym
_PHRASE_OPENERS = _PREPOSITIONS | {"the", "a", "an", "at"}


def _own_shared_task(text: str, paren: re.Match) -> bool:
    """Whether the acronym in ``paren``, of a task's phrase, is the short name of the shared task
    written right after it, which is data (R-ds-taskname, R-ds-taskshort: "the second German
    Dialect Identification (GDI) shared task", "the Complex Word Identification (CWI) Shared Task
    2018"), not a campaign's task, whose campaign the noun phrase names ("the WMT20 Quality
    Estimation (QE) Shared Task", "CoNLL 2003 named entity recognition (NER) shared task"), nor
    an edition whose year the acronym would not take (the year is read after a capitalized long
    form only): "the 2018 Complex Word Identification (CWI) Shared Task", "the discriminating
    between similar languages (DSL) shared task 2016"."""
    if (head := _SHARED_TASK_AFTER.match(text, paren.end())) is None:
        return False
    words = text[max(0, paren.start() - 100):paren.start()].split()
    for at in range(len(words) - 1, -1, -1):
        if words[at].lower() in _PHRASE_OPENERS:
            phrase = words[at + 1:]
            if not phrase or any(map(is_name_shaped, phrase)):
                return False
            return not any(word.isdigit() for word in phrase) and (
                phrase[0][0].isupper() or _EVENT_YEAR.match(text, head.end()) is None)
        if words[at][-1] in ".;:,()":
            return False
    return False


def _named_task(text: str, paren: re.Match) -> bool:
    """Whether the acronym in ``paren`` (four letters or more, or in mixed case) abbreviates the
    words after "Shared Task on" before it, and they are not a task's phrase (``_TASK_ON``)."""
    task = _TASK_ON.search(text, max(0, paren.start() - 120), paren.start()) \
        if "ask" in text[max(0, paren.start() - 120):paren.start()] else None
    if task is None:
        return False
    long, name = task.group("long"), _EDITION_END.sub("", paren.group("name"))
    return (len(name) > 3 or not name.isupper()) and _abbreviates(name, long) \
        and not _TASK_PHRASE.fullmatch(long.rsplit(None, 1)[-1])


def _task_head_end(text: str, base: str, end: int, title_end: int) -> int:
    """The end of a dated shared task's name ending at ``end``: past a capitalized "Shared Task"
    after it (``_TITLE_TASK_HEAD``) in the title, or in the abstract where the title does not
    name the task (R-ds-taskabstract: "trained on the German dataset from the SPMRL 2014 Shared
    Task")."""
    head = _TITLE_TASK_HEAD.match(text, end) if end < title_end or title_end > 0 \
        and base.lower() not in text[:title_end].lower() else None
    return head.end() if head is not None else end


#: a numbered task of a campaign, with or without its year: "SemEval-2018 Task 3", "SemEval Task
#: 3", "SMM4H 2020 Task 5"; or the campaign's year alone: "SIGMORPHON 2019"
_TASK_NUMBER = re.compile(
    r"(?P<base>[A-Za-z][\w-]*?)[- ]?(?P<year>(?:19|20)?\d\d)?(?:\s+Task\s+(?P<n>\d+))?")


def _yearless_tasks(found: list[Name]) -> None:
    """Report "SemEval Task 3" as the "SemEval-2018 Task 3" the paper also names: one form
    per task (R-model-alias), not a second dataset; and the campaign of that year named alone
    as its one task the paper names ("our submission to SIGMORPHON 2019 Task 2 ... 6th out of
    13 teams in the SIGMORPHON 2019 shared task": one dataset, SIGMORPHON 2019 Task 2)."""
    def parts(name: Name) -> tuple[str, str, str | None] | None:
        match = _TASK_NUMBER.fullmatch(name.written) if name.label == "DATASET" else None
        if match is None or not (match.group("year") or match.group("n")):
            return None
        year = match.group("year")
        return match.group("base").lower(), year[-2:] if year else "", match.group("n")

    dated: dict[tuple[str, str], str] = {}  # (base, number) -> the dated task
    by_year: dict[tuple[str, str], dict[str, str]] = {}  # (base, year) -> its tasks, by form
    for name in found:
        split = parts(name)
        if split and split[1] and split[2]:
            dated.setdefault((split[0], split[2]), name.written)
            by_year.setdefault(split[:2], {}).setdefault(normalize(name.written), name.written)
    for name in found if dated else ():
        split = parts(name)
        if split is None:
            continue
        base, year, number = split
        if number and not year:
            name.written = dated.get((base, number), name.written)
        elif not number and len(tasks := by_year.get((base, year), {})) == 1:
            name.written = next(iter(tasks.values()))


#: the head a dataset's name may end with, which its other mentions may leave out
_MATE_HEAD = re.compile(r" (?:Test|Corpus|Treebank|Dataset)\Z")
#: what ends a title's leading name: "SMASH Corpus: A ...", "The REPERE Corpus : a ...", "The
#: ASK Corpus - a ...", "The ILMT-s2s Corpus \u2015 A ..."
_TITLE_NAME_END = re.compile(r"\s*(?::|\s[\u2013\u2014\u2015-]\s)")


def _headed_mates(text: str, found: list[Name], known: dict[str, Entry]) -> None:
    """A benchmark named a "Test" in one mention is that test in the others ("Story Cloze Test"
    ... "the Story Cloze test"): one name, as the paper writes it with its head; so is a corpus
    ("SMASH Corpus: A ..." ... "the SMASH corpus", dev20; the studied gold never lists both
    forms). The head is the name's where the abstract or the title's leading name writes it
    (R-ds-titlename); where only a title's Title Case words do and the abstract writes it in
    lower case, the name is the one without it ("Identifying Incorrect Labels in the CoNLL-2003
    Corpus" ... "The CoNLL-2003 corpus": CoNLL-2003, R-ds-lowerhead, R-ds-titlecaseonly). A name
    the curated lexicon knows without the head does not take it ("Universal Dependencies" ...
    "the first Universal Dependencies Treebank for a South Caucasian language" names one of its
    treebanks), and mates are spelled alike ("MASRI-HEADSET" is not "MASRI HEADSET Corpus")."""
    title_end = text.find("\n\n")
    bare = {_mate_key(n.written) for n in found if n.label == "DATASET"}
    named: dict[str, tuple[int, str]] = {}  # a name's words before the head -> (rank, one name)
    for n in found:
        head = _MATE_HEAD.search(text, n.start, n.end) if n.label == "DATASET" else None
        if head is None or (base := _mate_key(text[n.start:head.start()])) not in bare:
            continue
        entry = known.get(normalize(base))
        curated = entry is not None and entry.kind != MINED and entry.label == "DATASET" \
            and known.get(normalize(n.written)) is not entry
        written = text[n.start:head.start()]
        if not curated and (head.group() == " Test" or n.end > title_end
                            or text[:n.start] in ("", "The ")
                            and _TITLE_NAME_END.match(text, n.end)):
            one = 0, n.written  # the name is written with its head
        elif head.group() != " Test" and re.search(
                rf"\b{re.escape(written)}{head.group().lower()}\b", text[max(title_end, 0):]):
            one = 1, written  # only a title's Title Case writes the head
        elif not curated:
            one = 2, n.written  # (nothing else writes the name with or without its head)
        else:
            continue
        named[base] = min(named.get(base, one), one)
    for name in found if named else ():
        head = _MATE_HEAD.search(name.written) if name.label == "DATASET" else None
        key = _mate_key(name.written[:head.start()] if head else name.written)
        if name.label == "DATASET" and (one := named.get(key)):
            name.written = one[1]


def _mate_key(name: str) -> str:
    """A name's words before its head as its mates spell it ("C IRDO" is a line-broken CIRDO;
    "MASRI-HEADSET" is not "MASRI HEADSET")."""
    return name.replace(" ", "").lower()


#: a shared task's or campaign's edition: its name's first word and year, in either order and
#: spelling ("WMT19", "WMT 2019", "2019 MEDIQA", "CL-SciSumm Shared Task 2020", "WMT'17"), and
#: its task's number ("SemEval-2020 Task 9")
_EDITION_PARTS = re.compile(
    r"(?:(?P<before>(?:19|20)\d\d)\s+)?(?P<base>[A-Za-z][A-Za-z-]*[A-Za-z])"
    r"(?:[- ]?['\u2019]?(?P<glued>(?:19|20)?\d\d)(?!\d))?(?P<rest>.*)")
_EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)(?!\d)")
_EDITION_TASK = re.compile(r"\b[Tt]ask\s*(\d{1,2})(?!\d)")


def _edition(written: str) -> tuple[str, str, str | None] | None:
    """(first word, two-digit year, task number) of a dated name, None for an undated one."""
    match = _EDITION_PARTS.fullmatch(written)
    if match is None:
        return None
    year = match.group("before") or match.group("glued")
    if year is None and (later := _EDITION_YEAR.search(match.group("rest"))) is not None:
        year = later.group(1)
    if year is None:
        return None
    task = _EDITION_TASK.search(match.group("rest"))
    return match.group("base").lower(), year[-2:], task.group(1) if task else None


def _title_tasks(text: str, found: list[Name]) -> None:
    """R-ds-taskname: a shared task or campaign the title names with its year is named in the
    title's spelling in every mention: "... Systems for WMT 2019" then "(WMT19)" or "the WMT
    2019 German-English news translation task"; "NLP-PINGAN-TECH @ CL-SciSumm 2020" then
    "CL-SciSumm Shared Task 2020"; "UU_TAILS at MEDIQA 2019" then "the 2019 MEDIQA challenge"
    (one dataset, not one per spelling; not another task of the same year: "SemEval-2020 Task
    12" beside the title's "SemEval-2020 Task 9", nor the campaign's numbered tasks where the
    title names none: "SMM4H 2019 Task 2" and "Task 3" in "... at SMM4H 2019")."""
    title_end = text.find("\n\n")
    if title_end < 0:
        return
    titled: dict[tuple[str, str], list[tuple[str | None, str]]] = {}
    # (a task the title names in full, "the WMT 2019 Shared Task on Automatic Post-Editing",
    # or with its head, "at CoNLL 2018 Shared Task:", is its spelling, not the "WMT 2019" or
    # "CoNLL 2018" inside it)
    full = [n for n in found if n.label == "DATASET" and n.end <= title_end
            and _TITLE_SHARED_TASK.fullmatch(n.written)]
    headed = {(n.start, n.written) for n in found
              if n.label == "DATASET" and n.end <= title_end and n.written.endswith(" Shared Task")}
    for name in found:
        if name.label == "DATASET" and name.end <= title_end \
                and not any(f.start <= name.start and name.end < f.end for f in full) \
                and (name.start, f"{name.written} Shared Task") not in headed \
                and normalize(text[name.start:name.end]) == normalize(name.written) \
                and (parts := _edition(name.written)) is not None:  # (as the title writes it)
            titled.setdefault(parts[:2], []).append((parts[2], name.written))
    for name in found if titled else ():
        if name.label != "DATASET" or name.end <= title_end \
                or (parts := _edition(name.written)) is None:
            continue
        same = {w for task, w in titled.get(parts[:2], ()) if task == parts[2] or task
                and parts[2] is None}
        if len(same) == 1:  # (not where the title writes it twice: "WMT2018" inside "WMT2018
            # News Translation Task", whose head gold keeps in some parts and drops in others)
            name.written = same.pop()
    # (so is one the title names with its head and the text without: "CogALex-VI Shared Task:
    # ..." then "the CogALex-VI shared task", with no year)
    bare = {normalize(written.removesuffix(" Shared Task")): written for _, written in headed}
    for name in found if bare else ():
        if name.label == "DATASET" and name.end > title_end \
                and (written := bare.get(normalize(name.written))) is not None:
            name.written = written


#: one word and maybe its edition: "PTB", "CoNLL-2005", "ACE 2005" (not "TIGER Treebank", a
#: collection named with its head)
_ACRONYM_EDITION = re.compile(r"\S+(?: (?:19|20)?\d\d)?")


def _campaigns_dated(found: list[Name]) -> list[Name]:
    """An evaluation campaign named alone ("the WMT task on MT Automatic Post-Editing") where the
    paper names an edition of it is that edition when it names one ("WMT 2019 Shared Task on
    Automatic Post-Editing"), and no dataset of its own when it names several ("WMT14
    English-German", "WMT16 Romanian-English"): the studied gold never lists a bare campaign
    beside its edition."""
    editions: dict[str, set[str]] = {}  # the campaign -> its editions' spellings
    for name in found:
        base = _CAMPAIGN_BASE.match(name.written) if name.label == "DATASET" else None
        if base is not None:
            editions.setdefault(base.group(1), set()).add(name.written)
    kept = []
    for name in found:
        dated = editions.get(name.written) if name.label == "DATASET" else None
        if dated is not None and len(dated) == 1:
            name.written = next(iter(dated))
        if dated is None or len(dated) == 1:
            kept.append(name)
    return kept


def _acronym_shaped(word: str) -> bool:
    """True for a word mostly in capitals, as an acronym is (PTB, XQuAD, CoNLL-2005, IMDb), not
    a word in title case (Gigaword, Wikipedia, FrameNet)."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and 2 * capitals >= len(letters)


def _spelled_out_tasks(found: list[Name]) -> None:
    """A shared task named by its long form and year ("the Discriminating Similar Languages
    Shared Task 2016", a title's) is named by the short name and year the text gives it, its
    acronym the long form's initials ("Discriminating between Similar Languages (DSL) Shared
    task 2016": DSL 2016; R-ds-taskshort: the descriptive title is not listed)."""
    short = {n.written for n in found if n.source == "pattern:acronym_event" and " " in n.written}
    for name in found if short else ():
        long = _LONG_TASK_YEAR.fullmatch(name.written) if name.label == "DATASET" else None
        if long is not None:
            initials = "".join(w[0] for w in long["long"].split() if w[0].isupper())
            if f"{initials} {long['year']}" in short:
                name.written = f"{initials} {long['year']}"


def _language_dropped(text: str, found: list[Name], known: dict[str, Entry]) -> None:
    """A dataset named by an acronym after the language of its part is named by the acronym
    alone (gold: "the English PTB dataset" is PTB, "a version of the English BBQ dataset"
    BBQ), when the acronym names a dataset the lexicons know or the text names as one alone
    ("the MLQA and XQuAD benchmarks ... Spanish MLQA"); not a name of its own in title case
    ("Chinese Gigaword", "English Wikipedia", "Korean FrameNet"), nor an acronym that names no
    data ("Chinese GEC", a task's); so is a name an evaluation campaign opens ("the English TAC
    KBP 2015 TEDL dataset", "English CoNLL-09"); and so is a resource after the language it
    was made in, where a lexicon spelling or a mined name holds both ("the benchmark English
    Penn treebank", "the English Switchboard test set", R-ds-langdesc)."""
    alone = {normalize(n.written) for n in found if n.label == "DATASET"}
    for name in found:
        language, _, rest = name.written.partition(" ")
        if name.label != "DATASET" or language.lower() not in LANGUAGES:
            continue
        entry = known.get(normalize(rest))
        original = entry is not None and _PER_LANGUAGE.get(entry.name) == language
        campaign = _CAMPAIGN_BASE.match(rest) is not None or rest.startswith(
            tuple(f"{c} " for c in CAMPAIGNS))
        if not (campaign or original) \
                and not (_ACRONYM_EDITION.fullmatch(rest) and _acronym_shaped(rest)):
            continue
        if original:  # (its span keeps the language, so no shorter read wins: "English Penn")
            name.written = rest
        elif campaign or entry is not None and entry.label == "DATASET" \
                or normalize(rest) in alone:
            name.start, name.written = name.end - len(rest), rest


#: the year of an edition written before the name it dates, after "the" ("on the 2014 TAC-KBP
#: Slot Filling challenge", "the 2013 Genia Event Extraction dataset", "for the 2019 CLPsych
#: Shared Task"; not "the 2006 and 2007 TREC Genomics track", "(Chelba et al., 2014 Wikitext-103")
_YEAR_BEFORE = re.compile(r"[Tt]he\s(?P<year>(?:19|20)\d\d)\s\Z")
#: ... when a shared task's or data's head noun follows the name
_DATED_HEAD = re.compile(rf"\s+(?:[Ss]hared[\s-][Tt]asks?|[Cc]hallenge|[Cc]ompetition|[Tt]asks?|"
                         rf"[Ee]valuation|[Cc]ampaign|{DATA_NOUNS})\b")


def _years_before(text: str, found: list[Name]) -> None:
    """A dataset or shared task with its edition's year written before it is named with the
    year, as written ("2014 TAC-KBP Slot Filling"), in every mention of that name when the
    paper writes one year for it; so is a shared task with the year after ("PARSEME shared
    task 2018" for a "PARSEME" mention)."""
    dated: dict[str, set[str]] = {}  # the name's key -> the dated names
    for name in found:
        if name.label != "DATASET":
            continue
        after = _SHARED_TASK_YEAR.fullmatch(name.written) if name.source != "lexicon" else None
        if after is not None:
            dated.setdefault(normalize(after.group("base")), set()).add(name.written)
            continue
        year = _YEAR_BEFORE.search(text, max(0, name.start - 9), name.start) \
            if text[name.start - 1:name.start] == " " else None
        if year is not None and _DATED_HEAD.match(text, name.end):
            dated.setdefault(normalize(name.written), set()).add(
                f"{year.group('year')} {name.written}")
            name.start, name.written = year.start("year"), f"{year.group('year')} {name.written}"
    for name in found if dated else ():
        years = dated.get(normalize(name.written), set())
        if len(years) == 1:
            name.written = next(iter(years))


#: a capitalized "Evaluation Campaign" right after a campaign's name, the year before or after
#: the head: "the 2018 VarDial Evaluation Campaign", "the VarDial 2018 Evaluation Campaign", "the
#: VarDial Evaluation Campaign 2017" (not a lower-case head: "the VarDial 2019 evaluation campaign")
_CAMPAIGN_HEAD = re.compile(r" Evaluation Campaign(?P<year> (?:19|20)\d\d)?(?![\w-])")


def _campaign_heads(text: str, found: list[Name]) -> None:
    """The abstract's capitalized "Evaluation Campaign" after a campaign's name is part of the
    name, with the year after it where the name has none (R-ds-taskmixedhead, R-ds-taskabstract:
    dev34 "VarDial 2018 Evaluation Campaign", dev11 "VarDial Evaluation Campaign 2017"); not
    where the title names the campaign, whose spelling is the title's (R-ds-campaigntitle: "...
    at VarDial 2019"; dev7 "Overview of the EvaLatin 2020 Evaluation Campaign" is EvaLatin
    2020)."""
    title_end = text.find("\n\n")
    for name in found if title_end > 0 and " Evaluation Campaign" in text else ():
        head = _CAMPAIGN_HEAD.match(text, name.end)
        if head is None or name.label != "DATASET" or name.start < title_end \
                or bool(_EDITION_YEAR.search(name.written)) == bool(head.group("year")):
            continue  # (one year: before the head or after it)
        base = _EDITION_YEAR.sub("", name.written).strip(" -'\u2019")
        if base and base.lower() not in text[:title_end].lower():
            name.end = head.end()
            name.written = text[name.start:name.end]


#: a dataset name ending in its version or year: "VisDial v1.0", "TREC-DL 2019", "CoNLL-2008",
#: in its language pair: "IWSLT German-English", "WMT19 En-De", or in a shared task's number:
#: "SMM4H Task 1", "SemEval-2020 Task 9"
_VERSIONED = re.compile(
    r"(?P<base>.*\S)(?P<sep>[ -])(?P<version>v\d+(?:\.\d+)?|\d\.\d|(?:19|20)\d\d|"
    rf"(?:{_PAIR_WORDS})\Z|(?<=Task )\d{{1,2}}[A-Za-z]?)")
#: the versions coordinated after it: "v1.0 and v0.9", "2019&2020", ", 2002 and 2004" (of the
#: same shape, so that no score follows: "MultiWOZ 2.0 and 54.86"), the language pairs: "IWSLT
#: German-English and English-Vietnamese", the task numbers: "SMM4H Task 1, 2, and 4",
#: "SemEval-2020 Tasks 9 and 12" (each task is a dataset, as "SemEval-2020 Task 12")
_VERSION_SHAPES = {"v": r"v\d+(?:\.\d+)?", ".": r"\d\.\d", "year": r"(?:19|20)\d\d",
                   "pair": rf"(?:{_PAIR_WORDS})\b(?!-)", "task": r"\d{1,2}[A-Za-z]?"}
_VERSION_NEXT = {key: re.compile(rf"(?:\s*(?:,|&|/|\band\b)\s*)+(?P<v>{shape})"
                                 r"(?!\w|\.\d|\s*(?:%|points?\b))")
                 for key, shape in _VERSION_SHAPES.items()}
#: ... a list of task numbers ends in "and N" (not "SemEval-2019 Task 6, 12 teams took part")
_TASK_LIST = re.compile(
    r"(?:\s*,\s*\d{1,2}[A-Za-z]?)*,?\s*(?:\band\b|&)\s*\d{1,2}[A-Za-z]?(?![\w.])")
#: ... and a known dataset's number after a slash, where the name with it is known too:
#: "CIFAR-10/100" -> also CIFAR-100
_NUMBERED = re.compile(r"(?P<base>.*[A-Za-z])(?P<sep>-?)(?P<version>\d+)")
_VERSION_NEXT["number"] = re.compile(r"/(?P<v>\d+)(?![\w/.])")


#: a dataset name glued to the next sentence or a footnote mark by a missing space (a PDF
#: artefact): "results on ERE.Additionally, we ...", "on GLUE.1 Our code", "FigureQA.We" (not
#: a dotted name: "DerivBase.Ru", "DiaBiz.Kom", "WN.Br")
_GLUED_TAIL = re.compile(r"(?<=[A-Za-z])\.(?P<tail>[A-Z][a-z]+|\d{1,2})\Z")
_SENTENCE_OPENERS = {"however", "moreover", "furthermore", "therefore", "thus", "then", "here",
                     "it", "experiments", "results"}


#: what a team's paper takes part in: "for the EmotionX challenge", "on “EmotionX” shared task"
_TEAM_EVENT = re.compile(r"(?i:challenge|shared[\s-]task|competition)\b")


#: a team's system named by its title's first word, before "at" or "@" and the event:
#: "INF-HatEval at SemEval-2019 Task 5: ...", "Spider-Jerusalem at SemEval-2019 Task 4: ...",
#: "ITNLP-ARC at SemEval-2018 Task 12" (a lexicon name widened, or a name's shape, is no dataset
#: there; not "The MuCoW Test Suite at WMT 2019", a dataset's longer name)
_TEAM_AT = re.compile(r"\s*(?P<team>[^\s:]+)\s+(?:at|@)\s+[^\n]*?[A-Z]")


def _team_systems(text: str, found: list[Name]) -> list[Name]:
    """Without a team's system that a title names: by its first word before "at" and the event
    (``_TEAM_AT``), or after the event ("EmotionX-DLC: Self-Attentive BiLSTM for ...", the DLC
    team at the EmotionX challenge): a known dataset widened by a suffix that only the title
    writes, before its colon, where the abstract names the bare dataset as a challenge, shared
    task or competition the paper takes part in."""
    if (at := _TEAM_AT.match(text)) is not None:
        found = [n for n in found if n.label != "DATASET" or (n.start, n.end) != at.span("team")]
    title_end = text.find("\n\n")
    if title_end < 0 or ":" not in text:
        return found
    team = [n for n in found if n.source == "lexicon" and n.end < title_end
            and text[n.end] == ":" and n.written not in text[title_end:]
            and "-" in n.written and " " not in n.written  # (not "MADAR Shared Task 1:")
            and normalize(n.written) != normalize(n.lexicon)]
    if not team:
        return found
    events = {normalize(word.strip("\"'“”‘’")) for m in _TEAM_EVENT.finditer(text, title_end)
              for word in _words_before(text, m.start(), 2)}  # ("the EmotionX 2018 challenge")
    return [n for n in found if not any(n is t and normalize(n.lexicon) in events for t in team)]


def _unglue(found: list[Name]) -> None:
    """Cut the glued start of the next sentence or a footnote mark off dataset names."""
    for name in found:
        glued = _GLUED_TAIL.search(name.written) \
            if name.label == "DATASET" and "." in name.written else None
        tail = glued.group("tail").lower() if glued is not None else ""
        if tail.isdigit() or tail.endswith("ly") or tail in _LEADING \
                or tail in _PREPOSITIONS or tail in _SENTENCE_OPENERS:
            name.end -= len(name.written) - glued.start()
            name.written = name.written[:glued.start()]


#: what joins coordinated editions of a campaign: "WMT\u201914 and WMT\u201915", "WMT17, WMT18"
_EDITION_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s|&)\s*")


def _paired_editions(text: str, found: list[Name]) -> None:
    """Bare editions of a campaign coordinated before one written with its language pair share
    that pair (R-ds-coordname, dev33 acl:D17-139: "on both WMT\u201914 and WMT\u201915
    English\u2192German" names WMT\u201914 English\u2192German too)."""
    data = sorted((n for n in found if n.label == "DATASET"), key=lambda n: n.start)
    for index, name in enumerate(data):
        pair = _PAIR.search(name.written) if is_campaign_edition(name.written) else None
        if pair is None:
            continue
        after = name
        for prev in reversed(data[:index]):
            if not (is_campaign_edition(prev.written) and _PAIR.search(prev.written) is None
                    and _EDITION_JOINER.fullmatch(text, prev.end, after.start)):
                break
            prev.written = f"{prev.written} {pair.group()}"
            after = prev


def _version_mates(text: str, found: list[Name], known: dict) -> list[Name]:
    """The other versions written after a versioned dataset name, each a name of its own
    ("VisDial v1.0 and v0.9" -> also VisDial v0.9, "TREC-DL 2019&2020" -> also TREC-DL 2020,
    "WMT14 English-German and English-French" -> also WMT14 English-French, "CIFAR-10/100" ->
    also CIFAR-100 where ``known``, the lexicon's keys, has it)."""
    out = []
    for name in found:
        versioned = _VERSIONED.fullmatch(name.written) if name.label == "DATASET" else None
        numbered = _NUMBERED.fullmatch(name.written) \
            if name.label == "DATASET" and versioned is None and name.lexicon else None
        versioned = versioned or numbered
        if versioned is None:
            continue
        version = versioned.group("version")
        shape = ("number" if numbered else "v" if version[0] == "v" else
                 "pair" if version[0].isupper() else "." if "." in version else
                 "task" if versioned.group("base").endswith("Task") else "year")
        end, stop = name.end, len(text)
        if shape == "task":
            if (tail := _TASK_LIST.match(text, end)) is None:
                continue
            stop = tail.end()
        while (nxt := _VERSION_NEXT[shape].match(text, end, stop)) is not None:
            end = nxt.end()
            written = f"{versioned.group('base')}{versioned.group('sep')}{nxt.group('v')}"
            if numbered and normalize(written) not in known:
                break
            out.append(Name(nxt.start("v"), end, "DATASET", written, name.lexicon,
                            "pattern:version_mate"))
    return out
