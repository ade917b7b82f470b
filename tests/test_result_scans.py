"""What results look up in a whole text (result_scans.py): own-work marks, shared tasks."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)
from results_helpers import _first_characters, _result_datasets, results

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


@pytest.mark.parametrize("text, own", [
    # acl:P19-1550, acl:D17-1287: a figure prior work reported, as the sentence's subject, is
    # background
    ("Recent state-of-the-art neural models have obtained F1-scores near 98% on the task of slot "
     "filling.", []),
    ("Prior approaches achieved a maximum performance of 0.66 F1, and did not generalize well "
     "across different corpora.", []),
    # r39rextra: prior work named by a quantifier or the plural alone (dev31 acl:D17-1136)
    ("Several studies report a relative error reduction of 24 to 51% on all metrics that "
     "authors attribute to the introduction of distributed representations of discourse units.",
     []),
    # ... or as the subject of a clause set against the paper's (acl:2020.acl.main.245, corpus;
    # colm2024:MXLBXjQkmb, dev22)
    ("our instantiation of RobEn paired with BERT achieves an average robust accuracy of 71.3% "
     "against all adversarial typos in the family considered, while previous work using a "
     "typo-corrector achieves only 35.3% accuracy against a simple greedy attack.", [(71.3, "%")]),
    ("NPO-based methods are the first to achieve reasonable unlearning results in forgetting 50% "
     "of the training data, whereas existing methods already struggle with forgetting 10% of "
     "training data.", [(50, "%")]),
    # ... unless the sentence marks the paper's own
    ("Previous models achieve only 40% accuracy on our benchmark.", [(40, "%")]),
    ("Several studies report 40% accuracy on our benchmark.", [(40, "%")]),
])
def test_a_figure_prior_work_reported_is_background(text, own):
    assert results(text) == own


def test_this_data_is_found_where_a_search_of_the_sentence_finds_it():
    from litkit.extract.result_scans import _ON_THIS_DATA, _Scans

    # "on the test set" read up to a number (the number after it is its own: not "this data"
    # then), words cut short ("test sets"), far back and near, and a sentence in a text
    text = ("Our model improves F1 on this dataset by 2.1 points and reaches 85.3% on the test set "
            "89.0 on the official test data of the task and 91.2% on the blind test sets, while "
            + "the baseline gets 70.1% accuracy, " * 4 + "and 72.4% over the same benchmark  "
            "\n 73.5 on the development data.")
    for lo, hi in ((0, len(text)), (21, 200)):
        scans = _Scans(text, [])
        for start in range(lo, hi + 1):
            this = _ON_THIS_DATA.search(text, start, hi)
            assert scans.this_data(start, lo, hi) \
                == (this and this.start(), _ON_THIS_DATA.search(text, lo, start) is not None)


# r29background: the figures of an abstract's background, in its sentences before the first that
# marks the paper's own work (at most three), are the field's or others', not results
def _abstract_results(title, *sentences):
    text = title + "\n\n" + " ".join(sentences)
    spans, start = [(0, len(title))], len(title) + 2
    for sentence in sentences:
        spans.append((start, start + len(sentence) + 1))
        start += len(sentence) + 1
    return [c.value for c in find_results(text, spans) if c.source != COMPARISON]


@pytest.mark.parametrize("sentences, kept", [
    # acl:W19-4810 (corpus): others' figure before "we"
    (("Neural network models have been very successful in natural language inference, with the "
      "best models reaching 90% accuracy in some benchmarks.", "However, the success of these "
      "models turns out to be largely benchmark specific.", "We show that models trained on a "
      "natural language inference dataset drawn from one benchmark fail to perform well in "
      "others, even if the notion of inference assumed in these benchmarks is the same or "
      "similar."), []),
    # acl:W17-2318 (corpus): a fact of the world that motivates the paper
    (("Approximately 80% to 95% of patients with Amyotrophic Lateral Sclerosis (ALS) eventually "
      "develop speech impairments, such as defective articulation, slow laborious speech and "
      "hypernasality.", "The relationship between impaired speech and asymptomatic speech may be "
      "seen as a divergence from a baseline.", "We demonstrate that divergence measurements based "
      "on phonological characteristics of speech correlate with physiological assessments of "
      "ALS."), []),
    # acl:W19-3813 (corpus): the paper's own, "I propose"
    (("The pre-trained BERT model achieves a remarkable state of the art across a wide range of "
      "tasks in natural language processing.", "I propose a novel neural network model based on "
      "the pre-trained BERT.", "Besides, this variant won the 2nd place with a score at 0.17289 in "
      "stage 2 of the task."), [0.17289]),
    # nips1987:004703250a (corpus): the paper's own study, in a passive voice
    (("In the synchronous discrete model, the average memory capacity of bidirectional "
      "associative memories (BAMs) is compared with that of Hopfield memories, by means of a "
      "calculat10n of the percentage of good recall for 100 random BAMs of dimension 64x64, for "
      "different numbers of stored vectors.", "On the average, a 64x64 BAM has about 68 % of the "
      "capacity of the corresponding Hopfield memory with the same number of neurons."), [68.0]),
    # r41rextra: a fourth sentence that reports no finding is background too (dev2 dev2-013,
    # corpus acl:2020.readi.1.1), one with a verb of finding stays (acl:L16-1323, corpus)
    (("Spell checkers and other proofreading software are crucial tools for people with "
      "dyslexia and other reading disabilities.", "Most spell checkers automatically detect "
      "spelling mistakes by looking up individual words and seeing if they exist in the "
      "vocabulary.", "However, one of the biggest challenges of automatic spelling correction is "
      "how to deal with real-word errors.", "These errors account for 20% of all spelling "
      "mistakes made by people with dyslexia.", "As both words exist in the vocabulary, a simple "
      "dictionary lookup will not detect the mistake.", "We present a method that disambiguates "
      "confusion sets."), []),
    (("Natural Language Engineering tasks require large and complex annotated datasets to build "
      "more advanced models of language.", "Corpora are typically annotated by several experts to "
      "create a gold standard.", "Phrase Detectives Corpus 1.0 is an anaphorically-annotated "
      "corpus of encyclopedic and narrative text.", "Analysis shows very good inter-expert "
      "agreement (kappa=.88-.93) but a more variable baseline crowd agreement (kappa=.52-.96).",
      "Encyclopedic texts show less agreement than narrative texts."), [0.88, 0.93, 0.52, 0.96]),
])
def test_a_figure_of_the_background_is_no_result(sentences, kept):
    assert _abstract_results("A title", *sentences) == kept


def test_a_figure_past_the_background_sentences_stays():
    # acl:L08-117 (corpus): the paper's own figures, in its fourth and fifth sentences, though its
    # first mark ("new") comes later
    assert _abstract_results(
        "SpatialML: Annotation Scheme, Corpora, and Tools",
        "SpatialML is an annotation scheme for marking up references to places in natural "
        "language.", "It covers both named and nominal references to places.", "A freely "
        "available annotation editor has been developed for SpatialML.", "Inter-annotator "
        "agreement on SpatialML is 77.0 F-measure for extents on that corpus.", "An automatic "
        "tagger for SpatialML extents scores 78.5 F-measure.", "In adapting the extent tagger to "
        "new domains, merging the training data provides the best performance.") == [77.0, 78.5]


# r30speed: _OWN_WORK tests the letter a word opens with before its phrases
def test_own_work_start_names_every_letter_its_phrases_start_with():
    """_OWN_WORK_START only speeds _OWN_WORK up: each of its phrases starts with one of its
    letters (in any case), after a word's start."""
    import re
    from re import _parser

    from litkit.extract.result_scans import _OWN_WORK, _OWN_WORK_PHRASES, _OWN_WORK_START

    chars, can_be_empty = _first_characters(_parser.parse(_OWN_WORK_PHRASES, re.IGNORECASE).data)
    assert not can_be_empty and all(isinstance(ch, str) for ch in chars), chars
    start = re.compile(_OWN_WORK_START, re.IGNORECASE)
    assert all(start.match(ch) for ch in chars), sorted(ch for ch in chars if not start.match(ch))
    phrases = re.compile(_OWN_WORK_PHRASES, re.IGNORECASE)
    # (the examples of the rule's comment, each phrase once)
    text = ("Neural models were studied. In this work, I propose a method. Speakers' gender "
            "and age-group were predicted using features; the current paper is new. OUR results")
    assert [m.span() for m in _OWN_WORK.finditer(text)] == \
        [m.span() for m in phrases.finditer(text)]


