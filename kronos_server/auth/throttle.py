"""Failed-login throttling kept in PostgreSQL, so that every worker process sees the same count.

Two keys per attempt from an unknown device: ``user:<email>`` (one account, guessed from
anywhere) and ``ip:<addr>`` (one address guessing many accounts). A sign-in started from a desk
that holds a valid enrolment of the account's studio is counted on ``desk:<desk id>:<email>``
alone (kronos_server.auth.known_desk), so strangers locking the account do not lock the studio
out. Each attempt is *counted before the password is checked*:
``begin_attempt`` locks the key's row, refuses if it is locked, and otherwise adds one; a
success then takes the count back (``succeeded``). Counting first bounds what parallel
requests can try, since no attempt is checked without first being counted under the row lock.

Past ``slow_after`` failures each further attempt must wait (``slow_base_s``, doubling, up to
``slow_max_s``); at ``lock_after`` the key is locked for ``lock_s``. Failures older than
``window_s`` are forgotten. A refused attempt is not counted, so hammering a locked account
does not extend its lock.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.postgresql import insert

from kronos_server.auth.config import AuthConfig
from kronos_server.tables import login_throttle

MAX_KEY_CHARS = 300


@dataclass(frozen=True)
class Policy:
    slow_after: int
    lock_after: int
    slow_base_s: float
    slow_max_s: float
    lock_s: int
    window_s: int

    def delay_after(self, failures: int) -> dt.timedelta | None:
        """How long the key must wait after its ``failures``-th failure (None: no wait)."""
        if failures >= self.lock_after:
            return dt.timedelta(seconds=self.lock_s)
        if failures >= self.slow_after:
            seconds = min(self.slow_base_s * 2 ** (failures - self.slow_after), self.slow_max_s)
            return dt.timedelta(seconds=seconds) if seconds > 0 else None
        return None


def user_policy(config: AuthConfig) -> Policy:
    return Policy(
        config.user_slow_after,
        config.user_lock_after,
        config.slow_base_s,
        config.slow_max_s,
        config.lock_s,
        config.window_s,
    )


def ip_policy(config: AuthConfig) -> Policy:
    return Policy(
        config.ip_slow_after,
        config.ip_lock_after,
        config.slow_base_s,
        config.slow_max_s,
        config.lock_s,
        config.window_s,
    )


def user_key(email: str) -> str:
    return f"user:{email.strip().lower()}"[:MAX_KEY_CHARS]


def desk_key(desk_id: uuid.UUID, email: str) -> str:
    """The key of sign-ins to one account from one enrolled desk."""
    return f"desk:{desk_id}:{email.strip().lower()}"[:MAX_KEY_CHARS]


def ip_key(address: str) -> str:
    return f"ip:{address}"[:MAX_KEY_CHARS]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: int = 0  # when refused: whole seconds to wait
    locked: bool = False  # refused because the key is locked (not merely slowed)


def begin_attempt(conn: Connection, key: str, policy: Policy, now: dt.datetime) -> Decision:
    """Count an attempt on ``key`` (inside the caller's transaction) unless the key must wait."""
    conn.execute(
        insert(login_throttle)
        .values(key=key, failures=0, window_started_at=now, locked_until=None)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    row = conn.execute(
        select(login_throttle.c.failures, login_throttle.c.window_started_at, login_throttle.c.locked_until)
        .where(login_throttle.c.key == key)
        .with_for_update()
    ).one()
    failures: int = row.failures
    window_started_at: dt.datetime = row.window_started_at
    locked_until: dt.datetime | None = row.locked_until
    if locked_until is not None and locked_until > now:
        wait = (locked_until - now).total_seconds()
        return Decision(False, max(1, int(wait + 0.999)), locked=failures >= policy.lock_after)
    if now - window_started_at > dt.timedelta(seconds=policy.window_s):
        failures, window_started_at = 0, now
    failures += 1
    delay = policy.delay_after(failures)
    conn.execute(
        update(login_throttle)
        .where(login_throttle.c.key == key)
        .values(
            failures=failures,
            window_started_at=window_started_at,
            locked_until=now + delay if delay is not None else None,
        )
    )
    return Decision(True)


def succeeded(conn: Connection, key: str, policy: Policy, *, forget: bool) -> None:
    """Take back the attempt just counted: ``forget`` drops the key's failures altogether
    (an account that proved its password); otherwise one attempt is uncounted (an address)."""
    if forget:
        conn.execute(delete(login_throttle).where(login_throttle.c.key == key))
        return
    row = conn.execute(
        select(login_throttle.c.failures).where(login_throttle.c.key == key).with_for_update()
    ).one_or_none()
    if row is None:
        return
    failures = max(0, int(row.failures) - 1)
    values: dict[str, object] = {"failures": failures}
    if failures < policy.slow_after:
        values["locked_until"] = None
    conn.execute(update(login_throttle).where(login_throttle.c.key == key).values(values))
