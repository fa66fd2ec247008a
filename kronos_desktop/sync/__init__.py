"""The desk's sync with the central server: push, pull, rebase (plain Python, no Qt).

``local`` keeps the sync's state in the desk's SQLite file (``state``: the replica and the
outbox read back; ``pages``: a pull's pages); ``rebase`` applies a pull on top of the pending
changes, and ``first_download`` applies a first download's pages as they come; ``client`` runs
the protocol's steps (``fetch_ahead`` fetches the next pages while the desk writes); ``engine``
runs them on its own thread with timers, retries and the server's events. Nothing here imports
Qt, the user actions (``ops``) or the views (``ui``): the engine's thin Qt adapter, which turns
its events into signals, is ``kronos_desktop.ui.sync.adapter`` (tests/desktop/test_sync_layering.py
holds this).
"""
