"""Persistent litkit tables in one DuckDB file, with incremental, crash-safe extraction.

A :class:`Store` keeps the Corpus, Mentions, Papers and topic tables in a single DuckDB
database that a notebook can query with SQL. :meth:`Store.extract` processes only the
papers whose (id, content hash, extractor version) it has not seen, in batches that each
commit their mentions, papers and bookkeeping in one transaction, so a killed run loses
at most the batch in flight and the next run resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
from tqdm.auto import tqdm

from litkit import corpus as corpus_mod
from litkit.distributed import extract_fn, map_batches
from litkit.errors import LitkitError

#: Tables the store manages itself; any other DataFrame can be kept with :meth:`Store.write`.
CORE_TABLES = ("corpus", "mentions", "papers", "processed", "runs")

Extractor = Callable[[pd.DataFrame], pd.DataFrame]
Summarizer = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]


#: What extraction reads (title and abstract), hashed in SQL per paper: a change re-extracts.
CONTENT_HASH_SQL = "left(sha1(coalesce(title, '') || chr(31) || coalesce(abstract, '')), 20)"


def _fill_null_types(t: pa.DataType) -> pa.DataType:
    """Arrow's null type (an all-None column) replaced by string, recursively, for storage."""
    if pa.types.is_null(t):
        return pa.string()
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pa.list_(_fill_null_types(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _fill_null_types(f.type)) for f in t])
    return t


def arrow_schema(df: pd.DataFrame) -> pa.Schema:
    """The Arrow schema of ``df``, with all-None (null-typed) columns stored as strings."""
    schema = pa.Schema.from_pandas(df, preserve_index=False)
    return pa.schema([pa.field(f.name, _fill_null_types(f.type)) for f in schema])


def _only_text_differs(have: str, new: str) -> bool:
    """True when DuckDB type ``new`` is ``have`` with some VARCHAR parts made specific."""
    a, b = re.findall(r'"[^"]*"|\w+|\S', have), re.findall(r'"[^"]*"|\w+|\S', new)
    pairs = list(zip(a, b, strict=False))
    return (
        len(a) == len(b)
        and '"NULL"' not in b
        and all(x == y or x == "VARCHAR" for x, y in pairs)
    )


_FIELD = re.compile(r'("[^"]*"|\w+) ([A-Z]+)(?=[,)\[])')


def _adds_fields(have: str, new: str) -> bool:
    """True when DuckDB type ``new`` is the STRUCT (or list of STRUCTs) ``have`` with more
    fields, which widening ``have`` keeps."""
    return ("STRUCT(" in have and have.count("STRUCT(") == new.count("STRUCT(")
            and set(_FIELD.findall(have)) < set(_FIELD.findall(new.replace('"NULL"', "VARCHAR"))))


def _arrow(df: pd.DataFrame, types: dict[str, pa.DataType] | None = None) -> pa.Table:
    """``df`` as an Arrow table for DuckDB, without pandas metadata (a reader's rejects, notes),
    which is not stored; ``types`` fixes columns' types (one of only None has none)."""
    df = df.copy(deep=False)
    df.attrs = {}
    table = pa.Table.from_pandas(df, preserve_index=False)
    for name, kind in (types or {}).items():
        i = table.schema.get_field_index(name)
        table = table.set_column(i, name, table.column(i).cast(kind))
    return table


#: The Corpus's list columns (authors, references) hold strings, also when all are None.
CORPUS_TYPES = {c: pa.list_(pa.string()) for c, k in corpus_mod.COLUMNS.items() if k == "list"}


def _pythonize(value: Any) -> Any:
    """DuckDB returns lists as numpy arrays; give back plain lists (and dicts inside them)."""
    if isinstance(value, np.ndarray):
        return [_pythonize(v) for v in value.tolist()]
    if isinstance(value, list):
        return [_pythonize(v) for v in value]
    if isinstance(value, dict):
        return {k: _pythonize(v) for k, v in value.items()}
    return value


