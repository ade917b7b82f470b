"""The extraction pipeline end to end: extract(), summarize(), robustness, spaCy integration."""

import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest
import spacy

import litkit
from litkit.extract import (
    EXTRACTOR_VERSION,
    MENTION_COLUMNS,
    PAPER_COLUMNS,
    build_pipeline,
    extract,
    extract_frame,
    pipeline,
    summarize,
)
from litkit.extract.extensions import CANDIDATES, SPANS_KEY
from litkit.extract.pipeline import _version

ABSTRACT = (
    "We release UL2 20B and Flan-UL2 20B. Our 1.7B-parameter model is trained on 3.1 trillion "
    "tokens and reaches 90.94% top-1 accuracy on ImageNet. We get a 10x reduction in compute. "
    "The context length is extended to 200K. Code: https://github.com/org/repo."
)


def corpus(*abstracts, title="A title"):
    return pd.DataFrame({"id": [f"p{i}" for i in range(len(abstracts))],
                         "title": [title] * len(abstracts), "abstract": list(abstracts)})


@pytest.fixture(scope="module")
def mentions():
    return extract(corpus(ABSTRACT, "No numbers here at all."), progress=False)


def test_mentions_table(mentions):
    assert list(mentions.columns) == MENTION_COLUMNS
    by_label = mentions.groupby("label")["value"].apply(sorted).to_dict()
    assert by_label["PARAMS"] == [1.7e9, 2e10, 2e10]
    assert by_label["TOKENS"] == [3.1e12]
    assert by_label["CONTEXT_LENGTH"] == [2e5]
    assert "CODE_URL" in by_label
    text = "A title\n\n" + ABSTRACT
    for row in mentions.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.text in row.sentence
    result = mentions[(mentions.label == "RESULT") & (mentions.unit == "%")].iloc[0]
    assert (result.value, result.metric) == (90.94, "top-1 accuracy")


def test_summarize_gives_one_row_per_paper(mentions):
    papers = summarize(mentions, corpus(ABSTRACT, "No numbers here at all."))
    assert list(papers.columns) == PAPER_COLUMNS
    assert list(papers["id"]) == ["p0", "p1"]
    first = papers.iloc[0]
    assert first["params"] == [2e10, 1.7e9]
    assert first["tokens"] == [3.1e12]
    # the paper releases UL2: its own unnamed model ("Our 1.7B-parameter model") is UL2
    assert {"value": 10.0, "unit": "x", "dataset": None, "metric": "reduction in compute",
            "kind": "ratio", "model": "UL2", "own": True, "metric_type": "cost"} \
        in first["results"]
    assert first["params_models"] == [{"value": 2e10, "model": "UL2"},
                                      {"value": 1.7e9, "model": "UL2"}]
    assert papers.iloc[1]["params"] == [] and papers.iloc[1]["results"] == []


def test_a_value_written_twice_is_the_score_that_names_its_metric():
    # dev8 colm2025:CB3CeOWo0J: 98% is first a share the text gives no metric, then an F1 score
    text = ("The LLM correctly resolves 1397 of 1425 (98%) ambiguities left by analyzing the "
            "syntactic structure of these notebooks. Across 50 notebooks, CRABS achieves average "
            "$F_1$ scores of 98% identifying cell-to-cell information flows.")
    papers = summarize(extract(corpus(text), progress=False))
    assert [(r["value"], r["metric_type"]) for r in papers.iloc[0]["results"]] == [(98.0, "f1")]


@pytest.mark.parametrize(
    "abstract",
    ["", None, float("nan"), "x" * 300_000, "Ceci n'est pas un résumé : 77,14 % de précision.",
     r"We get $\sim$5\% gains with $\mathcal{O}(n^2)$ and \textbf{7B} models \cite{x}.",
     "<p>We train <b>7B</b> models&nbsp;on <i>1T tokens</i></p><br/>", "1" * 5000,
     "模型在 7B 参数上训练", "%%%% x x x 1/0 0/0 ..."],
)
def test_messy_abstracts_never_crash(abstract):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mentions = extract(corpus(abstract), progress=False)
    assert list(mentions.columns) == MENTION_COLUMNS


def test_overlong_text_is_cut_and_reported():
    with pytest.warns(UserWarning, match="cut"):
        mentions = extract(corpus("We train 7B models. " * 10_000), progress=False)
    assert mentions.attrs["errors"][0]["paper_id"] == "p0"
    assert (mentions["label"] == "PARAMS").any()


@pytest.fixture
def boom(monkeypatch):
    """The quantities component fails on any paper whose text says "boom"."""
    from litkit.extract import quantities

    real = quantities.find_quantities

    def flaky(text, *rest):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, *rest)

    monkeypatch.setattr(quantities, "find_quantities", flaky)


