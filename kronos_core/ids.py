"""Row and mutation identifiers.

Every synced row has a UUIDv7 made on the desk that creates it (time-ordered, so indexes
stay compact). Rows a mutation creates as a side effect (conflict rows, ledger entries) get
ids *derived* from the mutation's UUID, so the desk's guess and the server's row agree.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0

_DERIVED_NAMESPACE = uuid.UUID("6b3f7a52-3c1e-4d0f-9a8e-2f4b8c1d5e70")


def uuid7() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter and random bits.

    Ids made in the same millisecond by this process stay in increasing order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        else:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                ms = _last_ms
                _counter = 0
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


def derived_id(mutation_uuid: uuid.UUID, purpose: str) -> uuid.UUID:
    """A deterministic id for a row created by a mutation (same on every replica)."""
    return uuid.uuid5(_DERIVED_NAMESPACE, f"{mutation_uuid}:{purpose}")


def uuid7_time_ms(value: uuid.UUID) -> int:
    """The Unix milliseconds stored in a UUIDv7."""
    return value.int >> 80
