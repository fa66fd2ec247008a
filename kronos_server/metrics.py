"""Prometheus metrics of the server, and ``/metrics``.

With several worker processes, Prometheus's multiprocess mode is on when
``PROMETHEUS_MULTIPROC_DIR`` is set *before* this module (prometheus_client) is imported; the
``serve`` command sets up a fresh directory for that. ``/metrics`` then aggregates every
worker's files. Labels stay bounded: ``route`` is the route template (``/v1/things/{id}``),
never the raw path, and requests that match no route share one label.

Every metric the Grafana dashboard (deploy/grafana) queries is listed in :data:`EXPORTED`;
a test checks that each appears in ``/metrics``.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
UNMATCHED_ROUTE = "<unmatched>"

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "kronos_http_requests",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "kronos_http_request_duration_seconds",
    "Time to answer an HTTP request (until the response is sent), by method and route template.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
HTTP_IN_PROGRESS = Gauge(
    "kronos_http_requests_in_progress",
    "HTTP requests being answered now.",
    multiprocess_mode="livesum",
)
AUTH_RESULTS = Counter(
    "kronos_auth_results",
    "Outcomes of authentication attempts (login, token, refresh, bearer checks), by result.",
    ["result"],
)
MUTATIONS = Counter(
    "kronos_mutations",
    "Mutations the server applied or refused, by mutation name and outcome.",
    ["name", "outcome"],
)
DB_READY = Gauge(
    "kronos_db_ready",
    "1 when the last readiness check reached the database at the current migration, else 0.",
    multiprocess_mode="livemostrecent",
)

# Series names as they appear in the exposition (counters gain _total, histograms _bucket...).
EXPORTED: tuple[str, ...] = (
    "kronos_http_requests_total",
    "kronos_http_request_duration_seconds_bucket",
    "kronos_http_request_duration_seconds_sum",
    "kronos_http_request_duration_seconds_count",
    "kronos_http_requests_in_progress",
    "kronos_auth_results_total",
    "kronos_mutations_total",
    "kronos_db_ready",
)


def multiprocess_enabled() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


def record_auth_result(result: str) -> None:
    """Count one authentication outcome, e.g. ``login_ok``, ``login_bad_password``, ``locked``,
    ``token_ok``, ``refresh_reused``, ``bearer_invalid``. Keep the set of values small and fixed."""
    AUTH_RESULTS.labels(result=result).inc()


def record_mutation(name: str, outcome: str) -> None:
    MUTATIONS.labels(name=name, outcome=outcome).inc()


def record_request(method: str, route: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(method=method, route=route, status=str(status)).inc()
    HTTP_DURATION.labels(method=method, route=route).observe(seconds)


def set_db_ready(ready: bool) -> None:
    DB_READY.set(1 if ready else 0)


def exposition() -> tuple[bytes, str]:
    """The metrics text and its content type (every worker's, in multiprocess mode)."""
    if multiprocess_enabled():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def mark_process_dead(pid: int | None = None) -> None:
    """Forget a finished worker's live gauges (multiprocess mode only)."""
    if multiprocess_enabled():
        multiprocess.mark_process_dead(pid if pid is not None else os.getpid())  # type: ignore[no-untyped-call]
