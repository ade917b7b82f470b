"""``litkit store``: look into, query, export and import a litkit DuckDB store."""

from __future__ import annotations

import argparse

import pandas as pd

from litkit.tables import write_table

EPILOG = """examples:
  litkit extract papers.jsonl --store litkit.duckdb -o mentions.parquet
  litkit store info --store litkit.duckdb
  litkit store sql "select label, count(*) n from mentions group by 1 order by n desc"
  litkit store sql "select * from papers where len(params) > 0" -o sized.csv
  litkit store export parquet_dir/          # one <table>.parquet per table
  litkit store import parquet_dir/ --store copy.duckdb
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "store",
        help="inspect, query (SQL), export or import a litkit store",
        description="Inspect, query with SQL, export to or import from Parquet a litkit "
        "DuckDB store (the file 'litkit extract --store' keeps its results in).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store", default="litkit.duckdb", help="store file (default: litkit.duckdb)"
    )
    info = actions.add_parser("info", parents=[common], help="tables, row counts and runs")
    info.set_defaults(func=_info)
    sql = actions.add_parser("sql", parents=[common], help="run a SQL query, print or save rows")
    sql.add_argument("query", help="SQL, e.g. \"select * from papers limit 5\"")
    sql.add_argument("-o", "--output", help="write the rows to this .parquet/.csv/.jsonl file")
    sql.add_argument("--max-rows", type=int, default=50, help="rows to print (default 50)")
    sql.set_defaults(func=_sql)
    export = actions.add_parser("export", parents=[common], help="write every table to Parquet")
    export.add_argument("directory", help="output directory (<table>.parquet per table)")
    export.set_defaults(func=_export)
    imp = actions.add_parser("import", parents=[common], help="load <table>.parquet files")
    imp.add_argument("directory", help="directory of <table>.parquet files")
    imp.set_defaults(func=_import)


def _open(path: str, read_only: bool):
    from litkit.store import Store

    return Store(path, read_only=read_only)


def _info(args: argparse.Namespace) -> int:
    with _open(args.store, read_only=True) as store:
        info = store.info()
        print(f"{args.store}")
        print(info.to_string(index=False))
        for version, n in info.attrs.get("extractor_versions", {}).items():
            print(f"extractor {version}: {n} papers processed")
        if store.has("runs"):
            runs = store.sql("select * from runs order by run_id desc limit 5")
            if len(runs):
                print("last runs:")
                print(runs.to_string(index=False))
    return 0


def _sql(args: argparse.Namespace) -> int:
    with _open(args.store, read_only=True) as store:
        rows = store.sql(args.query)
    if args.output:
        path = write_table(rows, args.output)
        print(f"{len(rows)} rows -> {path}")
    else:
        with pd.option_context("display.max_colwidth", 60, "display.width", 160):
            print(rows.head(args.max_rows).to_string(index=False))
        if len(rows) > args.max_rows:
            print(f"... {len(rows) - args.max_rows} more rows (use -o FILE to save all)")
    return 0


def _export(args: argparse.Namespace) -> int:
    with _open(args.store, read_only=True) as store:
        paths = store.export_parquet(args.directory)
    print(f"{len(paths)} tables -> {args.directory}")
    return 0


def _import(args: argparse.Namespace) -> int:
    with _open(args.store, read_only=False) as store:
        names = store.import_parquet(args.directory)
    print(f"imported {', '.join(names)} into {args.store}")
    return 0
