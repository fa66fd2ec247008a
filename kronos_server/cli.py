"""``kronos-server``: migrate, serve, and set up studios, users and the database role.

    kronos-server migrate                      # as the owner role (KRONOS_ADMIN_DATABASE_URL)
    kronos-server setup-role --role kronos_app # create the app's ordinary role and grant it
    kronos-server serve --host 127.0.0.1 --port 8000 --workers 4
    kronos-server create-studio --name "Tinta Forte" --owner-email ana@example.com --owner-name Ana --password-stdin
    kronos-server create-user --studio ID --email bia@example.com --name Bia --role receptionist --password-stdin
    kronos-server new-epoch --all              # after restoring a backup, before serving again

Configuration comes from KRONOS_* environment variables or a .env file (kronos_server.settings).
Exit status: 0 done, 1 failed, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import ValidationError

from kronos_server.settings import Settings

EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A failure to report in one line, without a traceback."""


def _fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    print(f"kronos-server: {message}", file=sys.stderr)
    raise SystemExit(code)


def load_settings() -> Settings:
    """The settings, or exit 2 with a message a person can act on."""
    try:
        return Settings()
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(part) for part in err["loc"])
            msg = str(err["msg"]).removeprefix("Value error, ")
            lines.append(f"  - {('KRONOS_' + where.upper()) if where else 'settings'}: {msg}")
        _fail("refusing to start, the configuration is not valid:\n" + "\n".join(lines), EXIT_USAGE)


def _read_password(from_stdin: bool, *, confirm: bool = True) -> str | None:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise CliError("no password on standard input")
        return password
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password (again): ") != password:
        raise CliError("the passwords differ")
    return password


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, default=str, indent=2))


# -- commands ----------------------------------------------------------------------------------
def cmd_migrate(args: argparse.Namespace) -> int:
    from kronos_server import migrate

    settings = load_settings()
    role = args.app_role or settings.app_role
    migrate.upgrade(settings.admin_url, args.revision, app_role=role)
    print(f"migrated to {args.revision} ({migrate.head_revision()} is head); grants for role {role}", file=sys.stderr)
    return 0


def _multiprocess_dir() -> str:
    """A fresh directory for Prometheus's multiprocess files (emptied if given)."""
    given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if given:
        path = Path(given)
        path.mkdir(parents=True, exist_ok=True)
        for child in path.glob("*.db"):
            child.unlink()
        return str(path)
    return tempfile.mkdtemp(prefix="kronos-prometheus-")


