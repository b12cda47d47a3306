#!/usr/bin/env python3
"""Writes N HONLEA reply files (JSON) for benches/peers/compare.sh: realistic
replies (every field, sixteen answers with comments of 40-160 words), every
second one invalid in one of the ways people get a reply wrong (an answer
missing, "YES" for "yes", a date written 15/05/2019, a misspelt key, an
unknown id).
Deterministic: the same N gives the same files.

usage: corpus.py FOLDER N
"""

import json
import os
import random
import sys

IDS = [f"I.{i}" for i in range(1, 4)] + [f"II.{i}" for i in range(1, 7)] \
    + [f"III.{i}" for i in range(1, 4)] + [f"IV.{i}" for i in range(1, 5)]

WORDS = ("ministry national agency law enforcement training cooperation drug "
         "trafficking legislation amended programme officers seizures internet "
         "investigation prosecution treatment rehabilitation alternatives "
         "customs border precursor chemicals laboratories data exchange "
         "regional partners operations figures obstacles resources").split()


def comment(rng):
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 55))]
        paragraphs.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(paragraphs)


def reply(rng, n):
    answers = {}
    for rid in IDS:
        choice = rng.choice(["yes", "yes", "no"])
        answers[rid] = {"action_taken": choice, "comments": comment(rng)}
    return {
        "questionnaire": "honlea",
        "version": "1",
        "respondent": {
            "country": f"Country {n}",
            "date": f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "contact": "A. Sample",
            "organization": "Chief Inspector, National Drug Control Agency",
            "address": f"{n} Example Street",
            "telephone": "+00 123 456 789",
            "email": f"focal.point{n}@example.org",
            "publish": rng.choice(["yes", "no"]),
        },
        "answers": answers,
    }


def spoil(rng, r):
    kind = rng.randrange(5)
    rid = rng.choice(IDS)
    if kind == 0:
        r["answers"][rid]["action_taken"] = None
    elif kind == 1:
        r["answers"][rid]["action_taken"] = "YES"
    elif kind == 2:
        r["respondent"]["date"] = "15/05/2019"
    elif kind == 3:
        r["answers"][rid]["comment"] = r["answers"][rid].pop("comments")
    else:
        r["answers"]["ii.4"] = {"action_taken": "no"}


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(count)
    width = len(str(count))
    for n in range(count):
        r = reply(rng, n)
        if n % 2 == 1:
            spoil(rng, r)
        path = os.path.join(folder, f"reply-{n:0{width}d}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(r, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
