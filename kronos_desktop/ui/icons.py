"""The desk's icons: Lucide's SVGs (resources/icons/, ISC licence) drawn in the palette's colours,
sharp at any device pixel ratio, on every system (a freedesktop theme's names show nothing on
Windows).

``icon(name)`` gives a ``QIcon`` whose engine draws the SVG at the pixel size asked for, its
strokes (Lucide's ``currentColor``) in the palette's text colour for the icon's mode: the
disabled text colour for a disabled action, the highlighted text's for a selected item. The
colour is read each time the icon is drawn, from the application's palette (or a widget's, for
an icon on a widget painted in its own colours, like the dark section list), so a theme switched
shows at the next paint: Qt repaints every widget when the application's palette changes. The
drawings are cached per (name, colour, pixel size); the cache is emptied when the palette changes.

The SVGs are rendered by QtSvg's ``QSvgRenderer`` (the module the build bundles already), not by
Qt's SVG icon-engine plugin."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from kronos_desktop.resources import resources_dir

# The main window's sections (its sidebar) and the Go menu's actions to them.
SECTIONS = {"agenda": "calendar-days", "clients": "users", "checkout": "wallet", "studio": "store"}

# Every Lucide icon the desk draws (resources/icons/<name>.svg; a test checks each is there).
NAMES = frozenset(
    {
        *SECTIONS.values(),
        "archive",
        "ban",
        "database-backup",
        "banknote-arrow-down",
        "banknote-arrow-up",
        "calendar-1",
        "calendar-check",
        "calendar-clock",
        "calendar-off",
        "calendar-plus",
        "calendar-range",
        "calendar-search",
        "chevron-left",
        "chevron-right",
        "circle-check",
        "clipboard-list",
        "clock",
        "columns-3",
        "credit-card",
        "droplet",
        "file-text",
        "gift",
        "git-compare",
        "history",
        "id-card",
        "info",
        "key-round",
        "keyboard",
        "lock",
        "log-out",
        "package",
        "printer",
        "receipt",
        "receipt-text",
        "rotate-ccw",
        "search",
        "server",
        "settings",
        "smartphone",
        "sunrise",
        "sunset",
        "ticket",
        "undo-2",
        "user-plus",
        "user-round",
    }
)

Colours = Callable[[], QPalette]
_CACHE_LIMIT = 600
_drawings: dict[tuple[str, int, int, int], QPixmap] = {}
_palette_key: list[int] = [0]


def icons_dir() -> str:
    return str(resources_dir() / "icons")


@functools.cache
def _svg(name: str) -> str:
    """The SVG's text (its strokes in ``currentColor``); an unknown name is a bug: KeyError."""
    if name not in NAMES:
        raise KeyError(f"no icon {name!r} (kronos_desktop/ui/icons.py NAMES)")
    with open(f"{icons_dir()}/{name}.svg", encoding="utf-8") as svg:
        return svg.read()


def colour_for(palette: QPalette, mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in for ``mode``, from ``palette``."""
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def drawing(name: str, colour: QColor, size: QSize) -> QPixmap:
    """The icon ``name`` drawn in ``colour`` on ``size`` device pixels (transparent around it)."""
    app_key = QGuiApplication.palette().cacheKey()
    if app_key != _palette_key[0] or len(_drawings) > _CACHE_LIMIT:
        _drawings.clear()  # a new palette: the old colours are not drawn again
        _palette_key[0] = app_key
    key = (name, colour.rgba(), size.width(), size.height())
    found = _drawings.get(key)
    if found is not None:
        return found
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if not size.isEmpty():
        svg = _svg(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        side = min(size.width(), size.height())  # square, centred in the size asked for
        target = QRect((size.width() - side) // 2, (size.height() - side) // 2, side, side)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(colour.alphaF())
        renderer.render(painter, target.toRectF())
        painter.end()
    pixmap = QPixmap.fromImage(image)
    _drawings[key] = pixmap
    return pixmap


class SvgIconEngine(QIconEngine):
    """Draws one Lucide icon in the colours of a palette, at whatever size and ratio asked."""

    def __init__(self, name: str, palette: Colours) -> None:
        super().__init__()
        _svg(name)  # an unknown name fails here, where the icon is asked for
        self.name = name
        self.palette = palette

    def _pixels(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        return drawing(self.name, colour_for(self.palette(), mode), size)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._pixels(size, mode)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(self._pixels(QSize(round(size.width() * scale), round(size.height() * scale)), mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.palette)

    def isNull(self) -> bool:
        return False

    def iconName(self) -> str:
        return self.name

    def key(self) -> str:
        return "kronos-svg"


def _app_palette() -> QPalette:
    return QGuiApplication.palette()


def _widget_palette(widget: QWidget) -> Colours:
    ref = weakref.ref(widget)

    def palette() -> QPalette:
        found = ref()
        try:
            return found.palette() if found is not None else QGuiApplication.palette()
        except RuntimeError:  # the widget is gone
            return QGuiApplication.palette()

    return palette


def icon(name: str, widget: QWidget | None = None) -> QIcon:
    """The icon ``name`` (a Lucide name in :data:`NAMES`), drawn in the application's palette's
    colours, or ``widget``'s (for a widget painted in colours of its own)."""
    return QIcon(SvgIconEngine(name, _app_palette if widget is None else _widget_palette(widget)))