def test_a_failing_paper_is_reported_and_the_run_goes_on(boom):
    nlp = build_pipeline()
    with pytest.warns(UserWarning, match="1 paper"):
        mentions = extract_frame(corpus("boom 7B models", "We train 7B models."), nlp)
    assert mentions.attrs["errors"] == [
        {"paper_id": "p0", "error": "litkit_quantities_v1: RuntimeError: boom"}]
    assert set(mentions["paper_id"]) == {"p1"}


def test_components_work_in_a_user_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in ("litkit_quantities_v1", "litkit_results_v1", "litkit_resolve_v1"):
        nlp.add_pipe(name)
    doc = nlp("Our 7B model is trained on 2T tokens and improves accuracy by 3.5%.")
    assert [(s.label_, s._.value) for s in doc.spans[SPANS_KEY]] == [
        ("PARAMS", 7e9), ("TOKENS", 2e12), ("RESULT", 3.5)]
    assert len(doc.spans[CANDIDATES]) >= 3


def test_build_pipeline_extends_a_given_pipeline():
    nlp = build_pipeline(base=spacy.blank("en"))
    assert nlp.pipe_names[0] == "sentencizer"
    assert nlp.pipe_names[-1] == "litkit_attribution_v1"


def test_names_and_sizes_overlap():
    nlp = build_pipeline()
    doc = nlp("We fine-tune Llama-2-7B on our data.")
    labels = {(s.label_, s.text) for s in doc.spans[SPANS_KEY]}
    assert ("PARAMS", "7B") in labels
    assert any(label == "MODEL" for label, _ in labels)


def test_two_processes_give_the_same_mentions():
    papers = corpus(*[ABSTRACT] * 4)
    one = extract(papers, progress=False)
    two = extract(papers, n_process=2, batch_size=2, progress=False)
    assert one.equals(two)


def test_public_api_and_version():
    papers = corpus("Our 7B model.")
    for _ in range(2):  # the first access imports litkit.extract, which then is the package
        assert litkit.extract(papers, progress=False)["value"].tolist() == [7e9]
    assert litkit.summarize is summarize
    assert EXTRACTOR_VERSION.startswith(litkit.__version__ + "+")


def test_the_version_changes_with_any_rule_module(tmp_path):
    """Caches are keyed by EXTRACTOR_VERSION: an edit to any module of litkit/extract, or a
    module added to it, changes it."""
    assert _version() == EXTRACTOR_VERSION
    here = tmp_path / "litkit" / "extract"
    shutil.copytree(Path(pipeline.__file__).parent, here,
                    ignore=shutil.ignore_patterns("__pycache__"))
    versions = {_version(here)}
    (here / "resolve.py").write_text((here / "resolve.py").read_text() + "# an edited rule\n")
    versions.add(_version(here))
    (here / "new_rules.py").write_text("RULE = 1\n")
    versions.add(_version(here))
    assert len(versions) == 3


def test_missing_columns_and_lexicon_are_clear_errors(tmp_path):
    with pytest.raises(litkit.LitkitError, match="abstract"):
        extract(pd.DataFrame({"id": ["a"]}), progress=False)
    with pytest.raises(litkit.LitkitError, match="not found"):
        extract(corpus("x"), lexicon=tmp_path / "missing.jsonl", progress=False)


def test_user_lexicon_adds_names(tmp_path):
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text('{"name": "zorblax", "label": "DATASET"}\n')
    papers = corpus("We reach 81.5% accuracy on zorblax.")
    assert "zorblax" not in set(extract(papers, progress=False)["text"])
    mentions = extract(papers, lexicon=lexicon, progress=False)
    result = mentions[mentions.label == "RESULT"].iloc[0]
    assert ("DATASET", "zorblax") in set(zip(mentions.label, mentions.text, strict=True))
    assert result.dataset == "zorblax"


# round 8, bare campaigns beside their edition
def test_a_bare_campaign_is_not_listed_beside_its_edition():
    # acl:2020.computerm.1.13, acl:W18-6437 (R-ds-taskname: the edition is the dataset; read
    # without the text, which R-ds-editionbare needs: see the next test)
    termeval = ("TermEval 2020: TALN-LS2N System for Automatic Term Extraction\n\nFor this first "
                "TermEval shared task, we explore a feature-based approach.")
    wmt = ("The Word Sense Disambiguation Test Suite at WMT18\n\nWe evaluate all German–English "
           "submissions to the WMT’18 shared translation task, plus a number of submissions "
           "from previous years, and find that performance on the task has markedly improved "
           "compared to the 2016 WMT submissions (81%→93% accuracy on the WSD task).")
    papers = summarize(extract(corpus(termeval, wmt), progress=False))
    assert papers.datasets.tolist() == [["TermEval 2020"], ["WMT18", "WMT’18"]]


