"""Which remote endpoints a SPARQL query would call: its `SERVICE` clauses, read from its tokens.

A read-only endpoint must not make requests on a client's behalf (server-side request forgery), so
`icgraph serve` refuses a query with a SERVICE clause unless its target is on an allow-list.
The query is read the way a SPARQL parser reads it: keywords in comments, strings and IRIs do not
count, `service` is a keyword in any case, prefixed names are expanded, and a target given by a
variable is never allowed. Code points written as \\u escapes (\\u0053 for S) are read both
escaped and unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from icgraph.errors import QueryError

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<long>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d][\w\-.]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class OutboundRefused(QueryError):
    """A query would make the server call another address."""


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield kind, match.group()


def _targets(text: str) -> list[str | None]:
    tokens = list(_tokens(text))
    prefixes: dict[str, str] = {}
    base = ""
    targets: list[str | None] = []
    for position, (kind, value) in enumerate(tokens):
        if kind != "word":
            continue
        keyword = value.upper()
        following = tokens[position + 1 : position + 4]
        if keyword == "PREFIX" and len(following) >= 2 and following[0][0] == "pname" and following[1][0] == "iri":
            prefixes[following[0][1].split(":", 1)[0]] = following[1][1][1:-1]
        elif keyword == "BASE" and following and following[0][0] == "iri":
            base = following[0][1][1:-1]
        elif keyword == "SERVICE":
            if following and following[0][0] == "word" and following[0][1].upper() == "SILENT":
                following = following[1:]
            targets.append(_resolve(following[0] if following else ("other", ""), prefixes, base))
    return targets


def _resolve(token: tuple[str, str], prefixes: dict[str, str], base: str) -> str | None:
    kind, value = token
    if kind == "iri":
        iri = value[1:-1]
        return iri if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri) else base + iri
    if kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def service_targets(sparql: str) -> list[str | None]:
    """The endpoint IRI of every SERVICE clause (None where it is a variable or unreadable)."""
    unescaped = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    targets = _targets(sparql)
    if unescaped != sparql:
        targets += _targets(unescaped)
    return targets


def check_outbound(sparql: str, allowed: Iterable[str] = ()) -> None:
    """Raise OutboundRefused when the query calls an endpoint that no entry of `allowed` (an IRI,
    or a prefix ending in '/' or '*') permits; with no allow-list every SERVICE is refused."""
    rules = [rule for rule in allowed if rule]
    for target in service_targets(sparql):
        if target is not None and any(_permits(rule, target) for rule in rules):
            continue
        shown = f"<{target}>" if target else "a variable or unreadable endpoint"
        if not rules:
            raise OutboundRefused(f"SERVICE {shown} refused: federated queries are disabled on this endpoint (an operator can allow endpoints with --allow-service)")
        raise OutboundRefused(f"SERVICE {shown} refused: not on this endpoint's federation allow-list ({', '.join(rules)})")


def _permits(rule: str, target: str) -> bool:
    if rule.endswith("*"):
        return target.startswith(rule[:-1])
    if rule.endswith("/"):
        return target.startswith(rule)
    return target == rule


_UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL Update (its first operation keyword after the prologue)."""
    for kind, value in _tokens(sparql):
        if kind == "word" and value.upper() not in ("PREFIX", "BASE"):
            return value.upper() in _UPDATE_KEYWORDS
    return False
