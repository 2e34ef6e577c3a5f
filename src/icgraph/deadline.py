"""Give up on a call after a deadline, for calls that cannot be cancelled from outside.

Used where the work blocks in C (an Oxigraph evaluation, a socket read that a trickling server keeps
alive): the call runs in a daemon thread, and the caller stops waiting at the deadline. The abandoned
call finishes, or fails, on its own later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


class Overdue(Exception):
    """The call did not finish within its deadline."""


def within(seconds: float, action: Callable[[], _T], name: str = "icgraph-deadline") -> _T:
    """`action()` if it finishes within `seconds`, else Overdue; its own exception is raised as is."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = action()
        except BaseException as error:  # handed to the caller below
            outcome["error"] = error

    worker = threading.Thread(target=target, daemon=True, name=name)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Overdue()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
