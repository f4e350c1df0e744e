"""Risk levels and categories of the crisis screen."""

from __future__ import annotations

from enum import Enum, IntEnum


class Level(IntEnum):
    """Ordered risk level: none < low < moderate < high < imminent."""

    NONE = 0
    LOW = 1
    MODERATE = 2
    HIGH = 3
    IMMINENT = 4

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | Level) -> Level:
        """Read a level from its name ("moderate") or number."""
        if isinstance(value, Level):
            return value
        if isinstance(value, int):
            return cls(value)
        return cls[str(value).strip().upper()]


class Category(str, Enum):
    """What kind of risk a rule or model found."""

    SUICIDAL_IDEATION = "suicidal_ideation"
    SUICIDE_PLAN_INTENT = "suicide_plan_intent"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE_SAFEGUARDING = "abuse_safeguarding"
    PSYCHOSIS_COMMAND = "psychosis_command"
    OVERDOSE_MEDICAL = "overdose_medical"
    EATING_DISORDER_MEDICAL = "eating_disorder_medical"
    SUBSTANCE_RISK = "substance_risk"

    def __str__(self) -> str:
        return self.value


LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "it")
