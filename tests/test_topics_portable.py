"""Topics that are the same on every machine: exact integer vectors, the shipped static model,
deterministic k-means, terms and labels, and the cross-machine check itself (fits in
subprocesses with CPU-specific kernels switched off must give byte-identical tables).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from litkit.errors import LitkitError
from litkit.topics import labels, static
from litkit.topics.cluster import best, centroids_of, fences, kmeans
from litkit.topics.terms import class_counts, ctfidf, fit_terms, idf, top_terms
from litkit.topics.vectors import UNIT, dots, unit_rows, unit_rows_sparse

ROOT = Path(__file__).resolve().parents[1]
ML_ABSTRACTS = ROOT.parent / "shared" / "data" / "ml_abstracts.jsonl.gz"


def test_unit_rows_are_exact_integer_unit_vectors():
    rng = np.random.default_rng(0)
    x = rng.integers(-(2**40), 2**40, size=(50, 256))  # large enough to need the shift
    u = unit_rows(x)
    assert u.dtype == np.int32 and np.abs(u).max() <= UNIT
    norms = np.sqrt((u.astype(np.int64) ** 2).sum(axis=1))
    assert np.abs(norms - UNIT).max() < 16  # rounding to integers: within sqrt(d)/2 units
    assert np.array_equal(unit_rows(np.zeros((2, 8), dtype=np.int64)), np.zeros((2, 8)))
    assert np.array_equal(unit_rows(4 * x[:5]), u[:5])  # a power-of-two scale drops out


def test_dot_products_are_exact_whatever_the_blas_kernel():
    rng = np.random.default_rng(1)
    a = unit_rows(rng.normal(size=(40, 256)))
    b = unit_rows(rng.normal(size=(7, 256)))
    exact = [[sum(int(p) * int(q) for p, q in zip(r, c, strict=True)) for c in b] for r in a]
    assert dots(a, b).tolist() == exact  # Python integers: no rounding at all
    # sparse rows over many dimensions (TF-IDF vectors): exact too (Cauchy-Schwarz bound)
    wide = unit_rows_sparse(csr_matrix(rng.random((30, 60_000)) * (rng.random((30, 60_000))
                                                                   < 0.01)))
    centre = unit_rows(np.asarray(wide[:5].sum(axis=0)))
    rows = wide.toarray().astype(np.int64)
    exact = [[sum(int(p) * int(q) for p, q in zip(r[r != 0], centre[i][r != 0], strict=True))
              for i in range(len(centre))] for r in rows]
    assert dots(wide, centre).tolist() == exact
    assert np.array_equal(wide.toarray(), unit_rows(rows))  # sparse and dense agree


def test_static_model_is_verified_by_its_hash(tmp_path, monkeypatch):
    assert static.file_sha256(static.STATIC_FILE) == static.STATIC_SHA256
    model = static.load()
    assert model.table.shape == (len(model.table), static.PCA_DIMS)
    assert static.STATIC_FILE.stat().st_size < 8_500_000
    broken = tmp_path / "static.safetensors"
    data = bytearray(static.STATIC_FILE.read_bytes())
    data[len(data) // 2] ^= 1
    broken.write_bytes(bytes(data))
    monkeypatch.setattr(static, "STATIC_FILE", broken)
    with pytest.raises(LitkitError, match="corrupt"):
        static.load(broken)


def test_static_embedding_is_an_integer_sum_of_token_rows():
    model = static.load()
    text = "Retrieval-augmented generation grounds large language models in documents."
    ids = model.tokenizer.encode(text, add_special_tokens=False).ids
    rows = [model.lookup[i] for i in ids if model.lookup[i] >= 0]
    total = [sum(int(model.table[r, d]) for r in rows) for d in range(model.dims)]
    expected = unit_rows(np.array([total], dtype=np.int64))
    assert np.array_equal(model.encode([text]), expected)
    assert not model.encode(["[PAD] [UNK]"]).any()  # no known token: a zero vector


def test_kmeans_is_deterministic_and_consistent():
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(4, 32)) * 3
    x = unit_rows(np.repeat(centres, 30, axis=0) + rng.normal(size=(120, 32)))
    first, c1 = kmeans(x, 4, seed=5)
    second, c2 = kmeans(x, 4, seed=5)
    assert np.array_equal(first, second) and np.array_equal(c1, c2)
    assert np.array_equal(best(x, c1)[0], first)  # labels are each row's nearest centroid
    assert sorted(np.bincount(first).tolist()) == [30, 30, 30, 30]  # the planted clusters
    assert np.array_equal(centroids_of(x, first, 4), c1)
    labels_, kept = kmeans(x, 6, seed=5, min_size=31)  # no cluster that small survives
    assert np.bincount(labels_).min() >= 31 and len(kept) < 6
    tie = unit_rows(np.array([[1, 0], [0, 1]]))
    assert best(unit_rows(np.array([[1, 1]])), tie)[0].tolist() == [0]  # ties: lowest index


def test_weighted_kmeans_follows_the_weights():
    x = unit_rows(np.array([[10, 1], [10, -1], [1, 10], [-1, 10]]))
    heavy = np.array([1, 1, 100, 1])
    _, centroids = kmeans(x, 1, weights=heavy)
    assert dots(centroids, x[[2]])[0, 0] > dots(centroids, x[[0]])[0, 0]


def test_fences_are_tukey_fences_of_leave_one_out_cosines():
    rng = np.random.default_rng(3)
    x = unit_rows(np.vstack([np.tile([5.0, 0, 0, 0], (9, 1)) + rng.normal(size=(9, 4)),
                             [[0.5, 4, 0, 0]],  # a member far from the others
                             np.tile([0, 0, 5.0, 0], (3, 1))]))
    labels_ = np.array([0] * 10 + [1] * 3)
    fence = fences(x, labels_, 2)
    members = x[:10].astype(float)
    loo = [members[i] @ (members.sum(0) - members[i])
           / np.linalg.norm(members[i]) / np.linalg.norm(members.sum(0) - members[i])
           for i in range(10)]
    ranked = np.sort(loo)
    q1, q3 = ranked[(10 - 1) // 4], ranked[3 * (10 - 1) // 4]
    assert fence[0] == pytest.approx(q1 - 1.5 * (q3 - q1), abs=1e-9)
    assert loo[9] < fence[0] < min(loo[:9])
    assert fence[1] == -np.inf  # under four members: no fence
    sparse = fences(csr_matrix(x.astype(np.float64)), labels_, 2)
    assert np.array_equal(sparse, fence)  # the same numbers from sparse rows


def test_terms_are_contiguous_phrases_without_stop_words():
    docs = ["Graph neural networks for molecules.", "We study graph neural networks, again.",
            "Retrieval of documents with graph neural networks"]
    terms, counts = fit_terms(docs, {"for", "we", "of", "with", "study", "again"}, min_df=2)
    names = terms.names().tolist()
    assert "graph neural networks" in names and "graph neural" in names
    assert "retrieval documents" not in names and "networks molecules" not in names
    assert counts[:, names.index("graph neural networks")].toarray().ravel().tolist() == [1, 1, 1]
    assert (terms.count(docs) != counts).nnz == 0  # counting again with the vocabulary
    assert terms.names(spelled=True)[names.index("graph")] == "graph"  # 'Graph' starts a text


def test_ctfidf_ranks_by_topic_distinctiveness():
    docs = ["cats purr softly"] * 3 + ["dogs bark loudly"] * 3 + ["cats and dogs play"]
    terms, counts = fit_terms(docs, {"and"}, min_df=1)
    per_class = class_counts(counts, np.array([0, 0, 0, 1, 1, 1, -1]), 2)
    scores = ctfidf(per_class, idf(per_class))
    names = terms.names()
    assert set(names[top_terms(scores, 0, 3)]) <= {"cats", "purr", "softly", "cats purr",
                                                    "purr softly", "cats purr softly"}
    assert "play" not in names[top_terms(scores, 1, 20)]  # label -1 counts for no class
    frequency = np.asarray(per_class.sum(axis=0)).ravel()
    used = frequency > 0  # 'play' occurs only in the outlier paper
    assert np.allclose(idf(per_class)[used], np.log1p(per_class.sum() // 2 / frequency[used]))


def test_labels_prefer_defined_acronyms_and_noun_phrases():
    thread = ("We study retrieval-augmented generation (RAG) for question answering with "
              "retrieval-augmented generation pipelines and retrievers.")
    other = ("We study graph neural networks (GNNs) on molecules; graph neural networks "
             "pass messages between nodes of graphs.")
    docs = [thread] * 6 + [other] * 6
    topic = np.array([0] * 6 + [1] * 6)
    terms, counts = fit_terms(docs, {"we", "study", "for", "with", "and", "on", "of",
                                     "between"}, min_df=2)
    per_class = class_counts(counts, topic, 2)
    present = csr_matrix(counts)
    present.data[:] = 1
    names, phrases = labels.build_labels(
        terms, ctfidf(per_class, idf(per_class)), per_class, class_counts(present, topic, 2),
        topic, labels.acronym_definitions(docs))
    assert names == ["retrieval-augmented generation (RAG)", "graph neural networks (GNNs)"]
    assert labels.phrase_key("multi-armed bandits") == labels.phrase_key("Multi-armed bandit")
    assert labels.phrase_key("pre-trained models") == labels.phrase_key("pretrained model")
    assert labels.phrase_key("Gaussian process") == ("gaussian", "process")


def test_same_labels_get_a_distinct_second_phrase():
    def group(text, acronym=None):
        return {"text": text, "key": labels.phrase_key(text), "acronym": acronym}

    ranked = [[group("machine translation", "MT"), group("speech")],
              [group("machine translation", "MT"), group("low-resource languages")],
              [group("parsing"), group("treebanks")]]
    assert labels._compose(ranked, 1) == ["MT: speech", "MT: low-resource languages",
                                          "parsing"]
    assert labels._compose(ranked[2:], 2) == ["parsing, treebanks"]


FIT_SCRIPT = r"""
import gzip, json, sys
from pathlib import Path
import litkit
from litkit import topics
from litkit.corpus import make_corpus

