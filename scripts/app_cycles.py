"""Count the pairs of investdesk apps that sit in an import cycle.

Reads every non-test, non-migration module of ``investdesk/`` with ``ast`` and collects the
imports between apps — at module top *and* inside functions (a function-local import only
hides a dependency, it does not remove it). Two apps are "in a cycle" when each can reach
the other through the resulting app graph. Also counts the function-local imports.

Usage: ``python scripts/app_cycles.py [-v]`` (``-v`` lists the pairs, the app edges that
close them, and the function-local imports).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "investdesk"


def _skipped(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return (
        "tests" in parts
        or "migrations" in parts
        or parts[-1] in {"conftest.py", "testing.py"}
        or parts[-1].startswith("test_")
    )


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _app(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "investdesk":
        return parts[1]
    return None


def collect() -> tuple[dict[tuple[str, str], list[str]], list[str]]:
    """App edges (with the importing module:line of each) and the function-local imports."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    local: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        if _skipped(path):
            continue
        module = _module_name(path)
        source_app = _app(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        top_level = {id(node) for node in tree.body}
        # Imports guarded by ``if TYPE_CHECKING:`` never run; they do not make a cycle.
        type_only: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                type_only.update(id(n) for n in ast.walk(node))
        in_function: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                in_function.update(id(n) for n in ast.walk(node) if n is not node)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(module, path, node)
                targets = [base] if node.module or not node.level else []
                if not node.module and node.level:
                    targets = [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            if id(node) in in_function and id(node) not in top_level:
                local.append(where)
            if id(node) in type_only:
                continue
            for target in targets:
                target_app = _app(target)
                if source_app and target_app and target_app != source_app:
                    edges[(source_app, target_app)].append(where)
    return edges, local


def cycle_pairs(edges: dict[tuple[str, str], list[str]]) -> list[tuple[str, str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    apps = sorted(set(graph) | {b for targets in graph.values() for b in targets})

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        stack = [start]
        while stack:
            for nxt in graph[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    reach = {app: reachable(app) for app in apps}
    return [(a, b) for a, b in combinations(apps, 2) if b in reach[a] and a in reach[b]]


def cycle_edges(edges: dict[tuple[str, str], list[str]]) -> list[tuple[str, str]]:
    """The app edges that lie on some cycle (their target reaches back to their source)."""
    pairs = set(cycle_pairs(edges))
    return [(a, b) for a, b in sorted(edges) if (min(a, b), max(a, b)) in pairs]


def main() -> None:
    verbose = "-v" in sys.argv
    edges, local = collect()
    pairs = cycle_pairs(edges)
    print(f"app pairs in an import cycle: {len(pairs)}")
    print(f"function-local imports (non-test): {len(local)}")
    if verbose:
        for a, b in pairs:
            print(f"  cycle: {a} <-> {b}")
        for a, b in cycle_edges(edges):
            print(f"  edge {a} -> {b}: {', '.join(edges[(a, b)][:6])}")
        for where in local:
            print(f"  local import: {where}")


if __name__ == "__main__":
    main()
