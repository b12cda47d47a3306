#!/usr/bin/env python3
"""Writes the corpus on which JSON Schema validators must agree with
`qnr validate` (tests/it/json_schema_peers.rs, benches/peers/compare.sh):
for each questionnaire, valid replies written in the many ways qnr accepts,
and mutants, each a valid reply with one thing wrong.

A file's name says what qnr must find: `valid--…` no error (warnings
allowed), `<code>--…` an error with that diagnostic code. Every code that a
JSON Schema can express has mutants; docs/ci.md lists those it cannot.

Python standard library only; deterministic. Rerun it after changing it:

    python3 tests/json_schema_corpus.py
"""

import copy
import json
import os
import shutil
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "data", "json-schema")


def load(path):
    with open(path, "rb") as f:
        return tomllib.load(f)


def item_ids(schema):
    return [
        f"{issue['numeral']}.{rec['label']}"
        for issue in schema["issues"]
        for rec in issue["recommendations"]
    ]


def fields(schema, kind=None, required=None):
    return [
        f["id"]
        for f in schema["respondent"]
        if (kind is None or f.get("kind", "text") == kind)
        and (required is None or f.get("required", False) == required)
    ]


def minimal(schema):
    """A valid reply with only what the questionnaire requires."""
    comments = schema["comments"]
    needs = {"yes": comments["when_yes"] == "required", "no": comments["when_no"] == "required"}
    values = {"text": "Chile", "date": "2019-05-15", "email": "focal.point@example.org", "yes-no": "yes"}
    respondent = {
        f["id"]: values[f.get("kind", "text")]
        for f in schema["respondent"]
        if f.get("required", False)
    }
    answers = {}
    for n, rid in enumerate(item_ids(schema)):
        choice = "yes" if n % 2 == 0 else "no"
        answer = {"action_taken": choice}
        if needs[choice] or choice == "yes":
            answer["comments"] = f"Action on {rid}."
        answers[rid] = answer
    return {
        "questionnaire": schema["id"],
        "version": schema["version"],
        "respondent": respondent,
        "answers": answers,
    }


def full(schema):
    """A valid reply with every field."""
    reply = minimal(schema)
    values = {"text": "Something", "date": "2020-02-29", "email": "a.b+c@d-e.example.org", "yes-no": "no"}
    for f in schema["respondent"]:
        reply["respondent"].setdefault(f["id"], values[f.get("kind", "text")])
    for answer in reply["answers"].values():
        answer.setdefault("comments", "First paragraph.\n\nSecond paragraph.")
    return reply


