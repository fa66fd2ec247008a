"""No mutation is silently left out of the registry.

Every ``@mutation("name", ...)`` written in a module of kronos_core/mutations is in ``REGISTRY``
once the package's registry is asked for (as the desk's writer and the server do), and the
package's ``__init__`` names every module that declares one in ``REGISTERING`` (loaded on the
registry's first use: kronos_core/mutations/__init__.py): a new module forgotten there would leave
its mutations unknown to the server (every push of them ``unknown_mutation``) while the desk's
tests, importing the module directly, still pass.
"""

from __future__ import annotations

import ast
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import kronos_core
from kronos_core.mutations import REGISTRY

PACKAGE = Path(kronos_core.__file__).parent / "mutations"


def declared(package: Path) -> dict[str, str]:
    """Each mutation name written as ``@mutation("name", ...)`` → the module declaring it."""
    names: dict[str, str] = {}
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for deco in node.decorator_list:
                func = deco.func if isinstance(deco, ast.Call) else deco
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if called != "mutation":
                    continue
                assert isinstance(deco, ast.Call), f"{path.name}: @mutation without its name"
                assert deco.args, f"{path.name}: @mutation without its name"
                first = deco.args[0]
                literal = f"{path.name}:{deco.lineno}: a mutation's name is a literal, so it can be checked"
                assert isinstance(first, ast.Constant), literal
                assert isinstance(first.value, str), literal
                assert first.value not in names, f"{first.value} declared twice"
                names[first.value] = path.stem
    return names


def imported_by_init(package: Path) -> set[str]:
    """The package's modules its ``__init__`` loads: those named in ``REGISTERING`` (imported by
    ``load_all``, on first use of the registry) and any it imports itself."""
    found: set[str] = set()
    for node in ast.walk(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))):
        named = isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "REGISTERING" for t in node.targets
        )
        if named and isinstance(node, ast.Assign):
            assert isinstance(node.value, ast.Tuple), "REGISTERING is a tuple of module names"
            found |= {e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kronos_core.mutations."):
            found.add(node.module.rsplit(".", 1)[1])
    return found


def registered_by_importing_the_package(root: Path) -> set[str]:
    """REGISTRY in a fresh interpreter that imports only ``kronos_core.mutations`` from ``root``."""
    code = "import json, kronos_core.mutations as m; print(json.dumps(sorted(m.REGISTRY)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_every_declared_mutation_is_registered_by_its_function() -> None:
    names = declared(PACKAGE)
    assert {"appointment.book", "sale.record", "conflict.resolve", "staff.set_pin"} <= set(names), "the scan sees them"
    for name, module in names.items():
        importlib.import_module(f"kronos_core.mutations.{module}")
        assert name in REGISTRY, name
        assert REGISTRY[name].apply.__module__ == f"kronos_core.mutations.{module}", name


def test_the_package_imports_every_module_that_declares_a_mutation() -> None:
    names = declared(PACKAGE)
    assert set(names.values()) - imported_by_init(PACKAGE) == set(), "import the new module in mutations/__init__.py"
    assert registered_by_importing_the_package(Path(kronos_core.__file__).parent.parent) == set(names)


def test_a_module_forgotten_in_the_package_is_caught(tmp_path: Path) -> None:
    """The checks above, on a copy of kronos_core with a new module nobody imported."""
    copy = tmp_path / "kronos_core"
    shutil.copytree(Path(kronos_core.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "mutations" / "consent_forms.py").write_text(
        '"""Signed consent forms."""\n\n'
        "from kronos_core.mutations.base import ApplyContext, MutationArgs, mutation\n"
        "from kronos_core.roles import EVERYONE\n\n\n"
        "class FormSign(MutationArgs):\n    form_id: str\n\n\n"
        '@mutation("form.sign", FormSign, roles=EVERYONE)\n'
        "def sign(ctx: ApplyContext, args: FormSign) -> None:\n"
        '    """Sign a form."""\n',
        encoding="utf-8",
    )
    names = declared(copy / "mutations")
    assert names["form.sign"] == "consent_forms"
    assert set(names.values()) - imported_by_init(copy / "mutations") == {"consent_forms"}
    assert set(names) - registered_by_importing_the_package(tmp_path) == {"form.sign"}
    # Imported in __init__, it is registered (the check reads the copy, not the installed package).
    init = copy / "mutations" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    init.write_text(text.replace("REGISTERING = (\n", 'REGISTERING = (\n    "consent_forms",\n', 1), encoding="utf-8")
    assert imported_by_init(copy / "mutations") >= set(names.values())
    assert registered_by_importing_the_package(tmp_path) == set(names)
