"""The FastAPI application factory."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from alliance import __version__
from alliance.config import Settings, get_settings
from alliance.db.session import get_engine, get_sessionmaker
from alliance.observability.middleware import ObservabilityMiddleware
from alliance.web import errors
from alliance.web.headers import SecurityHeaders
from alliance.web.i18n import LanguageMiddleware
from alliance.web.limits import BodyLimit, LargeBody, MiB
from alliance.web.templates import templates

API_ROUTERS = [
    "alliance.accounts.api",
    "alliance.practices.api",
    "alliance.clients.api",
    "alliance.consent.api",
    "alliance.appointments.api",
    "alliance.security.api",
    "alliance.safety.api",
    "alliance.llm.api",
    "alliance.measures.api",
    "alliance.notes.api",
    "alliance.messaging.api",
    "alliance.companion.api",
    "alliance.companion.flow_api",
    "alliance.homework.api",
    "alliance.intake.api",
    "alliance.intake.fhir_api",
    "alliance.brief.api",
    "alliance.plans.api",
    "alliance.insights.api",
    "alliance.insights.ai_api",
]
PAGE_ROUTERS = [
    "alliance.accounts.pages",
    "alliance.clients.pages",
    "alliance.appointments.pages",
    "alliance.consent.pages",
    "alliance.practices.pages",
    "alliance.security.pages",
    "alliance.safety.pages",
    "alliance.llm.pages",
    "alliance.measures.pages",
    "alliance.notes.pages",
    "alliance.messaging.pages",
    "alliance.companion.pages",
    "alliance.companion.chat_pages",
    "alliance.companion.flow_pages",
    "alliance.companion.summary_pages",
    "alliance.homework.pages",
    "alliance.intake.public",
    "alliance.intake.pages",
    "alliance.intake.summary_pages",
    "alliance.brief.pages",
    "alliance.homework.reminder_pages",
    "alliance.plans.pages",
    "alliance.plans.draft_pages",
    "alliance.insights.pages",
    "alliance.insights.ai_pages",
    "alliance.web.today",
]


async def _checkpoint_audit_head(database_url: str) -> None:
    """On shutdown, sign the audit head so the entries of this run's last minute are covered too."""
    from alliance.security.audit import checkpoint_head

    try:
        async with get_sessionmaker(database_url)() as session:
            await checkpoint_head(session)
    except Exception as exc:  # noqa: BLE001 - shutting down must not fail; the minute job covers the rest
        logging.getLogger("alliance.web").warning("audit checkpoint at shutdown failed (%s)", type(exc).__name__)


