"""Every mutation of KRONOS, registered by importing this package."""

from kronos_core.mutations import appointment_edit as appointment_edit  # registers appointment.edit
from kronos_core.mutations import appointment_status as appointment_status  # registers appointment.set_status
from kronos_core.mutations import appointments, clients, sales, studio
from kronos_core.mutations import client_erase as client_erase  # registers client.erase
from kronos_core.mutations import client_export as client_export  # registers client.export_recorded
from kronos_core.mutations import client_merge as client_merge  # registers client.merge
from kronos_core.mutations import conflicts as conflicts  # registers conflict.resolve
from kronos_core.mutations import deposits as deposits  # registers deposit.*
from kronos_core.mutations import drawer as drawer  # registers cash_drawer.save, cash_session.*, cash.move
from kronos_core.mutations import forms as forms  # registers form_template.publish, consent_form.sign
from kronos_core.mutations import inverses as inverses  # declares what undoes each mutation (Edit → Undo)
from kronos_core.mutations import materials as materials  # registers material.*, session_record.add
from kronos_core.mutations import payments as payments  # registers payment.record
from kronos_core.mutations import products as products  # registers product.save
from kronos_core.mutations import projects as projects  # registers project.create, project.update
from kronos_core.mutations import refunds as refunds  # registers payment.refund, sale.void
from kronos_core.mutations import staff_pin as staff_pin  # registers staff.set_pin
from kronos_core.mutations import stock as stock  # registers stock.move
from kronos_core.mutations import time_off as time_off  # registers time_off.*
from kronos_core.mutations import vouchers as vouchers  # registers voucher.sell
from kronos_core.mutations.base import (
    REGISTRY,
    Actor,
    ApplyContext,
    InvalidArguments,
    MutationArgs,
    MutationError,
    MutationSpec,
    NotAllowed,
    NotFound,
    StaleTarget,
    UndoRecord,
    UnknownMutation,
    get_spec,
    run,
)

__all__ = [
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
    "run",
    "sales",
    "studio",
]
