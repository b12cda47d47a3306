#!/usr/bin/env python3
"""Python's `jsonschema` (Draft 2020-12, with its format checker) on reply
files: prints `valid` or `invalid` and the file, one line each, for
tests/it/json_schema_peers.rs and benches/peers/compare.sh.

usage: json_schema_python.py SCHEMA FILE...
Exit 0 when it could judge every file, 3 when `jsonschema` is not installed.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("the Python package `jsonschema` is not installed", file=sys.stderr)
    sys.exit(3)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            reply = json.load(f)
        verdict = "valid" if validator.is_valid(reply) else "invalid"
        print(f"{verdict} {path}")


if __name__ == "__main__":
    main()
