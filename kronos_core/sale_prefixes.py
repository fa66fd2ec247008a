"""Receipt-number prefixes: which desk prints which numbers (issue 15, "Close and receipt").

A sale's number is ``f"{prefix}-{counter:06d}"``: the desk's prefix and its own counter, made
offline, so a printed number is final. Two desks of a studio never share a prefix:

- ``"A"`` (:data:`STANDALONE`) is a standalone desk's. It is never handed out by the server: a
  desk gets it only by *claiming* it, when it brings its studio to a server (its replica is
  registered with the prefix it already prints with, if no other replica of the studio holds it).
- Every other replica gets its own from the server when it is registered (at the desk's
  enrolment, else its first pull or push): ``B``, ``C``, … ``Z``, ``AA``, ``AB``, …
  (:func:`next_free`), per studio, never reused (replica rows are kept).
- Until a desk knows a server-given prefix (a desk enrolled by an older server, before its first
  sync; a restored or copied file under its new device id) it prints with a *provisional*
  prefix: ``"0"`` and seven random hexadecimal digits (:func:`provisional`). It starts with a
  digit, so it is never one the server gives, and it is drawn afresh whenever a file takes a new
  identity: the counter is never blocked offline, and two files share one only by a 1 in 2**28
  chance (which the server still catches: a number already used in the studio is renumbered
  with a ``renumbered`` conflict). A standalone desk's copy keeps its provisional prefix until
  it joins a server: it cannot know which letters other copies took, so only a random prefix
  keeps two copies apart (kronos_desktop/store/file_instance.py).
- A standalone desk restored from a backup takes the next letter after every prefix it or the
  file it replaces printed with (:func:`next_after`).

Pure: no database, no Qt.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

STANDALONE = "A"
MAX_LENGTH = 8  # replica.sale_prefix is String(8), on the desk and on the server
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letters(index: int) -> str:
    """The ``index``-th prefix of the sequence A, B, … Z, AA, AB, … (0 is "A")."""
    if index < 0:
        raise ValueError("a prefix index is never negative")
    out = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = _ALPHABET[rest] + out
    return out


def index_of(prefix: str) -> int | None:
    """Where ``prefix`` stands in the letter sequence (None: not a letter prefix)."""
    if not is_letters(prefix):
        return None
    n = 0
    for ch in prefix:
        n = n * 26 + _ALPHABET.index(ch) + 1
    return n - 1


def is_letters(prefix: str | None) -> bool:
    """A prefix of the letter sequence (a standalone desk's or a server-given one)."""
    return bool(prefix) and len(prefix or "") <= MAX_LENGTH and all(ch in _ALPHABET for ch in prefix or "")


def is_provisional(prefix: str | None) -> bool:
    """A prefix a desk prints with until the server gives it one (it starts with a digit)."""
    return bool(prefix) and (prefix or " ")[0].isdigit()


def provisional() -> str:
    """A fresh provisional prefix: "0" and seven random hexadecimal digits (upper case)."""
    return "0" + secrets.token_hex(4)[:7].upper()


def next_free(taken: Iterable[str | None], claimed: str | None = None) -> str:
    """The prefix for a replica being registered in a studio whose replicas hold ``taken``:
    the one it ``claimed`` (the letters it already prints with) when no replica holds it, else
    the first of B, C, … that none holds ("A" is only ever claimed)."""
    held = {p for p in taken if p}
    if claimed is not None and is_letters(claimed) and claimed not in held:
        return claimed
    n = 1
    while letters(n) in held:
        n += 1
    return letters(n)


def next_after(used: Iterable[str | None]) -> str:
    """The letter prefix after every letter prefix in ``used`` (a restored standalone desk's)."""
    indexes = [i for i in (index_of(p) for p in used if p) if i is not None]
    return letters(max(indexes) + 1) if indexes else letters(1)


def prefix_of(number: str) -> str:
    """The prefix part of a sale number ``"B-000012"`` ("" when it has none)."""
    head, sep, _ = number.rpartition("-")
    return head if sep else ""
