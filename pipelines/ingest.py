"""Stage 1, ingest: find the text files under the raw folder, decode them and describe them.

Pure functions (no Dagster): every file found ends either as a document row or as a
quarantine row with a reason a person understands, never silently skipped.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl

from pipelines.rules import load_rules

TEXT_SUFFIXES = {".txt", ".md", ".text", ".csv", ".tsv", ""}

DOCUMENT_SCHEMA = {
    "doc_id": pl.String,
    "source_file": pl.String,
    "source_names": pl.List(pl.String),
    "title": pl.String,
    "doc_date": pl.Date,
    "publisher": pl.String,
    "encoding": pl.String,
    "n_chars": pl.Int64,
    "n_bytes": pl.Int64,
    "text": pl.String,
}
FILES_SEEN_SCHEMA = {
    "source_file": pl.String,
    "doc_id": pl.String,
    "outcome": pl.String,
    "reason": pl.String,
}


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the quarantine reason."""


@dataclass(frozen=True)
class FoundFile:
    relpath: str  # path under the raw folder, '/'-separated: the document's source_file
    path: Path
    problem: str | None = None  # set when the entry cannot be read as a file


def discover_files(raw_dir: Path) -> list[FoundFile]:
    """Every entry under raw_dir, sorted; symlinks are reported, never followed."""
    raw_dir = Path(raw_dir).resolve()
    found: list[FoundFile] = []
    for root, dirs, files in os.walk(raw_dir, followlinks=False):
        root_path = Path(root)
        for name in sorted(dirs):
            p = root_path / name
            if p.is_symlink():
                found.append(_found(raw_dir, p, "symbolic link to a folder: not followed"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (root_path / d).is_symlink())
        for name in sorted(files):
            if name.startswith("."):
                continue
            p = root_path / name
            if p.is_symlink():
                found.append(_found(raw_dir, p, "symbolic link: not followed (it may point outside the raw folder)"))
            elif p.suffix.lower() not in TEXT_SUFFIXES:
                found.append(_found(raw_dir, p, f"not a text file type ({p.suffix}): expected .txt or .md"))
            else:
                found.append(_found(raw_dir, p, None))
    return sorted(found, key=lambda f: f.relpath)


def _found(raw_dir: Path, p: Path, problem: str | None) -> FoundFile:
    return FoundFile(relpath=p.relative_to(raw_dir).as_posix(), path=p, problem=problem)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). BOMs first, then strict UTF-8, then a best-effort detection."""
    if not data:
        raise DecodeError("empty file: no text to read")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], codec.replace("-sig", "")), codec
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes): not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"declared {codec} but the bytes are not valid {codec}: {exc.reason}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "cp1251", "cp1252", "latin_1"]).best()
    if best is None:
        raise DecodeError("unknown encoding: not UTF-8/UTF-16 and no encoding detected with confidence")
    encoding = best.encoding
    text = data.decode(encoding, errors="strict")
    if _control_ratio(text) > 0.05:
        raise DecodeError(f"binary content: decoded as {encoding} it is mostly control characters")
    return text, encoding


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(sample), 1)


def normalise(text: str) -> str:
    """One line ending (\\n), no BOM character."""
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


# ---- metadata -------------------------------------------------------------------------------

def document_date(text: str) -> date | None:
    """A `date YYYY-MM-DD` line, or a date printed in the first lines."""
    rules = load_rules()["documents"]
    head = text[: rules["date_search_chars"]]
    for pattern in rules["date_patterns"]:
        m = re.search(pattern, head, flags=re.IGNORECASE)
        if m:
            parsed = _parse_date(m.group("date"))
            if parsed:
                return parsed
    return None


def _parse_date(s: str) -> date | None:
    s = re.sub(r"\s+", " ", s.strip().replace(",", ", ")).replace(" ,", ",")
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B, %Y", "%d %B %Y", "%B %d %Y"):
        try:
            return datetime.strptime(re.sub(r",\s+", ", ", s), fmt).date()
        except ValueError:
            continue
    return None


def document_title(text: str) -> str | None:
    """The first line when it reads as a headline: short and not a sentence."""
    rules = load_rules()["documents"]
    for line in text.split("\n")[:5]:
        line = line.strip().strip("#*").strip()
        if not line:
            continue
        if len(line) <= rules["title_max_chars"] and not line.endswith((".", ":", ";")) and re.search("[A-Za-z]", line):
            return line
        return None
    return None


def document_publisher(text: str) -> str | None:
    rules = load_rules()["documents"]
    head, tail = text[:2000], text[-2000:]
    for pattern in rules["publisher_patterns"]:
        for part in (head, tail):
            m = re.search(pattern, part)
            if m:
                return m.group("publisher").strip().rstrip(".")
    return None


# ---- the stage ------------------------------------------------------------------------------

def read_corpus(raw_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame, list[dict]]:
    """Return (documents, files_seen, file quarantine rows) for every file under raw_dir."""
    documents: dict[str, dict] = {}
    seen: list[dict] = []
    quarantined: list[dict] = []
    for found in discover_files(raw_dir):
        doc, reason = _read_one(found)
        if reason:
            seen.append({"source_file": found.relpath, "doc_id": None, "outcome": "quarantined", "reason": reason})
            quarantined.append({"source_file": found.relpath, "reason": reason})
            continue
        if doc["doc_id"] in documents:  # the same content under another name: one document
            documents[doc["doc_id"]]["source_names"].append(found.relpath)
            seen.append({"source_file": found.relpath, "doc_id": doc["doc_id"], "outcome": "duplicate",
                         "reason": f"same content as {documents[doc['doc_id']]['source_file']}"})
            continue
        documents[doc["doc_id"]] = doc
        seen.append({"source_file": found.relpath, "doc_id": doc["doc_id"], "outcome": "document", "reason": None})
    docs_frame = pl.DataFrame(list(documents.values()), schema=DOCUMENT_SCHEMA)
    return docs_frame, pl.DataFrame(seen, schema=FILES_SEEN_SCHEMA), quarantined


def _read_one(found: FoundFile) -> tuple[dict | None, str | None]:
    if found.problem:
        return None, found.problem
    try:
        data = found.path.read_bytes()
    except FileNotFoundError:
        return None, "file disappeared during the run"
    except IsADirectoryError:
        return None, "a folder, not a file"
    except OSError as exc:
        return None, f"cannot read the file: {exc.strerror}"
    try:
        raw_text, encoding = decode_bytes(data)
    except DecodeError as exc:
        return None, str(exc)
    text = normalise(raw_text)
    if not text.strip():
        return None, "no text: the file holds only whitespace"
    return {
        "doc_id": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "source_file": found.relpath,
        "source_names": [found.relpath],
        "title": document_title(text),
        "doc_date": document_date(text),
        "publisher": document_publisher(text),
        "encoding": encoding,
        "n_chars": len(text),
        "n_bytes": len(data),
        "text": text,
    }, None
