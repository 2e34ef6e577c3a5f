"""Readers: split an input into news items and clean them. Nothing else.

A reader is registered under a format name with a sniffing function; `read_source` picks one by
`--format`, else by the file's extension, else by its content. A reader yields `NewsItem`s and
`ReadProblem`s: one bad item is reported and skipped, never fatal for the others. Bad bytes are
per line too: a line that is not UTF-8 is reported with its number and the other lines are read.
Every item leaves `read_source` repaired: lone surrogates (half an emoji, from JSON escapes) become
U+FFFD and control characters are dropped, so no text field can stop a graph from being written.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from icgraph.errors import InputError
from icgraph.model import NewsItem
from icgraph.read.clean import CONTROL


@dataclass(frozen=True)
class ReadProblem:
    """An input or an item in it that could not be read; `origin` names the input and the place."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


ReadResult = NewsItem | ReadProblem
ReaderFunction = Callable[[str, str], Iterator[ReadResult]]


@dataclass(frozen=True)
class Reader:
    name: str
    description: str
    extensions: tuple[str, ...]
    sniff: Callable[[str], bool]  # does this text look like the format?
    read: ReaderFunction  # (text, source name) -> items and problems


READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    READERS[reader.name] = reader
    return reader


def stable_item_id(title: str | None, text: str) -> str:
    """The id of an item that carries neither id nor URL: a hash of its title and text."""
    digest = hashlib.sha1(f"{title or ''}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:16]


_DECLARED_ENCODING = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""", re.I)
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
"""Labels that browsers read otherwise (the WHATWG Encoding Standard): the bytes 0x80-0x9F of a page
labelled ISO-8859-1 are its curly quotes, dashes and euro sign, not control characters; a page
whose markup can declare UTF-16 in ASCII is not UTF-16."""


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page or feed declares in its first 4 KB (<meta charset="windows-1252">,
    <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">, <?xml … encoding="…"?>)."""
    match = _DECLARED_ENCODING.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup((match[1] or match[2]).decode("ascii")).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)


def decode(data: bytes, source: str) -> tuple[str, list[ReadProblem]]:
    """Bytes to text, refusing what is not text: UTF-8, else the encoding the page or feed declares.
    A line that is neither is reported with its number and left out (as an empty line, so later
    line numbers stay true); the others are kept."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not a news page or JSON Lines file")
    declared = declared_encoding(data)
    for encoding in ("utf-8-sig", *([declared] if declared else [])):
        try:
            return data.decode(encoding), []
        except (UnicodeDecodeError, LookupError):  # LookupError: a byte codec ("zlib") is no text's
            pass
    lines: list[str] = []
    problems: list[ReadProblem] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as error:
            detail = f"byte {raw[error.start : error.start + 1]!r} at column {error.start + 1}"
            problems.append(ReadProblem(f"{source} line {number}", f"not UTF-8 text ({detail}), line skipped"))
            lines.append("")
    if not any(line.strip() for line in lines):
        raise InputError(f"{source}: not UTF-8 text (no line of it decodes; first: {problems[0].origin})")
    return "\n".join(lines), problems


_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_text(value: str) -> str:
    """Lone surrogates become U+FFFD (they cannot be encoded); control characters other than
    line ends and tabs are dropped."""
    value = _SURROGATE.sub("\ufffd", value)
    return CONTROL.sub("", value)


def repair_item(item: NewsItem) -> NewsItem:
    changes = {}
    for spec in fields(item):
        value = getattr(item, spec.name)
        if isinstance(value, str) and spec.name != "origin":
            repaired = repair_text(value)
            if repaired != value:
                changes[spec.name] = repaired
    return replace(item, **changes) if changes else item


def detect_format(source: str, text: str) -> Reader:
    suffix = Path(source).suffix.lower()
    for reader in READERS.values():
        if suffix in reader.extensions and reader.sniff(text):
            return reader
    for reader in READERS.values():
        if reader.sniff(text):
            return reader
    known = ", ".join(sorted(READERS))
    raise InputError(f"{source}: unknown format (known formats: {known}; force one with --format)")


def read_source(source: str | Path, fmt: str | None = None) -> Iterator[ReadResult]:
    """Read one input (a path, or "-" for standard input) into items and problems.

    Problems that concern the whole input (missing, empty, binary, unknown format, no item found)
    are yielded as a single ReadProblem so that a batch of several inputs goes on with the others.
    """
    name = str(source)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        yield ReadProblem(name, f"cannot read: {error.strerror or error}")
        return
    label = "<stdin>" if name == "-" else name
    try:
        text, line_problems = decode(data, label)
        yield from line_problems
        if not text.strip():
            raise InputError(f"{label}: empty input, no news items")
        if fmt is not None and fmt not in READERS:
            raise InputError(f"{label}: unknown format {fmt!r} (known: {', '.join(sorted(READERS))})")
        reader = READERS[fmt] if fmt else detect_format(label, text)
    except InputError as error:
        yield ReadProblem(label, str(error).removeprefix(f"{label}: "))
        return
    found = False
    for result in reader.read(text, label):
        found = True
        yield repair_item(result) if isinstance(result, NewsItem) else result
    if not found:
        yield ReadProblem(label, f"no news items found (read as {reader.name})")


# Registration of the built-in readers (each module calls `register`).
from icgraph.read import feed, html, jsonl, page  # noqa: E402,F401
