#!/usr/bin/env python3
"""Writes the PDF, OpenDocument and foreign-format fixtures, independently
of qnr, with programs people use: LibreOffice prints and saves the Word
fixtures (tests/data/docx/) and the text form as PDF, OpenDocument, .doc
and RTF; headless Chromium prints an HTML form to PDF; poppler's pdftoppm
makes a picture of a page. Hostile files are written here with the Python
standard library. Run from the repository root (about a minute):

    python3 tests/document_fixtures.py

Needs soffice (libreoffice-writer-nogui), chromium and pdftoppm
(poppler-utils). The outputs are committed; the tests only read them:
tests/data/pdf/, tests/data/odt/, tests/data/foreign/.
"""

import glob
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCX = os.path.join(DATA, "docx")
PDF = os.path.join(DATA, "pdf")
ODT = os.path.join(DATA, "odt")
FOREIGN = os.path.join(DATA, "foreign")
SEED = os.path.join(DATA, "forms", "seed-000_bc2e8f2f147b68b5.txt")

# The Word fixtures that hold a reply (the others are hostile on purpose).
READABLE = [
    "content-control", "legacy-checked", "legacy-default", "symbol", "typed",
    "deleted-word", "table", "tracked", "seed-ticked",
    "libreoffice-form",
]

PROFILE = tempfile.mkdtemp(prefix="qnr-fixtures-")


def soffice(to, outdir, *files):
    subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation=file://{PROFILE}/lo",
         "--convert-to", to, "--outdir", outdir, *files],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def office_fixtures():
    docs = [os.path.join(DOCX, f"{name}.docx") for name in READABLE]
    soffice("pdf", PDF, *docs)
    soffice("odt", ODT, *docs)
    # The text form as received (the seed), printed and saved by LibreOffice.
    seed = os.path.join(PROFILE, "seed-text.txt")
    shutil.copy(SEED, seed)
    soffice("pdf", PDF, seed)
    soffice("odt", ODT, seed)
    # Formats qnr does not read: Word 97-2003 and RTF.
    reply = os.path.join(DOCX, "content-control.docx")
    soffice("doc", FOREIGN, reply)
    soffice("rtf", FOREIGN, reply)
    # A PDF that needs a password to open.
    encrypted = os.path.join(PROFILE, "encrypted.docx")
    shutil.copy(reply, encrypted)
    soffice('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
            '"DocumentOpenPassword":{"type":"string","value":"secret"}}', FOREIGN, encrypted)
    # A PDF anyone may open, with printing and copying restricted by an owner password.
    restricted = os.path.join(PROFILE, "restricted.docx")
    shutil.copy(reply, restricted)
    soffice('pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
            '"PermissionPassword":{"type":"string","value":"owner"},'
            '"Printing":{"type":"long","value":"0"},"Changes":{"type":"long","value":"0"}}', PDF, restricted)
    # A picture of the first page, as a scan gives.
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", "-singlefile",
                    os.path.join(PDF, "content-control.pdf"), os.path.join(FOREIGN, "scan")],
                   check=True)


