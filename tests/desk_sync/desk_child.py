"""A desk in a process of its own, for tests that kill it (``kill -9``) mid-pull.

``python -m tests.desk_sync.desk_child FOLDER BASE_URL`` with the access token in
``KRONOS_TEST_TOKEN``: opens the desk's file and pulls in pages of one change; once applying
has begun (inside the one transaction), it prints ``APPLYING`` and waits to be killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kronos_desktop.store import LocalStore
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import Progress, SyncSteps


class _Token:
    def __init__(self, token: str) -> None:
        self.token = token

    def get_token(self) -> str:
        return self.token

    def on_unauthorized(self) -> None:
        pass


def main() -> None:
    folder, base = Path(sys.argv[1]), sys.argv[2]
    store = LocalStore.open(folder)
    steps = SyncSteps(LocalSync(store), HttpTransport(base, _Token(os.environ["KRONOS_TEST_TOKEN"])))

    def progress(p: Progress) -> None:
        if p.phase == "apply" and p.done >= 2:
            print("APPLYING", flush=True)
            time.sleep(120)  # killed here, mid-transaction

    steps.pull(limit=1, progress=progress)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
