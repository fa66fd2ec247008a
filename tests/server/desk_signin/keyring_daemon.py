"""A real Secret Service for the keyring tests: a private D-Bus session bus and
gnome-keyring-daemon on it, with its keyrings under a temporary HOME.

The daemon's login keyring is created and unlocked with a password given on stdin, exactly as a
desktop session's PAM module does. Fails (never skips) with a clear message when the programs
are missing or do not start: .ci/run installs gnome-keyring, dbus-x11 and libsecret-tools.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

KEYRING_PASSWORD = "kronos-test-keyring"
START_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class SecretServiceEnv:
    home: Path
    bus_address: str
    env: dict[str, str]  # for child processes (secret-tool, a second desk process)

    def lock(self) -> None:
        """Lock the default collection (as a screen lock or a timeout would)."""
        import secretstorage

        with _connection() as bus:
            secretstorage.get_default_collection(bus).lock()

    def unlock(self) -> None:
        """Unlock it with its password, as the session's login does (gnome-keyring's own
        D-Bus method; no prompt)."""
        from secretstorage.collection import DEFAULT_COLLECTION
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with _connection() as bus:
            session = open_session(bus)
            secret = format_secret(session, KEYRING_PASSWORD.encode(), "text/plain")
            service = DBusAddressWrapper(
                "/org/freedesktop/secrets", "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", bus
            )
            alias = DBusAddressWrapper("/org/freedesktop/secrets", "org.freedesktop.Secret.Service", bus)
            (path,) = alias.call("ReadAlias", "s", "default")
            service.call("UnlockWithMasterPassword", "o(oayays)", path or DEFAULT_COLLECTION, secret)


@contextmanager
def _connection() -> Iterator[object]:
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        yield bus
    finally:
        bus.close()


def _fail(message: str) -> None:
    pytest.fail(
        f"{message}\nThe keyring tests need a real Secret Service: install gnome-keyring and dbus "
        "(Debian: apt-get install gnome-keyring dbus-x11 libsecret-tools; .ci/run does it).",
        pytrace=False,
    )


def _name_has_owner(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    with open_dbus_connection(bus=address) as conn:
        reply = conn.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=2)
        return bool(reply.body[0])


@contextmanager
def secret_service() -> Iterator[SecretServiceEnv]:
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            _fail(f"{program} is not installed.")
    # Short paths: unix socket names are limited to ~100 bytes.
    base = Path(tempfile.mkdtemp(prefix="kr-ss-"))
    home, runtime = base / "home", base / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("GNOME_KEYRING_CONTROL", None)
    read_end, write_end = os.pipe()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_end}"],
        env=env,
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    keyring: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read_end, "rb") as out:
            address = out.readline().decode().strip()
        if not address:
            _fail(f"dbus-daemon did not start: {bus.stderr.read().decode(errors='replace') if bus.stderr else ''}")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD.encode())
        keyring.stdin.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _name_has_owner(address, "org.freedesktop.secrets"):
            if keyring.poll() is not None or time.monotonic() > deadline:
                err = keyring.stderr.read().decode(errors="replace") if keyring.stderr else ""
                _fail(f"gnome-keyring-daemon did not come up on the private bus (exit {keyring.poll()}): {err}")
            time.sleep(0.05)
        yield SecretServiceEnv(home=home, bus_address=address, env=env)
    finally:
        for process in (keyring, bus):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)
            if process is not None and process.stderr is not None:
                process.stderr.close()
        shutil.rmtree(base, ignore_errors=True)
