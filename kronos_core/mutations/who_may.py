"""Who may run each mutation, by name, without loading the mutations: what the registry says
(``@mutation(..., roles=...)`` in each module, and ``never_refused``), written out by this
module's ``main`` into :data:`WHO_MAY`. The desk's menus gate their actions by role as the
window is built (kronos_desktop/ui/actions.py ``why_not``), before the mutations load
(kronos_core/mutations/__init__.py); tests/core/test_who_may.py fails when the table and the
registry differ. After adding or changing a mutation's roles:

    uv run python -m kronos_core.mutations.who_may
"""

from __future__ import annotations

import sys
from pathlib import Path

from kronos_core.roles import Role

# mutation name → the roles that may run it; None: any role (a payment is stored whatever the role)
WHO_MAY: dict[str, frozenset[Role] | None] = {
    # generated: begin
    "appointment.book": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "appointment.cancel": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "appointment.edit": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "appointment.reschedule": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "appointment.set_status": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "cash.move": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "cash_drawer.save": frozenset({Role.MANAGER, Role.OWNER}),
    "cash_session.close": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "cash_session.count_shown": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "cash_session.open": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "cash_session.reopen": frozenset({Role.MANAGER, Role.OWNER}),
    "client.create": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "client.erase": frozenset({Role.MANAGER, Role.OWNER}),
    "client.export_recorded": frozenset({Role.MANAGER, Role.OWNER}),
    "client.merge": frozenset({Role.MANAGER, Role.OWNER}),
    "client.update": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "commission.set": frozenset({Role.MANAGER, Role.OWNER}),
    "conflict.resolve": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "consent_form.sign": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "deposit.forfeit": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "deposit.refund": frozenset({Role.MANAGER, Role.OWNER}),
    "deposit.rescheduled": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "deposit.take": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "deposit.transfer": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "form_template.publish": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "material.add": frozenset({Role.MANAGER, Role.OWNER}),
    "material.update": frozenset({Role.MANAGER, Role.OWNER}),
    "payment.record": None,
    "payment.refund": None,
    "product.save": frozenset({Role.MANAGER, Role.OWNER}),
    "project.create": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "project.update": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "sale.record": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "sale.void": frozenset({Role.MANAGER, Role.OWNER}),
    "session_record.add": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "staff.add": frozenset({Role.MANAGER, Role.OWNER}),
    "staff.set_pin": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "staff.update": frozenset({Role.MANAGER, Role.OWNER}),
    "station.add": frozenset({Role.MANAGER, Role.OWNER}),
    "station.update": frozenset({Role.MANAGER, Role.OWNER}),
    "stock.move": frozenset({Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "studio.setup": frozenset({Role.OWNER}),
    "studio.update": frozenset({Role.MANAGER, Role.OWNER}),
    "time_off.add": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "time_off.exclude_day": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "time_off.remove": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "time_off.restore": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "time_off.restore_day": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    "voucher.sell": frozenset({Role.ARTIST, Role.MANAGER, Role.OWNER, Role.RECEPTIONIST}),
    # generated: end
}


def allows(name: str, role: Role | None) -> bool | None:
    """Whether a desk acting with ``role`` may run ``name``; None when the table does not know it."""
    if name not in WHO_MAY:
        return None
    roles = WHO_MAY[name]
    return roles is None or role in roles


def rendered() -> str:
    """The table's lines as the registry has them today."""
    from kronos_core.mutations.base import registry

    lines = []
    for name, spec in sorted(registry().items()):
        if spec.never_refused:
            lines.append(f'    "{name}": None,')
        else:
            roles = ", ".join(f"Role.{r.name}" for r in sorted(spec.roles, key=lambda r: r.value))
            lines.append(f'    "{name}": frozenset({{{roles}}}),')
    return "\n".join(lines)


def main() -> int:
    path = Path(__file__)
    text = path.read_text(encoding="utf-8")
    begin, end = "    # generated: begin\n", "    # generated: end\n"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(head + begin + rendered() + "\n" + end + tail, encoding="utf-8")
    print(f"{path}: {len(WHO_MAY)} → {rendered().count(chr(10)) + 1} mutations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
