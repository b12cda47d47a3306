#!/usr/bin/env python3
"""Time from starting `qnr fill` to its first prompt, in a pseudo-terminal.

Usage: python3 benches/fill_first_prompt.py [QNR] [RUNS]
  QNR   the binary (default target/release/qnr)
  RUNS  runs per case (default 21)

Two cases: a new file (first prompt: the country field) and a draft with
every respondent field filled in (first prompt: YES/NO of I.1). Prints the median,
minimum and maximum in milliseconds. Python's standard library only.
"""

import json
import os
import pty
import select
import shutil
import statistics
import sys
import tempfile
import time

QNR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/qnr")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 21


def first_prompt(path, marker):
    """Seconds from fork to `marker` on the screen."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        # English whatever the caller's locale, so the markers match.
        os.environ["QNR_LANG"] = "en"
        os.execv(QNR, [QNR, "--color", "never", "fill", path])
    seen = b""
    deadline = start + 30
    while marker not in seen:
        if time.perf_counter() > deadline:
            raise SystemExit(f"no prompt within 30 s: {seen[-200:]!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            seen += os.read(fd, 65536)
    elapsed = time.perf_counter() - start
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def report(name, times):
    ms = [t * 1000 for t in times]
    print(f"{name}: median {statistics.median(ms):.1f} ms "
          f"(min {min(ms):.1f}, max {max(ms):.1f}, {len(ms)} runs)")


def main():
    work = tempfile.mkdtemp()
    draft = os.path.join(work, "draft.json")
    with open(draft, "w") as f:
        json.dump({"questionnaire": "honlea", "version": "1",
                   "respondent": {"country": "Narnia", "date": "2019-05-01",
                                  "contact": "A. Focal Point",
                                  "organization": "Drug Law Enforcement Agency",
                                  "address": "1 Example Street",
                                  "telephone": "+1 555 0100",
                                  "email": "focal.point@example.org",
                                  "publish": "yes"},
                   "answers": {}}, f)
    new_times, draft_times = [], []
    for i in range(RUNS):
        new_times.append(first_prompt(os.path.join(work, f"new{i}.json"),
                                      b"Name of country"))
        copy = os.path.join(work, f"draft{i}.json")
        shutil.copy(draft, copy)
        draft_times.append(first_prompt(copy, b"q save and quit"))
    report("new file, to the first field", new_times)
    report("draft, to the first YES/NO", draft_times)
    shutil.rmtree(work)


main()
