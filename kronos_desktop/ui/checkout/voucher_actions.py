"""The Caixa's gift vouchers (issue 16): the header's "Vouchers" button, its menu of the two
registry actions (``checkout.sell_voucher``, Ctrl+Shift+V, and ``checkout.vouchers``), and the
vouchers list as a page of the Caixa beside the day's (its "Back to the day" returns). Artists
neither sell nor list vouchers: the button and the keys follow who is at the desk."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStackedWidget, QWidget

from kronos_core.roles import Role
from kronos_desktop.ui.actions import spec
from kronos_desktop.ui.checkout.voucher_dialog import sell_voucher
from kronos_desktop.ui.checkout.vouchers_page import VouchersPage
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

SELL, LIST = spec("checkout.sell_voucher"), spec("checkout.vouchers")


class CaixaPages(Protocol):
    ctx: DeskContext
    pages: QStackedWidget
    day_page: QWidget


class VoucherActions(QObject):
    """The button, the two actions and the page (kept by the view)."""

    def __init__(self, view: CaixaPages, host: QWidget) -> None:
        super().__init__(host)
        self.view = view
        self.ctx = view.ctx
        self.page = VouchersPage(view.ctx, host)
        view.pages.addWidget(self.page)
        self.page.back.connect(lambda: view.pages.setCurrentWidget(view.day_page))
        self.button = named(QPushButton(self.tr("Vouchers"), host), "checkoutVouchers", self.tr("Gift vouchers"))
        menu = QMenu(self.button)
        menu.setObjectName("checkoutVouchersMenu")
        self.actions: dict[str, QAction] = {}
        for one, run in ((SELL, self.sell), (LIST, self.show_list)):
            action = named(QAction(one.text(), host), one.object_name, one.accessible())
            action.setShortcut(one.key_sequence())
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, r=run: r())
            host.addAction(action)
            menu.addAction(action)
            self.actions[one.name] = action
        self.button.setMenu(menu)
        self.ctx.who.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Vouchers are the front desk's: an artist at the desk sees neither the button nor the keys."""
        allowed = self.ctx.who.role is not None and self.ctx.who.role is not Role.ARTIST
        self.button.setVisible(allowed)
        for action in self.actions.values():
            action.setEnabled(allowed)

    def sell(self) -> None:
        if self.actions[SELL.name].isEnabled():
            sell_voucher(self.view.pages, self.ctx)

    def show_list(self) -> None:
        if self.actions[LIST.name].isEnabled():
            self.view.pages.setCurrentWidget(self.page)
            self.page.search.setFocus()
