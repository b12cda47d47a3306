#!/usr/bin/env python3
"""Writes the Word fixtures in tests/data/docx/ with nothing but the Python
standard library (zipfile), independently of qnr: each file stores the
YES/NO tick one way Word does, or is hostile. Run from the repository root:

    python3 tests/docx_fixtures.py

The files are committed; the tests only read them. Every fixture that holds
a form answers Issue I, Recommendation 1 YES, Recommendation 2 NO and
leaves Recommendation 3 open (both boxes empty), unless said otherwise.
`seed-ticked.docx` is the seed reply (tests/data/forms/seed-…txt) as a Word
form with legacy check boxes: positions 0, 2, 4 … YES, 1, 3, 5 … NO.

`libreoffice-form.docx` is made by another producer, LibreOffice, from the
flat OpenDocument file beside it (outline headings, the answer in a table
row, a tracked deletion, a line break), with:

    soffice --headless --convert-to 'docx:MS Word 2007 XML' libreoffice-form.fodt
"""

import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "docx")
SEED = os.path.join(HERE, "data", "forms", "seed-000_bc2e8f2f147b68b5.txt")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "{extra}</Types>"
)
RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

REC1 = ("Governments should be encouraged to ensure that their law enforcement agencies are well "
        "informed, professionally trained and suitably resourced so as to be effective in the "
        "investigation of cyber-related offences and the related use of the Internet for illicit trafficking.")