def test_new_things_of_the_background_do_not_end_it():
    # coling2022:2022.coling-1.137 (corpus), audit r31audit6 [36]: "for new databases" is the
    # field's problem, not the paper's own work, so the models' figures after it are background
    assert _abstract_results(
        "Addressing Limitations of Encoder-Decoder Based Approach to Text-to-SQL",
        "Most attempts on Text-to-SQL task using encoder-decoder approach show a big problem of "
        "dramatic decline in performance for new databases.", "For the popular Spider dataset, "
        "despite models achieving 70% accuracy on its development or test sets, the same models "
        "show a huge decline below 20% accuracy for unseen databases.", "In this paper we address "
        "the problem and propose a solution.") == []


# r32attach: "on this new dataset", a word describing the data between, refers back to the one
# dataset named before as "on this dataset" does (R-ds-context)
def test_this_dataset_with_a_describing_word_refers_back_to_the_one_named():
    # acl:N18-159 (corpus)
    text = ("To illustrate the viability of our approach, we create a new dataset of complex "
            "questions, ComplexWebQuestions, and present a model that decomposes questions. We "
            "empirically demonstrate that question decomposition improves performance from 20.8 "
            "precision@1 to 27.5 precision@1 on this new dataset.")
    assert _result_datasets(text, ["ComplexWebQuestions"]) == [
        (20.8, "ComplexWebQuestions"), (27.5, "ComplexWebQuestions")]


# r32attach: "on the test dataset", written as one word, is the split of the one dataset named
# before, as "on the test set" and "on the test data" are (R-ds-context)
def test_the_test_dataset_refers_back_to_the_one_dataset_named():
    # acl:2020.smm4h.1.18 (corpus)
    text = ("This paper describes the method we developed for the Task 2 English variation of the "
            "Social Media Mining for Health Applications (SMM4H) 2020 shared task. The model's "
            "F1-Score of 0.56 on the test dataset was 10% better than the mean of the F1-Score of "
            "the best submissions in the task.")
    assert sorted(_result_datasets(text, ["SMM4H"])) == [(0.56, "SMM4H"), (10, "SMM4H")]


def test_this_dataset_refers_back_to_the_one_dataset_named_before(nlp):
    # acl:W19-5009: "on this dataset" is the one dataset of the earlier sentences
    text = ("We perform our experiments on ProcessBank dataset which contains less than 200 "
            "paragraphs on biological processes. We improve over the previous state-of-the-art "
            "system on this dataset by 21 F1 points.")
    assert [a["dataset"] for _, a in spans(nlp, text, "RESULT")] == ["ProcessBank"]
    # two datasets before: "this dataset" could be either
    two = ("We perform our experiments on ProcessBank and BioInfer. We improve over the "
           "previous state-of-the-art system on this dataset by 21 F1 points.")
    assert [a["dataset"] for _, a in spans(nlp, two, "RESULT")] == [None]
