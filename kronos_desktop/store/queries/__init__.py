"""The desk's reads, one module a feature (row classes beside their queries): ``agenda``,
``clients`` (and its search index, ``client_index``), ``checkout``, ``desk``; ``reader`` holds
the read-only connection the views get. Plain Python (no Qt), tested without a screen."""

from kronos_desktop.store.queries.reader import Reader

__all__ = ["Reader"]