def t(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def cc(checked):
    """A checkbox content control as Word 2010+ writes it."""
    glyph = "☒" if checked else "☐"
    gothic = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
    return (
        f'<w:sdt><w:sdtPr><w:rPr>{gothic}</w:rPr><w:id w:val="-1{int(checked)}2345"/>'
        f'<w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr>{gothic}</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def ff(checked=None, default=None):
    """A legacy form-field check box (Word 97-2003 forms): w:checked and/or w:default."""
    inner = '<w:sizeAuto/>'
    if default is not None:
        inner += f'<w:default w:val="{int(default)}"/>'
    if checked is not None:
        inner += "<w:checked/>" if checked else '<w:checked w:val="0"/>'
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def sym(font, char):
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def wingdings_text(text):
    return ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
            f'<w:t>{escape(text)}</w:t></w:r>')


def answer(yes, no):
    """The answer paragraph: `Any action taken` then YES and NO with their boxes."""
    return p(t("Any action taken "), yes, t(" YES "), no, t(" NO"))


def form(answers, respondent=None, comments=None, extra_before_issue=""):
    """Issue I with three recommendations; `answers` are three answer paragraphs."""
    comments = comments or [[p(t("Comment on 1."))], [p(t("Comment on 2."))], []]
    body = [p(t("Questionnaire on the implementation of the recommendations"), style="Title")]
    body += respondent or [p(t("Name of country: Narnia"))]
    body.append(extra_before_issue)
    body.append(p(t("Issue I: Use of the Internet for drug-related activities"), style="Heading1"))
    for n, (ans, comment) in enumerate(zip(answers, comments), start=1):
        body.append(p(t(f"Recommendation {n}"), style="Heading2"))
        if n == 1:
            body.append(p(t(REC1)))
        body.append(ans)
        body.append(p(t("Comments:")))
        body += comment
    return body


def document(body):
    return DECL + f"<w:document {NS}><w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"


def docx(name, body=None, parts=None, types=""):
    files = {
        "[Content_Types].xml": CONTENT_TYPES.format(extra=types),
        "_rels/.rels": RELS,
    }
    if body is not None:
        files["word/document.xml"] = document(body)
    files.update(parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in files.items():
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    data = buf.getvalue()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    return data


def main():
    os.makedirs(OUT, exist_ok=True)

    docx("content-control.docx", form([
        answer(cc(True), cc(False)), answer(cc(False), cc(True)), answer(cc(False), cc(False))]))

    docx("legacy-checked.docx", form([
        answer(ff(checked=True), ff(checked=False)),
        answer(ff(checked=False), ff(checked=True)),
        answer(ff(), ff())]))

    # The state Word shows when w:checked is absent is w:default; w:checked wins.
    docx("legacy-default.docx", form([
        answer(ff(default=True), ff(default=False)),
        answer(ff(default=True, checked=False), ff(default=False, checked=True)),
        answer(ff(default=False), ff(default=False))]))

    # Insert > Symbol: Wingdings 0xFE (a ticked box) and 0xA8 (an empty one),
    # or MS Gothic U+2612/U+2610.
    docx("symbol.docx", form([
        answer(sym("Wingdings", "F0FE"), sym("Wingdings", "F0A8")),
        answer(sym("MS Gothic", "2610"), sym("MS Gothic", "2612")),
        answer(sym("Wingdings", "F0A8"), sym("Wingdings", "F0A8"))]))

    # Typed: ☒ and ☐ as text, and a box typed in the Wingdings font (þ = 0xFE).
    docx("typed.docx", form([
        answer(t("☒"), t("☐")),
        answer(wingdings_text("¨"), wingdings_text("þ")),
        answer(t("☐"), t("☐"))]))

    # The other word deleted: by hand, and as a tracked deletion.
    docx("deleted-word.docx", form([
        p(t("Any action taken: YES")),
        p(t("Any action taken "), '<w:del w:id="1" w:author="A" w:date="2019-05-01T00:00:00Z">'
          '<w:r><w:delText>YES </w:delText></w:r></w:del>', t("NO")),
        p(t("Any action taken YES NO"))]))

    # Answers and the respondent block in table cells.
    def row(*cells):
        return "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{''.join(c)}</w:tc>" for c in cells) + "</w:tr>"

    def table(*rows):
        return "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"

    respondent = [table(
        row([p(t("Name of country:"))], [p(t("Narnia"))]),
        row([p(t("Date of submission:"))], [p(t("15 May 2019"))]),
        row([p(t("Address:"))], [p(t("1 Example Street")), p(t("Example City"))]),
    )]
    docx("table.docx", form([
        table(row([p(t("Any action taken"))], [p(cc(True), t(" YES"))], [p(cc(False), t(" NO"))])),
        table(row([p(t("Any action taken"))], [p(t("YES"))], [p(ff(checked=False))],
                  [p(t("NO"))], [p(ff(checked=True))])),
        table(row([p(t("Any action taken"))], [p(t("☐ YES"))], [p(t("☐ NO"))])),
    ], respondent=respondent, comments=[
        [table(row([p(t("Comment on 1, first paragraph.")), p(t("Second paragraph."))]))],
        [p(t("Comment on 2."))],
        [],
    ]))

    # Tracked changes: insertions kept, deletions dropped, a deleted
    # paragraph mark joins two paragraphs.
    ins = '<w:ins w:id="2" w:author="A" w:date="2019-05-01T00:00:00Z">{}</w:ins>'
    dele = '<w:del w:id="3" w:author="A" w:date="2019-05-01T00:00:00Z"><w:r><w:delText>{}</w:delText></w:r></w:del>'
    joined = ('<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A" w:date="2019-05-01T00:00:00Z"/></w:rPr></w:pPr>'
              + t("A paragraph whose end was deleted ") + "</w:p>" + p(t("runs on into this one.")))
    docx("tracked.docx", form([
        p(t("Any action taken "), ins.format(t("☒")), dele.format("☐"), t(" YES ☐ NO")),
        answer(t("☐"), t("☒")),
        answer(t("☐"), t("☐")),
    ], comments=[
        [p(t("Kept text"), ins.format(t(" and inserted text")), dele.format(" and deleted text"), t("."))],
        [joined],
        [],
    ]))

    # Margin comments (word/comments.xml), headers and footers are not the reply.
    comments_xml = DECL + (
        f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Reviewer">'
        + p(t("Recommendation 3")) + p(t("Any action taken ☒ YES ☐ NO")) + p(t("A reviewer's note.")) +
        "</w:comment></w:comments>")
    header_xml = DECL + f'<w:hdr xmlns:w="{W}">' + p(t("Issue I: Use of the Internet for drug-related activities")) + "</w:hdr>"
    footer_xml = DECL + f'<w:ftr xmlns:w="{W}">' + p(t("Page 1 of 3")) + "</w:ftr>"
    commented = p('<w:commentRangeStart w:id="0"/>', t("Comment on 1."), '<w:commentRangeEnd w:id="0"/>',
                  '<w:r><w:commentReference w:id="0"/></w:r>')
    docx("comments-headers.docx", form([
        answer(cc(True), cc(False)), answer(cc(False), cc(True)), answer(cc(False), cc(False))],
        comments=[[commented], [p(t("Comment on 2."))], []]),
        parts={"word/comments.xml": comments_xml, "word/header1.xml": header_xml,
               "word/footer1.xml": footer_xml})

    # The seed reply with legacy check boxes ticked, 16 recommendations.
    seed_docx()

    # Hostile files.
    with open(os.path.join(OUT, "not-a-zip.docx"), "wb") as f:
        f.write(b"Any action taken YES NO\nThis is text saved with a .docx name.\n")
    good = docx("truncated.docx", form([answer(cc(True), cc(False))] * 3))
    with open(os.path.join(OUT, "truncated.docx"), "wb") as f:
        f.write(good[: len(good) // 2])
    # 3 MiB of spaces inside the body: ~1000:1, as zip bombs are.
    bomb_body = form([answer(cc(True), cc(False))] * 3)
    bomb_body.insert(1, "<w:p>" + " " * (3 * 1024 * 1024) + "</w:p>")
    docx("bomb.docx", bomb_body)
    # Entity expansion ("billion laughs") through a DOCTYPE.
    laughs = ('<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    doctype = document(form([answer(t("&c;"), cc(False))] * 3)).replace(DECL, DECL + laughs).replace("&amp;c;", "&c;")
    docx("doctype.docx", parts={"word/document.xml": doctype})
    docx("no-document.docx", parts={"mimetype": "application/vnd.oasis.opendocument.text",
                                    "content.xml": "<office:document-content/>"})


def seed_docx():
    with open(SEED, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    body = [p(t("Questionnaire on the implementation of the recommendations adopted by the "
                "Meeting of Heads of National Drug Law Enforcement Agencies"), style="Title")]
    position = 0
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("Issue "):
            body.append(p(t(line), style="Heading1"))
        elif line.startswith("Recommendation "):
            body.append(p(t(line), style="Heading2"))
        elif line.startswith("Any action taken"):
            yes = position % 2 == 0
            body.append(answer(ff(checked=yes), ff(checked=not yes)))
            position += 1
        else:
            body.append(p(t(line)))
    docx("seed-ticked.docx", body)


if __name__ == "__main__":
    main()
