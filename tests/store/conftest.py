from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from kronos_desktop.store import LocalStore


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    """A standalone desk's store on a real file, with its studio set up."""
    s = LocalStore.open(tmp_path / "data")
    state = s.ensure_identity()
    s.apply(
        "studio.setup",
        {
            "studio_id": str(state.studio_id),
            "name": "Estúdio Teste",
            "owner_staff_id": str(uuid.uuid4()),
            "owner_name": "Marina Costa",
        },
    )
    yield s
    s.close()
