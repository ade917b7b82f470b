"""Running litkit in parallel: on a Dask cluster, or on local worker processes used the same
way (:class:`LocalProcesses`); extraction and embedding, one partition per task.

Each worker process builds the spaCy pipeline (or loads the embedding model) once and
keeps it in a module-level cache, so a partition costs only its own documents. Point it
at an existing cluster with ``client_for("tcp://scheduler:8786")``, or start a local one
with ``client_for("local:4")``.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import queue
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from litkit.errors import LitkitError

#: per-process caches: pipeline options -> spaCy Language; backend name -> embedding model
_PIPELINES: dict[str, Any] = {}
_MODELS: dict[str, Any] = {}


def _options_key(options: dict[str, Any]) -> str:
    try:
        blob = pickle.dumps(sorted(options.items()))
    except Exception:  # unpicklable options: fall back to their text
        blob = repr(sorted(options.items())).encode()
    return hashlib.sha1(blob).hexdigest()


def pipeline(**options: Any) -> Any:
    """litkit's spaCy pipeline for ``options``, built once per process and then reused."""
    key = _options_key(options)
    if key not in _PIPELINES:
        from litkit.extract import build_pipeline

        _PIPELINES[key] = build_pipeline(**options)
    return _PIPELINES[key]


def extract_partition(
    chunk: pd.DataFrame, options: dict[str, Any] | None = None, batch_size: int | None = None
) -> pd.DataFrame:
    """Mentions of one Corpus chunk with this process's cached pipeline, ``batch_size`` rows
    per call (bounds the memory of a large partition)."""
    from litkit.extract import extract_frame

    nlp = pipeline(**(options or {}))
    if not batch_size or len(chunk) <= batch_size:
        return extract_frame(chunk, nlp)
    steps = range(0, len(chunk), batch_size)
    return pd.concat([extract_frame(chunk.iloc[i : i + batch_size], nlp) for i in steps],
                     ignore_index=True)


def extract_dask(
    ddf: Any, output: str | None = None, lexicon: Any = None, batch_size: int | None = None
) -> Any:
    """Mentions of a Dask Corpus, extracted partition by partition on the workers.

    Returns a lazy Dask DataFrame; with ``output`` the Mentions are written there as
    partitioned Parquet (one file per partition) and read back lazily from it. Results
    equal the single-process ``litkit.extract`` of the same rows.
    """
    from litkit import corpus as corpus_mod
    from litkit.store import arrow_schema

    options = {"lexicon": lexicon} if lexicon else {}
    meta = extract_partition(corpus_mod.empty(), options)
    mentions = ddf.map_partitions(extract_partition, options, batch_size, meta=meta)
    if output is None:
        return mentions
    import dask.dataframe as dd

    mentions.to_parquet(output, write_index=False, overwrite=True, schema=arrow_schema(meta))
    return dd.read_parquet(output)


#: How many windows of finished results :func:`map_batches` holds back behind a slow batch.
BUFFERED = 4

#: Batches per task in :func:`extract_on`: fewer, larger tasks cost a Dask scheduler less
#: (its client used ~1 s less CPU on 46k papers with 4 than with 1; local processes alike).
TASK_BATCHES = 4

#: The Corpus columns extraction reads: only these travel to the workers.
EXTRACTED_COLUMNS = ["id", "title", "abstract"]


