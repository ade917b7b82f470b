"""PARAMS, TOKENS, COMPUTE, DATA_SIZE, CONTEXT_LENGTH and CODE_URL rules on real sentences."""

import pytest

from litkit.extract.quantities import find_quantities


def values(text, label):
    return sorted({c.value for c in find_quantities(text) if c.label == label})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By scaling our model up to 20B parameters, we achieve SOTA performance.", [2e10]),
        # colm2025:e112iu5ssg: a size to another, both model sizes
        ("while the 8B-to-3B configuration improves over 3B pruned models", [3e9, 8e9]),
        ("Experience of Training a 1.7B-Parameter LLaMa Model From Scratch", [1.7e9]),
        ("a fully open source, 1.7-billion-parameter, LLaMa-based model", [1.7e9]),
        ("with as few as 0.3B parameters, can exhibit data refining capabilities", [3e8]),
        ("Through experiments with 1B and 3B parameter models, we demonstrate", [1e9, 3e9]),
        ("when scaled from 770M to 11B sequence to sequence models", [7.7e8, 1.1e10]),
        ("The Yi model family is based on 6B and 34B pretrained language models", [6e9, 3.4e10]),
        ("release CodeGen2 models in size 1B, 3.7B, 7B, and, 16B parameters",
         [1e9, 3.7e9, 7e9, 1.6e10]),
        ("across T5, T0, and LLaMA-based models with 200M - 65B parameters", [2e8, 6.5e10]),
        ("we demonstrate the efficacy with models up to 2.7B, showing", [2.7e9]),
        ("outperforming 175B GPT-3 on zero-shot SuperGLUE", [1.75e11]),
        ("On 0-shot MMLU, UL2 20B outperforms T0 and T5 models.", [2e10]),
        ("continually pre-training Llama-3 (8B), which significantly enhances", [8e9]),
        ("performance with Blender 90M, a state-of-the-art dialogue model", [9e7]),
        ("distilled down from GPT-3.5 (ge 175B) to T5 variants (le 11B).", [1.1e10, 1.75e11]),
        ("very large-scale models (100+ billion parameters)", [1e11]),
        ("improving accuracy by 7.6% over Mistral-7B, with 14.6% for Llama-2-7B", [7e9]),
        ("we introduce Arctic-SnowCoder-1.3B, a data-efficient base code model", [1.3e9]),
        ("fine-tune LMs like LLaMA3.1-8B and Qwen2.5-7B-Instruct on the data", [7e9, 8e9]),
        ("forget Harry Potter in the Llama2-7b model", [7e9]),
        ("We validate our approach with GPT-Neo-2.7B and LLaMA-7B/30B.", [2.7e9, 7e9, 3e10]),
        ("we pre-train a 350M BERT model and the Pythia models (70M to 12B)", [7e7, 3.5e8, 1.2e10]),
        ("PaLM 540B and Llama 2 70B are compared with OPT-175B", [7e10, 1.75e11, 5.4e11]),
        ("sets a new state-of-the-art for sub-10B models, above 70B baselines", [1e10, 7e10]),
        ("even LLMs at the 7B scale are capable", [7e9]),
        ("we fine-tuned a series of 7B-scale language models", [7e9]),
        ("models converted from Qwen2.5 in 7B, 32B, and 72B sizes", [7e9, 3.2e10, 7.2e10]),
        ("we release the LifeTox moderator family; 350M, 7B, and 13B.", [3.5e8, 7e9, 1.3e10]),
        ("a significantly smaller parameter count of only 7B or 13B", [7e9, 1.3e10]),
        ("by fine-tuning Llama 2 (7B) with LongLoRA", [7e9]),
        # colm2025:CODs4jSGhN: SLM, a small language model, is a model noun
        ("our fine-tuned 3B SLM surpasses a frozen 32B LLM in question decomposition",
         [3e9, 3.2e10]),
    ],
)
def test_params(text, expected):
    assert values(text, "PARAMS") == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "by optimizing only 200 trainable parameters randomly projected back",
        "utilizing only 45.4M trainable parameters and saving FLOPs",
        "LoRA adapters with 4.2M parameters match full fine-tuning",
        "LongCodeBench: Evaluating Coding LLMs at 1M Context Windows",
        "models with billions of parameters are expensive",
        "models trained on 30B tokens surpass a baseline",
        "on synthetic noisy ImageNet-1K and YFCC15M datasets",
        "3M-Diffusion encodes molecular graphs into a latent space",
        "the Physician model at https://huggingface.co/Y/Llama-3-Physician-8B-Instruct.",
        "The 1.5-Pints model is available in two versions",
        "we first build a large-scale (11M) pretraining dataset called RCSum",
        "benchmarks, WMT'17 English-Chinese (20M) and WMT'19 English-German (36M), show",
        "we vary dataset sizes from 1M to 100M examples with batch sizes of 4M tokens",
    ],
)
def test_not_params(text):
    assert values(text, "PARAMS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For pretraining, we construct 3.1 trillion tokens of English and Chinese corpora",
         [3.1e12]),
        ("on approximately 20 billion tokens of carefully curated data", [2e10]),
        ("models trained on 30B tokens outperform a baseline trained on 300B tokens",
         [3e10, 3e11]),
        ("trained on 30B and 300B tokens", [3e10, 3e11]),
        ("(1) general pretraining with 500B standard-quality code tokens", [5e11]),
        ("a 7B model trained for 1 trillion (T) tokens, thus rivaling", [1e12]),
        ("a corpus comprising 10,098 dialogues (3.3M tokens)", [3.3e6]),
        ("pretrained with 50B high-quality tokens, and enhanced pretraining with 5B synthetic "
         "data created by Llama-3.1-70B", [5e9, 5e10]),
    ],
)
def test_tokens(text, expected):
    assert values(text, "TOKENS") == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "ProLong can effectively process up to 512K tokens",
        "models do not scale above the threshold of 512 input tokens",
        "We are open-sourcing ProX with >100B corpus, models and code",
        "we extend the context length to 200K through continual pretraining",
        "trained on trillions of tokens",
    ],
)
def test_not_tokens(text):
    assert values(text, "TOKENS") == []


