"""The HTTP surface: problem documents for every error, body limits, closed CORS, request ids,
access logs and metrics."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families
from pydantic import BaseModel, SecretStr
from sqlalchemy import text

from kronos_server.app import create_app
from kronos_server.logs import JsonFormatter, request_id_var
from tests.server.conftest import CentralDb, TestClient

DASHBOARD = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "kronos-dashboard.json"
PROBLEM = "application/problem+json"


class Thing(BaseModel):
    name: str
    count: int


@pytest.fixture
def app_with_probes(central_db: CentralDb) -> Iterator[FastAPI]:
    """The real app plus a few routes that take JSON and fail on purpose."""
    app = create_app(central_db.settings.model_copy(update={"max_body_bytes": 1024}))

    @app.post("/probe/things/{thing_id}")
    def post_thing(thing_id: int, thing: Thing) -> dict[str, object]:
        return {"id": thing_id, "name": thing.name}

    @app.post("/probe/store")
    def store(thing: Thing) -> dict[str, object]:
        # writes what it is given, unchecked: the database is the last word
        insert = text("INSERT INTO login_throttle (key, window_started_at) VALUES (:key, now())")
        with app.state.db.unscoped() as conn:
            for _ in range(thing.count):
                conn.execute(insert, {"key": thing.name})
        return {}

    @app.get("/probe/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    yield app
    app.state.db.dispose()


@pytest.fixture
def probe(app_with_probes: FastAPI) -> Iterator[TestClient]:
    with TestClient(app_with_probes) as client:
        yield client


def _is_problem(response: object, status: int) -> dict[str, object]:
    from httpx import Response

    assert isinstance(response, Response)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert isinstance(body["title"], str)
    assert "type" in body
    return dict(body)


def test_a_valid_request_passes(probe: TestClient) -> None:
    response = probe.post("/probe/things/7", json={"name": "agulha", "count": 3})
    assert response.status_code == 200
    assert response.json() == {"id": 7, "name": "agulha"}


def test_malformed_json_is_a_400_problem(probe: TestClient) -> None:
    response = probe.post("/probe/things/7", content=b'{"name": "x", ', headers={"content-type": "application/json"})
    body = _is_problem(response, 400)
    assert body["title"] == "Malformed JSON"


def test_a_body_of_the_wrong_shape_is_a_422_problem_without_the_input(probe: TestClient) -> None:
    response = probe.post("/probe/things/7", json={"name": "hunter2-password", "count": "many"})
    body = _is_problem(response, 422)
    assert "hunter2-password" not in response.text
    errors = body["errors"]
    assert isinstance(errors, list)
    assert {tuple(e["loc"]) for e in errors} == {("body", "count")}
    assert _is_problem(probe.post("/probe/things/not-a-number", json={"name": "x", "count": 1}), 422)


def test_a_body_over_the_limit_is_a_413_problem(probe: TestClient) -> None:
    big = {"name": "x" * 2000, "count": 1}
    body = _is_problem(probe.post("/probe/things/7", json=big), 413)
    assert "1024" in str(body["detail"])


def test_a_streamed_body_over_the_limit_is_a_413_problem(probe: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
        yield b'{"name": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'", "count": 1}'

    response = probe.post("/probe/things/7", content=chunks(), headers={"content-type": "application/json"})
    _is_problem(response, 413)


def test_a_bad_content_length_is_a_400_problem(app_with_probes: FastAPI) -> None:
    import asyncio

    sent: list[dict[str, object]] = []

    async def run() -> None:
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
            "path": "/probe/things/1", "raw_path": b"/probe/things/1", "query_string": b"", "root_path": "",
            "headers": [(b"content-length", b"-5"), (b"content-type", b"application/json")],
            "client": ("127.0.0.1", 1234), "server": ("testserver", 80), "scheme": "http",
        }  # fmt: skip

        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, object]) -> None:
            sent.append(message)

        await app_with_probes(scope, receive, send)

    asyncio.run(run())
    assert sent[0]["status"] == 400


def test_values_the_database_refuses_are_4xx_problems(probe: TestClient) -> None:
    body = _is_problem(probe.post("/probe/store", json={"name": "nul\u0000byte", "count": 1}), 422)
    assert body["title"] == "Unstorable Value"
    _is_problem(probe.post("/probe/store", json={"name": "x" * 301, "count": 1}), 422)  # too long
    _is_problem(probe.post("/probe/store", json={"name": "dup-key", "count": 2}), 409)  # duplicate key


def test_unknown_routes_and_methods_are_problems(probe: TestClient) -> None:
    _is_problem(probe.get("/no/such/thing"), 404)
    _is_problem(probe.delete("/healthz"), 405)


def test_an_unexpected_error_is_a_500_problem_without_a_traceback(
    probe: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="kronos_server.errors"):
        response = probe.get("/probe/boom", headers={"X-Request-ID": "boom-1"})
    body = _is_problem(response, 500)
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert body["request_id"] == "boom-1"
    assert any(r.exc_info for r in caplog.records), "the traceback goes to the log"


def test_cors_stays_closed(probe: TestClient) -> None:
    simple = probe.get("/healthz", headers={"Origin": "https://evil.example"})
    assert simple.status_code == 200
    assert not [h for h in simple.headers if h.lower().startswith("access-control-")]
    preflight = probe.options(
        "/probe/things/1",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    _is_problem(preflight, 403)
    assert not [h for h in preflight.headers if h.lower().startswith("access-control-")]


def test_the_request_id_is_echoed_or_made(probe: TestClient) -> None:
    assert probe.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    made = probe.get("/healthz", headers={"X-Request-ID": "no spaces\tor tabs please"}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    assert re.fullmatch(r"[0-9a-f]{32}", probe.get("/healthz").headers["x-request-id"])
    assert probe.get("/nope").headers["x-request-id"]  # on errors too


def test_access_log_lines_are_json_with_the_request_id(probe: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kronos.access"):
        probe.post("/probe/things/7", json={"name": "x", "count": 1}, headers={"X-Request-ID": "req-42"})
    (record,) = [r for r in caplog.records if r.name == "kronos.access"]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "req-42"
    assert line["route"] == "/probe/things/{thing_id}"
    assert line["status"] == 200
    assert line["method"] == "POST"
    assert isinstance(line["duration_ms"], float)


def test_json_formatter_carries_context_and_exceptions() -> None:
    token = request_id_var.set("ctx-1")
    try:
        try:
            raise ValueError("bad")
        except ValueError:
            record = logging.getLogger("kronos_server.test").makeRecord(
                "kronos_server.test", logging.ERROR, __file__, 1, "oops %s", ("there",), exc_info=sys.exc_info()
            )
            record.__dict__["extra_field"] = 5
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line["message"] == "oops there"
    assert line["request_id"] == "ctx-1"
    assert line["extra_field"] == 5
    assert "ValueError: bad" in line["exception"]


def _exposition(client: TestClient) -> dict[str, set[str]]:
    """Family name -> sample names present in /metrics (a family may have no samples yet)."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {f.name: {s.name for s in f.samples} for f in text_string_to_metric_families(response.text)}


