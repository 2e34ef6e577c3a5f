"""The other side's group. A group word with the state or organization it is of ("the Jordanian side",
"the Kenyan delegation", "the delegation of Ghana"; also "the Government of Jordan", "his Jordanian
counterpart") right after a phrase of data/extraction/post_words.tsv `other-side` ("At the initiative
of", "with", "invited by") that opens a clause names the side across from the clause's subject: "At
the initiative of the Jordanian side, Minister of Foreign Affairs A held talks with B" (Jordan is B's,
whom the act reaches, not A's, whose title follows the group). A group named otherwise stays the group
of the people after it: "On the Thai side, the talks were attended by A", "The Kenyan delegation, led
by A", "held talks with his Saudi counterpart, Prince B".

One notion for every reader of a group: posts.py (a title's group, an institution a title's words
take in, the item's fallback state) and represent.py (a country adjective before a role).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from icgraph.extract.lexicon import Lexicon

NAME_BEFORE = r"(?:[A-Z][\w'’.-]*\s+){1,3}"
"""The capitalised words of a state or organization before the group word: "the Jordanian side"."""
NAME_AFTER = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3}"
"""The capitalised words of a state or organization after it, within its sentence: "the delegation of
Ghana" (not "... of Slovenia. The Slovenian minister")."""


CLAUSE_OPENING = re.compile(r"(?:\A|[.!?]\s+|\n\s*|\s[-–—]{1,2}\s+|\)\s*:\s+)(?:[^,.;:\n]{1,40},\s*)?\Z")
"""Where a group's phrase opens its clause, before its subject: at the start of a sentence or after a dateline,
with at most one phrase before it ("On 7 May 2026, at the request of the Kenyan side, ..."). A phrase after the
act ("held talks with his Saudi counterpart, Prince B") names the people who follow it."""


@dataclass(frozen=True)
class OtherSideGroups:
    """The character spans [start, end) of the other side's groups in an item's text, in text order."""

    spans: tuple[tuple[int, int], ...]

    def holds(self, char: int) -> bool:
        """Whether the character at `char` lies in one of the groups."""
        return any(start <= char < end for start, end in self.spans)


@lru_cache(maxsize=4)
def _pattern(cues: frozenset[str], groups: frozenset[str]) -> re.Pattern[str]:
    cue = "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    group = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?i:{cue})\s+((?i:the|his|her|their)\s+(?:{NAME_BEFORE}(?i:{group})s?"
                      rf"|(?i:{group})s?\s+(?i:of|from)\s+(?:(?i:the)\s+)?{NAME_AFTER}))(?![\w-])")


def other_side_groups(text: str, lexicon: Lexicon) -> OtherSideGroups:
    """The groups of `text` that name the other side of their clause's act (the item's text is read
    twice, by the rules and by represent.py: the last answer is kept)."""
    last = _last_read
    if last and last[0] is lexicon and last[1] == text:
        return last[2]
    pattern = _pattern(lexicon.words_for("other-side"), lexicon.words_for("group") | lexicon.words_for("across"))
    groups = OtherSideGroups(tuple((match.start(1), match.end(1)) for match in pattern.finditer(text)
                                   if CLAUSE_OPENING.search(text, 0, match.start())))
    _last_read[:] = (lexicon, text, groups)
    return groups


_last_read: list = []  # [lexicon, text, groups] of the last call
