"""Shared tasks, campaigns, tracks and editions (shared_tasks.py)."""

import pandas as pd
import pytest
from names_helpers import (
    names,
    names_nlp,  # noqa: F401  (fixtures)
)

import litkit


def test_shared_tasks_written_in_lower_case(nlp):
    found = names(nlp, "We took part in the SemEval-2020 shared task 9 and WNUT-2020 task 2.")
    assert found["DATASET"] == ["SemEval-2020 Task 9", "WNUT-2020 Task 2"]


@pytest.mark.parametrize("text, expected", [
    # acl:S18-1107 (dev32): the task number glued to "Task" in the title
    ("KNU CI System at SemEval-2018 Task4: Character Identification by Solving Sequence-Labeling "
     "Problem\n\nCharacter identification is an entity-linking task.", ["SemEval-2018 Task 4"]),
    # acl:W17-2606: the same in the abstract
    ("Experiments on two dataset of relation classification, SemEval-2010 Task8 and a "
     "large-scale one we compile from informal text, show gains.", ["SemEval-2010 Task 8"]),
])
def test_shared_tasks_with_the_number_glued_to_task(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


def test_no_name_runs_from_the_title_into_the_abstract(nlp):
    # acl:D19-5729: the title's campaign and the abstract's first words are two names at most
    text = ("RDoC Task at BioNLP-OST 2019\n\nBioNLP Open Shared Tasks (BioNLP-OST) is an "
            "international competition organized to facilitate development of biomedical text "
            "mining.")
    assert not any("\n" in name for name in names(nlp, text)["DATASET"])


def test_shared_tasks_and_urls(nlp):
    text = ("Reed at SemEval-2020 Task 9: weights at https://huggingface.co/Llama-3-8B-X "
            "and our code.")
    found = names(nlp, text)
    assert found["DATASET"] == ["SemEval-2020 Task 9"]
    assert found["MODEL"] == []
    found = names(nlp, "Data at huggingface.co/datasets/IrohXu/VCog-Bench; we test on MMLU.")
    assert found["DATASET"] == ["MMLU"]


def test_title_name_by_head_noun(nlp):
    text = "LOLA - An Open-Source Massively Multilingual Large Language Model\n\nWe train it."
    assert names(nlp, text)["MODEL"] == ["LOLA"]
    text = "MUSCLE: A Model Update Strategy for Compatible LLM Evolution\n\nWe study updates."
    assert names(nlp, text)["MODEL"] == []
    text = "G-TUNA: a corpus of referring expressions in German\n\nWe describe it."
    assert names(nlp, text)["DATASET"] == ["G-TUNA"]
    # without an article (acl:2020.acl.main.526, acl:2020.lrec.1.859), not before a verb
    # phrase (colm2025:bYu4DOqRY8)
    text = "ReInceptionE: Relation-Aware Inception Network with Joint Structural Information\n\nX."
    assert names(nlp, text)["MODEL"] == ["ReInceptionE"]
    text = "CCOHA: Clean Corpus of Historical American English\n\nWe describe it."
    assert names(nlp, text)["DATASET"] == ["CCOHA"]
    text = "LoRe: Personalizing LLMs via Low-Rank Reward Modeling\n\nWe study it."
    assert names(nlp, text)["MODEL"] == []
    # a trained system named for what it does (acl2022:2022.findings-acl.281)
    text = "LaPraDoR: Unsupervised Pretrained Dense Retriever for Zero-Shot Text Retrieval\n\nX."
    assert names(nlp, text)["MODEL"] == ["LaPraDoR"]
    # a named language resource, lexicon or database is data (acl:2020.lrec.1.274,
    # acl:L14-125); a title on getting from databases to something is not (acl:2020.emnlp.main.31)
    text = ("Rad-SpatialNet: A Frame-based Resource for Fine-Grained Spatial Relations in "
            "Radiology Reports\n\nWe describe it.")
    assert names(nlp, text)["DATASET"] == ["Rad-SpatialNet"]
    text = "NomLex-PT: A Lexicon of Portuguese Nominalizations\n\nWe describe it."
    assert names(nlp, text)["DATASET"] == ["NomLex-PT"]
    text = "AutoQA: From Databases To QA Semantic Parsers With Only Synthetic Training Data\n\nX."
    assert names(nlp, text)["DATASET"] == []


# r42dev39: a title's two words before a data head, one shaped like a name, the second a
# version or number or written with it again in the abstract
@pytest.mark.parametrize("text, datasets", [
    # acl:2020.acl.main.115 (dev39 gold), acl:2020.lrec.1.671 (corpus)
    ("PuzzLing Machines: A Challenge on Learning From Small Data\n\nWe introduce a challenge on "
     "learning from small data, PuzzLing Machines, which consists of Rosetta Stone puzzles.",
     ["PuzzLing Machines"]),
    ("WorldTree V2: A Corpus of Science-Domain Structured Explanations and Inference Patterns "
     "supporting Multi-Hop Inference\n\nWe describe it.", ["WorldTree V2"]),
    # acl:D19-322, acl:P19-218, acl:2020.lrec.1.534 (corpus): a tool, headline words, a verb
    ("LINSPECTOR WEB: A Multilingual Probing Suite for Word Representations\n\nWe present "
     "LINSPECTOR WEB, an open source multilingual inspector.", []),
    ("M\u0101Ori Loanwords: A Corpus of New Zealand English Tweets\n\nM\u0101ori loanwords are "
     "widely used in New Zealand English.", []),
    ("Introducing MULAI: A Multimodal Database of Laughter during Dyadic Interactions\n\nWe "
     "describe it.", []),
])
def test_a_title_name_of_two_words_before_a_data_head(nlp, text, datasets):
    assert names(nlp, text)["DATASET"] == datasets


def test_campaign_with_curly_apostrophe_and_language_pair(nlp):
    # acl:D18-145; acl:2020.semeval.1.167 (a task's language pair is its subtask)
    text = ("Finally, we scale to hundreds of millions of monolingual sentences and achieve a new "
            "state of the art of 35 BLEU on the WMT\u201914 English-German test set.")
    assert names(nlp, text)["DATASET"] == ["WMT\u201914 English-German"]
    text = ("In this paper we describe our submission to the Sentimix Hindi-English task involving "
            "sentiment classification of code-mixed texts.")
    assert names(nlp, text)["DATASET"] == ["Sentimix"]


def test_shared_task_by_short_name_and_year(nlp):
    # acl:W16-4819 (R-ds-taskname: the generic head is dropped); acl:2020.fnp.1.2
    text = ("This paper describes our submission to the DSL 2016 shared-task, which included two "
            "sub-tasks.")
    assert names(nlp, text)["DATASET"] == ["DSL 2016"]
    text = "This paper presents our participation in the FinTOC-2020 Shared Task."
    assert names(nlp, text)["DATASET"] == ["FinTOC-2020"]
    # a capitalized head after the task's own words or with its number is part of the name:
    # acl:W18-6418 (title), acl:W19-5357, acl:2020.wnut.1.79 (title)
    text = "JUCBNMT at WMT2018 News Translation Task: Character Based Neural Machine Translation"
    assert names(nlp, text)["DATASET"] == ["WMT2018 News Translation Task"]
    text = "This paper describes Meteor++ 2.0, our submission to the WMT19 Metric Shared Task."
    assert names(nlp, text)["DATASET"] == ["WMT19 Metric Shared Task"]
    text = "Winners at W-NUT 2020 Shared Task-3: Leveraging Event Specific information"
    assert names(nlp, text)["DATASET"] == ["W-NUT 2020 Shared Task-3"]
    # the year after an apostrophe: acl:2020.wmt.1.98 (dev37, title), acl:W18-3601
    text = ("ParBLEU: Augmenting Metrics with Automatic Paraphrases for the WMT\u201920 Metrics "
            "Shared Task")
    assert names(nlp, text)["DATASET"] == ["WMT\u201920 Metrics Shared Task"]
    assert names(nlp, "We report results from the SR\u201918 Shared Task, a new multilingual "
                      "surface realisation task.")["DATASET"] == ["SR\u201918"]
    # not a common word before the year
    assert names(nlp, "Findings of The 2020 shared task on metrics")["DATASET"] == []


def test_a_collection_named_in_the_title(nlp):
    # acl:2020.wac.1.5, acl:2020.lrec.1.464, acl:L14-1323 (titles)
    text = ("The ELTE.DH Pilot Corpus – Creating a Handcrafted Gigaword Web Corpus with "
            "Metadata\n\nIn this article, we present the method we used to create a corpus.")
    assert "ELTE.DH Pilot Corpus" in names(nlp, text)["DATASET"]
    text = ("The MARCELL Legislative Corpus\n\nThis article presents the current outcomes of the "
            "project.")
    assert names(nlp, text)["DATASET"] == ["MARCELL Legislative Corpus"]
    assert names(nlp, "Annotating the MASC Corpus with BabelNet")["DATASET"][0] == "MASC Corpus"
    # a headline's words: after "a" (acl:L12-196), a head capitalized after it (acl:W18-6479)
    text = "TimeBankPT: A TimeML Annotated Corpus of Portuguese\n\nWe present TimeBankPT."
    assert "TimeML Annotated Corpus" not in names(nlp, text)["DATASET"]
    text = "The JHU Parallel Corpus Filtering Systems for WMT 2018\n\nThis work describes them."
    assert "JHU Parallel Corpus" not in names(nlp, text)["DATASET"]


def test_a_campaign_with_a_translation_direction_in_language_codes(nlp):
    # acl2022:2022.findings-acl.25, acl:2020.emnlp.main.73
    text = ("Specifically, we achieve a BLEU increase of 1.39 points in the WMT’14 En-De "
            "translation task.")
    assert names(nlp, text)["DATASET"] == ["WMT’14 En-De"]
    text = ("We evaluate our approach on WMT’14 En→De, WMT’16 Ro→En and "
            "IWSLT’16 De→En, and observe two advantages over existing approaches.")
    assert names(nlp, text)["DATASET"] == ["WMT’14 En→De", "WMT’16 Ro→En",
                                           "IWSLT’16 De→En"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r40dsmiss: a direction both ways, "↔", spaced or not: acl:2020.coling.main.2 (dev37),
        # naacl2024:2024.naacl-long.72 (dev26), acl:2020.acl.main.753
        ("The experimental results (WMT14 En ↔ De and WMT16 En ↔ Ro) demonstrate that our model "
         "uses dramatically less training.", ["WMT14 En ↔ De", "WMT16 En ↔ Ro"]),
        ("The effectiveness of our proposal is validated through experiments on the WMT’21 "
         "German ↔ English and Chinese ↔ English translation tasks.",
         ["WMT’21 German ↔ English", "WMT’21 Chinese ↔ English"]),
        ("We improve translation quality on WMT Ro↔En and De↔En.", ["WMT Ro↔En", "WMT De↔En"]),
    ],
)
def test_a_campaign_with_a_translation_direction_both_ways(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


def test_an_evaluation_campaign_by_its_name_and_year(nlp):
    # acl:2020.lt4hala.1.16 (title), acl:L10-1357
    assert names(nlp, "Overview of the EvaLatin 2020 Evaluation Campaign")["DATASET"] == [
        "EvaLatin 2020"]
    text = ("For the QAst 2009 evaluation campaign, a new procedure was adopted to build the "
            "questions.")
    assert names(nlp, text)["DATASET"] == ["QAst 2009"]
    # acl:2020.stoc.1.7: no year, no campaign name
    text = "Corpus Development for Studying Online Disinformation Campaign: A Narrative Approach"
    assert names(nlp, text)["DATASET"] == []


@pytest.mark.parametrize("text, name", [
    # acl:W18-3909 (dev35 gold), acl:W18-3915 (dev34 gold), acl:W17-1222 (dev11 gold): the
    # abstract's capitalized "Evaluation Campaign" after the campaign's name and year is the
    # name's (R-ds-taskmixedhead), the year before or after it
    ("UnibucKernel Reloaded: First Place in Arabic Dialect Identification for the Second Year "
     "in a Row\n\nWe present a machine learning approach that ranked on the first place in the "
     "Arabic Dialect Identification (ADI) Closed Shared Tasks of the 2018 VarDial Evaluation "
     "Campaign.", "2018 VarDial Evaluation Campaign"),
    ("HeLI-based Experiments in Discriminating Between Dutch and Flemish Subtitles\n\nThis paper "
     "presents the experiments and results obtained by the SUKI team in the Discriminating "
     "between Dutch and Flemish in Subtitles shared task of the VarDial 2018 Evaluation "
     "Campaign.", "VarDial 2018 Evaluation Campaign"),
    ("Arabic Dialect Identification Using iVectors and ASR Transcripts\n\nThis paper presents "
     "the systems submitted by the MAZA team to the Arabic Dialect Identification (ADI) shared "
     "task at the VarDial Evaluation Campaign 2017.", "VarDial Evaluation Campaign 2017"),
    # acl:W19-1421 (dev20 gold: VarDial 2019): the title's short form stays (R-ds-campaigntitle)
    ("Identification of Cuneiform Languages and German Dialects at VarDial 2019\n\nWe describe "
     "our approaches for the German Dialect Identification (GDI) and the Cuneiform Language "
     "Identification (CLI) tasks at the VarDial Evaluation Campaign 2019.", "VarDial 2019"),
])
def test_an_evaluation_campaign_keeps_the_head_the_abstract_capitalizes(nlp, text, name):
    assert name in names(nlp, text)["DATASET"]


def test_a_yearless_task_is_the_dated_task_the_paper_names(nlp):
    # acl:S18-189: "SemEval task 3" is the title's SemEval-2018 Task 3, one dataset
    text = ("Irony Detector at SemEval-2018 Task 3: Irony Detection in English Tweets\n\n"
            "This paper describes our system for the SemEval task 3 on irony detection.")
    assert names(nlp, text)["DATASET"] == ["SemEval-2018 Task 3"]


def test_a_numbered_task_with_its_year_after_a_space(nlp):
    # acl:2020.sigmorphon.1.12; acl:D19-5016 (title); not a common word before the year
    text = ("This paper presents the University of Alberta systems and results in the "
            "SIGMORPHON 2020 Task 1: Multilingual Grapheme-to-Phoneme Conversion.")
    assert names(nlp, text)["DATASET"] == ["SIGMORPHON 2020 Task 1"]
    text = "JUSTDeep at NLP4IF 2019 Task 1: Propaganda Detection using Ensemble Deep Learning"
    assert names(nlp, text)["DATASET"] == ["NLP4IF 2019 Task 1"]
    assert names(nlp, "In 2019 task 2 was added to the campaign.")["DATASET"] == []


def test_a_campaign_year_alone_is_the_one_task_the_paper_names(nlp):
    # acl:W19-4206, acl:2020.smm4h.1.32: one dataset; acl:W19-3207: two tasks of that year
    text = ("This paper describes our submission to SIGMORPHON 2019 Task 2: Morphological "
            "analysis and lemmatization in context. Our final model reaches an average "
            "morphological tagging F1 score of 94.54 and a lemma accuracy of 93.91 on the test "
            "data, ranking respectively 3rd and 6th out of 13 teams in the SIGMORPHON 2019 "
            "shared task.")
    assert names(nlp, text)["DATASET"] == ["SIGMORPHON 2019 Task 2"]
    text = ("CLaC at SMM4H 2020: Birth Defect Mention Detection\n\nThe proposed system obtains "
            ".69 for μF1 score in the SMM4H 2020 Task 5 where the competition average is .65.")
    assert names(nlp, text)["DATASET"] == ["SMM4H 2020 Task 5"]
    text = ("The ensemble of neural networks with a voting scheme for named entity recognition "
            "ranked first among 9 teams at the SMM4H 2019 Task 2 and obtained a relaxed F1 of "
            "65.8%. The end-to-end model based on BERT for ADR normalization ranked first at "
            "the SMM4H 2019 Task 3 and obtained a relaxed F1 of 43.2%.")
    assert names(nlp, text)["DATASET"] == ["SMM4H 2019 Task 2", "SMM4H 2019 Task 3"]


def test_a_title_collection_starts_after_the_headline_words(nlp):
    # acl:W16-4612
    text = ("Translation Using JAPIO Patent Corpora: JAPIO at WAT2016\n\nWe participate in the "
            "patent subtask with phrase-based SMT systems.")
    assert "JAPIO Patent Corpora" in names(nlp, text)["DATASET"]


def test_the_campaign_a_system_paper_title_names_with_its_year(nlp):
    # acl:2020.wat.1.14, acl:W17-5230
    text = ("WT: Wipro AI Submissions to the WAT 2020\n\nIn this paper we present an "
            "English-Hindi system submitted to the Translation shared Task organized at WAT 2020.")
    assert names(nlp, text)["DATASET"] == ["WAT 2020"]
    assert names(nlp, "NSEmo at EmoInt-2017: An Ensemble to Predict Emotion Intensity in "
                      "Tweets\n\nWe predict emotion intensity.")["DATASET"] == ["EmoInt-2017"]
    # a venue of shared tasks is no campaign (acl:W19-3203)
    text = "Overview of the Fourth Social Media Mining for Health Shared Tasks at ACL 2019\n\nWe"
    assert names(nlp, text)["DATASET"] == []


def test_a_numbered_task_named_after_its_number(nlp):
    # acl:S17-204, acl:S19-240; a team's title names its system there (acl:2020.semeval.1.207)
    text = ("SemEval-2017 Task 6: #HashtagWars: Learning a Sense of Humor\n\nThis paper describes "
            "our approach to solve Semeval task 3: EmoContext; where, given a textual dialogue.")
    found = names(nlp, text)["DATASET"]
    assert "#HashtagWars" in found and "EmoContext" in found
    text = ("Nova-Wang at SemEval-2020 Task 12: OffensEmblert: An Ensemble of Offensive Language "
            "Classifiers\n\nThis paper presents our system.")
    assert "OffensEmblert" not in names(nlp, text)["DATASET"]


def test_the_acronym_of_a_shared_task_or_challenge_names_its_data(nlp):
    # acl:C18-1158, acl:2020.ngt.1.15; a task's acronym does not (acl:2020.wmt.1.121)
    text = ("The 2017 Fake News Challenge Stage 1 (FNC-1) shared task addressed a stance "
            "classification task. We take part in the Simultaneous Translation And Paraphrase for "
            "Language Education (STAPLE) shared task.")
    found = names(nlp, text)["DATASET"]
    assert "FNC-1" in found and "STAPLE" in found
    text = ("This paper describes the NICT Kyoto submission for the WMT'20 Quality Estimation (QE) "
            "shared task. Our QE models are strong.")
    found = names(nlp, text)
    assert "QE" not in found["DATASET"] and "QE" not in found["MODEL"]


def test_language_pairs_of_a_campaign_also_with_to_and_coordinated(nlp):
    # acl2021:2021.acl-long.268 (dev6 gold spells "WMT14 English-to-German"), acl:2020.acl.main.705
    text = ("Experiments on WMT14 English-to-German, WMT19 Chinese-to-English, and WMT14 "
            "English-to-French translation tasks demonstrate the effectiveness. Our model also "
            "achieves new state of the art on IWSLT German-English and English-Vietnamese MT "
            "datasets.")
    assert names(nlp, text)["DATASET"] == [
        "WMT14 English-to-German", "WMT19 Chinese-to-English", "WMT14 English-to-French",
        "IWSLT German-English", "IWSLT English-Vietnamese"]


# dataset names and result datasets
def test_a_shared_task_named_by_its_edition_number(nlp):
    # acl:2020.trac.1.10, acl:2020.cogalex.1.6, acl:W16-5313, acl:W16-4907
    text = ("This paper presents a system developed during our participation (team name: "
            "scmhl5) in the TRAC-2 Shared Task on aggression identification. The HSemID system, "
            "submitted to the CogALex VI Shared Task is a hybrid system. Our classifier "
            "participated in the CogALex-V Shared Task. On the CGED-HSK dataset of NLP-TEA-3 "
            "shared task, our system presents the best F1-scores.")
    assert names(nlp, text)["DATASET"] == ["TRAC-2", "CogALex VI", "CogALex-V", "CGED-HSK",
                                           "NLP-TEA-3"]


def test_the_year_of_an_edition_written_before_its_name(nlp):
    # nips2016:7031, acl:W17-2315, acl:W18-5527; not a year of a list (acl:L12-1149)
    text = ("Experimentally, on the 2014 TAC-KBP Slot Filling challenge, we show that data "
            "programming would have led to a new winning score. We evaluate our approach on the "
            "2013 Genia Event Extraction dataset. We describe our system used in the 2018 FEVER "
            "shared task. Using the 2006 and 2007 TREC Genomics track data, we have built a tool.")
    found = names(nlp, text)["DATASET"]
    assert found[:3] == ["2014 TAC-KBP Slot Filling", "2013 Genia Event Extraction",
                         "2018 FEVER"]
    assert not any(n.startswith("2007") for n in found)


def test_a_shared_task_with_its_year_after_it(nlp):
    # acl:W17-5046, acl:2020.smm4h.1.17, acl:D19-5711; acl:2020.smm4h.1.26 (headline words)
    text = ("We discuss the results of the IUCL system in the NLI Shared Task 2017. This paper "
            "describes our participation in the Social Media Mining for Health Applications "
            "Shared Task 2020. We present our approaches in AGAC track of BioNLP Open Shared "
            "Task 2019.")
    assert names(nlp, text)["DATASET"] == [
        "NLI Shared Task 2017", "Social Media Mining for Health Applications Shared Task 2020",
        "AGAC", "BioNLP Open Shared Task 2019"]  # a named track is data too (dev10 decision)
    text = ("HITSZ-ICRC: A Report for SMM4H Shared Task 2020-Automatic Classification of "
            "Medications\n\nThis is the system description of the HITSZ team for the fifth "
            "Social Media Mining for Health Applications (SMM4H) shared task in 2020.")
    assert names(nlp, text)["DATASET"] == ["SMM4H Shared Task 2020"]


def test_the_asian_translation_workshop_is_a_campaign(nlp):
    # acl:D19-5212 (audit), acl:D19-5205: WAT with its edition, like WMT and IWSLT
    text = ("This paper describes NHK and NHK Engineering System (NHK-ES)’s submission to the "
            "newswire translation tasks of WAT 2019 in both directions of Japanese→English and "
            "English→Japanese.")
    assert names(nlp, text)["DATASET"] == ["WAT 2019"]
    text = ("We have participated in Workshop on Asian Translation 2019 (WAT2019) multi-modal "
            "translation task.")
    assert "WAT2019" in names(nlp, text)["DATASET"]


# round 8, known bugs in names and sizes


def test_a_named_track_of_a_shared_task_is_a_dataset(nlp):
    # acl:D19-5711 (adjudicated, dev10), acl:L08-1141, acl:W17-2321, acl:L16-185
    text = ("This paper reports on the QAST track of CLEF aiming to evaluate Question Answering "
            "on Speech Transcripts. The Precision Medicine Track in BioCreative VI aims to bring "
            "together the BioNLP community. SemLinker was evaluated in the English Entity "
            "Discovery and Linking track of the Text Analysis Conference on Knowledge Base "
            "Population.")
    found = names(nlp, text)["DATASET"]
    assert {"QAST", "Precision Medicine", "Entity Discovery and Linking"} <= set(found)


def test_a_track_without_a_name_is_no_dataset(nlp):
    # acl:W17-1508, acl:2020.coling.main.371, acl:W18-6527, acl:2020.lrec.1.208 (a title)
    text = ("The system was submitted to the Closed track of the CORBON 2017 Shared task. Our "
            "approach wins in both the Japanese and English tracks in Dialogue Breakdown "
            "Detection Challenge 4. We present the datasets used in the Shallow and Deep Tracks "
            "of the First Multilingual Surface Realisation Shared Task.")
    found = names(nlp, text)["DATASET"]
    assert not any(n in ("Closed", "English", "Japanese and English", "Shallow and Deep")
                   for n in found)
    text = "Identification of Primary and Collateral Tracks in Stuttered Speech\n\nWe study it."
    assert "Primary and Collateral" not in names(nlp, text)["DATASET"]


def test_a_team_system_named_after_the_challenge_is_no_dataset(nlp):
    # acl:W18-3506, acl:W18-3510: the DLC / JTML teams' systems at the EmotionX challenge
    text = ("EmotionX-DLC: Self-Attentive BiLSTM for Detecting Sequential Emotions in Dialogues"
            "\n\nIn this paper, we propose a self-attentive network to predict multiple emotions "
            "for the EmotionX challenge.")
    found = names(nlp, text)["DATASET"]
    assert "EmotionX-DLC" not in found and "EmotionX" in found


def test_a_new_resource_named_after_a_known_one_stays_a_dataset(nlp):
    # acl:L10-1481, acl:L08-1598 (no challenge named: a resource built on WordNet)
    text = ("Q-WordNet: Extracting Polarity from WordNet Senses\n\nThis paper presents "
            "Q-WordNet, a lexical resource consisting of WordNet senses.")
    assert "Q-WordNet" in names(nlp, text)["DATASET"]
    text = ("Geo-WordNet: Automatic Georeferencing of WordNet\n\nWordNet has been used "
            "extensively as a resource for the Word Sense Disambiguation shared task.")
    assert "Geo-WordNet" in names(nlp, text)["DATASET"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W19-5338 (dev13): R-ds-taskname, the title's spelling in every mention
        ("The RWTH Aachen University Machine Translation Systems for WMT 2019\n\nThis paper "
         "describes the neural machine translation systems developed for the news translation "
         "tasks of the Fourth Conference on Machine Translation (WMT19).", ["WMT 2019"]),
        # acl:W19-5053 (dev10): the year before the name
        ("UU_TAILS at MEDIQA 2019: Learning Textual Entailment in the Medical Domain\n\nThis "
         "paper describes the participation of the UU_TAILS team in the 2019 MEDIQA challenge.",
         ["MEDIQA 2019"]),
        # acl:W18-6421 (dev11): the task's language pairs
        ("NTT's Neural Machine Translation Systems for WMT 2018\n\nThis paper describes NTT's "
         "neural machine translation systems submitted to the WMT 2018 English-German and "
         "German-English news translation tasks.", ["WMT 2018"]),
    ],
)
def test_a_shared_task_the_title_names_keeps_the_titles_spelling(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


def test_other_tasks_of_the_titles_campaign_keep_their_own_names(nlp):
    # near misses: another task of the same year; numbered tasks where the title names none
    # (acl:W19-3207)
    text = ("X at SemEval-2020 Task 9: Code-Mixed Sentiment\n\nWe also apply the system to "
            "SemEval-2020 Task 12.")
    assert names(nlp, text)["DATASET"] == ["SemEval-2020 Task 9", "SemEval-2020 Task 12"]
    text = ("Approaching SMM4H 2019 with BERT\n\nWe take part in SMM4H 2019 Task 2 and SMM4H "
            "2019 Task 3.")
    assert {"SMM4H 2019 Task 2", "SMM4H 2019 Task 3"} <= set(names(nlp, text)["DATASET"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W19-5338 (dev13): a news test set by its own name (R-ds-splitlabel)
        ("For the De-En task we end up with the same performance, resulting in 39.6% BLEU on "
         "newstest2019.", ["newstest2019"]),
        # acl:D17-1300 (dev13): with the campaign and language pair right before it, as written
        ("Our best system achieves a very competitive accuracy of 38.3 BLEU on WMT "
         "English-French NewsTest2014, while decoding at 100 words/sec.",
         ["WMT English-French NewsTest2014"]),
        # acl:2020.wmt.1.36: a space before the year
        ("We obtain 1.9 BLEU points improvement over a baseline Transformer on our test set "
         "(newstest 2019).", ["newstest 2019"]),
        # near miss: no year, no name
        ("We evaluate on the news test sets of the campaign.", []),
    ],
)
def test_a_news_test_set_is_named_by_its_year(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


def test_the_story_cloze_test_is_named_with_its_head_in_every_mention(nlp):
    # acl:C18-188 (dev12): the benchmark's name as written, not the lexicon's shorter alias
    text = ("Our model achieves better performance on the task of Story Cloze Test with an "
            "accuracy of 62.6%.")
    assert names(nlp, text)["DATASET"] == ["Story Cloze Test"]
    # acl:W17-908: one name where a mention lowers the head
    text = ("We participate in the LSDSem 2017 Story Cloze Test. Our system solves the Story "
            "Cloze test with 70% accuracy.")
    assert "Story Cloze" not in names(nlp, text)["DATASET"]
    # near miss: without the head, the alias as written
    assert names(nlp, "We evaluate on Story Cloze.")["DATASET"] == ["Story Cloze"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D19-1669 (dev11): a subtask's letter is part of the task's number
        ("We achieve a distance of 0.887 on a global humor ranking task, comparable to the top "
         "performing systems from SemEval 2017 Task 6B (Potash et al., 2017).",
         "SemEval 2017 Task 6B"),
        # acl:S17-2131: by the shape rule
        ("BUSEM at SemEval-2017 Task 4A Sentiment Analysis with Word Embedding",
         "SemEval-2017 Task 4A"),
        # near miss: a word after the number
        ("We describe our system for SemEval-2017 Task 4 and its subtasks.", "SemEval-2017 Task 4"),
    ],
)
def test_a_shared_tasks_number_keeps_its_subtask_letter(nlp, text, expected):
    assert expected in names(nlp, text)["DATASET"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P18-248 (dev12): the NIST evaluation by its language pair, as WMT's
        ("Empirical results based on the NIST Chinese-to-English and the WMT English-to-German "
         "tasks show that the proposed method can significantly accelerate the NMT training.",
         ["NIST Chinese-to-English", "WMT English-to-German"]),
        # acl:P19-1176
        ("On WMT\u201916 English-German and NIST OpenMT\u201912 Chinese-English tasks, our deep "
         "system outperforms the shallow baseline.",
         ["WMT\u201916 English-German", "NIST OpenMT\u201912 Chinese-English"]),
        # near miss: the NIST metric
        ("Our system improves BLEU and NIST scores on the test data.", []),
    ],
)
def test_the_nist_evaluation_by_its_language_pair(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.jeptalnrecital.deft.2 (dev11): DEFT, the French text mining campaign, by year
        ("Cet article présente notre participation à l’édition 2020 du Défi Fouille de Textes "
         "DEFT 2020 et plus précisément aux deux tâches.", ["DEFT 2020"]),
        # acl:2019.jeptalnrecital.deft.8: the year glued on
        ("Nous présentons notre participation au DEFT2019.", ["DEFT2019"]),
        # acl:P17-144: a campaign's year after a space
        ("Our model reaches 83.4 F1 on CoNLL 2012, roughly a 10% relative error reduction.",
         ["CoNLL 2012"]),
        # near miss: the start of a longer name (dev3 acl:N18-2104, "TAC 2011 AESOP")
        ("We evaluate on the TAC 2011 AESOP task.", []),
    ],
)
def test_an_evaluation_campaign_by_its_year_after_a_space(nlp, text, expected):
    assert [n for n in names(nlp, text)["DATASET"] if not n.startswith("TAC 2011 ")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W17-1220, acl:N19-1102, acl:2020.osact.1.9, acl:2020.mwe.1.7: a capital short name
        # right before a singular "shared task" (R-ds-taskname: ADI, AESPEN)
        ("Our classifier ranks first among the 10 teams which participated in the GDI shared "
         "task.", ["GDI"]),
        ("The latest CWI Shared Task released data for two settings.", ["CWI"]),
        ("In this paper, we describe our efforts at OSACT Shared Task on Offensive Language "
         "Detection.", ["OSACT"]),
        ("We annotate verbal MWEs in Irish for the PARSEME Shared Task 1.2.", ["PARSEME"]),
        # near misses: a series, a campaign's task, a venue, a year's edition, a subtask of a
        # named challenge (dev7 acl:W16-4818, R-ds-splitlabel), a generic acronym
        ("Following previous SIGMORPHON shared tasks, we define a low-resource setting.", []),
        ("We describe the DFKI-MLT systems submitted to the WMT'18 APE shared task.",
         ["WMT'18 APE"]),
        ("We describe our system for the IWCS Shared Task on DRS Parsing.", []),
        ("Our parser surpasses the state of the art on the SemEval 2013 WSI shared task.",
         ["SemEval 2013 WSI"]),
        # acl:D18-1341 (dev33), acl:N18-2104 (dev3): a campaign's task acronym before a plain
        # lower-case "task" (R-ds-taskabstract); not a kind of task (dev6 "CoNLL02 NER": CoNLL02)
        ("Our model outperforms previous neural models for inducing PE programs on the WMT17 "
         "APE task for German-English up to +1 BLEU score.", ["WMT17 APE"]),
        ("We show results on the TAC 2011 AESOP task.", ["TAC 2011 AESOP"]),
        ("GCDT achieves 91.96 F1 on the CoNLL03 NER task.", ["CoNLL03"]),
        ("We submit character p-grams to the Arabic Dialect Identification (ADI) Closed Shared "
         "Task of the DSL 2016 Challenge. Our results in the ADI Shared Task are good.",
         ["DSL 2016 Challenge"]),
        ("We compare systems participating in the NLI shared task.", []),
        # acl:W19-4639, acl:2020.osact.1.9: in the title, with the head it capitalizes
        # (R-ds-taskshort), the abstract's mentions the same task
        ("QC-GO Submission for MADAR Shared Task: Arabic Fine-Grained Dialect Identification\n\n"
         "This paper describes the QC-GO team submission to the MADAR shared task.",
         ["MADAR Shared Task"]),
        ("ALT Submission for OSACT Shared Task on Offensive Language Detection\n\nIn this "
         "paper, we describe our efforts at OSACT Shared Task on Offensive Language Detection.",
         ["OSACT Shared Task"]),
        # acl:2020.wanlp.1.22 (dev6's older gold lists the bare NADI)
        ("Team Alexa at NADI Shared Task\n\nIn this paper, we discuss our team\u2019s work on "
         "the NADI Shared Task.", ["NADI Shared Task"]),
    ],
)
def test_short_name_before_shared_task(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


@pytest.mark.parametrize("text, team", [
    # acl:S19-274, acl:S19-2170, acl:S18-1183: a team's system named by the title's first word,
    # before "at" and the event, is no dataset, even where a lexicon name is widened in it
    ("INF-HatEval at SemEval-2019 Task 5: Convolutional Neural Networks for Hate Speech "
     "Detection Against Women and Immigrants on Twitter\n\nThis paper describes our system.",
     "INF-HatEval"),
    ("Spider-Jerusalem at SemEval-2019 Task 4: Hyperpartisan News Detection\n\nWe describe our "
     "submission.", "Spider-Jerusalem"),
    ("ITNLP-ARC at SemEval-2018 Task 12: Argument Reasoning Comprehension with Attention\n\n"
     "We describe our system.", "ITNLP-ARC"),
])
def test_a_team_named_before_at_in_the_title_is_no_dataset(nlp, text, team):
    found = names(nlp, text)
    assert team not in found["DATASET"]
    assert any(name.startswith("SemEval") for name in found["DATASET"])


def test_a_dataset_named_in_full_before_at_in_the_title_stays(nlp):
    # acl:W19-5354: a test suite presented at WMT, not a team
    text = ("The MuCoW Test Suite at WMT 2019: Automatically Harvested Multilingual Contrastive "
            "Word Sense Disambiguation Test Sets for Machine Translation\n\nWe present MuCoW, a "
            "multilingual contrastive test suite.")
    assert "MuCoW" in names(nlp, text)["DATASET"]


# --- r20data: dataset names (a title's shared task in full, a language before an acronym, a
# campaign named alone, a lower-case "meta-dataset") ---


@pytest.mark.parametrize("text, dataset", [
    # acl:W19-5402, acl:2020.wmt.1.25, acl:W17-4418: the title capitalizes the task's topic
    ("Findings of the WMT 2019 Shared Task on Automatic Post-Editing\n\nWe present the results "
     "from the 5th round of the WMT task on MT Automatic Post-Editing.",
     "WMT 2019 Shared Task on Automatic Post-Editing"),
    ("PROMT Systems for WMT 2020 Shared News Translation Task\n\nThis paper describes the PROMT "
     "submissions for the WMT 2020 Shared News Translation Task.",
     "WMT 2020 Shared News Translation Task"),
    ("The SIGMORPHON 2020 Shared Task on Multilingual Grapheme-to-Phoneme Conversion\n\nWe "
     "describe the design and findings of the SIGMORPHON 2020 shared task.",
     "SIGMORPHON 2020 Shared Task on Multilingual Grapheme-to-Phoneme Conversion"),
])
def test_a_titles_shared_task_on_a_capitalized_topic_is_named_in_full(nlp, text, dataset):
    assert names(nlp, text)["DATASET"][0] == dataset


@pytest.mark.parametrize("text, dataset", [
    # acl:2020.wmt.1.81 (dev35 gold), acl:W19-4203: the abstract names a several-task campaign's
    # task by its capitalized topic, the title not naming the campaign (R-ds-campaigntask,
    # R-ds-taskabstract); acl:2020.wmt.1.101: the title names it, so its spelling stays
    ("Cross-Lingual Transformers for Neural Automatic Post-Editing\n\nIn this paper, we "
     "describe the Bering Lab\u2019s submission to the WMT 2020 Shared Task on Automatic "
     "Post-Editing (APE).", "WMT 2020 Shared Task on Automatic Post-Editing"),
    ("Cross-Lingual Lemmatization and Morphology Tagging with Two-Stage Multilingual BERT "
     "Fine-Tuning\n\nWe present our CHARLES-SAARLAND system for the SIGMORPHON 2019 Shared Task "
     "on Crosslinguality and Context in Morphology, in task 2.",
     "SIGMORPHON 2019 Shared Task on Crosslinguality and Context in Morphology"),
])
def test_an_abstracts_campaign_task_on_a_capitalized_topic_is_named_in_full(nlp, text, dataset):
    assert dataset in names(nlp, text)["DATASET"]


def test_an_abstracts_campaign_task_keeps_the_titles_spelling(nlp):
    text = ("Unbabel\u2019s Participation in the WMT20 Metrics Shared Task\n\nWe present the "
            "contribution of the Unbabel team to the WMT 2020 Shared Task on Metrics.")
    assert "WMT 2020 Shared Task on Metrics" not in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, dataset", [
    # acl:W17-4418, acl:K18-209 (dev8 gold "CoNLL 2018 Shared Task"), acl:D19-5309 (dev34):
    # one task's topic is its descriptive title (R-ds-taskondesc)
    ("Results of the WNUT2017 Shared Task on Novel and Emerging Entity Recognition\n\nThis "
     "shared task focuses on identifying unusual, previously-unseen entities.",
     "WNUT2017 Shared Task"),
    ("IBM Research at the CoNLL 2018 Shared Task on Multilingual Parsing\n\nThis paper presents "
     "the IBM Research AI submission to the CoNLL 2018 Shared Task.", "CoNLL 2018 Shared Task"),
    ("TextGraphs 2019 Shared Task on Multi-Hop Inference for Explanation Regeneration\n\nThe "
     "top-performing system achieved a mean average precision (MAP) of 0.56.",
     "TextGraphs 2019 Shared Task"),
])
def test_a_titles_shared_task_on_a_topic_of_a_one_task_event_keeps_its_head(nlp, text, dataset):
    assert names(nlp, text)["DATASET"][0] == dataset


