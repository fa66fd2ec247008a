"""What an erase leaves, for how long, and why: the one list (LGPD art. 16 I).

An erase (``client.erase``; what it takes out is kronos_core/erasure.py) keeps the rows the law
asks the studio to keep, for the studio's retention period (``studio.retention_years``, a
setting), each holding the client's id and no personal field of the client record. The export
(a client's data, kronos_desktop/store/queries/client_export.py) lists them with the date until
which they are kept; later issues add their own rows here (and an "after an erase" test of their
own). A table that is not here and holds a client's personal data is scrubbed by the erase.

Issue 16's cash tables (``cash_drawer``, ``cash_session``, ``cash_movement``, ``cash_count``) and
``stock_movement`` name no client (a close lists payment ids, a sold movement a sale's id): an
erase has nothing of a client's to take out of them, nor to keep for one. A gift voucher does:
it is kept for the money (``voucher``), its buyer's and recipient's names and note erased.

A kept table's ``verbatim`` columns are kept as they were, the client's words in them included:
what the law asks the studio to keep is that text itself (a sale's fiscal data, for the NFS-e).
``client.erase`` leaves every kept row alone; the desk's scrub of its own copies
(kronos_desktop/store/erase.py: the outbox, pulled pages, backups) reads :data:`VERBATIM` and
leaves those columns, and the arguments of the same names of a mutation, alone too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from kronos_core.schema import studio

# The studio's setting (years) that says how long these rows are kept.
RETENTION_SETTING: Final = studio.c.retention_years
DEFAULT_RETENTION_YEARS: Final = 5


@dataclass(frozen=True)
class Kept:
    """Rows an erase leaves: ``table`` (``exists``: False while its issue has not added it yet),
    what they are, and the legal ground (in English; the export words it for people);
    ``verbatim``: the columns kept as they were, the client's words in them included (see the
    module)."""

    table: str
    what: str
    why: str
    exists: bool = True
    verbatim: tuple[str, ...] = ()


# LGPD art. 16 I: data kept to comply with a legal or regulatory obligation.
RETAINED: Final[tuple[Kept, ...]] = (
    Kept(
        "consent_form",
        "signed consent and health forms (answers, signatures, the guardian's)",
        "LGPD art. 16 I and art. 11 II a; health-service records (ANVISA RDC 63/2011, state rules "
        "for tattoo studios): proof of informed consent and of the health questions asked",
    ),
    Kept(
        "session_record",
        "traceability of each session (products, lots, needles, autoclave cycle, reactions)",
        "LGPD art. 16 I; ANVISA traceability of products and sterilisation",
    ),
    Kept(
        "sale",
        "closed sales (tickets) with their number, totals and business date, and the fiscal data for "
        "the NFS-e: the client's CPF or CNPJ, name and address as on the receipt, and the service's "
        "description",
        "LGPD art. 16 I; tax law (CTN art. 195, single paragraph): fiscal books and documents",
        verbatim=("fiscal_document", "fiscal_name", "fiscal_address", "service_description"),
    ),
    Kept(
        "sale_line",
        "the lines of those sales (service or product, price, discount, commission shares)",
        "LGPD art. 16 I; tax and labour law (commissions paid)",
    ),
    Kept(
        "payment",
        "payments and refunds (method, amount, card authorisation, PIX id, business date)",
        "LGPD art. 16 I; tax law and the card and PIX settlement records",
    ),
    Kept(
        "sale_tip",
        "the tips of those sales (artist, amount, the artist's and the studio's shares)",
        "LGPD art. 16 I; tax and labour law (tips paid to the artists)",
    ),
    Kept(
        "deposit",
        "deposits (sinal): amount, day taken, expiry, status, the policy acknowledged, forfeit shares; "
        "their notes lose the client's data",
        "LGPD art. 16 I; tax law: money received, kept, applied or given back",
    ),
    Kept(
        "deposit_entry",
        "the deposits' ledger (taken, applied, forfeited, refunded, moved, rescheduled): amounts and dates",
        "LGPD art. 16 I; tax law: money received, kept, applied or given back",
    ),
    Kept(
        "voucher",
        "gift vouchers the client bought: code, value, the day sold, expiry; the buyer's and the "
        "recipient's names and the note are erased (the money that bought them and their "
        "redemptions are payments)",
        "LGPD art. 16 I; tax law: money received for services still owed (the voucher's balance)",
    ),
    Kept(
        "audit_event",
        "the audit trail: who did what and when (the erase itself included), with no personal data",
        "LGPD art. 37: a record of the processing done (accountability)",
    ),
)

RETAINED_TABLES: Final = frozenset(k.table for k in RETAINED)
# Each kept table's columns kept as they were (only the tables that have some).
VERBATIM: Final[dict[str, frozenset[str]]] = {k.table: frozenset(k.verbatim) for k in RETAINED if k.verbatim}


def kept_until(erased_at: dt.datetime, retention_years: int) -> dt.date:
    """The last day the rows of :data:`RETAINED` are kept after an erase at ``erased_at`` (the
    same day ``retention_years`` later; 29 February becomes 28 February)."""
    day = erased_at.date()
    years = max(0, retention_years)
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)
