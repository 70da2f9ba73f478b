"""Stage 1, ingest: find the text files under the raw folder, decode them and describe them.

Pure functions (no Dagster): every file found ends either as a document row or as a
quarantine row with a reason a person understands, never silently skipped.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
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


DEFAULT_MAX_FILE_MB = 10


def max_file_bytes() -> int:
    """The largest file read as one document (CARAVAN_MAX_FILE_MB, default 10 MB): the extractor
    works sentence by sentence, and a file far beyond a report's size would hold the run for long."""
    try:
        mb = float(os.environ.get("CARAVAN_MAX_FILE_MB", DEFAULT_MAX_FILE_MB))
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return int(mb * 1024 * 1024)


@dataclass(frozen=True)
class FoundFile:
    relpath: str  # path under the raw folder, '/'-separated: the document's source_file
    path: Path
    problem: str | None = None  # set when the entry cannot be read as a file


def discover_files(raw_dir: Path) -> list[FoundFile]:
    """Every entry under raw_dir, sorted by relpath. Nothing is skipped silently: symbolic links
    (never followed), hidden files and folders, pipes and devices, folders named like text files
    and folders that cannot be listed all come back with a `problem` (the quarantine reason)."""
    raw_dir = Path(raw_dir).resolve()
    found: list[FoundFile] = []

    def unlistable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else raw_dir
        if where == raw_dir:
            raise err  # the raw folder itself: the caller reports it
        what = "disappeared during the run" if isinstance(err, FileNotFoundError) else \
            f"could not be listed ({err.strerror or err})"
        found.append(_found(raw_dir, where, f"folder {what}: its files were not read"))

    for root, dirs, files in os.walk(raw_dir, onerror=unlistable, followlinks=False):
        root_path = Path(root)
        descend = []
        for name in sorted(dirs):
            p = root_path / name
            if p.is_symlink():
                found.append(_found(raw_dir, p, _symlink_reason(raw_dir, p, "folder")))
            elif name.startswith("."):
                found.append(_found(raw_dir, p, "hidden folder (its name starts with '.'): not read"))
            else:
                descend.append(name)
                if Path(name).suffix.lower() in TEXT_SUFFIXES - {""}:
                    found.append(_found(raw_dir, p, "a folder named like a text file: not a document itself "
                                                    "(the files inside it are read on their own)"))
        dirs[:] = descend
        for name in sorted(files):
            p = root_path / name
            found.append(_found(raw_dir, p, _file_problem(raw_dir, p, name)))
    return sorted(found, key=lambda f: f.relpath)


def _file_problem(raw_dir: Path, p: Path, name: str) -> str | None:
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return "file disappeared during the run"
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if stat.S_ISLNK(st.st_mode):
        return _symlink_reason(raw_dir, p, "file")
    if name.startswith("."):
        return "hidden file (its name starts with '.'): not read"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a named pipe, socket or device): not read"
    if p.suffix.lower() not in TEXT_SUFFIXES:
        return f"not a text file type ({p.suffix}): expected .txt or .md"
    return None


def _symlink_reason(raw_dir: Path, p: Path, kind: str) -> str:
    try:
        target = Path(os.path.realpath(p))
        exists, inside = target.exists(), target.is_relative_to(raw_dir)
    except (OSError, ValueError):
        exists, inside = True, False
    if not exists:
        return "broken symbolic link (its target does not exist): not followed"
    if inside:
        return f"symbolic link to a {kind} inside the raw folder: not followed (the {kind} is read under its own name)"
    return (f"symbolic link to a {kind} outside the raw folder: not followed "
            f"(copy the {kind} into the raw folder instead)")


def _found(raw_dir: Path, p: Path, problem: str | None) -> FoundFile:
    rel = p.relative_to(raw_dir).as_posix()
    # a name that is not valid UTF-8 (os.walk hands it over with surrogate escapes) is shown with \x.. escapes
    rel = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return FoundFile(relpath=rel, path=p, problem=problem)