def test_a_titles_shared_task_mentioned_again_takes_the_titles_spelling(nlp):
    # acl:W19-5039: "the MEDIQA 2019 shared task" in the abstract is the title's task
    text = ("Overview of the MEDIQA 2019 Shared Task on Textual Inference, Question Entailment "
            "and Question Answering\n\nThis paper presents the MEDIQA 2019 shared task organized "
            "at the ACL-BioNLP workshop.")
    assert names(nlp, text)["DATASET"] == ["MEDIQA 2019 Shared Task"]


@pytest.mark.parametrize("text, dataset", [
    # acl:W16-5309 (dev6 gold "CogALex-V Shared Task"), acl:2020.loresmt.1.4: a topic in lower
    # case is descriptive, not the name
    ("The CogALex-V Shared Task on the Corpus-Based Identification of Semantic Relations\n\nThe "
     "shared task focuses on the corpus-based identification of semantic relations.",
     "CogALex-V Shared Task on the Corpus-Based Identification of Semantic Relations"),
    ("Findings of the LoResMT 2020 Shared Task on Zero-Shot for Low-Resource languages\n\nThis "
     "paper presents the findings of the LoResMT 2020 Shared Task on zero-shot translation.",
     "LoResMT 2020 Shared Task on Zero-Shot"),
])
def test_a_titles_shared_task_on_a_lower_case_topic_is_not_named_in_full(nlp, text, dataset):
    assert dataset not in names(nlp, text)["DATASET"]


