#!/usr/bin/env python3
"""Writes the forms in tests/data/import/ that `qnr schema import` is tested
on, independently of qnr: each is a questionnaire as a secretariat or a
Government has it, in one of three layouts (plain text as Word saves it,
Markdown, a Word document without heading styles) and in French, Spanish,
Russian or English. The texts come from the schemas in tests/data/schemas/,
so the tests know what each import must give. Run from the repository root:

    python3 tests/import_fixtures.py

The files are committed; the tests only read them.

- fr-filled.txt   a filled French reply saved as text: CRLF, a BOM, page
                  breaks with a running header and page numbers, a comment
                  that quotes a recommendation heading.
- fr-blank.md     the blank French form in Markdown.
- fr-blank.docx   the blank French form in Word: headings in bold Normal
                  paragraphs, the respondent block in a table, checkbox
                  content controls, a page header part.
- es-filled.docx  a filled Spanish reply: the respondent block filled in a
                  table, each answer line a table row, boxes ticked.
- es-blank.txt    the blank Spanish form: each choice on its own line below
                  the question.
- es-filled.md    a filled Spanish reply in Markdown.
- ru-blank.docx   the blank Russian form in Word (bold Normal headings).
- ru-filled.txt   a filled Russian reply saved as text.
- ru-blank.md     the blank Russian form in Markdown.
- en-variant.txt  an English form of another shape: `Question I`,
                  `Recommendation (a)`, `Any additional action taken: Yes / No`,
                  `Please elaborate:`, `Telephone No.`, `Fax No.`,
                  `e-mail address` (schema: en-variant.toml beside it).
"""

import os
import tomllib

import docx_fixtures as dx
from docx_fixtures import cc, p, t

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "import")
SCHEMAS = os.path.join(HERE, "data", "schemas")

FILLED = {
    "fr": {"pays": "Bénin", "date": "15 mars 2024", "service": "Office central de répression du trafic illicite des drogues",
           "correspondant": "A. Dossou", "courriel": "ocertid@example.bj", "telephone": "+229 21 00 00 00"},
    "es": {"pais": "Chile", "fecha": "20/02/2025", "organismo": "Ministerio del Interior",
           "cargo": "Jefa de la Unidad de Enlace", "correo": "enlace@example.cl"},
    "ru": {"country": "Казахстан", "date": "12.05.2025", "ведомство": "Министерство внутренних дел",
           "email": "mvd@example.kz"},
}
COMMENTS = {
    "fr": ["Une cellule conjointe a été créée en 2023.", "Recommandation b",
           "Le texte ci-dessus cite une recommandation ; ce n'est pas un titre."],
    "es": ["Se creó una unidad conjunta en 2023.", "Observaciones: véase el informe anual."],
    "ru": ["В 2023 году создана совместная рабочая группа.", "Рекомендация б",
           "Строка выше лишь цитирует рекомендацию."],
}
FRENCH_COLON = {"fr": " :", "es": ":", "ru": ":"}


def schema(name):
    with open(os.path.join(SCHEMAS, name), "rb") as f:
        return tomllib.load(f)


def blocks(s, lang, filled):
    """The form as a list of pieces, whatever the layout."""
    out = [("title", s["title"]), ("para", s["guidance"])]
    for field in s["respondent"]:
        value = FILLED[lang].get(field["id"], "") if filled else ""
        out.append(("field", field["label"], value, field.get("kind") == "yes-no"))
    n = 0
    for issue in s["issues"]:
        out.append(("issue", s["headings"]["issue"].replace("{numeral}", issue["numeral"]), issue["title"]))
        for rec in issue["recommendations"]:
            out.append(("rec", s["headings"]["recommendation"].replace("{label}", rec["label"])))
            out.append(("text", rec["text"]))
            ticked = (None if not filled else ("yes" if n % 2 == 0 else "no"))
            out.append(("answer", s["answer"]["question"], s["answer"]["yes"], s["answer"]["no"], ticked))
            out.append(("label", s["comments"]["label"]))
            if filled:
                for c in COMMENTS[lang] if n == 0 else [COMMENTS[lang][0]]:
                    out.append(("comment", c))
            n += 1
    return out


def boxes(yes, no, ticked):
    a = "☒" if ticked == "yes" else "☐"
    b = "☒" if ticked == "no" else "☐"
    return f"{a} {yes} {b} {no}"


