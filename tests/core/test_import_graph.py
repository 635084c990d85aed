"""No import cycle inside an app, counting imports inside functions too (a lazy import that
only hides a cycle is still a cycle)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "members",
    "governance",
    "projects",
    "events",
    "reports",
    "osloregionen/core",
    "osloregionen/news",
    "osloregionen/opendata",
    "osloregionen/home",
    "osloregionen/search",
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_modules(app: str) -> dict[str, Path]:
    return {
        module_name(path): path
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "seed_data" not in path.parts
    }


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that the module ``name`` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            # Importing ``a.b.c`` runs the package ``a.b`` first.
            parts = target.split(".")
            found.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    own_packages = {".".join(name.split(".")[:end]) for end in range(1, name.count(".") + 2)}
    return (found & known) - own_packages


def cycles(app: str) -> list[list[str]]:
    modules = app_modules(app)
    graph = {name: imported_modules(name, path, set(modules)) for name, path in modules.items()}
    found, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                found.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found


@pytest.mark.parametrize("app", APPS)
def test_no_import_cycle_inside_an_app(app):
    assert cycles(app) == []
