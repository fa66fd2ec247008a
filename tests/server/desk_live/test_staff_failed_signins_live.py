"""The staff page's failed sign-ins, from the real server and PostgreSQL: wrong passwords typed on
the server's sign-in page for the owner's account show on an enrolled desk's staff page (when,
the address, not from a desk), asked over the desk's own transport off the GUI thread; the fetch
itself reads the same answer."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.sync import failed_signins
from kronos_desktop.ui.settings.staff_page import StaffPage
from kronos_server.tables import app_user
from tests.server.auth import flow
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    yield i18n.install(qapp, "en")
    i18n.install(qapp, "pt_BR")


def owner_email(studio: LiveStudio) -> str:
    with studio.db.tenant(studio.studio_id) as conn:
        user_id = conn.execute(select(staff.c.user_id).where(staff.c.id == studio.owner_id)).scalar_one()
        email = conn.execute(select(app_user.c.email).where(app_user.c.id == user_id)).scalar_one()
    return str(email)


def test_an_enrolled_desk_shows_the_owners_failed_sign_ins(qtbot: QtBot, live_studio: LiveStudio, english: str) -> None:
    with httpx.Client(base_url=live_studio.base_url, timeout=30) as browser:
        attempt = flow.start(browser, lang="en")
        for wrong in ("not the password", "still not it"):
            assert flow.submit(browser, attempt, owner_email(live_studio), wrong).status_code == 400
    recepcao = live_studio.desk("recepcao")

    answer = failed_signins.fetch(recepcao.http, live_studio.owner_id)
    assert answer.staff_id == live_studio.owner_id
    assert len(answer.attempts) == 2
    assert all(a.address == "127.0.0.1" and not a.from_enrolled_desk for a in answer.attempts)
    assert answer.attempts[0].at >= answer.attempts[1].at  # newest first

    # The desk as a person uses it: its file, syncing with the server through that enrolment.
    recepcao.close()
    desk = Desk(LocalStore.open(recepcao.folder), english)
    try:
        desk.start_sync(recepcao.http.session, live_studio.base_url)
        desk.store.set_member(live_studio.owner_id)
        desk.ctx.who.set(live_studio.owner_id, Role.OWNER, "Rita")
        page = StaffPage(desk.ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.find_row(live_studio.owner_id) >= 0, timeout=10_000)
        page.table.selectRow(page.model.find_row(live_studio.owner_id))
        qtbot.waitUntil(lambda: page.failed.table.isVisible(), timeout=10_000)
        assert page.failed.status.text().startswith("2 failed sign-in")  # (a plural form in English)
        assert page.failed.table.rowCount() == 2
        assert [page.failed.table.item(0, c).text() for c in (1, 2)] == ["127.0.0.1", "Not from a desk"]
        page.close()
    finally:
        desk.close()
