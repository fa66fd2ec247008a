"""The likely-duplicate rule (kronos_core/duplicates.py): what a receptionist is warned about
before registering a client a second time."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given
from hypothesis import strategies as st

from kronos_core.duplicates import (
    Person,
    Reason,
    likely_duplicates,
    name_score,
    name_words,
    ratio,
    reasons,
)

NAMES = ["Ana", "Ana Maria", "João", "José", "Conceição", "Beatriz", "Bruno", "Bruna", "Luíza", "Luiza"]
SURNAMES = ["Silva", "da Silva", "Santos", "Oliveira", "Souza", "Conceição", "Lima", "Assunção"]

surnames = st.lists(st.sampled_from(SURNAMES), min_size=1, max_size=3).map(" ".join)
people = st.builds(
    Person,
    full_name=st.builds(lambda g, s: f"{g} {s}", st.sampled_from(NAMES), surnames),
    id=st.uuids(),
    phone=st.none() | st.sampled_from(["+5511987654321", "+5511912345678", "+5521998765432"]),
    email=st.none() | st.sampled_from(["ana@gmail.com", "ANA@gmail.com ", "jose@hotmail.com"]),
    document=st.none() | st.sampled_from(["52998224725", "529.982.247-25", "11144477735"]),
    birth_date=st.none() | st.sampled_from([dt.date(1990, 5, 1), dt.date(1990, 5, 2), dt.date(2001, 1, 1)]),
)  # fmt: skip


def test_the_similarity_is_the_indel_ratio() -> None:
    assert ratio("ana silva", "ana silva") == 100.0
    assert round(ratio("ana silva", "ana silvia"), 1) == 94.7  # one letter more in 19
    assert ratio("", "") == 100.0
    assert ratio("abc", "") == 0.0


@given(people, people, st.booleans())
def test_the_rule_is_symmetric(a: Person, b: Person, namesakes: bool) -> None:
    assert reasons(a, b, namesakes=namesakes) == reasons(b, a, namesakes=namesakes)


@given(people)
def test_a_record_is_never_its_own_duplicate(a: Person) -> None:
    assert reasons(a, a) == []
    assert likely_duplicates(a, [a]) == []


@given(people, people)
def test_exact_keys_always_flag_whatever_the_names(a: Person, b: Person) -> None:
    why = reasons(a, b)
    if a.phone and b.phone and a.phone == b.phone:
        assert Reason.SAME_PHONE in why
    if a.email and b.email and a.email.strip().lower() == b.email.strip().lower():
        assert Reason.SAME_EMAIL in why
    if (
        a.document
        and b.document
        and a.document.replace(".", "").replace("-", "") == b.document.replace(".", "").replace("-", "")
    ):
        assert Reason.SAME_DOCUMENT in why
    assert why == sorted(why, key=list(Reason).index)  # best first


def test_the_same_phone_flags_a_name_typed_another_way() -> None:
    one = Person("Beatriz Souza", uuid.uuid4(), phone="+5511987654321")
    two = Person("Bia", uuid.uuid4(), phone="+5511987654321")
    assert reasons(one, two) == [Reason.SAME_PHONE]


def test_email_case_and_document_punctuation_do_not_count() -> None:
    one = Person("Ana Lima", uuid.uuid4(), email="Ana.Lima@Gmail.com", document="529.982.247-25")
    two = Person("Carlos Reis", uuid.uuid4(), email="ana.lima@gmail.com ", document="52998224725")
    assert reasons(one, two) == [Reason.SAME_DOCUMENT, Reason.SAME_EMAIL]


def test_a_common_first_name_is_not_enough() -> None:
    assert reasons(Person("Ana Silva"), Person("Ana Santos")) == []
    assert reasons(Person("Ana Silva"), Person("Ana"), namesakes=True) == []
    born = dt.date(1997, 1, 25)  # another first name, the same surnames and birthday: two people
    assert (
        reasons(Person("Heitor Freitas Gonçalves", birth_date=born), Person("Cauã Freitas Gonçalves", birth_date=born))
        == []
    )


def test_accents_case_particles_and_initials_do_not_hide_a_name() -> None:
    assert name_words("José da Conceição") == ("jose", "conceicao")
    for typed in ("jose conceicao prado", "JOSÉ CONCEIÇÃO PRADO", "José Conceiçao Prado"):
        assert reasons(Person("José da Conceição Prado"), Person(typed)) == [Reason.SIMILAR_NAME]
    # A first name and a surname: the prompt's namesakes, not a likely duplicate of a scan.
    assert reasons(Person("José da Conceição"), Person("jose conceicao")) == []
    assert reasons(Person("José da Conceição"), Person("jose conceicao"), namesakes=True) == [Reason.SIMILAR_NAME]
    assert name_score(name_words("João P. Silva"), name_words("João Pedro Silva")) == 100.0
    assert reasons(Person("Ana Maria Silva"), Person("Ana Maria Silva Souza")) == [Reason.SIMILAR_NAME]
    assert reasons(Person("Carlos Gomes"), Person("Carlos Gabriel Cardoso Gomes"), namesakes=True) == []
    assert reasons(Person("Matheus Albuquerque Barbosa"), Person("Luana Barbosa Albuquerque")) == []


def test_a_similar_name_alone_yields_to_what_both_records_say() -> None:
    born = dt.date(1990, 5, 1)
    one = Person("Fernanda Oliveira Lima", uuid.uuid4(), phone="+5511987654321", birth_date=born)
    namesake = Person("Fernanda Oliveira Lima", uuid.uuid4(), phone="+5511912345678")
    assert reasons(one, namesake) == []  # two phones: two people
    other_birthday = Person("Fernanda Oliveira Lima", uuid.uuid4(), birth_date=dt.date(1991, 5, 1))
    assert reasons(one, other_birthday) == []
    typo_same_birth = Person("Fernanda Olivera Lima", uuid.uuid4(), phone="+5511912345678", birth_date=born)
    assert reasons(one, typo_same_birth) == [Reason.NAME_AND_BIRTH]
    nothing_else = Person("Fernanda Oliveira Lima", uuid.uuid4())
    assert reasons(one, nothing_else) == [Reason.SIMILAR_NAME]


def test_the_strongest_reason_comes_first() -> None:
    candidate = Person("Ana Lima", phone="+5511987654321", document="52998224725")
    by_phone = Person("Ana L.", uuid.uuid4(), phone="+5511987654321")
    by_document = Person("A. Lima", uuid.uuid4(), document="52998224725")
    by_name = Person("Ana Lima", uuid.uuid4())
    found = likely_duplicates(candidate, [by_name, by_phone, by_document], namesakes=True)
    assert [m.person for m in found] == [by_document, by_phone, by_name]
