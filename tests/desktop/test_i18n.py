"""Portuguese (Brazil) first, English second: the translation loads, is complete, and numbers,
money and dates follow the language."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kronos_desktop import i18n
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow

SOURCES = sorted(str(p) for p in (Path(__file__).parents[2] / "kronos_desktop").rglob("*.py"))


def test_portuguese_is_loaded(window: MainWindow) -> None:
    assert i18n.current_language() == "pt_BR"
    assert [window.nav.item(r).text() for r in range(3)] == ["Agenda", "Clientes", "Caixa"]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Arquivo",
        "&Editar",
        "&Ir",
        "A&genda",
        "&Configurações",
        "Aj&uda",
    ]
    assert window.agenda.navigator.today_button.text() == "Hoje"
    model = window.clients.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nome", "Telefone", "E-mail", "Documento", "Idade", "Alertas"]
    assert window.clients.new_button.text() == "Novo cliente"


@pytest.mark.parametrize("language", ["en"])
def test_english_with_lang_en(window: MainWindow, language: str) -> None:
    assert i18n.current_language() == "en"
    assert [window.nav.item(r).text() for r in range(3)] == ["Agenda", "Clients", "Checkout"]
    assert window.status.sync_label.text() == "Standalone"
    assert window.clients.new_button.text() == "New client"
    assert window.clients.count_label.text() == "2,000 clients"  # English plural and grouping


def test_money_numbers_and_dates_follow_the_language(qapp: QApplication) -> None:
    day = dt.date(2026, 11, 29)
    try:
        i18n.install(qapp, "pt_BR")
        assert fmt.money_text(123456) == "R$\u00a01.234,56"
        assert fmt.date_text(day) == "29/11/2026"
        assert fmt.date_text(day, long=True) == "Domingo, 29 de novembro de 2026"
        assert fmt.count_text(2000) == "2.000"
        assert QCoreApplication.translate("Labels", "Cash") == "Dinheiro"
        i18n.install(qapp, "en")
        assert fmt.money_text(123456) == "R$1,234.56"
        assert fmt.date_text(day) == "11/29/2026"
        assert fmt.date_text(day, long=True) == "Sunday, November 29, 2026"
        assert QCoreApplication.translate("Labels", "Cash") == "Cash"
    finally:
        i18n.install(qapp, "pt_BR")


def test_language_choice_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("es_ES")))
    assert i18n.choose_language(None, settings) == "pt_BR"  # Portuguese first
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert i18n.choose_language(None, settings) == "en"  # the system's language
    i18n.save_language(settings, "pt_BR")
    assert i18n.choose_language(None, settings) == "pt_BR"  # the saved setting
    assert i18n.choose_language("en", settings) == "en"  # --lang above all


def test_language_menu_saves_the_choice(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    window.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    action = window.findChild(type(window.language_group.actions()[0]), "language_en")
    assert action is not None
    action.trigger()
    assert window.settings.value(i18n.SETTINGS_KEY) == "en"
    assert shown == ["O novo idioma será usado na próxima vez que o KRONOS for aberto."]


def test_translation_is_compiled_once_into_the_cache() -> None:
    first = i18n.compiled_translation("pt_BR")
    assert first is not None
    assert first.suffix == ".qm"
    assert first.stat().st_size > 0
    mtime = first.stat().st_mtime_ns
    assert i18n.compiled_translation("pt_BR") == first
    assert first.stat().st_mtime_ns == mtime


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → the translation's type ("unfinished", or None when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.get("type")
    return found


def test_every_string_is_in_the_translations_and_translated(tmp_path: Path) -> None:
    """lupdate over the code changes nothing, and every message is finished."""
    tool = i18n.lrelease_tool()
    assert tool is not None
    lupdate = tool.with_name(tool.name.replace("lrelease", "lupdate"))
    for name, extra in (("kronos_pt_BR.ts", []), ("kronos_en.ts", ["-pluralonly"])):
        kept = i18n.i18n_dir() / name
        copy = tmp_path / name
        shutil.copy(kept, copy)
        subprocess.run([str(lupdate), *SOURCES, "-no-obsolete", *extra, "-ts", str(copy)],
                       capture_output=True, check=True, timeout=60)  # fmt: skip
        fresh, stored = messages(copy), messages(kept)
        assert fresh.keys() == stored.keys(), f"{name} is out of date: run lupdate (resources/i18n/README.md)"
        unfinished = [source for source, kind in fresh.items() if kind is not None]
        assert unfinished == [], f"untranslated in {name}"
    assert len(messages(i18n.i18n_dir() / "kronos_pt_BR.ts")) > 150
