"""The demo's multi-session projects: a few sessions of one client with one artist, a healing
interval apart, linked to their project (``project.create``, then ``appointment.book`` with its
``project_id``); a project whose last session is done is finished (``project.update``)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from kronos_core.demo.applier import Applier
from kronos_core.demo.team import Team
from kronos_core.mutations.projects import ProjectCreate, ProjectUpdate
from kronos_core.roles import Role

NEW_SHARE = 0.03  # of an artist's sessions, when they have no project going, starts one
NEXT_SHARE = 0.6  # of an artist's sessions, once the project has healed, is its next
HEALING_DAYS = (21, 21, 28, 30)
_MINUTE = dt.timedelta(minutes=1)


@dataclass
class _Going:
    project_id: uuid.UUID
    client_id: uuid.UUID
    left: int  # sessions still to book
    next_from: dt.datetime  # healed by then


class Projects:
    """Per artist, at most one project going; sessions join it as it heals."""

    def __init__(self, applier: Applier, team: Team, rng: random.Random) -> None:
        self._applier, self._team, self._rng = applier, team, rng
        self._going: dict[int, _Going] = {}

    def session(
        self, artist: int, client_id: uuid.UUID, title: str, created: dt.datetime, starts: dt.datetime
    ) -> tuple[uuid.UUID, uuid.UUID | None, bool]:
        """The client and project of a session of ``artist`` starting at ``starts`` (booked at
        ``created``), and whether it is its project's last: the next session of the artist's
        project once it has healed, now and then the first of a new one, mostly none."""
        rng, going = self._rng, self._going.get(artist)
        if going is not None:
            if starts < going.next_from or rng.random() >= NEXT_SHARE:
                return client_id, None, False
            going.left -= 1
            healing = dt.timedelta(days=rng.choice(HEALING_DAYS))
            going.next_from = starts + healing
            if going.left == 0:
                del self._going[artist]
            return going.client_id, going.project_id, going.left == 0
        if rng.random() >= NEW_SHARE:
            return client_id, None, False
        project_id = self._applier.new_id(created - _MINUTE)
        days = rng.choice(HEALING_DAYS)
        args = ProjectCreate(
            project_id=project_id,
            client_id=client_id,
            artist_id=self._team.artists[artist].staff_id,
            title=title,
            healing_days=days,
        )
        by = self._team.receptionist_id
        self._applier.act("project.create", args, by=by, role=Role.RECEPTIONIST, at=created - _MINUTE)
        self._going[artist] = _Going(project_id, client_id, rng.randint(1, 3), starts + dt.timedelta(days=days))
        return client_id, project_id, False

    def finish(self, project_id: uuid.UUID, at: dt.datetime) -> None:
        """The project's last session is done."""
        args = ProjectUpdate(project_id=project_id, status="finished")
        self._applier.act("project.update", args, by=self._team.receptionist_id, role=Role.RECEPTIONIST, at=at)
