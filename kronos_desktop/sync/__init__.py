"""The desk's sync with the central server: push, pull, rebase (plain Python, no Qt).

``local`` keeps the sync's state in the desk's SQLite file and does the rebase; ``client`` runs
the protocol's steps; ``engine`` runs them on its own thread with timers, retries and the
server's events; ``adapter`` turns the engine's events into Qt signals.
"""