def test_a_campaign_named_alone_beside_its_one_edition_is_that_edition(nlp):
    # acl:S17-2157: "the SemEval test set" is the title's SemEval-2017 Task 9
    text = ("Oxford at SemEval-2017 Task 9: Neural AMR Parsing with Pointer-Augmented Attention"
            "\n\nWe present a neural encoder-decoder AMR parser. Our parser obtained 59% Smatch "
            "on the SemEval test set.")
    assert names(nlp, text)["DATASET"] == ["SemEval-2017 Task 9"]


def test_a_campaign_named_alone_beside_several_editions_is_no_dataset(nlp):
    # acl:D17-139: "the WMT English→German task", then two editions
    text = ("We achieve state-of-the-art results on the WMT English\u2192German task, surpassing "
            "a range of methods. We obtain an improvement of 1.3 BLEU from the previous best "
            "models on both WMT\u201914 and WMT\u201915 English\u2192German.")
    assert "WMT" not in names(nlp, text)["DATASET"]


# r21data: a translation direction written with " to " after an evaluation campaign
@pytest.mark.parametrize("text, dataset", [
    # acl:2020.acl.main.587, acl:W19-5204
    ("Particularly, on the WMT14 English to German translation dataset, MAE improves over "
     "“transformer-base” by 0.8 BLEU.", "WMT14 English to German"),
    ("We verify these results for the WMT18 English to German, WMT15 English to French, and WMT16 "
     "English to Romanian tasks.", "WMT16 English to Romanian"),
])
def test_a_language_pair_with_to_after_a_campaign_is_part_of_its_name(nlp, text, dataset):
    assert dataset in names(nlp, text)["DATASET"]


