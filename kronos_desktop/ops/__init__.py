"""User actions → mutations on the writer thread, with outcomes back as Qt signals."""

from kronos_desktop.ops.runner import Hub, MutationOp, OpRunner

__all__ = ["Hub", "MutationOp", "OpRunner"]
