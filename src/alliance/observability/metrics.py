"""Prometheus metrics for every Alliance process (web, worker): labels are templates, names and levels, never ids.

One process: the default registry. Several (uvicorn workers, `alliance worker`s on one host): set
PROMETHEUS_MULTIPROC_DIR to an empty folder shared by them *before* they start; each process writes its counters
there and `/metrics` on any web process adds them up (prometheus_client's multiprocess mode). `alliance stack`
does this for you. The job queue's depth and oldest job age are read from the queue at scrape time.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import threading
import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
MODEL_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0)
SCREEN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)

HTTP_REQUESTS = Counter("alliance_http_requests", "HTTP requests by method, route template and status",
                        ["method", "route", "status"])
HTTP_LATENCY = Histogram("alliance_http_request_duration_seconds",
                         "Time from the request's arrival to its last response byte", ["method", "route"],
                         buckets=LATENCY_BUCKETS)
JOBS = Counter("alliance_jobs", "Jobs that ended, by task name and outcome (ok, error, timeout, ...)",
               ["task", "outcome"])
JOB_LATENCY = Histogram("alliance_job_duration_seconds", "Time a job ran", ["task"], buckets=MODEL_BUCKETS)
MODEL_LATENCY = Histogram("alliance_model_call_duration_seconds", "Model calls through the gateway",
                          ["purpose", "provider", "outcome"], buckets=MODEL_BUCKETS)
MODEL_TOKENS = Counter("alliance_model_tokens", "Tokens read (prompt) and written (completion) by purpose",
                       ["purpose", "direction"])
SCREEN_LATENCY = Histogram("alliance_safety_screen_duration_seconds", "The crisis screen on one client text",
                           buckets=SCREEN_BUCKETS)
ALERTS = Counter("alliance_safety_alerts_raised", "Risk alerts raised, by level", ["level"])


def multiprocess_dir() -> str | None:
    """The shared metrics folder when several processes report together."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


# --- the job queue, read at scrape time ------------------------------------------------------------------


class QueueCollector(Collector):
    """`alliance_jobs_queue_depth` and `alliance_jobs_oldest_age_seconds`, asked of huey when scraped."""

    def collect(self) -> Any:
        from alliance.jobs.queue import huey, oldest_pending_age

        depth = GaugeMetricFamily("alliance_jobs_queue_depth", "Jobs waiting in the queue (not yet started)")
        age = GaugeMetricFamily("alliance_jobs_oldest_age_seconds",
                                "How long the oldest waiting job has waited (0 when none waits)")
        up = GaugeMetricFamily("alliance_jobs_queue_up", "1 when the queue answered this scrape")
        try:
            depth.add_metric([], float(huey.pending_count()))
            age.add_metric([], float(oldest_pending_age() or 0.0))
            up.add_metric([], 1.0)
        except Exception:  # noqa: BLE001 - a scrape must not fail because the queue is down
            up.add_metric([], 0.0)
            return [up]
        return [depth, age, up]


_queue_collector = QueueCollector()
_registered = False
_lock = threading.Lock()


def _ensure_queue_collector() -> None:
    global _registered
    with _lock:
        if not _registered and multiprocess_dir() is None:
            REGISTRY.register(_queue_collector)
        _registered = True


def exposition() -> tuple[bytes, str]:
    """The metrics text and its content type: this process's, or every process's in multiprocess mode."""
    path = multiprocess_dir()
    if path is None:
        _ensure_queue_collector()
        return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
    from prometheus_client import multiprocess

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=path)
    registry.register(_queue_collector)
    return generate_latest(registry), CONTENT_TYPE_LATEST


def allowed(peer: str | None, authorization: str | None, token: str | None) -> bool:
    """Whether a scrape may read /metrics: from the loopback address, or with the bearer token when one is set."""
    if token and authorization and authorization.lower().startswith("bearer "):
        if hmac.compare_digest(authorization[7:].strip().encode(), token.encode()):
            return True
    if not peer:
        return False
    try:
        return ipaddress.ip_address(peer.strip("[]")).is_loopback
    except ValueError:
        return False


# --- hooks ------------------------------------------------------------------------------------------------


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    """Count one HTTP request (route is the template, e.g. /clients/{client_id})."""
    HTTP_REQUESTS.labels(method, route, str(status)).inc()
    HTTP_LATENCY.labels(method, route).observe(seconds)


def observe_screen(seconds: float) -> None:
    """One crisis screen's duration."""
    SCREEN_LATENCY.observe(seconds)


def alert_raised(level: str) -> None:
    """One risk alert raised."""
    ALERTS.labels(str(level)).inc()


def _model_sink(record: Any) -> None:
    MODEL_LATENCY.labels(record.purpose, record.provider, record.outcome).observe(record.latency_ms / 1000.0)
    if record.prompt_tokens:
        MODEL_TOKENS.labels(record.purpose, "prompt").inc(record.prompt_tokens)
    if record.completion_tokens:
        MODEL_TOKENS.labels(record.purpose, "completion").inc(record.completion_tokens)


def install_model_metrics() -> None:
    """Every gateway call record of this process feeds the model metrics (latency, tokens by purpose)."""
    from alliance.llm.records import add_call_sink

    add_call_sink(_model_sink)


_started = threading.local()
_ENDED = {"complete": "ok", "error": "error", "timeout": "timeout", "canceled": "canceled",
          "interrupted": "interrupted", "locked": "locked", "rate-limited": "rate_limited"}


def install_job_metrics(huey: Any) -> None:
    """Count jobs by task and outcome, and time them, through huey's signals (in whichever process runs them)."""
    from huey import signals

    @huey.signal(signals.SIGNAL_EXECUTING)
    def _executing(signal: str, task: Any, *args: Any, **kwargs: Any) -> None:
        _started.at = time.perf_counter()

    @huey.signal(*_ENDED)
    def _ended(signal: str, task: Any, *args: Any, **kwargs: Any) -> None:
        name = getattr(task, "name", None) or type(task).__name__
        JOBS.labels(name, _ENDED[signal]).inc()
        started = getattr(_started, "at", None)
        if started is not None and signal in ("complete", "error", "timeout"):
            JOB_LATENCY.labels(name).observe(time.perf_counter() - started)
            _started.at = None
