"""The model gateway: `complete`, `stream` and `structured` over pluggable providers.

Kept light on purpose: names are resolved lazily so importing `alliance.llm` loads no model library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "complete": "alliance.llm.gateway",
    "stream": "alliance.llm.gateway",
    "structured": "alliance.llm.gateway",
    "Completion": "alliance.llm.types",
    "Usage": "alliance.llm.types",
    "CallRecord": "alliance.llm.records",
    "add_call_sink": "alliance.llm.records",
    "remove_call_sink": "alliance.llm.records",
    "ModelUnavailable": "alliance.llm.errors",
    "ModelTimeout": "alliance.llm.errors",
    "InvalidOutput": "alliance.llm.errors",
    "PromptTooLong": "alliance.llm.errors",
    "ProviderNotAllowed": "alliance.llm.errors",
    "RedactionUnavailable": "alliance.llm.errors",
    "PromptTemplate": "alliance.llm.prompts",
    "PromptVariableError": "alliance.llm.prompts",
    "get_provider": "alliance.llm.providers",
    "list_providers": "alliance.llm.providers",
    "register_provider_kind": "alliance.llm.providers",
    "get_template": "alliance.llm.prompts",
    "list_templates": "alliance.llm.prompts",
    "render": "alliance.llm.prompts",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from alliance.llm.errors import (
        InvalidOutput,
        ModelTimeout,
        ModelUnavailable,
        PromptTooLong,
        ProviderNotAllowed,
        RedactionUnavailable,
    )
    from alliance.llm.gateway import complete, stream, structured
    from alliance.llm.prompts import PromptTemplate, PromptVariableError, get_template, list_templates, render
    from alliance.llm.providers import get_provider, list_providers, register_provider_kind
    from alliance.llm.records import CallRecord, add_call_sink, remove_call_sink
    from alliance.llm.types import Completion, Usage


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'alliance.llm' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
