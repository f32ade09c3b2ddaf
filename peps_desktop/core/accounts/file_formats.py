"""Reading and writing account lists as CSV (as French Excel writes it) or XLSX.

CSV: `;`-separated, UTF-8 with or without a BOM; written with a BOM so that Excel reads the
accents. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are written
behind a single quote, which reading takes off again.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from peps_desktop.core.accounts.file_rows import DATE_FORMAT, DATETIME_FORMAT, Cell
from peps_desktop.core.shared.file_faults import file_fault
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

FORMULA_TRIGGERS = ("=", "+", "-", "@")
QUOTE = "'"
CSV_DELIMITER = ";"
XLSX_SUFFIX = ".xlsx"
# Far more than any structure's accounts and columns: a damaged sheet claiming a million rows
# or sixteen thousand columns is refused instead of filling the memory.
MAX_LINES = 100_000
MAX_COLUMNS = 64

# A written cell: text, a date or a moment (dates and moments are cells of their own in XLSX).
OutCell = str | dt.date | None


@dataclass(frozen=True)
class Sheet:
    """A file's header and its non-empty rows, with their line numbers (header = line 1)."""

    header: list[str]
    rows: list[tuple[int, list[Cell]]]


def neutralise(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula.

    Text that reading would take a quote off gets one more, so it comes back as it was.
    """
    if text.startswith(FORMULA_TRIGGERS) or restore(text) != text:
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """The text `neutralise` was given."""
    if text.startswith(QUOTE) and text[1:].startswith((*FORMULA_TRIGGERS, QUOTE)):
        return text[1:]
    return text


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() == XLSX_SUFFIX


def _unreadable(path: Path, reason: object) -> UserError:
    return UserError(
        translate("AccountFile", "Cannot read {file}: {reason}").format(file=path, reason=reason)
    )


def _in_cell(value: object) -> Cell:
    """A spreadsheet's cell as read: text (its formula guard taken off), a date, a number."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # a telephone typed as a number
    if isinstance(value, int | float):
        return value  # bool too: a field error where text is expected
    return restore(str(value))


def _sheet(records: Iterable[Sequence[object]]) -> Sheet:
    header: list[str] | None = None
    rows: list[tuple[int, list[Cell]]] = []
    for line, record in enumerate(records, start=1):
        cells = [_in_cell(value) for value in record]
        if header is None:
            header = [cell if isinstance(cell, str) else str(cell) for cell in cells]
            continue
        if any(not isinstance(cell, str) or cell.strip() for cell in cells):
            rows.append((line, cells))
    return Sheet(header or [], rows)


def _read_csv(path: Path) -> Sheet:
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            translate(
                "AccountFile",
                "{file} is not in UTF-8: in Excel, save it as “CSV UTF-8 (délimité par des "
                "virgules)”.",
            ).format(file=path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error.strerror or error) from None
    if "\x00" in text:
        raise _unreadable(
            path,
            translate(
                "AccountFile", "line {line} holds a NUL character: it is not a text file."
            ).format(line=text.count("\n", 0, text.index("\x00")) + 1),
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=CSV_DELIMITER)
    records_read_to = 0  # the last line of the last record read whole

    def records() -> Iterator[list[str]]:
        nonlocal records_read_to
        for record in reader:
            records_read_to = reader.line_num
            yield record

    try:
        return _sheet(records())
    except csv.Error:
        raise _unreadable(
            path,
            translate(
                "AccountFile",
                "line {line} cannot be read (a cell too long, or a quote not closed).",
            ).format(line=records_read_to + 1),
        ) from None


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    not_a_workbook = _unreadable(
        path, translate("AccountFile", "it is not a readable Excel workbook (.xlsx).")
    )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        if isinstance(error, FileNotFoundError | PermissionError | IsADirectoryError):
            raise _unreadable(path, error.strerror or error) from None
        raise not_a_workbook from None
    except Exception:  # a damaged file makes the zip, XML and openpyxl layers raise anything
        raise not_a_workbook from None
    try:
        if not workbook.worksheets:
            raise _unreadable(path, translate("AccountFile", "the workbook has no worksheet."))
        rows = workbook.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
        return _sheet(_bounded(rows, path))
    except UserError:
        raise
    except Exception:
        raise not_a_workbook from None
    finally:
        try:
            workbook.close()
        except Exception:  # closing a damaged archive may fail too: nothing left to keep
            pass


def _bounded(rows: Iterable[Sequence[object]], path: Path) -> Iterable[Sequence[object]]:
    for number, row in enumerate(rows, start=1):
        if number > MAX_LINES:
            raise _unreadable(
                path,
                translate("AccountFile", "it has more than {count} lines.").format(count=MAX_LINES),
            )
        yield row


def read_sheet(path: Path) -> Sheet:
    return _read_xlsx(path) if is_xlsx(path) else _read_csv(path)


def _out_text(value: OutCell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    return neutralise(value)


def _write_csv(
    target: io.BufferedWriter, header: Sequence[str], rows: Iterable[Sequence[OutCell]]
) -> None:
    with io.TextIOWrapper(target, encoding="utf-8-sig", newline="") as text:
        writer = csv.writer(text, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_out_text(value) for value in row] for row in rows)


def _write_xlsx(
    target: io.BufferedWriter, header: Sequence[str], rows: Iterable[Sequence[OutCell]]
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()

    def cell(value: OutCell) -> object:
        if isinstance(value, dt.date):
            written = WriteOnlyCell(sheet, value=value)
            written.number_format = (
                "DD/MM/YYYY HH:MM" if isinstance(value, dt.datetime) else "DD/MM/YYYY"
            )
            return written
        return "" if value is None else neutralise(value)

    sheet.append(list(header))
    for row in rows:
        sheet.append([cell(value) for value in row])
    workbook.save(target)


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[Sequence[OutCell]]) -> None:
    """Write the whole file or nothing: a failed export never leaves half a file behind."""
    write = _write_xlsx if is_xlsx(path) else _write_csv
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise file_fault(error, path, folder=path.parent) from None
    try:
        with os.fdopen(descriptor, "wb") as target:
            write(target, header, rows)
        os.replace(temporary, path)
    except OSError as error:
        raise file_fault(error, path, folder=path.parent) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