def test_sizes_in_dataset_names_are_not_model_sizes():
    text = "we introduce MIT-10M, a large-scale parallel corpus, and a Llama-2-7B baseline"
    start = text.index("MIT-10M")
    found = find_quantities(text, datasets=[(start, start + 7)])
    assert [c.value for c in found if c.label == "PARAMS"] == [7e9]


def test_context_lengths():
    assert values("available in two versions: 2K and 16K context windows", "CONTEXT_LENGTH") \
        == [2e3, 1.6e4]
    assert values("we extend the context length to 200K", "CONTEXT_LENGTH") == [2e5]
    assert values("MoA increases the effective context length by 3.9x", "CONTEXT_LENGTH") == []
    assert values("ProLong can effectively process up to 512K tokens", "CONTEXT_LENGTH") == [5.12e5]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a large compute budget (equivalent to 420 days on a V100)", 420, "day"),
        ("While the model took over 184K GPU-hours to pretrain", 1.84e5, "hour"),
        ("we train a model on one GPU for 4 days that outperforms GPT", 4, "day"),
        ("saving at least 35.4G FLOPs in computational cost", 3.54e10, "FLOPs"),
        ("a budget of 3.14 x 10^23 FLOPs", 3.14e23, "FLOPs"),
    ],
)
def test_compute(text, value, unit):
    found = [c for c in find_quantities(text) if c.label == "COMPUTE"]
    assert [(c.value, c.unit) for c in found] == [(pytest.approx(value), unit)]


def test_data_sizes():
    text = "It comprises 406 thousand speeches and over 219 million words."
    found = [(c.value, c.unit) for c in find_quantities(text) if c.label == "DATA_SIZE"]
    assert found == [(4.06e5, "speeches"), (2.19e8, "words")]
    assert values("COVID-19 related informative tweets", "DATA_SIZE") == []


def test_code_url_and_qualifier():
    text = "Our code is available at https://github.com/prateeky2806/compeft."
    (url,) = find_quantities(text)
    assert url.label == "CODE_URL"
    assert text[url.start:url.end] == "https://github.com/prateeky2806/compeft"
    (size,) = find_quantities("the model has approximately 7 billion parameters")
    assert size.attrs["qualifier"] == "approximately"


# round 7, sizes and their models


