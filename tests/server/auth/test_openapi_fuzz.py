"""The OpenAPI document describes every endpoint, and schemathesis finds no server error in any.

Requests go to the ASGI app in process (real PostgreSQL underneath, the app's ordinary role),
each with a valid access token of an owner's desk. The event stream (``/v1/sync/events``)
never ends and is left out. A fixed budget of examples per operation keeps the run short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import MadeStudio

EXCLUDED_PATHS = ("/v1/sync/events",)


@pytest.fixture
def owner_token(client: TestClient, make_studio: Callable[..., MadeStudio]) -> str:
    studio = make_studio("Fuzz")
    token: str = sign_in(client, studio.email, studio.password)["access_token"]
    return token


@pytest.fixture
def api_schema(server_app: FastAPI, client: TestClient) -> OpenApiSchema:
    schema = schemathesis.openapi.from_asgi("/openapi.json", server_app)
    for path in EXCLUDED_PATHS:
        schema = schema.exclude(path=path)
    return schema


def test_every_route_is_in_the_openapi_document(server_app: FastAPI, client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    documented = {(method.upper(), path) for path, item in document["paths"].items() for method in item}
    routes = {
        (method, route.path)
        for route in server_app.routes
        if isinstance(route, APIRoute) and route.include_in_schema
        for method in route.methods
        if method != "HEAD"
    }
    assert routes <= documented
    for path in ("/oauth/token", "/oauth/revoke", "/oauth/authorize", "/.well-known/oauth-authorization-server"):
        assert path in document["paths"]
    assert document["components"]["securitySchemes"]["DeskToken"]["scheme"] == "bearer"


EXAMPLES_PER_OPERATION = 25


def _fuzz(operation: Any, mode: GenerationMode, token: str) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
    )
    def run(case: Any) -> None:
        response = case.call(headers=bearer(token))
        assert response.status_code < 500, (response.status_code, response.text[:300])
        if mode is GenerationMode.POSITIVE and not case.path.startswith(("/oauth", "/.well-known")):
            assert response.status_code != 401, response.text[:300]

    run()


def test_no_server_error(api_schema: OpenApiSchema, owner_token: str) -> None:
    """Valid and invalid inputs for every operation: never a 5xx; valid ones with the token never
    get a 401 outside /oauth (whose endpoints take no bearer token). Invalid ones may drop or
    mangle the token itself, and then 401 is the right answer."""
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 13
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz(operation, mode, owner_token)
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to make invalid (no parameters, no body)
            except Exception as exc:  # collect every operation's failure, then report them all
                failures.append(f"{operation.label} [{mode.value}]: {exc!r}"[:800])
    assert not failures, "\n".join(failures)
