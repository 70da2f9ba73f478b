"""Reading a test's warehouse: a read-only connection per query, closed after it."""

from pathlib import Path

import duckdb


def query(db_path: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
