"""The core never imports Qt: it must run from the command line and from tests without it."""

import ast
import subprocess
import sys

from conftest import ROOT


def test_no_module_of_the_core_imports_qt():
    offenders = []
    for path in (ROOT / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, workbench\n"
        "for m in pkgutil.walk_packages(workbench.__path__, 'workbench.'):\n"
        "    if m.name != 'workbench.__main__': importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# --- the packages of the core, and which may use which --------------------------------------------
# Each package may import the packages before it in this order (and itself), never one after it:
# the folders tell the path of the data, from an article's bytes to what the desk publishes.
ORDER = ["kernel", "db", "text", "library", "claims", "linking", "review", "publish", "checks", "cli", "__main__"]
# The imports against that order that must stay, each with its reason: (importing module, module imported).
EXCEPTIONS = {
    ("claims/marking.py", "workbench.review.coverage"):
        "a claim edited, moved or deleted changes what its verdict covers: kept in step in the claim's own "
        "write transaction",
    ("claims/marking.py", "workbench.review.verdict_search"):
        "a claim's quote is part of its verdict's search text: the queue's index follows in the same write",
    ("linking/links.py", "workbench.review.coverage"):
        "a same / different decision merges or splits clusters, and so verdicts: in the decision's own write",
    ("claims/importing.py", "workbench.linking.links"):
        "a claims file carries its duplicate pairs, recorded as same decisions as the claims go in",
}


def _package_of(module: str) -> str | None:
    """``workbench.review.coverage`` -> ``review``; the top package itself (``__version__``) -> None."""
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "workbench" or parts[1] == "__version__":
        return None
    return parts[1]


def _imports_of_the_core() -> list[tuple[str, str, str]]:
    """(importing file relative to workbench/, its package, module imported) for every import of the core."""
    found = []
    core = ROOT / "workbench"
    for path in sorted(core.rglob("*.py")):
        where = path.relative_to(core).as_posix()
        package = where.split("/")[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                found.append((where, package, "relative"))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workbench"):
                package_dir = ROOT.joinpath(*node.module.split("."))
                modules = [f"{node.module}.{a.name}" for a in node.names] if package_dir.is_dir() else [node.module]
                found += [(where, package, m) for m in modules]
            elif isinstance(node, ast.Import):
                found += [(where, package, a.name) for a in node.names if a.name.startswith("workbench")]
    return found


def test_every_module_of_the_core_lives_in_a_package_of_the_order():
    core = ROOT / "workbench"
    loose = sorted(p.name for p in core.glob("*.py") if p.stem not in {"__init__", *ORDER})
    packages = sorted(p.name for p in core.iterdir() if (p / "__init__.py").is_file())
    assert loose == [] and set(packages) <= set(ORDER), (loose, packages)
    for package in packages:  # each says what it owns and what it may use
        assert ast.get_docstring(ast.parse((core / package / "__init__.py").read_text("utf-8"))), package


def test_packages_import_only_the_packages_below_them():
    wrong, used = [], set()
    for where, package, module in _imports_of_the_core():
        if module == "relative":
            wrong.append(f"{where}: a relative import (the core imports by full name)")
            continue
        target = _package_of(module)
        if target is None or target == package or (target in ORDER and ORDER.index(target) < ORDER.index(package)):
            continue
        if (where, module) in EXCEPTIONS:
            used.add((where, module))
            continue
        wrong.append(f"{where} ({package}) imports {module} ({target})")
    assert wrong == []
    assert used == set(EXCEPTIONS), f"exceptions no longer needed: {set(EXCEPTIONS) - used}"


def test_the_window_uses_the_core_but_the_core_never_the_window():
    offenders = [f"{where}: {module}" for where, _package, module in _imports_of_the_core()
                 if module.split(".")[0] == "ui"]
    assert offenders == []
