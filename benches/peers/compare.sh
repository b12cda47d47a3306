#!/usr/bin/env bash
# qnr against the JSON Schema validators a ministry might use instead
# (Python's jsonschema, check-jsonschema, ajv-cli, jsonschema-cli), each
# checking the JSON Schema that `qnr schema json-schema` exports:
# 1. agreement: every peer gives qnr's verdict on each reply of the corpus in
#    tests/data/json-schema/ (benches/peers/agree.py), and all find the same
#    5,000 of 10,000 replies invalid;
# 2. what the export costs each peer: one reply against it and against the
#    hand-written completeness.schema.json beside this script;
# 3. speed: one reply, and 10,000 replies of which half are invalid
#    (hyperfine's medians and the ratio to qnr), and the peak memory
#    (`/usr/bin/time -v`) of each on the 10,000.
#
# Installs what it needs: hyperfine and time (apt-get, when missing) and the
# peers into benches/peers/.peers/ (git-ignored; kept between runs, so only
# the first run waits about four minutes for `cargo install jsonschema-cli`).
#
# usage: benches/peers/compare.sh [RUNS_FOR_10000]      (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS_MANY=${1:-5}
PEERS=benches/peers/.peers
CORPUS=benches/peers/corpus
OUT=$CORPUS/results
mkdir -p "$PEERS" "$OUT"

need_apt() {
  command -v "$1" >/dev/null 2>&1 || [ -x "${2:-/nonexistent}" ] || {
    echo "installing $1 (apt-get)" >&2
    apt-get install -y -qq "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$1" >/dev/null; }
  }
}
need_apt hyperfine
need_apt time /usr/bin/time

echo "== building qnr (release)" >&2
cargo build --release --locked --quiet
QNR=target/release/qnr

echo "== peers in $PEERS" >&2
if [ ! -x "$PEERS/venv/bin/check-jsonschema" ]; then
  python3 -m venv "$PEERS/venv"
  "$PEERS/venv/bin/pip" install --quiet check-jsonschema
fi
if [ ! -x "$PEERS/npm/node_modules/.bin/ajv" ]; then
  npm install --silent --prefix "$PEERS/npm" --no-audit --no-fund ajv-cli ajv-formats
fi
if [ ! -x "$PEERS/bin/jsonschema-cli" ]; then
  cargo install --locked --quiet jsonschema-cli --root "$PEERS"
fi
CHECK=$PEERS/venv/bin/check-jsonschema
PY=$PEERS/venv/bin/python   # has Python's jsonschema, which check-jsonschema uses
AJV=$PEERS/npm/node_modules/.bin/ajv
JSC=$PEERS/bin/jsonschema-cli
echo "qnr $($QNR --version | cut -d' ' -f2), check-jsonschema $($CHECK --version | awk '{print $NF}'), ajv-cli $(node -p "require('./$PEERS/npm/node_modules/ajv-cli/package.json').version"), ajv $(node -p "require('./$PEERS/npm/node_modules/ajv/package.json').version"), $($JSC --version)" > "$OUT/versions.txt"

echo "== corpus in $CORPUS" >&2
rm -rf "$CORPUS/one" "$CORPUS/many"
python3 benches/peers/corpus.py "$CORPUS/one" 1
python3 benches/peers/corpus.py "$CORPUS/many" 10000
SCHEMA=$CORPUS/honlea.schema.json
$QNR schema json-schema -o "$SCHEMA" --force

ONE=$CORPUS/one/reply-0.json
MANY="$CORPUS/many/*.json"

# The same verdicts first: on the corpus of valid replies and mutants of
# every code a JSON Schema can express (tests/data/json-schema/), every peer
# must agree with qnr file by file; then on the 10,000, every tool must find
# exactly the 5,000 spoilt replies invalid.
echo "== agreement on tests/data/json-schema/" >&2
python3 benches/peers/agree.py "$QNR" "$PY" "$CHECK" "$AJV" "$JSC" "$CORPUS" | tee "$OUT/agree.txt" >&2
invalid=$( { $QNR validate $MANY --format json || true; } | python3 -c 'import json,sys; print(sum(not f["valid"] for f in json.load(sys.stdin)))')
[ "$invalid" = 5000 ] || { echo "qnr found $invalid invalid replies, not 5000" >&2; exit 1; }
invalid=$( { $JSC validate "$SCHEMA" --assert-format --output flag -i $MANY 2>/dev/null || true; } | grep -c '"valid":false')
[ "$invalid" = 5000 ] || { echo "jsonschema-cli found $invalid invalid replies, not 5000" >&2; exit 1; }

