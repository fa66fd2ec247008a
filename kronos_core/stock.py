"""A product's stock (issue 16): the sum of its movements (received +, sold -, returned +,
adjusted ±, counted ±), so two desks selling offline converge once their movements meet."""

from __future__ import annotations

from collections.abc import Iterable


def level(quantities: Iterable[int]) -> int:
    """The stock a product's movements leave (their signed sum)."""
    return sum(quantities)


def is_low(level: int, low_stock_level: int | None) -> bool:
    """Whether the stock is at or below the product's low mark (no mark: never low)."""
    return low_stock_level is not None and level <= low_stock_level


def count_quantity(known: int, counted: int) -> int | None:
    """The movement a count records: what it found less what was known (None: they agree,
    nothing to record). A count below 0 is not a count (ValueError)."""
    if counted < 0:
        raise ValueError("a count cannot be below 0")
    moved = counted - known
    return None if moved == 0 else moved
