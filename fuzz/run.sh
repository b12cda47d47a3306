#!/bin/sh
# Runs fuzz targets one after another, each for SECONDS (default 600), with
# the limits the project promises: 512 MB of memory, 2 s per input.
# Logs go to fuzz/logs/<target>.log; `stat::number_of_executed_units` and the
# `DONE` line at the end of each are what fuzz/RESULTS.md quotes.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -u
cd "$(dirname "$0")"
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-reply_json reply_yaml form_txt form_md reply_toml form_csv schema_toml docx pdf odt}
mkdir -p logs
for target in $targets; do
    mkdir -p "corpus/$target"
    RUSTC_BOOTSTRAP=1 cargo fuzz run -s none "$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=512 -timeout=2 \
        -print_final_stats=1 > "logs/$target.log" 2>&1
    echo "$target: exit $?"
done
