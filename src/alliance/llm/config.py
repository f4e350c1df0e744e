"""Gateway settings (ALLIANCE_LLM_*): which providers exist and how calls behave. A server is configuration."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PrivacyClass = Literal["local", "covered", "external"]
StructuredMode = Literal["json_schema", "json_object_schema", "prompt"]


class ProviderConfig(BaseModel):
    """One configured provider: a backend kind plus its model and connection settings."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    kind: str = "openai"  # "embedded", "openai", or a registered plugin kind
    model: str
    # local: runs here; covered: a third party under a business associate agreement; external: anything else.
    # Unknown servers default to `external`, so PHI is redacted unless an admin says otherwise.
    privacy: PrivacyClass | None = None
    base_url: str | None = None
    api_key_env: str | None = None  # the NAME of the environment variable holding the key, never the key
    structured_mode: StructuredMode | None = None
    timeout: float | None = Field(default=None, gt=0)
    max_retries: int | None = Field(default=None, ge=0, le=5)
    n_ctx: int | None = Field(default=None, ge=256)
    n_threads: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _defaults_by_kind(self) -> "ProviderConfig":
        if self.privacy is None:
            self.privacy = "local" if self.kind == "embedded" else "external"
        if self.structured_mode is None:
            self.structured_mode = "json_object_schema" if self.kind == "embedded" else "json_schema"
        if self.kind == "openai" and not self.base_url:
            raise ValueError(f"provider {self.name!r}: an openai provider needs base_url")
        return self


class LLMSettings(BaseSettings):
    """Model gateway configuration; see docs/llm.md."""

    model_config = SettingsConfigDict(env_prefix="ALLIANCE_LLM_", extra="ignore")

    # JSON list of ProviderConfig objects, e.g.
    # [{"name": "vllm", "kind": "openai", "base_url": "http://gpu:8000/v1", "model": "Qwen/Qwen2.5-7B-Instruct",
    #   "privacy": "local"}]
    providers: list[ProviderConfig] = Field(default_factory=list)
    provider: str = "embedded"  # the default provider name (same variable as Settings.llm_provider)
    model: str = "qwen2.5-coder-1.5b-instruct"  # the built-in embedded provider's model (Settings.llm_model)
    # purpose -> provider name, e.g. {"notes": "vllm", "companion": "embedded"}; unlisted purposes use `provider`.
    purpose_providers: dict[str, str] = Field(default_factory=dict)
    n_threads: int = Field(default=2, ge=1)
    n_ctx: int = Field(default=4096, ge=256)
    timeout: float = Field(default=120.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=5)
    retry_backoff: float = Field(default=0.5, ge=0)  # seconds; doubles on each retry
    max_tokens: int = Field(default=512, ge=1)
    # Embedded models: memory for KV snapshots of prompt heads (system prompts), per loaded model; 0 turns it off.
    prefix_cache_mb: int = Field(default=256, ge=0)
    # Embedded models: conversations whose KV state after their last reply is kept in process memory (never on
    # disk), least recently used out first, so a later turn reads only what is new; 0 turns it off.
    conversation_cache: int = Field(default=4, ge=0)
    schema_max_length: int = Field(default=600, ge=1)  # default maxLength added to unbounded schema strings
    schema_max_items: int = Field(default=12, ge=1)  # default maxItems added to unbounded schema arrays
    models_dir: Path | None = None  # where assembled models live; default <data_dir>/cache/models

    def provider_configs(self) -> dict[str, ProviderConfig]:
        """Every provider by name: the built-in `embedded` one plus the configured ones (which may replace it)."""
        configs = {"embedded": ProviderConfig(name="embedded", kind="embedded", model=self.model)}
        for cfg in self.providers:
            configs[cfg.name] = cfg
        return configs

    def resolved_models_dir(self) -> Path:
        """The folder holding assembled model files."""
        if self.models_dir is not None:
            return self.models_dir
        from alliance.config import get_settings

        return get_settings().cache_dir / "models"


@lru_cache(maxsize=1)
def get_llm_settings() -> LLMSettings:
    """The process-wide gateway settings, read once."""
    return LLMSettings()
