"""Signing a desk in to the studio's server (plain Python, no Qt).

- :mod:`credentials`: the one class that holds the tokens (refresh token in the OS keyring,
  access token in memory; allow-listed keyring backends only).
- :mod:`oauth`: the OAuth 2.0 client for native apps (RFC 8252): discovery, PKCE,
  the loopback redirect, code exchange, refresh and revocation.
- :mod:`session`: :class:`~kronos_desktop.auth.session.DeskSession`, which keeps the desk
  signed in (scheduled refresh, refresh on wake and on 401) and is the token provider the sync
  engine calls.
- :mod:`desk_link`: the connection (server, studio, desk, who enrolled it) kept in the
  replica row of the desk's database.

Errors carry a kind (:mod:`errors`) rather than text: the interface turns each kind into a
sentence in the person's language.
"""
