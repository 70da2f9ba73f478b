"""Only the new: which files a run must read and which documents it must extract, given what an
earlier run left in the warehouse.

`staging.files_seen` keeps, for every file of the raw folder, its (path, mtime_ns, size) as last
seen, the document it held and the `extractor_version` its rows were made with. A run stats every
file first and reads only the files whose (path, mtime, size) changed or that are new; a document
whose content hash already has rows loaded (by the same extractor version, under the same primary
name) keeps them; the rows of documents no file holds any more are deleted by the load. The
extractor version is a hash of everything that decides a document's rows (rules, extractor,
decoding, validation models), so a rule change re-extracts everything.

Pure functions (no Dagster): the ingest asset calls `read_changed`, the load asset passes the kept
document ids to `load_staging`. The text of the documents read goes to Parquet files a batch at a
time (`DocumentBatches`), so a run never holds every document's text.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import polars as pl

from pipelines import ingest  # its functions are looked up at call time (the fault tests patch them)
from pipelines.ingest import DOCUMENT_SCHEMA, FILES_SEEN_SCHEMA, FoundFile

REPO_ROOT = Path(__file__).resolve().parents[1]
# what decides the rows of a document: its decoding and metadata, the extractor and its rules, the checks
VERSIONED_PATHS = ["pipelines/rules", "pipelines/extract", "pipelines/ingest.py", "pipelines/validate.py", "schemas"]

FILES_STATE_SCHEMA = {
    **FILES_SEEN_SCHEMA,
    "mtime_ns": pl.Int64,
    "size_bytes": pl.Int64,
    "extractor_version": pl.String,
    "extracted_at": pl.Datetime("us"),  # when the rows of the file's document were made
    # this run only (the asset's metadata and the run summary; not kept in the warehouse):
    "decoded_this_run": pl.Boolean,  # the file's bytes were read (and decoded)
    "extracted_this_run": pl.Boolean,  # its document is extracted (not kept from an earlier run)
}
LOADED = ("document", "duplicate")
DOCUMENT_BATCH_CHARS = 1_000_000  # text per batch file: ~100 documents of 10 KB


@cache
def extractor_version() -> str:
    """A hash of the source files that decide a document's rows (see VERSIONED_PATHS)."""
    digest = hashlib.sha256()
    for rel in VERSIONED_PATHS:
        root = REPO_ROOT / rel
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()
                                                      and "__pycache__" not in p.parts and p.suffix != ".pyc")
        for p in files:
            digest.update(p.relative_to(REPO_ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def full_refresh_requested() -> bool:
    """CARAVAN_FULL_REFRESH=1 (`caravan run --full`): read and extract every file again."""
    return os.environ.get("CARAVAN_FULL_REFRESH", "").strip().lower() in {"1", "true", "yes"}


# ---- what an earlier run left ----------------------------------------------------------------

@dataclass(frozen=True)
class SeenFile:
    doc_id: str | None
    outcome: str | None
    mtime_ns: int | None
    size_bytes: int | None
    extractor_version: str | None
    extracted_at: datetime | None


@dataclass
class Previous:
    files: dict[str, SeenFile] = field(default_factory=dict)
    primary: dict[str, str] = field(default_factory=dict)  # loaded doc_id -> its source_file in staging.documents
    _current: dict[str, set[str]] = field(default_factory=dict, repr=False)  # version -> doc_ids made by it

    def loaded(self, doc_id: str | None, version: str) -> bool:
        """Rows of this document are in staging, made by this extractor version."""
        if version not in self._current:
            self._current[version] = {f.doc_id for f in self.files.values()
                                      if f.outcome in LOADED and f.doc_id and f.extractor_version == version}
        return doc_id is not None and doc_id in self.primary and doc_id in self._current[version]


def read_previous(db_path: Path) -> Previous:
    """What staging holds: every file last seen and the documents loaded. Empty for a new warehouse,
    for one written before files_seen kept (mtime, size, version), or on CARAVAN_FULL_REFRESH."""
    db_path = Path(db_path)
    if full_refresh_requested() or not db_path.exists():
        return Previous()
    from pipelines.load import (  # the warehouse's own connect: waits for a writer, says who holds it
        COLUMNS,
        LOADED_AT,
        connect,
    )

    con = connect(db_path, read_only=True)
    try:
        layout: dict[str, list[str]] = {}
        for t, c in con.execute("select table_name, column_name from information_schema.columns "
                                "where table_schema = 'staging' order by table_name, ordinal_position").fetchall():
            layout.setdefault(t, []).append(c)
        # another layout: its rows cannot be kept (loaded_at, the load's own column, may be there or not yet)
        if any([c for c in layout.get(t, []) if c != LOADED_AT.get(t)] != cols for t, cols in COLUMNS.items()):
            return Previous()
        files = {r[0]: SeenFile(*r[1:]) for r in con.execute(
            "select source_file, doc_id, outcome, mtime_ns, size_bytes, extractor_version, extracted_at "
            "from staging.files_seen").fetchall()}
        primary = dict(con.execute("select doc_id, source_file from staging.documents").fetchall())
    finally:
        con.close()
    return Previous(files, primary)


# ---- this run ----------------------------------------------------------------------------------

class DocumentBatches:
    """Documents as they are read, written to `folder/<n>.parquet` about `batch_chars` characters at a
    time, so that only one batch of text is in memory; without a folder the batches stay in memory."""

    def __init__(self, folder: Path | None = None, batch_chars: int = DOCUMENT_BATCH_CHARS):
        self.folder, self.batch_chars = folder, batch_chars
        self._rows: list[dict] = []
        self._chars = 0
        self._parts: list[Path | pl.DataFrame] = []

    def add(self, doc: dict) -> None:
        self._rows.append(doc)
        self._chars += doc["n_chars"]
        if self._chars >= self.batch_chars:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        frame = pl.DataFrame(self._rows, schema=DOCUMENT_SCHEMA)
        self._rows, self._chars = [], 0
        if self.folder is None:
            self._parts.append(frame)
            return
        self._parts.append(self.folder / f"{len(self._parts):06d}.parquet")
        frame.write_parquet(self._parts[-1], compression="lz4")

    def scan(self) -> pl.LazyFrame:
        self._flush()
        if not self._parts:
            return pl.LazyFrame(schema=DOCUMENT_SCHEMA)
        return pl.scan_parquet(self._parts) if self.folder else pl.concat(self._parts).lazy()


@dataclass
class ChangedCorpus:
    # DOCUMENT_SCHEMA: only the documents to extract (new, edited, renamed); a scan of the batch
    # files when read_changed was given a folder, else a DataFrame
    documents: pl.DataFrame | pl.LazyFrame
    n_documents: int
    files_seen: pl.DataFrame  # FILES_STATE_SCHEMA: every file, with what became of it
    quarantined: list[dict]  # {source_file, reason} of every file that could not be read
    removed_doc_ids: list[str]  # loaded documents that no file holds any more

    @property
    def kept_doc_ids(self) -> list[str]:
        return kept_doc_ids(self.files_seen)

    def stats(self) -> dict[str, int]:
        fs = self.files_seen
        return {"files": fs.height, "files_read": int(fs["decoded_this_run"].sum()),
                "documents_extracted": self.n_documents, "documents_kept": len(self.kept_doc_ids),
                "documents_removed": len(self.removed_doc_ids),
                "quarantined_files": fs.filter(pl.col("outcome") == "quarantined").height}


def kept_doc_ids(files_seen: pl.DataFrame) -> list[str]:
    """Documents whose rows an earlier run loaded and this run keeps."""
    if "extracted_this_run" not in files_seen.columns:
        return []
    return files_seen.filter(pl.col("outcome").is_in(LOADED) & ~pl.col("extracted_this_run").fill_null(True)
                             )["doc_id"].unique().sort().to_list()


def _stat(found: FoundFile) -> tuple[int | None, int | None]:
    if found.problem:
        return None, None
    try:
        st = os.stat(found.path, follow_symlinks=False)
    except OSError:
        return None, None
    return st.st_mtime_ns, st.st_size


def _read(found: FoundFile, raw_dir: Path) -> tuple[dict | None, str | None]:
    try:
        return ingest._read_one(found, raw_dir)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run (as read_corpus)
        return None, f"could not be read: {type(exc).__name__}: {exc}"


def read_changed(raw_dir: Path, previous: Previous | None = None, version: str | None = None,
                 now: datetime | None = None, folder: Path | None = None,
                 batch_chars: int = DOCUMENT_BATCH_CHARS) -> ChangedCorpus:
    """Every file under raw_dir, reading only those that changed since `previous`.

    With no previous state this reads everything and agrees with `read_corpus` (the same
    documents, the same outcome and reason for every file). A file whose (mtime, size) and
    extractor version match what was recorded for it keeps its document without being read; a
    read file whose content hash is already loaded keeps the loaded rows too. A document is
    extracted when it is new, or when its primary name (the first of its names) changed.
    Each file is read once; with a `folder`, the text read goes there batch by batch
    (DocumentBatches) and `documents` is a scan of those files, in the order they were read."""
    raw_dir = Path(raw_dir).resolve()
    previous = previous or Previous()
    version = version or extractor_version()
    now = now or datetime.now(UTC).replace(tzinfo=None)
    rows: list[dict] = []
    batches = DocumentBatches(folder, batch_chars)
    read_ids: set[str] = set()  # documents read this run (their first reading is in `batches`)
    founds: dict[str, FoundFile] = {}
    for found in ingest.discover_files(raw_dir):
        mtime_ns, size = _stat(found)
        row = {"source_file": found.relpath, "doc_id": None, "outcome": None, "reason": None,
               "mtime_ns": mtime_ns, "size_bytes": size, "extractor_version": version, "extracted_at": None,
               "decoded_this_run": False, "extracted_this_run": False}
        prev = previous.files.get(found.relpath)
        unchanged = (prev is not None and mtime_ns is not None and prev.outcome in LOADED
                     and (prev.mtime_ns, prev.size_bytes) == (mtime_ns, size)
                     and prev.extractor_version == version and previous.loaded(prev.doc_id, version))
        if unchanged:
            row["doc_id"] = prev.doc_id
        else:
            doc, reason = _read(found, raw_dir)
            row["decoded_this_run"] = found.problem is None
            if reason:
                row.update(outcome="quarantined", reason=reason)
            else:
                row["doc_id"] = doc["doc_id"]
                if doc["doc_id"] not in read_ids:
                    read_ids.add(doc["doc_id"])
                    batches.add(doc)
        founds[found.relpath] = found
        rows.append(row)

    # one document per content hash; its first name (in path order) is the primary one, as read_corpus
    names: dict[str, list[dict]] = {}
    for row in rows:
        if row["outcome"] != "quarantined":
            names.setdefault(row["doc_id"], []).append(row)
    extract: dict[str, list[str]] = {}  # doc_id -> its names, the primary first
    extracted_at_before = {f.doc_id: f.extracted_at for f in previous.files.values() if f.doc_id}
    for doc_id, group in names.items():
        primary = group[0]
        keep = previous.loaded(doc_id, version) and previous.primary.get(doc_id) == primary["source_file"]
        if not keep:
            if doc_id not in read_ids:  # renamed: the document's first name changed, its rows carry the name
                doc, reason = _read(founds[primary["source_file"]], raw_dir)
                primary["decoded_this_run"] = True
                if reason or doc["doc_id"] != doc_id:  # changed between the stat and the read
                    reason = reason or "changed while the run read the folder: read again on the next run"
                    for row in group:
                        row.update(doc_id=None, outcome="quarantined", reason=reason)
                    continue
                read_ids.add(doc_id)
                batches.add(doc)
            extract[doc_id] = [r["source_file"] for r in group]
        for i, row in enumerate(group):
            row["outcome"] = "document" if i == 0 else "duplicate"
            row["reason"] = None if i == 0 else f"same content as {primary['source_file']}"
            row["extracted_this_run"] = not keep
            row["extracted_at"] = extracted_at_before.get(doc_id) if keep else now
    quarantined = [{"source_file": r["source_file"], "reason": r["reason"]} for r in rows
                   if r["outcome"] == "quarantined"]
    present = set(names)
    removed = sorted(d for d in previous.primary if d not in present)
    return ChangedCorpus(
        documents=_documents(batches, extract, lazy=folder is not None),
        n_documents=len(extract),
        files_seen=pl.DataFrame(rows, schema=FILES_STATE_SCHEMA),
        quarantined=quarantined,
        removed_doc_ids=removed,
    )


def _documents(batches: DocumentBatches, extract: dict[str, list[str]], lazy: bool) -> pl.DataFrame | pl.LazyFrame:
    """The documents to extract, from the batches read, each under its primary name and with all its
    names (known only once every file was seen). A join with the small frame of names keeps the
    batches' order and streams: no step holds the text of every document."""
    if not extract:
        return pl.DataFrame(schema=DOCUMENT_SCHEMA)
    names = pl.LazyFrame({"doc_id": list(extract), "source_file": [n[0] for n in extract.values()],
                          "source_names": list(extract.values())},
                         schema={k: DOCUMENT_SCHEMA[k] for k in ("doc_id", "source_file", "source_names")})
    documents = (batches.scan().drop("source_file", "source_names")
                 .join(names, on="doc_id", how="inner", maintain_order="left").select(list(DOCUMENT_SCHEMA)))
    return documents if lazy else documents.collect()
