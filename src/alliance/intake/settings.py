"""The practice's intake settings: waiting-time targets per tier, and the rules in force (shipped, or the
practice's own approved by a supervisor)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest
from alliance.intake import access, rules as engine
from alliance.intake.models import IntakeSettings
from alliance.intake.schemas import IntakeSettingsRead, IntakeSettingsUpdate, RulesOverride, RulesRead
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake


def _settings_read(row: IntakeSettings | None) -> IntakeSettingsRead:
    rules = access.rules_of(row)
    return IntakeSettingsRead(
        targets=access.targets_of(row),
        rules_version=rules.version,
        shipped_version=row.rules_version if row else engine.DEFAULT_VERSION,
        override=bool(row and row.override_yaml),
        override_approved_by=row.override_approved_by if row else None,
        override_approved_at=row.override_approved_at if row else None,
    )


async def _settings_for_update(session: AsyncSession, actor: Actor) -> IntakeSettings:
    row = await access.settings_row(session, actor.practice_id)  # type: ignore[arg-type]
    if row is None:
        row = IntakeSettings(
            practice_id=actor.practice_id,
            targets=dict(access.DEFAULT_TARGETS),
            rules_version=engine.DEFAULT_VERSION,
        )
        session.add(row)
    return row


async def get_settings(session: AsyncSession, actor: Actor) -> IntakeSettingsRead:
    """Targets per tier and the rules in force (staff)."""
    authorize_intake(actor, "intake.list")
    return _settings_read(await access.settings_row(session, actor.practice_id))  # type: ignore[arg-type]


async def update_settings(
    session: AsyncSession, actor: Actor, data: IntakeSettingsUpdate
) -> IntakeSettingsRead:
    """Set the waiting-time targets per tier (admins)."""
    authorize_intake(actor, "intake.settings")
    row = await _settings_for_update(session, actor)
    row.targets = {**access.targets_of(row), **data.targets}
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.settings.update",
        resource_type="intake_settings",
        resource_id=actor.practice_id,
        detail=" ".join(f"{k}={v}" for k, v in sorted(data.targets.items())),
    )
    return _settings_read(row)


async def get_rules(session: AsyncSession, actor: Actor) -> RulesRead:
    """The rules in force, as YAML (staff)."""
    authorize_intake(actor, "intake.list")
    row = await access.settings_row(session, actor.practice_id)  # type: ignore[arg-type]
    rules = access.rules_of(row)
    return RulesRead(version=rules.version, yaml=rules.text, override=bool(row and row.override_yaml))


async def set_rules_override(session: AsyncSession, actor: Actor, data: RulesOverride) -> IntakeSettingsRead:
    """A supervisor approves the practice's own rules; a file that fails validation is refused whole."""
    authorize_intake(actor, "intake.rules")
    rules = engine.RuleSet.from_yaml(data.yaml)
    if rules.version.startswith("v") and rules.version[1:].isdigit():
        raise BadRequest("Give the practice's rules their own version (not a shipped one such as v1).")
    row = await _settings_for_update(session, actor)
    row.override_yaml, row.override_version = data.yaml, rules.version
    row.override_approved_by, row.override_approved_at = actor.user_id, utcnow()
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.rules.override",
        resource_type="intake_settings",
        resource_id=actor.practice_id,
        detail=f"version={rules.version} rules={len(rules.rules)}",
    )
    return _settings_read(row)


async def clear_rules_override(session: AsyncSession, actor: Actor) -> IntakeSettingsRead:
    """Go back to the shipped rules (supervisors)."""
    authorize_intake(actor, "intake.rules")
    row = await _settings_for_update(session, actor)
    row.override_yaml = row.override_version = None
    row.override_approved_by, row.override_approved_at = actor.user_id, utcnow()
    await session.flush()
    await audit.record(
        session, actor, "intake.rules.clear", resource_type="intake_settings", resource_id=actor.practice_id
    )
    return _settings_read(row)
