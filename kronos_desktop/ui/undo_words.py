"""The Edit menu's Undo in words: "Undo Book Ana Souza", or why there is nothing to undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kronos_desktop.ops.undo import Done
from kronos_desktop.ui.common.fmt import date_text
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
            "client.merge": lambda: translate("Actions", "Merge {client}'s records"),
            "appointment.edit": lambda: translate("Actions", "Change {client}'s booking"),
            "project.create": lambda: translate("Actions", "New project “{title}” for {client}"),
            "consent_form.sign": lambda: translate("Actions", "Sign {client}'s form"),
            "session_record.add": lambda: translate("Actions", "Record {client}'s session"),
        }.get(name)
        if words is not None:
            return words().format(client=client, title=str(args.get("title", "")))
    words_now = _without_client(name, args)
    return words_now if words_now is not None else change_label(name)


def _day(args: Mapping[str, Any]) -> str:
    """The day a time-off change took out or put back, as the interface writes dates."""
    try:
        return date_text(dt.date.fromisoformat(str(args.get("day", ""))))
    except ValueError:
        return str(args.get("day", ""))


def _without_client(name: str, args: Mapping[str, Any]) -> str | None:
    """An action that names no client (time off, a project's details), in words."""
    reason = str(args.get("reason") or "").strip()
    if name == "time_off.add" and reason:
        return translate("Actions", "Add time off “{reason}”").format(reason=reason)
    words: dict[str, Callable[[], str]] = {
        "appointment.edit": lambda: translate("Actions", "Change the booking"),
        "project.create": lambda: translate("Actions", "New project “{title}”").format(title=args.get("title", "")),
        "project.update": lambda: translate("Actions", "Change the project"),
        "time_off.add": lambda: translate("Actions", "Add time off"),
        "time_off.remove": lambda: translate("Actions", "Remove time off"),
        "time_off.restore": lambda: translate("Actions", "Restore time off"),
        "time_off.exclude_day": lambda: translate("Actions", "Take {day} out of time off").format(day=_day(args)),
        "time_off.restore_day": lambda: translate("Actions", "Put {day} back in time off").format(day=_day(args)),
        "form_template.publish": lambda: translate("Actions", "Publish the health questionnaire"),
        "consent_form.sign": lambda: translate("Actions", "Sign the form"),
        "material.add": lambda: translate("Actions", "Add “{name}” to the inks and materials").format(
            name=args.get("name", "")
        ),
        "material.update": lambda: translate("Actions", "Change the ink or material"),
        "session_record.add": lambda: translate("Actions", "Record the session"),
    }
    found = words.get(name)
    return found() if found is not None else None


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