def test_a_bare_shared_task_the_text_refers_to_is_listed_beside_its_edition():
    # R-ds-editionbare (dev25 acl:2020.sdp.1.25; dev37 acl:S19-2107 "The OffensEval shared
    # task"), read in the text the corpus gives; not a campaign running many tasks (WMT), nor a
    # task named with a capitalized "Shared Task" (acl:W19-4623)
    termeval = ("TermEval 2020: TALN-LS2N System for Automatic Term Extraction\n\nFor this first "
                "TermEval shared task, we explore a feature-based approach.")
    wmt = ("The Word Sense Disambiguation Test Suite at WMT18\n\nWe evaluate all German–English "
           "submissions to the WMT18 shared task, and find that performance on the task has "
           "markedly improved compared to the WMT shared task of 2016.")
    madar = ("ZCU-NLP at MADAR 2019: Recognizing Arabic Dialects\n\nIn this paper, we present our "
             "systems for the MADAR Shared Task: Arabic Fine-Grained Dialect Identification.")
    papers = corpus(termeval, wmt, madar)
    found = summarize(extract(papers, progress=False), papers).datasets.tolist()
    assert found[0] == ["TermEval 2020", "TermEval"] and "WMT" not in found[1]
    assert "MADAR" not in found[2]


def test_a_name_inside_a_longer_one_is_kept_when_no_year_follows():
    # aistats2019:3577fa1224: "-100" extends CIFAR-10 into another dataset, not an edition
    text = "Experimental results are presented using CIFAR-10 and CIFAR-100 dataset."
    assert summarize(extract(corpus(text), progress=False)).datasets[0] == ["CIFAR-10",
                                                                          "CIFAR-100"]
    # iclr2018:rytNfI1AZ (dev39; r42dev39): nor a size glued on that no year reads ("32")
    text = ("For CIFAR-10, CIFAR-100 and ImageNet, we achieve error rates of 3.9%, 18.5% and 26.0% "
            "respectively. We also considered MNIST, SVHN and ImageNet32.")
    assert "ImageNet" in summarize(extract(corpus(text), progress=False)).datasets[0]


# speed15b: extract's own pipeline computes only the word attributes the rules read
def test_extract_pipeline_computes_only_the_word_attributes_read_and_finds_the_same():
    from spacy.attrs import IS_PUNCT, LOWER

    from litkit.extract.pipeline import _pipeline

    assert set(_pipeline(()).vocab.lex_attr_getters) == {LOWER, IS_PUNCT}
    # a lexicon name in another case needs LOWER ("Imagenet"); a sentence start after a
    # closing quote, IS_PUNCT (the quote is no start)
    papers = corpus("We name it \u201cFastGrad.\u201d Our model reaches 88.5% F1 on SQuAD.",
                    "Our model reaches 88.5% F1 on Squad and 91.2% accuracy on Imagenet, "
                    "multinli and mnist.")
    full = extract_frame(papers, build_pipeline())
    pd.testing.assert_frame_equal(extract(papers, progress=False), full)


def test_a_campaigns_task_label_is_no_model_and_no_size():
    # acl:W17-2348: "BioASQ 5B" is the campaign's task 5b, not a 5B-parameter model
    text = ("This paper describes the participation of USTB_PRIR team in the 2017 BioASQ 5B on "
            "question answering, including document retrieval, snippet retrieval, and concept "
            "retrieval task.")
    title = ("A Multi-strategy Query Processing Approach for Biomedical Question Answering: "
             "USTB_PRIR at BioASQ 2017 Task 5B")
    mentions = extract(corpus(text, title=title), progress=False)
    assert not mentions.label.isin(["MODEL", "PARAMS"]).any()


# r20speed: nlp.pipe runs each litkit component on a batch of Docs in turn (BatchedComponent)
def test_batched_components_find_in_nlp_pipe_what_they_find_doc_by_doc():
    from litkit.extract.spans import BatchedComponent

    nlp = build_pipeline()
    assert all(isinstance(proc, BatchedComponent) for name, proc in nlp.pipeline
               if name != "sentencizer")
    texts = ["Our 7B model reaches 88.5% F1 on SQuAD.", "No number here.",
             "We train BERT on 2T tokens and improve accuracy by 3.5% on MNLI."] * 3
    def found(docs):
        return [[(s.label_, s.text) for s in doc.spans[SPANS_KEY]] for doc in docs]

    spans = found(nlp.pipe(texts, batch_size=2))
    assert spans == found([nlp(text) for text in texts])
    assert ("RESULT", "88.5") in spans[0]


def test_a_batched_component_raises_by_default_and_skips_a_failing_doc_with_a_handler():
    from litkit.extract.spans import BatchedComponent

    class Boom(BatchedComponent):
        def __call__(self, doc):
            if "boom" in doc.text:
                raise RuntimeError("boom")
            return doc

    nlp = spacy.blank("en")
    docs = [nlp.make_doc(t) for t in ("fine", "boom", "also fine")]
    with pytest.raises(RuntimeError):
        list(Boom("boom_v1").pipe(docs))
    seen = []
    component = Boom("boom_v1")
    component.set_error_handler(lambda name, proc, failed, exc: seen.append((name, failed[0].text)))
    assert [d.text for d in component.pipe(docs, batch_size=2)] == ["fine", "also fine"]
    assert seen == [("boom_v1", "boom")]


