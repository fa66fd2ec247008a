"""Every mutation of KRONOS.

The errors and :class:`Actor` import with this package; the framework
(:mod:`kronos_core.mutations.base`: pydantic, the registry) and the modules that register each
mutation load on the first use of one of their names from here (``from kronos_core.mutations
import get_spec``), of a submodule, or of :func:`load_all`. The desk's start imports this package
to catch a refusal and applies nothing before its window shows (bench app.start_s); its writer
thread loads the rest once the day is on screen.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any

from kronos_core.mutations.actor import Actor
from kronos_core.mutations.errors import (
    InvalidArguments,
    MutationError,
    NotAllowed,
    NotFound,
    StaleTarget,
    UnknownMutation,
)

if TYPE_CHECKING:
    from kronos_core.mutations import appointments, clients, sales, studio
    from kronos_core.mutations.base import REGISTRY, ApplyContext, MutationArgs, MutationSpec, UndoRecord, get_spec, run

# The modules whose import registers their mutations (kronos_core.mutations.base.mutation).
REGISTERING = (
    "appointments",
    "appointment_edit",  # appointment.edit
    "appointment_status",  # appointment.set_status
    "clients",
    "client_erase",  # client.erase
    "client_export",  # client.export_recorded
    "client_merge",  # client.merge
    "conflicts",  # conflict.resolve
    "deposits",  # deposit.*
    "drawer",  # cash_drawer.save, cash_session.*, cash.move
    "forms",  # form_template.publish, consent_form.sign
    "inverses",  # what undoes each mutation (Edit → Undo)
    "materials",  # material.*, session_record.add
    "payments",  # payment.record
    "products",  # product.save
    "projects",  # project.create, project.update
    "refunds",  # payment.refund, sale.void
    "sales",
    "staff_pin",  # staff.set_pin
    "stock",  # stock.move
    "studio",
    "time_off",  # time_off.*
    "vouchers",  # voucher.sell
)
_FROM_BASE = frozenset({"REGISTRY", "ApplyContext", "MutationArgs", "MutationSpec", "UndoRecord", "get_spec", "run"})


_loading = threading.RLock()
_loaded = threading.Event()  # set once every module is in
_in_progress = False  # read only under the lock, by the thread holding it


def load_all() -> None:
    """Import every module that registers a mutation, once. A module of this package is imported
    from a function only after this (``load_all(); from kronos_core.mutations.x import X``): the
    modules import one another, and two threads importing two of them at the same moment could
    each wait for the other's (Python refuses with ``_DeadlockError``); under this lock one
    thread loads them all while any other waits."""
    global _in_progress
    if _loaded.is_set():
        return
    with _loading:
        if _loaded.is_set() or _in_progress:  # done, or asked again from inside an import of this thread's load
            return
        _in_progress = True
        try:
            for name in REGISTERING:
                importlib.import_module(f"{__name__}.{name}")
            _loaded.set()
        finally:
            _in_progress = False


def __getattr__(name: str) -> Any:
    """The framework's names and the submodules, loaded on first use (the module docstring)."""
    if name in _FROM_BASE:
        load_all()
        from kronos_core.mutations import base

        return getattr(base, name)
    if name in REGISTERING:  # also how ``from kronos_core.mutations import clients`` finds it
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "REGISTERING",
    "REGISTRY",
    "Actor",
    "ApplyContext",
    "InvalidArguments",
    "MutationArgs",
    "MutationError",
    "MutationSpec",
    "NotAllowed",
    "NotFound",
    "StaleTarget",
    "UndoRecord",
    "UnknownMutation",
    "appointments",
    "clients",
    "get_spec",
    "load_all",
    "run",
    "sales",
    "studio",
]
