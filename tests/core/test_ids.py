"""Row and mutation ids: UUIDv7 made on the desk, and ids derived from a mutation's UUID."""

from __future__ import annotations

import threading
import time
import uuid

from kronos_core.ids import derived_id, uuid7, uuid7_time_ms


def test_uuid7_is_version_7_with_the_rfc_variant() -> None:
    for _ in range(100):
        value = uuid7()
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_uuid7_carries_the_current_unix_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    # The counter may borrow a millisecond or two when many ids are made at once.
    assert before <= uuid7_time_ms(value) <= after + 2


def test_uuid7_is_time_ordered_and_unique_across_many_calls() -> None:
    values = [uuid7() for _ in range(20_000)]
    assert len(set(values)) == len(values)
    assert values == sorted(values)
    # Ordered as bytes and as text too: that is how the databases index them.
    assert [v.bytes for v in values] == sorted(v.bytes for v in values)
    assert [str(v) for v in values] == sorted(str(v) for v in values)


def test_uuid7_is_unique_across_threads() -> None:
    results: list[list[uuid.UUID]] = [[] for _ in range(8)]

    def make(out: list[uuid.UUID]) -> None:
        out.extend(uuid7() for _ in range(2_000))

    threads = [threading.Thread(target=make, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [v for out in results for v in out]
    assert len(set(everything)) == len(everything)
    for out in results:
        assert out == sorted(out)


def test_derived_id_is_deterministic() -> None:
    mutation = uuid7()
    assert derived_id(mutation, "conflict:1") == derived_id(mutation, "conflict:1")
    assert derived_id(uuid.UUID(str(mutation)), "conflict:1") == derived_id(mutation, "conflict:1")


def test_derived_id_depends_on_mutation_and_purpose() -> None:
    a, b = uuid7(), uuid7()
    ids = {derived_id(a, "conflict:1"), derived_id(a, "conflict:2"), derived_id(b, "conflict:1")}
    assert len(ids) == 3
    assert a not in ids
    assert b not in ids


def test_derived_id_is_stable_across_releases() -> None:
    # Desks and servers of different releases must derive the same ids: pin one value.
    mutation = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
    assert derived_id(mutation, "conflict:1") == uuid.uuid5(
        uuid.UUID("6b3f7a52-3c1e-4d0f-9a8e-2f4b8c1d5e70"), f"{mutation}:conflict:1"
    )