def test_papers_are_tracked_by_position_so_a_missing_or_repeated_id_is_no_false_failure(boom):
    # r21fuzz: a NaN id never equals itself, so a paper with one was reported as failed though
    # its mentions were extracted; with a repeated id, a failing copy went unreported
    papers = pd.DataFrame({"id": [float("nan"), "p1", "p1"],
                           "abstract": ["We train 7B models.", "We train 3B models.", "boom"]})
    with pytest.warns(UserWarning, match="1 paper"):
        mentions = extract_frame(papers, build_pipeline())
    assert mentions.attrs["errors"] == [
        {"paper_id": "p1", "error": "litkit_quantities_v1: RuntimeError: boom"}]
    assert sorted(mentions.loc[mentions["label"] == "PARAMS", "value"]) == [3e9, 7e9]


def test_a_title_or_abstract_that_is_not_text_is_reported_not_silently_dropped():
    # a bytes abstract (e.g. read from a binary column) used to yield no mentions and no error
    papers = pd.DataFrame({"id": ["a", "b", "c"], "title": ["T", None, 3],
                           "abstract": [b"We reach 90% accuracy.", "We train 7B models.", None]})
    with pytest.warns(UserWarning, match="2 paper"):
        mentions = extract_frame(papers, build_pipeline())
    assert mentions.attrs["errors"] == [
        {"paper_id": "a", "error": "abstract is of type bytes, not text: left out of the analysis"},
        {"paper_id": "c", "error": "title is of type int, not text: left out of the analysis"}]
    assert set(mentions["paper_id"]) == {"b"}


# r22 (dev17 dataset misses): the numbers of a dataset's variants joined by a slash are names of
# their own where the lexicon knows both


def test_a_slash_between_a_datasets_variant_numbers_names_each_variant():
    # icml2017:830
    text = ("We show that Parseval networks match the state-of-the-art regarding accuracy on "
            "CIFAR-10/100 and Street View House Numbers (SVHN), while being more robust than "
            "their vanilla counterpart against adversarial examples.")
    found = extract(corpus(text), progress=False)
    datasets = set(found.loc[found["label"] == "DATASET", "dataset"])
    assert {"CIFAR-10", "CIFAR-100", "SVHN"} <= datasets and "CIFAR-10/100" not in datasets
    assert [t.text for t in build_pipeline().make_doc("on 10/12/2020")] == ["on", "10/12/2020"]


# r40forms (model names in another form): the slash between a sized model's coordinated sizes
# is a token of its own, so each size names a model (R-model-coordsize)


def test_a_slash_between_a_models_sizes_names_each_sized_model():
    # dev26 colm2025:vSMCBUgrQj
    text = ("We investigate zero RL training across 10 diverse base models, spanning different "
            "families and sizes including LLama3-8B, Mistral-7B/24B, DeepSeek-Math-7B.")
    found = extract(corpus(text), progress=False)
    models = set(found.loc[found["label"] == "MODEL", "model"])
    assert {"LLama3-8B", "Mistral-7B", "Mistral-24B", "DeepSeek-Math-7B"} <= models
    assert [t.text for t in build_pipeline().make_doc("Mistral-7B/24B")] == \
        ["Mistral-7B", "/", "24B"]


# r22speed: the slash split's infix rule opens with its "/" (cheaper); both of its forms still
# split


def test_the_numbered_slash_splits_a_name_glued_to_its_number_too():
    # corpus: "... monthly runs of the CommonCrawl, and ClueWeb09/12"
    words = [t.text for t in build_pipeline().make_doc("the CommonCrawl, and ClueWeb09/12")]
    assert words[-3:] == ["ClueWeb09", "/", "12"]


def test_a_missing_abstract_in_a_string_column_is_no_reject():
    # pandas' "string" dtype holds a missing cell as pd.NA, not None or NaN
    papers = pd.DataFrame({"id": ["a", "b"], "abstract": pd.array(
        ["We train 7B models.", None], dtype="string")})
    mentions = extract_frame(papers, build_pipeline())
    assert mentions.attrs["errors"] == []
    assert set(mentions["paper_id"]) == {"a"}


# ---- r24fast: the suffix and infix regexes answer at once for a chunk of ASCII letters only
def _needs_non_letter(items) -> bool:
    """Whether every match of the parsed regex ``items`` holds, or looks around at, a character
    that is not an ASCII letter (conservative: False where unsure)."""
    from re import _constants as c

    def no_letter(charset) -> bool:  # a class that matches no ASCII letter
        for op, value in charset:
            if op is c.LITERAL and chr(value).isascii() and chr(value).isalpha() \
                    or op is c.RANGE and any(value[0] <= high and value[1] >= low
                                             for low, high in ((65, 90), (97, 122))) \
                    or op is c.NEGATE or op is c.CATEGORY and value is not c.CATEGORY_DIGIT:
                return False
        return True

    for op, value in items:
        if op is c.LITERAL and not (chr(value).isascii() and chr(value).isalpha()) \
                or op is c.IN and no_letter(value) \
                or op is c.ASSERT and _needs_non_letter(value[1]) \
                or op is c.SUBPATTERN and not value[1] & re.IGNORECASE \
                and _needs_non_letter(value[3]) \
                or op is c.BRANCH and all(_needs_non_letter(p) for p in value[1]) \
                or op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] >= 1 \
                and _needs_non_letter(value[2]):
            return True
    return False