def cmd_serve(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.workers < 1:
        raise CliError("--workers must be at least 1")
    created_dir: str | None = None
    if args.workers > 1:
        # Set before any worker imports prometheus_client (workers are fresh processes).
        if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            created_dir = _multiprocess_dir()
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = created_dir
        else:
            _multiprocess_dir()

    import uvicorn

    from kronos_server.logs import uvicorn_log_config
    from kronos_server.nodelay import tcp_listeners

    try:
        with tcp_listeners():
            uvicorn.run(
                "kronos_server.app:create_app",
                factory=True,
                host=args.host,
                port=args.port,
                workers=args.workers,
                log_config=uvicorn_log_config(settings.log_level),
                access_log=False,
                server_header=False,
                # Event streams (/v1/sync/events) never end on their own: without a bound, a restart
                # would wait for every desk to hang up. Desks reconnect and pull anyway.
                timeout_graceful_shutdown=10,
                proxy_headers=args.proxy_headers,
                forwarded_allow_ips=args.forwarded_allow_ips,
                # Header and body read timeouts, 431 for oversized headers (http_protocol.py).
                http="kronos_server.http_protocol:LimitedH11Protocol",
                h11_max_incomplete_event_size=settings.max_header_bytes,
                timeout_keep_alive=settings.keep_alive_timeout_s,
            )
    finally:
        if created_dir:
            shutil.rmtree(created_dir, ignore_errors=True)
    return 0


def cmd_create_studio(args: argparse.Namespace) -> int:
    from kronos_server.accounts import create_studio_with_owner
    from kronos_server.db import Database

    settings = load_settings()
    password = _read_password(args.password_stdin)
    db = Database.from_settings(settings)
    try:
        made = create_studio_with_owner(
            db,
            name=args.name,
            owner_email=args.owner_email,
            owner_name=args.owner_name,
            password=password,
            timezone=args.timezone,
            currency=args.currency,
            locale=args.locale,
        )
    finally:
        db.dispose()
    _print_json(
        {
            "studio_id": made.studio_id,
            "owner_staff_id": made.owner_staff_id,
            "user_id": made.user_id,
            "email": made.email,
            "version": made.version,
            "epoch": made.epoch,
        }
    )
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from kronos_core.roles import Role
    from kronos_server.accounts import add_member
    from kronos_server.db import Database

    settings = load_settings()
    try:
        studio_id = uuid.UUID(args.studio)
    except ValueError:
        raise CliError(f"--studio: not a studio id: {args.studio!r}") from None
    password = _read_password(args.password_stdin)
    db = Database.from_settings(settings)
    try:
        member = add_member(
            db,
            studio_id=studio_id,
            email=args.email,
            display_name=args.name,
            role=Role(args.role),
            password=password,
            color=args.color,
        )
    finally:
        db.dispose()
    _print_json(
        {
            "studio_id": member.studio_id,
            "staff_id": member.staff_id,
            "user_id": member.user_id,
            "email": member.email,
            "role": member.role.value,
            "version": member.version,
            "user_created": member.user_created,
        }
    )
    return 0


def cmd_setup_role(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine, pool, text

    from kronos_server.dbroles import check_role_name, create_role_sql, grants_sql

    settings = load_settings()
    role = check_role_name(args.role or settings.app_role)
    password = _read_password(True) if args.password_stdin else None
    engine = create_engine(settings.admin_url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            statements = create_role_sql(role, password=password)
            if not args.dry_run:
                for statement in statements:
                    conn.execute(text(statement))
            statements += grants_sql(conn, role)
            if not args.dry_run:
                for statement in statements[2:]:
                    conn.execute(text(statement))
    finally:
        engine.dispose()
    for statement in statements:
        shown = statement if password is None else statement.replace(password, "********")
        print(shown + ";")
    verb = "would run" if args.dry_run else "ran"
    print(f"{verb} {len(statements)} statements for role {role}", file=sys.stderr)
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine, pool

    from kronos_server.sync.epoch import new_epochs

    if not args.all:
        raise CliError("new-epoch changes every studio's history: say --all (after restoring a backup)")
    settings = load_settings()
    engine = create_engine(settings.admin_url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            changed = new_epochs(conn)
    finally:
        engine.dispose()
    print(f"new epoch for {changed} studios: desks reload and push again what the server lost", file=sys.stderr)
    return 0


# -- parsing -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kronos-server", description="The KRONOS central server.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("migrate", help="apply the PostgreSQL migrations (as the owner role)")
    p.add_argument("--revision", default="head")
    p.add_argument("--app-role", default=None, help="role to grant to (default KRONOS_APP_ROLE or kronos_app)")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("serve", help="serve HTTP (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-* from --forwarded-allow-ips")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("create-studio", help="create a studio and its owner")
    p.add_argument("--name", required=True)
    p.add_argument("--owner-email", required=True)
    p.add_argument("--owner-name", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the owner's password from standard input")
    p.add_argument("--timezone", default="America/Sao_Paulo")
    p.add_argument("--currency", default="BRL", choices=["BRL", "USD", "EUR"])
    p.add_argument("--locale", default="pt_BR", choices=["pt_BR", "en"])
    p.set_defaults(func=cmd_create_studio)

    p = sub.add_parser("create-user", help="add a user (new or existing) to a studio's staff")
    p.add_argument("--studio", required=True, help="the studio's id")
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=["owner", "manager", "receptionist", "artist"])
    p.add_argument("--color", default="#888888")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=cmd_create_user)

    p = sub.add_parser("setup-role", help="create the app's ordinary database role and grant it (idempotent)")
    p.add_argument("--role", default=None, help="default KRONOS_APP_ROLE or kronos_app")
    p.add_argument("--password-stdin", action="store_true", help="set the role's password from standard input")
    p.add_argument("--dry-run", action="store_true", help="print the SQL without running it")
    p.set_defaults(func=cmd_setup_role)

    p = sub.add_parser("new-epoch", help="after restoring a backup: a new sync history for every studio (owner role)")
    p.add_argument("--all", action="store_true", help="required: every studio's desks reload")
    p.set_defaults(func=cmd_new_epoch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except CliError as exc:
        _fail(str(exc))
    except Exception as exc:  # one line for a person; the type says where to look
        from kronos_core.mutations import MutationError
        from kronos_server.accounts import AccountError
        from kronos_server.studio_version import VersionNotFound

        if isinstance(exc, MutationError | AccountError):
            _fail(str(exc))
        if isinstance(exc, VersionNotFound):
            _fail(f"no such studio ({exc})")
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            _fail(f"cannot reach the database: {str(exc.orig).strip() if exc.orig else exc}")
        raise
    return code


if __name__ == "__main__":
    raise SystemExit(main())
