"""Text cleaning shared by readers: normalise whitespace and Unicode, keep paragraphs."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""The control characters (Unicode category Cc, a fixed set) but line feed and tab."""


def clean_text(text: str) -> str:
    """NFC, unified line ends, no zero-width or control characters, lone surrogates (half an
    emoji, from a JSON escape) as U+FFFD, single spaces, paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text)).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    text = text.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
