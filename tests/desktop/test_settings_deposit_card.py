"""Issue 15's settings on the Settings page (the deposit policy's minutes late, reschedules, the
session a project's deposit comes off, the artist's part of a split, the policy's own words; the
card machines' instalments and fees): shown as the studio has them, saved with the other settings
and back when the page opens again, each wrong value said at its field with nothing saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.settings.studio_page import StudioSettingsPage
from tests.desktop.reads import settle
from tests.desktop.test_settings_page import error_of, open_page, outbox, studio_row


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> StudioSettingsPage:
    return open_page(qtbot, desk, demo.owner_id, Role.OWNER)


def test_the_new_settings_show_the_studios_values(page: StudioSettingsPage) -> None:
    cards = page.form.deposit_card
    assert cards.no_show_late_minutes.value() == 30
    assert cards.deposit_reschedules.value() == 1
    assert cards.deposit_applies_to.currentData() == "last"
    assert cards.percents["forfeit_artist_bps"].value() == 50.0
    assert cards.card_instalments_max.value() == 12
    assert cards.deposit_policy_text.toPlainText() == ""
    # Blank words: the words written from the settings, in grey.
    written = cards.deposit_policy_text.placeholderText()
    assert written.startswith("The deposit holds your booking")
    assert "30 minutes late" in written
    assert page.form.field_errors() == {}
    assert not page.save_button.isEnabled()


def test_the_written_words_follow_the_settings_as_they_are_typed(page: StudioSettingsPage) -> None:
    cards = page.form.deposit_card
    cards.no_show_late_minutes.setValue(45)
    cards.deposit_applies_to.setCurrentIndex(cards.deposit_applies_to.findData("first"))
    written = cards.deposit_policy_text.placeholderText()
    assert "45 minutes late" in written
    assert "at the first session" in written


def test_the_new_settings_save_and_come_back(
    qtbot: QtBot, page: StudioSettingsPage, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    form = page.form
    cards = form.deposit_card
    cards.no_show_late_minutes.setValue(20)
    cards.deposit_reschedules.setValue(2)
    cards.deposit_applies_to.setCurrentIndex(cards.deposit_applies_to.findData("first"))
    form.forfeit_keeper.setCurrentIndex(form.forfeit_keeper.findData("split"))
    assert cards.percents["forfeit_artist_bps"].isEnabled()
    cards.percents["forfeit_artist_bps"].setValue(40)
    cards.deposit_policy_text.setPlainText("  O sinal não é devolvido.  ")
    cards.card_instalments_max.setValue(10)
    cards.percents["card_fee_debit_bps"].setValue(2.19)  # the demo's is 1.99
    cards.percents["card_fee_credit_bps"].setValue(4.5)
    assert form.field_errors() == {}
    sent = len(outbox(demo_dir))
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        page.save_button.click()
    settle(qtbot, desk.ctx)

    saved = {
        "no_show_late_minutes": 20, "deposit_reschedules": 2, "deposit_applies_to": "first",
        "forfeit_keeper": "split", "forfeit_artist_bps": 4000, "deposit_policy_text": "O sinal não é devolvido.",
        "card_instalments_max": 10, "card_fee_debit_bps": 219, "card_fee_credit_bps": 450,
    }  # fmt: skip
    row = studio_row(demo_dir)
    assert {name: row[name] for name in saved} == saved
    ((name, args),) = outbox(demo_dir)[sent:]
    assert name == "studio.update"
    assert set(args) == {*saved, "seen"}
    assert args["seen"]["card_fee_credit_bps"] == 349  # the demo studio's card machine

    again = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    cards = again.form.deposit_card
    shown: dict[str, Any] = {
        "no_show_late_minutes": cards.no_show_late_minutes.value(),
        "deposit_reschedules": cards.deposit_reschedules.value(),
        "deposit_applies_to": cards.deposit_applies_to.currentData(),
        "forfeit_keeper": again.form.forfeit_keeper.currentData(),
        "forfeit_artist_bps": round(cards.percents["forfeit_artist_bps"].value() * 100),
        "deposit_policy_text": cards.deposit_policy_text.toPlainText(),
        "card_instalments_max": cards.card_instalments_max.value(),
        "card_fee_debit_bps": round(cards.percents["card_fee_debit_bps"].value() * 100),
        "card_fee_credit_bps": round(cards.percents["card_fee_credit_bps"].value() * 100),
    }
    assert shown == saved
    assert not again.save_button.isEnabled()  # nothing differs from the row


@pytest.mark.parametrize(
    ("edit", "field", "message"),
    [
        (lambda c: c.no_show_late_minutes.setValue(300), "no_show_late_minutes", "Between 0 and 240."),
        (lambda c: c.deposit_reschedules.setValue(11), "deposit_reschedules", "Between 0 and 10."),
        (lambda c: c.card_instalments_max.setValue(0), "card_instalments_max", "Between 1 and 24."),
        (lambda c: c.percents["card_fee_credit_bps"].setValue(25), "card_fee_credit_bps", "Between 0 % and 20 %."),
        (lambda c: c.percents["forfeit_artist_bps"].setValue(120), "forfeit_artist_bps", "Between 0 % and 100 %."),
        (lambda c: c.deposit_policy_text.setPlainText("x" * 4001), "deposit_policy_text",
         "At most 4000 characters (4001 typed)."),
    ],
)  # fmt: skip
def test_a_wrong_new_setting_is_said_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, page: StudioSettingsPage, demo_dir: Path, edit: Any, field: str, message: str
) -> None:
    before, sent = studio_row(demo_dir), outbox(demo_dir)
    edit(page.form.deposit_card)
    assert error_of(page, field) == message
    assert page.form.widgets[field].property("invalid") is True
    assert not page.save_button.isEnabled()
    page.save()
    qtbot.wait(100)
    assert studio_row(demo_dir) == before
    assert outbox(demo_dir) == sent


def test_the_artists_part_is_only_for_a_split(page: StudioSettingsPage) -> None:
    form = page.form
    form.forfeit_keeper.setCurrentIndex(form.forfeit_keeper.findData("studio"))
    assert not form.deposit_card.percents["forfeit_artist_bps"].isEnabled()
    form.forfeit_keeper.setCurrentIndex(form.forfeit_keeper.findData("split"))
    assert form.deposit_card.percents["forfeit_artist_bps"].isEnabled()
