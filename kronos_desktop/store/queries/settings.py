"""The studio's settings as its row holds them: what the Settings page fills its form from, and
the values it sends back as ``seen`` (kronos_core/mutations/seen.py) with a change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.rows import encode_value
from kronos_core.schema import studio
from kronos_desktop.store.queries.desk import desk

# The settings studio.update changes (kronos_core.mutations.studio.StudioUpdate), in form order.
SETTINGS: tuple[str, ...] = (
    "name", "timezone", "state", "opening_hours", "age_of_majority", "min_client_age", "pix_key_kind",
    "pix_key", "merchant_name", "merchant_city", "deposit_expiry_months", "forfeit_on_no_show",
    "late_cancel_hours", "forfeit_keeper", "commission_base", "cleaning_buffer_minutes", "retention_years",
    "idle_lock_minutes", "receipt_footer", "unsigned_form_policy",
)  # fmt: skip
# Issue 15's settings (the deposit policy and the card machines), shown on the Settings page
# (kronos_desktop/ui/settings/deposit_card_fields.py).
DEPOSIT_CARD_SETTINGS = (
    "no_show_late_minutes", "deposit_reschedules", "deposit_applies_to", "forfeit_artist_bps",
    "deposit_policy_text", "card_instalments_max", "card_fee_debit_bps", "card_fee_credit_bps",
)  # fmt: skip
SETTINGS = (*SETTINGS, *DEPOSIT_CARD_SETTINGS)


@dataclass(frozen=True)
class StudioSettings:
    """Every setting of the studio, as the row holds it (``opening_hours`` None: the default week)."""

    id: uuid.UUID
    name: str
    timezone: str
    state: str | None
    opening_hours: dict[str, Any] | None
    age_of_majority: int
    min_client_age: int
    pix_key_kind: str | None
    pix_key: str | None
    merchant_name: str | None
    merchant_city: str | None
    deposit_expiry_months: int
    forfeit_on_no_show: bool
    late_cancel_hours: int
    forfeit_keeper: str
    commission_base: str
    cleaning_buffer_minutes: int
    retention_years: int
    idle_lock_minutes: int
    receipt_footer: str | None
    unsigned_form_policy: str  # a session with no signed form: "warn" or "block" (issue 14)
    # Issue 15: the deposit policy (kronos_core.deposits.policy_of reads these with the deposit
    # settings above) and the card machines.
    no_show_late_minutes: int
    deposit_reschedules: int
    deposit_applies_to: str  # a project's deposit applied at its "first" or "last" session
    forfeit_artist_bps: int  # the artist's part of a forfeit kept "split"
    deposit_policy_text: str | None  # None: written from the settings (kronos_core.deposits.policy_text)
    card_instalments_max: int
    card_fee_debit_bps: int
    card_fee_credit_bps: int
    currency: str
    locale: str
    version: int

    def value(self, name: str) -> Any:
        return getattr(self, name)

    @property
    def seen(self) -> dict[str, Any]:
        """Each setting as ``seen`` carries it (kronos_core.rows.encode_value of its column)."""
        return {name: encode_value(studio.c[name].type, getattr(self, name)) for name in SETTINGS}


_COLUMNS = [studio.c[f.name] for f in fields(StudioSettings)]


def studio_settings(conn: Connection) -> StudioSettings | None:
    """The settings of the studio this desk serves (None: no studio yet)."""
    state = desk(conn)
    if state is None:
        return None
    row = (
        conn.execute(select(*_COLUMNS).where(studio.c.id == state.studio_id, studio.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    if row is None:
        return None
    return StudioSettings(**{f.name: row[f.name] for f in fields(StudioSettings)})