# r21data: a translation campaign's edition joined by a hyphen names its data as the others do
@pytest.mark.parametrize("text, dataset", [
    # acl:2020.wmt.1.43 (dev16 gold), acl:D19-1529, acl2021:2021.acl-long.571
    ("This paper illustrates our approach to the shared task on similar language translation in "
     "the fifth conference on machine translation (WMT-20).", "WMT-20"),
    ("On the IWSLT-2014 machine translation data set, MulCode achieves 17 times compression.",
     "IWSLT-2014"),
    ("VOLT beats widely-used vocabularies in diverse scenarios, including WMT-14 English-German "
     "translation.", "WMT-14 English-German"),
])
def test_a_translation_campaign_edition_after_a_hyphen_is_a_dataset(nlp, text, dataset):
    assert dataset in names(nlp, text)["DATASET"]


def test_a_shared_task_event_after_a_hyphen_stays_unlisted(nlp):
    # acl:S17-289: SemEval's editions hold the tasks gold lists by name (R-ds-taskname)
    text = ("This paper discusses the “Fine-Grained Sentiment Analysis on Financial Microblogs and "
            "News” task as part of SemEval-2017, specifically under the “Detecting sentiment, "
            "humour, and truth” theme.")
    assert "SemEval-2017" not in names(nlp, text)["DATASET"]