@pytest.mark.parametrize(
    "text",
    [
        "comparable to the top performing systems from SemEval 2017 Task 6B (Potash et al., 2017)",
        "Our system could perform well for the task 4D and ranked 13th among 15 teams, for the "
        "task 4B our model ranked 23rd position.",
        "This paper mainly introduces our methods for Task 1A and Task 1B of CL-SciSumm 2020.",
        # acl:W19-5435: a number and letter before "tasks" names the tasks (WMT19's 1M track)
        "Our submission achieved the best overall performance for both the Nepali-English and "
        "Sinhala-English 1M tasks by a margin of 1.3 and 1.4 BLEU respectively",
    ],
)
def test_part_labels_are_not_sizes(text):
    assert values(text, "PARAMS") == []


def test_sizes_after_names_are_not_part_labels():
    text = "iT-Base, Swin-v2-Large, Llama-2 7B, and Mistral 7B. Intriguingly, experiments suggest"
    assert set(values(text, "PARAMS")) == {7e9}


@pytest.mark.parametrize(
    "text",
    [
        "A Poisson factorization analysis of the Movielens 1M dataset shows the benefits",
        "beats all previous state-of-the-art methods on MovieLens 1M, MovieLens 10M, and Netflix "
        "datasets, and adding more hidden layers can further improve the performance",
        "On the MovieLens 25M and Amazon Product Review datasets, P4LM delivers more appealing",
    ],
)
def test_sizes_in_data_set_names_before_datasets_are_not_model_sizes(text):
    assert values(text, "PARAMS") == []


def test_name_and_size_before_another_clause_are_a_model_size():
    assert values("We fine-tune Mistral 7B on the Alpaca dataset.", "PARAMS") == [7e9]


def test_a_number_and_letter_the_text_calls_a_task_is_no_size():
    title = "MindLab Neural Network Approach at BioASQ 6B"
    text = (title + "\n\nIn this work, we describe the system used in the BioASQ Challenge "
            "task 6b for document retrieval and snippet retrieval.")
    assert values(text, "PARAMS") == []
    # (acl:W17-2309: with no "task 6b" in the text, the campaign's name says it is a label)
    assert values("Neural Question Answering at BioASQ 5B", "PARAMS") == []
    assert values("MindLab at BioASQ 6B with Mistral 7B", "PARAMS") == [7e9]


def test_a_name_and_size_before_tokens_are_no_model_size():
    text = ("NLP Analytics in Finance with DoRe: A French 250M Tokens Corpus of Corporate "
            "Annual Reports")
    assert values(text, "PARAMS") == []
    assert values("We fine-tune Mistral 7B on our data.", "PARAMS") == [7e9]


# round 8, known bugs in names and sizes


def test_a_size_glued_to_a_known_version_is_the_size_after_it():
    # seed-075 (a PDF's "Llama-3.1 8B-Instruct" run together; gold keeps the name as written)
    text = "ProLong outperforms Llama-3.18B-Instruct on the majority of long-context tasks."
    assert [c.value for c in find_quantities(text) if c.label == "PARAMS"] == [8e9]
    # not a size with two decimals, nor one after a version the lexicon does not know
    text = "We compare Pythia-2.8B with Foo-3.25B."
    assert sorted(c.value for c in find_quantities(text) if c.label == "PARAMS") == [2.8e9,
                                                                                     3.25e9]


def test_the_identity_of_a_name_whose_size_is_glued_to_its_version():
    from litkit.extract.identity import canonical_model

    identity = canonical_model("Llama-3.18B-Instruct")
    assert (identity.family, identity.size, identity.variant) == ("Llama 3.1", 8e9, "instruct")
    assert canonical_model("Pythia-2.8B").size == 2.8e9


# round 9, results, kinds and models


def test_a_throughput_in_tokens_is_no_token_count():
    # acl:2020.ngt.1.24, aistats2016:55c7c5d525 (corpus audit): tokens per second are a speed
    # (a RESULT), neither a corpus size nor a context length
    text = ("our fastest system can translate more than 40,000 tokens per second with an RTX 2080 "
            "Ti while maintaining 42.9 BLEU on newstest2018.")
    assert values(text, "TOKENS") == [] and values(text, "CONTEXT_LENGTH") == []
    assert values("pretrained on 40,000 tokens of text", "CONTEXT_LENGTH") == [40000]


