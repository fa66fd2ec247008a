"""The PIX screen: the charge's QR, large enough to scan from across the counter, its
copy-and-paste code with "Copy", the amount and the ticket's reference. It is made on the desk
(kronos_core.brcode: a static BR Code from the studio's key, merchant name and city), so it works
without a network; the receptionist says when the money arrived (optionally typing the
transfer's end-to-end id from the bank's app) or cancels. While it shows, the idle lock is held
off (``ctx.hold_idle``): the client may take a while with their bank's app.

When the studio has no PIX key (or no merchant name or city) the screen says so and offers only
Cancel."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QHideEvent, QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kronos_core.brcode import BrCodeError, pix_payload, reference_label
from kronos_desktop.ui.checkout.pix_qr import matrix_image, qr_matrix
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

if TYPE_CHECKING:
    from kronos_desktop.ui.lock.controller import Hold

QR_MIN = 360  # pixels: scanned from a phone held across the counter
QR_MAX = 900
E2E = re.compile(r"^[A-Za-z0-9]{1,35}$")  # the Central Bank's is 32: E, the bank's ISPB, when, a serial


class QrView(QWidget):
    """The QR, square and as large as the room it is given (drawn again when that changes)."""

    def __init__(self, payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload = payload
        self.matrix = qr_matrix(payload)  # made once; only drawn again when the size changes
        self.image = QImage()
        self.setMinimumSize(QR_MIN, QR_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(QR_MIN + 100, QR_MIN + 100)

    def side(self) -> int:
        """The QR's side on the screen, in device-independent pixels."""
        return min(self.width(), self.height(), QR_MAX)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        ratio = self.devicePixelRatioF()
        self.image = matrix_image(self.matrix, round(self.side() * ratio))
        self.image.setDevicePixelRatio(ratio)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = self.image.deviceIndependentSize()
        painter.drawImage(int((self.width() - side.width()) / 2), int((self.height() - side.height()) / 2), self.image)
        painter.end()


