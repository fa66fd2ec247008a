"""The desk's sync with the central server: push, pull, rebase (plain Python, no Qt).

``local`` keeps the sync's state in the desk's SQLite file (``state``: the replica and the
outbox read back; ``pages``: a pull's pages); ``rebase`` applies a pull on top of the pending
changes, and ``first_download`` applies a first download's pages as they come; ``client`` runs
the protocol's steps (``fetch_ahead`` fetches the next pages while the desk writes); ``engine``
runs them on its own thread with timers, retries and the server's events; ``adapter`` turns the
engine's events into Qt signals.
"""
