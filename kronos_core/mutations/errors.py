"""Why a mutation does not apply: the errors every side catches (the desk's dialogs, the
server's push), in a module of their own so that catching one imports nothing else of the
mutations (kronos_core/mutations/__init__.py)."""

from __future__ import annotations

from collections.abc import Mapping


class MutationError(Exception):
    """A mutation that cannot apply. ``code`` is stable; ``message`` is English, for logs and
    the server's records. ``params`` fill the desk's translated text for ``code``
    (kronos_desktop/ui/common/refusals.py), so a person reads the refusal in their language."""

    code: str = "rejected"  # per class; an instance narrows it (e.g. "duplicate_id")

    def __init__(self, message: str, *, code: str | None = None, params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params: dict[str, str] = dict(params or {})


class InvalidArguments(MutationError):
    code = "invalid_arguments"


class NotAllowed(MutationError):
    code = "not_allowed"


class NotFound(MutationError):
    code = "not_found"


class StaleTarget(MutationError):
    code = "stale_target"


class UnknownMutation(MutationError):
    code = "unknown_mutation"