def test_no_english_prefix_suffix_or_infix_matches_a_chunk_of_ascii_letters():
    from re import _parser

    from litkit.extract.pipeline import _GLUED_BRACKET, _NUMBERED_SLASH

    defaults = spacy.blank("en").Defaults
    rules = [s for s in [*defaults.prefixes, *defaults.suffixes, *defaults.infixes,
                         _NUMBERED_SLASH, _GLUED_BRACKET] if s.strip()]
    assert len(rules) > 200
    for rule in rules:
        parsed = _parser.parse(rule)
        assert not parsed.state.flags & re.IGNORECASE, rule
        assert _needs_non_letter(parsed), rule
    # (the check itself: these can match letters)
    assert not any(_needs_non_letter(_parser.parse(p)) for p in ("s", "(?<=[0-9a-z])x", "[^.]",
                                                                 r"\w", "'?s", "[Z-a]", "[B-C]"))


@pytest.mark.parametrize("text", [
    # corpus (DiscoBert, acl2022:2022.findings-acl.315) and chunks with suffixes of each kind
    "To address these issues, we present a discourse-aware neural summarization model - "
    "DiscoBert. DiscoBert extracts sub-sentential discourse units (instead of sentences).",
    "We conduct extensive experiments with four prominent NLP models \u2014 TextRNN, BERT, "
    "RoBERTa and XLNet \u2014 over eight types of textual perturbations...",
    "It trains on 2.5km of text, 10GB, 7B params, the model's U.S. data (cf. Fig. 3)!",
    # corpus, chunks with prefixes (icml2019:3994; acl:1993.iwpt.1.4;
    # acl:2009.jeptalnrecital.long.15; acl:2020.bionlp.1.14, without its glued "(AD)-related")
    'These observations hold for MLPs, ConvNets, and ResNets, and for two different '
    'parameterization schemes ("Standard" and "NTK").',
    "The extended language we refer to as \u2018Generalized EL\u2019, or \u2018GEL\u2019.",
    "la langue appliqu\u00e9e \u00e0 la biom\u00e9decine (\u201cBioNLP\u201d).",
    "Alzheimer\u2019s disease global healthcare cost is estimated to be $1 trillion by 2050.",
])
def test_the_letter_chunk_rules_split_as_spacys_regexes(text):
    from spacy.attrs import ORTH

    from litkit.extract.pipeline import _ABBREVIATIONS, InfixRules, LetterChunkRules

    blank = spacy.blank("en").tokenizer
    prefixes = LetterChunkRules(blank.prefix_search.__self__)
    suffixes = LetterChunkRules(blank.suffix_search.__self__)
    infixes = InfixRules(blank.infix_finditer.__self__)
    chunks = {w[i:j] for w in text.split() for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    assert any(c.isalpha() and c.isascii() for c in chunks)
    for chunk in chunks:
        for ours, spacys in ((prefixes, blank.prefix_search), (suffixes, blank.suffix_search)):
            expected, found = spacys(chunk), ours.search(chunk)
            assert (found and found.span()) == (expected and expected.span()), chunk
        assert [m.span() for m in infixes.finditer(chunk)] == \
            [m.span() for m in blank.infix_finditer(chunk)]
    nlp = build_pipeline()
    reference = spacy.blank("en").tokenizer  # with litkit's one other change, its abbreviations
    for abbreviation in _ABBREVIATIONS:
        reference.add_special_case(abbreviation, [{ORTH: abbreviation}])
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in reference(text)]
    assert nlp.tokenizer.to_bytes()  # (spaCy saves the regexes by their pattern)


# ---- r24period: a name's sentence-final period after one capital is a token of its own
def test_a_names_final_period_after_one_capital_ends_its_sentence():
    # corpus (iclr2018:S1EzRgb0W): "CelebA." kept its period, and the next sentence was glued on
    text = ("In this paper we explain our method and demonstrate it on MNIST and CelebA. "
            "This approach could aid in demystifying neural networks for a user.")
    doc = build_pipeline()(text)
    assert [t.text for t in doc][13:15] == ["CelebA", "."]
    assert len(list(doc.sents)) == 2
    # corpus (acl2022:2022.findings-acl.182, colm2025:BM192Ps5Nv): "XLM-R.", "Qwen3-8B."
    words = [t.text for t in build_pipeline().make_doc(
        "the representation space of XLM-R. We show ... QwQ-32B, and Qwen3-8B. We")]
    assert words[4:8] == ["XLM", "-", "R", "."]
    assert words[-5:] == ["Qwen3", "-", "8B", ".", "We"]


