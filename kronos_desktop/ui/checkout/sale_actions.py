"""What can be done with the sale chosen in the Caixa's day list (issue 15): "Receipt…" (reprint:
receipt_dialog.py), "Refund payment…" (refund_dialog.py) and "Void sale…" (void_dialog.py), as
QActions with shortcuts, in the list's context menu and on the day page (the shortcuts work while
the day's list is shown, not on the ticket page).

Each follows the person at the desk like the window's actions (ui/actions.py ``why_not``, in the
same words, but by the mutation's roles: a refund is never refused when it syncs): a role whose
mutation it may not run sees it disabled, the tooltip saying why; with no sale chosen,
or a sale already cancelled, the tooltip says that. The Caixa view calls::

    self.sale_actions = install_sale_actions(self)

(it needs the view's ``ctx``, ``table`` over ``SaleRow`` rows and ``day_page``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QWidget

from kronos_desktop.store.queries.checkout import SaleRow
from kronos_desktop.ui.actions import ActionSpec, spec
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog, open_receipt
from kronos_desktop.ui.checkout.refund_dialog import RefundDialog, not_for_role
from kronos_desktop.ui.checkout.void_dialog import VoidDialog
from kronos_desktop.ui.common.tablemodel import selected_row
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


# Declared in the registry (ui/actions.py: Help lists their keys, the window's tests find them).
RECEIPT, REFUND, VOID = spec("checkout.receipt"), spec("checkout.refund"), spec("checkout.void")
SPECS = (RECEIPT, REFUND, VOID)


class SalesList(Protocol):
    """What the actions need of the Caixa view."""

    ctx: DeskContext
    table: QTableView
    day_page: QWidget


class SaleActions(QObject):
    """The three actions over ``view``'s chosen sale (kept by the view: ``view.sale_actions``)."""

    def __init__(self, view: SalesList) -> None:
        super().__init__(view.table)
        self.view = view
        self.ctx = view.ctx
        self.dialog: ReceiptDialog | RefundDialog | VoidDialog | None = None
        self.actions: dict[str, QAction] = {}
        handlers = {"open_receipt": self.open_receipt, "open_refund": self.open_refund, "open_void": self.open_void}
        table = view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for one in SPECS:
            action = QAction(one.text(), view.day_page)
            action.setObjectName(one.object_name)
            action.setShortcut(one.key_sequence())
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            handler = handlers[one.handler]
            action.triggered.connect(lambda _checked=False, h=handler: h())
            view.day_page.addAction(action)
            table.addAction(action)
            self.actions[one.name] = action
        self.receipt = self.actions[RECEIPT.name]
        self.refund = self.actions[REFUND.name]
        self.void = self.actions[VOID.name]
        table.selectionModel().selectionChanged.connect(lambda *_: self.follow())
        table.model().modelReset.connect(self.follow)
        self.ctx.who.changed.connect(self.follow)
        self.follow()

    # -- the chosen sale and who may -----------------------------------------------------------
    def sale(self) -> SaleRow | None:
        row = selected_row(self.view.table)
        return row if isinstance(row, SaleRow) else None

    def why_disabled(self, which: ActionSpec) -> str:
        """Why ``which`` cannot run now ("" when it can)."""
        role = not_for_role(which.mutation, self.ctx.who.role)
        if role:
            return role
        sale = self.sale()
        if sale is None:
            return translate("SaleActions", "Choose a sale in the list first.")
        if which is not RECEIPT and sale.status == "void":
            return translate("SaleActions", "This sale was cancelled already: its payments were refunded.")
        if which is not RECEIPT and sale.status != "closed":
            return translate("SaleActions", "Only a closed sale can be refunded or voided.")
        return ""

    def follow(self) -> None:
        for one in SPECS:
            action = self.actions[one.name]
            reason = self.why_disabled(one)
            action.setEnabled(not reason)
            action.setToolTip(reason or one.accessible())
            action.setStatusTip(reason or one.accessible())

    # -- the dialogs ---------------------------------------------------------------------------
    def _allowed(self, which: ActionSpec) -> SaleRow | None:
        sale = self.sale()
        return sale if sale is not None and not self.why_disabled(which) else None

    def _open(self, dialog: RefundDialog | VoidDialog) -> RefundDialog | VoidDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: ReceiptDialog | RefundDialog | VoidDialog) -> None:
        """``self.dialog`` is the one open now (None once it closes: it deletes itself)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))

    def _closed(self, dialog: object) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_receipt(self) -> ReceiptDialog | None:
        sale = self._allowed(RECEIPT)
        if sale is None:
            return None
        dialog = open_receipt(self.ctx, sale.id, self.view.table.window())
        self._keep(dialog)
        return dialog

    def open_refund(self) -> RefundDialog | None:
        sale = self._allowed(REFUND)
        if sale is None:
            return None
        dialog = RefundDialog(self.ctx, sale.id, parent=self.view.table.window())
        self._open(dialog)
        return dialog

    def open_void(self) -> VoidDialog | None:
        sale = self._allowed(VOID)
        if sale is None:
            return None
        dialog = VoidDialog(self.ctx, sale.id, self.view.table.window())
        self._open(dialog)
        return dialog


def install_sale_actions(view: SalesList) -> SaleActions:
    """Give the Caixa view its sale actions (see the module); keep what it returns."""
    return SaleActions(view)