# What the export costs each peer: one reply against it and against a
# hand-written schema that checks completeness only (the target: at most
# 1.5 times as long), the two run in turn so that the load falls on both.
echo "== one reply: the export against a completeness schema" >&2
BARE=benches/peers/completeness.schema.json
python3 benches/peers/cost.py 40 "$OUT/cost.json" \
  jsonschema-cli "$JSC validate $SCHEMA --assert-format -i $ONE" "$JSC validate $BARE --assert-format -i $ONE" \
  "Python jsonschema" "$PY tests/json_schema_python.py $SCHEMA $ONE" "$PY tests/json_schema_python.py $BARE $ONE" \
  check-jsonschema "$CHECK --schemafile $SCHEMA $ONE" "$CHECK --schemafile $BARE $ONE" \
  ajv-cli "$AJV validate --spec=draft2020 -c ajv-formats -s $SCHEMA -d $ONE" "$AJV validate --spec=draft2020 -c ajv-formats -s $BARE -d $ONE"

echo "== one reply" >&2
hyperfine --shell=none --warmup 5 --min-runs 30 --ignore-failure --style basic \
  --export-json "$OUT/one.json" \
  -n qnr "$QNR validate $ONE" \
  -n jsonschema-cli "$JSC validate $SCHEMA --assert-format -i $ONE" \
  -n "Python jsonschema" "$PY tests/json_schema_python.py $SCHEMA $ONE" \
  -n check-jsonschema "$CHECK --schemafile $SCHEMA $ONE" \
  -n ajv-cli "$AJV validate --spec=draft2020 -c ajv-formats -s $SCHEMA -d $ONE" \
  >&2

echo "== 10,000 replies (half invalid)" >&2
hyperfine --warmup 1 --runs "$RUNS_MANY" --ignore-failure --style basic \
  --export-json "$OUT/many.json" \
  -n qnr "$QNR validate $MANY" \
  -n "qnr --format json" "$QNR validate --format json $MANY" \
  -n jsonschema-cli "$JSC validate $SCHEMA --assert-format -i $MANY" \
  -n check-jsonschema "$CHECK --schemafile $SCHEMA $MANY" \
  -n ajv-cli "$AJV validate --spec=draft2020 -c ajv-formats --all-errors -s $SCHEMA -d '$MANY'" \
  >&2

echo "== peak memory on 10,000 replies" >&2
peak() { # name command…
  local name=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time.txt" || true
  echo "$name $(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt")" >> "$OUT/memory.txt"
}
: > "$OUT/memory.txt"
# shellcheck disable=SC2086
{
  peak qnr $QNR validate $MANY
  peak "qnr --format json" $QNR validate --format json $MANY
  peak jsonschema-cli $JSC validate "$SCHEMA" --assert-format -i $MANY
  peak check-jsonschema $CHECK --schemafile "$SCHEMA" $MANY
  peak ajv-cli $AJV validate --spec=draft2020 -c ajv-formats --all-errors -s "$SCHEMA" -d "$MANY"
}

python3 - "$OUT" <<'EOF'
import json, sys, os
out = sys.argv[1]
memory = dict(line.rsplit(" ", 1) for line in open(os.path.join(out, "memory.txt")).read().splitlines())
print(open(os.path.join(out, "versions.txt")).read().strip())
print(f"machine: {os.cpu_count()} cores")
print("\nthe export against a completeness schema, one reply (medians; target: at most 1.5)\n")
print("| validator | export | completeness | ratio | CPU ratio |")
print("| --- | ---: | ---: | ---: | ---: |")
for tool, r in json.load(open(os.path.join(out, "cost.json"))).items():
    e, c = r["export"], r["completeness"]
    print(f"| {tool} | {e['wall'] * 1000:.1f} ms | {c['wall'] * 1000:.1f} ms | {e['wall'] / c['wall']:.2f} | {e['cpu'] / c['cpu']:.2f} |")
for name, title in (("one", "one reply"), ("many", "10,000 replies, half invalid")):
    results = json.load(open(os.path.join(out, f"{name}.json")))["results"]
    qnr = next(r["median"] for r in results if r["command"] == "qnr")
    print(f"\n{title}\n")
    print("| tool | median | × qnr's time |" + (" peak memory |" if name == "many" else ""))
    print("| --- | ---: | ---: |" + (" ---: |" if name == "many" else ""))
    for r in results:
        median = r["median"]
        shown = f"{median * 1000:.1f} ms" if median < 10 else f"{median:.2f} s"
        row = f"| {r['command']} | {shown} | {median / qnr:.1f} |"
        if name == "many":
            kb = int(memory.get(r["command"], "0"))
            row += f" {kb / 1024:.1f} MB |"
        print(row)
EOF
