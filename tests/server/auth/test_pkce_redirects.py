"""PKCE S256 and RFC 8252 §7.3 loopback redirect matching."""

from __future__ import annotations

import pytest

from kronos_server.auth import pkce
from kronos_server.auth.redirects import DESKTOP_CLIENT, allowed_redirect, matches

REGISTERED = "http://127.0.0.1/callback"


def test_rfc7636_appendix_b_example() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert pkce.challenge_for(verifier) == challenge
    assert pkce.verify(verifier, challenge)


@pytest.mark.parametrize(
    "verifier",
    [
        "x" * 42,  # too short
        "x" * 129,  # too long
        "a" * 42 + " ",  # not unreserved
        "a" * 42 + "=",
    ],
)
def test_malformed_verifiers_are_refused(verifier: str) -> None:
    assert not pkce.verify(verifier, pkce.challenge_for(verifier))


def test_mismatched_verifier_is_refused() -> None:
    assert not pkce.verify("a" * 43, pkce.challenge_for("b" * 43))


def test_plain_challenge_is_not_a_valid_s256_challenge() -> None:
    verifier = "a" * 50
    assert not pkce.valid_challenge(verifier)
    assert not pkce.verify(verifier, verifier)


@pytest.mark.parametrize(
    "candidate",
    [
        "http://127.0.0.1/callback",
        "http://127.0.0.1:1/callback",
        "http://127.0.0.1:49152/callback",
        "http://127.0.0.1:65535/callback",
    ],
)
def test_any_loopback_port_is_accepted(candidate: str) -> None:
    assert matches(REGISTERED, candidate)
    assert allowed_redirect(DESKTOP_CLIENT, candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "http://localhost:5000/callback",  # names can be re-pointed; RFC 8252 §8.3
        "http://127.0.0.2:5000/callback",
        "http://[::1]:5000/callback",
        "https://127.0.0.1:5000/callback",
        "http://127.0.0.1:5000/other",
        "http://127.0.0.1:5000/callback/",
        "http://127.0.0.1:5000/callback/../callback",
        "http://127.0.0.1:5000/Callback",
        "http://127.0.0.1:5000/callback?x=1",
        "http://127.0.0.1:5000/callback#frag",
        "http://127.0.0.1:0/callback",
        "http://127.0.0.1:65536/callback",
        "http://127.0.0.1:99999/callback",
        "http://127.0.0.1:+80/callback",
        "http://127.0.0.1:/callback",
        "http://user@127.0.0.1:5000/callback",
        "http://127.0.0.1:5000@evil.example/callback",
        "http://evil.example#@127.0.0.1/callback",
        "http://127.0.0.1.evil.example/callback",
        "http://127.0.0.1\\@evil.example/callback",
        "http://127.0.0.1:5000/call back",
        "http://127.0.0.1:5000/callback\n",
        "//127.0.0.1:5000/callback",
        "javascript:alert(1)//127.0.0.1/callback",
        "http://2130706433/callback",
        "http://0x7f.0.0.1/callback",
        "http://127.1/callback",
        "",
        "http://127.0.0.1:5000/" + "a" * 600,
    ],
)
def test_other_hosts_paths_and_tricks_are_refused(candidate: str) -> None:
    assert not matches(REGISTERED, candidate)
    assert not allowed_redirect(DESKTOP_CLIENT, candidate)


def test_non_loopback_registrations_match_exactly() -> None:
    assert matches("https://app.example/cb", "https://app.example/cb")
    assert not matches("https://app.example/cb", "https://app.example:444/cb")