# ---- bytes to text --------------------------------------------------------------------------

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
_LEGACY = ["gb18030", "big5", "cp1251", "cp1252", "latin_1"]
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1a")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): a BOM first, then UTF-16 without a BOM, strict UTF-8, then a
    detected legacy encoding (GB18030, Big5, Windows-1251/1252, Latin-1). Raises DecodeError, whose
    message is the quarantine reason, for empty, binary or undecodable bytes; never anything else."""
    if not data:
        raise DecodeError("empty file: no text to read")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            codec = codec.replace("-sig", "")
            return _checked(_strict(data[len(bom):], codec), codec), codec
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return utf16
        raise DecodeError(f"binary content ({data.count(0)} NUL bytes): not a text document")
    sample = data[:65536]
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > 0.05 * len(sample):  # control bytes, one pass
        utf16 = _utf16_all_cjk(data)  # UTF-16 of CJK text without one ASCII character has no NUL
        if utf16:
            return utf16
        raise DecodeError("binary content (control bytes): not a text document")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _damaged_utf8(data) or _detect(data)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"the file starts with a {codec} byte-order mark but its bytes are not valid {codec} "
                          f"({exc.reason} at byte {exc.start})") from exc


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text puts its NUL bytes (the high byte of ASCII letters, digits, spaces and line ends)
    on one side of each byte pair; binary data scatters them. The decoded text must also read as text."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 2 and even <= 0.02 * odd:
        codec = "utf-16-le"
    elif even >= 2 and odd <= 0.02 * even:
        codec = "utf-16-be"
    else:
        return None
    if len(data) % 2:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if _bad_char_ratio(text) <= 0.01 else None


def _utf16_all_cjk(data: bytes) -> tuple[str, str] | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        common = sum(1 for ch in text[:20_000] if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                     or "\uff00" <= ch <= "\uffef" or ch in "\n\r\t ")
        if common >= 0.95 * min(len(text), 20_000):
            return text, codec
    return None


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few broken bytes (a bad copy, a cut): kept, each broken byte shown as U+FFFD
    and counted in the encoding column, rather than read as some legacy encoding or dropped."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - broken
    if 0 < broken <= max(3, len(data) // 1000) and multibyte >= 20 * broken:
        return _checked(text, "utf-8"), f"utf-8 ({broken} invalid byte{'s' if broken > 1 else ''} replaced)"
    return None


def _detect(data: bytes) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000], cp_isolation=_LEGACY).best()
    except Exception:  # noqa: BLE001 - the detector failing is one more unreadable file
        best = None
    if best is None:
        raise DecodeError("unknown encoding: not UTF-8 or UTF-16, and not recognisably GB18030, Big5, "
                          "Windows-1251/1252 or Latin-1; save the file as UTF-8")
    encoding = best.encoding
    try:
        text = data.decode(encoding, errors="strict")
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"mixed or broken encoding: the start reads as {encoding} but the bytes further on "
                          f"do not; save the file as UTF-8") from exc
    return _checked(text, encoding), encoding


def _checked(text: str, encoding: str) -> str:
    if _bad_char_ratio(text) > 0.05:
        raise DecodeError(f"binary content: decoded as {encoding} it is mostly control or unassigned characters")
    return text


def _bad_char_ratio(text: str) -> float:
    """Share of characters no text holds: controls (other than whitespace), unassigned, private-use,
    lone surrogates."""
    sample = text[:20_000]
    bad = len(_CONTROL.findall(sample)) + sum(  # the regexes pick the few characters worth a look
        1 for ch in _NON_ASCII.findall(sample) if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return bad / max(len(sample), 1)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")  # controls other than \t \n \v \f \r and \x1a
_NON_ASCII = re.compile(r"[^\x00-\x7e]")


def normalise(text: str) -> str:
    """One line ending (\\n), no BOM character."""
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


# ---- metadata -------------------------------------------------------------------------------

def document_date(text: str) -> date | None:
    """A `date YYYY-MM-DD` line, or a date printed in the first lines, or a month and year that end
    one of them (an issue line)."""
    rules = load_rules()["documents"]
    head = text[: rules["date_search_chars"]]
    for pattern in _date_patterns():
        m = _first_day(pattern, head)
        if m:
            parsed = _parse_date(m.group("date"))
            if parsed:
                return parsed
    for pattern in _month_date_patterns():
        m = pattern.search(head)
        if m:
            return datetime.strptime(m.group("date"), "%B %Y").date()
    return None


def is_byline(line: str) -> bool:
    """'24.kg news agency | 21 January 2025, 14:05 | Bishkek': a short line that prints a date and
    is no sentence (it does not end like one) is the story's byline, not its lead."""
    line = line.strip()
    return 0 < len(line) <= load_rules()["documents"]["byline_max_chars"] \
        and not line.endswith((".", "!", "?", ":")) and any(_first_day(p, line) for p in _date_patterns())


_DAY_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")


def _first_day(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first date of the pattern that names one day: the last day of a range ("holiday, 1-8 October
    2025") is a period, which a headline states, not a byline's or a document's date."""
    return next((m for m in pattern.finditer(text) if not _DAY_RANGE_BEFORE.search(text, 0, m.start())), None)


@cache
def _date_patterns() -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in load_rules()["documents"]["date_patterns"]]


@cache
def _month_date_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in load_rules()["documents"]["month_date_patterns"]]


def _parse_date(s: str) -> date | None:
    s = re.sub(r"\s+", " ", s.strip().replace(",", ", ")).replace(" ,", ",")
    s = re.sub(r"\b(Sept)\b\.?|\b([A-Za-z]{3})\.", lambda m: "Sep" if m.group(1) else m.group(2), s)  # "Jan. 26", "Sept 3"
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
    """Return (documents, files_seen, file quarantine rows) for every file under raw_dir.
    One file's trouble, whatever it is, quarantines that file and never stops the others."""
    documents: dict[str, dict] = {}
    seen: list[dict] = []
    quarantined: list[dict] = []
    for found in discover_files(raw_dir):
        try:
            doc, reason = _read_one(found, Path(raw_dir).resolve())
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
            doc, reason = None, f"could not be read: {type(exc).__name__}: {exc}"
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


def read_file_bytes(path: Path, raw_dir: Path) -> bytes:
    """The bytes of one regular file under raw_dir, opened without following a symbolic link and
    without blocking on a pipe; raises DecodeError (the quarantine reason) when it cannot be read."""
    try:
        if not Path(os.path.realpath(path)).is_relative_to(raw_dir):
            raise DecodeError("resolves to a place outside the raw folder: not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise DecodeError("file disappeared during the run") from exc
    except IsADirectoryError as exc:
        raise DecodeError("a folder, not a file") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DecodeError("became a symbolic link during the run: not followed") from exc
        raise DecodeError(f"cannot read the file: {exc.strerror or exc}") from exc
    limit = max_file_bytes()
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise DecodeError("a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise DecodeError("not a regular file (a named pipe, socket or device): not read")
        if st.st_size > limit:
            raise DecodeError(_too_large(st.st_size, limit))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise DecodeError(f"cannot read the file: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise DecodeError(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    return (f"too large: {size / 1048576:.1f} MB, over the {limit / 1048576:g} MB limit for one document "
            f"(split it, or raise CARAVAN_MAX_FILE_MB)")


def _read_one(found: FoundFile, raw_dir: Path) -> tuple[dict | None, str | None]:
    if found.problem:
        return None, found.problem
    try:
        data = read_file_bytes(found.path, raw_dir)
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
