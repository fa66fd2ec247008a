"""What a draft op's :class:`~kronos_desktop.store.Applied` carries (ops/checkout.py): a desk-only
write, not a mutation (``seq`` 0). A module of its own so that the checkout's ops import no
pydantic model when the desk starts."""

from __future__ import annotations

import uuid

from kronos_core.mutations.base import MutationArgs


class DraftWritten(MutationArgs):
    ticket_id: uuid.UUID
