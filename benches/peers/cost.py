#!/usr/bin/env python3
"""What the exported JSON Schema costs a validator: one reply checked against
it and against a hand-written completeness schema, the two run in turn
(export, completeness, export, …) so that a change in the machine's load
falls on both alike. Prints, per tool, the median wall time and CPU time
(user + system, of the child process) of each, and their ratios. Run by
benches/peers/compare.sh, which passes the commands.

usage: cost.py ROUNDS OUT.json NAME EXPORT_COMMAND COMPLETENESS_COMMAND [NAME …]
(each command one shell-free string, split on spaces)
"""

import json
import resource
import statistics
import subprocess
import sys
import time


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command.split(" "), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    rounds, out, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    results = {}
    for i in range(0, len(rest), 3):
        name, export, bare = rest[i:i + 3]
        for command in (export, bare):  # warm the caches
            run(command)
        times = {"export": [], "completeness": []}
        for _ in range(rounds):
            for kind, command in (("export", export), ("completeness", bare)):
                times[kind].append(run(command))
        result = {}
        for kind, samples in times.items():
            result[kind] = {
                "wall": statistics.median(w for w, _ in samples),
                "cpu": statistics.median(c for _, c in samples),
            }
        results[name] = result
        e, c = result["export"], result["completeness"]
        print(f"{name}: wall {e['wall'] * 1000:.1f} / {c['wall'] * 1000:.1f} ms = {e['wall'] / c['wall']:.2f}, "
              f"cpu {e['cpu'] * 1000:.1f} / {c['cpu'] * 1000:.1f} ms = {e['cpu'] / c['cpu']:.2f}",
              file=sys.stderr)
    with open(out, "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
