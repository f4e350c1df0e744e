"""The package's YAML reader: libyaml's safe loader, same data as `yaml.safe_load`, never Python objects."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import alliance
from alliance.yamlfile import SafeLoader, load_yaml


def test_every_packaged_yaml_file_reads_as_the_pure_python_safe_loader_reads_it() -> None:
    files = sorted(Path(alliance.__file__).parent.rglob("*.yaml"))
    assert len(files) > 40
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path.name


def test_the_c_parser_is_the_one_in_use() -> None:
    assert SafeLoader is yaml.CSafeLoader  # PyYAML's wheels ship libyaml; the fallback is for source builds


def test_python_objects_are_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['echo unsafe']")