def variants(schema):
    """(name, reply) pairs: the valid replies and the mutants."""
    ids = item_ids(schema)
    first = ids[0]
    number = json.loads(schema["version"])
    required_text = fields(schema, "text", True)[0]
    required_date = fields(schema, "date", True)[0]
    email = fields(schema, "email")[0]
    yes_no = fields(schema, "yes-no")[0]
    optional = fields(schema, required=False)
    optional_typed = [f for f in optional if f not in fields(schema, "text")]
    requires_comments = schema["comments"]["when_no"] == "required"
    out = []

    def add(name, edit, base=minimal):
        reply = base(schema)
        edit(reply)
        out.append((name, reply))

    def setter(*path_value):
        *path, value = path_value

        def edit(reply):
            at = reply
            for key in path[:-1]:
                at = at[key]
            at[path[-1]] = value

        return edit

    def remover(*path):
        def edit(reply):
            at = reply
            for key in path[:-1]:
                at = at[key]
            del at[path[-1]]

        return edit

    # Valid, in the ways qnr accepts.
    add("valid--minimal", lambda r: None)
    add("valid--full", lambda r: None, full)
    add("valid--text-padded", setter("respondent", required_text, " \u00a0Chile\n"))
    add("valid--text-number", setter("respondent", required_text, 42))
    add("valid--version-number", setter("version", number))
    if isinstance(number, int):
        add("valid--version-number-as-float", setter("version", float(number)))
    add("valid--version-absent-is-a-warning", remover("version"))
    add("valid--version-null", setter("version", None))
    add("valid--version-blank", setter("version", " "))
    add("valid--comments-number", setter("answers", first, "comments", 7))
    if not requires_comments:
        add("valid--comments-null", setter("answers", ids[1], "comments", None))
        add("valid--comments-white-space", setter("answers", ids[1], "comments", " \n "))
        add("valid--yes-without-comment-is-a-warning", remover("answers", first, "comments"))
    add("valid--long-comment-is-a-warning", setter("answers", first, "comments", "word " * 260))
    for n, value in enumerate([None, "", "   ", "\t\u3000"]):
        for f in optional_typed:
            add(f"valid--blank-{f}-{n}", setter("respondent", f, value))
    for n, value in enumerate(["2000-02-29", "0001-01-01", "9999-12-31", "2019-12-31"]):
        add(f"valid--date-{n}", setter("respondent", required_date, value))
    for n, value in enumerate([
        "иван@почта.рф",
        "x@xn--p1ai.xn--p1ai",
        "A.B-C@D-E.ORG",
        "o'brien+tag!#$%&*/=?^_`{|}~-@example.org",
        "x" * 64 + "@" + "d" * 185 + ".org",  # 254 characters
        "a-.b@c.org",
        "named@例子.广告",
        "a@b.co",
    ]):
        add(f"valid--email-{n}", setter("respondent", email, value))
    add("valid--yes-no-no", setter("respondent", yes_no, "no"))
    add("valid--respondent-field-null", setter("respondent", optional[0], None))

    # questionnaire-mismatch
    for n, value in enumerate(["HONLEA", " " + schema["id"], schema["id"] + "\n", "arq", ""]):
        add(f"questionnaire-mismatch--questionnaire-{n}", setter("questionnaire", value))
    add("questionnaire-mismatch--questionnaire-missing", remover("questionnaire"))
    add("questionnaire-mismatch--questionnaire-null", setter("questionnaire", None))
    for n, value in enumerate(["2", " " + schema["version"], schema["version"] + "\t", number + 1, "1.1"]):
        add(f"questionnaire-mismatch--version-{n}", setter("version", value))

    # wrong-type
    for n, (path, value) in enumerate([
        (("questionnaire",), True),
        (("version",), ["1"]),
        (("respondent",), []),
        (("respondent",), "Chile"),
        (("answers",), []),
        (("answers", first), "yes"),
        (("answers", first, "comments"), ["a", "b"]),
        (("respondent", required_text), {"name": "Chile"}),
    ]):
        add(f"wrong-type--{n}", setter(*path, value))
    out.append(("wrong-type--not-an-object", ["questionnaire", schema["id"]]))

    # missing-answer
    add("missing-answer--id-missing", remover("answers", first))
    add("missing-answer--answer-null", setter("answers", first, None))
    add("missing-answer--action-null", setter("answers", first, "action_taken", None))
    add("missing-answer--action-missing", remover("answers", first, "action_taken"))
    add("missing-answer--action-blank", setter("answers", first, "action_taken", ""))
    add("missing-answer--answers-missing", remover("answers"))

    # invalid-choice
    for n, value in enumerate(["YES", " yes", "no\n", "maybe", True, 1]):
        add(f"invalid-choice--{n}", setter("answers", first, "action_taken", value))

    # missing-comment (where the questionnaire requires one)
    if requires_comments:
        add("missing-comment--absent", remover("answers", first, "comments"))
        add("missing-comment--null", setter("answers", first, "comments", None))
        add("missing-comment--blank", setter("answers", ids[1], "comments", " \n\u2003 "))

    # unknown-answer
    for n, value in enumerate(["ii.4", "Z.9", ""]):
        add(f"unknown-answer--{n}", setter("answers", value, {"action_taken": "no"}))

    # missing-respondent-field
    add("missing-respondent-field--absent", remover("respondent", required_text))
    add("missing-respondent-field--null", setter("respondent", required_date, None))
    add("missing-respondent-field--blank", setter("respondent", required_text, " \u3000"))
    add("missing-respondent-field--empty-date", setter("respondent", required_date, ""))
    add("missing-respondent-field--respondent-missing", remover("respondent"))

    # invalid-field
    for n, value in enumerate([
        "15/05/2019", "2019-02-29", "1900-02-29", "2019-13-01", "2019-04-31", "0000-01-01",
        "2019-5-1", "20190515", "2019-05-15T00:00:00Z", " 2019-05-15", "2019-05-15\n",
        "２０１９-05-01", 20190515,
    ]):
        add(f"invalid-field--date-{n}", setter("respondent", required_date, value))
    for n, value in enumerate([
        "a", "a@", "@b.org", "a@b", "a b@c.org", "a@@b.org", "a@b..org", "a@.b.org",
        ".a@b.org", "a.@b.org", "a..b@c.org", "a@b.c", "a@b.o1", "a@b.xn--", "a@b.org.",
        "x" * 64 + "@" + "d" * 186 + ".org", "a@b.org\n", " a@b.org", "a\u2003b@c.org",
        "a\u3000b@c.org", "a@b.\U0001d400\U0001d401", "a(b)@c.org", "a@b_c.org",
        "a@b.org, c@d.org", "a,b@c.org", 12,
    ]):
        add(f"invalid-field--email-{n}", setter("respondent", email, value))
    for n, value in enumerate(["YES", "No", " yes", "no\n", "y", True, 1]):
        add(f"invalid-field--yes-no-{n}", setter("respondent", yes_no, value))

    # unknown-field
    add("unknown-field--top", setter("notes", "x"))
    add("unknown-field--respondent", setter("respondent", "fax", "x"))
    add("unknown-field--answer", setter("answers", first, "comment", "x"))
    return out


def main():
    for name, path in (("honlea", os.path.join(ROOT, "schema", "honlea.toml")),
                       ("demanding", os.path.join(OUT, "demanding.toml"))):
        schema = load(path)
        folder = os.path.join(OUT, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        seen = set()
        for file_name, reply in variants(schema):
            assert file_name not in seen, file_name
            seen.add(file_name)
            with open(os.path.join(folder, file_name + ".json"), "w", encoding="utf-8") as f:
                json.dump(copy.deepcopy(reply), f, ensure_ascii=False, indent=2)
                f.write("\n")
        print(f"{folder}: {len(seen)} replies")


if __name__ == "__main__":
    main()
