"""A desk in a process of its own, for a test that kills it (``kill -9``) while it waits for the
answer to its push.

``python -m tests.server.desk_live.push_child FOLDER BASE_URL`` with the access token in
``KRONOS_TEST_TOKEN``: opens the desk's file, prints ``PUSHING``, pushes what is pending and
prints ``PUSHED`` (a test that kills it never sees that).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kronos_desktop.store import LocalStore
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import SyncSteps
from tests.desk_sync.desk_child import _Token


def main() -> None:
    folder, base = Path(sys.argv[1]), sys.argv[2]
    store = LocalStore.open(folder)
    transport = HttpTransport(base, _Token(os.environ["KRONOS_TEST_TOKEN"]))
    print("PUSHING", flush=True)
    step = SyncSteps(LocalSync(store), transport).push()
    print("PUSHED", step.value, flush=True)


if __name__ == "__main__":
    main()
