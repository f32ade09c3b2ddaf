"""Pages of the main window built the first time they are needed, not with the window.

A `LazyArea` stands for one or more navigation rows whose pages are made together by one
`build` (the contact area's help centre and Mes échanges, the administration's accounts).
Until then each row shows an empty placeholder; the first time a row is chosen, or the
window asks for one of the area's pages, `build` runs and its pages take the placeholders'
places. The window thus appears without importing or making what the person may never open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

Build = Callable[[], Sequence[QWidget]]


class LazyArea:
    def __init__(self, build: Build, rows: int, name: str) -> None:
        self._build: Build | None = build
        self.placeholders = [QWidget() for _ in range(rows)]
        for number, placeholder in enumerate(self.placeholders):
            placeholder.setObjectName(f"{name}Placeholder{number}")
        self._pages: list[QWidget] | None = None
        self._when_built: list[Callable[[Sequence[QWidget]], None]] = []

    @property
    def built(self) -> bool:
        return self._pages is not None

    def pages(self) -> list[QWidget]:
        """The area's pages, in the order of its rows; made now if they were not yet."""
        if self._pages is None:
            build, self._build = self._build, None
            assert build is not None, "an area being built asked for itself"
            pages = list(build())
            if len(pages) != len(self.placeholders):
                raise ValueError(f"{len(pages)} pages built for {len(self.placeholders)} rows")
            self._pages = pages
            for callback in self._when_built:
                callback(pages)
            self._when_built.clear()
        return self._pages

    def page_for(self, placeholder: QWidget) -> QWidget:
        return self.pages()[self.placeholders.index(placeholder)]

    def when_built(self, callback: Callable[[Sequence[QWidget]], None]) -> None:
        """`callback(pages)` once the pages are made (at once if they are)."""
        if self._pages is not None:
            callback(self._pages)
        else:
            self._when_built.append(callback)