def test_a_lowercase_size_inside_a_models_name_is_a_model_size():
    # coling2025:2025.coling-main.389: the lexicon's "Mistral 7B" written "Mistral 7b Instruct"
    text = "using GPT-4, Llama-2 70b for Chat, and Mistral 7b Instruct."
    start = text.index("Mistral")
    models = [(text.index("Llama-2"), text.index(" 70b")), (start, len(text) - 1)]
    found = find_quantities(text, models=models)
    assert sorted(c.value for c in found if c.label == "PARAMS") == [7e9, 7e10]


# r21mtype: a bare size before a capitalized name counts items of data when data follows


@pytest.mark.parametrize("text", [
    # acl:2020.acl.main.447 (dev16)
    "We introduce S2ORC, a large corpus of 81.1M English-language academic papers spanning many "
    "academic disciplines.",
    # acl:L10-1482
    "In this study, we use about 1.8M Japanese-English parallel sentences automatically extracted "
    "from Japanese-English patent families.",
])
def test_a_size_before_a_name_and_data_is_no_model_size(text):
    assert values(text, "PARAMS") == []


@pytest.mark.parametrize(("text", "expected"), [
    # colm2024:S1XnUsqwr7: a list in brackets after "LLMs of various scales", a name after it
    ("our approach significantly enhances the base performance of LLMs of various scales (7B, "
     "13B, 70B, and ChatGPT) across 8 reasoning datasets", [7e9, 1.3e10, 7e10]),
    # colm2025:L7jS3peM3w: "model sizes", "model scales"
    ("with robust results at all model sizes (ranging from 1B to 7B).", [1e9, 7e9]),
    ("Our primary focus is on highly efficient model scales (1B and 3B), demonstrating that",
     [1e9, 3e9]),
    # colm2025:k72RxnoS5g (dev16): a range, then names after a semicolon
    ("On 5-shot evaluations across popular math benchmarks and five SLMs (1B\u20137B; Qwen, "
     "Llama), AdaptMI+ improves accuracy by up to 6%", [1e9, 7e9]),
    # naacl2024:2024.naacl-long.29: about a size
    ("our algorithm empowers smaller LLMs (\u22487B) to perform at par larger LLMs "
     "(\u224830B-40B).", [7e9, 3e10, 4e10]),
])
def test_sizes_in_brackets_after_a_model_noun_are_model_sizes(text, expected):
    assert sorted(values(text, "PARAMS")) == expected


def test_a_range_after_a_model_noun_and_a_comma_is_a_model_size():
    # colm2024:IA8CWtNkUr
    text = ("Additionally, we present results for publicly available Pythia LLMs, ranging from 1B "
            "to 12B, which were trained on the PILE-deduped dataset containing 207B tokens.")
    assert sorted(values(text, "PARAMS")) == [1e9, 1.2e10]


# r22 slow inputs: a list of sizes has at most 30 numbers (a rule whose list failed was tried
# again from each number to the list's end: "1, 2, 3, ..." of 6 KB took 1.7 s)


def test_a_list_of_sizes_is_matched_over_at_most_thirty_numbers():
    import re

    from litkit.extract.patterns import SIZES

    numbers = ", ".join(str(n) for n in range(1, 100))
    assert re.compile(SIZES).match(numbers).group().count(",") == 29  # 98 unbounded
    # acl:W18-6014: a real list of data sizes is whole
    text = ("UD Japanese-BCCWJ is the largest-scale UD Japanese corpus and the second-largest of "
            "all UD corpora, including 1,980 documents, 57,109 sentences, and 1,273k words across "
            "six distinct domains.")
    assert sorted((c.value, c.unit) for c in find_quantities(text) if c.label == "DATA_SIZE") \
        == [(1980.0, "documents"), (57109.0, "sentences"), (1273000.0, "words")]


# r23 slow inputs: the names between a size and "datasets" are read over at most 30 words (each
# size of "GPT-3 175B, " x2000 read the run of names to the text's end: 8 s), and a size is told
# inside a dataset's name or a URL by bisection


