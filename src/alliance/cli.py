"""The `alliance` command line (Typer + Rich). Heavy libraries are imported inside commands, not here."""

from __future__ import annotations

import typer

app = typer.Typer(help="Alliance: AI for mental-health practices, under the clinician's control.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate components on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

from alliance.commands import register as _register_platform  # noqa: E402

_register_platform(app)

# --- domain command groups (each domain's commands.py exposes `app`; keep one line per group) ---
from alliance.measures.commands import app as _measures_app; app.add_typer(_measures_app, name="measures")  # noqa: E402,E702
from alliance.llm.commands import app as _llm_app; app.add_typer(_llm_app, name="llm")  # noqa: E402,E702
from alliance.llm.commands import prompts_app as _prompts_app; app.add_typer(_prompts_app, name="prompts")  # noqa: E402,E702
from alliance.safety.commands import app as _safety_app, evaluate_safety as _eval_safety; app.add_typer(_safety_app, name="safety"); eval_app.command("safety")(_eval_safety)  # noqa: E402,E702
from alliance.notes.commands import app as _notes_app; app.add_typer(_notes_app, name="notes")  # noqa: E402,E702
from alliance.notes.evaluation import evaluate_notes as _eval_notes; eval_app.command("notes")(_eval_notes)  # noqa: E402,E702
from alliance.companion.commands import app as _companion_app; app.add_typer(_companion_app, name="companion")  # noqa: E402,E702
from alliance.companion.evaluation import evaluate_companion as _eval_companion; eval_app.command("companion")(_eval_companion)  # noqa: E402,E702
from alliance.intake.commands import app as _intake_app; app.add_typer(_intake_app, name="intake")  # noqa: E402,E702
from alliance.intake.evaluation import evaluate_intake as _eval_intake; eval_app.command("intake")(_eval_intake)  # noqa: E402,E702
from alliance.plans.commands import app as _plans_app; app.add_typer(_plans_app, name="plans")  # noqa: E402,E702
from alliance.backup.commands import register as _register_backup; _register_backup(app)  # noqa: E402,E702
from alliance.insights.ai_commands import evaluate_fairness as _eval_fairness; eval_app.command("fairness")(_eval_fairness)  # noqa: E402,E702
from alliance.insights.commands import app as _insights_app; app.add_typer(_insights_app, name="insights")  # noqa: E402,E702
from alliance.insights.ai_commands import ai_command as _insights_ai; _insights_app.command("ai")(_insights_ai)  # noqa: E402,E702
# --- end of domain command groups ---


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()


if __name__ == "__main__":  # `python -m alliance.cli ...` runs the same commands as `alliance ...`
    main()