# r21data: a language before a name an evaluation campaign opens is its part's, not the name's
@pytest.mark.parametrize("text, dataset", [
    # acl:E17-178 (dev16 gold), acl:2020.emnlp.main.321
    ("In particular, when applied to state-of-the-art systems, our method yields an absolute "
     "improvement in linking performance of up to 1.7 F1 on AIDA/CoNLL’03 and up to 2.4 F1 on the "
     "English TAC KBP 2015 TEDL dataset.", "TAC KBP 2015 TEDL"),
    ("We apply high-quality machine translation to the English CoNLL-09 dataset and use "
     "multilingual BERT to project its high-quality annotations.", "CoNLL-09"),
])
def test_a_language_before_a_campaign_name_is_dropped(nlp, text, dataset):
    found = names(nlp, text)["DATASET"]
    assert dataset in found and f"English {dataset}" not in found


def test_a_bare_campaign_year_with_the_same_task_numbered_in_two_years():
    # the crash r21data found (a StopIteration lost the paper): the task number the paper names
    # for 2016 and for 2017 maps the bare campaign year to that year's task, and nothing fails
    text = ("We describe our system for SemEval-2016 Task 4. We then entered SemEval-2017 Task 4. "
            "Our system ranked 3rd of 48 teams at SemEval 2017.")
    mentions = litkit.extract(pd.DataFrame([{"id": "x", "title": "A system", "abstract": text,
                                             "year": 2017}]))
    assert not mentions.attrs["errors"]
    datasets = mentions[mentions.label == "DATASET"]
    assert datasets.set_index("text").canonical["SemEval 2017"] == "SemEval-2017 Task 4"


