"""The desk's two themes as named colours, and the contrast arithmetic that keeps text and the
calendar's artist colours readable on both (WCAG 2.x relative luminance and contrast ratio).

Each field of :class:`Colours` fills the ``@name@`` placeholder of the same name in
``resources/style/kronos.qss`` and is what the code-drawn widgets (the agenda's painters, the
badges) ask for through :func:`kronos_desktop.ui.look.colours`. No Qt widgets here: only
``QColor`` arithmetic."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache

from PySide6.QtGui import QColor

INK_DARK = "#000000"  # text on a light fill (pure black: any colour reads 4.5:1 with black or white)
INK_LIGHT = "#ffffff"
TEXT_CONTRAST = 4.5  # WCAG AA for text
EDGE_CONTRAST = 3.0  # WCAG for a graphical object's edge against what is around it


@dataclass(frozen=True)
class Colours:
    name: str  # "light" or "dark"
    # -- surfaces and text
    window: str
    base: str
    alt_base: str
    text: str
    title: str
    muted: str
    faint: str
    border: str
    input_border: str
    grid: str
    header_bg: str
    header_text: str
    hover: str
    status_bg: str
    menu_bg: str
    # -- the studio's purple
    accent: str  # a primary button's fill, the highlight
    accent_hover: str
    on_accent: str  # text on it
    focus: str  # a focused input's or button's border
    accent_soft: str  # a selection, a checked segment
    accent_bright: str  # the sidebar's chosen bar, text selection in inputs
    figure: str  # the main figure of a card
    # -- what cannot be taken back
    danger: str
    danger_hover: str
    danger_focus: str
    disabled_bg: str
    disabled_border: str
    disabled_text: str
    # -- the sidebar (dark on both themes)
    sidebar: str
    sidebar_text: str
    sidebar_selected: str
    sidebar_hover: str
    brand: str
    brand_sub: str
    tooltip_bg: str
    tooltip_text: str
    # -- said in colour
    error: str
    ok_bg: str
    ok_text: str
    warn_bg: str
    warn_text: str
    warning_bg: str
    warning_text: str
    warning_border: str
    amber: str  # a warning in text (a possible duplicate of a client with a health alert)
    error_bg: str  # a banner that warns of harm (a health alert), with error_text on it
    error_text: str
    error_border: str
    amber_bg: str  # a banner that warns (blocked, a possible duplicate), with amber_text on it
    amber_text: str
    info_bg: str  # a banner that informs (merged into another record), with info_text on it
    info_text: str
    info_border: str
    chip_bg: str  # a small grey label, with text on it
    ok: str  # a good outcome in text (change to give, a result)
    # -- the calendar's painters
    block_mix: str  # what an artist's colour is mixed with for a booking's fill
    conflict: str
    now: str
    first: str  # a first visit's badge
    twin: str  # a possible duplicate's badge
    pending: str  # the corner of a change not yet synced
    signed: str  # a signed consent's check
    paid: str  # a deposit paid
    halo: str  # the rim drawn round badges and under the conflict outline
    refused: str  # a row the session record refuses (a background)
    closed: str  # the calendar's closed hours and holidays (a visible step from the page, base)
    # -- a radio button's or a check box's indicator (the style sheet draws them)
    control_edge: str  # its ring or box, 3:1 against the page
    control_on: str  # the ring, dot or box of one chosen, 3:1 against the page
    on_control: str  # the tick on a chosen box (the style folder's check.<theme>.svg draws it)

    def tokens(self) -> dict[str, str]:
        return {key: value for key, value in asdict(self).items() if key != "name"}

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Colours(
    name="light",
    window="#f6f5f8",
    base="#ffffff",
    alt_base="#faf8fc",
    text="#1f1b24",
    title="#231d2b",
    muted="#6b6575",
    faint="#8a8593",
    border="#e2dde8",
    input_border="#cfc8d8",
    grid="#eeeeee",
    header_bg="#f1eef5",
    header_text="#4b4553",
    hover="#f3eef9",
    status_bg="#ece8f1",
    menu_bg="#ffffff",
    accent="#6a1b9a",
    accent_hover="#7b2cab",
    on_accent="#ffffff",
    focus="#6a1b9a",
    accent_soft="#e8dcf6",
    accent_bright="#b388eb",
    figure="#4a148c",
    danger="#b3261e",
    danger_hover="#c5362d",
    danger_focus="#4a0f0b",
    disabled_bg="#ebe8ef",
    disabled_border="#dcd7e2",
    disabled_text="#857f8f",
    sidebar="#231d2b",
    sidebar_text="#ddd6e6",
    sidebar_selected="#352c40",
    sidebar_hover="#2d2535",
    brand="#ffffff",
    brand_sub="#b3a9c0",
    tooltip_bg="#231d2b",
    tooltip_text="#ffffff",
    error="#b3261e",
    ok_bg="#dcefe2",
    ok_text="#1e5b2f",
    warn_bg="#fbe7c2",
    warn_text="#6d4500",
    warning_bg="#fff6e3",
    warning_text="#5c3b00",
    warning_border="#f0d9a8",
    amber="#8f5500",
    error_bg="#fdecea",
    error_text="#7a1712",
    error_border="#b3261e",
    amber_bg="#fff4e5",
    amber_text="#5c3700",
    info_bg="#eef3fb",
    info_text="#1d3b66",
    info_border="#3d6bb3",
    chip_bg="#ececec",
    ok="#1e5b2f",
    block_mix="#ffffff",
    conflict="#d32f2f",
    now="#e53935",
    first="#1565c0",
    twin="#9a5b00",
    pending="#37474f",
    signed="#2e7d32",
    paid="#1e5b2f",
    halo="#ffffff",
    refused="#ffcdd2",
    closed="#e4e3e6",
    control_edge="#7a7484",
    control_on="#6a1b9a",
    on_control="#ffffff",
)

DARK = Colours(
    name="dark",
    window="#1c1a21",
    base="#25222b",
    alt_base="#2a2631",
    text="#ece7f2",
    title="#f3eef9",
    muted="#aaa3b5",
    faint="#958ea0",
    border="#3a3542",
    input_border="#4d4657",
    grid="#34303b",
    header_bg="#2c2833",
    header_text="#c9c2d3",
    hover="#302b38",
    status_bg="#211e26",
    menu_bg="#2a2631",
    accent="#7e3fb8",
    accent_hover="#8e4fc8",
    on_accent="#ffffff",
    focus="#b388eb",
    accent_soft="#45345c",
    accent_bright="#b388eb",
    figure="#d6bdf7",
    danger="#b3261e",
    danger_hover="#c5362d",
    danger_focus="#ffb4ab",
    disabled_bg="#2c2931",
    disabled_border="#3a3542",
    disabled_text="#857e8f",
    sidebar="#141218",
    sidebar_text="#ddd6e6",
    sidebar_selected="#2e2638",
    sidebar_hover="#221d29",
    brand="#ffffff",
    brand_sub="#b3a9c0",
    tooltip_bg="#ece7f2",
    tooltip_text="#1c1a21",
    error="#ff8a80",
    ok_bg="#1f3a27",
    ok_text="#a5d6a7",
    warn_bg="#4a3510",
    warn_text="#ffd58a",
    warning_bg="#3a2e17",
    warning_text="#ffe1a6",
    warning_border="#6b5322",
    amber="#ffb74d",
    error_bg="#3d1a1a",
    error_text="#ffc9c4",
    error_border="#e0574f",
    amber_bg="#3a2c14",
    amber_text="#ffe0b0",
    info_bg="#1d2a3d",
    info_text="#cfe0ff",
    info_border="#6f98d8",
    chip_bg="#38333f",
    ok="#8fd19e",
    block_mix="#25222b",
    conflict="#d32f2f",
    now="#ff6e6e",
    first="#1565c0",
    twin="#9a5b00",
    pending="#e0e0e0",
    signed="#2e7d32",
    paid="#1e5b2f",
    halo="#ffffff",
    refused="#5c2a2e",
    closed="#0f0d12",
    control_edge="#958ea0",
    control_on="#b388eb",
    on_control="#1c1a21",
)

THEME_COLOURS = {"light": LIGHT, "dark": DARK}


# -- contrast ---------------------------------------------------------------------------------
def luminance(color: QColor) -> float:
    """WCAG relative luminance (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 (the same) .. 21 (black on white)."""
    a, b = luminance(one), luminance(other)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill`` (always at least 4.58:1)."""
    return QColor(INK_DARK) if _dark_ink(fill.rgb()) else QColor(INK_LIGHT)


@lru_cache(maxsize=1024)
def _dark_ink(rgb: int) -> bool:
    fill = QColor.fromRgb(rgb)
    return contrast_ratio(fill, QColor(INK_DARK)) >= contrast_ratio(fill, QColor(INK_LIGHT))


def mix(color: QColor, other: QColor, share: float) -> QColor:
    """``color`` with ``share`` (0..1) of ``other``."""
    return QColor.fromRgbF(
        color.redF() * (1 - share) + other.redF() * share,
        color.greenF() * (1 - share) + other.greenF() * share,
        color.blueF() * (1 - share) + other.blueF() * share,
    )


def edge_for(color: QColor, background: QColor, minimum: float = EDGE_CONTRAST) -> QColor:
    """``color`` itself when it stands out from ``background`` by ``minimum``; else the same hue
    moved towards black (on a light background) or white (on a dark one) until it does: the
    outline that keeps a pale or a dark artist's block distinguishable from the page. Worked out
    once a colour (the painters ask for it on every paint)."""
    return QColor.fromRgba(_edge(color.rgba(), background.rgba(), minimum))


@lru_cache(maxsize=1024)
def _edge(color_rgba: int, background_rgba: int, minimum: float) -> int:
    color, background = QColor.fromRgba(color_rgba), QColor.fromRgba(background_rgba)
    if contrast_ratio(color, background) >= minimum:
        return color_rgba
    target = QColor(INK_DARK) if luminance(background) > 0.18 else QColor(INK_LIGHT)
    for step in range(1, 21):
        moved = mix(color, target, step / 20)
        if contrast_ratio(moved, background) >= minimum:
            return moved.rgba()
    return target.rgba()
