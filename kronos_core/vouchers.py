"""Gift vouchers' rules (issue 16): their codes, their balance, and whether one can pay.

A code is 8 symbols from an alphabet without the look-alikes (no 0/O, 1/I/L), shown and stored
as ``XXXX-XXXX``; a typed code is read however it was typed (lower case, spaces, dashes). A
voucher's balance is its value less what was redeemed plus what refunds gave back; it goes below
0 only when two desks offline spent it at once (the server flags that for review).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_SYMBOLS = 8
CODE_LENGTH = CODE_SYMBOLS + 1  # with its dash


def new_code(rng: random.Random | None = None) -> str:
    """A new code like ``K7QX-M4P9`` (a system random one unless ``rng`` is given, for tests)."""
    if rng is None:
        symbols = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_SYMBOLS))
    else:
        symbols = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_SYMBOLS))
    return f"{symbols[:4]}-{symbols[4:]}"


def normalise_code(typed: str) -> str:
    """A typed code as stored (``XXXX-XXXX``, upper case); text that cannot be a code comes back
    upper-cased and stripped, as it was typed (it then matches no voucher)."""
    upper = typed.strip().upper()
    symbols = "".join(ch for ch in upper if ch not in " -\t")
    if len(symbols) != CODE_SYMBOLS or any(ch not in CODE_ALPHABET for ch in symbols):
        return upper
    return f"{symbols[:4]}-{symbols[4:]}"


def is_code(text: str) -> bool:
    """Whether ``text`` is a code as stored (``normalise_code``'s form)."""
    symbols = text[:4] + text[5:]
    return len(text) == CODE_LENGTH and text[4] == "-" and all(ch in CODE_ALPHABET for ch in symbols)


def balance(amount: int, redeemed: Iterable[int], given_back: Iterable[int]) -> int:
    """What is left on a voucher of ``amount``: less each redemption, plus each refund of one
    (may be below 0: overdrawn)."""
    return amount - sum(redeemed) + sum(given_back)


def redeem_problem(balance: int | None, amount: int, *, expired: bool = False) -> str | None:
    """Why ``amount`` cannot be paid from a voucher holding ``balance`` (None: the voucher is
    unknown); None when it can. Codes: ``unknown``, ``not_positive``, ``expired``, ``spent``,
    ``over_balance``."""
    if balance is None:
        return "unknown"
    if amount <= 0:
        return "not_positive"
    if expired:
        return "expired"
    if balance <= 0:
        return "spent"
    if amount > balance:
        return "over_balance"
    return None
