"""This desk's cash drawer printer (issue 16): where the studio's drawer hangs off a receipt
printer, the desk opens it with the printer's ESC/POS pulse (ui/checkout/drawer_kick.py). The
choice is the desk's own (its QSettings value ``drawer/printer``, never synced: each desk has its
own printer): none, a network printer (host and port), a USB printer (vendor and product ids) or
a device file; and, beside it, whether the drawer opens by itself when cash is taken (a cash sale,
a voucher sold for cash, a cash in or out: ui/checkout/auto_kick.py; ``drawer/open_on_cash``, on
unless turned off). "Save" checks it first and says what is wrong in words; "Open the drawer"
tries the saved printer at once, so the person sees the drawer open (or why not) before a sale
needs it. Printing receipts stays with the system's printer."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.settings import open_settings
from kronos_desktop.ui.checkout.auto_kick import ON_CASH_KEY, open_on_cash
from kronos_desktop.ui.checkout.drawer_kick import (
    DEFAULT_PORT,
    SETTINGS_KEY,
    DrawerKicker,
    PrinterSettingError,
    PrinterTarget,
    parse_setting,
    printer_setting,
    setting_text,
)
from kronos_desktop.ui.common.widgets import named, title_label

KINDS = ("", "network", "usb", "file")


class DrawerPrinterPage(QWidget):
    """The drawer's printer of this desk: how it is connected, Save, Open the drawer."""

    saved = Signal(str)  # the value saved

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else open_settings()
        self.kicker = DrawerKicker(self, settings=self.settings)
        self.setObjectName("drawerPrinterPage")
        intro = QLabel(
            self.tr(
                "Where the cash drawer hangs off a receipt printer, this desk opens it with the printer's pulse. "
                "Receipts are still printed through the system's printer. This is this desk's own setting."
            )
        )
        intro.setWordWrap(True)
        self.kind = named(QComboBox(), "drawerPrinterKind", self.tr("How the drawer's printer is connected"))
        for kind, text in zip(KINDS, self._kind_texts(), strict=True):
            self.kind.addItem(text, kind)
        self.host = named(QLineEdit(), "drawerPrinterHost", self.tr("Printer's network address"))
        self.host.setPlaceholderText("192.168.0.50")
        self.port = named(QSpinBox(), "drawerPrinterPort", self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.vendor = named(QLineEdit(), "drawerPrinterVendor", self.tr("USB vendor id"))
        self.vendor.setPlaceholderText("04b8")
        self.product = named(QLineEdit(), "drawerPrinterProduct", self.tr("USB product id"))
        self.product.setPlaceholderText("0202")
        self.path = named(QLineEdit(), "drawerPrinterPath", self.tr("Device file"))
        self.path.setPlaceholderText("/dev/usb/lp0")
        self.port.setMaximumWidth(120)
        for short in (self.vendor, self.product):
            short.setMaximumWidth(120)
        self.on_cash = named(
            QCheckBox(self.tr("Open the drawer when cash is taken")),
            "drawerPrinterOnCash",
            self.tr("Open the drawer when cash is taken"),
            self.tr(
                "After a sale or a gift voucher paid in cash, a deposit taken in cash, or a cash in or out is saved"
            ),
        )
        self.message = QLabel()
        self.message.setObjectName("drawerPrinterMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = named(
            QPushButton(self.tr("&Save")), "drawerPrinterSave", self.tr("Save the drawer's printer")
        )
        self.save_button.setProperty("kind", "primary")
        self.test_button = named(
            QPushButton(self.tr("&Open the drawer")),
            "drawerPrinterTest",
            self.tr("Open the drawer to test the printer"),
        )
        form = self.form = QFormLayout()
        form.addRow(self.tr("Connection"), self.kind)
        form.addRow(self.tr("Address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Vendor id"), self.vendor)
        form.addRow(self.tr("Product id"), self.product)
        form.addRow(self.tr("Device file"), self.path)
        form.addRow("", self.on_cash)
        self.rows_of: dict[str, tuple[QWidget, ...]] = {  # each connection's rows
            "": (), "network": (self.host, self.port), "usb": (self.vendor, self.product), "file": (self.path,),
        }  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Cash drawer"), "drawerPrinterTitle"))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.kicker.kicked.connect(lambda: self.say(self.tr("The drawer should be open now."), "note"))
        self.kicker.failed.connect(lambda text: self.say(text, "error"))
        self._kind_chosen()
        self.load()

    def _kind_texts(self) -> list[str]:
        return [
            self.tr("None (open the drawer with its key)"),
            self.tr("Network printer"),
            self.tr("USB printer"),
            self.tr("Device file"),
        ]

    def _kind_chosen(self) -> None:
        wanted = self.rows_of[KINDS[self.kind.currentIndex()]]
        for field in (self.host, self.port, self.vendor, self.product, self.path):
            self.form.setRowVisible(field, field in wanted)
        self.form.setRowVisible(self.on_cash, KINDS[self.kind.currentIndex()] != "")  # only with a printer
        self.say("")

    def say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    # -- the value -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the saved value (a value this page cannot read shows as none, and says so)."""
        value = printer_setting(self.settings)
        try:
            target = parse_setting(value)
        except PrinterSettingError as exc:
            target = None
            self.say(self.tr("The saved printer setting is not right: {problem}").format(problem=exc), "error")
        self.show_target(target)
        self.on_cash.setChecked(open_on_cash(self.settings))

    def show_target(self, target: PrinterTarget | None) -> None:
        self.kind.setCurrentIndex(KINDS.index(target.kind) if target is not None else 0)
        if target is None:
            return
        if target.kind == "network":
            self.host.setText(target.host)
            self.port.setValue(target.port)
        elif target.kind == "usb":
            self.vendor.setText(f"{target.vendor:04x}")
            self.product.setText(f"{target.product:04x}")
        else:
            self.path.setText(target.path)

    def typed_value(self) -> str:
        """The value the fields say (not checked)."""
        kind = KINDS[self.kind.currentIndex()]
        if kind == "network":
            return f"network:{self.host.text().strip()}:{self.port.value()}"
        if kind == "usb":
            return f"usb:{self.vendor.text().strip()}:{self.product.text().strip()}"
        if kind == "file":
            return f"file:{self.path.text().strip()}"
        return ""

    def save(self) -> bool:
        try:
            value = setting_text(parse_setting(self.typed_value()))
        except PrinterSettingError as exc:
            self.say(str(exc), "error")
            return False
        self.settings.setValue(SETTINGS_KEY, value)
        self.settings.setValue(ON_CASH_KEY, self.on_cash.isChecked())
        self.settings.sync()
        self.say(self.tr("Saved."), "note")
        self.saved.emit(value)
        return True

    def test(self) -> None:
        """Save what is typed, then open the drawer with it."""
        if self.save():
            self.say(self.tr("Opening the drawer…"))
            self.kicker.kick()