class Store:
    """A DuckDB database holding litkit's tables; ``Store("litkit.duckdb")`` creates or opens it.

    ``store.sql("select ...")`` returns a DataFrame; ``store.extract(corpus)`` runs the
    extractor incrementally and returns the Mentions of ``corpus``. Use as a context manager
    (or call :meth:`close`) so the file is released for other processes.
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise LitkitError(f"{self.path}: no such store")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            raise LitkitError(f"{self.path}: cannot open store: {exc}") from exc
        if not read_only:
            self.con.execute(
                "create table if not exists processed (paper_id varchar primary key, "
                "content_hash varchar, extractor_version varchar, batch_id bigint)"
            )
            self.con.execute(
                "create table if not exists runs (run_id bigint, started timestamp, "
                "finished timestamp, extractor_version varchar, papers bigint, "
                "extracted bigint, batches bigint)"
            )
        #: counts of the last :meth:`extract` call: papers, extracted, skipped, batches
        self.last_run: dict[str, Any] = {}

    # -- plumbing ---------------------------------------------------------------------
    def close(self) -> None:
        """Release the database file."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        """Run SQL against the store; a query's rows come back as a DataFrame."""
        try:
            cur = self.con.execute(query, params or [])
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0]
            raise LitkitError(f"{self.path}: SQL failed: {first}") from exc
        if cur.description is None:
            return pd.DataFrame()
        return cur.df()

    def tables(self) -> list[str]:
        """Names of the tables in the store."""
        rows = self.con.execute("select table_name from information_schema.tables").fetchall()
        return sorted(r[0] for r in rows)

    def has(self, name: str) -> bool:
        return name in self.tables()

    def info(self) -> pd.DataFrame:
        """One row per table: name and row count, plus the extractor versions processed."""
        rows = []
        for name in self.tables():
            n = self.con.execute(f'select count(*) from "{name}"').fetchone()[0]
            rows.append({"table": name, "rows": int(n)})
        out = pd.DataFrame(rows, columns=["table", "rows"])
        if self.has("processed"):
            versions = self.con.execute(
                "select extractor_version, count(*) from processed group by 1 order by 1"
            ).fetchall()
            out.attrs["extractor_versions"] = {v: int(n) for v, n in versions}
        return out

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """All statements inside commit together, or none does."""
        self.con.begin()
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    @contextlib.contextmanager
    def _registered(self, name: str, data: Any) -> Iterator[None]:
        """``data`` (a DataFrame or Arrow table) visible to SQL as view ``name`` inside."""
        self.con.register(name, data)
        try:
            yield
        finally:
            self.con.unregister(name)

    def _with(self, name: str, data: Any, query: str, params: list | None = None) -> dict:
        """Run ``query`` with ``data`` visible as view ``name``; returns the result's columns
        as numpy arrays."""
        with self._registered(name, data):
            return self.con.execute(query, params or []).fetchnumpy()

    def _insert(
        self, table: str, df: pd.DataFrame, types: dict[str, pa.DataType] | None = None
    ) -> None:
        """Append ``df`` to ``table`` (columns matched by name), creating the table if new.

        A column first seen with only None values is created as text; when a later batch
        brings its real type (numbers, structs) the column is converted, and new columns
        are added, so the first batch does not fix the schema for good. ``types`` fixes
        columns' types up front.
        """
        data = _arrow(df, types)
        if not self.has(table):
            filled = pa.schema([pa.field(f.name, _fill_null_types(f.type)) for f in data.schema])
            self._with("data_", data.cast(filled), f'create table "{table}" as from data_')
            return
        if not len(df):
            return
        with self._registered("data_", data):
            self._evolve(table)
            self.con.execute(f'insert into "{table}" by name select * from data_')

    def _types(self, relation: str) -> dict[str, str]:
        query = f"select column_name, column_type from (describe select * from {relation})"
        return dict(self.con.execute(query).fetchall())

    def _evolve(self, table: str) -> None:
        """Fit ``table`` to the registered batch ``data_``: add its new columns, widen structs
        that gained fields, and give columns that were text only for want of values (all None
        so far) the batch's type."""
        have = self._types(f'"{table}"')
        for col, kind in self._types("data_").items():
            if col not in have:
                kind = kind.replace('"NULL"', "VARCHAR")
                self.con.execute(f'alter table "{table}" add column "{col}" {kind}')
            elif kind != have[col] and _adds_fields(have[col], kind):
                kind = kind.replace('"NULL"', "VARCHAR")  # a newer litkit's Papers results
                self.con.execute(f'alter table "{table}" alter "{col}" type {kind}')
            elif kind != have[col] and _only_text_differs(have[col], kind):
                bad = self.con.execute(
                    f'select count(*) from "{table}" where "{col}" is not null '
                    f'and try_cast("{col}" as {kind}) is null'
                ).fetchone()[0]
                if not bad:
                    self.con.execute(f'alter table "{table}" alter "{col}" type {kind}')

    def _delete(self, table: str, key: str, ids: pd.Series) -> None:
        """Delete the rows of ``table`` whose ``key`` is one of ``ids``."""
        if self.has(table):
            frame = pd.DataFrame({"id": ids.to_numpy()})
            self._with("ids_", frame, f'delete from "{table}" where "{key}" in (from ids_)')

    def _read(self, query: str, params: list | None = None) -> pd.DataFrame:
        df = self.con.execute(query, params or []).df()
        for col in df.columns:
            if df[col].dtype == object:
                df[col] = df[col].map(_pythonize)
        return df

    # -- whole tables -----------------------------------------------------------------
    def write(self, name: str, df: pd.DataFrame) -> None:
        """Replace table ``name`` by ``df``: topic tables (doc_topics, topic_info,
        topics_over_time) and any other result table."""
        if name in CORE_TABLES:
            raise LitkitError(f"{name} is kept by the store itself; use put_corpus or extract")
        with self._transaction():
            self.con.execute(f'drop table if exists "{name}"')
            self._insert(name, df)

    def read(self, name: str) -> pd.DataFrame:
        """Table ``name`` as a DataFrame (lists as Python lists)."""
        if name == "corpus":
            return self.corpus()
        if not self.has(name):
            raise LitkitError(f"{self.path}: no table {name!r}; tables: {', '.join(self.tables())}")
        return self._read(f'select * from "{name}"')

    def put_corpus(self, corpus: pd.DataFrame) -> None:
        """Add ``corpus`` to the stored Corpus, replacing papers with the same id.

        Only rows that are new or differ from the stored ones are rewritten (DuckDB compares
        the whole rows), so re-storing an unchanged corpus is cheap while a metadata-only
        correction (a date, a DOI) still reaches the store.
        """
        rows = corpus_mod.validate(corpus).copy()
        encode = json.JSONEncoder(default=str).encode
        rows["extra"] = [encode(e or {}) for e in rows["extra"]]
        rows["authors"] = rows["authors"].map(list)
        if not self.has("corpus"):
            self._insert("corpus", rows, CORPUS_TYPES)
            return
        cols = ", ".join(f'"{c}"' for c in corpus_mod.COLUMNS)
        changed = f"select id from (select {cols} from data_ except select {cols} from corpus)"
        with self._transaction(), self._registered("data_", _arrow(rows, CORPUS_TYPES)):
            self._evolve("corpus")
            self.con.execute(f"create temp table changed_ as {changed}")
            self.con.execute("delete from corpus where id in (from changed_)")
            self.con.execute(
                "insert into corpus by name select * from data_ where id in (from changed_)"
            )
            self.con.execute("drop table changed_")

    def corpus(self) -> pd.DataFrame:
        """The stored Corpus, validated."""
        if not self.has("corpus"):
            return corpus_mod.empty()
        df = self._read("select * from corpus order by id")
        df["extra"] = df["extra"].map(lambda e: json.loads(e) if e else {})
        return corpus_mod.validate(df)

    def mentions(self, ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Stored Mentions, of papers ``ids`` (in that order) or of all papers."""
        return self._rows("mentions", "paper_id", ids)

    def papers(self, ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Stored Papers summaries, of papers ``ids`` (in that order) or of all papers."""
        return self._rows("papers", "id", ids)

    def _rows(self, table: str, key: str, ids: Iterable[str] | None) -> pd.DataFrame:
        if not self.has(table):
            return pd.DataFrame()
        if ids is None:
            return self._read(f"select * from {table} order by {key}")
        order = pd.DataFrame({"id": list(ids)})
        order["pos"] = np.arange(len(order))
        cols = [c for c in self.con.execute(f"select * from {table} limit 0").df().columns]
        tie = ", ".join(f't."{c}"' for c in ("start", "end", "label") if c in cols and c != key)
        query = (
            f"select t.* from {table} t join order_ o on t.{key} = o.id "
            f"order by o.pos{', ' + tie if tie else ''}"
        )
        with self._registered("order_", order):
            return self._read(query)

    # -- incremental extraction ---------------------------------------------------------
    def pending(self, corpus: pd.DataFrame, version: str) -> pd.DataFrame:
        """Rows of ``corpus`` not yet extracted with this content and extractor ``version``."""
        keys = corpus[["id", "title", "abstract"]].reset_index(drop=True)
        keys["pos"] = np.arange(len(keys))
        query = (
            f"with k as (select pos, id, {CONTENT_HASH_SQL} as h from keys_) "
            "select k.pos, k.h from k left join processed p on p.paper_id = k.id "
            "and p.content_hash = k.h and p.extractor_version = ? "
            "where p.paper_id is null order by k.pos"
        )
        todo = self._with("keys_", keys, query, [version])
        out = corpus.iloc[todo["pos"]].copy()
        out["content_hash"] = todo["h"]
        return out

    def commit_batch(
        self,
        batch: pd.DataFrame,
        mentions: pd.DataFrame,
        papers: pd.DataFrame | None,
        version: str,
        batch_id: int,
    ) -> None:
        """Replace the results of ``batch``'s papers in one transaction (all or nothing)."""
        done = pd.DataFrame(
            {
                "paper_id": batch["id"].to_numpy(),
                "content_hash": batch["content_hash"].to_numpy(),
                "extractor_version": version,
                "batch_id": batch_id,
            }
        )
        with self._transaction():
            for table, key, rows in (("mentions", "paper_id", mentions), ("papers", "id", papers)):
                if rows is not None:
                    self._delete(table, key, batch["id"])
                    self._insert(table, rows)
            self._delete("processed", "paper_id", batch["id"])
            self._insert("processed", done)

    def extract(
        self,
        corpus: pd.DataFrame,
        extractor: Extractor | None = None,
        version: str | None = None,
        summarizer: Summarizer | None = None,
        batch_size: int = 1000,
        progress: bool = True,
        client: Any = None,
        **pipeline_options: Any,
    ) -> pd.DataFrame:
        """Extract what is new or changed in ``corpus``, store it, return ``corpus``'s Mentions.

        By default litkit's spaCy pipeline (``litkit.extract.build_pipeline(**pipeline_options)``)
        runs, versioned by ``EXTRACTOR_VERSION``, and Papers are summarized per batch. A custom
        ``extractor(chunk) -> Mentions`` needs its own ``version`` string (and a ``summarizer``
        if a Papers table is wanted). Papers already processed with the same title, abstract and
        version are skipped; a new version re-processes everything. With a Dask ``client`` the
        batches are extracted and summarized on its workers (a few in flight at once) and
        committed here in order.
        """
        corpus = corpus_mod.validate(corpus)
        pipeline_options = {k: v for k, v in pipeline_options.items() if v is not None}
        if extractor is None:
            from litkit import extract as extract_mod

            version = version or _default_version(pipeline_options)
            summarizer = summarizer or extract_mod.summarize
        elif version is None:
            raise LitkitError("a custom extractor needs a version string (re-run when it changes)")
        started = datetime.now(UTC).replace(tzinfo=None)
        self.put_corpus(corpus)
        todo = self.pending(corpus, version)
        last = self.con.execute("select coalesce(max(batch_id), 0) from processed").fetchone()
        batch_id = int(last[0])
        batches = [todo.iloc[i : i + batch_size] for i in range(0, len(todo), batch_size)]
        chunks = (b.drop(columns="content_hash") for b in batches)
        work = partial(_process, extractor=extractor or extract_fn(pipeline_options),
                       summarizer=summarizer)
        if client is not None:
            window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
            results = map_batches(client, work, chunks, window)
        else:
            results = map(work, chunks)
        errors: list = []
        bar = tqdm(total=len(todo), desc="extract", unit="doc", disable=not progress)
        for batch, (mentions, papers) in zip(batches, results, strict=True):
            batch_id += 1
            self.commit_batch(batch, mentions, papers, version, batch_id)
            errors.extend(mentions.attrs.get("errors", []))
            bar.update(len(batch))
        bar.close()
        self.last_run = {
            "papers": len(corpus),
            "extracted": len(todo),
            "skipped": len(corpus) - len(todo),
            "batches": len(batches),
            "extractor_version": version,
        }
        run_id = int(self.con.execute("select count(*) from runs").fetchone()[0]) + 1
        finished = datetime.now(UTC).replace(tzinfo=None)
        run = {"run_id": run_id, "started": started, "finished": finished}
        run.update({k: self.last_run[k] for k in ("extractor_version", "papers", "extracted")})
        self._insert("runs", pd.DataFrame([{**run, "batches": len(batches)}]))
        out = self.mentions(corpus["id"])
        out.attrs["errors"] = errors  # problems the extractor reported in this run
        return out

    # -- Parquet ------------------------------------------------------------------------
    def export_parquet(self, directory: str | Path) -> list[Path]:
        """Write every table to ``directory/<table>.parquet``; returns the files written."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in self.tables():
            path = directory / f"{name}.parquet"
            self.con.execute(f"copy \"{name}\" to '{_quote(path)}' (format parquet)")
            paths.append(path)
        return paths

    def import_parquet(self, directory: str | Path) -> list[str]:
        """Load every ``directory/*.parquet`` as the table of that name, replacing it."""
        paths = sorted(Path(directory).glob("*.parquet"))
        if not paths:
            raise LitkitError(f"{directory}: no .parquet files to import")
        with self._transaction():
            for path in paths:
                self.con.execute(
                    f"create or replace table \"{path.stem}\" as "
                    f"select * from read_parquet('{_quote(path)}')"
                )
        return [p.stem for p in paths]


def _process(
    chunk: pd.DataFrame, extractor: Extractor, summarizer: Summarizer | None
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Mentions and Papers of one batch (on a Dask worker when there is a cluster)."""
    mentions = extractor(chunk)
    return mentions, summarizer(mentions, chunk) if summarizer else None


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _default_version(pipeline_options: dict[str, Any]) -> str:
    """litkit's EXTRACTOR_VERSION, plus a digest of the user's lexicon files (their content)."""
    from litkit.extract import EXTRACTOR_VERSION

    lexicon = pipeline_options.get("lexicon")
    if not lexicon:
        return str(EXTRACTOR_VERSION)
    paths = [lexicon] if isinstance(lexicon, str | Path) else list(lexicon)
    digest = hashlib.sha1()
    for path in paths:
        try:
            digest.update(Path(path).read_bytes())
        except OSError as exc:
            raise LitkitError(f"{path}: cannot read lexicon: {exc.strerror}") from exc
    return f"{EXTRACTOR_VERSION}+lex{digest.hexdigest()[:8]}"
