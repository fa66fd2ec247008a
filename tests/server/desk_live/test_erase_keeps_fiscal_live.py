"""A sale closed while the desk is offline, its client erased before it is sent (issue 15: an erase
keeps sales with their fiscal data for the retention period, kronos_core/retention.py): once the
desk is back online, the server's sale and the desk's still hold the CPF, the name and the
address the ticket captured for the NFS-e: the desk's scrub of its own copies after an erase
(kronos_desktop/store/erase.py, ``scrub_copies``) takes the client's words out of the mutations
about them still waiting in the outbox, but leaves the ``sale.record``'s fiscal arguments alone
(kept verbatim by the retention list).
"""

from __future__ import annotations

import uuid

import pytest

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_desktop.ops.clients import erase_client
from tests.desk_sync.conftest import new_client, payment
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres

NAME = "Quitéria Vrznak"
CPF = "73916402803"
ADDRESS = "Rua Xiquexique 77, Pinheiros, São Paulo"
SERVICE = "Tatuagem fineline no antebraço"
FISCAL = {"fiscal_document": CPF, "fiscal_name": NAME, "fiscal_address": ADDRESS, "service_description": SERVICE}


def test_a_sale_still_waiting_to_be_sent_keeps_its_fiscal_data_after_an_erase(live_studio: LiveStudio) -> None:
    a = live_studio.desk("a")
    made = a.apply("client.create", new_client(NAME, document_type="cpf", document_number=CPF, address=ADDRESS))
    client_id = uuid.UUID(str(made.args.client_id))
    live_studio.settle()

    a.net.offline = True
    sale_id = uuid7()
    line = {"line_id": str(uuid7()), "description": "Sessão fineline", "unit_price": 90_000}
    a.apply(
        "sale.record",
        {"sale_id": str(sale_id), "number": "A-1", "client_id": str(client_id), "business_date": "2026-12-07",
         "closed_at": utcnow().isoformat(), "lines": [line], **FISCAL},
    )  # fmt: skip
    a.apply("payment.record", {**payment(90_000), "sale_id": str(sale_id)})
    erase_client(client_id, utcnow()).write(a.store)  # the desk's op: the mutation, then its own copies
    assert {k: a.rows()[("sale", sale_id)][k] for k in FISCAL} == FISCAL, "kept on the desk at once"

    live_studio.settle()

    assert live_studio.server_rows()[("client", client_id)]["full_name"] == "—"
    for where, rows in (("server", live_studio.server_rows()), ("desk", a.rows())):
        kept = rows[("sale", sale_id)]
        assert (kept["total"], kept["number"]) == (90_000, "A-1"), where
        assert {k: kept[k] for k in FISCAL} == FISCAL, where
