#!/usr/bin/env python3
"""Writes the hostile-input corpus that tests/it/hostile.rs runs every command
on.

Each file is something a reply or a schema should never be, or text that is
data but looks like instructions to a terminal, a spreadsheet or a browser.
Run it from anywhere: `python3 tests/data/hostile/make.py`. It rewrites the
files below and nothing else; the huge inputs (over 1 MB) are made by the
test at run time instead of being committed.

File names: `<what>.<ext>`; a name starting with `schema-` is a schema.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

with open(os.path.join(ROOT, "examples", "sample-complete.json"), encoding="utf-8") as f:
    SAMPLE_TEXT = f.read()
SAMPLE = json.loads(SAMPLE_TEXT)
with open(os.path.join(ROOT, "schema", "honlea.toml"), encoding="utf-8") as f:
    HONLEA = f.read()

FILES = {}


def put(name, data):
    assert name not in FILES, name
    FILES[name] = data.encode("utf-8") if isinstance(data, str) else data


def reply(**changes):
    """The complete sample reply with some parts replaced."""
    value = json.loads(SAMPLE_TEXT)
    for key, new in changes.items():
        value[key] = new
    return value


def with_comment(comment, item="I.1"):
    value = reply()
    value["answers"][item]["comments"] = comment
    return json.dumps(value, ensure_ascii=False, indent=2)


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


ESC_TITLE = "\x1b]0;pwned\x07"
OSC8 = "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"
ANSI = "\x1b[2J\x1b[31mred\x1b[0m"
C1 = "\u009b31m\u0085\u009d0;x\u009c"
RLO = "abc\u202eTXT.EXE\u202c"
ISOLATES = "\u2066\u2067\u2068\u2069"
ZW = "I.\u200b1"

# ---- JSON replies: broken ----
put("truncated.json", SAMPLE_TEXT[: len(SAMPLE_TEXT) // 2])
put("truncated-in-string.json", SAMPLE_TEXT[: SAMPLE_TEXT.index("SAMPLE DATA") + 7])
put("truncated-after-key.json", '{"answers": {"I.1":')
put("empty.json", "")
put("only-whitespace.json", " \n\t\r\n ")
put("only-bom.json", b"\xef\xbb\xbf")
put("trailing-garbage.json", SAMPLE_TEXT + "\n}}]]garbage")
put("two-documents.json", SAMPLE_TEXT + SAMPLE_TEXT)
put("comments-in-json.json", "// a comment\n" + SAMPLE_TEXT)
put("single-quotes.json", "{'questionnaire': 'honlea'}")

# ---- JSON replies: wrong types ----
put("root-array.json", "[" + SAMPLE_TEXT + "]")
put("root-string.json", '"honlea"')
put("root-number.json", "42")
put("root-null.json", "null")
put("answers-array.json", json.dumps(reply(answers=[{"id": "I.1", "action_taken": "yes"}])))
put("answers-string.json", json.dumps(reply(answers="all yes")))
put("respondent-list.json", json.dumps(reply(respondent=["Narnia", "2019-05-15"])))
put("version-number.json", json.dumps(reply(version=1, questionnaire=["honlea"])))
wrong = reply()
wrong["answers"]["I.1"] = {"action_taken": 1, "comments": {"text": "nested"}}
wrong["answers"]["I.2"] = {"action_taken": ["yes"], "comments": 3.5}
wrong["answers"]["I.3"] = "yes"
wrong["answers"]["II.1"] = None
wrong["answers"]["II.2"] = {"action_taken": False, "comments": True}
put("wrong-types-answers.json", json.dumps(wrong, indent=1))

# ---- JSON replies: encodings ----
put("utf16le-bom.json", b"\xff\xfe" + SAMPLE_TEXT.encode("utf-16-le"))
put("utf16be-bom.json", b"\xfe\xff" + SAMPLE_TEXT.encode("utf-16-be"))
put("utf16le-no-bom.json", SAMPLE_TEXT.encode("utf-16-le"))
put("utf32le-bom.json", b"\xff\xfe\x00\x00" + SAMPLE_TEXT.encode("utf-32-le"))
put("latin1.json", with_comment("Caf\u00e9 na\u00efve r\u00e9sum\u00e9").encode("latin-1", errors="replace"))
put("invalid-utf8.json", with_comment("XX").encode().replace(b"XX", b"\xff\xfe\xc0\xaf"))
put("surrogate-bytes.json", with_comment("XX").encode().replace(b"XX", b"\xed\xa0\x80"))
put("lone-surrogate-escape.json", with_comment("XX").replace("XX", "\\ud800 and \\udfff"))
put("nul-raw.json", with_comment("XX").encode().replace(b"XX", b"before\x00after"))
put("nul-escaped.json", with_comment("before\u0000after"))
put("nul-in-key.json", json.dumps(reply(respondent={"coun\u0000try": "Narnia"})))

# ---- JSON replies: size and shape ----
put("deep-nesting-arrays.json", "[" * 20000 + "]" * 20000)
put("deep-nesting-objects.json", '{"a":' * 5000 + "1" + "}" * 5000)
put("deep-nesting-unclosed.json", "[" * 50000)
put("long-comment-100k.json", with_comment("A" * 100_000))
put("long-line-no-spaces.json", with_comment("x" * 200_000))
put("long-key.json", json.dumps(reply(respondent={"k" * 100_000: "v"})))
many = reply()
many["answers"] = {f"X.{i}": {"action_taken": "yes", "comments": None} for i in range(2000)}
put("many-answers.json", json.dumps(many))
dup = SAMPLE_TEXT.replace('"answers": {', '"answers": {\n    "I.1": { "action_taken": "no" },\n    "I.1": { "action_taken": "yes" },', 1)
put("duplicate-keys.json", dup.replace('"questionnaire": "honlea",', '"questionnaire": "honlea",\n  "questionnaire": "other",', 1))
put("duplicate-answers-many.json", '{"answers": {' + ",".join('"I.1": {"action_taken": "yes"}' for _ in range(3000)) + "}}")
put("big-numbers.json", '{"questionnaire": 1e999999, "version": -0, "respondent": {"country": 123456789012345678901234567890123456789}, "answers": {"I.1": {"action_taken": -1e-999999}}}')
put("nan-infinity.json", '{"questionnaire": NaN, "version": Infinity}')

# ---- JSON replies: text that is data ----
put("ansi-in-comment.json", with_comment(ANSI + " and " + ESC_TITLE))
put("osc-in-country.json", json.dumps(reply(respondent={"country": ESC_TITLE + OSC8}), ensure_ascii=False))
put("ansi-in-ids.json", json.dumps(reply(answers={"I.1" + ANSI: {"action_taken": "yes"}, ESC_TITLE: {"action_taken": "maybe\x1b[5m"}}), ensure_ascii=False))
put("c1-controls.json", with_comment(C1))
put("bidi-overrides.json", json.dumps(reply(respondent={"country": RLO, "e-mail" + ISOLATES: RLO}), ensure_ascii=False))
put("zero-width-ids.json", json.dumps(reply(answers={ZW: {"action_taken": "yes"}, "\ufeffI.2": {"action_taken": "no"}}), ensure_ascii=False))
put("formula-cells.json", json.dumps(reply(respondent={"country": "=HYPERLINK(\"http://evil.example\",\"x\")", "contact": "+1+cmd|' /C calc'!A0", "telephone": "-2+3", "organization": "@SUM(A1:A9)"}), ensure_ascii=False))
put("html-in-comment.json", with_comment("<script>alert(1)</script><img src=x onerror=alert(2)><!--"))
put("svg-in-comment.json", with_comment('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><a href="javascript:alert(2)">x</a></svg>'))
put("markdown-in-comment.json", with_comment("# Heading\n> quote\n[link](javascript:alert(1))\n<details>\n| a | b |\n```"))
put("bell-and-backspace.json", with_comment("\x07\x08\x08\x08overwritten\r\x0c\x0b"))

# ---- TOML replies ----
toml_sample = 'questionnaire = "honlea"\nversion = "1"\n\n[respondent]\ncountry = "Narnia"\n\n[answers."I.1"]\naction_taken = "yes"\ncomments = "ok"\n'
put("truncated.toml", toml_sample[:-20])
put("duplicate-keys.toml", toml_sample + '\n[answers."I.1"]\naction_taken = "no"\n')
put("wrong-types.toml", 'questionnaire = 1\nversion = 1979-05-27T07:32:00Z\nanswers = [1, 2, 3]\n[respondent]\ncountry = { a = [true] }\n')
put("deep-nesting.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n")
put("deep-tables.toml", "[" + ".".join(["a"] * 300) + "]\nx = 1\n")
put("invalid-utf8.toml", toml_sample.encode().replace(b"Narnia", b"Narn\xffia"))
put("ansi-in-comment.toml", toml_sample.replace('"ok"', toml_str(ANSI + ESC_TITLE)))
put("nul-byte.toml", toml_sample.encode().replace(b"ok", b"o\x00k"))
put("huge-integer.toml", 'questionnaire = 99999999999999999999999999999\n')

# ---- YAML replies ----
laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
prev = "a"
for name in "bcdefghi":
    laughs += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    prev = name
put("billion-laughs.yaml", laughs)
put("deep-nesting.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n")
put("deep-indent.yaml", "".join(" " * i + "k:\n" for i in range(0, 400)))
put("duplicate-keys.yaml", "questionnaire: honlea\nquestionnaire: other\nanswers:\n  I.1: {action_taken: yes}\n  I.1: {action_taken: no}\n")
put("tags.yaml", "questionnaire: !!binary aG9ubGVh\nversion: !custom 1\nanswers: !!set {I.1}\n")
put("undefined-alias.yaml", "answers: *nowhere\n")
put("recursive-alias.yaml", "a: &a\n  b: *a\n")
put("multi-document.yaml", "questionnaire: honlea\n---\nquestionnaire: other\n...\n---\n")
put("tabs.yaml", "answers:\n\tI.1:\n\t\taction_taken: yes\n")
put("truncated.yaml", "answers:\n  I.1:\n    action_taken: \"ye")
put("ansi-in-comment.yaml", "answers:\n  I.1:\n    action_taken: yes\n    comments: \"\\e[31m\\e]0;pwned\\a red\"\n")
put("invalid-utf8.yaml", b"answers:\n  I.1:\n    comments: \xc3\x28\n")
put("nul-byte.yaml", b"questionnaire: hon\x00lea\n")

# ---- plain-text forms ----
with open(os.path.join(ROOT, "tests", "data", "forms", "word-export.txt"), encoding="utf-8") as f:
    FORM = f.read()
put("truncated-form.txt", FORM[: len(FORM) // 3])
put("ansi-in-form.txt", FORM.replace("Comments:", "Comments: " + ANSI + ESC_TITLE, 1))
put("bidi-in-form.txt", FORM.replace("Name of country:", "Name of country: " + RLO, 1))
put("nul-in-form.txt", FORM.encode().replace(b"Comments:", b"Comments:\x00\x00", 1))
put("invalid-utf8-form.txt", FORM.encode().replace(b"Comments:", b"Comments: \xff\xfe\xfd", 1))
put("utf16-no-bom-form.txt", FORM.encode("utf-16-le"))
put("headings-only.txt", "Recommendation 1\n" * 5000)
put("form-feeds.txt", "\x0c" * 100_000)
put("one-long-line.txt", "Any action taken " * 5_000)

# ---- Markdown forms ----
with open(os.path.join(ROOT, "examples", "seed-reply.md"), encoding="utf-8") as f:
    MD = f.read()
put("html-in-form.md", MD.replace("**Comments:**\n", "**Comments:**\n\n<script>alert(1)</script>\n<svg onload=alert(2)>\n", 1))
put("deep-quotes.md", ">" * 50_000 + " deep\n")
put("deep-lists.md", "".join("  " * i + "- item\n" for i in range(300)))
put("many-headings.md", "### Recommendation 1 (I.1)\n\n" * 3_000)
put("ansi-in-heading.md", "## Issue I: " + ANSI + "\n\n### Recommendation 1 (I.1" + ESC_TITLE + ")\n")
put("truncated-form.md", MD[: len(MD) // 2])
put("invalid-utf8-form.md", MD.encode().replace(b"Comments", b"Comm\xe2\x82ents", 1))
put("link-bombs.md", "[a]: <" + "x" * 50_000 + ">\n" + "[a]" * 10_000 + "\n")

# ---- CSV forms ----
HEADER = "id,issue,recommendation,action_taken,comments,country\n"
put("formula-cells.csv", HEADER + 'I.1,,,yes,"=HYPERLINK(""http://evil.example"",""x"")",=1+1\nI.2,,,no,+cmd,@SUM(A1)\nI.3,,,yes,-2+3,\t=1\n')
put("ragged-rows.csv", HEADER + "I.1,only,three\nI.2,,,yes,c,country,extra,extra,extra\n\n,,,,,\n")
put("unbalanced-quotes.csv", HEADER + 'I.1,,,yes,"never closed\nI.2,,,no,x,y\n')
put("nul-in-csv.csv", (HEADER + "I.1,,,yes,a\x00b,N\n").encode())
put("invalid-utf8.csv", (HEADER + "I.1,,,yes,").encode() + b"\xff\xfe\n")
put("many-rows.csv", HEADER + "".join(f"X.{i},,,yes,,\n" for i in range(5_000)))
put("ansi-in-csv.csv", HEADER + "I.1,,,yes," + toml_str(ANSI + ESC_TITLE) + "," + toml_str(RLO) + "\n")
put("semicolons.csv", "sep=;\n" + HEADER.replace(",", ";") + "I.1;;;yes;ok;N\n")
put("no-header.csv", "I.1,yes\nI.2,no\n")
put("header-only.csv", HEADER)

# ---- schemas ----
def schema_with(old, new):
    assert old in HONLEA, old
    return HONLEA.replace(old, new, 1)

put("schema-ansi-title.toml", schema_with('title = "', 'title = ' + toml_str(ANSI + ESC_TITLE)[:-1]))
put("schema-bidi-ids.toml", schema_with('id = "honlea"', 'id = ' + toml_str("hon" + RLO)))
put("schema-osc-guidance.toml", schema_with('guidance = "', 'guidance = ' + toml_str(OSC8 + C1)[:-1]))
put("schema-truncated.toml", HONLEA[: len(HONLEA) // 2])
put("schema-invalid-utf8.toml", HONLEA.encode().replace(b"Questionnaire", b"Question\xffnaire", 1))
put("schema-nul.toml", HONLEA.encode().replace(b'id = "honlea"', b'id = "hon\x00lea"', 1))
put("schema-wrong-types.toml", 'id = 1\nversion = [1]\ntitle = { a = 1 }\nissues = "none"\n')
put("schema-deep-nesting.toml", 'id = "x"\nversion = "1"\ntitle = "t"\nextra = ' + "[" * 5000 + "]" * 5000 + "\n")
put("schema-empty.toml", "")
many_issues = HONLEA + "".join(f'\n[[issues]]\nnumeral = "N{i}"\ntitle = "Issue {i}"\n\n[[issues.recommendations]]\nlabel = "1"\ntext = "Do {i}."\n' for i in range(1000))
put("schema-many-issues.toml", many_issues)
put("schema-duplicate-keys.toml", HONLEA + '\nid = "again"\n')
put("schema-huge-labels.toml", schema_with('question = "Any action taken"', 'question = ' + toml_str("Q" * 200_000)))


def main():
    for old in os.listdir(HERE):
        if old not in FILES and old != "make.py":
            os.remove(os.path.join(HERE, old))
    for name, data in sorted(FILES.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(FILES)} files, {sum(map(len, FILES.values()))} bytes")


if __name__ == "__main__":
    main()