def test_the_names_before_datasets_are_read_over_at_most_thirty_words():
    from litkit.extract.quantities import _DATASET_NAME_NEXT

    assert _DATASET_NAME_NEXT.match(", GPT-3 175B" * 15 + " datasets") is not None  # 30 words
    assert _DATASET_NAME_NEXT.match(", GPT-3 175B" * 16 + " datasets") is None  # matched unbounded
    # icml2016:a33e6b4bea: the sizes of a list of names before "datasets" are no model sizes
    text = ("Experimental results show that CF-NADE with a single hidden layer beats all previous "
            "state-of-the-art methods on MovieLens 1M, MovieLens 10M, and Netflix datasets, and "
            "adding more hidden layers can further improve the performance.")
    assert find_quantities(text) == []


def test_a_size_is_told_inside_a_datasets_name_by_bisection(lines_run):
    import re

    import litkit.extract.quantities as quantities_module

    def run(n):
        text = "GPT-3 175B on ImageNet, " * n
        spans = [(m.start(), m.end()) for m in re.finditer("ImageNet", text)]
        assert len(find_quantities(text, spans)) == n

    # twice the sizes, twice the lines run (3.6 times before: each size was compared with every
    # dataset's name)
    assert lines_run(lambda: run(200), quantities_module) \
        < 2.2 * lines_run(lambda: run(100), quantities_module)
    # coling2025:2025.coling-main.346: a size inside a dataset's name is no model's
    text = ("To address this issue, we introduce MIT-10M, a large-scale parallel corpus of "
            "multilingual image translation with over 10M image-text pairs derived from "
            "real-world data.")
    start = text.index("MIT-10M")
    assert [c.label for c in find_quantities(text, [(start, start + 7)])] == ["DATA_SIZE"]


# R-params-active (dev18): a mixture of experts' active count, written next to its total or
# before "parameters", is a parameter count (colm2024:LKEJPySnlt, colm2025:oaCUsn391F,
# colm2025:lqC5J7pBP9); the totals after a model's name are read with the names
# (test_size_models)
@pytest.mark.parametrize(("text", "expected"), [
    ("We pre-train a series of Lory models from scratch on 150B tokens, with up to 32 experts "
     "and 30B (1.5B active) parameters.", [1.5e9, 3e10]),
    ("Using SlimMoE, we compress Phi-3.5-MoE (41.9B total / 6.6B activated parameters) into "
     "two smaller models: Phi-mini-MoE (7.6B total / 2.4B activated) and Phi-tiny-MoE (3.8B "
     "total / 1.1B activated), using only 400B tokens.", [1.1e9, 2.4e9, 6.6e9]),
    ("Moreover, C3PO enables MoE LLMs with 1-3B active parameters to outperform LLMs of 7-9B "
     "parameters, hence improving MoE's advantages on efficiency.", [1e9, 3e9, 7e9, 9e9]),
])
def test_active_parameter_counts_of_mixtures_of_experts(text, expected):
    assert set(expected) <= set(values(text, "PARAMS"))


# a small token count is a corpus's size where its sentence speaks of a corpus and of no context
# (dev4 acl:P17-1136, dev7 acl:2019.jeptalnrecital.recital.10, dev18 acl:2020.lrec.1.567)
@pytest.mark.parametrize(("text", "label"), [
    ("Building on the original Universal Dependencies Finnish corpus of 754 documents (200,000 "
     "tokens) representing ten different genres of text, we introduce annotation.", "TOKENS"),
    ("To train the model on Bengali, we develop a gold lemma annotated dataset (having 1,702 "
     "sentences with a total of 20,257 word tokens).", "TOKENS"),
    ("Il est composé de 30K tokens et doté de trois couches d'annotation.", "TOKENS"),
    ("On two standard datasets, Penn Treebank and WikiText-2, we find that the model is capable "
     "of using about 200 tokens of context on average.", "CONTEXT_LENGTH"),
    ("The corpus contains 27 hours of video of body, face and hand keypoints, aligned to "
     "subtitles with a vocabulary size of 17k tokens.", "CONTEXT_LENGTH"),
])
def test_small_token_counts_of_a_corpus_are_its_size(text, label):
    assert [c.label for c in find_quantities(text) if c.unit == "tokens"] == [label]


