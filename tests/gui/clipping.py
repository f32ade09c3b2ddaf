"""Text a widget cannot show whole: the width its text needs (font metrics, through the
widget's style) against the width it has. Table cells may be elided; everything else may not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QTabBar,
    QToolBar,
    QWidget,
)

from tests.gui.screens import visible_widgets

# A pixel of rounding between font metrics and the style's own sums.
SLACK = 1
LINE_EDIT_MARGIN = 2  # QLineEdit's own horizontal margin inside its contents rect


@dataclass(frozen=True)
class Clipped:
    widget: QWidget
    text: str
    missing: int

    def __str__(self) -> str:
        widget = self.widget
        name = widget.objectName()
        parent = widget.parentWidget()
        if not name and parent is not None and parent.objectName():
            name = f"of {parent.objectName()}"  # a table's header, a tab widget's bar
        name = name or "(no objectName)"
        return f"{type(widget).__name__} {name}: « {self.text} » lacks {self.missing} px"


def plain(text: str) -> str:
    """The text as drawn: a mnemonic's & is not."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> Iterator[Clipped]:
    text = label.text()
    if not text or label.wordWrap() or label.pixmap() is not None and not label.pixmap().isNull():
        return
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.999)
        shown = document.toPlainText()
    else:
        shown = plain(text) if label.buddy() is not None else text
        needed = widest_line(label.fontMetrics(), shown)
    available = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if needed > available + SLACK:
        yield Clipped(label, shown, needed - available)


def _button(button: QAbstractButton) -> Iterator[Clipped]:
    if not button.text():
        return
    if isinstance(button, QPushButton):
        # Its size hint has a floor (a push button is never narrower than ~80 px): the width
        # its text and icon need, through the style, is what counts.
        from PySide6.QtWidgets import QStyleOptionButton

        option = QStyleOptionButton()
        button.initStyleOption(option)
        metrics = button.fontMetrics()
        content = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text())
        width = content.width()
        if not button.icon().isNull():
            width += button.iconSize().width() + 4
        if button.menu() is not None:
            width += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option)
        content.setWidth(width)
        needed = (
            button.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button)
            .width()
        )
    else:
        needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        yield Clipped(button, plain(button.text()), needed - button.width())


def _combo(combo: QComboBox) -> Iterator[Clipped]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    available = field.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        available -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > available + SLACK:
        yield Clipped(combo, text, needed - available)


def _section_width(header: QHeaderView, logical: int) -> int:
    """Qt's size counts the sort arrow's room in every section; only the sorted one draws it."""
    if not header.isSortIndicatorShown() or header.sortIndicatorSection() == logical:
        return header.sectionSizeFromContents(logical).width()
    header.setSortIndicatorShown(False)
    try:
        return header.sectionSizeFromContents(logical).width()
    finally:
        header.setSortIndicatorShown(True)


def _header(header: QHeaderView) -> Iterator[Clipped]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return
    model = header.model()
    if model is None:
        return
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        size = header.sectionSize(logical)
        needed = _section_width(header, logical)
        if needed > size + SLACK:
            yield Clipped(header, text, needed - size)
        # The column must be on screen with the table scrolled to its start.
        end = header.sectionPosition(logical) + size
        if end > header.viewport().width() + SLACK:
            yield Clipped(header, f"{text} (off-screen)", end - header.viewport().width())


def _tab_bar(bar: QTabBar) -> Iterator[Clipped]:
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        available = min(rect.width(), bar.width() - rect.left())
        if needed > available + SLACK:
            yield Clipped(bar, text, needed - available)


def _group_box(box: QGroupBox) -> Iterator[Clipped]:
    title = plain(box.title())
    if not title:
        return
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = label.left() + box.fontMetrics().horizontalAdvance(title)
    if needed > box.width() + SLACK:
        yield Clipped(box, title, needed - box.width())


def _placeholder(edit: QLineEdit) -> Iterator[Clipped]:
    text = edit.placeholderText()
    if not text or edit.text():
        return
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    for action in edit.actions():
        if action.isVisible():  # the clear button and other actions take their room
            available -= edit.height()
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > available + SLACK:
        yield Clipped(edit, text, needed - available)


def _toolbar(toolbar: QToolBar) -> Iterator[Clipped]:
    """An action pushed into the toolbar's overflow menu (») is out of sight."""
    lacking = max(toolbar.sizeHint().width() - toolbar.width(), 0)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if action.isVisible() and not action.isSeparator() and button is not None:
            if not button.isVisible():
                yield Clipped(toolbar, plain(action.text()) or button.objectName(), lacking)


def clipped_texts(top: QWidget) -> list[Clipped]:
    """Every text of `top`'s visible widgets that does not fit."""
    found: list[Clipped] = []
    for widget in visible_widgets(top):
        if isinstance(widget, QLabel):
            if not isinstance(widget.parent(), QAbstractItemView):
                found.extend(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button(widget))
        elif isinstance(widget, QComboBox):
            found.extend(_combo(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_bar(widget))
        elif isinstance(widget, QGroupBox):
            found.extend(_group_box(widget))
        elif isinstance(widget, QLineEdit):
            found.extend(_placeholder(widget))
        elif isinstance(widget, QToolBar):
            found.extend(_toolbar(widget))
    return found
