"""Settings for Alliance: one object, loaded once, from ALLIANCE_* environment variables."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "development-only-secret-change-me"
MIN_HSTS_SECONDS = 180 * 24 * 3600  # production refuses a shorter Strict-Transport-Security max-age


class Settings(BaseSettings):
    """Runtime configuration; see docs/operations.md for every variable."""

    model_config = SettingsConfigDict(env_prefix="ALLIANCE_", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path("./var")
    database_url: str | None = None
    redis_url: str | None = None
    # FULL syncs the SQLite WAL on every commit, so a signed note survives a power cut, at about 4 ms a commit
    # (benchmarks/sqlite_durability.py, docs/operations.md); NORMAL survives a process crash only.
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    # Signs cookies and derives nothing else; field encryption keys live in the keyring.
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    # JSON object {"key-id": "base64 32 bytes", ...}; when unset, a keyring file in the data dir is used
    # (created on first start in development, required to exist otherwise).
    encryption_keys: SecretStr | None = None
    active_key_id: str | None = None
    blind_index_key: SecretStr | None = None

    host: str = "127.0.0.1"
    port: int = 8000
    base_url: str = "http://127.0.0.1:8000"
    session_idle_minutes: int = Field(default=30, ge=1)
    session_absolute_hours: int = Field(default=12, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_minutes: int = Field(default=15, ge=1)
    login_ip_attempts_per_minute: int = Field(default=20, ge=1)
    # Secure session cookie; production sets it (and refuses false): Alliance runs behind TLS there.
    cookie_secure: bool = False
    # Strict-Transport-Security max-age, sent whenever the cookie is Secure; production needs at least 180 days.
    hsts_max_age: int = Field(default=365 * 24 * 3600, ge=0)
    # Request bodies: every route but the authenticated note uploads (see docs/operations.md, "Limits and proxies").
    max_body_bytes: int = Field(default=1024 * 1024, ge=64 * 1024)
    # Comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed; empty: none.
    trusted_proxies: str = ""

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "alliance@localhost"

    # Threads for the local sentence-embedding model (classifier layer, grounding); 1 keeps latency steady.
    embedding_threads: int = Field(default=1, ge=1, le=16)
    # Share of a session's transcript (estimated tokens) that the embedded (CPU) model reads when drafting a note,
    # condensed (long turns cut to their first sentences): reading is about a minute per 10 minutes of speech on
    # 2 cores. 1.0 reads all.
    notes_read_share: float = Field(default=0.4, gt=0, le=1)
    log_level: str = "INFO"
    # plain: one line per record (a laptop); json: one JSON object per line with the request id (at scale).
    log_format: Literal["plain", "json"] = "plain"
    # A bearer token that may read /metrics from any address (without it, only the loopback address may).
    metrics_token: SecretStr | None = None

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> "Settings":
        if self.env != "development" and self.secret_key.get_secret_value() == DEV_SECRET:
            raise ValueError(
                "ALLIANCE_SECRET_KEY is the development default; set a long random value outside development"
            )
        if self.env != "development" and len(self.secret_key.get_secret_value()) < 32:
            raise ValueError("ALLIANCE_SECRET_KEY must be at least 32 characters outside development")
        return self

    @model_validator(mode="after")
    def _require_tls_in_production(self) -> "Settings":
        # "test" is the suite's in-process http://testserver, where a Secure cookie would never come back.
        if self.env != "production":
            return self
        if "cookie_secure" in self.model_fields_set and not self.cookie_secure:
            raise ValueError("ALLIANCE_COOKIE_SECURE=false is refused in production; serve Alliance behind TLS")
        self.cookie_secure = True
        if self.hsts_max_age < MIN_HSTS_SECONDS:
            raise ValueError(f"ALLIANCE_HSTS_MAX_AGE must be at least {MIN_HSTS_SECONDS} s (180 days) in production")
        return self

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_proxies(cls, value: str) -> str:
        parse_networks(value)  # a typo must stop the start, not silently trust nobody (or everybody)
        return value

    @property
    def trusted_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        """The reverse proxies whose forwarded headers are believed."""
        return parse_networks(self.trusted_proxies)

    @property
    def hsts_header(self) -> str | None:
        """The Strict-Transport-Security value, when Alliance is served over TLS (a Secure cookie)."""
        if not self.cookie_secure or self.hsts_max_age <= 0:
            return None
        return f"max-age={self.hsts_max_age}"

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data dir."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{(self.data_dir / 'alliance.db').resolve()}"

    @property
    def cache_dir(self) -> Path:
        """Where assembled models and other derived files are kept."""
        return self.data_dir / "cache"


def normalise_database_url(url: str) -> str:
    """Map plain postgresql:// and sqlite:// URLs to the async drivers Alliance uses."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.split(":///", 1)[1]
    return url


@lru_cache(maxsize=32)
def parse_networks(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Comma-separated addresses and CIDRs ("10.0.0.0/8, 127.0.0.1") as networks; ValueError names a bad one."""
    networks = []
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"ALLIANCE_TRUSTED_PROXIES: {item!r} is not an address or CIDR") from None
    return tuple(networks)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()
