"""A tiny hand-written PDF 1.4 writer for the demo's courriers: one A4 page of text.

No third-party dependency. The text is set in the standard Helvetica fonts with the
WinAnsi encoding, so French accents, the euro sign and typographic dashes render in any
viewer (characters outside cp1252 become "?"). The output is deterministic: the same
title and lines always give the same bytes, which suits a store that keeps documents by
content hash.
"""

from __future__ import annotations

import textwrap

PAGE_WIDTH = 595.28  # A4 in points
PAGE_HEIGHT = 841.89
MARGIN_LEFT = 62
MARGIN_TOP = 70
MARGIN_BOTTOM = 60
TITLE_SIZE = 15
BODY_SIZE = 10.5
LEADING = 14.5
# Helvetica averages about half an em per character: 95 characters fill the text width.
WRAP_COLUMNS = 95

BOLD_MARKER = "**"

# Characters cp1252 lacks but that French text often carries, mapped to near equivalents.
_SUBSTITUTES = str.maketrans({"\u202f": "\xa0", "\u2009": " ", "\u2212": "-"})


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi: backslash and parentheses escaped, 8-bit bytes octal."""
    raw = text.translate(_SUBSTITUTES).encode("cp1252", errors="replace")
    out = bytearray(b"(")
    for byte in raw:
        if byte in b"\\()":
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte >= 0x7F:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    out += b")"
    return bytes(out)


def _content_stream(title: str, lines: list[str]) -> bytes:
    ops: list[bytes] = []
    y = PAGE_HEIGHT - MARGIN_TOP

    def show(font: bytes, size: float, text: str) -> None:
        nonlocal y
        ops.append(
            b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET"
            % (font, size, MARGIN_LEFT, y, _pdf_string(text))
        )

    for part in textwrap.wrap(title, 60) or [""]:
        show(b"F2", TITLE_SIZE, part)
        y -= TITLE_SIZE * 1.3
    # A rule under the letterhead.
    y += TITLE_SIZE * 0.5
    ops.append(
        b"0.6 w 0.15 0.3 0.55 RG %.2f %.2f m %.2f %.2f l S"
        % (MARGIN_LEFT, y, PAGE_WIDTH - MARGIN_LEFT, y)
    )
    y -= LEADING * 1.5
    for line in lines:
        font = b"F1"
        if line.startswith(BOLD_MARKER):
            font, line = b"F2", line[len(BOLD_MARKER) :]
        for part in textwrap.wrap(line, WRAP_COLUMNS) or [""]:
            if y < MARGIN_BOTTOM:
                break  # one page: what does not fit is left out
            if part:
                show(font, BODY_SIZE, part)
            y -= LEADING
    return b"\n".join(ops) + b"\n"


def courrier_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page A4 PDF: `title` as a bold letterhead, then `lines` one under another.

    Long lines are wrapped; an empty line leaves a blank line; a line starting with "**"
    is set in bold (the marker is not shown).
    """
    content = _content_stream(title, lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        % (PAGE_WIDTH, PAGE_HEIGHT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Producer (PEP's Desktop demo) >>",
    ]
    # A binary comment after the header tells transfer tools the file is not plain text.
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref_at,
    )
    return bytes(out)
