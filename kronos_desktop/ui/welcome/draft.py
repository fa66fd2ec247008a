"""The first run's draft: what the person typed in the welcome wizard, kept as they go, so that
quitting (or a crash, or a power cut) and starting again reopens the wizard at the page reached
with the fields filled.

One JSON file in the data folder (``first-run.json``), the user's alone (0600), written
atomically (a temporary file beside it, flushed to the disk, then renamed over the old one): it
is the old draft or the new one, never half of one. The owner's PIN is never in it (not even
hashed): the wizard asks for it again after a restart. Deleted once the studio exists.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DRAFT_FILENAME = "first-run.json"
VERSION = 1
# What a draft may hold (anything else in the file is dropped as it is read).
FIELDS = frozenset(
    {
        "page", "choice", "server_address", "studio_name", "timezone", "state", "opening_hours",
        "owner_name", "artists", "stations", "pix_key_kind", "pix_key", "merchant_name", "merchant_city",
    }
)  # fmt: skip


class FirstRunDraft:
    """The draft file of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, data_dir: Path) -> FirstRunDraft:
        return cls(data_dir / DRAFT_FILENAME)

    def load(self) -> dict[str, Any]:
        """The draft's fields ({} when there is none, or it cannot be read: a damaged draft is
        set aside, never a reason not to start)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("the first run's draft %s could not be read (%s): starting afresh", self.path, exc)
            return {}
        if not isinstance(raw, dict) or raw.get("version") != VERSION:
            return {}
        return {name: value for name, value in raw.items() if name in FIELDS}

    def save(self, fields: dict[str, Any]) -> bool:
        """Write ``fields`` (never a PIN: FIELDS has none) atomically; False when it could not be
        written (said in the log: the wizard goes on, it only would not resume)."""
        data = {"version": VERSION, **{name: value for name, value in fields.items() if name in FIELDS}}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".first-run-", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            log.warning("the first run's draft could not be written in %s: %s", self.path.parent, exc)
            return False
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:  # mkstemp: 0600 already
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("the first run's draft %s could not be written: %s", self.path, exc)
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return False
        return True

    def delete(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