class PixScreen(KeyedDialog):
    """Show a PIX charge of ``amount`` centavos for the ticket ``reference``; accepted once the
    money arrived (:meth:`e2e_id`: the end-to-end id typed, "" when none), rejected on Cancel."""

    def __init__(
        self,
        ctx: DeskContext,
        *,
        amount: int,
        reference: str,
        key: str | None = None,
        merchant_name: str | None = None,
        merchant_city: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.amount = amount
        self.reference = reference_label(reference)
        self.hold: Hold | None = None
        self.setObjectName("pixScreen")
        self.setWindowTitle(self.tr("PIX"))
        self.setAccessibleName(self.tr("PIX payment"))
        self.setModal(True)
        self.payload = ""
        problem = ""
        try:
            self.payload = pix_payload(
                key=key or "",
                merchant_name=merchant_name or "",
                merchant_city=merchant_city or "",
                amount=amount,
                reference=reference,
            )
        except BrCodeError as exc:
            problem = self._problem_text(exc.code)

        money = fmt.money_text(amount, ctx.currency())
        self.title = title_label(self.tr("Pay with PIX"), "pixTitle")
        self.amount_label = named(QLabel(money), "pixAmount", self.tr("Amount: {amount}").format(amount=money))
        self.amount_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.amount_label.setStyleSheet("QLabel { font-size: 40px; font-weight: 700; }")
        ref_text = self.tr("Reference: {reference}").format(reference=self.reference)
        self.reference_label = named(QLabel(ref_text), "pixReference", ref_text)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "pixCancel", self.tr("Cancel: no PIX payment"))
        self.cancel_button.clicked.connect(self.reject)
        self.arrived_button = named(
            QPushButton(self.tr("Money arrived")), "pixArrived", self.tr("The money arrived in the studio's account")
        )
        self.arrived_button.setProperty("kind", "primary")
        self.arrived_button.clicked.connect(self.arrived)
        self.message = QLabel()
        self.message.setObjectName("pixMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.amount_label)
        side.addWidget(self.reference_label)
        side.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.arrived_button)

        self.qr: QrView | None = None
        self.code: QLineEdit | None = None
        self.e2e: QLineEdit | None = None
        layout = QHBoxLayout(self)
        if problem:
            self.arrived_button.hide()
            self.message.setText(problem)
            self.message.show()
            side.addWidget(self.message)
            side.addStretch(1)
            side.addLayout(buttons)
            layout.addLayout(side)
            self.setMinimumWidth(520)
            return

        self.qr = QrView(self.payload)
        self.qr.setObjectName("pixQr")
        self.qr.setAccessibleName(self.tr("PIX QR code for {amount}").format(amount=money))
        hint = QLabel(self.tr("Scan the code with the bank's app, or copy the code and paste it there:"))
        hint.setObjectName("pixHint")
        hint.setWordWrap(True)
        self.code = named(QLineEdit(self.payload), "pixCode", self.tr("PIX copy-and-paste code"))
        self.code.setReadOnly(True)
        self.code.setCursorPosition(0)
        self.copy_button = named(QPushButton(self.tr("Copy")), "pixCopy", self.tr("Copy the PIX code"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(self.tr("Copied."))
        self.copied.setObjectName("pixCopied")
        self.copied.hide()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        e2e_label = QLabel(self.tr("End-to-end id (optional)"))
        self.e2e = named(QLineEdit(), "pixE2e", self.tr("End-to-end id of the transfer (optional)"))
        self.e2e.setPlaceholderText(self.tr("From the bank's app, e.g. E1234567820261204…"))
        self.e2e.setMaxLength(64)
        e2e_label.setBuddy(self.e2e)
        side.addWidget(hint)
        side.addLayout(code_row)
        side.addWidget(self.copied)
        side.addStretch(1)
        side.addWidget(line)
        side.addWidget(e2e_label)
        side.addWidget(self.e2e)
        side.addWidget(self.message)
        side.addSpacing(8)
        side.addLayout(buttons)
        panel = QWidget()
        panel.setObjectName("pixPanel")
        panel.setLayout(side)
        panel.setFixedWidth(380)
        layout.addWidget(self.qr, 1)
        layout.addWidget(panel)
        self._fit_screen()

    def _problem_text(self, code: str) -> str:
        where = self.tr("An owner or manager sets it in Settings → Studio, under PIX.")
        texts = {
            "pix_key": self.tr("This studio has no PIX key yet, so there is no PIX code to show."),
            "pix_merchant_name": self.tr("A PIX code needs the studio's merchant name, and it has none yet."),
            "pix_merchant_city": self.tr("A PIX code needs the studio's merchant city, and it has none yet."),
        }
        if code in texts:
            return texts[code] + " " + where
        if code == "pix_amount":
            return self.tr("A PIX code needs an amount above zero.")
        return self.tr("The PIX code could not be made from the studio's PIX settings.") + " " + where

    def _fit_screen(self) -> None:
        """Most of the screen: the larger the screen, the larger the QR."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(room.width() - 40, 1500), min(room.height() - 40, 1000))

    # -- what it says ------------------------------------------------------------------------------
    def has_code(self) -> bool:
        return bool(self.payload)

    def e2e_id(self) -> str:
        """The transfer's end-to-end id as typed, without spaces ("" when none)."""
        return "".join(self.e2e.text().split()) if self.e2e is not None else ""

    def primary_button(self) -> QPushButton | None:
        return self.arrived_button if self.payload else None

    def typed(self) -> bool:
        return bool(self.e2e_id())

    # -- actions -----------------------------------------------------------------------------------
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.payload)
        self.copied.show()

    def arrived(self) -> None:
        e2e = self.e2e_id()
        if e2e and E2E.match(e2e) is None:
            self.message.setText(
                self.tr(
                    "An end-to-end id is letters and digits only (32 of them, starting with E). "
                    "Leave it empty if you do not have it."
                )
            )
            self.message.show()
            if self.e2e is not None:
                self.e2e.setFocus()
            return
        self.accept()

    # -- the idle lock -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self.hold is None and self.ctx.hold_idle is not None:
            self.hold = self.ctx.hold_idle(self)
        super().showEvent(event)
        if self.e2e is not None:
            self.e2e.setFocus()  # typed from the bank's app, then Enter: the money arrived

    def hideEvent(self, event: QHideEvent) -> None:
        self._release()
        super().hideEvent(event)

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def _release(self) -> None:
        if self.hold is not None:
            self.hold.release()
            self.hold = None


class PixSettings(Protocol):
    """The studio's PIX fields a code needs (kronos_desktop.store.queries.settings.StudioSettings)."""

    @property
    def pix_key(self) -> str | None: ...
    @property
    def merchant_name(self) -> str | None: ...
    @property
    def merchant_city(self) -> str | None: ...


def ask_pix(ctx: DeskContext, settings: PixSettings, amount: int, reference: str, parent: QWidget) -> str | None:
    """Show the PIX code for ``amount`` (its ``reference`` on both bank statements) and wait: the
    end-to-end id typed ("" when none) once the receptionist says the money arrived, None when
    cancelled. The ticket's payment, a deposit and a gift voucher are paid this one way."""
    screen = PixScreen(
        ctx,
        amount=amount,
        reference=reference,
        key=settings.pix_key,
        merchant_name=settings.merchant_name,
        merchant_city=settings.merchant_city,
        parent=parent,
    )
    accepted = screen.exec() == QDialog.DialogCode.Accepted
    e2e = screen.e2e_id() if accepted else None
    screen.deleteLater()
    return e2e
