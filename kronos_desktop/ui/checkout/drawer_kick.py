"""The drawer kick (issue 16): where the studio's cash drawer hangs off a receipt printer, opening
it is the ESC/POS pulse sent to that printer (python-escpos's ``cashdraw(2)``: ``ESC p 0`` and the
two pulse timings, pin 2). Printing receipts stays with the system's printer; this only kicks.

The device is the desk's QSettings value ``drawer/printer``:

- ``""``: none (the kick says so and sends nothing);
- ``network:HOST[:PORT]`` (port 9100 when left out);
- ``usb:VID:PID`` (hexadecimal, as ``lsusb`` shows them: ``usb:04b8:0202``);
- ``file:PATH`` (a device file such as ``/dev/usb/lp0``).

A test hands a python-escpos ``Dummy`` instead (:class:`DrawerKicker`'s ``make_printer``). The
send runs off the GUI thread (a network printer may take seconds to answer); its outcome comes
back as a signal. A failure says what went wrong in words and loses nothing: no sale, payment or
count depends on the kick."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal

from kronos_desktop.settings import open_settings

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SETTINGS_KEY = "drawer/printer"
DEFAULT_PORT = 9100
TIMEOUT_S = 5  # a network printer that does not answer in this long is said to be unreachable


class PrinterSettingError(ValueError):
    """The ``drawer/printer`` value is not one of the forms above (the message says which part)."""


@dataclass(frozen=True)
class PrinterTarget:
    """The device a ``drawer/printer`` value names."""

    kind: str  # "network" | "usb" | "file"
    host: str = ""
    port: int = DEFAULT_PORT
    vendor: int = 0
    product: int = 0
    path: str = ""


def parse_setting(value: str) -> PrinterTarget | None:
    """The device of a ``drawer/printer`` value (None: no printer); a value that is none of the
    forms raises :class:`PrinterSettingError` with words a person reads."""
    text = value.strip()
    if not text:
        return None
    kind, _, rest = text.partition(":")
    kind = kind.strip().lower()
    rest = rest.strip()
    if kind == "network":
        host, _, port_text = rest.rpartition(":") if rest.count(":") == 1 else (rest, "", "")
        if not host:
            raise PrinterSettingError(translate("DrawerKick", "Type the printer's network address (host or IP)."))
        if port_text and not (port_text.isdigit() and 0 < int(port_text) < 65536):
            raise PrinterSettingError(translate("DrawerKick", "The port must be a number from 1 to 65535."))
        return PrinterTarget("network", host=host, port=int(port_text) if port_text else DEFAULT_PORT)
    if kind == "usb":
        vid, _, pid = rest.partition(":")
        try:
            vendor, product = int(vid, 16), int(pid, 16)
        except ValueError:
            raise PrinterSettingError(
                translate("DrawerKick", "Type the USB vendor and product ids in hexadecimal, like 04b8:0202.")
            ) from None
        return PrinterTarget("usb", vendor=vendor, product=product)
    if kind == "file":
        if not rest:
            raise PrinterSettingError(translate("DrawerKick", "Type the device file, like /dev/usb/lp0."))
        return PrinterTarget("file", path=rest)
    raise PrinterSettingError(translate("DrawerKick", "Choose how the drawer's printer is connected."))


def setting_text(target: PrinterTarget | None) -> str:
    """The ``drawer/printer`` value of ``target`` (the inverse of :func:`parse_setting`)."""
    if target is None:
        return ""
    if target.kind == "network":
        return f"network:{target.host}" + (f":{target.port}" if target.port != DEFAULT_PORT else "")
    if target.kind == "usb":
        return f"usb:{target.vendor:04x}:{target.product:04x}"
    return f"file:{target.path}"


def build_printer(target: PrinterTarget) -> Any:
    """python-escpos's printer for ``target`` (not opened yet: the send opens it)."""
    from escpos import printer  # type: ignore[import-untyped]  # python-escpos ships no type information

    if target.kind == "network":
        return printer.Network(target.host, port=target.port, timeout=TIMEOUT_S)
    if target.kind == "usb":
        return printer.Usb(target.vendor, target.product)
    return printer.File(target.path)


def send_pulse(device: Any) -> None:
    """The pulse on pin 2 (``cashdraw(2)``), then the device closed. Raises what the device raised."""
    try:
        device.cashdraw(2)
    finally:
        try:
            device.close()
        except Exception:  # closing a device that never opened: nothing to tell
            log.debug("closing the drawer's printer failed", exc_info=True)


def failure_text(exc: BaseException) -> str:
    """What a failed kick says (the details go to the log)."""
    if isinstance(exc, PrinterSettingError):
        return translate("DrawerKick", "The drawer's printer setting is not right: {problem}").format(problem=exc)
    return translate(
        "DrawerKick",
        "The drawer did not open: the printer it hangs off did not answer ({detail}). "
        "Check that it is on and connected, or open the drawer with its key. Nothing was lost.",
    ).format(detail=str(exc) or type(exc).__name__)


def printer_setting(settings: QSettings | None = None) -> str:
    found = (settings if settings is not None else open_settings()).value(SETTINGS_KEY, "")
    return str(found or "")


class DrawerKicker(QObject):
    """Sends the pulse off the GUI thread: ``kicked`` when sent, ``failed`` (words) when not.

    ``make_printer`` (tests: a python-escpos ``Dummy``) replaces the device the settings name."""

    kicked = Signal()
    failed = Signal(str)
    _done = Signal(object)  # the exception, or None: from the sending thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
        make_printer: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.make_printer = make_printer
        self.busy = False
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def configured(self) -> bool:
        """Whether a device is set (a test's printer counts)."""
        return self.make_printer is not None or bool(printer_setting(self.settings).strip())

    def kick(self) -> None:
        if self.busy:
            return
        if self.make_printer is not None:
            device_of: Callable[[], Any] = self.make_printer
        else:
            try:
                target = parse_setting(printer_setting(self.settings))
            except PrinterSettingError as exc:
                self.failed.emit(failure_text(exc))
                return
            if target is None:
                self.failed.emit(
                    translate(
                        "DrawerKick",
                        "No drawer printer is set on this desk: choose it in Studio → Cash drawer, "
                        "or open the drawer with its key.",
                    )
                )
                return
            device_of = lambda: build_printer(target)  # noqa: E731
        self.busy = True
        threading.Thread(target=self._send, args=(device_of,), name="drawer-kick", daemon=True).start()

    def _send(self, device_of: Callable[[], Any]) -> None:
        try:
            send_pulse(device_of())
        except Exception as exc:
            log.warning("the drawer kick failed", exc_info=True)
            self._done.emit(exc)
            return
        log.info("the drawer kick was sent")
        self._done.emit(None)

    def _finished(self, exc: object) -> None:
        self.busy = False
        if isinstance(exc, BaseException):
            self.failed.emit(failure_text(exc))
        else:
            self.kicked.emit()
