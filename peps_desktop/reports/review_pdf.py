"""The review report as an A4 landscape PDF, painted row by row.

Painted with QPainter rather than laid out by QTextDocument: an HTML table of 3,000 accounts
took 18 s there. The table's header is repeated on every page, and each page ends with
« Page n / N ». Cells are painted grouped by colour, so the pen changes a few times per page
rather than per cell.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from peps_desktop import APP_NAME
from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    decision_label,
)
from peps_desktop.core.accounts.review_report import ReviewReport
from peps_desktop.i18n import translate
from peps_desktop.reports.files import write_atomically
from peps_desktop.reports.review_table import (
    DECISION_COLUMN,
    day,
    header,
    moment,
    rights_legend,
    table,
)

PDF_DPI = 300
MARGIN_MM = 12
# Column widths as shares of the page: nom, prénom, login, profil, droits, recommandation,
# décision, motif, le, par.
COLUMN_SHARES = (0.085, 0.08, 0.1, 0.09, 0.125, 0.14, 0.08, 0.13, 0.09, 0.08)
LOGIN_COLUMN, REASON_COLUMN = 2, 7
SIGNATURE_HEIGHT_MM = 42
SIGNATURE_BOX_MM = (80, 22)
# Logins have no spaces: they wrap anywhere; other texts at word boundaries.
WRAP = Qt.TextFlag.TextWordWrap
WRAP_LOGIN = Qt.TextFlag.TextWrapAnywhere

INK = QColor("#1f2933")
MUTED = QColor("#5a6470")
BRAND = QColor("#1b3a6b")
RULE = QColor("#c5cfdd")
SHADE = QColor("#f2f5fa")
DECISION_INK = {
    DECISION_CONSERVER: QColor("#1e6b34"),
    DECISION_SUPPRIMER: QColor("#b00020"),
    DECISION_JE_NE_SAIS_PAS: QColor("#8a5a00"),
}

_application: QGuiApplication | None = None


def report_title() -> str:
    return translate("ReviewReport", "Account review report")


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one (offscreen when there is no display)."""
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])
    return _application


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Arial", "Liberation Sans", "DejaVu Sans", "Helvetica"])
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Line:
    text: str
    font: QFont
    color: QColor
    space_after: float  # in millimetres