def create_app(*, database_url: str | None = None, embedded_worker: bool = False, tune_gc: bool = False) -> FastAPI:
    """Build the app; `embedded_worker` runs the job queue in threads of this process (SQLite default); `tune_gc`
    loads the crisis screen, then freezes what start-up loaded out of the garbage collector's sight (served
    processes, web/startup.py)."""
    import importlib

    import alliance.db.models  # noqa: F401  (every table registered)
    from alliance.jobs.registry import import_all_tasks

    import_all_tasks()  # every domain's jobs registered with huey

    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from alliance.llm.records import remove_call_sink
        from alliance.llm.service import install_call_log, store_call

        from alliance.web.startup import restrict_data_files, warn_if_keys_beside_data

        restrict_data_files(settings)  # PHI at rest readable by its owner only, whatever made the files
        warn_if_keys_beside_data(settings)
        install_call_log()  # every model call this process makes is written to the call log
        from alliance.observability.metrics import install_model_metrics

        install_model_metrics()
        consumer = None
        if embedded_worker and not settings.redis_url:
            from alliance.jobs.queue import start_embedded_consumer

            consumer = start_embedded_consumer()
        if tune_gc:
            from alliance.web.startup import tune_gc as freeze_startup_objects
            from alliance.web.startup import warm_crisis_screen

            warm_crisis_screen()  # loaded before the freeze, so its tables are frozen with the rest
            freeze_startup_objects()
        try:
            yield
        finally:
            if consumer is not None:
                from alliance.jobs.queue import stop_embedded_consumer

                stop_embedded_consumer(consumer)
            remove_call_sink(store_call)
            await _checkpoint_audit_head(database_url)
            await get_engine(database_url).dispose()

    app = FastAPI(
        title="Alliance",
        version=__version__,
        description="AI for mental-health practices, under the clinician's control. JSON API under /api/v1.",
        lifespan=lifespan,
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.sessionmaker = get_sessionmaker(database_url)  # also read by BodyLimit's credential check
    app.state.templates = templates
    templates.env.auto_reload = settings.env == "development"  # no stat() of every template a page includes
    errors.install(app)
    for name in API_ROUTERS + PAGE_ROUTERS:
        app.include_router(importlib.import_module(name).router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        """Browsers ask for /favicon.ico whatever the page says: the same icon."""
        return FileResponse(Path(__file__).parent / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """Liveness: the process is up (no dependency is asked)."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], responses=errors.error_responses(503))
    async def readyz() -> JSONResponse:
        """Readiness: the database, the job queue and each purpose's model provider (observability/health.py)."""
        from alliance.observability import health

        ready, checks = await health.readiness(database_url)
        return JSONResponse(health.body(ready, checks), status_code=200 if ready else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint(request: Request) -> Response:
        """Prometheus metrics, from the loopback address or with ALLIANCE_METRICS_TOKEN as a bearer token."""
        from alliance.observability import metrics
        from alliance.web.deps import client_address

        token = settings.metrics_token.get_secret_value() if settings.metrics_token else None
        if not metrics.allowed(client_address(request), request.headers.get("authorization"), token):
            return JSONResponse({"error": "Forbidden", "detail": "Metrics are served to the loopback address or "
                                 "with the metrics token."}, status_code=403)
        payload, content_type = metrics.exposition()
        return Response(payload, media_type=content_type)

    app.add_middleware(BodyLimit, default=settings.max_body_bytes, large=large_bodies(settings))
    app.add_middleware(LanguageMiddleware)  # Accept-Language until the viewer is known (web/i18n.py)
    app.add_middleware(SecurityHeaders, hsts=settings.hsts_header)  # web/headers.py

    # Outermost: the request id, metrics by route template and the access line (observability/middleware.py).
    app.add_middleware(ObservabilityMiddleware)
    return app


def large_bodies(settings: Settings) -> list[LargeBody]:
    """The routes that take more than ALLIANCE_MAX_BODY_BYTES, from an authenticated caller only."""
    from alliance.notes.pipeline import MAX_AUDIO_BYTES
    from alliance.notes.schemas import MAX_TEXT

    # The audio limit applies to the file; the multipart envelope and the form's other fields come on top.
    audio = MAX_AUDIO_BYTES + MiB
    # A pasted transcript of MAX_TEXT characters: up to 12 bytes each as JSON escapes (a surrogate pair per
    # character) or percent-encoded UTF-8 in a form.
    text = max(settings.max_body_bytes, 12 * MAX_TEXT + 64 * 1024)
    client = "[^/]+"  # whatever the route accepts as a client id: the limit follows the route, not the id
    return [
        LargeBody("POST", re.compile(f"/api/v1/clients/{client}/notes/audio"), audio),
        LargeBody("POST", re.compile(f"/clients/{client}/notes/new"), audio),  # the page: upload or paste
        LargeBody("POST", re.compile(f"/api/v1/clients/{client}/notes"), text),
    ]


def serve_app() -> FastAPI:
    """The app as `alliance serve` runs it: with the embedded job worker unless Redis is configured."""
    from alliance.web.startup import restrict_umask

    restrict_umask()  # before anything opens the database, the job queue or an upload
    from alliance.logging import configure

    configure(get_settings().log_level)  # in every uvicorn worker process: plain or JSON lines
    return create_app(embedded_worker=True, tune_gc=True)
