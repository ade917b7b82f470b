"""Dask: batches and partitions on a 2-worker LocalCluster give the single-process results."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from test_store import canonical, fake_extractor, fake_summarizer, make_test_corpus

from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "eval" / "seed_abstracts.jsonl"


def cached_pipelines() -> int:
    """How many spaCy pipelines this (worker) process has built."""
    from litkit import distributed

    return len(distributed._PIPELINES)


@pytest.fixture(scope="session")
def client():
    from litkit.distributed import client_for

    with client_for("local:2") as c:
        yield c


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"{SEED} not present")
    with SEED.open() as fh:
        return make_corpus([json.loads(line) for line in fh], source="seed")


def test_store_batches_on_the_cluster_equal_a_local_run(client, tmp_path):
    corpus = make_test_corpus(45)
    kw = dict(extractor=fake_extractor, version="v1", summarizer=fake_summarizer,
              batch_size=5, progress=False)
    with Store(tmp_path / "dask.duckdb") as s:
        on_cluster = s.extract(corpus, client=client, **kw)
        assert s.last_run["batches"] == 9
        papers = s.papers()
    with Store(tmp_path / "local.duckdb") as s:
        local = s.extract(corpus, **kw)
        assert canonical(papers).equals(canonical(s.papers()))
    pd.testing.assert_frame_equal(on_cluster, local)


def test_extract_dask_equals_single_process_and_builds_one_pipeline_per_worker(
    client, seed, tmp_path
):
    dd = pytest.importorskip("dask.dataframe")
    extract = pytest.importorskip("litkit.extract")
    if not hasattr(extract, "extract_frame"):
        pytest.skip("litkit.extract has no extract_frame yet")
    from litkit.distributed import extract_dask

    single = extract.extract(seed)
    ddf = dd.from_pandas(seed, npartitions=4)
    lazy = extract_dask(ddf)
    assert list(lazy.columns) == list(single.columns)
    assert canonical(lazy.compute()).equals(canonical(single))

    written = extract_dask(ddf, output=str(tmp_path / "mentions"))
    assert len(list((tmp_path / "mentions").glob("*.parquet"))) == 4
    assert canonical(written.compute()).equals(canonical(single))

    assert sorted(client.run(cached_pipelines).values()) == [1, 1]


def test_unreachable_scheduler_is_a_one_line_error():
    from litkit.distributed import client_for

    with pytest.raises(LitkitError, match="cannot reach the Dask scheduler"):
        with client_for("tcp://127.0.0.1:9", timeout="2s"):
            pass
    with pytest.raises(LitkitError, match="local:N"):
        with client_for("local:two"):
            pass


@pytest.fixture(scope="module")
def tiny_embedding(tmp_path_factory):
    """A small static embedding model written locally (no download, no distillation)."""
    np = pytest.importorskip("numpy")
    from safetensors.numpy import save_file
    from tokenizers import Tokenizer, models, pre_tokenizers

    words = ["[UNK]", "[PAD]", "model", "models", "language", "data", "training", "tokens",
             "parameters", "benchmark", "we", "the", "and", "of", "a", "to", "in"]
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    vectors = np.random.default_rng(0).normal(size=(len(words), 16)).astype("float32")
    path = tmp_path_factory.mktemp("tiny-embedding")  # a model2vec-style directory
    save_file({"embeddings": vectors}, str(path / "model.safetensors"))
    tokenizer.save(str(path / "tokenizer.json"))
    return str(path)


def test_embed_dask_equals_embedding_in_one_process(client, seed, tiny_embedding):
    dd = pytest.importorskip("dask.dataframe")
    np = pytest.importorskip("numpy")
    from litkit import embed
    from litkit.distributed import embed_dask
    from litkit.topics.text import documents

    parallel = embed_dask(dd.from_pandas(seed, npartitions=3), tiny_embedding)
    single = embed.embed(documents(seed), tiny_embedding, cache=False, progress=False)
    assert parallel.shape == (len(seed), 16)
    np.testing.assert_allclose(parallel, single, rtol=1e-5, atol=1e-6)


def test_transform_dask_assigns_the_topics_of_a_sample_fit(client, seed, tiny_embedding):
    dd = pytest.importorskip("dask.dataframe")
    from litkit import topics
    from litkit.distributed import transform_dask

    dated = seed.assign(year=[2020 + i % 4 for i in range(len(seed))])
    model = topics.fit(dated.iloc[::2], embedding=tiny_embedding, progress=False)
    rest = dated.iloc[1::2].reset_index(drop=True)
    parallel = transform_dask(dd.from_pandas(rest, npartitions=3), model).compute()
    expected = topics.transform(model, rest)
    pd.testing.assert_frame_equal(parallel.reset_index(drop=True), expected, check_dtype=False)


def test_cli_extract_on_an_existing_scheduler_equals_a_plain_run(client, seed, tmp_path):
    from litkit.cli import main

    src = tmp_path / "seed.jsonl"
    seed.head(40).drop(columns=["date", "extra"]).to_json(src, orient="records", lines=True,
                                                          date_format="iso")
    address = client.scheduler.address
    args = ["extract", str(src), "--quiet", "--batch-size", "16"]
    runs = {"plain": [], "dask": ["--dask", address], "processes": ["--n-process", "2"],
            "stored": ["--store", str(tmp_path / "s.duckdb"), "--dask", address],
            "stored_processes": ["--store", str(tmp_path / "p.duckdb"), "--n-process", "2"]}
    for name, extra in runs.items():
        assert main([*args, "-o", str(tmp_path / f"{name}.parquet"), "--summary",
                     str(tmp_path / f"{name}.jsonl"), *extra]) == 0
    plain = pd.read_parquet(tmp_path / "plain.parquet")
    summary = (tmp_path / "plain.jsonl").read_text()
    assert len(plain) > 0 and len(summary.splitlines()) == 40
    for other in ("dask", "processes"):  # the same rows in the same order
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{other}.parquet"), plain)
        assert (tmp_path / f"{other}.jsonl").read_text() == summary
    for stored in ("stored", "stored_processes"):
        assert canonical(pd.read_parquet(tmp_path / f"{stored}.parquet")).equals(canonical(plain))


class _Threads:
    """A client that runs each batch on a thread of its own, as a cluster with many workers."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.pool = ThreadPoolExecutor(16)
        self.submitted = 0

    def submit(self, fn, batch, pure=True):
        self.submitted += 1
        return self.pool.submit(fn, batch)


def test_map_batches_keeps_workers_busy_behind_a_slow_batch_and_yields_in_order():
    import threading

    from litkit.distributed import BUFFERED, map_batches

    release = threading.Event()
    client = _Threads()

    def work(batch: int) -> int:
        if batch == 0:  # the first batch is slow: held until many others have been sent
            assert release.wait(10)
        return batch * 10

    def batches():
        for batch in range(20):
            if client.submitted > BUFFERED:  # the others went on while batch 0 ran
                release.set()
            yield batch

    assert list(map_batches(client, work, batches(), window=2)) == [b * 10 for b in range(20)]
    assert release.is_set()
