"""A page of news items as text: each item a title line followed by paragraphs.

Pages copied from institutional sites carry furniture (translation disclaimers, feedback widgets,
rating scales, navigation). Furniture is dropped by the patterns of `data/page-furniture.txt` and by
structure: an item starts only at a heading line that is followed by a prose paragraph, so lone
headings and widget captions never become items. Bullet lists and sub-headings ("Key Dates:")
belong to the item they stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from icgraph.config import DATA_DIR
from icgraph.model import NewsItem
from icgraph.read import Reader, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text

MAX_TITLE_WORDS = 30
MIN_PROSE_WORDS = 8
BULLET = re.compile(r"^([•·▪◦‣\-–*]|\d{1,2}[.)])\s+")
SENTENCE_END = re.compile(r"[.!;]['\"”’)]*$")


@cache
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    lines = (DATA_DIR / "page-furniture.txt").read_text(encoding="utf-8").splitlines()
    return tuple(
        re.compile(line, re.IGNORECASE) for line in lines if line.strip() and not line.startswith("#")
    )


def is_furniture(line: str) -> bool:
    return any(pattern.search(line) for pattern in furniture_patterns())


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line number in the page

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_bullet(self) -> bool:
        return bool(BULLET.match(self.text))

    @property
    def is_prose(self) -> bool:
        """A paragraph of statements: news prose ends its sentences; questions are not news."""
        if self.is_bullet:
            return False
        return self.words > 3 * MAX_TITLE_WORDS or (
            self.words >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(self.text))
        )

    @property
    def is_heading(self) -> bool:
        return (
            not self.is_bullet
            and self.words <= MAX_TITLE_WORDS
            and not SENTENCE_END.search(self.text)
            and not self.text.endswith((":", "?", ","))
        )


def blocks_of(text: str) -> list[Block]:
    return blocks_from_lines(enumerate(text.splitlines(), start=1))


def blocks_from_lines(lines: Iterable[tuple[int, str]]) -> list[Block]:
    """Blocks of the numbered lines that are neither blank nor furniture."""
    blocks = []
    for number, raw in lines:
        line = clean_text(raw)
        if line and not is_furniture(line):
            blocks.append(Block(line, number))
    return blocks


def split_items(blocks: list[Block]) -> Iterator[tuple[Block, list[Block]]]:
    """(title, body blocks) for each item; blocks before the first title are furniture."""
    title: Block | None = None
    body: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.is_heading and following is not None and following.is_prose:
            if title is not None and body:
                yield title, body
            title, body = block, []
        elif title is not None and not (block.is_heading and following is None and not body):
            body.append(block)
    if title is not None and body:
        yield title, body


def items_from_blocks(blocks: list[Block], source: str) -> Iterator[NewsItem]:
    for title, body in split_items(blocks):
        item_text = "\n\n".join(block.text for block in body)
        yield NewsItem(
            id=stable_item_id(title.text, item_text),
            text=item_text,
            title=title.text,
            origin=f"{source} line {title.line}",
        )


def read_page(text: str, source: str) -> Iterator[ReadResult]:
    yield from items_from_blocks(blocks_of(text), source)


def looks_like_page(text: str) -> bool:
    blocks = blocks_of(text[:20000])
    return any(block.is_prose for block in blocks)


PAGE = register(
    Reader(
        name="page",
        description="a page of news items: each a title line followed by paragraphs",
        extensions=(".txt", ".text", ".md"),
        sniff=looks_like_page,
        read=read_page,
    )
)
