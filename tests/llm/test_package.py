"""`alliance.llm` stays light to import and exposes the gateway's public names."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_gateway_loads_no_model_library():
    code = (
        "import sys, alliance.llm, alliance.llm.gateway, alliance.llm.commands;"
        "print(sorted(m for m in ('llama_cpp', 'openai', 'presidio_analyzer', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_names_resolve_lazily():
    import alliance.llm as llm

    for name in llm.__all__:
        assert getattr(llm, name) is not None
    assert issubclass(llm.ModelTimeout, llm.ModelUnavailable)
    assert (llm.ModelUnavailable("x").status_code, llm.ModelTimeout("x").status_code,
            llm.InvalidOutput("x").status_code) == (503, 504, 502)
