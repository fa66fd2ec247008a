"""Likely duplicates: when two client records are probably the same person.

One rule, for the desk's prompt before a client is created, the calendar's quick-create, the
health-alert warning and the bench. Pure Python: no database, no Qt.

Two records are likely the same person when they share (best reason first):

- the same document (its digits: ``529.982.247-25`` and ``52998224725`` are one CPF);
- the same phone (E.164; the digits are compared);
- the same e-mail (case and surrounding spaces do not count);
- a similar name and the same birth date;
- a similar whole name (three words or more each), when nothing both records hold says
  otherwise (a different birth date, phone, e-mail or document). Two "Ana Silva Santos" with
  different phones are two people: a studio with 100,000 clients has thousands of namesakes,
  and the name alone would drown the real duplicates (bench ``clients.duplicate_false_pairs``).
  The prompt before a client is created asks for ``namesakes``: there a first name and a
  surname are enough, under the same condition (with a phone typed, a namesake with another
  phone is not shown).

A similar name is more than a common first name: the names are compared folded (no accents, no
case, no punctuation, without the particles "da", "de", "do", "das", "dos", "e"), an initial
standing for a word of the other name that starts with it ("João P. Silva" ~ "João Pedro
Silva"); they must start with the same given name (or its initial, or a slip of one letter in
five: "Bruna", "Bruno"), share a surname (a word after the first), and score at least
:data:`NAME_THRESHOLD` by the better of two measures:

- *token sort*: the words sorted, then the Indel similarity of the two strings (word order does
  not count: "Silva Ana" ~ "Ana Silva");
- *token set* (only when the names share three words or more): the words both names share
  against each name's own (a name typed short, "Ana Maria Silva", scores 100 against "Ana Maria
  Silva Souza"; "Carlos Gomes" is not "Carlos Gabriel Cardoso Gomes").

With the same birth date the bar is :data:`NAME_BIRTH_THRESHOLD`. The threshold: one typo in a
name of 15 letters scores about 93, two about 87; two different names with a shared surname
("Ana Silva" and "Ana Silvia": 95; "Bruna Silva" and "Bruno Silva": 91) pass, which is why the
name alone also needs nothing contradicting it.

The similarity is rapidfuzz's ``fuzz.ratio``: the Indel similarity, 100 · 2·LCS / (len a + len b).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

NAME_THRESHOLD = 90.0
NAME_BIRTH_THRESHOLD = 85.0
PARTICLES = frozenset({"da", "de", "do", "das", "dos", "e", "di", "du", "del"})

_MARKS = re.compile("[\u0300-\u036f]+")
_WORD = re.compile(r"[^\W_]+")
_NOT_DIGITS = re.compile(r"\D")


class Reason(enum.StrEnum):
    """Why two records look like one person, best first (the order of this enumeration)."""

    SAME_DOCUMENT = "same_document"
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    NAME_AND_BIRTH = "name_and_birth"
    SIMILAR_NAME = "similar_name"


_ORDER = {reason: n for n, reason in enumerate(Reason)}


@dataclass(frozen=True)
class Person:
    """A client record as the rule sees it (``id`` None: the one being created)."""

    full_name: str
    id: uuid.UUID | None = None
    phone: str | None = None
    email: str | None = None
    document: str | None = None
    birth_date: dt.date | None = None


def fold(text: str) -> str:
    """Lower case without accents: ``Conceição`` → ``conceicao``."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def name_words(full_name: str) -> tuple[str, ...]:
    """The words of a name as the rule compares them: folded, without particles."""
    return tuple(w for w in _WORD.findall(fold(full_name)) if w not in PARTICLES)


def digits(text: str | None) -> str:
    return _NOT_DIGITS.sub("", text or "")


def email_key(text: str | None) -> str:
    return (text or "").strip().casefold()


@dataclass(frozen=True)
class Prepared:
    """A person's keys, worked out once (a scan compares each record many times)."""

    person: Person
    words: tuple[str, ...]
    phone: str
    email: str
    document: str
    surnames: frozenset[str] = field(default_factory=frozenset)


def prepare(person: Person) -> Prepared:
    words = name_words(person.full_name)
    return Prepared(
        person,
        words,
        digits(person.phone),
        email_key(person.email),
        digits(person.document),
        frozenset(w for w in words[1:] if len(w) > 1),
    )


def ratio(a: str, b: str) -> float:
    """The Indel similarity of two strings, 0 to 100 (100 for two empty ones)."""
    return float(fuzz.ratio(a, b))