def test_a_result_no_longer_takes_the_next_sentences_names():
    # corpus (colm2024:pUEDkZyPDl): "512K." glued the speed-ups to the sentence naming Llama-7B
    text = ("We evaluate DistFlashAttention on Llama-7B and variants with sequence lengths from "
            "32K to 512K. DistFlashAttention achieves 8x longer sequences, 4.45 - 5.64x speedup "
            "compared to Ring Self-Attention.")
    mentions = extract(corpus(text), progress=False)
    speedup = mentions[(mentions.label == "RESULT") & (mentions.text == "5.64x")].iloc[0]
    assert speedup.sentence.startswith("DistFlashAttention achieves")
    assert pd.isna(speedup.dataset)  # (it took "Llama-7B")


@pytest.mark.parametrize("text, whole", [
    ("the U.S. data, e.g. Fig. 3 of J. Smith et al. (Ph.D. thesis), approx. 5 days",
     ["U.S.", "e.g.", "J.", "Ph.D.", "approx."]),
    ("Mr. Smith of Apple Inc. in the U.K. and the E.U. say", ["Mr.", "Inc.", "U.K.", "E.U."]),
])
def test_abbreviations_and_initials_stay_whole(text, whole):
    from spacy.attrs import ORTH

    from litkit.extract.pipeline import _ABBREVIATIONS

    words = [t.text for t in build_pipeline().make_doc(text)]
    assert set(whole) <= set(words)
    reference = spacy.blank("en").tokenizer  # (the new rule splits none of these)
    for abbreviation in _ABBREVIATIONS:
        reference.add_special_case(abbreviation, [{ORTH: abbreviation}])
    assert words == [t.text for t in reference(text)]


def test_the_capital_period_rule_needs_a_non_letter():
    from re import _parser

    from litkit.extract.pipeline import _CAPITAL_PERIOD, LetterChunkRules

    assert _needs_non_letter(_parser.parse(_CAPITAL_PERIOD))
    suffix_search = build_pipeline().tokenizer.tokenizer.suffix_search
    regex = suffix_search.__self__.regex
    for chunk in ("CelebA.", "XLM-R.", "8B.", "Ph.D.", "U.S.", "J.", "model", "BERT"):
        expected = regex.search(chunk)
        assert isinstance(suffix_search.__self__, LetterChunkRules)
        assert (suffix_search(chunk) and suffix_search(chunk).span()) == \
            (expected and expected.span())


# r27 (audit): a name in a bracket glued to the word next to it kept that word in its span


def test_a_bracket_glued_to_a_word_is_a_token_so_the_name_in_it_is_whole():
    # corpus (coling2022:2022.coling-1.213)
    text = ("In this paper, we propose Pair-Aware and Entity-Enhanced(PAEE) model to solve the "
            "aforementioned two challenges.")
    found = extract(corpus(text), progress=False)
    assert list(found.loc[found["label"] == "MODEL", "text"]) == ["PAEE"]
    words = [t.text for t in build_pipeline().make_doc("Enhanced(PAEE) and f(x) or GAT(s)")]
    assert words == ["Enhanced", "(", "PAEE", ")", "and", "f(x", ")", "or", "GAT(s", ")"]
    # ... and a closing one glued to the next word (acl2022:2022.findings-acl.7, acl:C16-1246)
    words = [t.text for t in build_pipeline().make_doc("(MVAE).These (PDTB)-style")]
    assert words == ["(", "MVAE", ")", ".These", "(", "PDTB", ")", "-style"]


# r28: a period glued to the next sentence after a capital kept the next word in a name's span


def test_a_period_glued_to_the_next_sentence_after_a_capital_ends_the_name():
    # corpus (acl2022:2022.acl-long.358)
    text = ("Experimental results show that our model achieves the best performances on "
            "ERE.Additionally, our model is proven to be portable to new types of events.")
    found = extract(corpus(text), progress=False)
    assert list(found.loc[found["label"] == "DATASET", "text"]) == ["ERE"]
    words = [t.text for t in build_pipeline().make_doc("BERT.To the FDR.We (WN.Pr) 1.2J.Lm")]
    assert words == ["BERT", ".", "To", "the", "FDR", ".", "We", "(", "WN.Pr", ")", "1.2J.Lm"]