def chromium_fixture():
    """The seed reply as an HTML page with ☒/☐ (even positions YES, odd NO,
    as seed-ticked.docx), printed to PDF by Chromium."""
    with open(SEED, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    body, position = [], 0
    for line in lines:
        if not line.strip():
            continue
        text = html.escape(line)
        if line.startswith("Issue "):
            body.append(f"<h1>{text}</h1>")
        elif line.startswith("Recommendation "):
            body.append(f"<h2>{text}</h2>")
        elif line.startswith("Any action taken"):
            yes = position % 2 == 0
            position += 1
            body.append(f"<p><b>Any action taken</b> {'☒' if yes else '☐'} YES {'☐' if yes else '☒'} NO</p>")
        else:
            body.append(f"<p>{text}</p>")
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Reply</title><style>"
            "body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;line-height:1.3;margin:2cm}"
            "h1{font-size:14pt}h2{font-size:12pt}p{margin:0 0 .6em}</style></head><body>"
            + "\n".join(body) + "</body></html>")
    source = os.path.join(PROFILE, "chromium-seed.html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(page)
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={PROFILE}/chromium", "--no-pdf-header-footer",
         f"--print-to-pdf={os.path.join(PDF, 'chromium-seed.pdf')}", f"file://{source}"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf(objects, root=1):
    """A PDF of these object bodies (numbered from 1), with a cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = b"BT /F1 12 Tf 72 760 Td (Issue I: Use of the Internet for drug-related activities) Tj ET"


def one_page(content, resources=b"/Font << /F1 4 0 R >>", media=b"[0 0 595 842]", extra=()):
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Resources << " + resources
        + b" >> /Contents 5 0 R >>",
        FONT,
        content,
        *extra,
    ])


def write(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def hostile_pdfs():
    good = open(os.path.join(PDF, "content-control.pdf"), "rb").read()
    write(FOREIGN, "truncated.pdf", good[: len(good) // 2])
    # 130 MiB of zeros in 130 KB: past the 128 MiB qnr unpacks.
    bomb = zlib.compress(b"\0" * (130 * 1024 * 1024), 9)
    write(FOREIGN, "bomb.pdf", one_page(stream(bomb, b"/Filter /FlateDecode")))
    # A content stream nesting arrays 100,000 deep.
    write(FOREIGN, "deep.pdf", one_page(stream(b"[" * 100000 + b"] Tj " + TEXT)))
    # A page a million kilometres wide, text far out on it.
    write(FOREIGN, "huge-page.pdf", one_page(
        stream(b"BT /F1 12 Tf 1e15 1e15 Td (far away) Tj ET " + TEXT), media=b"[0 0 1e30 1e30]"))
    # A TrueType font whose program is noise.
    noise = bytes((i * 7919) % 256 for i in range(4000))
    broken = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126 "
        b"/Widths [] /FontDescriptor 6 0 R >>",
        stream(TEXT),
        b"<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontFile2 7 0 R >>",
        stream(noise),
    ])
    write(FOREIGN, "invalid-font.pdf", broken)
    # Pages with nothing on them but a picture: a scan.
    pixels = bytes((x // 8 + y // 8) % 2 * 255 for y in range(200) for x in range(140))
    image = stream(zlib.compress(pixels), b"/Type /XObject /Subtype /Image /Width 140 /Height 200 "
                   b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode")
    write(FOREIGN, "scan.pdf", one_page(
        stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), resources=b"/XObject << /Im1 6 0 R >>", extra=[image]))
    # Form XObjects drawing each other ten times, twelve deep: 10^12 draws.
    forms = []
    for level in range(12):
        number = 6 + level
        if level < 11:
            content = b"q /F Do Q " * 10
            child = b"/XObject << /F %d 0 R >>" % (number + 1)
        else:
            content, child = TEXT, b""
        forms.append(stream(content, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 4 0 R >> " + child + b" >>"))
    write(FOREIGN, "xobject-bomb.pdf", one_page(
        stream(b"/F Do"), resources=b"/Font << /F1 4 0 R >> /XObject << /F 6 0 R >>", extra=forms))


def odt(name, parts, mimetype="application/vnd.oasis.opendocument.text"):
    path = os.path.join(FOREIGN, name)
    with zipfile.ZipFile(path, "w") as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), mimetype, zipfile.ZIP_STORED)
        for part, content in parts.items():
            z.writestr(zipfile.ZipInfo(part, (1980, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return path


CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
           '<office:body><office:text>{}</office:text></office:body></office:document-content>')


def hostile_odts():
    good = open(os.path.join(ODT, "content-control.odt"), "rb").read()
    write(FOREIGN, "truncated.odt", good[: len(good) // 2])
    odt("bomb.odt", {"content.xml": CONTENT.format("<text:p>" + " " * (70 * 1024 * 1024) + "</text:p>")})
    odt("deep.odt", {"content.xml": CONTENT.format("<text:span>" * 100000 + "</text:span>" * 100000)})
    odt("doctype.odt", {"content.xml": CONTENT.format("<text:p>&a;</text:p>").replace(
        "?>", '?><!DOCTYPE x [<!ENTITY a "hahahahahahahahahahahaha">]>', 1)})
    odt("no-content.odt", {"styles.xml": "<office:document-styles/>"})
    odt("spreadsheet.odt", {"content.xml": CONTENT.format("")},
        mimetype="application/vnd.oasis.opendocument.spreadsheet")


def main():
    for folder in (PDF, ODT, FOREIGN):
        os.makedirs(folder, exist_ok=True)
    office_fixtures()
    chromium_fixture()
    hostile_pdfs()
    hostile_odts()
    shutil.rmtree(PROFILE, ignore_errors=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*", "*.*"))):
        if os.path.dirname(path) in (PDF, ODT, FOREIGN):
            print(f"{os.path.relpath(path, HERE):45} {os.path.getsize(path):>9} bytes")


if __name__ == "__main__":
    main()
