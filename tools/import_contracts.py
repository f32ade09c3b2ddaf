"""import-linter contract types of the project's own, registered in pyproject.toml.

`forbidden_external_submodules`: import-linter's own `forbidden` type sees external packages
whole (PySide6), not their modules (PySide6.QtWidgets). This one reads the import lines of every
module the sources import, directly or not, and refuses those that name a forbidden module.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class ForbiddenExternalSubmodulesContract(Contract):
    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        sources = set()
        for name in self.source_modules:  # type: ignore[attr-defined]
            sources |= {name, *graph.find_descendants(name)}
        reached = set(sources)
        for name in sources:
            reached |= graph.find_upstream_modules(name)
        offences = []
        for forbidden in self.forbidden_modules:  # type: ignore[attr-defined]
            package, _, submodule = forbidden.partition(".")
            named = re.compile(
                rf"\b{re.escape(forbidden)}\b|^\s*from\s+{re.escape(package)}\s+import\b.*\b"
                rf"{re.escape(submodule)}\b"
            )
            for importer in sorted(reached):
                if package not in graph.find_modules_directly_imported_by(importer):
                    continue
                for detail in graph.get_import_details(importer=importer, imported=package):
                    if named.search(detail["line_contents"]):
                        offences.append(
                            f"{importer}:{detail['line_number']} imports {forbidden}: "
                            f"{detail['line_contents']}"
                        )
        return ContractCheck(kept=not offences, metadata={"offences": offences})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for offence in check.metadata["offences"]:
            output.print_error(offence, bold=False)
            output.new_line()
