"""Error handlers: every expected failure renders {"error": ..., "detail": ...} with its status."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from alliance.errors import AllianceError, Unauthorized
from alliance.web.i18n import N_

log = logging.getLogger("alliance.web")

# error.html shows the title and detail through _(): the error names and the commonest details, marked here for the
# catalogues, reach a client in their language (other details stay in English).
PAGE_WORDS = (
    N_("NotFound"), N_("Forbidden"), N_("BadRequest"), N_("Unauthorized"), N_("Conflict"), N_("Locked"),
    N_("TooManyRequests"), N_("Unavailable"), N_("MethodNotAllowed"), N_("HTTPError"), N_("ConsentRequired"),
    N_("Please check the form"), N_("Not found."), N_("Log in first."),
    N_("The form has expired or did not come from Alliance. Reload the page and try again."),
)



ERROR_SCHEMA = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
    "required": ["error", "detail"],
}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


async def _page(request: Request, status: int, title: str, detail: str) -> Response:
    """The error page, with the navigation of the person logged in (the route's authentication has run by the time
    a validation error is raised, so `request.state.auth` is set when there is someone)."""
    from alliance.web.templates import templates

    who = getattr(request.state, "who", None)
    context = {"title": title, "detail": detail, "user": who, "csrf_token": who.csrf_token if who else ""}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


VALIDATION_SCHEMA = {
    "title": "ValidationError",
    "type": "object",
    "properties": {
        "error": {"type": "string", "enum": ["ValidationError"]},
        "detail": {"type": "string"},
        "problems": {"type": "array", "items": {
            "type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            "required": ["field", "message"]}},
    },
    "required": ["error", "detail", "problems"],
}


def _document_validation_errors(app: FastAPI) -> None:
    """Describe 422 answers as the server sends them ({"error", "detail", "problems"}), not FastAPI's default."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas["HTTPValidationError"] = VALIDATION_SCHEMA
            schemas.pop("ValidationError", None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _allowed_methods(request: Request) -> list[str]:
    """Every method the API documents at this path (Starlette names only the first matching route's)."""
    import re

    table = getattr(request.app.state, "allowed_methods", None)
    if table is None:
        table = []
        for path, operations in request.app.openapi().get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\\{[^/]+\\}", "[^/]+", re.escape(path)) + "$")
            table.append((pattern, sorted(m.upper() for m in operations if m in
                                          ("get", "put", "post", "delete", "patch", "head"))))
        request.app.state.allowed_methods = table
    return sorted({m for pattern, methods in table if pattern.match(request.url.path) for m in methods})


def install(app: FastAPI) -> None:
    """Register the handlers on the app."""
    _document_validation_errors(app)

    @app.exception_handler(AllianceError)
    async def _alliance_error(request: Request, exc: AllianceError) -> Response:
        if _wants_html(request):
            if isinstance(exc, Unauthorized):
                return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
            return await _page(request, exc.status_code, type(exc).__name__, exc.detail)
        return JSONResponse(exc.to_dict(), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            loc = list(err.get("loc", ()))
            if loc[:1] == ["body"]:  # where it came from, not a field: a field may itself be called "body"
                loc = loc[1:]
            where = ".".join(str(p) for p in loc)
            problems.append({"field": where, "message": err.get("msg", "invalid")})
        detail = "; ".join(f"{p['field']}: {p['message']}" for p in problems) or "Invalid request."
        if _wants_html(request):
            return await _page(request, 422, "Please check the form", detail)
        return JSONResponse({"error": "ValidationError", "detail": detail, "problems": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 405:
            allow = _allowed_methods(request)
            if request.method == "OPTIONS" and allow:
                return Response(status_code=204, headers={"Allow": ", ".join([*allow, "OPTIONS"])})
            if allow:
                exc.headers = {**(exc.headers or {}), "Allow": ", ".join(allow)}
        names = {404: "NotFound", 405: "MethodNotAllowed", 401: "Unauthorized", 403: "Forbidden"}
        name = names.get(exc.status_code, "HTTPError")
        detail = str(exc.detail) if exc.detail else name
        if exc.status_code == 404:
            detail = "Not found."
        if _wants_html(request):
            return await _page(request, exc.status_code, name, detail)
        return JSONResponse({"error": name, "detail": detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Log the type and where, never the message (it could hold PHI).
        log.error("unhandled error %s on %s %s", type(exc).__name__, request.method, request.url.path)
        if _wants_html(request):
            return HTMLResponse("<h1>Something went wrong</h1><p>The error was logged.</p>", status_code=500)
        return JSONResponse({"error": "InternalError", "detail": "Something went wrong; it was logged."},
                            status_code=500)


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI entries documenting the error shape for these statuses."""
    return {s: {"description": "Error", "content": {"application/json": {"schema": ERROR_SCHEMA}}} for s in statuses}
