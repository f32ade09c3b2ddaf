"""The house's shape: no import circle anywhere in the package, whatever the import's place."""

from __future__ import annotations

from pathlib import Path

import grimp

import peps_desktop


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = lowest[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, imported = work[-1]
            following = next(imported, None)
            if following is not None:
                if following not in index:
                    index[following] = lowest[following] = len(index)
                    stack.append(following)
                    on_stack.add(following)
                    found = graph.find_modules_directly_imported_by(following)
                    work.append((following, iter(sorted(found))))
                elif following in on_stack:
                    lowest[module] = min(lowest[module], index[following])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowest[parent] = min(lowest[parent], lowest[module])
            if lowest[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    circles.append(sorted(group))
    return circles


def test_the_finder_sees_a_circle() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in (("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")):
        graph.add_import(importer=importer, imported=imported)
    assert import_circles(graph) == [["a", "b", "c"]]


def test_no_module_of_the_package_takes_part_in_an_import_circle() -> None:
    # Imports inside functions and under TYPE_CHECKING count: they hide a circle, not break it.
    graph = grimp.build_graph("peps_desktop", cache_dir=None)
    assert import_circles(graph) == []


LONGEST_MODULE = 600  # lines: past it, a module does more than one thing and is split by purpose


def test_no_module_of_the_package_is_over_six_hundred_lines() -> None:
    package = Path(peps_desktop.__file__).parent
    lengths = {
        str(module.relative_to(package)): len(module.read_text(encoding="utf-8").splitlines())
        for module in package.rglob("*.py")
    }
    assert len(lengths) > 100  # the walk found the package
    assert {name: lines for name, lines in lengths.items() if lines > LONGEST_MODULE} == {}
