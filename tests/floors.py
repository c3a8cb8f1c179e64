"""An import-linter contract of our own: no app imports another app inside a function.

Hiding an import in a function keeps a cycle from failing at load time, but the cycle is still
there; import-linter's layers contract sees such imports too, and this one names them. Where a
framework leaves no other way, the import line carries a comment `# floors: <why>`.
"""

import ast
import importlib.util
from pathlib import Path

from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

MARKER = "# floors:"


def _hidden_imports(path: Path, app: str, apps: set[str]):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()

    def walk(node, in_function):
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                if isinstance(child, ast.ImportFrom):
                    names = [child.module] if child.module and child.level == 0 else []
                else:
                    names = [alias.name for alias in child.names]
                for name in names:
                    top = name.split(".")[0]
                    if top in apps and top != app and MARKER not in lines[child.lineno - 1]:
                        yield child.lineno, name
            yield from walk(child, inner)

    yield from walk(ast.parse(source, filename=str(path)), False)


class NoHiddenImportsContract(Contract):
    """The listed apps import each other only at the top of a module (migrations aside)."""

    type_name = "no_hidden_imports"

    apps = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose):
        apps = set(self.apps)
        found = []
        for app in sorted(apps):
            folder = Path(importlib.util.find_spec(app).origin).parent
            for path in sorted(folder.rglob("*.py")):
                if "migrations" in path.relative_to(folder).parts:
                    continue
                for line, name in _hidden_imports(path, app, apps):
                    found.append(f"{path.relative_to(folder.parent)}:{line} imports {name}")
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check):
        for item in check.metadata["found"]:
            output.print_error(item)
        output.print(
            "Move the import to the top of the module, or, where a framework requires it, "
            f"add '{MARKER} <why>' to the line."
        )