# r21data2: dataset names the finder missed on new papers
@pytest.mark.parametrize("text, long", [
    # colm2024:X9yV4lFHt4 (dev8): the title's name, spelled out in the abstract
    ("MBBQ: A Dataset for Cross-Lingual Comparison of Stereotypes in Generative LLMs\n\nTo this "
     "end, we present MBBQ (Multilingual Bias Benchmark for Question-answering), a carefully "
     "curated version of the English BBQ dataset extended to Dutch, Spanish, and Turkish.",
     "Multilingual Bias Benchmark for Question-answering"),
    # acl:L10-1571: a name the abstract's later "The WiCoPaCo corpus" finds
    ("Mining Naturally-occurring Corrections and Paraphrases from Wikipedia’s Revision History"
     "\n\nIn this article, we present WiCoPaCo (Wikipedia Correction and Paraphrase Corpus), a "
     "new freely-available resource built by automatically mining Wikipedias revision history. "
     "The WiCoPaCo corpus focuses on local modifications made by human revisors.",
     "Wikipedia Correction and Paraphrase Corpus"),
])
def test_a_found_name_spelled_out_at_another_mention_has_its_long_form(nlp, text, long):
    assert long in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("title, name", [
    # colm2025:Q5pVZCrrKr (dev5), naacl2024:2024.naacl-long.256
    ("CodeARC: Benchmarking Reasoning Capabilities of LLM Agents for Inductive Program Synthesis",
     "CodeARC"),
    ("Flames: Benchmarking Value Alignment of LLMs in Chinese", "Flames"),
])
def test_a_title_name_benchmarking_what_follows_is_a_benchmark(nlp, title, name):
    assert name in names(nlp, title + "\n\nWe study it.")["DATASET"]


@pytest.mark.parametrize("text, name", [
    # acl:2020.smm4h.1.15, acl:W16-4828: a team's title at a shared task's edition
    ("FBK@SMM4H2020: RoBERTa for Detecting Medications on Twitter\n\nThis paper describes a "
     "classifier for tweets that mention medications or supplements, based on a pretrained "
     "transformer.", "SMM4H2020"),
    ("QCRI @ DSL 2016: Spoken Arabic Dialect Identification Using Textual Features\n\nThe paper "
     "describes the QCRI submissions to the task of automatic Arabic dialect classification into "
     "5 Arabic variants.", "DSL 2016"),
])
def test_the_shared_task_edition_a_team_title_is_at_is_a_dataset(nlp, text, name):
    assert name in names(nlp, text)["DATASET"]


def test_a_team_at_its_institution_is_no_dataset(nlp):
    # acl:2020.smm4h.1.29
    text = ("NLP@VCU: Identifying Adverse Effects in English Tweets for Unbalanced Data\n\nOur "
            "system uses Convolutional Neural Networks.")
    assert "VCU" not in names(nlp, text)["DATASET"]


def test_a_resource_noun_ending_the_title_names_nothing_after_it(nlp):
    # coling2025:2025.coling-main.356
    text = ("Annotating the French Wiktionary with supersenses for large scale lexical analysis: a "
            "use case to assess form-meaning relationships within the nominal lexicon\n\nMany "
            "languages lack broad-coverage, semantically annotated lexical resources, which limits "
            "empirical research on lexical semantics for these languages.")
    assert "Many" not in names(nlp, text)["DATASET"]


def test_a_team_at_a_workshops_edition_names_no_dataset(nlp):
    # acl:D19-5629: the workshop's shared task (DGT) is the data
    text = ("SYSTRAN @ WNGT 2019: DGT Task\n\nThis paper describes SYSTRAN participation to the "
            "Document-level Generation and Trans- lation (DGT) Shared Task of the 3rd Workshop on "
            "Neural Generation and Translation (WNGT 2019).")
    assert "WNGT 2019" not in names(nlp, text)["DATASET"]


# r22 dataset forms: a shared task the title names with its edition and a capitalized head keeps
# the head, in every mention (R-ds-taskname, the title's spelling; dev8 acl:K18-225, dev9
# acl:W16-5309)


def test_a_title_shared_task_with_its_edition_keeps_its_head(nlp):
    # acl:K18-225: the abstract's "CoNLL 2018 UD Shared Task" takes the title's spelling
    text = ("AntNLP at CoNLL 2018 Shared Task: A Graph-Based Parser for Universal Dependency "
            "Parsing\n\nWe describe the graph-based dependency parser in our system (AntNLP) "
            "submitted to the CoNLL 2018 UD Shared Task.")
    assert names(nlp, text)["DATASET"] == ["CoNLL 2018 Shared Task"]
    # acl:2020.cogalex.1.7: a Roman edition, and the text's bare "CogALex-VI shared task"
    text = ("CogALex-VI Shared Task: Transrelation - A Robust Multilingual Language Model for "
            "Multilingual Relation Identification\n\nWe describe our submission to the "
            "CogALex-VI shared task on the identification of multilingual paradigmatic "
            "relations building on XLM-RoBERTa (XLM-R).")
    assert names(nlp, text)["DATASET"] == ["CogALex-VI Shared Task"]
    # acl:W18-3729: the title's task, not also the bare words inside it
    text = ("CYUT-III Team Chinese Grammatical Error Diagnosis System Report in NLPTEA-2018 CGED "
            "Shared Task\n\nThis paper reports how we build a Chinese Grammatical Error "
            "Diagnosis system in the NLPTEA-2018 CGED shared task.")
    assert names(nlp, text)["DATASET"] == ["NLPTEA-2018 CGED Shared Task"]


def test_a_shared_task_head_is_dropped_outside_the_title_or_before_a_task_number(nlp):
    # acl:W16-4819 (dev6 gold DSL 2016): the abstract's head is dropped
    text = ("A Character-level Convolutional Neural Network for Distinguishing Similar Languages "
            "and Dialects\n\nThis paper describes our submission to the DSL 2016 shared-task, "
            "which included two sub-tasks.")
    assert names(nlp, text)["DATASET"] == ["DSL 2016"]
    # acl:2020.sigmorphon.1.1: a numbered task is named with its number
    text = ("SIGMORPHON 2020 Shared Task 0: Typologically Diverse Morphological Inflection\n\n"
            "The SIGMORPHON 2020 shared task on morphological reinflection aims to investigate "
            "systems\u2019 ability to generalize across typologically distinct languages.")
    assert "SIGMORPHON 2020 Shared Task" not in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, label, name", [
    # acl:W19-4608 (dev18 gold: hULMonA)
    ("hULMonA: The Universal Language Model in Arabic\n\nArabic is a complex language with "
     "limited resources.", "MODEL", "hULMonA"),
    # acl:L16-1618
    ("metaTED: a Corpus of Metadiscourse for Spoken Language\n\nThis paper describes a freely "
     "available corpus of metadiscursive acts in spoken language.", "DATASET", "metaTED"),
])
def test_a_title_name_opening_in_lower_case_is_named_by_its_head(nlp, text, label, name):
    assert name in names(nlp, text)[label]


# r23 dataset names from dev18's misses (R-ds-taskname and friends)


def test_the_memotion_task_is_named_with_its_head(nlp):
    # acl:2020.semeval.1.116 (dev8 gold 'Memotion Analysis'): the SemEval-2020 task's name
    text = ("YNU-HPCC at SemEval-2020 Task 8: Using a Parallel-Channel Model for Memotion "
            "Analysis\n\nthis paper proposed a parallel-channel model to process the textual and "
            "visual information in memes and then analyze the sentiment polarity of memes.")
    assert "Memotion Analysis" in names(nlp, text)["DATASET"]
    assert "Memotion" not in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("title, name", [
    # naacl2021:2021.naacl-main.167, naacl2022:2022.naacl-industry.34
    ("ASAP: A Chinese Review Dataset Towards Aspect Category Sentiment Analysis and Rating "
     "Prediction", "ASAP"),
    ("AIT-QA: Question Answering Dataset over Complex Tables in the Airline Industry", "AIT-QA"),
    # naacl2022:2022.findings-naacl.60, acl:2020.lrec.1.648: adjectives listed with commas
    ("MultiNERD: A Multilingual, Multi-Genre and Fine-Grained Dataset for Named Entity "
     "Recognition (and Disambiguation)", "MultiNERD"),
    ("AMALGUM \u2013 A Free, Balanced, Multilayer English Web Corpus", "AMALGUM"),
])
def test_a_title_name_is_data_before_towards_or_over(nlp, title, name):
    assert name in names(nlp, title + "\n\nWe present it.")["DATASET"]


