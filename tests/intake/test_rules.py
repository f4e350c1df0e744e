"""The triage engine: every default rule fires and quotes its evidence, the highest tier wins, the version is
recorded, and a rules file that fails validation is refused whole. Pure: no database, verdicts given as data.
"""

from __future__ import annotations

import pytest

from alliance.intake import rules as engine
from alliance.intake.rules import Inputs, RuleSet, RulesInvalid, default_rules


def verdict(*evidence: tuple[str, str, str, str, str]) -> dict:
    """A screen verdict as data: (rule, category, level, subject, quoted words) per evidence item."""
    return {
        "level": max((e[2] for e in evidence), key=engine.LEVELS.index, default="none"),
        "evidence": [
            {"rule": r, "category": c, "level": lv, "subject": s, "text": t} for r, c, lv, s, t in evidence
        ],
    }


PHQ_MILD = [1, 1, 1, 1, 0, 0, 0, 0, 0]
CSSRS_NO = [0, 0, 0, 0, 0, 0, None]

# One referral per default rule: the rule id, the inputs, and words its reason must quote.
CASES = {
    "cssrs.intent": (
        Inputs(measures={"cssrs_screener": {"cssrs_1": 1, "cssrs_2": 1, "cssrs_4": 1}}),
        "intention of acting",
    ),
    "cssrs.plan": (Inputs(measures={"cssrs_screener": {"cssrs_2": 1, "cssrs_5": 1}}), "details of how"),
    "cssrs.recent_behaviour_with_ideation": (
        Inputs(measures={"cssrs_screener": {"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 1}}),
        "question 6, past 3 months",
    ),
    "text.intent_plan_means_time": (
        Inputs(
            screening=verdict(
                (
                    "en.compose.means_ready_for_time",
                    "suicide_plan_intent",
                    "imminent",
                    "self",
                    "pills ready for tonight",
                )
            )
        ),
        "pills ready for tonight",
    ),
    "text.act_under_way": (
        Inputs(
            screening=verdict(
                (
                    "en.compose.act_under_way",
                    "suicide_plan_intent",
                    "imminent",
                    "self",
                    "the engine is running",
                )
            )
        ),
        "the engine is running",
    ),
    "text.harm_to_others_intent": (
        Inputs(
            screening=verdict(("en.hto.kill_other", "harm_to_others", "high", "self", "going to kill him"))
        ),
        "going to kill him",
    ),
    "child_at_risk_now": (Inputs(questions={"child_at_risk": True}), "a child is at risk"),
    "text.command_hallucinations": (
        Inputs(
            screening=verdict(
                ("en.psy.command", "psychosis_command", "high", "self", "voices tell me to hurt")
            )
        ),
        "voices tell me",
    ),
    "text.medical_danger": (
        Inputs(screening=verdict(("en.ed.faint", "eating_disorder_medical", "high", "self", "fainted"))),
        "fainted",
    ),
    "text.in_danger_now": (
        Inputs(
            screening=verdict(
                ("en.abuse.door", "abuse_safeguarding", "imminent", "self", "he is outside the door")
            )
        ),
        "outside the door",
    ),
    "cssrs.method": (
        Inputs(measures={"cssrs_screener": {"cssrs_2": 1, "cssrs_3": 1}}),
        "how you might do this",
    ),
    "cssrs.past_behaviour_with_ideation": (
        Inputs(measures={"cssrs_screener": {"cssrs_1": 1, "cssrs_6": 1, "cssrs_6_recent": 0}}),
        '"No"',
    ),
    "text.method": (
        Inputs(
            screening=verdict(
                ("en.si.method", "suicide_plan_intent", "high", "self", "jumping off the bridge")
            )
        ),
        "jumping off the bridge",
    ),
    "phq9.item9_2plus": (
        Inputs(
            measures={"phq9": dict(zip([f"phq9_{i}" for i in range(1, 10)], [1, 1, 1, 1, 0, 0, 0, 0, 2]))}
        ),
        "More than half the days",
    ),
    "phq9.severe": (
        Inputs(
            measures={"phq9": dict(zip([f"phq9_{i}" for i in range(1, 10)], [3, 3, 3, 3, 3, 3, 2, 2, 0]))}
        ),
        "PHQ-9 total 22",
    ),
    "text.recent_self_harm": (
        Inputs(
            screening=verdict(("en.sh.cut_myself", "self_harm", "moderate", "self", "cut myself last night"))
        ),
        "cut myself",
    ),
    "domestic_abuse": (Inputs(questions={"unsafe_at_home": True}), "hurting, threatening"),
    "text.psychotic_symptoms": (
        Inputs(
            screening=verdict(("en.psy.voices", "psychosis_command", "moderate", "self", "I hear voices"))
        ),
        "I hear voices",
    ),
    "psychotic_experiences": (Inputs(questions={"psychotic_experiences": True}), "hearing voices"),
    "severe_impairment_with_severe_symptoms": (
        Inputs(
            measures={
                "wsas": {f"wsas_{i}": 5 for i in range(1, 6)},
                "gad7": {f"gad7_{i}": 3 for i in range(1, 8)},
            }
        ),
        "WSAS total 25",
    ),
    "harm_to_others_thoughts": (Inputs(questions={"harm_others_thoughts": True}), "harming someone else"),
    "text.medical_risk": (
        Inputs(
            screening=verdict(
                ("en.sub.withdrawal", "substance_risk", "high", "self", "shaking since I stopped drinking")
            )
        ),
        "shaking",
    ),
    "severe_symptoms": (Inputs(measures={"gad7": {f"gad7_{i}": 3 for i in range(1, 8)}}), "GAD-7 total 21"),
    "cssrs.wish_or_thoughts": (Inputs(measures={"cssrs_screener": {"cssrs_1": 1}}), "wished you were dead"),
    "phq9.item9_1": (Inputs(measures={"phq9": {"phq9_9": 1}}), '"Several days"'),
    "text.wish_to_be_dead": (
        Inputs(
            screening=verdict(
                ("en.si.better_off", "suicidal_ideation", "moderate", "self", "better off dead")
            )
        ),
        "better off dead",
    ),
    "text.self_harm_urges": (
        Inputs(screening=verdict(("en.sh.urge", "self_harm", "moderate", "self", "urge to cut"))),
        "urge to cut",
    ),
    "trauma_disrupts_life": (Inputs(questions={"trauma_disrupts_life": True}), "frightening event"),
    "text.other_concern": (
        Inputs(
            screening=verdict(
                ("en.ed.behaviour", "eating_disorder_medical", "moderate", "self", "making myself sick")
            )
        ),
        "making myself",
    ),
    "text.someone_else_at_risk": (
        Inputs(
            screening=verdict(
                ("en.third.at_risk", "suicidal_ideation", "moderate", "third_party", "my friend wants to die")
            )
        ),
        "my friend wants to die",
    ),
    "cssrs.lifetime_behaviour": (
        Inputs(measures={"cssrs_screener": {"cssrs_6": 1, "cssrs_6_recent": 0}}),
        "question 6",
    ),
    "phq9.moderate": (
        Inputs(
            measures={"phq9": dict(zip([f"phq9_{i}" for i in range(1, 10)], [2, 2, 2, 2, 1, 1, 1, 0, 0]))}
        ),
        "PHQ-9 total 11",
    ),
    "gad7.moderate": (Inputs(measures={"gad7": {f"gad7_{i}": 2 for i in range(1, 8)}}), "GAD-7 total 14"),
    "text.substance_use": (
        Inputs(
            screening=verdict(("en.sub.habit", "substance_risk", "moderate", "self", "a joint every night"))
        ),
        "a joint every night",
    ),
    "auditc.high": (
        Inputs(measures={"auditc": {"auditc_1": 4, "auditc_2": 3, "auditc_3": 3}}),
        "AUDIT-C total 10",
    ),
}


# Rules v2's rules over the intake signals have their cases in test_signals.py.
SIGNAL_RULES = {
    "text.impairment_with_severe_symptoms",
    "text.severe_symptoms_without_questionnaires",
    "text.impairment",
    "text.withdrawal_signs",  # rules v4: its cases are in test_rules_v4.py
    "text.eating_disorder",  # rules v4: its cases are in test_rules_v4.py
    "text.mania",  # rules v5: its cases are in test_rules_v5.py
    "text.frequent_suicidal_thoughts",  # rules v5: its cases are in test_rules_v5.py
    "text.eating_disorder_severe",  # rules v6: its cases are in test_rules_v6.py
    "text.harmful_drinking",  # rules v6: its cases are in test_rules_v6.py
    # rules v9: their cases are in test_rules_v9.py
    "cssrs.active_thoughts",
    "text.psychosis_child_at_risk",
    "text.method_thoughts",
    "text.other_wish_to_die_declining",
    "text.opioid_withdrawal",
    "text.impairment_without_questionnaires",
}


def test_every_default_rule_has_a_case() -> None:
    assert set(CASES) | SIGNAL_RULES == {r.id for r in default_rules().rules}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_each_default_rule_fires_and_quotes_its_evidence(rule_id: str) -> None:
    inputs, quoted = CASES[rule_id]
    outcome = default_rules().triage(inputs)
    reason = next((r for r in outcome.reasons if r.rule == rule_id), None)
    assert reason is not None, outcome.rules
    assert quoted in reason.text and any(quoted in e for e in reason.evidence)
    tier = next(r.tier for r in default_rules().rules if r.id == rule_id)
    assert engine.RANK[outcome.tier] <= engine.RANK[tier]


def test_nothing_fires_on_a_mild_referral_and_it_is_routine() -> None:
    outcome = default_rules().triage(
        Inputs(measures={"phq9": PHQ_MILD, "cssrs_screener": {}}, screening=verdict())
    )
    assert (outcome.tier, outcome.reasons, outcome.rules_version) == ("routine", (), "v9")


def test_the_highest_tier_wins_and_every_rule_that_fired_is_a_reason() -> None:
    inputs = Inputs(
        measures={"phq9": {"phq9_9": 1}, "cssrs_screener": {"cssrs_1": 1, "cssrs_2": 1, "cssrs_3": 1}},
        questions={"child_at_risk": True},
    )
    outcome = default_rules().triage(inputs)
    assert outcome.tier == "emergency"
    assert {"child_at_risk_now", "cssrs.method", "cssrs.wish_or_thoughts", "phq9.item9_1"} <= set(
        outcome.rules
    )
    assert [r.tier for r in outcome.reasons] == sorted((r.tier for r in outcome.reasons), key=engine.RANK.get)


def test_risk_discounted_by_the_screen_is_not_read_again() -> None:
    # The screen's verdict on "my boss is killing me lol" holds nothing: the engine never reads the words
    # itself.
    outcome = default_rules().triage(Inputs(screening=verdict()))
    assert outcome.tier == "routine"


def test_a_method_mention_raised_only_by_a_time_modifier_is_not_an_emergency() -> None:
    outcome = default_rules().triage(
        Inputs(
            screening=verdict(
                ("en.si.method", "suicide_plan_intent", "high", "self", "jump off the roof"),
                ("en.modifier.timing", "suicide_plan_intent", "imminent", "self", "at 5pm"),
            )
        )
    )
    assert outcome.tier == "urgent" and outcome.rules == ("text.method",)


def test_a_child_in_danger_from_means_is_an_emergency_but_a_childs_wish_in_care_is_not() -> None:
    means = default_rules().triage(
        Inputs(
            screening=verdict(
                (
                    "en.compose.lethal_means",
                    "suicide_plan_intent",
                    "high",
                    "third_party",
                    "shotgun is loaded",
                ),
                ("en.compose.lethal_means", "abuse_safeguarding", "high", "third_party", "shotgun is loaded"),
            )
        )
    )
    wish = default_rules().triage(
        Inputs(
            screening=verdict(
                ("es.compose.death_wish", "suicidal_ideation", "high", "third_party", "quiere morirse"),
                ("es.compose.death_wish", "abuse_safeguarding", "high", "third_party", "quiere morirse"),
            )
        )
    )
    assert means.tier == "emergency" and wish.tier == "routine"


def test_the_real_screen_reads_the_words_for_the_engine() -> None:
    from alliance.intake.service import assess

    outcome, screening = assess(
        "I have saved my pills and I am going to take them all tonight.", "en", {}, use_classifier=False
    )
    assert outcome.tier == "emergency" and str(screening.level) == "imminent"
    assert "saved my pills" in " ".join(outcome.reasons[0].evidence)


VALID = """
version: test-1
sources: {s: a source}
rules:
  - {id: a, tier: urgent, when: {total: phq9, op: ge, value: 20}, reason: "PHQ {evidence}", source: s}
"""


def test_a_valid_file_loads_and_its_version_is_recorded() -> None:
    rules = RuleSet.from_yaml(VALID)
    outcome = rules.triage(Inputs(measures={"phq9": [3] * 9}))
    assert (outcome.tier, outcome.rules_version, outcome.rules) == ("urgent", "test-1", ("a",))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("total: phq9", "total: phq99"), "unknown instrument"),
        (("total: phq9", "item: phq9.phq9_99"), "no item"),
        (("total: phq9", "total: cssrs_screener"), "has no total"),
        (("tier: urgent", "tier: critical"), "tier"),
        (("source: s}", "source: nowhere}"), "unknown source"),
        (("PHQ {evidence}", "PHQ {score}"), "only use {evidence}"),
        (
            ("{total: phq9, op: ge, value: 20}", "{total: phq9, op: ge, value: 20, question: child_at_risk}"),
            "exactly one",
        ),
        (("{total: phq9, op: ge, value: 20}", "{screen: {category: despair}}"), "unknown screen category"),
        (("{total: phq9, op: ge, value: 20}", "{question: feels_sad}"), "unknown question"),
        (("version: test-1", "version: test-1\nextra: 1"), "extra"),
        (
            (
                "- {id: a",
                '- {id: a, tier: soon, when: {question: child_at_risk}, reason: "x {evidence}", source: s}'
                "\n  - {id: a",
            ),
            "used twice",
        ),
        (("rules:", "rules: ["), "not valid YAML"),
    ],
)
def test_a_rules_file_that_fails_validation_is_refused(change: tuple[str, str], message: str) -> None:
    with pytest.raises(RulesInvalid, match=message):
        RuleSet.from_yaml(VALID.replace(*change))


def test_the_shipped_files_validate() -> None:
    v1 = engine.shipped_rules("rules-v1.yaml")
    assert v1.version == "v1" and {r.id for r in v1.rules} == set(CASES)
    v2 = engine.shipped_rules("rules-v2.yaml")
    assert v2.version == "v2" and {r.id for r in v1.rules} < {r.id for r in v2.rules}
    assert default_rules().version == "v9"
