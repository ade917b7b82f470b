"""Topic models end to end: fit on the seed corpus, themes, reproducibility, save/load,
transform and its report, CLI.

Fitted models are computed once per module; embeddings are cached in one cache dir for the
session ($LITKIT_CACHE_DIR if set, else a temporary dir).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

import litkit
from litkit import embed, topics
from litkit.cli import main
from litkit.corpus import make_corpus
from litkit.errors import LitkitError

ROOT = Path(__file__).resolve().parents[1]
ML_ABSTRACTS = ROOT.parent / "shared" / "data" / "ml_abstracts.jsonl.gz"


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    if not os.environ.get(embed.CACHE_ENV):
        mp.setenv(embed.CACHE_ENV, str(tmp_path_factory.getbasetemp() / "litkit-cache"))
    yield embed.cache_dir()
    mp.undo()


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return litkit.load_seed()


@pytest.fixture(scope="module")
def seed_model(seed) -> topics.TopicModel:
    return topics.fit(seed, progress=False)


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    """300 English abstracts of the shared corpus, every 150th line (a fixed spread of years)."""
    if not ML_ABSTRACTS.exists():
        pytest.skip(f"{ML_ABSTRACTS} not present")
    with gzip.open(ML_ABSTRACTS, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for i, line in enumerate(fh) if i % 150 == 0]
    return make_corpus(records[:300])


def test_seed_model_is_small_and_sensible(seed, seed_model):
    info = seed_model.topic_info
    real = info[info["topic"] >= 0]
    assert 2 <= len(real) <= 12
    assert seed_model.params["min_topic_size"] == topics.auto_min_topic_size(len(seed))
    assert info["size"].sum() == len(seed) == len(seed_model.doc_topics)
    assert seed_model.doc_topics["id"].tolist() == seed["id"].tolist()
    assigned = seed_model.doc_topics.query("topic >= 0")
    assert assigned["probability"].between(0, 1).all()
    assert (real["representative_ids"].map(len) > 0).all()
    assert real["size"].is_monotonic_decreasing  # topic 0 is the largest
    assert real["label"].is_unique and (real["label"] != "").all()


def test_themes_nest_the_topics(seed_model):
    dt, info, tree = seed_model.doc_topics, seed_model.topic_info, seed_model.topic_tree
    n_themes = seed_model.params["n_themes"]
    assert 2 <= n_themes < seed_model.params["n_topics"]
    of_topic = info.query("topic >= 0").set_index("topic")["theme"]
    assigned = dt[dt["topic"] >= 0]
    assert (assigned["theme"].to_numpy() == of_topic.loc[assigned["topic"]].to_numpy()).all()
    assert (dt.loc[dt["topic"] < 0, "theme"] == -1).all()
    themes = tree[tree["level"] == "theme"]
    assert themes["topic"].tolist() == list(range(n_themes)) and (themes["parent"] == -1).all()
    leaves = tree[tree["level"] == "topic"]
    assert sorted(leaves["topic"]) == sorted(of_topic.index)
    assert leaves.set_index("topic")["parent"].sort_index().equals(of_topic.sort_index())
    assert themes["size"].sum() == leaves["size"].sum() == len(assigned)
    assert list(tree.columns) == ["level", "topic", "parent", "label", "size", "share", "words",
                                  "representative_ids", "representative_titles"]
    diag = seed_model.diagnostics.set_index("level")
    assert diag.loc["topic", "topics"] == seed_model.params["n_topics"]
    assert diag.loc["theme", "topics"] == n_themes
    assert diag["npmi"].between(-1, 1).all() and diag["diversity"].between(0, 1).all()
    assert diag["outlier_share"].between(0, 0.2).all()


def test_over_time_and_facts_at_theme_level(seed, seed_model):
    themes = seed_model.over_time(level="theme")
    assert themes.attrs["level"] == "theme"
    assert list(themes.columns) == list(seed_model.topics_over_time.columns)
    assert set(themes["topic"]) <= set(range(-1, seed_model.params["n_themes"]))
    assert themes["count"].sum() == seed_model.topics_over_time["count"].sum()
    assert (themes.query("count > 0 and topic >= 0")["words"] != "").all()
    papers = pd.DataFrame([{"id": i, "params": [7e9], "tokens": [], "datasets": ["MMLU"],
                            "models": []} for i in seed["id"]])
    facts = topics.facts_by_topic(seed_model.doc_topics, papers, bins=None, level="theme")
    labels = seed_model.doc_topics.drop_duplicates("theme").set_index("theme")["theme_label"]
    assert set(facts["topic"]) == set(labels.index)
    assert (facts.set_index("topic")["label"] == labels.loc[facts["topic"]]).all()
    with pytest.raises(LitkitError, match="level"):
        seed_model.over_time(level="subtopic")


def test_labels_have_no_stop_words(seed_model):
    for words in seed_model.topic_info.query("topic >= 0")["words"]:
        assert len(words) >= 5
        for word in words:
            assert not set(word.split()) <= ENGLISH_STOP_WORDS, word
            assert not word.replace(".", "").isdigit(), word


def test_topics_over_time_counts_every_dated_paper(seed, seed_model):
    tot = seed_model.topics_over_time
    assert tot["count"].sum() == seed["year"].notna().sum()
    assert set(tot["bin"]) == {str(y) for y in range(seed["year"].min(), seed["year"].max() + 1)}
    assert tot["low_count"].any()
    assert (tot.query("count > 0 and topic >= 0")["words"] != "").all()
    monthly = seed_model.over_time("month", min_papers=5)
    assert monthly["count"].sum() + monthly.attrs["unbinned"] == len(seed)


def test_same_seed_same_topics(sample):
    first = topics.fit(sample, seed=3, progress=False)
    second = topics.fit(sample, seed=3, progress=False)
    for name in ("doc_topics", "topic_info", "topics_over_time", "topic_tree", "diagnostics"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))
    assert first.params["n_topics"] == topics.auto_n_topics(300)
    other = topics.fit(sample, seed=4, progress=False)
    assert not other.doc_topics["topic"].equals(first.doc_topics["topic"])


def test_topic_counts_follow_the_overrides(sample):
    model = topics.fit(sample, n_topics=6, n_themes=2, progress=False)
    assert (model.params["n_topics"], model.params["n_themes"]) == (6, 2)
    big = topics.fit(sample, n_topics=12, min_topic_size=30, progress=False)
    assert big.params["n_topics"] < 12  # small clusters were dissolved into others
    assert topics.auto_n_topics(87) == 7 and topics.auto_n_topics(46_000) == 230
    assert topics.auto_n_themes(230) == 21 and topics.auto_n_themes(7) == 3


def test_save_load_transform_round_trip(tmp_path, seed, seed_model):
    path = seed_model.save(tmp_path / "model")
    assert not list(path.rglob("*.pkl")) and not list(path.rglob("*.pickle"))
    loaded = topics.load(path)
    for name in ("doc_topics", "topic_info", "topics_over_time", "topic_tree", "diagnostics"):
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(seed_model, name),
                                      check_dtype=False)
    pd.testing.assert_frame_equal(loaded.over_time(corpus=seed), seed_model.topics_over_time,
                                  check_dtype=False)
    pd.testing.assert_frame_equal(loaded.over_time(corpus=seed, level="theme"),
                                  seed_model.over_time(level="theme"), check_dtype=False)
    fresh = seed_model.transform(seed)
    pd.testing.assert_frame_equal(loaded.transform(seed), fresh)
    # re-applying the model to the papers it was fitted on gives their fitted topics
    pd.testing.assert_frame_equal(fresh, seed_model.doc_topics)
    assert fresh.attrs["report"] == {"papers": 87, "modelled": 87, "assigned": 87,
                                     "fit_none": 0, "not_modelled": 0, "known": 87,
                                     "drifted": 0}
    with pytest.raises(LitkitError, match="params.json"):
        topics.load(tmp_path)


def test_load_needs_no_bertopic_torch_or_sentence_transformers(tmp_path, seed_model):
    path = seed_model.save(tmp_path / "model")
    code = (
        "import sys, litkit; from litkit import topics\n"
        f"model = topics.load({str(path)!r})\n"
        "model.transform(litkit.load_seed().head(20))\n"
        "heavy = [m for m in ('bertopic', 'torch', 'sentence_transformers', 'umap', 'numba')\n"
        "         if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_transform_reports_papers_that_fit_none_and_papers_that_drift(seed, seed_model):
    changed = seed.copy()
    fitted = seed_model.doc_topics.set_index("id")["topic"]
    # paper A now carries the text of a paper of another topic: its topic drifts
    a = changed["id"].iloc[0]
    b = changed.index[changed["id"].map(fitted) != fitted[a]][0]
    changed.loc[0, ["title", "abstract"]] = changed.loc[b, ["title", "abstract"]].to_numpy()
    out = seed_model.transform(changed)
    assert out.attrs["report"]["drifted"] == 1 and out.attrs["report"]["known"] == 87
    assert out.set_index("id").loc[a, "topic"] == fitted[changed.loc[b, "id"]]
    strict = dataclasses.replace(seed_model, fences=seed_model.fences + 10**15)
    none = strict.transform(seed.head(5))
    assert (none["topic"] == -1).all() and (none["theme"] == -1).all()
    assert none["probability"].isna().all()
    assert none.attrs["report"]["fit_none"] == 5 and none.attrs["report"]["assigned"] == 0


FRENCH = {"id": "fr", "title": "Analyse syntaxique du français",
          "abstract": "Nous présentons une méthode d'analyse syntaxique pour le français, "
                      "évaluée sur un corpus arboré de textes journalistiques."}


def test_transform_flags_papers_in_other_languages(seed_model):
    new = make_corpus([
        FRENCH,
        {"id": "en", "title": "Scaling laws for pretraining data",
         "abstract": "We study how the amount and quality of pretraining data change the "
                     "loss of language models with billions of parameters."},
    ])
    out = seed_model.transform(new)
    assert out.set_index("id")["modelled"].to_dict() == {"fr": False, "en": True}
    assert out.set_index("id").loc["fr", "topic"] == -1
    assert out.set_index("id").loc["en", "topic"] >= 0


def test_embeddings_are_cached_by_content(monkeypatch):
    texts = ["a paper about transformers", "a paper about graphs", "a paper about speech"]
    first = embed.embed(texts, progress=False)
    def load(name):
        raise RuntimeError(f"re-embedded with {name}")

    monkeypatch.setattr(embed, "load", load)
    np.testing.assert_array_equal(embed.embed(texts, progress=False), first)
    np.testing.assert_array_equal(embed.embed(texts[::-1][:2], progress=False),
                                  first[::-1][:2])
    with pytest.raises(RuntimeError, match="re-embedded"):
        embed.embed([*texts, "a new paper"], progress=False)


def test_threads_embedding_the_same_batch_share_the_cache_safely(monkeypatch, tmp_path):
    # Dask's threaded workers may embed one batch at the same moment: each writes its own
    # temporary file before moving it into place
    monkeypatch.setenv(embed.CACHE_ENV, str(tmp_path))
    texts = ["a paper about transformers", "a paper about graphs"]
    both = threading.Barrier(2)

    class Model:
        def encode(self, batch, show_progress_bar=False):
            both.wait(timeout=10)
            return np.eye(len(batch), 4)

    savez = np.savez

    def slow_savez(*args, **kwargs):
        savez(*args, **kwargs)
        time.sleep(0.2)  # both threads have written before either moves its file

    monkeypatch.setattr(embed.np, "savez", slow_savez)
    out, errors = [], []

    def run():
        try:
            out.append(embed.embed(texts, model=Model(), progress=False))
        except Exception as error:  # noqa: BLE001 - the test reports what a thread raised
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    np.testing.assert_array_equal(out[0], out[1])


def test_unknown_embedding_model_is_a_clear_error():
    with pytest.raises(LitkitError, match="cannot load embedding model"):
        embed.load("/nonexistent/model")


def test_too_few_papers_is_a_clear_error(seed):
    with pytest.raises(LitkitError, match="at least 10 papers"):
        topics.fit(seed.head(5), progress=False)


def test_cli_writes_tables_figures_and_model(tmp_path, seed):
    seed_file = tmp_path / "seed.jsonl"
    seed.to_json(seed_file, orient="records", lines=True, date_format="iso")
    papers = tmp_path / "papers.jsonl"
    pd.DataFrame([{"id": i, "params": [7e9], "tokens": [], "datasets": ["MMLU"],
                   "models": ["Llama-2"], "results": []} for i in seed["id"]]).to_json(
        papers, orient="records", lines=True)
    out = tmp_path / "out"
    assert main(["topics", str(seed_file), "-o", str(out), "--papers", str(papers),
                 "--quiet"]) == 0
    for name in ("doc_topics", "topic_info", "topics_over_time", "topic_bursts",
                 "facts_by_topic", "term_bursts", "emerging", "venue_mix", "topic_tree",
                 "diagnostics"):
        assert (out / f"{name}.csv").exists(), name
    info = pd.read_csv(out / "topic_info.csv")
    assert {"topic", "size", "label", "words"} <= set(info.columns)
    facts = pd.read_csv(out / "facts_by_topic.csv")
    assert facts["max_params"].max() == 7e9
    assert (out / "topic_share.png").exists() and (out / "papers_per_topic.pdf").exists()
    assert topics.load(out / "model").params["embedding"] == "tfidf"
    assert main(["topics", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2


def test_cli_assigns_papers_added_later_to_a_saved_model(tmp_path, seed, capsys):
    """'litkit topics NEW --model DIR': the saved topics' ids, papers that fit none, papers
    not modelled and fitted papers whose topic drifted, reported."""
    fitted = tmp_path / "fitted"
    seed.to_json(tmp_path / "seed.jsonl", orient="records", lines=True, date_format="iso")
    assert main(["topics", str(tmp_path / "seed.jsonl"), "-o", str(fitted), "--quiet"]) == 0
    topic_of = pd.read_csv(fitted / "doc_topics.csv").set_index("id")["topic"]
    later = seed.copy()
    other = later.index[later["id"].map(topic_of) != topic_of[later.loc[0, "id"]]][0]
    later.loc[0, ["title", "abstract"]] = later.loc[other, ["title", "abstract"]].to_numpy()
    later = pd.concat([later, make_corpus([
        {"id": "cake", "title": "Lemon drizzle cake",
         "abstract": "Beat butter with caster sugar, fold in flour and eggs, bake in a warm "
                     "oven, then pour lemon syrup over the sponge while it cools."},
        FRENCH,
    ])], ignore_index=True)
    later.to_json(tmp_path / "later.jsonl", orient="records", lines=True, date_format="iso")
    capsys.readouterr()
    assert main(["topics", str(tmp_path / "later.jsonl"), "-o", str(tmp_path / "out"),
                 "--model", str(fitted), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert (f"89 papers under the {topic_of.max() + 1} topics of {fitted / 'model'}: 87 "
            "assigned, 1 fit none (topic -1), 1 not modelled (title and abstract under 5 "
            "words, or language not en); 87 were in the fit, 1 of them drifted") in err
    assert "fits none: cake: Lemon drizzle cake" in err
    assigned = pd.read_csv(tmp_path / "out" / "doc_topics.csv").set_index("id")["topic"]
    unchanged = seed["id"].iloc[1:]
    assert (assigned[unchanged] == topic_of[unchanged]).all()  # the fitted ids, kept
    assert assigned["cake"] == assigned["fr"] == -1
    assert main(["topics", str(tmp_path / "later.jsonl"), "-o", str(tmp_path / "out"),
                 "--model", str(fitted / "model"), "--n-topics", "3"]) == 2
    assert "--n-topics shapes a new fit" in capsys.readouterr().err