@pytest.mark.parametrize("title, text, name", [
    # acl:2020.cmlc.1.2 (dev19 gold), acl:2020.iwpt.1.22: the abstract's capitalized head is kept
    # where the title names no task (R-ds-taskabstract)
    ("Evaluating a Dependency Parser on DeReKo",
     "The dependency parser is trained on the German dataset from the SPMRL 2014 Shared Task "
     "which contains text from the news domain.", "SPMRL 2014 Shared Task"),
    ("Enhanced Universal Dependency Parsing with Second-Order Inference and Mixture of Training "
     "Data", "This paper presents the system used in our submission to the IWPT 2020 Shared "
     "Task.", "IWPT 2020 Shared Task"),
    # acl:2020.fnp.1.2: (not where the title names it: its spelling there)
    ("The Financial Document Structure Extraction Shared task (FinToc 2020)",
     "This paper presents the FinTOC-2020 Shared Task on structure extraction from financial "
     "documents.", "FinTOC-2020"),
])
def test_a_shared_task_keeps_the_abstracts_capitalized_head(nlp, title, text, name):
    assert name in names(nlp, f"{title}\n\n{text}")["DATASET"]


# --- r25data: dataset names (helper D) ---

@pytest.mark.parametrize("text, name", [
    # acl:2021.gwc.1.2 (dev20 gold lists "Princeton WordNet"), acl:2016.gwc.1.31: the wordnet is
    # named with its maker, as written (a lexicon synonym of WordNet)
    ("UZWORDNET: A Lexical-Semantic Database for the Uzbek Language\n\nThe resource was aligned "
     "to Princeton WordNet.", "Princeton WordNet"),
    ("Princeton WordNet, for example, derives from adjectives practically all its adverbs and "
     "whatever involvement they have.", "Princeton WordNet"),
])
def test_a_wordnet_named_with_its_maker_is_named_in_full(nlp, text, name):
    assert name in names(nlp, text)["DATASET"]


def test_a_corpus_named_with_its_head_is_one_name(nlp):
    # acl:2020.lrec.1.809 (dev20 gold lists "SMASH Corpus" alone): "the SMASH corpus" in the
    # abstract is the title's SMASH Corpus
    text = ("SMASH Corpus: A Spontaneous Speech Corpus Recording Third-person Audio Commentaries "
            "on Gameplay\n\nWe present a speech corpus named the SMASH corpus, which includes "
            "spontaneous speech of two Japanese male commentators.")
    assert names(nlp, text)["DATASET"] == ["SMASH Corpus"]


def test_a_corpus_head_only_the_title_capitalizes_is_dropped(nlp):
    # acl:2020.conll.1.16: the head is only a Title Case title's word; the abstract writes "the
    # CoNLL-2003 corpus" (R-ds-lowerhead, R-ds-titlecaseonly): one name, CoNLL-2003
    text = ("Identifying Incorrect Labels in the CoNLL-2003 Corpus\n\nThe CoNLL-2003 corpus for "
            "English-language named entity recognition (NER) is one of the most influential "
            "corpora for NER model research.")
    assert names(nlp, text)["DATASET"] == ["CoNLL-2003"]


def test_a_title_leading_corpus_name_keeps_its_head(nlp):
    # acl:L12-1410: "The REPERE Corpus :" is the title's leading name, as dev20's "SMASH Corpus:"
    text = ("The REPERE Corpus : a multimodal corpus for person recognition\n\nIn this context, "
            "the REPERE corpus, a French videos corpus with multimodal annotation, has been "
            "developed.")
    assert names(nlp, text)["DATASET"] == ["REPERE Corpus"]


def test_a_corpus_head_is_not_taken_by_another_spelling_or_a_known_name(nlp):
    # acl:2020.lrec.1.784: "MASRI HEADSET Corpus" does not respell the title's MASRI-HEADSET
    text = ("MASRI-HEADSET: A Maltese Corpus for Speech Recognition\n\nThe MASRI-HEADSET corpus "
            "was developed by the MASRI project at the University of Malta. The MASRI HEADSET "
            "Corpus is publicly available for research/academic purposes.")
    assert "MASRI-HEADSET" in names(nlp, text)["DATASET"]
    # acl:2020.udw.1.21: a treebank of Universal Dependencies does not rename the collection
    text = ("First Steps towards Universal Dependencies for Laz\n\nThis paper presents the first "
            "treebank for the Laz language, which is also the first Universal Dependencies "
            "Treebank for a South Caucasian language.")
    assert "Universal Dependencies" in names(nlp, text)["DATASET"]


# r28: a known dataset with its version glued on in one word, which spaCy keeps one token


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # acl:W19-5932
        ("Experiments on MultiWOZ-2.0 cross-domain dialog dataset show that our simple system "
         "can obtain similar accuracies.", "MultiWOZ-2.0"),
        # acl2022:2022.acl-long.171
        ("Our model achieves competitive performance on CTB7 in constituency parsing.", "CTB7"),
        # acl:W18-6311
        ("We introduce datasets extracted from Europarl v7 and OpenSubtitles2016.",
         "OpenSubtitles2016"),
        # r44dsmiss, acl:P18-192 (dev25): its size glued on, in thousands
        ("In the jointly trained bAbI-10k, we set a new state-of-the-art, achieving a mean error "
         "of less than 0.5%.", "bAbI-10k"),
        # r45dev42, acl:D17-1236 (dev42): a "+" glued on names the extended variant
        ("It can in addition process 65% of bAbI+, a corpus we created by systematically adding "
         "incremental dialogue phenomena such as restarts and self-corrections to bAbI.", "bAbI+"),
    ],
)
def test_a_known_dataset_with_a_glued_version_names_that_version(nlp, text, name):
    assert name in names(nlp, text)["DATASET"]


# r28: a version between a name and the words describing its data is part of the name


def test_a_version_before_the_describing_words_is_part_of_the_name(nlp):
    # acl:2020.wat.1.13
    text = ("We used the OdiEnCorp 2.0 parallel corpus provided by the shared task organizer "
            "where the training, validation and test sets were given.")
    assert "OdiEnCorp 2.0" in names(nlp, text)["DATASET"]


# r28: a language pair written with an arrow after a campaign, as with a hyphen


def test_a_language_pair_with_an_arrow_after_a_campaign_names_its_data(nlp):
    # acl:W18-6318
    text = ("We carry out experiments on the shared WMT 2016 English→Romanian news task and "
            "the BOLT Chinese→English discussion forum task.")
    assert "WMT 2016 English→Romanian" in names(nlp, text)["DATASET"]
    # naacl2021:2021.naacl-main.18
    text = "Experiments on IWSLT’15 English → Vietnamese, WMT’17 English → German show gains."
    assert {"IWSLT’15 English → Vietnamese", "WMT’17 English → German"} \
        <= set(names(nlp, text)["DATASET"])


# r29audit3: a list of task numbers after a campaign's task names one task each


def test_each_number_of_a_list_of_shared_tasks_is_a_task(nlp):
    # corpus (acl:W18-5920), audit: the title's list names three tasks
    text = ("CLaC at SMM4H Task 1, 2, and 4\n\nCLaC Labs participated in Tasks 1, 2, and 4 using "
            "the same base architecture for all tasks.")
    assert names(nlp, text)["DATASET"] == ["SMM4H Task 1", "SMM4H Task 2", "SMM4H Task 4"]
    # corpus (acl:S18-192): "Tasks", plural, before the first number
    text = ("ELiRF-UPV at SemEval-2018 Tasks 1 and 3: Affect and Irony Detection in Tweets\n\n"
            "This paper describes the participation of ELiRF-UPV team at tasks 1 and 3.")
    assert names(nlp, text)["DATASET"] == ["SemEval-2018 Task 1", "SemEval-2018 Task 3"]
    # a count after a task is no task: the list ends in "and N"
    text = "We reach 0.5 F1 on SemEval-2019 Task 6, 12 teams took part and 3 were late."
    assert names(nlp, text)["DATASET"] == ["SemEval-2019 Task 6"]


# r31dev25: a shared task report's title names the task by its acronym before "Shared Task"


@pytest.mark.parametrize("title, acronym", [
    # acl:D19-6007 (dev25)
    ("Commonsense Inference in Natural Language Processing (COIN) - Shared Task Report", "COIN"),
    # acl:2020.aespen.1.1 (dev9)
    ("Automated Extraction of Socio-political Events from News (AESPEN): Workshop and Shared "
     "Task Report", "AESPEN"),
    # acl:W19-3801 (corpus)
    ("Gendered Ambiguous Pronoun (GAP) Shared Task at the Gender Bias in NLP Workshop 2019",
     "GAP"),
])
def test_a_title_names_its_shared_task_by_acronym(nlp, title, acronym):
    text = (f"{title}\n\nThis paper reports on the results of the shared tasks of the workshop. "
            "A total of five participating teams submitted systems.")
    assert names(nlp, text)["DATASET"] == [acronym]


# r32shared: a shared task's head with only "Shared" capitalized is kept as written
# (R-ds-taskmixedhead), not a numbered task's