def txt(bs, lang, crlf=False, bom=False, header=None, split_choices=False):
    lines = []
    colon = FRENCH_COLON[lang]
    page = 1
    for b in bs:
        kind = b[0]
        if kind in ("title", "para", "text", "comment", "rec"):
            lines += [b[1], ""]
        elif kind == "field":
            _, label, value, yes_no = b
            if yes_no:
                lines.append(f"{label}{colon} ☐ {'OUI' if lang == 'fr' else 'SÍ' if lang == 'es' else 'ДА'} ☐ {'NON' if lang == 'fr' else 'NO' if lang == 'es' else 'НЕТ'}")
            else:
                lines.append(f"{label}{colon} {value}".rstrip())
        elif kind == "issue":
            if header and len(lines) > 10:
                page += 1
                lines += [f"- {page - 1} -", "\f" + header, ""]
            lines += ["", f"{b[1]}{colon} {b[2]}", ""]
        elif kind == "answer":
            _, q, yes, no, ticked = b
            if split_choices:
                lines += [q, "☐ " + yes, "☐ " + no, ""]
            else:
                lines += [f"{q} {boxes(yes, no, ticked)}", ""]
        elif kind == "label":
            lines += [f"{b[1]}{colon}", ""]
    if header:
        lines = [header, ""] + lines + [f"- {page} -"]
    text = "\n".join(lines) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def md(bs, lang):
    out = []
    colon = FRENCH_COLON[lang]
    for b in bs:
        kind = b[0]
        if kind == "title":
            out += [f"# {b[1]}", ""]
        elif kind in ("para", "comment"):
            out += [b[1], ""]
        elif kind == "field":
            _, label, value, yes_no = b
            words = {"fr": ("OUI", "NON"), "es": ("SÍ", "NO"), "ru": ("ДА", "НЕТ")}[lang]
            shown = f"☐ {words[0]} ☐ {words[1]}" if yes_no else value
            out.append(f"- **{label}{colon}** {shown}".rstrip())
        elif kind == "issue":
            out += ["", f"## {b[1]}{colon} {b[2]}", ""]
        elif kind == "rec":
            out += [f"### {b[1]}", ""]
        elif kind == "text":
            # Wrapped by hand, as people write Markdown.
            words = b[1].split(" ")
            half = len(words) // 2
            out += [" ".join(words[:half]), " ".join(words[half:]), ""]
        elif kind == "answer":
            _, q, yes, no, ticked = b
            out += [f"**{q}** {boxes(yes, no, ticked)}", ""]
        elif kind == "label":
            out += [f"**{b[1]}{colon}**", ""]
    return ("\n".join(out) + "\n").encode("utf-8")


def bold(text):
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{dx.escape(text)}</w:t></w:r>'


def row(*cells):
    return "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{''.join(c)}</w:tc>" for c in cells) + "</w:tr>"


def table(rows):
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"


def word(bs, lang, answers_in_rows=False):
    body = []
    fields = []
    colon = FRENCH_COLON[lang]

    def flush_fields():
        if fields:
            body.append(table(fields[:]))
            fields.clear()

    for b in bs:
        kind = b[0]
        if kind != "field":
            flush_fields()
        if kind == "title":
            body.append(p(bold(b[1])))
        elif kind in ("para", "text", "comment"):
            body.append(p(t(b[1])))
        elif kind == "field":
            _, label, value, yes_no = b
            words = {"fr": ("OUI", "NON"), "es": ("SÍ", "NO"), "ru": ("ДА", "НЕТ")}[lang]
            cell = [p(cc(False), t(f" {words[0]} "), cc(False), t(f" {words[1]}"))] if yes_no else [p(t(value))]
            fields.append(row([p(t(label + colon))], cell))
        elif kind == "issue":
            body.append(p(bold(f"{b[1]}{colon} {b[2]}")))
        elif kind == "rec":
            body.append(p(bold(b[1])))
        elif kind == "answer":
            _, q, yes, no, ticked = b
            if answers_in_rows:
                body.append(table([row([p(t(q))], [p(cc(ticked == "yes"), t(" " + yes))],
                                        [p(cc(ticked == "no"), t(" " + no))])]))
            else:
                body.append(p(t(q + " "), cc(ticked == "yes"), t(f" {yes} "), cc(ticked == "no"), t(f" {no}")))
        elif kind == "label":
            body.append(p(bold(b[1] + colon)))
    flush_fields()
    return body


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def english_variant():
    with open(os.path.join(OUT, "en-variant.toml"), "rb") as f:
        s = tomllib.load(f)
    lines = [s["title"], "", s["guidance"], ""]
    for field in s["respondent"]:
        lines.append(f"{field['label']}: ____________" if field.get("kind") != "yes-no"
                     else f"{field['label']}: [ ] Yes [ ] No")
    lines.append("")
    for issue in s["issues"]:
        lines += [f"Question {issue['numeral']}. {issue['title']}", ""]
        for rec in issue["recommendations"]:
            lines += [f"Recommendation ({rec['label']})", "", rec["text"], "",
                      "Any additional action taken: Yes / No", "", "Please elaborate:", "", ""]
    write("en-variant.txt", ("\n".join(lines) + "\n").encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    dx.OUT = OUT
    header_xml = dx.DECL + f'<w:hdr xmlns:w="{dx.W}">' + p(t("HONLEA Afrique – questionnaire")) + "</w:hdr>"

    fr = schema("honlea-afrique.toml")
    write("fr-filled.txt", txt(blocks(fr, "fr", True), "fr", crlf=True, bom=True,
                               header="HONLEA/Afrique/30 · Bénin"))
    write("fr-blank.md", md(blocks(fr, "fr", False), "fr"))
    dx.docx("fr-blank.docx", word(blocks(fr, "fr", False), "fr"), parts={"word/header1.xml": header_xml})

    es = schema("honlac.toml")
    dx.docx("es-filled.docx", word(blocks(es, "es", True), "es", answers_in_rows=True))
    write("es-blank.txt", txt(blocks(es, "es", False), "es", split_choices=True))
    write("es-filled.md", md(blocks(es, "es", True), "es"))

    ru = schema("honlea-ru.toml")
    dx.docx("ru-blank.docx", word(blocks(ru, "ru", False), "ru"))
    write("ru-filled.txt", txt(blocks(ru, "ru", True), "ru"))
    write("ru-blank.md", md(blocks(ru, "ru", False), "ru"))

    english_variant()


if __name__ == "__main__":
    main()
