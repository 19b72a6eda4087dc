#!/usr/bin/env python3
"""What the FTS5 insert trigger costs the index writer (Benchmarks/PROFILE.md, item 1).

    python3 Benchmarks/experiments/fts_trigger_cost.py /tmp/newsearch-bench/run-10000/index/index.sqlite

Copies the schema and rows of an existing newsearch index into fresh databases, one
`INSERT` per row in one transaction as `IndexWriter` does, twice: with the schema's
`article_text` insert trigger feeding FTS5, and with the trigger dropped and a plain
`INSERT INTO articles_fts` per row. Prints CPU seconds and sizes. Python's sqlite3 links the
same system SQLite as newsearch.
"""

import os
import sqlite3
import sys
import tempfile
import time


def main():
    source = sqlite3.connect(sys.argv[1])
    schema = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "AND NOT (type = 'table' AND name GLOB 'articles_fts_*') ORDER BY rowid")]
    tables = {name: source.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
              for name in ("files", "articles", "article_text")}
    rank = source.execute("SELECT v FROM articles_fts_config WHERE k = 'rank'").fetchone()
    print(f"SQLite {sqlite3.sqlite_version}, {len(tables['article_text'])} articles")
    for trigger in (True, False):
        run(schema, tables, rank, trigger)


def run(schema, tables, rank, trigger):
    folder = tempfile.mkdtemp(prefix="fts-trigger-")
    path = os.path.join(folder, "index.sqlite")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    for sql in schema:
        db.execute(sql)
    if rank:
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", rank)
    if not trigger:
        db.execute("DROP TRIGGER articles_fts_insert")
    cpu = time.process_time()
    db.execute("BEGIN")
    for name in ("files", "articles"):
        marks = ", ".join("?" * len(tables[name][0]))
        db.executemany(f"INSERT INTO {name} VALUES ({marks})", tables[name])
    for row in tables["article_text"]:
        db.execute("INSERT INTO article_text (id, title, lede, body) VALUES (?, ?, ?, ?)", row)
        if not trigger:
            db.execute("INSERT INTO articles_fts (rowid, title, lede, body) VALUES (?, ?, ?, ?)", row)
    db.execute("COMMIT")
    cpu = time.process_time() - cpu
    db.close()
    size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
    label = "insert trigger" if trigger else "direct FTS5 insert"
    print(f"{label:20} {cpu:6.2f} s CPU for article_text + FTS5, index {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
