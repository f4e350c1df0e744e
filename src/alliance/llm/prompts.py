"""The prompt catalogue: versioned YAML templates in content/prompts/, rendered with Jinja2 (StrictUndefined)."""

from __future__ import annotations

import importlib.resources
from datetime import date
from functools import lru_cache
from typing import Any

import jinja2
import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from alliance.errors import BadRequest, NotFound
from alliance.llm.types import Message
from alliance.yamlfile import load_yaml

_env = jinja2.Environment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False, trim_blocks=True,
    lstrip_blocks=True,
)


class PromptVariableError(BadRequest):
    """Variables missing, unknown, or not usable by the template."""


class Variable(BaseModel):
    """A template variable: what it holds and a sample value used by tests and previews."""

    model_config = ConfigDict(extra="forbid")

    description: str
    sample: Any
    required: bool = True
    default: Any = None


class PromptTemplate(BaseModel):
    """One version of one prompt template."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
    version: int = Field(ge=1)
    purpose: str
    description: str
    variables: dict[str, Variable] = Field(default_factory=dict)
    system: str
    user: str
    output_schema: dict[str, Any] | None = None
    max_tokens: int | None = None
    # The `history` variable (items with a role, client or companion, and a text, plus any other variables that
    # turn's user message had, e.g. its passages) becomes earlier chat messages between the system and the user
    # message: each client turn rendered through the `user` template exactly as when it was the new message, each
    # reply as the assistant's. A prompt then extends the previous turn's prompt and reply token for token, so a
    # model that keeps the conversation's state reads only the new message.
    history_as_messages: bool = False
    reviewed_by: str
    reviewed_at: date

    @field_validator("system", "user")
    @classmethod
    def _compiles(cls, text: str) -> str:
        try:
            _env.parse(text)
        except jinja2.TemplateSyntaxError as exc:
            raise ValueError(f"template syntax error line {exc.lineno}: {exc.message}") from exc
        return text

    @field_validator("output_schema")
    @classmethod
    def _valid_schema(cls, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if schema is not None:
            import jsonschema

            jsonschema.Draft202012Validator.check_schema(schema)
        return schema

    @property
    def key(self) -> str:
        """`id@version`."""
        return f"{self.id}@{self.version}"

    def sample_variables(self) -> dict[str, Any]:
        """The sample value of every variable."""
        return {name: var.sample for name, var in self.variables.items()}


def _load_text(text: str, source: str) -> PromptTemplate:
    try:
        data = load_yaml(text)
        return PromptTemplate.model_validate(data)
    except (yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"prompt template {source} is invalid: {exc}") from exc


@lru_cache(maxsize=1)
def _catalogue() -> dict[tuple[str, int], PromptTemplate]:
    folder = importlib.resources.files("alliance") / "content" / "prompts"
    templates: dict[tuple[str, int], PromptTemplate] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        template = _load_text(entry.read_text(encoding="utf-8"), entry.name)
        if (template.id, template.version) in templates:
            raise ValueError(f"prompt template {template.key} is defined twice ({entry.name})")
        templates[(template.id, template.version)] = template
    return templates


def list_templates(*, all_versions: bool = False) -> list[PromptTemplate]:
    """Shipped templates, sorted by id (the latest version of each unless all_versions)."""
    items = sorted(_catalogue().values(), key=lambda t: (t.id, t.version))
    if all_versions:
        return items
    latest: dict[str, PromptTemplate] = {}
    for template in items:
        latest[template.id] = template
    return list(latest.values())


def get_template(template_id: str, version: int | None = None) -> PromptTemplate:
    """A template by id, at `version` or the latest; NotFound if absent."""
    catalogue = _catalogue()
    if version is not None:
        template = catalogue.get((template_id, version))
        if template is None:
            raise NotFound(f"no prompt template {template_id}@{version}")
        return template
    versions = [t for (tid, _), t in catalogue.items() if tid == template_id]
    if not versions:
        raise NotFound(f"no prompt template {template_id!r}")
    return max(versions, key=lambda t: t.version)


def render(template: PromptTemplate, variables: dict[str, Any]) -> list[Message]:
    """The chat messages for a template; PromptVariableError names missing or unknown variables."""
    missing = sorted(n for n, v in template.variables.items() if v.required and n not in variables)
    unknown = sorted(set(variables) - set(template.variables))
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown {', '.join(unknown)}")
        raise PromptVariableError(f"prompt {template.key}: {'; '.join(parts)}")
    values = {n: v.default for n, v in template.variables.items() if not v.required}
    values.update(variables)
    try:
        system = _env.from_string(template.system).render(values).strip()
        user_template = _env.from_string(template.user)
        user = user_template.render(values).strip()
        earlier: list[Message] = []
        if template.history_as_messages:
            for turn in values.get("history") or []:
                if turn.get("role") == "client":
                    own = {k: v for k, v in turn.items() if k not in ("role", "text")}
                    text = user_template.render({**values, "passages": [], **own, "message": turn["text"]}).strip()
                    earlier.append({"role": "user", "content": text})
                else:
                    earlier.append({"role": "assistant", "content": str(turn.get("text") or "")})
    except jinja2.UndefinedError as exc:
        raise PromptVariableError(f"prompt {template.key}: {exc.message}") from exc
    return [{"role": "system", "content": system}, *earlier, {"role": "user", "content": user}]