out = Path(sys.argv[1])
fits = {"seed": litkit.load_seed()}
sample = Path(sys.argv[2])
if sample.exists():
    with gzip.open(sample, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for i, line in enumerate(fh) if i % 9 == 0]
    fits["sample"] = make_corpus(records[:5000])
runs = [(name, corpus, "tfidf") for name, corpus in fits.items()]
runs.append(("seed-static", fits["seed"], "static"))  # the shipped static embedding too
for name, corpus, embedding in runs:
    model = topics.fit(corpus, embedding=embedding, progress=False)
    for table in ("doc_topics", "topic_info", "topic_tree", "topics_over_time"):
        getattr(model, table).to_csv(out / f"{name}-{table}.csv", index=False)
    model.transform(fits["seed"]).to_csv(out / f"{name}-transform.csv", index=False)
"""


def _cpu_features() -> list[str]:
    """numpy's dispatched SIMD features this CPU has (what NPY_DISABLE_CPU_FEATURES takes)."""
    try:
        from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
    except ImportError:
        return []
    return [f for f in __cpu_dispatch__ if __cpu_features__.get(f)]


def _fit_in_subprocess(folder: Path, extra_env: dict[str, str]) -> dict[str, bytes]:
    folder.mkdir()
    env = {**os.environ, "LITKIT_CACHE_DIR": str(folder / "cache"), **extra_env}
    subprocess.run([sys.executable, "-c", FIT_SCRIPT, str(folder), str(ML_ABSTRACTS)],
                   env=env, check=True, timeout=600)
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


@pytest.mark.timeout(900)
def test_topics_are_byte_identical_with_portable_kernels(tmp_path):
    """The seed corpus and a fixed 5,000-paper sample, fitted with fresh caches once as is
    and once with torch, numba, MKL, OpenBLAS and numpy held to generic CPU kernels."""
    generic = {"ATEN_CPU_CAPABILITY": "default", "NUMBA_CPU_NAME": "generic",
               "MKL_CBWR": "COMPATIBLE", "OPENBLAS_CORETYPE": "Prescott",
               "NPY_DISABLE_CPU_FEATURES": " ".join(_cpu_features())}
    plain = _fit_in_subprocess(tmp_path / "plain", {})
    portable = _fit_in_subprocess(tmp_path / "generic", generic)
    assert "seed-doc_topics.csv" in plain
    if ML_ABSTRACTS.exists():
        assert "sample-doc_topics.csv" in plain
    assert plain.keys() == portable.keys()
    for name in plain:
        assert hashlib.sha256(plain[name]).hexdigest() == \
            hashlib.sha256(portable[name]).hexdigest(), name
    shutil.rmtree(tmp_path)
