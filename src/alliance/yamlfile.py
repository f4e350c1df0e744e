"""YAML read with libyaml's C parser: PyYAML's `CSafeLoader`, the same safe subset as `yaml.safe_load` (no Python
objects) at about a tenth of the time. The package's own data (instruments, rules, templates, prompts, crisis
resources, library modules: about 80 files) took 2.4 s of CPU to parse in pure Python in every process that read
it; 0.25 s this way. PyYAML's wheels include libyaml; without it the pure-Python loader is used."""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse a YAML document safely (plain data only)."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader (C or Python), never the full one
