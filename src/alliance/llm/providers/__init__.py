"""Provider registry: backends are plugins keyed by kind; providers are configured instances keyed by name."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from alliance.llm.config import LLMSettings, ProviderConfig, get_llm_settings
from alliance.llm.errors import ModelUnavailable
from alliance.llm.providers.base import Provider

ProviderFactory = Callable[[ProviderConfig, LLMSettings], Provider]

# Built-in kinds are imported on first use so `import alliance.llm` stays light.
_KINDS: dict[str, ProviderFactory | str] = {
    "embedded": "alliance.llm.providers.embedded:EmbeddedProvider",
    "openai": "alliance.llm.providers.openai_compat:OpenAIProvider",
}
_instances: dict[tuple[str, str | None], Provider] = {}
_lock = threading.Lock()
_settings_override: LLMSettings | None = None

__all__ = ["Provider", "configure", "get_provider", "list_providers", "register_provider_kind", "settings"]


def register_provider_kind(kind: str, factory: ProviderFactory) -> None:
    """Add a backend kind (a plugin): factory(config, settings) -> Provider."""
    _KINDS[kind] = factory


def configure(new_settings: LLMSettings | None) -> None:
    """Use these settings instead of the environment's (None restores them); forgets built providers."""
    global _settings_override
    with _lock:
        _settings_override = new_settings
        _instances.clear()


@contextmanager
def using(new_settings: LLMSettings | None) -> Iterator[LLMSettings]:
    """Use these settings inside the block, then put back exactly what was in force before (tests, tools)."""
    with _lock:
        previous = _settings_override
    configure(new_settings)
    try:
        yield settings()
    finally:
        configure(previous)


def settings() -> LLMSettings:
    """The gateway settings in force."""
    return _settings_override or get_llm_settings()


def _factory(kind: str) -> ProviderFactory:
    entry = _KINDS.get(kind)
    if entry is None:
        raise ModelUnavailable(f"no provider kind {kind!r}; known: {', '.join(sorted(_KINDS))}")
    if isinstance(entry, str):
        module, _, attr = entry.partition(":")
        entry = getattr(importlib.import_module(module), attr)
        _KINDS[kind] = entry
    return entry


def get_provider(name: str | None = None, *, model: str | None = None, purpose: str | None = None) -> Provider:
    """The provider configured under `name` (default: the purpose's provider, else the default one)."""
    current = settings()
    if name is None:
        name = current.purpose_providers.get(purpose or "", current.provider)
    configs = current.provider_configs()
    config = configs.get(name)
    if config is None:
        raise ModelUnavailable(f"no provider named {name!r}; configured: {', '.join(sorted(configs))}")
    if model and model != config.model:
        config = config.model_copy(update={"model": model})
    key = (name, model)
    with _lock:
        provider = _instances.get(key)
        if provider is None:
            provider = _factory(config.kind)(config, current)
            _instances[key] = provider
    return provider


def list_providers() -> list[ProviderConfig]:
    """Every configured provider (the built-in embedded one first)."""
    return list(settings().provider_configs().values())