def _expand(words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with each initial replaced by the first word of ``other`` that starts with it."""
    if all(len(w) > 1 for w in words):
        return words
    out = []
    for w in words:
        if len(w) == 1:
            w = next((o for o in other if len(o) > 1 and o[0] == w), w)
        out.append(w)
    return tuple(out)


def name_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two names' words are, 0 to 100 (symmetric): the better of token sort and token set."""
    a, b = _expand(a, b), _expand(b, a)
    if not a or not b:
        return 0.0
    score = ratio(" ".join(sorted(a)), " ".join(sorted(b)))
    if score < 100.0 and len(a) > 2 and len(b) > 2:
        common = set(a) & set(b)
        if len(common) >= 3:
            shared = " ".join(sorted(common))
            only_a = " ".join(sorted(set(a) - common))
            only_b = " ".join(sorted(set(b) - common))
            with_a = f"{shared} {only_a}".strip()
            with_b = f"{shared} {only_b}".strip()
            score = max(score, ratio(shared, with_a), ratio(shared, with_b), ratio(with_a, with_b))
    return score


def _same_given_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names start with the same given name (an initial, or a slip: "Bruna", "Bruno")."""
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return ratio(x, y) >= 80.0


def _shares_surname(a: Prepared, b: Prepared) -> bool:
    if a.surnames & b.surnames:
        return True
    # A surname typed with a slip ("Olivera" for "Oliveira"): one close enough.
    return any(ratio(x, y) >= NAME_THRESHOLD for x in a.surnames for y in b.surnames if x[0] == y[0])


def _contradicted(a: Prepared, b: Prepared) -> bool:
    """Whether something both records hold says they are two people."""
    one, two = a.person, b.person
    if one.birth_date is not None and two.birth_date is not None and one.birth_date != two.birth_date:
        return True
    if a.phone and b.phone and a.phone != b.phone:
        return True
    if a.email and b.email and a.email != b.email:
        return True
    return bool(a.document and b.document and a.document != b.document)


def compare(a: Prepared, b: Prepared, *, namesakes: bool = False) -> list[Reason]:
    """Why ``a`` and ``b`` look like one person, best first; empty: they do not (nor when they are
    the same record). Symmetric. ``namesakes``: a similar name of two words (a first name and a
    surname) is enough too, when nothing says otherwise (the prompt before a client is created,
    where "Davi Lopes" typed with no phone should show the "Davi Lopes" already there)."""
    one, two = a.person, b.person
    if one.id is not None and one.id == two.id:
        return []
    found: list[Reason] = []
    if a.document and a.document == b.document:
        found.append(Reason.SAME_DOCUMENT)
    if a.phone and a.phone == b.phone:
        found.append(Reason.SAME_PHONE)
    if a.email and a.email == b.email:
        found.append(Reason.SAME_EMAIL)
    if a.words and b.words and _same_given_name(a.words, b.words) and _shares_surname(a, b):
        score = name_score(a.words, b.words)
        same_birth = one.birth_date is not None and one.birth_date == two.birth_date
        whole = namesakes or (len(a.words) > 2 and len(b.words) > 2)  # more than a first name and a surname
        if same_birth and score >= NAME_BIRTH_THRESHOLD:
            found.append(Reason.NAME_AND_BIRTH)
        elif score >= NAME_THRESHOLD and (found or (whole and not _contradicted(a, b))):
            found.append(Reason.SIMILAR_NAME)
    return found


def reasons(a: Person, b: Person, *, namesakes: bool = False) -> list[Reason]:
    """Why two records look like one person, best first (:func:`compare` on people)."""
    return compare(prepare(a), prepare(b), namesakes=namesakes)


@dataclass(frozen=True)
class Match:
    person: Person
    reasons: list[Reason]

    def rank(self) -> tuple[int, int]:
        return (min(_ORDER[r] for r in self.reasons), -len(self.reasons))


def likely_duplicates(candidate: Person, existing: Iterable[Person], *, namesakes: bool = False) -> list[Match]:
    """The records of ``existing`` that look like ``candidate``, best first: the strongest reason
    first (a document before a phone, a phone before a name), then the most reasons."""
    mine = prepare(candidate)
    found = []
    for other in existing:
        why = compare(mine, prepare(other), namesakes=namesakes)
        if why:
            found.append(Match(other, why))
    found.sort(key=Match.rank)
    return found
