"""Production defaults: Secure cookie and HSTS required, PHI at rest owner-only, keys beside data warned about."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from pydantic import ValidationError
from starlette.responses import Response

from alliance.config import MIN_HSTS_SECONDS, Settings

SECRET = "p" * 40


def _production(tmp_path: Path, **overrides) -> Settings:  # noqa: ANN003
    return Settings(env="production", secret_key=SECRET, data_dir=tmp_path, **overrides)


def test_production_makes_the_cookie_secure_and_sends_hsts_of_at_least_180_days(tmp_path: Path) -> None:
    settings = _production(tmp_path)
    assert settings.cookie_secure is True
    assert settings.hsts_header == f"max-age={365 * 24 * 3600}" and settings.hsts_max_age >= MIN_HSTS_SECONDS
    development = Settings(env="development", data_dir=tmp_path)
    assert development.cookie_secure is False and development.hsts_header is None


def test_production_refuses_an_insecure_cookie_or_a_short_hsts(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="COOKIE_SECURE"):
        _production(tmp_path, cookie_secure=False)
    with pytest.raises(ValidationError, match="HSTS"):
        _production(tmp_path, hsts_max_age=3600)


def test_the_session_cookie_is_secure_in_production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import alliance.config
    from alliance.web.deps import set_session_cookie

    monkeypatch.setattr(alliance.config, "get_settings", lambda: _production(tmp_path))
    response = Response()
    set_session_cookie(response, "token")
    cookie = response.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie


async def test_the_app_sends_hsts_in_production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                database_url: str) -> None:
    import httpx

    import alliance.web.app as web_app

    monkeypatch.setattr(web_app, "get_settings", lambda: _production(tmp_path))
    app = web_app.create_app(database_url=database_url)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        response = await client.get("/healthz")
    max_age = int(response.headers["strict-transport-security"].split("max-age=")[1].split(";")[0])
    assert max_age >= 180 * 24 * 3600


async def test_the_test_app_sends_no_hsts(http) -> None:  # noqa: ANN001
    assert "strict-transport-security" not in (await http.get("/healthz")).headers


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_start_restricts_data_files_left_readable(tmp_path: Path) -> None:
    from alliance.web.startup import restrict_data_files

    data = tmp_path / "data"
    (data / "audio" / "note").mkdir(parents=True)
    (data / "keys").mkdir()
    files = [data / "alliance.db", data / "alliance.db-wal", data / "jobs.db", data / "audio" / "note" / "a.ogg",
             data / "keys" / "keyring.json"]
    for path in files:
        path.write_bytes(b"x")
        path.chmod(0o644)
    for folder in (data, data / "audio", data / "audio" / "note", data / "keys"):
        folder.chmod(0o755)
    assert restrict_data_files(Settings(env="development", data_dir=data)) == len(files) + 4
    assert all(_mode(path) == 0o600 for path in files)
    assert all(_mode(folder) == 0o700 for folder in (data, data / "audio", data / "audio" / "note", data / "keys"))


async def test_a_new_sqlite_database_and_its_wal_are_owner_only(tmp_path: Path) -> None:
    from sqlalchemy import text

    from alliance.db.session import create_engine

    previous = os.umask(0o022)  # even under a permissive umask
    try:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'new' / 'alliance.db'}")
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE t (x INTEGER)"))
            await connection.execute(text("INSERT INTO t VALUES (1)"))
            assert _mode(tmp_path / "new" / "alliance.db-wal") == 0o600
        await engine.dispose()
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "new") == 0o700 and _mode(tmp_path / "new" / "alliance.db") == 0o600


def test_the_job_queue_file_is_owner_only(tmp_path: Path) -> None:
    from alliance.jobs.queue import build_huey

    previous = os.umask(0o022)
    try:
        build_huey(Settings(env="development", data_dir=tmp_path / "data"))
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "data") == 0o700 and _mode(tmp_path / "data" / "jobs.db") == 0o600


def test_serve_sets_an_owner_only_umask(monkeypatch: pytest.MonkeyPatch) -> None:
    import alliance.web.app as web_app

    monkeypatch.setattr(web_app, "create_app", lambda **kwargs: None)
    previous = os.umask(0o022)
    try:
        web_app.serve_app()
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(previous)


def test_a_keyring_file_in_the_data_dir_is_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import base64

    from alliance.web.startup import warn_if_keys_beside_data

    with caplog.at_level(logging.WARNING, logger="alliance.web"):
        warn_if_keys_beside_data(Settings(env="development", data_dir=tmp_path))
    assert "keyring is a file inside the data directory" in caplog.text
    caplog.clear()
    key = base64.b64encode(b"k" * 32).decode()
    with caplog.at_level(logging.WARNING, logger="alliance.web"):
        warn_if_keys_beside_data(Settings(env="development", data_dir=tmp_path, encryption_keys=f'{{"k1": "{key}"}}',
                                          blind_index_key=key))
    assert caplog.text == ""
