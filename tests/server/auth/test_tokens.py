"""JWT access tokens: pinned HS256, required claims, exp/aud/iss with leeway; opaque secrets."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import warnings

import jwt
import pytest
from jwt.warnings import InsecureKeyLengthWarning

from kronos_core.roles import Role
from kronos_server.auth.tokens import (
    CODE_KIND,
    LEEWAY_S,
    REFRESH_KIND,
    AccessTokens,
    InvalidToken,
    derive_key,
    new_opaque,
    opaque_studio,
    sha256_hex,
)

SECRET = b"s" * 48
ISS = "https://kronos.example"
AUD = "kronos-desk"


@pytest.fixture
def tokens() -> AccessTokens:
    return AccessTokens(SECRET, issuer=ISS, audience=AUD, ttl_s=900)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _issue(tokens: AccessTokens, *, now: dt.datetime | None = None) -> str:
    return tokens.issue(
        staff_id=uuid.uuid4(), studio_id=uuid.uuid4(), desk_id=uuid.uuid4(), role=Role.MANAGER, now=now or _now()
    )


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_round_trip_carries_studio_desk_staff_and_role(tokens: AccessTokens) -> None:
    staff, studio, desk = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    token = tokens.issue(staff_id=staff, studio_id=studio, desk_id=desk, role=Role.OWNER, now=_now())
    claims = tokens.verify(token)
    assert (claims.staff_id, claims.studio_id, claims.desk_id, claims.role) == (staff, studio, desk, Role.OWNER)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "at+jwt"}
    raw = jwt.decode(token, options={"verify_signature": False})
    assert set(raw) == {"iss", "aud", "sub", "studio", "desk", "role", "exp", "iat", "jti"}
    assert raw["exp"] - raw["iat"] == 900


def test_expired_token_is_refused_beyond_the_leeway(tokens: AccessTokens) -> None:
    with pytest.raises(InvalidToken):
        tokens.verify(_issue(tokens, now=_now() - dt.timedelta(seconds=900 + LEEWAY_S + 5)))
    # Within the leeway it still passes (clock skew between server processes).
    tokens.verify(_issue(tokens, now=_now() - dt.timedelta(seconds=900 + LEEWAY_S - 10)))


def test_other_audience_issuer_or_secret_is_refused(tokens: AccessTokens) -> None:
    token = _issue(tokens)
    for other in (
        AccessTokens(SECRET, issuer=ISS, audience="another", ttl_s=900),
        AccessTokens(SECRET, issuer="https://evil.example", audience=AUD, ttl_s=900),
        AccessTokens(b"t" * 48, issuer=ISS, audience=AUD, ttl_s=900),
    ):
        with pytest.raises(InvalidToken):
            other.verify(token)


def test_alg_none_is_refused(tokens: AccessTokens) -> None:
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    forged = _b64({"alg": "none", "typ": "at+jwt"}) + "." + _b64(claims) + "."
    with pytest.raises(InvalidToken):
        tokens.verify(forged)


def test_another_algorithm_with_the_same_key_is_refused(tokens: AccessTokens) -> None:
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    key = derive_key(SECRET, "access-token")
    for alg in ("HS384", "HS512"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", InsecureKeyLengthWarning)  # the forger does not care
            forged = jwt.encode(claims, key, algorithm=alg, headers={"typ": "at+jwt"})
        with pytest.raises(InvalidToken):
            tokens.verify(forged)


def test_public_key_switch_is_refused(tokens: AccessTokens) -> None:
    """The classic confusion: an RS256 header, hoping the verifier uses its HMAC secret as a public key."""
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    header = _b64({"alg": "RS256", "typ": "at+jwt"})
    forged = header + "." + _b64(claims) + "." + base64.urlsafe_b64encode(b"x" * 256).rstrip(b"=").decode()
    with pytest.raises(InvalidToken):
        tokens.verify(forged)


def test_tampered_claims_are_refused(tokens: AccessTokens) -> None:
    header, _payload, signature = _issue(tokens).split(".")
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    claims["role"] = "owner"
    with pytest.raises(InvalidToken):
        tokens.verify(f"{header}.{_b64(claims)}.{signature}")


def test_a_token_of_another_kind_signed_with_the_raw_secret_is_refused(tokens: AccessTokens) -> None:
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    with pytest.raises(InvalidToken):
        tokens.verify(jwt.encode(claims, SECRET, algorithm="HS256", headers={"typ": "at+jwt"}))
    # Right key, wrong typ.
    with pytest.raises(InvalidToken):
        tokens.verify(jwt.encode(claims, derive_key(SECRET, "access-token"), algorithm="HS256"))


@pytest.mark.parametrize("missing", ["exp", "aud", "iss", "sub", "studio", "desk", "role", "jti", "iat"])
def test_every_claim_is_required(tokens: AccessTokens, missing: str) -> None:
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    del claims[missing]
    token = jwt.encode(claims, derive_key(SECRET, "access-token"), algorithm="HS256", headers={"typ": "at+jwt"})
    with pytest.raises(InvalidToken):
        tokens.verify(token)


@pytest.mark.parametrize(("claim", "value"), [("sub", "not-a-uuid"), ("role", "superuser"), ("studio", 42)])
def test_malformed_claim_values_are_refused(tokens: AccessTokens, claim: str, value: object) -> None:
    claims = jwt.decode(_issue(tokens), options={"verify_signature": False})
    claims[claim] = value
    token = jwt.encode(claims, derive_key(SECRET, "access-token"), algorithm="HS256", headers={"typ": "at+jwt"})
    with pytest.raises(InvalidToken):
        tokens.verify(token)


@pytest.mark.parametrize("garbage", ["", "a.b.c", "x" * 5000, "....", "eyJhbGciOiJIUzI1NiJ9"])
def test_garbage_is_refused(tokens: AccessTokens, garbage: str) -> None:
    with pytest.raises(InvalidToken):
        tokens.verify(garbage)


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        AccessTokens(b"short", issuer=ISS, audience=AUD, ttl_s=900)


def test_opaque_secrets_name_their_studio_and_are_stored_hashed() -> None:
    studio = uuid.uuid4()
    code = new_opaque(CODE_KIND, studio)
    assert opaque_studio(CODE_KIND, code) == studio
    assert opaque_studio(REFRESH_KIND, code) is None  # a code is not a refresh token
    assert new_opaque(CODE_KIND, studio) != code
    assert len(sha256_hex(code)) == 64
    for bad in ("", "kc1", "kc1.zz.abc", f"kc1.{studio.hex}.short", f"kc1.{'g' * 32}.{'a' * 43}", "x" * 1000):
        assert opaque_studio(CODE_KIND, bad) is None
