"""Tips on a ticket, per artist: an artist, an amount, "Add tip"; the tips so far with "Remove
tip". A tip is added to what the client pays. The ticket's own artists (its lines', in their
order) come first and the first of them is chosen; the studio's other artists follow. A ticket
with no artist on its lines (products only) chooses nobody: the receptionist picks who gets it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.ticket import DraftTip
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate


def fill_artists(combo: QComboBox, artists: dict[uuid.UUID, str], on_ticket: Sequence[uuid.UUID]) -> None:
    """The artists in ``combo``: the ticket's first (in its lines' order), the others after a
    separator (by name); with none on the ticket, "Choose the artist…" first (chosen: nobody)."""
    combo.clear()
    first = [a for a in on_ticket if a in artists]
    others = sorted((a for a in artists if a not in first), key=lambda a: artists[a].casefold())
    if not first:
        combo.addItem(translate("TipsPanel", "Choose the artist…"), None)
    for artist_id in first:
        combo.addItem(artists[artist_id], artist_id)
    if first and others:
        combo.insertSeparator(combo.count())
    for artist_id in others:
        combo.addItem(artists[artist_id], artist_id)
    combo.setCurrentIndex(0)


def ask_tip(parent: QWidget, amount: str, panel: TipsPanel) -> uuid.UUID | None:
    """Whether ``amount`` typed above the bill is a tip, and for whom: the artist is chosen in the
    question (the tips panel's choice when on the ticket, else the ticket's first artist; with no
    artist on the ticket, nobody until one is picked). None: not a tip ("No", Esc). Enter answers
    nothing (an amount above the bill is never taken silently)."""
    box = KeyedDialog(parent)
    box.setObjectName("paymentTipConfirm")
    box.setWindowTitle(translate("PaymentDialog", "Tip"))
    box.setAccessibleName(translate("PaymentDialog", "Take the amount above the bill as a tip?"))
    box.setModal(True)
    question = QLabel(translate("PaymentDialog", "Take {amount} above the bill as a tip?").format(amount=amount))
    question.setObjectName("paymentTipQuestion")
    question.setProperty("role", "section")
    question.setWordWrap(True)
    none = QLabel(translate("PaymentDialog", "No artist is on this ticket: choose who gets the tip."))
    none.setObjectName("paymentTipNoArtist")
    none.setProperty("role", "muted")
    none.setWordWrap(True)
    none.setVisible(not panel.on_ticket)
    artist = named(QComboBox(), "paymentTipArtist", translate("PaymentDialog", "Artist who gets the tip"))
    fill_artists(artist, panel.artists, panel.on_ticket)
    chosen = panel.chosen_artist()
    if chosen is not None and chosen[0] in panel.on_ticket:
        artist.setCurrentIndex(artist.findData(chosen[0]))
    yes = named(
        QPushButton(translate("PaymentDialog", "Yes, a tip")), "paymentTipYes", translate("PaymentDialog", "Yes, a tip")
    )
    no = named(
        QPushButton(translate("PaymentDialog", "No")), "paymentTipNo", translate("PaymentDialog", "No, not a tip")
    )
    yes.setProperty("kind", "primary")

    def enable() -> None:
        yes.setEnabled(isinstance(artist.currentData(), uuid.UUID))

    artist.currentIndexChanged.connect(lambda _i: enable())
    enable()
    yes.clicked.connect(box.accept)
    no.clicked.connect(box.reject)
    row = QHBoxLayout()
    row.addWidget(QLabel(translate("PaymentDialog", "For")))
    row.addWidget(artist, 1)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(no)
    buttons.addWidget(yes)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(10)
    layout.addWidget(question)
    layout.addWidget(none)
    layout.addLayout(row)
    layout.addLayout(buttons)
    box.setMinimumWidth(420)
    artist.setFocus()
    answer = box.exec()
    picked = artist.currentData()
    box.deleteLater()
    if answer != KeyedDialog.DialogCode.Accepted or not isinstance(picked, uuid.UUID):
        return None
    return picked


class TipsPanel(QWidget):
    """The ticket's tips. ``tips_changed`` carries the whole new list (``list[DraftTip]``)."""

    tips_changed = Signal(object)

    def __init__(
        self,
        artists: dict[uuid.UUID, str],
        on_ticket: Sequence[uuid.UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tipsPanel")
        self.artists = dict(artists)
        self.on_ticket = [a for a in dict.fromkeys(on_ticket) if a in self.artists]  # the lines' artists
        self.currency = "BRL"
        self._tips: list[DraftTip] = []

        caption = QLabel(self.tr("Tips"))
        caption.setProperty("role", "section")
        self.artist = named(QComboBox(), "tipArtist", self.tr("Artist who gets the tip"))
        fill_artists(self.artist, self.artists, self.on_ticket)
        self.amount = MoneyField(self, object_name="tipAmount", accessible_name=self.tr("Tip amount"))
        self.amount.setMaximumWidth(130)
        self.add_button = named(QPushButton(self.tr("Add tip")), "tipAdd", self.tr("Add the tip"))
        self.list = named(QListWidget(), "tipList", self.tr("Tips on the ticket"))
        self.list.setMaximumHeight(58)
        self.remove_button = named(QPushButton(self.tr("Remove tip")), "tipRemove", self.tr("Remove the chosen tip"))
        self.remove_button.setEnabled(False)
        self.none = QLabel(self.tr("No artist on this ticket: no tip to give."))
        self.none.setObjectName("tipsNoArtist")
        self.none.setProperty("role", "muted")
        self.none.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(caption, 0, 0, 1, 3)
        grid.addWidget(self.artist, 1, 0)
        grid.addWidget(self.amount, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(self.amount.message, 2, 0, 1, 3)
        grid.addWidget(self.list, 3, 0, 1, 2)
        grid.addWidget(self.remove_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.none, 4, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.amount.message.hide()

        has_artists = bool(self.artists)
        for widget in (self.artist, self.amount, self.add_button, self.list, self.remove_button):
            widget.setVisible(has_artists)
        self.none.setVisible(not has_artists)

        self.add_button.clicked.connect(self._add)
        self.amount.amountChanged.connect(lambda _value: self.amount.set_problem(None))
        self.amount.installEventFilter(self)  # Enter in the tip's amount adds the tip, nothing else
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.amount
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._add()
            return True
        return super().eventFilter(watched, event)

    # -- what the dialog asks ------------------------------------------------------------------
    def tips(self) -> list[DraftTip]:
        return list(self._tips)

    def set_tips(self, tips: list[DraftTip], currency: str) -> None:
        self.currency = currency
        self._tips = list(tips)
        self.list.clear()
        for tip in self._tips:
            name = self.artists.get(tip.artist_id, self.tr("(artist not on the ticket)"))
            item = QListWidgetItem(f"{name} · {fmt.money_text(tip.amount, currency)}")
            item.setData(Qt.ItemDataRole.UserRole, tip.tip_id)
            self.list.addItem(item)
        self.list.setVisible(bool(self.artists) and bool(self._tips))
        self.remove_button.setVisible(bool(self.artists) and bool(self._tips))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def chosen_artist(self) -> tuple[uuid.UUID, str] | None:
        """The artist chosen in the combo (a tip above the bill goes to them); None: no artist."""
        artist_id = self.artist.currentData()
        if not isinstance(artist_id, uuid.UUID):
            return None
        return artist_id, self.artists[artist_id]

    def typed(self) -> bool:
        return bool(self.amount.text().strip())

    def add_tip(self, artist_id: uuid.UUID, amount: int) -> None:
        """A tip for ``artist_id`` (several tips to one artist add up on one line)."""
        for at, tip in enumerate(self._tips):
            if tip.artist_id == artist_id:
                self._tips[at] = DraftTip(tip_id=tip.tip_id, artist_id=artist_id, amount=tip.amount + amount)
                break
        else:
            self._tips.append(DraftTip(tip_id=uuid.uuid4(), artist_id=artist_id, amount=amount))
        self.set_tips(self._tips, self.currency)
        self.tips_changed.emit(self.tips())

    # -- the person's actions ------------------------------------------------------------------
    def _add(self) -> None:
        chosen = self.chosen_artist()
        if chosen is None:
            self.amount.set_problem(self.tr("Choose the artist who gets the tip."))
            self.artist.setFocus()
            return
        amount = self.amount.value()
        if not self.amount.check():
            self.amount.setFocus()
            return
        if not amount:
            self.amount.set_problem(self.tr("Type the tip's amount."))
            self.amount.setFocus()
            return
        self.amount.set_problem(None)
        self.add_tip(chosen[0], amount)
        self.amount.set_value(None)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.item(row)
        tip_id = item.data(Qt.ItemDataRole.UserRole)
        self._tips = [t for t in self._tips if t.tip_id != tip_id]
        self.set_tips(self._tips, self.currency)
        self.tips_changed.emit(self.tips())
