"""Writing Excel files row by row: openpyxl's write-only mode into a temporary file.

The workbook never sits in memory: rows are written as they come from the database
iterator, the file is spooled to disk and streamed back to the client in chunks.
"""

import datetime
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.http import FileResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from investdesk.core.spreadsheets import formula_safe

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel refuses sheet titles longer than 31 characters or with these characters.
_BAD_TITLE_CHARS = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def _cell_value(value: Any) -> Any:
    if isinstance(value, str):
        return formula_safe(value)
    if value is None or isinstance(value, int | float | Decimal | bool):
        return value
    if isinstance(value, datetime.datetime):
        # Excel has no time zones: write the local wall-clock time.
        return timezone.localtime(value).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, datetime.date):
        return value
    return formula_safe(str(value))


def write_workbook(
    sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]],
) -> tempfile.SpooledTemporaryFile:
    """Write ``(title, headers, rows)`` sheets; return the file positioned at its start."""
    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=str(title).translate(_BAD_TITLE_CHARS)[:31])
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(sheet, value=formula_safe(str(header)))
            cell.font = Font(bold=True)
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell_value(value) for value in row])
    if not workbook.worksheets:
        workbook.create_sheet()
    # Spooled: small files stay in memory, large ones move to disk past 8 MB.
    target = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (the response closes it)
    workbook.save(target)
    target.seek(0)
    return target


def xlsx_response(
    sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]], *, filename: str
) -> FileResponse:
    """A streamed download; the temporary file is closed (and removed) once sent."""
    return FileResponse(
        write_workbook(sheets), as_attachment=True, filename=filename, content_type=XLSX_MIME
    )
