"""What the ticket page reads, on the reader thread (``ctx.reads``): the studio's artists and
products when a ticket opens, the client's facts (their health alerts, what a receipt prints,
their held deposits) when one is picked, a booking's context for a ticket opened from it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection

from kronos_core.ticket import TicketDraft
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.checkout import DepositRow, ProductRow, TicketContext
from kronos_desktop.store.queries.client_record import read_record
from kronos_desktop.ui.common.day_view import Asker

HEALTH_FIELDS = ("allergies", "medical_alerts", "medication")


@dataclass(frozen=True)
class ClientFacts:
    """The ticket's client as the page shows them and fills the receipt's details from."""

    id: uuid.UUID
    name: str  # the name they are called by
    full_name: str
    phone: str | None
    alerts: list[str]  # health alerts, one text each (allergies, conditions, medication)
    blocked: bool
    document_type: str | None
    document_number: str | None  # None when the asker may not see it (an artist)
    address: str | None
    held: list[DepositRow] = field(default_factory=list)  # deposits held for them (merged records too)


@dataclass(frozen=True)
class TicketSetup:
    """The studio's side of a ticket: where, the artists for its lines, its products."""

    here: desk_q.Here
    artists: list[booking_q.Choice]
    products: list[ProductRow]


@dataclass(frozen=True)
class TicketOpening:
    """A ticket to show: its draft (None: a new one from ``context``), the studio, the client."""

    setup: TicketSetup
    draft: TicketDraft | None
    context: TicketContext | None = None  # the booking a new ticket is opened from
    client: ClientFacts | None = None


def read_setup(conn: Connection) -> TicketSetup:
    setup = booking_q.setup(conn)
    studio_id = setup.here.studio_id
    products = checkout_q.products(conn, studio_id) if studio_id is not None else []
    return TicketSetup(setup.here, setup.artists, products)


def read_client(conn: Connection, client_id: uuid.UUID, asker: Asker) -> ClientFacts | None:
    """The client's facts for ``asker`` (None: no such client, or not theirs to see)."""
    record = read_record(conn, client_id, asker.viewer(conn))
    if record is None:
        return None
    v = record.values
    alerts = [str(v[f]).strip() for f in HEALTH_FIELDS if (v.get(f) or "").strip()]
    return ClientFacts(
        id=client_id,
        name=v.get("preferred_name") or v["full_name"],
        full_name=v["full_name"],
        phone=v.get("phone"),
        alerts=alerts,
        blocked=bool(v.get("blocked")),
        document_type=v.get("document_type"),
        document_number=v.get("document_number"),
        address=v.get("address"),
        held=checkout_q.held_deposits(conn, client_id),
    )


def read_opening(
    conn: Connection, asker: Asker, *, ticket_id: uuid.UUID | None = None, appointment_id: uuid.UUID | None = None
) -> TicketOpening:
    """An open ticket by its id, or a booking's: its open ticket if it has one, else its context
    (a new ticket is made from it on the GUI thread, where words are translated)."""
    setup = read_setup(conn)
    draft = None
    context = None
    if ticket_id is not None:
        draft = checkout_q.draft(conn, ticket_id)
    elif appointment_id is not None:
        draft = checkout_q.draft_for_appointment(conn, appointment_id)
        if draft is None:
            context = checkout_q.ticket_context(conn, appointment_id)
    client_id = draft.client_id if draft is not None else context.client_id if context is not None else None
    client = read_client(conn, client_id, asker) if client_id is not None else None
    return TicketOpening(setup, draft, context, client)
