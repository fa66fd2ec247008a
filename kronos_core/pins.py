"""Desk PINs: the argon2id cost a PIN hash must have, and hashing and checking one on a desk.

Only a PIN's hash travels (``staff.set_pin``), and every desk of the studio keeps it to check the
PIN typed at the desk. A hash is accepted only at :data:`MIN_COST` or above (OWASP's floor for
argon2id: 19 MiB, 2 passes, 1 lane): a hash made cheap on purpose by a tampered desk would let
anyone with a copy of a desk's file try every PIN in a blink. It is also refused above
:data:`MAX_COST`, which every desk would spend each time the PIN is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True, order=True)
class PinCost:
    memory_kib: int
    time_cost: int
    parallelism: int

    def text(self) -> str:
        return f"m={self.memory_kib},t={self.time_cost},p={self.parallelism}"


MIN_COST: Final = PinCost(memory_kib=19 * 1024, time_cost=2, parallelism=1)
MAX_COST: Final = PinCost(memory_kib=256 * 1024, time_cost=10, parallelism=16)
MIN_SALT_BYTES: Final = 8
# What a PIN is, everywhere it is typed or set (the desk's pad and dialogs, the server's PUT).
PIN_MIN_DIGITS: Final = 4
PIN_MAX_DIGITS: Final = 6
PIN_PATTERN: Final = re.compile(f"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
MIN_HASH_BYTES: Final = 12

# What a desk (and the server's PUT /v1/staff/{id}/pin) hashes a new PIN with: the minimum.
_HASHER: Final = PasswordHasher(
    time_cost=MIN_COST.time_cost,
    memory_cost=MIN_COST.memory_kib,
    parallelism=MIN_COST.parallelism,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


class PinHashProblem(ValueError):
    """A PIN hash that cannot be used: ``weak`` (below MIN_COST), ``costly`` (above MAX_COST) or
    ``malformed``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def pin_cost(pin_hash: str) -> PinCost:
    """The cost of an argon2id PIN hash, checked: raises :class:`PinHashProblem` unless each of
    memory, passes and lanes is at least MIN_COST's and at most MAX_COST's."""
    try:
        found = extract_parameters(pin_hash)
    except (InvalidHashError, ValueError) as exc:
        raise PinHashProblem("malformed", f"not an argon2id hash ({exc})") from None
    if found.type is not Type.ID or found.version != 19:
        raise PinHashProblem("malformed", "not an argon2id v=19 hash")
    if found.salt_len < MIN_SALT_BYTES or found.hash_len < MIN_HASH_BYTES:
        raise PinHashProblem("malformed", f"salt or digest too short ({found.salt_len}, {found.hash_len} bytes)")
    cost = PinCost(found.memory_cost, found.time_cost, found.parallelism)
    if (
        cost.memory_kib < MIN_COST.memory_kib
        or cost.time_cost < MIN_COST.time_cost
        or cost.parallelism < MIN_COST.parallelism
    ):
        raise PinHashProblem("weak", f"argon2id cost {cost.text()} is below the minimum {MIN_COST.text()}")
    if (
        cost.memory_kib > MAX_COST.memory_kib
        or cost.time_cost > MAX_COST.time_cost
        or cost.parallelism > MAX_COST.parallelism
    ):
        raise PinHashProblem("costly", f"argon2id cost {cost.text()} is above the maximum {MAX_COST.text()}")
    return cost


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A new PIN's hash, at the minimum cost (about 40 ms). ``salt`` (16 bytes) only where the
    same hash must come out each time (the demo studio, drawn from its seed); else a random one."""
    return _HASHER.hash(pin, salt=salt)


def pin_matches(pin_hash: str | None, pin: str) -> bool:
    """Whether ``pin`` is the PIN of ``pin_hash`` (a hash of an unusable cost never matches)."""
    if not pin_hash:
        return False
    try:
        pin_cost(pin_hash)
        return _HASHER.verify(pin_hash, pin)
    except (PinHashProblem, VerifyMismatchError, VerificationError, InvalidHashError):
        return False
