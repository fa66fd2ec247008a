"""The money field: amounts typed as people type them become centavos; anything else is said
under the field when it is left, and nothing is given."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from kronos_desktop.ui.checkout.money_field import MoneyField


def _field(qtbot: Any, language: str = "pt_BR") -> tuple[QWidget, MoneyField]:
    host = QWidget()
    qtbot.addWidget(host)
    field = MoneyField(host, object_name="price", accessible_name="Price", language=language)
    field.with_message(host)
    host.show()
    return host, field


def _type(qtbot: Any, field: MoneyField, text: str) -> None:
    field.clear()
    field.setFocus()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


def test_pt_br_amounts_become_centavos_and_read_back_tidy(qapp: QApplication, qtbot: Any) -> None:
    _, field = _field(qtbot)
    for typed, centavos, shown in [
        ("1.234,56", 123456, "1.234,56"),
        ("1234,56", 123456, "1.234,56"),
        ("12,5", 1250, "12,50"),
        ("R$ 90", 9000, "90,00"),
    ]:
        _type(qtbot, field, typed)
        assert field.value() == centavos, typed
        assert field.text() == shown
        assert field.message.isHidden()
        assert field.is_valid()


def test_bad_amount_is_said_under_the_field_once_left(qapp: QApplication, qtbot: Any) -> None:
    _, field = _field(qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    assert field.value() is None
    assert field.message.isHidden()  # not while typing
    field.editingFinished.emit()
    assert not field.message.isHidden()
    assert "1.234,56" in field.message.text()
    assert not field.is_valid()
    _type(qtbot, field, "-5")
    assert field.value() is None
    assert not field.message.isHidden()
    field.clear()
    qtbot.keyClicks(field, "50")
    assert field.message.isHidden()  # right again: the message goes as it is typed
    assert field.value() == 5000


def test_caller_problem_and_signal(qapp: QApplication, qtbot: Any) -> None:
    _, field = _field(qtbot)
    seen: list[int | None] = []
    field.amountChanged.connect(seen.append)
    field.set_value(2500)
    assert field.text() == "25,00"
    assert seen[-1] == 2500
    field.set_problem("Above the line")
    assert field.message.text() == "Above the line"
    assert not field.is_valid()
    assert field.value() == 2500
    field.set_problem(None)
    assert field.message.isHidden()


def test_required_empty_field_is_said_on_check(qapp: QApplication, qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    field = MoneyField(host, language="pt_BR", required=True)
    field.with_message(host)
    host.show()
    assert field.value() is None
    assert not field.check()
    assert not field.message.isHidden()


def test_english_amounts(qapp: QApplication, qtbot: Any) -> None:
    _, field = _field(qtbot, "en")
    _type(qtbot, field, "1,234.56")
    assert field.value() == 123456
    assert field.text() == "1,234.56"