class PdfReport:
    """Lays the report out in two passes: row heights and pages first, then painting."""

    def __init__(self, report: ReviewReport, writer: QPdfWriter) -> None:
        self.report = report
        self.writer = writer
        self.mm = writer.resolution() / 25.4
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(area.width()), float(area.height())
        self.body = _font(8)
        self.bold = _font(8, bold=True)
        self.small = _font(7.5)
        self.padding = 1.3 * self.mm
        self.columns = [share * self.width for share in COLUMN_SHARES]
        self.header_cells = header()
        self.rows = table(report)
        self.header_height = self._row_height(self.header_cells, self.bold)
        self.row_heights = [self._row_height(cells, self.body) for cells in self.rows]
        self.footer_height = 8 * self.mm
        self.intro = self._intro_lines()
        self.totals = self._totals()

    # --- measuring ---------------------------------------------------------------------------

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def _text_height(self, font: QFont, width: float, text: str, wrap: Qt.TextFlag) -> float:
        bound = self._metrics(font).boundingRect(QRectF(0, 0, width, 1e7), int(wrap), text or " ")
        return bound.height()

    def _row_height(self, cells: list[str], font: QFont) -> float:
        tallest = max(
            self._text_height(
                font,
                width - 2 * self.padding,
                cell,
                WRAP_LOGIN if column == LOGIN_COLUMN else WRAP,
            )
            for column, (cell, width) in enumerate(zip(cells, self.columns, strict=True))
        )
        return tallest + 2 * self.padding

    def _intro_lines(self) -> list[_Line]:
        report = self.report
        if report.closed_at is None:
            state = translate("ReviewReport", "In progress: the decisions are not applied yet.")
        else:
            state = translate("ReviewReport", "Applied on {date}.").format(
                date=moment(report.closed_at)
            )
        started = translate("ReviewReport", "Started on {date} by {login}.").format(
            date=day(report.started_at), login=report.started_by_login
        )
        area = translate("ReviewReport", "Gestion des comptes")
        return [
            _Line(f"{APP_NAME} · {area}", self.small, MUTED, 2),
            _Line(report_title(), _font(18, bold=True), BRAND, 1),
            _Line(report.structure_name, _font(13, bold=True), INK, 2.5),
            _Line(f"{started} {state}", self.body, INK, 1.5),
            _Line(rights_legend(), self.small, MUTED, 5),
        ]

    def _totals(self) -> list[tuple[str, int, QColor]]:
        totals = self.report.totals()
        return [
            (decision_label(DECISION_CONSERVER), totals[DECISION_CONSERVER], INK),
            (decision_label(DECISION_SUPPRIMER), totals[DECISION_SUPPRIMER], INK),
            (decision_label(DECISION_JE_NE_SAIS_PAS), totals[DECISION_JE_NE_SAIS_PAS], INK),
            (decision_label(None), totals[None], INK),
            (translate("ReviewReport", "Accounts reviewed"), len(self.report.rows), BRAND),
        ]

    def _totals_row_height(self) -> float:
        return self._metrics(self.body).height() + 2 * self.padding

    def _intro_height(self) -> float:
        lines = sum(
            self._metrics(line.font).height() + line.space_after * self.mm for line in self.intro
        )
        return lines + len(self.totals) * self._totals_row_height() + 6 * self.mm

    def _pages(self) -> list[list[int]]:
        """Row indexes per page: a row never splits across pages. The signature block follows
        the last row; when it does not fit, the last row goes over with it (no page holds a
        signature alone)."""
        bottom = self.height - self.footer_height
        pages: list[list[int]] = []
        current: list[int] = []
        y = self._intro_height() + self.header_height
        for index, height in enumerate(self.row_heights):
            if current and y + height > bottom:
                pages.append(current)
                current, y = [], self.header_height
            current.append(index)
            y += height
        if y + SIGNATURE_HEIGHT_MM * self.mm > bottom and len(current) > 1:
            pages.append(current[:-1])
            current = current[-1:]
        pages.append(current)
        return pages

    # --- painting ----------------------------------------------------------------------------

    def paint(self) -> None:
        pages = self._pages()
        painter = QPainter(self.writer)
        try:
            for number, rows in enumerate(pages, start=1):
                if number > 1:
                    self.writer.newPage()
                y = self._paint_intro(painter) if number == 1 else 0.0
                y = self._paint_header(painter, y)
                y = self._paint_rows(painter, y, rows)
                if number == len(pages):
                    self._paint_signature(painter, y + 8 * self.mm)
                self._paint_footer(painter, number, len(pages))
        finally:
            painter.end()

    def _paint_intro(self, painter: QPainter) -> float:
        y = 0.0
        for line in self.intro:
            height = self._metrics(line.font).height()
            painter.setFont(line.font)
            painter.setPen(line.color)
            painter.drawText(
                QRectF(0, y, self.width, height), int(Qt.AlignmentFlag.AlignLeft), line.text
            )
            y += height + line.space_after * self.mm
        label_width, count_width = 55 * self.mm, 20 * self.mm
        row_height = self._totals_row_height()
        for index, (label, count, color) in enumerate(self.totals):
            last = index == len(self.totals) - 1
            box = QRectF(0, y, label_width + count_width, row_height)
            if last:
                painter.fillRect(box, QColor("#e8eef7"))
            painter.setPen(QPen(RULE, 0.25 * self.mm))
            painter.drawLine(QPointF(0, y + row_height), QPointF(box.right(), y + row_height))
            painter.setFont(self.bold if last else self.body)
            painter.setPen(color)
            inner = box.adjusted(self.padding, 0, -self.padding, 0)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(inner, int(left), label)
            painter.setFont(self.bold)
            painter.drawText(inner, int(right), str(count))
            y += row_height
        return y + 6 * self.mm

    def _paint_header(self, painter: QPainter, y: float) -> float:
        painter.fillRect(QRectF(0, y, self.width, self.header_height), BRAND)
        painter.setFont(self.bold)
        painter.setPen(QColor("white"))
        for column, cell in enumerate(self.header_cells):
            painter.drawText(self._cell(column, y, self.header_height), self._flags(column), cell)
        return y + self.header_height

    def _paint_signature(self, painter: QPainter, y: float) -> None:
        """« Fait à …, le … », who signs, and a box for the signature and the stamp."""
        line_height = self._metrics(self.body).height() * 1.6
        blank = "_" * 34
        place = translate("ReviewReport", "Done at {place}, on {date}").format(
            place=blank, date=day(self.report.generated_at)
        )
        signatory = translate("ReviewReport", "Signed by: {name}, account administrator").format(
            name=self.report.signatory or blank
        )
        painter.setFont(self.body)
        painter.setPen(INK)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for text in (place, signatory, translate("ReviewReport", "Signature and stamp:")):
            painter.drawText(QRectF(0, y, self.width / 2, line_height), left, text)
            y += line_height
        width, height = SIGNATURE_BOX_MM
        painter.setPen(QPen(RULE, 0.3 * self.mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, y + 1 * self.mm, width * self.mm, height * self.mm))

    def _paint_rows(self, painter: QPainter, y: float, rows: list[int]) -> float:
        """One page of rows, grouped by colour: a few pen changes per page, not per cell.
        Returns where the last row ends."""
        tops = []
        for index in rows:
            tops.append(y)
            y += self.row_heights[index]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADE)
        painter.drawRects(
            [
                QRectF(0, top, self.width, self.row_heights[index])
                for index, top in zip(rows, tops, strict=True)
                if index % 2
            ]
        )
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLines(
            [
                QLineF(0, top + self.row_heights[index], self.width, top + self.row_heights[index])
                for index, top in zip(rows, tops, strict=True)
            ]
        )
        painter.setFont(self.body)
        by_colour: dict[str, list[tuple[QRectF, int, str]]] = {}
        for index, top in zip(rows, tops, strict=True):
            height = self.row_heights[index]
            decision_ink = DECISION_INK.get(self.report.rows[index].decision or "", MUTED)
            for column, cell in enumerate(self.rows[index]):
                ink = decision_ink if column == DECISION_COLUMN else INK
                text = cell or ("" if column == REASON_COLUMN else "—")
                by_colour.setdefault(ink.name(), []).append(
                    (self._cell(column, top, height), self._flags(column), text)
                )
        for colour, cells in by_colour.items():
            painter.setPen(QColor(colour))
            for box, flags, text in cells:
                painter.drawText(box, flags, text)
        return y

    def _cell(self, column: int, top: float, height: float) -> QRectF:
        left = sum(self.columns[:column])
        return QRectF(left, top, self.columns[column], height).adjusted(
            self.padding, self.padding, -self.padding, -self.padding
        )

    @staticmethod
    def _flags(column: int) -> int:
        wrap = WRAP_LOGIN if column == LOGIN_COLUMN else WRAP
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(wrap)

    def _paint_footer(self, painter: QPainter, number: int, count: int) -> None:
        top = self.height - self.footer_height + 2 * self.mm
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLine(QPointF(0, top), QPointF(self.width, top))
        painter.setFont(self.small)
        painter.setPen(MUTED)
        box = QRectF(0, top + 1 * self.mm, self.width, self.footer_height - 3 * self.mm)
        generated = translate("ReviewReport", "Report generated on {date}.").format(
            date=moment(self.report.generated_at)
        )
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{self.report.structure_name} · {report_title()} · {generated}",
        )
        page = translate("ReviewReport", "Page {number} / {count}").format(
            number=number, count=count
        )
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page
        )


def write_pdf(report: ReviewReport, path: Path) -> None:
    """An A4 landscape PDF: title, structure, totals, and one row per account."""
    ensure_gui_application()

    def write(target: Path) -> None:
        writer = QPdfWriter(str(target))
        writer.setResolution(PDF_DPI)
        writer.setTitle(f"{report_title()} – {report.structure_name}")
        writer.setCreator(APP_NAME)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        PdfReport(report, writer).paint()
        del writer  # flushes and closes the file before it is renamed

    write_atomically(path, write)
