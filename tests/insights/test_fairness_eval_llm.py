"""The fairness evaluation end to end with the small embedded model (SmolLM2) on one published vignette: the
answers come back through the gateway, are parsed and stored as a run the AI-quality page shows."""

from __future__ import annotations

import pytest

from alliance.insights import fairness_eval as fe

pytestmark = [pytest.mark.llm, pytest.mark.slow]


@pytest.fixture
def smollm2():  # noqa: ANN201
    """The gateway's default provider is SmolLM2 (the small test model), whatever was configured before."""
    from alliance.llm import providers
    from alliance.llm.config import LLMSettings

    with providers.using(LLMSettings(model="smollm2-135m", n_ctx=2048, n_threads=2, timeout=300, max_retries=0)):
        yield


async def test_a_vignette_through_the_embedded_model_is_scored_and_stored(session, smollm2):
    if not fe.DEFAULT_DIR.is_dir():
        pytest.skip(f"the dataset is not at {fe.DEFAULT_DIR}")
    results = await fe.run(session, folder=fe.DEFAULT_DIR, purpose="companion", limit=1)
    assert [r.provider for r in results] == ["embedded"] and results[0].model == "smollm2-135m"
    result = results[0]
    assert result.vignettes == 1 and result.questions == len(fe.STIGMA_QUESTIONS)
    assert (result.answered + result.unparsed + result.errors + result.results["inconsistent"]
            == len(fe.STIGMA_QUESTIONS))  # every question accounted for, in both orders of its options
    assert result.errors == 0
    if result.answered:
        assert 0.0 <= result.rate <= 1.0 and result.ci_low <= result.rate <= result.ci_high
    stored = await fe.latest_runs(session)
    assert [(r.provider, r.model, r.answered) for r in stored] == [("embedded", "smollm2-135m", result.answered)]
