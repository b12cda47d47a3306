#!/usr/bin/env python3
"""Checks that every JSON Schema validator gives `qnr validate`'s verdict on
each reply of the corpus in tests/data/json-schema/ (valid replies and
mutants of every code a JSON Schema can express): Python's `jsonschema`,
check-jsonschema, ajv-cli and jsonschema-cli, each with the schema qnr
exports. Prints a line per tool and questionnaire; exits 1 on any
disagreement, naming the files. Run by benches/peers/compare.sh.

usage: agree.py QNR PYTHON CHECK_JSONSCHEMA AJV JSONSCHEMA_CLI OUT_FOLDER
"""

import glob
import json
import os
import subprocess
import sys

CORPUS = "tests/data/json-schema"
QUESTIONNAIRES = {"honlea": [], "demanding": ["--schema", f"{CORPUS}/demanding.toml"]}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=False)


def qnr_invalid(qnr, schema_args, files):
    out = run([qnr, *schema_args, "validate", "--format", "json", *files]).stdout
    return {f["file"] for f in json.loads(out) if not f["valid"]}


def python_invalid(python, schema, files):
    result = run([python, "tests/json_schema_python.py", schema, *files])
    if result.returncode != 0:
        sys.exit(f"Python jsonschema failed: {result.stderr}")
    lines = [line.split(" ", 1) for line in result.stdout.splitlines()]
    assert len(lines) == len(files), "a verdict per file"
    return {path for verdict, path in lines if verdict == "invalid"}


def check_jsonschema_invalid(tool, schema, files):
    result = run([tool, "-o", "json", "--schemafile", schema, *files])
    report = json.loads(result.stdout)
    if report.get("parse_errors"):
        sys.exit(f"check-jsonschema could not read: {report['parse_errors']}")
    return {e["filename"] for e in report["errors"]}


def ajv_invalid(tool, schema, files):
    # ajv prints `FILE valid` or `FILE invalid` (and the errors) for each
    # file; its strict mode's notes on union types are only notes.
    result = run([tool, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", schema,
                  *[arg for f in files for arg in ("-d", f)]])
    text = result.stdout + result.stderr
    if "schema" in text and "is invalid" in text:
        sys.exit(f"ajv did not load the schema: {text[:2000]}")
    verdicts = {}
    for line in text.splitlines():
        path, _, verdict = line.rpartition(" ")
        if path in files and verdict in ("valid", "invalid"):
            verdicts[path] = verdict
    assert len(verdicts) == len(files), f"ajv judged {len(verdicts)} of {len(files)}: {text[:2000]}"
    return {path for path, verdict in verdicts.items() if verdict == "invalid"}


def jsonschema_cli_invalid(tool, schema, files):
    result = run([tool, "validate", schema, "--assert-format", "--output", "flag",
                  *[arg for f in files for arg in ("-i", f)]])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(files), f"jsonschema-cli: {result.stdout[:2000]}{result.stderr[:2000]}"
    return {line["instance"] for line in lines if not line["payload"]["valid"]}


def main():
    qnr, python, check, ajv, jsc, out = sys.argv[1:7]
    tools = {
        "Python jsonschema": lambda s, f: python_invalid(python, s, f),
        "check-jsonschema": lambda s, f: check_jsonschema_invalid(check, s, f),
        "ajv-cli": lambda s, f: ajv_invalid(ajv, s, f),
        "jsonschema-cli": lambda s, f: jsonschema_cli_invalid(jsc, s, f),
    }
    failed = False
    for name, schema_args in QUESTIONNAIRES.items():
        files = sorted(glob.glob(f"{CORPUS}/{name}/*.json"))
        schema = os.path.join(out, f"{name}.schema.json")
        subprocess.run([qnr, *schema_args, "schema", "json-schema", "-o", schema, "--force"],
                       check=True)
        expected = qnr_invalid(qnr, schema_args, files)
        print(f"{name}: {len(files)} replies, {len(expected)} invalid for qnr")
        for tool, invalid in tools.items():
            found = invalid(schema, files)
            differ = sorted(found ^ expected)
            print(f"  {tool}: {'agrees' if not differ else f'DISAGREES on {len(differ)}'}")
            for path in differ:
                print(f"    {path}: qnr says {'invalid' if path in expected else 'valid'}")
            failed |= bool(differ)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
