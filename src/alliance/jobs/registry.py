"""Find every domain's tasks module, so the server's embedded worker and `alliance worker` know every job."""

from __future__ import annotations

import importlib
import pkgutil

import alliance


def task_modules() -> list[str]:
    """`alliance.<domain>.tasks` for every domain package that has one."""
    names = []
    for info in pkgutil.iter_modules(alliance.__path__):
        if info.ispkg and importlib.util.find_spec(f"alliance.{info.name}.tasks") is not None:
            names.append(f"alliance.{info.name}.tasks")
    return sorted(names)


def import_all_tasks() -> list[str]:
    """Import (and so register with huey) every task module; returns their names."""
    modules = task_modules()
    for name in modules:
        importlib.import_module(name)
    return modules