@pytest.mark.parametrize("title, text, name", [
    # acl:W17-1508 (dev28 gold)
    ("Projection-based Coreference Resolution Using Deep Syntax",
     "The system was submitted to the Closed track of the CORBON 2017 Shared task.",
     "CORBON 2017 Shared task"),
    # acl:2020.fnp.1.6 (corpus): the title's spelling
    ("LIORI at the FinCausal 2020 Shared task",
     "In this paper, we describe the results of team LIORI at the FinCausal 2020 Shared task "
     "held as a part of the 1st Joint Workshop on Financial Narrative Processing.",
     "FinCausal 2020 Shared task"),
    # acl:W16-3931 (corpus): a numbered task keeps the bare name
    ("A Simple Scalable Neural Networks based Model for Geolocation Prediction in Twitter",
     "This paper describes a model that we submitted to W-NUT 2016 Shared task #1: Geolocation "
     "Prediction in Twitter.", "W-NUT 2016"),
])
def test_a_shared_task_keeps_a_head_with_shared_capitalized(nlp, title, text, name):
    assert name in names(nlp, f"{title}\n\n{text}")["DATASET"]


# r32dev28: a short name's possessive before "shared task" names the task (the mixed-case head
# is tested above, r32shared)


def test_a_possessive_before_shared_task_names_it(nlp):
    # acl:2020.osact.1.14 (dev28)
    text = ("This paper describes the SMASH team submission to OSACT4\u2019s shared task on "
            "hate-speech and offensive language detection.")
    assert names(nlp, text)["DATASET"] == ["OSACT4"]


# r33lexds: VarDial's Discriminating between Similar Languages task is a campaign by its edition
@pytest.mark.parametrize("text", [
    # corpus (acl:W16-4830)
    "This paper describes the participation of the UniBuc-NLP team for the Discriminating between "
    "Similar Languages Shared Task, DSL 2016.",
    # corpus (acl:W16-4816)
    "We describe our system for the shared task on discriminating between similar languages "
    "(DSL 2016).",
])
def test_the_dsl_task_by_its_edition_is_a_campaign(nlp, text):
    assert names(nlp, text)["DATASET"] == ["DSL 2016"]


@pytest.mark.parametrize("text, datasets", [
    # acl:W16-4821 (dev21 gold "DSL 2016"): the title's long form is named so too
    ("ASIREM Participation at the Discriminating Similar Languages Shared Task 2016\n\nThis "
     "paper presents the system built by ASIREM team for the Discriminating between Similar "
     "Languages (DSL) Shared task 2016.", ["DSL 2016"]),
    # corpus (acl:W19-3213)
    ("This paper describes a system for automatically classifying adverse effects mentions in "
     "tweets developed for the task 1 at Social Media Mining for Health Applications (SMM4H) "
     "Shared Task 2019.", ["SMM4H 2019"]),
])
def test_a_shared_tasks_acronym_takes_the_year_after_its_head(nlp, text, datasets):
    # R-ds-taskshort: the short name with its year, not the descriptive title
    assert names(nlp, text)["DATASET"] == datasets


@pytest.mark.parametrize("text, datasets", [
    # corpus (acl:W18-3933)
    ("In this paper we present the GDI classification entry to the second German Dialect "
     "Identification (GDI) shared task organized within the scope of the VarDial Evaluation "
     "Campaign 2018.", ["GDI", "VarDial"]),
    # corpus (acl:W19-1423)
    ("We report the results obtained by the PZ team in the Cuneiform Language Identification "
     "(CLI) shared task organized within the scope of the VarDial Evaluation Campaign 2019.",
     ["CLI", "VarDial"]),
    # corpus (acl:W18-521): the year after the head too, the long form after the last article
    ("We introduce the TMU systems for the Complex Word Identification (CWI) Shared Task 2018.",
     ["CWI 2018"]),
])
def test_a_task_phrases_acronym_before_shared_task_names_the_shared_task(nlp, text, datasets):
    # r34audit13: R-ds-taskname, R-ds-taskshort: the short name of the shared task entered
    assert names(nlp, text)["DATASET"] == datasets


@pytest.mark.parametrize("text", [
    # corpus (acl:2020.wmt.1.124): a campaign's task, its campaign in the phrase
    "This paper presents Tencent's submission to the WMT20 Quality Estimation (QE) Shared "
    "Task: Sentence-Level Post-editing Effort for English-Chinese.",
    # corpus (acl:P18-238)
    "Experimental results on CoNLL 2003 named entity recognition (NER) shared task show that "
    "our model achieves the best result.",
])
def test_a_campaigns_task_acronym_is_no_dataset(nlp, text):
    assert not {"QE", "NER"} & set(names(nlp, text)["DATASET"])


@pytest.mark.parametrize("text, acronym", [
    # corpus (acl:W18-519): a year before the long form, which the acronym would lose
    ("In this paper, we present a kernel-based learning approach for the 2018 Complex Word "
     "Identification (CWI) Shared Task.", "CWI"),
    # corpus (acl:W16-4802): a lower-case long form, whose year after the head is not read
    ("This paper describes the systems we experimented with for participating in the "
     "discriminating between similar languages (DSL) shared task 2016.", "DSL"),
])
def test_a_dated_shared_tasks_acronym_is_not_listed_bare(nlp, text, acronym):
    # the readers of round 34: a bare "CWI" or "DSL" is not the edition the text names
    assert acronym not in names(nlp, text)["DATASET"]


# r34dev31: a shared task's acronym in parentheses after its full name, then its year, is listed
# by the acronym and year (R-ds-taskshortyear)
@pytest.mark.parametrize("text, name", [
    # dev31 acl:2020.fnp.1.20
    ("This paper describes the SumTO system architecture, which addresses the Shared Task of the "
     "Financial Narrative Summarisation (FNS) 2020 contest.", "FNS 2020"),
    # corpus (acl:W16-4826)
    ("This paper describes an Arabic dialect identification system which we developed for the "
     "Discriminating Similar Languages (DSL) 2016 shared task.", "DSL 2016"),
    # corpus (acl:W18-538)
    ("We describe the systems of NLP-CIC team that participated in the Complex Word "
     "Identification (CWI) 2018 shared task.", "CWI 2018"),
])
def test_a_tasks_acronym_then_its_year_names_the_task(nlp, text, name):
    assert names(nlp, text)["DATASET"] == [name]


@pytest.mark.parametrize("title, text, expected", [
    # acl:D19-5632, acl:W17-4806, acl:C18-1309 (r43audit23): a dated campaign before a lower-case
    # description of its task is listed by its name and year (R-ds-taskabstract; dev16 "WMT16
    # metrics shared task" is WMT16)
    ("From Research to Production and Back: Ludicrously Fast Neural Machine Translation",
     "This paper describes the submissions of the \u201cMarian\u201d team to the WNGT 2019 "
     "efficiency shared task.", ["WNGT 2019"]),
    ("Neural Machine Translation for Cross-Lingual Pronoun Prediction",
     "In this paper we present our systems for the DiscoMT 2017 cross-lingual pronoun "
     "prediction shared task.", ["DiscoMT 2017"]),
    ("Graph Based Decoding for Event Sequencing and Coreference Resolution",
     "Our event coreference system has achieved state-of-the-art performance on the TAC-KBP "
     "2015 event coreference task.", ["TAC-KBP 2015"]),
    # nips2017:8943: with the series word before it
    ("Learning Affinity via Spatial Propagation Networks",
     "Experiments on the PASCAL VOC-2012 semantic segmentation tasks show that it works.",
     ["PASCAL VOC-2012"]),
    # near miss: the title's task of that year (acl:W18-6207, R-ds-taskname)
    ("Amobee at IEST 2018: Transfer Learning from Language Models",
     "This paper describes the system developed at Amobee for the WASSA 2018 implicit emotions "
     "shared task.", ["IEST 2018"]),
])
def test_a_dated_campaign_before_a_lower_case_task_description(nlp, title, text, expected):
    assert names(nlp, f"{title}\n\n{text}")["DATASET"] == expected


@pytest.mark.parametrize("text", [
    "In this paper we present our systems for the DiscoMT 2017 cross-lingual pronoun "
    "prediction shared task.",
    "We show results on the TAC 2011 AESOP task.",
    "We took part in the WMT17 APE task for German-English and the WNUT 2016 NER shared task.",
    "the PASCAL VOC-2012 semantic segmentation tasks and the WNGT 2019 efficiency shared task",
    "In 2019 the task was new; the SemEval 2013 task and our CoNLL03 NER task",
])
def test_task_rules_run_only_where_their_gates_match(text):
    """_DESCRIBED_TASK runs only where _YEAR_WORDS_TASK is written, _YEAR_SHARED_TASK (where no
    "Task", "shared" or "campaign" is) only where _CAPITAL_WORD_TASK is: the gates only speed
    them up."""
    from litkit.extract.shared_tasks import (
        _CAPITAL_WORD_TASK,
        _DESCRIBED_TASK,
        _YEAR_SHARED_TASK,
        _YEAR_WORDS_TASK,
    )

    described, year_shared = _DESCRIBED_TASK.search(text), _YEAR_SHARED_TASK.search(text)
    assert described or year_shared
    assert not described or _YEAR_WORDS_TASK.search(text)
    assert not year_shared or "Task" in text or "hared" in text or _CAPITAL_WORD_TASK.search(text)
