"""`python -m alliance` and `python -m alliance.cli` run the same commands as the `alliance` script."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["alliance", "alliance.cli"])
def test_running_the_package_as_a_module_runs_the_command_line(module: str) -> None:
    result = subprocess.run([sys.executable, "-m", module, "eval", "--help"], capture_output=True, text=True,
                            timeout=120, check=False, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    for command in ("safety", "intake", "notes", "companion"):
        assert command in result.stdout
