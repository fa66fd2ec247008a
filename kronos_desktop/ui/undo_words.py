"""The Edit menu's Undo in words: "Undo Book Ana Souza", or why there is nothing to undo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kronos_desktop.ops.undo import Done
from kronos_desktop.ui.sync.change_words import change_label

translate = QCoreApplication.translate


def action_words(name: str, args: Mapping[str, Any], client: str | None) -> str:
    """What an action did, short, naming its client where there is one."""
    if name == "appointment.book" and args.get("kind") == "block":
        return translate("Actions", "Block time off")
    if client:
        words = {
            "appointment.book": lambda: translate("Actions", "Book {client}"),
            "appointment.reschedule": lambda: translate("Actions", "Move {client}'s booking"),
            "appointment.cancel": lambda: translate("Actions", "Cancel {client}'s booking"),
            "appointment.set_status": lambda: translate("Actions", "Status of {client}'s booking"),
            "client.update": lambda: translate("Actions", "Change {client}'s details"),
            "client.create": lambda: translate("Actions", "New client {client}"),
        }.get(name)
        if words is not None:
            return words().format(client=client)
    return change_label(name)


def undo_text(done: Done | None, client: str | None) -> str:
    """The Undo action's text."""
    if done is None:
        return translate("Actions", "&Undo")
    words = action_words(done.name, done.args, client).replace("&", "&&")  # not a mnemonic
    return translate("Actions", "&Undo {action}").format(action=words)


def undo_reason(done: Done | None, client: str | None) -> str:
    """Why Undo is disabled ("" when it is not)."""
    if done is None:
        return translate("Actions", "Nothing to undo")
    if done.undoable:
        return ""
    what = action_words(done.name, done.args, client)
    if done.why_not == "unchanged":
        return translate("Actions", "{action} changed nothing to undo").format(action=what)
    return translate("Actions", "{action} cannot be undone").format(action=what)


def undo_title() -> str:
    return translate("Actions", "Undo")


def refused_title(done: Done, client: str | None) -> str:
    return translate("Actions", "{action} could not be undone").format(
        action=action_words(done.name, done.args, client)
    )