# a parameter count whose noun comes first, each number with its scale (dev5
# naacl2024:2024.naacl-long.53, dev3 aistats2025:LGkLTYLIBq, dev15
# coling2025:2025.coling-industry.58, acl2022:2022.acl-long.495); not a count of trainable
# parameters (coling2025:2025.coling-main.506), nor a change
@pytest.mark.parametrize(("text", "expected"), [
    ("We apply this to two LLM series, FLAN-T5 and LLaMA, with parameter sizes from 3 billion to "
     "33 billion.", [3e9, 3.3e10]),
    ("FreqMoE outperforms state-of-the-art models, while significantly reducing the number of "
     "required parameters to under 50k, providing notable efficiency advantages.", [5e4]),
    ("This method reduces the model size from LlamaGuard\u2019s 7 billion parameters to "
     "approximately 67 million, while maintaining comparable performance.", [6.7e7, 7e9]),
    ("CAMERO outperforms the standard ensemble of 8 BERT-base models on the GLUE benchmark by 0.7 "
     "with a significantly smaller model size (114.2M vs. 880.6M).", [1.142e8, 8.806e8]),
    ("Propulsion approximates the performance of full fine-tuning with far fewer trainable "
     "parameters. Empirically, Propulsion reduces the parameter count from 355.3 million to a "
     "mere 0.086 million.", []),
    ("The method reduces the number of trainable parameters by over 100 million.", []),
])
def test_parameter_counts_whose_noun_comes_first(text, expected):
    assert values(text, "PARAMS") == expected


def test_a_bare_parameter_noun_before_a_range():
    # corpus (colm2024:95TayIeqJ4): "parameters ranging from" reads like "parameter sizes from"
    text = ("We also benchmark closed-source models and 26 open-weight Chinese large language "
            "models (LLMs) of parameters ranging from 1.8B to 72B on the proposed TMMLU+.")
    assert values(text, "PARAMS") == [1.8e9, 7.2e10]


# ---- speed34: the words that gate the rules are looked for in the number windows first


def test_lowered_windows_hold_the_text_near_numbers_lower_cased():
    from litkit.extract.patterns import number_windows
    from litkit.extract.quantities import lowered_windows

    text = ("Alpha beta gamma delta. " * 8 + "The model was trained for 3,000 GPU Hours on "
            "the Pile.")
    seen = lowered_windows(text)
    assert seen == "\0".join(text[lo:hi] for lo, hi in number_windows(text)).lower()
    assert "3,000 gpu hours" in seen and not seen.startswith("alpha")
    # a letter that a case-insensitive "i" matches, though lower-casing makes it none: the
    # whole text is read
    assert lowered_windows(text + " 4 M\u0131ND") == (text + " 4 M\u0131ND").lower()


@pytest.mark.parametrize(("rule", "words", "text"), [
    ("_PARAMS", ("param",), "By scaling our model up to 20B Parameters, we achieve SOTA."),
    ("_PARAMS_NOUN_FIRST", ("param", "size"), "We apply this to two LLM series, FLAN-T5 and "
     "LLaMA, with parameter sizes from 3 billion to 33 billion."),
    ("_TOKENS", ("token",), "a corpus comprising 10,098 dialogues (3.3M Tokens)"),
    ("_CONTEXT", ("context",), "available in two versions: 2K and 16K Context windows"),
    ("_CONTEXT", ("context",), "we extend the context length to 200K through continual "
     "pretraining"),
    ("_COMPUTE", ("hour", "day", "week", "month", "year", "flop"),
     "a large compute budget (equivalent to 420 days on a V100)"),
    ("_COMPUTE", ("hour", "day", "week", "month", "year", "flop"),
     "While the model took over 184K GPU-Hours to pretrain"),
    ("_FLOPS", ("hour", "day", "week", "month", "year", "flop"),
     "saving at least 35.4G FLOPs in computational cost"),
    ("_DATA_SIZE", ("dataset", "corpus"), "We are open-sourcing ProX with >100B corpus, models "
     "and code"),
])
def test_each_match_of_a_gated_rule_holds_its_word(rule, words, text):
    """find_quantities runs these rules only where ``lowered_windows`` holds one of the words:
    each of their matches holds one (in any case)."""
    from litkit.extract import quantities

    patterns = getattr(quantities, rule)
    patterns = patterns if isinstance(patterns, list) else [patterns]
    if rule == "_DATA_SIZE":
        patterns = patterns[1:]  # (the first runs everywhere)
    matches = [m for p in patterns for m in p.finditer(text)]
    assert matches
    assert all(any(w in m.group().lower() for w in words) for m in matches)
