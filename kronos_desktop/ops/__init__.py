"""User actions → mutations on the writer thread, with outcomes back as Qt signals."""

from kronos_desktop.ops.runner import MutationOp, OpRunner

__all__ = ["MutationOp", "OpRunner"]
