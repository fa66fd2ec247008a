"""The desk's actions and menus as data: an :class:`ActionSpec` per user action and a
:class:`MenuSpec` per menu (kronos_desktop/ui/actions.py builds the ``QAction`` of each and keeps
them to the role of the desk). An action is added here or nowhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kronos_desktop import i18n
from kronos_desktop.ui import icons

translate = QCoreApplication.translate

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class MenuSpec:
    key: str
    object_name: str
    text: Callable[[], str]
    parent: str | None = None  # a submenu of this menu


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the registry's key ("file.quit")
    object_name: str  # stable, for tests and accessibility tools
    text: Callable[[], str]  # the menu's text (with its & mnemonic)
    handler: str  # the name of the function the window or view binds to it
    menu: str | None = None  # a MenuSpec's key; None: a shortcut of a view, in no menu
    shortcut: Key | None = None
    mutation: str | None = None  # the mutation it runs (its roles decide who may)
    icon: str | None = None  # a Lucide icon's name (kronos_desktop/ui/icons.py NAMES)
    description: Callable[[], str] | None = None  # what a screen reader and the status bar say
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator_after: bool = False
    checkable: bool = False
    data: str | None = None

    def key_sequence(self) -> QKeySequence:
        return QKeySequence(self.shortcut) if self.shortcut is not None else QKeySequence()

    def plain_text(self) -> str:
        """The text without its mnemonic or ellipsis, as a list shows it."""
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

    def accessible(self) -> str:
        return self.description() if self.description is not None else self.plain_text()


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", "fileMenu", lambda: translate("MainWindow", "&File")),
    MenuSpec("edit", "editMenu", lambda: translate("Actions", "&Edit")),
    MenuSpec("go", "goMenu", lambda: translate("MainWindow", "&Go")),
    MenuSpec("agenda", "agendaMenu", lambda: translate("Actions", "&Agenda")),
    MenuSpec("settings", "settingsMenu", lambda: translate("MainWindow", "&Settings")),
    MenuSpec("language", "languageMenu", lambda: translate("MainWindow", "&Language"), parent="settings"),
    MenuSpec("theme", "themeMenu", lambda: translate("Actions", "&Theme"), parent="settings"),
    MenuSpec("help", "helpMenu", lambda: translate("MainWindow", "&Help")),
)

LANGUAGE_NAMES = {"pt_BR": "Português (Brasil)", "en": "English"}


def _go(key: str, text: Callable[[], str], shortcut: str) -> ActionSpec:
    return ActionSpec(f"go.{key}", f"goto_{key}", text, f"go_{key}", "go", shortcut, icon=icons.SECTIONS[key])


def _agenda(
    key: str,
    object_name: str,
    text: Callable[[], str],
    shortcut: str,
    separator_after: bool = False,
    icon: str | None = None,
) -> ActionSpec:
    """An action of the Agenda menu (its handler ``agenda_<key>`` shows the agenda and acts there)."""
    return ActionSpec(
        f"agenda.{key}",
        object_name,
        text,
        f"agenda_{key}",
        "agenda",
        shortcut,
        separator_after=separator_after,
        icon=icon,
    )


THEME_NAMES: dict[str, Callable[[], str]] = {
    "system": lambda: translate("Actions", "Follow the &system"),
    "light": lambda: translate("Actions", "&Light"),
    "dark": lambda: translate("Actions", "&Dark"),
}


def _theme(key: str) -> ActionSpec:
    """Settings → Theme: a radio item (its handler ``choose_theme`` gets ``key``)."""
    return ActionSpec(
        f"theme.{key}", f"theme_{key}", THEME_NAMES[key], "choose_theme", "theme", checkable=True, data=key
    )


def _language(code: str) -> ActionSpec:
    name = LANGUAGE_NAMES[code]
    return ActionSpec(
        f"language.{code}", f"language_{code}", lambda: name, "choose_language", "language", checkable=True, data=code
    )


ACTIONS: list[ActionSpec] = [
    ActionSpec(
        "desk.lock",
        "lockDeskAction",
        lambda: translate("Actions", "&Lock / switch person"),
        "lock_desk",
        "file",
        "Ctrl+L",
        icon="lock",
        description=lambda: translate("Actions", "Lock the desk, or let someone else step up"),
    ),
    ActionSpec(
        "desk.change_pin",
        "changePinAction",
        lambda: translate("Actions", "Change my &PIN…"),
        "change_pin",
        "file",
        icon="key-round",
        description=lambda: translate("Actions", "Change my PIN"),
        separator_after=True,
    ),
    ActionSpec(
        "file.conflicts",
        "conflictsAction",
        lambda: translate("MainWindow", "Review &conflicts…"),
        "show_conflicts",
        "file",
        icon="git-compare",
        description=lambda: translate("MainWindow", "Review conflicts"),
        separator_after=True,
    ),
    ActionSpec(
        "file.quit",
        "quitAction",
        lambda: translate("MainWindow", "&Quit"),
        "close",
        "file",
        "Ctrl+Q",
        icon="log-out",
        description=lambda: translate("MainWindow", "Quit KRONOS"),
        menu_role=QAction.MenuRole.QuitRole,
    ),
    ActionSpec(
        "edit.undo",
        "undoAction",
        lambda: translate("Actions", "&Undo"),
        "undo",
        "edit",
        QKeySequence.StandardKey.Undo,
        icon="undo-2",
        description=lambda: translate("Actions", "Undo your last change"),
    ),
    _go("agenda", lambda: translate("MainWindow", "Agenda"), "Ctrl+1"),
    _go("clients", lambda: translate("MainWindow", "Clients"), "Ctrl+2"),
    _go("checkout", lambda: translate("MainWindow", "Checkout"), "Ctrl+3"),
    _go("studio", lambda: translate("MainWindow", "Studio"), "Ctrl+4"),
    ActionSpec(
        "go.find_client",
        "findClientAnywhereAction",
        lambda: translate("Actions", "Find a client from anywhere…"),
        "find_client_anywhere",
        "go",
        "Ctrl+K",
        icon="search",
        description=lambda: translate("Actions", "The Clients section, its search ready for a name or phone"),
    ),
    # The agenda's moves: Ctrl+letters, Alt+PgUp/PgDn and Alt+digits, which no text field takes,
    # nor the menus' mnemonics (Alt+letters), nor a list's scrolling (PgUp/PgDn), nor the drawn
    # day's keys (arrows; Alt+arrows move a booking).
    _agenda("today", "agendaTodayAction", lambda: translate("Actions", "&Today"), "Ctrl+T", icon="calendar-check"),
    _agenda(
        "previous",
        "agendaPreviousAction",
        lambda: translate("Actions", "&Previous day, week or month"),
        "Alt+PgUp",
        icon="chevron-left",
    ),
    _agenda(
        "next",
        "agendaNextAction",
        lambda: translate("Actions", "Ne&xt day, week or month"),
        "Alt+PgDown",
        icon="chevron-right",
    ),
    _agenda(
        "go_to", "agendaGoToAction", lambda: translate("Actions", "&Go to a date…"), "Ctrl+G", True, "calendar-search"
    ),
    _agenda("day", "agendaDayAction", lambda: translate("Actions", "&Day"), "Alt+1", icon="calendar-1"),
    _agenda("week", "agendaWeekAction", lambda: translate("Actions", "&Week"), "Alt+2", icon="calendar-range"),
    _agenda("month", "agendaMonthAction", lambda: translate("Actions", "&Month"), "Alt+3", True, "calendar-days"),
    _agenda(
        "columns",
        "agendaColumnsAction",
        lambda: translate("Actions", "Columns by &artist or station"),
        "Alt+4",
        True,
        "columns-3",
    ),
    ActionSpec(
        "agenda.book",
        "agendaBookAction",
        lambda: translate("Actions", "New &booking…"),
        "agenda_book",
        "agenda",
        mutation="appointment.book",
        icon="calendar-plus",
        description=lambda: translate("Actions", "Book a session, a consultation or a walk-in"),
    ),
    ActionSpec(
        "agenda.find_slot",
        "agendaFindSlotAction",
        lambda: translate("Actions", "&Find a slot…"),
        "agenda_find_slot",
        "agenda",
        "Ctrl+Shift+F",
        mutation="appointment.book",
        icon="calendar-clock",
        description=lambda: translate("Actions", "The next free slots for a length and an artist"),
    ),
    ActionSpec(
        "agenda.free_now",
        "agendaFreeNowAction",
        lambda: translate("Actions", "Free &now"),
        "agenda_free_now",
        "agenda",
        "Ctrl+Shift+W",
        icon="clock",
        description=lambda: translate("Actions", "Who is free now, for a walk-in"),
    ),
    ActionSpec(
        "agenda.time_off",
        "agendaTimeOffAction",
        lambda: translate("Actions", "Time &off…"),
        "agenda_time_off",
        "agenda",
        mutation="time_off.add",
        icon="calendar-off",
        description=lambda: translate("Actions", "Block an artist's time: a holiday, lunch, a convention"),
        separator_after=True,
    ),
    ActionSpec(
        "agenda.my_day",
        "agendaMyDayAction",
        lambda: translate("Actions", "M&y day"),
        "agenda_my_day",
        "agenda",
        icon="user-round",
        description=lambda: translate("Actions", "An artist's day, large, with each client's alerts"),
    ),
    ActionSpec(
        "agenda.print",
        "agendaPrintAction",
        lambda: translate("Actions", "P&rint the day…"),
        "agenda_print",
        "agenda",
        QKeySequence.StandardKey.Print,
        icon="printer",
        description=lambda: translate("Actions", "Print the day sheet, or save it as PDF"),
    ),
    ActionSpec(
        "agenda.export_ics",
        "agendaExportAction",
        lambda: translate("Actions", "&Export to a phone…"),
        "agenda_export_ics",
        "agenda",
        icon="smartphone",
        description=lambda: translate("Actions", "An artist's bookings as a calendar file for their phone"),
    ),
    ActionSpec(
        "agenda.new_booking",
        "newBookingShortcut",
        lambda: translate("Actions", "New booking (in the agenda)"),
        "new_booking",
        shortcut="N",
        mutation="appointment.book",
        icon="calendar-plus",
    ),
    ActionSpec(
        "studio.settings",
        "settingsPageAction",
        lambda: translate("Actions", "&Studio settings…"),
        "show_settings",
        "settings",
        icon="settings",
        description=lambda: translate("Actions", "The studio's settings"),
    ),
    ActionSpec(
        "studio.staff",
        "staffPageAction",
        lambda: translate("Actions", "S&taff…"),
        "show_staff",
        "settings",
        icon="id-card",
        description=lambda: translate("Actions", "The studio's staff"),
    ),
    ActionSpec(
        "studio.questionnaire",
        "questionnairePageAction",
        lambda: translate("Actions", "&Questionnaire and consent…"),
        "show_questionnaire",
        "settings",
        icon="clipboard-list",
        description=lambda: translate("Actions", "The health questionnaire and consent clients sign"),
    ),
    ActionSpec(
        "studio.materials",
        "materialsPageAction",
        lambda: translate("Actions", "&Inks and materials…"),
        "show_materials",
        "settings",
        icon="droplet",
        description=lambda: translate("Actions", "The inks and materials, with their lots, sessions are recorded with"),
    ),
    ActionSpec(
        "studio.products",
        "productsPageAction",
        lambda: translate("Actions", "&Products…"),
        "show_products",
        "settings",
        icon="package",
        description=lambda: translate("Actions", "The products a ticket sells, with their prices"),
    ),
    ActionSpec(
        "studio.backups",
        "backupsPageAction",
        lambda: translate("Actions", "&Backups…"),
        "show_backups",
        "settings",
        icon="database-backup",
        description=lambda: translate("Actions", "This desk's copies of its data: the folder, a copy now, a restore"),
    ),
    ActionSpec(
        "studio.history",
        "historyPageAction",
        lambda: translate("Actions", "&History…"),
        "show_history",
        "settings",
        icon="history",
        description=lambda: translate("Actions", "Who changed what"),
        separator_after=True,
    ),
    ActionSpec(
        "settings.connection",
        "connectionAction",
        lambda: translate("ConnectionMenu", "&Connection…"),
        "connection",
        "settings",
        icon="server",
        description=lambda: translate("ConnectionMenu", "Connection to the studio server"),
        separator_after=True,
    ),
    *(_language(code) for code in i18n.LANGUAGES),
    *(_theme(key) for key in THEME_NAMES),
    ActionSpec(
        "help.shortcuts",
        "shortcutsAction",
        lambda: translate("Actions", "&Keyboard shortcuts"),
        "show_shortcuts",
        "help",
        QKeySequence.StandardKey.HelpContents,
        icon="keyboard",
        description=lambda: translate("Actions", "Keyboard shortcuts"),
    ),
    ActionSpec(
        "help.about",
        "aboutAction",
        lambda: translate("MainWindow", "&About KRONOS"),
        "show_about",
        "help",
        icon="info",
        description=lambda: translate("MainWindow", "About KRONOS"),
        menu_role=QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        "clients.new",
        "newClientShortcut",
        lambda: translate("Actions", "New client"),
        "open_new_client",
        shortcut=QKeySequence.StandardKey.New,
        mutation="client.create",
        icon="user-plus",
    ),
    ActionSpec(
        "clients.find",
        "findClientShortcut",
        lambda: translate("Actions", "Find a client"),
        "find",
        shortcut=QKeySequence.StandardKey.Find,
        icon="search",
    ),
    # The Caixa's actions on the chosen sale (ui/checkout/sale_actions.py binds them; no menu).
    ActionSpec(
        "checkout.receipt",
        "saleReceiptAction",
        lambda: translate("SaleActions", "&Receipt…"),
        "open_receipt",
        shortcut="Ctrl+R",
        icon="receipt",
        description=lambda: translate("SaleActions", "The chosen sale's receipt, to print again or save as PDF"),
    ),
    ActionSpec(
        "checkout.refund",
        "saleRefundAction",
        lambda: translate("SaleActions", "Re&fund payment…"),
        "open_refund",
        shortcut="Ctrl+Shift+R",
        mutation="payment.refund",
        icon="rotate-ccw",
        description=lambda: translate("SaleActions", "Give back all or part of one payment of the chosen sale"),
    ),
    ActionSpec(
        "checkout.void",
        "saleVoidAction",
        lambda: translate("SaleActions", "&Void sale…"),
        "open_void",
        shortcut="Ctrl+Shift+Del",
        mutation="sale.void",
        icon="ban",
        description=lambda: translate("SaleActions", "Cancel the chosen sale and refund its payments"),
    ),
    # The Caixa's drawer (ui/checkout/drawer_panel.py binds them; no menu).
    ActionSpec(
        "checkout.drawer_open",
        "drawerOpenDayAction",
        lambda: translate("DrawerPanel", "&Open the drawer…"),
        "open_day",
        shortcut="Ctrl+Shift+A",
        mutation="cash_session.open",
        icon="sunrise",
        description=lambda: translate("DrawerPanel", "Open the drawer's day with its float"),
    ),
    ActionSpec(
        "checkout.drawer_cash_in",
        "drawerCashInAction",
        lambda: translate("DrawerPanel", "Cash &in…"),
        "cash_in",
        shortcut="Ctrl+Shift+I",
        mutation="cash.move",
        icon="banknote-arrow-down",
        description=lambda: translate("DrawerPanel", "Put cash into the drawer (suprimento)"),
    ),
    ActionSpec(
        "checkout.drawer_cash_out",
        "drawerCashOutAction",
        lambda: translate("DrawerPanel", "Cash o&ut…"),
        "cash_out",
        shortcut="Ctrl+Shift+O",
        mutation="cash.move",
        icon="banknote-arrow-up",
        description=lambda: translate("DrawerPanel", "Take cash out of the drawer (sangria)"),
    ),
    ActionSpec(
        "checkout.drawer_close",
        "drawerCloseDayAction",
        lambda: translate("DrawerPanel", "&Close the drawer…"),
        "close_day",
        shortcut="Ctrl+Shift+E",
        mutation="cash_session.close",
        icon="sunset",
        description=lambda: translate("DrawerPanel", "Count the drawer and close the day"),
    ),
    ActionSpec(
        "checkout.drawer_report",
        "drawerDayReportAction",
        lambda: translate("DrawerPanel", "Day &report…"),
        "day_report",
        shortcut="Ctrl+Shift+D",
        icon="file-text",
        description=lambda: translate("DrawerPanel", "The day report: print it or save it as PDF"),
    ),
    ActionSpec(
        "checkout.drawer_kick",
        "drawerKickAction",
        lambda: translate("DrawerPanel", "Open cash &box"),
        "kick",
        shortcut="Ctrl+Shift+G",
        icon="archive",
        description=lambda: translate("DrawerPanel", "Open the cash drawer (the printer's pulse)"),
    ),
    # Gift vouchers (ui/checkout/view.py binds them: the header's Vouchers menu).
    ActionSpec(
        "checkout.sell_voucher",
        "sellVoucherAction",
        lambda: translate("Actions", "Sell &gift voucher…"),
        "open_sell_voucher",
        shortcut="Ctrl+Shift+V",
        mutation="voucher.sell",
        icon="gift",
        description=lambda: translate("Actions", "Sell a gift voucher and print its card"),
    ),
    ActionSpec(
        "checkout.vouchers",
        "vouchersAction",
        lambda: translate("Actions", "Gift &vouchers"),
        "show_vouchers",
        icon="ticket",
        description=lambda: translate("Actions", "The studio's gift vouchers: balances, find by code, print a card"),
    ),
]
