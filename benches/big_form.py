#!/usr/bin/env python3
"""Writes a large UN form for timing the plain-text reader: a form with every
comment's paragraphs repeated N times (default 705, about 10 MB from
tests/data/forms/marks-boxes.txt).

    python3 benches/big_form.py tests/data/forms/marks-boxes.txt big.txt [N]
"""
import re
import sys

HEADING = re.compile(r"^(Issue [IVX]+:|Recommendation \d+)")


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    times = int(sys.argv[3]) if len(sys.argv) > 3 else 705
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, comment = [], []

    def flush() -> None:
        paragraphs = [line for line in comment if line.strip()]
        for _ in range(times):
            for p in paragraphs:
                out.extend([p, ""])
        comment.clear()

    in_comment = False
    for line in lines:
        if in_comment and HEADING.match(line):
            flush()
            in_comment = False
        if in_comment:
            comment.append(line)
            continue
        out.append(line)
        if line.strip() == "Comments:":
            out.append("")
            in_comment = True
    if in_comment:
        flush()
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