# r29edition: a bare edition beside its task or language pair (R-ds-campaigntask)
def test_a_bare_edition_is_not_listed_beside_its_task_or_pair():
    # acl:2020.wmt.1.16 (title-cased task), acl:2020.emnlp.main.177 ("the WMT14 and the IWSLT13
    # De-En testsets" ... "on WMT14 De-En testset"): the gold lists the fuller name only
    wmt = ("This paper describes the submission to the WMT20 shared news translation task by "
           "Samsung R&D Institute Poland. We submitted systems for six language directions.")
    pairs = ("Our sentence-level model shows a 0.5 BLEU improvement on both the WMT14 and the "
             "IWSLT13 De-En testsets, while our contextual model achieves the best results, "
             "improving from 31.81 to 32 BLEU on WMT14 De-En testset.")
    papers = summarize(extract(pd.concat([
        corpus(wmt, title="Samsung R&D Institute Poland submission to WMT20 News Translation "
                          "Task"),
        corpus(pairs).assign(id="p1")]), progress=False))
    assert papers.datasets.tolist() == [["WMT20 News Translation Task"],
                                        ["IWSLT13 De-En", "WMT14 De-En"]]


# r30speed: the suffix regex is searched only near the chunk's end
def test_each_suffix_rule_is_at_most_the_suffix_window_wide():
    from re import _parser

    from litkit.extract.pipeline import _CAPITAL_PERIOD, _SUFFIX_WIDTH

    rules = [s for s in [*spacy.blank("en").Defaults.suffixes, _CAPITAL_PERIOD] if s.strip()]
    # (but a run of periods, which also matches from the window's start where it starts before)
    wide = [rule for rule in rules if _parser.parse(rule).getwidth()[1] > _SUFFIX_WIDTH]
    assert wide == [r"\.\.+"]
    assert max(_parser.parse(rule).getwidth()[1] for rule in rules if rule not in wide) \
        == _SUFFIX_WIDTH


def test_the_suffix_rules_find_what_the_suffix_regex_finds():
    from litkit.extract.pipeline import SuffixRules

    text = ("It runs at 120km/h, 1013mbar and 5%... see a...... or.....; the model's U.S. data "
            "(cf. sub-sentential units (instead of sentences). GPT-3.5-turbo's 2.5km² (10GB)!")
    regex = spacy.blank("en").tokenizer.suffix_search.__self__
    suffixes = SuffixRules(regex)
    chunks = {w[i:j] for w in text.split() for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    assert {"a......", "120km/h,", "1013mbar"} <= chunks  # (periods before the window, wide units)
    for chunk in chunks:
        expected = regex.search(chunk)
        found = suffixes.search(chunk)
        assert (found and found.span()) == (expected and expected.span()), chunk


def _needs_period(items) -> bool:
    """Whether every match of the parsed regex ``items`` holds a "." (conservative: False where
    unsure)."""
    from re import _constants as c

    return any(op is c.LITERAL and value == ord(".")
               or op is c.SUBPATTERN and _needs_period(value[3])
               or op is c.BRANCH and all(_needs_period(p) for p in value[1])
               or op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] >= 1 and _needs_period(value[2])
               for op, value in items)


def test_the_url_rule_matches_what_spacys_url_regex_matches():
    from re import _parser

    from litkit.extract.pipeline import UrlRule

    regex = spacy.blank("en").tokenizer.url_match.__self__
    assert _needs_period(_parser.parse(regex.pattern))
    # (the check itself: these can match without a period)
    assert not any(_needs_period(_parser.parse(p)) for p in ("a", r"\.?", r"[.a]", r"(?:\.|a)"))
    url = UrlRule(regex)
    for chunk in ("https://github.com/org/repo", "huggingface.co/datasets/x", "192.168.0.1",
                  "10.0.0.1", "user@mail.example.org", "example.com:8080/a?b#c", "http://localhost",
                  "model", "e.g", "3.5", "BERT-base", "file://x", "www", "a.b"):
        expected = regex.match(chunk)
        found = url.match(chunk)
        assert (found and found.span()) == (expected and expected.span()), chunk
    assert build_pipeline().tokenizer.to_bytes()  # (spaCy saves the regex by its pattern)


# r31tuple: the lexicon gives multiple-choice benchmarks their one standard metric (R-mt-implied)
@pytest.mark.parametrize(("text", "expected"), [
    # naacl2022:2022.naacl-main.391 (dev21)
    ("We introduce QuALITY, a multiple-choice QA dataset. Our baseline models perform poorly on "
     "this task (55.4%) and significantly lag behind human performance (93.5%).",
     [(55.4, "accuracy"), (93.5, "accuracy")]),
    # acl:D19-6002 (corpus)
    ("HNN obtains new state-of-the-art results on three classic commonsense reasoning tasks, "
     "pushing the WNLI benchmark to 89%.", [(89.0, "accuracy")]),
])
def test_a_multiple_choice_benchmark_scores_its_untyped_results_in_accuracy(text, expected):
    papers = summarize(extract(corpus(text), progress=False))
    assert [(r["value"], r["metric_type"]) for r in papers.iloc[0]["results"]] == expected