def summarized_partition(
    chunk: pd.DataFrame, options: dict[str, Any] | None = None, batch_size: int | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions and Papers of one Corpus chunk, both made on the worker (the Papers of a chunk
    are those of its papers in the whole run: each paper is summarized on its own)."""
    from litkit.extract import summarize

    mentions = extract_partition(chunk, options, batch_size)
    return mentions, summarize(mentions, chunk)


def warm_up(client: Any, lexicon: Any = None) -> list:
    """Have every Dask worker build its pipeline now, in the background (e.g. while the
    client reads the input); returns the futures, to keep until the work is submitted."""
    options = {"lexicon": lexicon} if lexicon else {}
    workers = list(client.scheduler_info().get("workers", {}))
    return [client.submit(ready, options, workers=[w], pure=False) for w in workers]


def ready(options: dict[str, Any]) -> None:
    """Build this process's pipeline for ``options`` (a warm-up, off the clock)."""
    pipeline(**options)


def extract_on(
    client: Any, corpus: pd.DataFrame, lexicon: Any = None, batch_size: int = 256,
    progress: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(Mentions, Papers) of an in-memory Corpus, extracted and summarized on the workers of
    ``client`` (a Dask client, see :func:`client_for`, or :class:`LocalProcesses`),
    :data:`TASK_BATCHES` batches per task and a few tasks in flight; equal, row for row, to
    ``litkit.extract`` and ``litkit.summarize`` in one process.

    Only ids, titles and abstracts are sent; the client never imports spaCy.
    """
    from tqdm.auto import tqdm

    options = {"lexicon": lexicon} if lexicon else {}
    slim = corpus[EXTRACTED_COLUMNS]
    step = max(1, batch_size) * TASK_BATCHES
    chunks = (slim.iloc[i : i + step] for i in range(0, len(slim), step))
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    work = partial(summarized_partition, options=options, batch_size=batch_size)
    mentions, papers, errors = [], [], []
    with tqdm(total=len(slim), desc="extract", unit="paper", mininterval=1.0,
              disable=not progress or None) as bar:
        for found, summary in map_batches(client, work, chunks, window):
            mentions.append(found)
            papers.append(summary)
            errors += found.attrs.get("errors", [])
            bar.update(len(summary))
    if not mentions:  # an empty corpus: the worker still says what the tables look like
        found, summary = client.submit(work, slim, pure=False).result()
        mentions, papers = [found], [summary]
    out = pd.concat(mentions, ignore_index=True)
    out.attrs["errors"] = errors
    return out, pd.concat(papers, ignore_index=True)


def map_batches(
    client: Any, fn: Callable[[pd.DataFrame], Any], batches: Iterable[pd.DataFrame], window: int
) -> Iterator[Any]:
    """``fn`` of each batch, run on the cluster with ``window`` batches in flight, yielded in
    submission order (so a caller that commits each result loses at most a few windows).

    A new batch is sent as soon as any batch is done, not only the oldest: a slow batch does
    not leave the other workers idle. Results that finish early wait (at most
    ``BUFFERED * window`` of them) until those before them are yielded.
    """
    done: queue.SimpleQueue = queue.SimpleQueue()  # indices of finished batches, from callbacks
    todo = enumerate(batches)
    pending: dict[int, Any] = {}
    finished: dict[int, Any] = {}
    following = 0  # the index to yield next
    exhausted = False
    while True:
        while not exhausted and len(pending) < window and len(finished) < BUFFERED * window:
            item = next(todo, None)
            if item is None:
                exhausted = True
                break
            index, batch = item
            pending[index] = future = client.submit(fn, batch, pure=False)
            future.add_done_callback(lambda _, index=index: done.put(index))
        if not pending:
            return
        index = done.get()
        finished[index] = pending.pop(index).result()
        while following in finished:
            yield finished.pop(following)
            following += 1


def _embed_partition(chunk: pd.DataFrame, name: str) -> np.ndarray:
    from litkit import embed
    from litkit.topics.text import documents

    if name not in _MODELS:
        _MODELS[name] = embed.load(name)
    return embed.embed(documents(chunk), name, model=_MODELS[name], cache=False, progress=False)


def embed_dask(ddf: Any, name: str = "static") -> np.ndarray:
    """Embeddings of a Dask Corpus (rows in partition order), each partition on a worker.

    The texts are those litkit.topics models (cleaned title and abstract); each worker
    loads backend ``name`` once.
    """
    import dask

    parts = [dask.delayed(_embed_partition)(p, name) for p in ddf.to_delayed()]
    arrays = dask.compute(*parts)
    return np.concatenate(arrays) if arrays else np.empty((0, 0), dtype=np.float32)


def _transform_partition(chunk: pd.DataFrame, model: Any) -> pd.DataFrame:
    from litkit import topics

    return topics.transform(model, chunk)


def transform_dask(ddf: Any, model: Any) -> Any:
    """DocTopics of a Dask Corpus under a fitted topic model, partition by partition: the
    large-corpus path is to fit on a sample and assign the rest here. The model is sent to
    every worker once (needs a running distributed Client); returns a lazy Dask DataFrame."""
    from distributed import get_client

    from litkit import corpus as corpus_mod
    from litkit import topics

    meta = topics.transform(model, corpus_mod.empty())
    shared = get_client().scatter(model, broadcast=True)
    return ddf.map_partitions(_transform_partition, shared, meta=meta)


@contextlib.contextmanager
def client_for(address: str, timeout: str = "20s") -> Iterator[Any]:
    """A Dask client for ``address``: ``local:N`` starts a LocalCluster of N single-threaded
    worker processes (closed on exit); anything else is an existing scheduler's address.

    Local workers are started by a fork server where the system has one: a worker so made
    exits at once when the cluster closes, where a spawned one holding spaCy takes seconds
    to tear down (and is killed after 4); the fork server imports spaCy once for all of them.
    Their statistical profiler and Dask's eager memory trimming are off (each cost ~5% of the
    CPU spent extracting).
    """
    import multiprocessing

    import dask
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        _, _, n = address.partition(":")
        try:
            workers = int(n) if n else None
        except ValueError as exc:
            raise LitkitError(f"--dask {address!r}: expected local:N with N a number") from exc
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() \
            else "spawn"
        # no statistical profiler (it samples stacks 100x a second), and glibc's default
        # memory trimming (Dask's eager one costs ~5% of the workers' CPU on extraction)
        environ = dask.config.get("distributed.nanny.pre-spawn-environ", {})
        local = {"distributed.worker.multiprocessing-method": method,
                 "distributed.worker.profile.enabled": False,
                 "distributed.nanny.pre-spawn-environ": {
                     k: v for k, v in environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}}
        with dask.config.set(local):
            if method == "forkserver":
                _preload()
            with (
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                             dashboard_address=None) as cluster,
                Client(cluster) as client,
            ):
                yield client
        return
    try:
        client = Client(address, timeout=timeout)
    except OSError as exc:
        raise LitkitError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


#: What a local cluster's fork server imports once, so that its workers start with spaCy and
#: litkit's extraction loaded instead of each importing them (~2 s of CPU per worker).
PRELOAD = ["distributed", "litkit.distributed", "litkit.extract"]


def _preload() -> None:
    """Have the fork server preload :data:`PRELOAD`. Dask sets its own list the first time it
    asks for the fork server's context; ours is set after that, so it is the one used when the
    fork server starts (one already running keeps what it has)."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(PRELOAD)


class LocalProcesses:
    """``n`` worker processes on this machine, used as a Dask client is (``submit``,
    ``scheduler_info``): what ``--n-process`` runs on, with :func:`map_batches` and
    :func:`extract_on` as on a cluster.

    Processes are forked where the system allows, all of them on entry, and each first runs
    ``initializer(*initargs)`` (e.g. builds its pipeline): they get ready while the caller
    goes on (e.g. reads the input). With ``preload`` (module names) they are forked by a
    fork server that imports those modules once, instead of each process importing them;
    the caller's ``__main__`` must then be safe to import (as for Dask's local workers).
    """

    def __init__(self, n: int, initializer: Callable[..., Any] | None = None,
                 initargs: tuple = (), preload: list[str] | None = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        if preload and "forkserver" in methods:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(preload)
        else:
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.n = n
        self._pool = ProcessPoolExecutor(n, mp_context=context, initializer=initializer,
                                         initargs=initargs)

    def __enter__(self) -> LocalProcesses:
        for _ in range(self.n):  # start every process now
            self._pool.submit(int)
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def submit(self, fn: Callable[..., Any], *args: Any, pure: bool = True) -> Any:
        return self._pool.submit(fn, *args)

    def scheduler_info(self) -> dict[str, Any]:
        return {"workers": {f"process-{i}": {} for i in range(self.n)}}


def extract_fn(options: dict[str, Any]) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """The picklable chunk -> Mentions function that workers run for these pipeline options."""
    return partial(extract_partition, options=options)
