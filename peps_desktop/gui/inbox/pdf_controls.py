"""The reader's zoom and page count: zoom in, out or to the page's width, and « Page 2 sur 5 »
under the document."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from peps_desktop.gui.shared.resources import icon

ZOOM_STEP = 1.25
LOWEST_ZOOM, HIGHEST_ZOOM = 0.25, 4.0


class PdfControls(QObject):
    def __init__(self, view: QPdfView, document: QPdfDocument) -> None:
        # Gone with the document: the view, deleted after it, may still send news.
        super().__init__(document)
        self._view = view
        self._document = document
        self.zoom_in = self._action("readerZoomIn", self.tr("Zoom in"), "zoom-in")
        self.zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_in.triggered.connect(lambda: self._zoom_by(ZOOM_STEP))
        self.zoom_out = self._action("readerZoomOut", self.tr("Zoom out"), "zoom-out")
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out.triggered.connect(lambda: self._zoom_by(1 / ZOOM_STEP))
        self.fit_width = self._action("readerFitWidth", self.tr("Fit to width"), "zoom-fit")
        self.fit_width.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_width.triggered.connect(self.fit_to_width)
        for action in self.actions():
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shortcut})")

        self.page_label = QLabel()
        self.page_label.setObjectName("readerPageCount")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("readerZoom")
        self.zoom_label.setToolTip(self.tr("Zoom"))
        for label in (self.page_label, self.zoom_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        view.pageNavigator().currentPageChanged.connect(self.update_labels)
        view.zoomFactorChanged.connect(self.update_labels)
        view.zoomModeChanged.connect(self.update_labels)
        document.pageCountChanged.connect(self.update_labels)
        document.statusChanged.connect(self.update_labels)
        view.viewport().installEventFilter(self)  # fitting the width, the zoom follows it
        self.update_labels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update_labels()
        return False

    def _action(self, name: str, text: str, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        # Only while the reader has the focus: the list beside it has its own keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def actions(self) -> list[QAction]:
        return [self.zoom_out, self.zoom_in, self.fit_width]

    @property
    def zoom(self) -> float:
        """The zoom shown; fitting the width, worked out as QtPdf does from the view's width
        (its own factor stays what it was)."""
        view = self._view
        if view.zoomMode() != QPdfView.ZoomMode.FitToWidth:
            return view.zoomFactor()
        page = self._document.pagePointSize(max(view.pageNavigator().currentPage(), 0))
        pixels_per_point = view.logicalDpiX() / 72
        margins = view.documentMargins()
        room = view.viewport().width() - margins.left() - margins.right()
        if page.width() <= 0 or room <= 0:
            return view.zoomFactor()
        return room / (page.width() * pixels_per_point)

    def _zoom_by(self, factor: float) -> None:
        zoom = min(max(self.zoom * factor, LOWEST_ZOOM), HIGHEST_ZOOM)
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(zoom)
        self.update_labels()

    def fit_to_width(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.update_labels()

    def show_first_page(self) -> None:
        """A new document starts at its top, at the zoom the user chose last."""
        self._view.pageNavigator().jump(0, QPointF(), self._view.pageNavigator().currentZoom())
        self._view.verticalScrollBar().setValue(0)
        self.update_labels()

    def update_labels(self) -> None:
        if not shiboken6.isValid(self._document):  # closing as it is deleted: nothing to show
            return
        count = self._document.pageCount()
        ready = self._document.status() == QPdfDocument.Status.Ready and count > 0
        if ready:
            page = min(self._view.pageNavigator().currentPage(), count - 1) + 1
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(page=page, count=count)
            )
            self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.zoom * 100)))
        else:
            self.page_label.clear()
            self.zoom_label.clear()
        for action in self.actions():
            action.setEnabled(ready)
        self.zoom_in.setEnabled(ready and self.zoom < HIGHEST_ZOOM - 1e-6)
        self.zoom_out.setEnabled(ready and self.zoom > LOWEST_ZOOM + 1e-6)
        self.fit_width.setEnabled(ready and self._view.zoomMode() != QPdfView.ZoomMode.FitToWidth)

    def with_page_bar(self) -> QWidget:
        """The document's view, with its page count and zoom under it."""
        bar = QWidget()
        bar.setObjectName("readerPageBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.page_label)
        row.addStretch()
        zoom_out, zoom_in, fit_width = (_button(action) for action in self.actions())
        row.addWidget(zoom_out)
        row.addWidget(self.zoom_label)
        row.addWidget(zoom_in)
        row.addWidget(fit_width)
        page = QWidget()
        page.setObjectName("readerDocumentPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._view, 1)
        column.addWidget(bar)
        return page


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    button.setAccessibleName(action.text())
    return button
