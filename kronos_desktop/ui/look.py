"""The desk's look: Fusion, a palette and the style sheet of a light or a dark theme, chosen by
the person (Settings → Theme, saved as ``look/theme``) or following the system's colour scheme
as it changes (``QStyleHints.colorSchemeChanged``).

:func:`apply_look` sets it on the application; :func:`colours` is what the code-drawn widgets
(the agenda's painters, badges) ask for at paint time, so a switch repaints them in the new
theme at once. The palette is set too, so palette-based drawing (the agenda's grid, icons
recoloured from WindowText/ButtonText) follows."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kronos_desktop.resources import resources_dir
from kronos_desktop.ui.look_colours import DARK, LIGHT, TEXT_CONTRAST, THEME_COLOURS, Colours, edge_for

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"
SETTINGS_KEY = "look/theme"

_current: Colours = LIGHT
_look: Look | None = None


def colours() -> Colours:
    """The colours of the theme showing now (light until a look is applied)."""
    return _current


def readable(color: QColor) -> QColor:
    """A text colour chosen for the light page (a list's red, amber or grey), as it reads on the
    theme showing: itself on the light theme; on the dark one, lightened until 4.5:1."""
    c = _current
    return QColor(color) if not c.dark else edge_for(color, QColor(c.base), TEXT_CONTRAST)


def saved_theme(settings: QSettings | None) -> str:
    value = settings.value(SETTINGS_KEY) if settings is not None else None
    return str(value) if value in THEMES else DEFAULT_THEME


def save_theme(settings: QSettings, theme: str) -> None:
    settings.setValue(SETTINGS_KEY, theme)
    settings.sync()


def palette_of(c: Colours) -> QPalette:
    """A whole QPalette of the theme (the disabled group greyed), for Fusion and for icons."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base if not c.dark else c.header_bg,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.error,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.tooltip_bg,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
        QPalette.ColorRole.PlaceholderText: c.faint,
        QPalette.ColorRole.Link: c.focus,
        QPalette.ColorRole.LinkVisited: c.figure,
        QPalette.ColorRole.Light: c.base if not c.dark else c.input_border,
        QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.Mid: c.input_border,
        QPalette.ColorRole.Dark: c.muted if not c.dark else "#0f0e12",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(c.disabled_border))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c.disabled_bg))
    return pal


def style_sheet(c: Colours) -> str:
    """The desk's style sheet in the colours ``c`` (empty if the file cannot be read)."""
    qss = resources_dir() / "style" / "kronos.qss"
    try:
        text = qss.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("style sheet %s not loaded: %s", qss, exc)
        return ""
    text = text.replace("@ICONS@", (resources_dir() / "icons").as_posix())
    text = text.replace("@STYLE@", qss.parent.as_posix()).replace("@THEME@", c.name)
    return fill(text, c)


def system_dark(scheme: Qt.ColorScheme) -> bool:
    return scheme == Qt.ColorScheme.Dark


class Look(QObject):
    """The application's theme: the one chosen, or the system's while ``theme`` is "system"."""

    changed = Signal(str)  # the theme showing now: "light" or "dark"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("look")
        self.app = app
        self.theme = DEFAULT_THEME
        self.system_scheme = QGuiApplication.styleHints().colorScheme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self.shown: Colours | None = None

    def wanted(self) -> Colours:
        if self.theme == "system":
            return DARK if system_dark(self.system_scheme) else LIGHT
        return THEME_COLOURS[self.theme]

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else DEFAULT_THEME
        self.show(self.wanted())

    def show(self, c: Colours) -> None:
        global _current
        _current = c
        self.shown = c
        self.app.setPalette(palette_of(c))
        self.app.setStyleSheet(style_sheet(c))
        log.info("look: %s theme (%s)", c.name, self.theme)
        self.changed.emit(c.name)

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self.system_scheme = scheme
        if self.theme == "system" and self.shown is not None and self.wanted() is not self.shown:
            self.show(self.wanted())

    def stop(self) -> None:
        """No longer follow the system (a test's teardown)."""
        global _look
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_system_scheme)
        if _look is self:
            _look = None


def fill(template: str, c: Colours | None = None) -> str:
    """``template`` with each ``@name@`` replaced by that colour of ``c`` (the theme showing)."""
    for name, value in (c or _current).tokens().items():
        template = template.replace(f"@{name}@", value)
    return template


class _Restyle(QObject):
    """A widget's own style sheet, filled again in the new theme's colours when it changes."""

    def __init__(self, widget: QWidget, template: str) -> None:
        super().__init__(widget)
        self.setObjectName("themedStyle")
        self.widget = widget
        self.template = template

    @Slot(str)
    def restyle(self, _theme: str = "") -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.widget):  # not a widget on its way out
            self.widget.setStyleSheet(fill(self.template))


def themed(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` (``@error@``, ``@muted@``… for the theme's
    colours), kept in the theme showing as it changes (gone with the widget)."""
    for old in widget.findChildren(_Restyle, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.setParent(None)
        old.deleteLater()
    helper = _Restyle(widget, template)
    helper.restyle()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        look_of(app).changed.connect(helper.restyle)


def look_of(app: QApplication) -> Look:
    """The application's one :class:`Look` (made the first time)."""
    global _look
    if _look is None or _look.app is not app:
        _look = Look(app)
    return _look


def apply_look(app: QApplication, theme: str = DEFAULT_THEME) -> Look:
    """Fusion, the window icon, and the theme ``theme`` ("system", "light" or "dark") with its
    palette and style sheet; "system" keeps following the system's colour scheme."""
    if app.style().name().lower() != "fusion":  # once: a new style under live style sheets can crash Qt
        app.setStyle("Fusion")
    look = look_of(app)
    look.set_theme(theme)
    icon = resources_dir() / "icons" / "kronos.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return look


def show_theme(theme: str) -> None:
    """Switch the running application to ``theme`` at once (Settings → Theme)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        look_of(app).set_theme(theme)