# r31mtype: further benchmarks scored one standard way type the results naming no metric
@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.tacl.1.53 (corpus): BUCC's bitext mining is scored in F1
    ("We validate our technique by extracting parallel sentence pairs on the BUCC 2017 bitext "
     "mining task and observe up to a 24.5 point increase (absolute) in F1 scores over previous "
     "unsupervised methods.", [(24.5, "f1")]),
    # acl:C16-1189 (corpus): MRDA's dialogue acts in accuracy
    ("Using the findings of these experiments, we trained a deep LSTM network that outperforms "
     "the state-of-the-art on the Switchboard corpus by 3.11%, and MRDA by 2.2%.",
     [(3.11, "other"), (2.2, "accuracy")]),
])
def test_a_benchmark_scored_one_standard_way_types_its_untyped_results(text, expected):
    papers = summarize(extract(corpus(text), progress=False))
    assert [(r["value"], r["metric_type"]) for r in papers.iloc[0]["results"]] == expected


# r34speedtok: the suffix regex is searched over two characters where no digit is near the end
def test_each_suffix_rule_wider_than_the_narrow_window_follows_a_digit():
    from re import _constants as c
    from re import _parser

    from litkit.extract.pipeline import _CAPITAL_PERIOD, _SUFFIX_WIDTH_NO_DIGIT

    rules = [s for s in [*spacy.blank("en").Defaults.suffixes, _CAPITAL_PERIOD] if s.strip()]
    # (but a run of periods, which also matches from the window's start where it starts before)
    wide = [rule for rule in rules if rule != r"\.\.+"
            and _parser.parse(rule).getwidth()[1] > _SUFFIX_WIDTH_NO_DIGIT]
    assert len(wide) == 2  # the currencies and the units
    for rule in wide:
        (op, (direction, behind)), *_ = _parser.parse(rule)  # a lookbehind for one digit
        assert op is c.ASSERT and direction == -1
        assert list(behind) == [(c.IN, [(c.RANGE, (ord("0"), ord("9")))])]
    assert max(_parser.parse(rule).getwidth()[1] for rule in rules
               if rule not in wide and rule != r"\.\.+") == _SUFFIX_WIDTH_NO_DIGIT


def _opens_with_non_word(items) -> bool:
    """Whether every match of the parsed regex ``items`` opens with a character that ``\\W``
    matches (not a letter, digit or "_"); conservative: False where unsure."""
    from re import _constants as c

    def non_word(charset) -> bool:  # a class of such characters only
        chars = []
        for op, value in charset:
            if op is c.LITERAL:
                chars.append(value)
            elif op is c.RANGE:
                chars.extend(range(value[0], value[1] + 1))
            elif not (op is c.CATEGORY and value is c.CATEGORY_NOT_WORD):
                return False
        return all(re.match(r"\W", chr(char)) for char in chars)

    for op, value in items:
        if op in (c.ASSERT, c.ASSERT_NOT):  # (matches nothing: the next item opens the match)
            continue
        return (op is c.LITERAL and non_word([(op, value)])
                or op is c.IN and non_word(value)
                or op is c.SUBPATTERN and _opens_with_non_word(value[3])
                or op is c.BRANCH and all(_opens_with_non_word(p) for p in value[1])
                or op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] >= 1
                and _opens_with_non_word(value[2]))
    return False


def test_each_infix_rule_opens_with_a_character_other_than_a_letter_digit_or_underscore():
    from re import _parser

    regex = build_pipeline().tokenizer.tokenizer.infix_finditer.__self__.regex
    parsed = _parser.parse(regex.pattern)
    assert _opens_with_non_word(parsed)
    assert parsed.getwidth()[0] >= 1  # (no rule matches nothing)
    # (the check itself: these can open with a letter, digit or "_")
    assert not any(_opens_with_non_word(_parser.parse(p)) for p in (
        "a", "(?<=-)a", r"\w", "-?a", "[-_]", "(?:-|a)", r"\d", "[^-]", ""))
    assert all(_opens_with_non_word(_parser.parse(p)) for p in ("-", "(?<=a)[-,]", r"\W+a"))


def test_the_infix_rules_find_what_the_infix_regex_finds():
    from litkit.extract.pipeline import InfixRules

    # corpus chunks (and all their parts): hyphens, periods, commas, slashes, brackets, symbols
    text = ("language-independent Sentence-to-Question human-and-model-in-the-loop 3.5 e.g "
            "GPT-3.5-turbo CIFAR-10/100 CIFAR10/100 Enhanced(PAEE) (MVAE).These ERE.Additionally "
            "x,y)=(\\log O(n^2\\varepsilon^{-2 +2.2~+3.1 bias\u201d---i.e d\u2019application "
            "fran\u00e7ais a...b a\u2026b \u00a9Foo 2019 model")
    regex = build_pipeline().tokenizer.tokenizer.infix_finditer.__self__.regex
    infixes = InfixRules(regex)
    chunks = {w[i:j] for w in text.split() for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    for chunk in chunks:
        assert [m.span() for m in infixes.finditer(chunk)] == \
            [m.span() for m in regex.finditer(chunk)], chunk