def _dashboard_metrics() -> set[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", [])]
    assert exprs, "the dashboard has no queries?"
    selectors: set[str] = set()
    for expr in exprs:
        selectors |= set(re.findall(r"([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{\[]", expr))
        selectors |= set(re.findall(r"\b(kronos_[a-z0-9_]+)\b", expr))
    return selectors


def test_every_metric_of_the_dashboard_is_exported(probe: TestClient) -> None:
    probe.get("/healthz")
    probe.get("/readyz")
    families = _exposition(probe)
    wanted = _dashboard_metrics()
    assert wanted, "no metrics found in the dashboard"
    for name in sorted(wanted):
        assert name.startswith("kronos_"), f"the dashboard queries {name}, which the server does not export"
        family = re.sub(r"_(total|bucket|sum|count|created)$", "", name)
        assert family in families or name in families, f"{name} is not in /metrics"
    # the request metrics have samples after a request, labelled by route template
    assert "kronos_http_requests_total" in families["kronos_http_requests"]
    assert "kronos_http_request_duration_seconds_bucket" in families["kronos_http_request_duration_seconds"]
    assert "kronos_db_ready" in families["kronos_db_ready"]


def test_request_metrics_are_labelled_by_route_template(probe: TestClient) -> None:
    probe.post("/probe/things/12345", json={"name": "x", "count": 1})
    probe.get("/no/such/path/12345")
    text = probe.get("/metrics").text
    assert 'route="/probe/things/{thing_id}"' in text
    assert "12345" not in text
    assert 'route="<unmatched>"' in text


def test_metrics_can_require_a_token(central_db: CentralDb) -> None:
    app = create_app(central_db.settings.model_copy(update={"metrics_token": SecretStr("s3cret-token")}))
    with TestClient(app) as client:
        _is_problem(client.get("/metrics"), 401)
        _is_problem(client.get("/metrics", headers={"Authorization": "Bearer wrong"}), 401)
        assert client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    app.state.db.dispose()
