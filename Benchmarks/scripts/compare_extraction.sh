#!/usr/bin/env bash
# Compares Centric's HTML extraction with trafilatura (main text) and htmldate (publication dates) on
# Corpora/extraction and Corpora/dates, with one scoring definition (ExtractionEvaluation.swift,
# mirrored in extraction_eval.py and cross-checked on Centric's own output), and measures single-thread
# throughput in MB of HTML per CPU-second for each tool on the same pages.
#
#   Benchmarks/scripts/compare_extraction.sh            # from the repository root
#   SECONDS_PER_TOOL=10 Benchmarks/scripts/compare_extraction.sh
#
# Environment: SECONDS_PER_TOOL (CPU-seconds each throughput run lasts, default 5), SCRATCH (a
# `swift build --scratch-path`), CENTRIC_EVAL (a ready command to use instead of building
# `centric eval-extraction`). Creates .venv-bench/ with trafilatura and htmldate (needs network once).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_PER_TOOL:-5}
venv=.venv-bench

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
# lxml_html_clean: lxml 5.2+ moved lxml.html.clean out, and justext (a trafilatura dependency) imports it.
"$venv/bin/pip" install --quiet --disable-pip-version-check trafilatura htmldate lxml_html_clean

if [ -z "${CENTRIC_EVAL:-}" ]; then
    scratch=()
    if [ -n "${SCRATCH:-}" ]; then scratch=(--scratch-path "$SCRATCH"); fi
    swift build -c release --product centric "${scratch[@]}" >&2
    CENTRIC_EVAL="$(swift build -c release --show-bin-path "${scratch[@]}")/centric eval-extraction"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
py="$venv/bin/python Benchmarks/scripts/extraction_eval.py"

echo "== Centric: main text (Corpora/extraction)"
$CENTRIC_EVAL Corpora/extraction > "$out/centric.txt"
$CENTRIC_EVAL Corpora/extraction --json > "$out/centric.jsonl"
tail -6 "$out/centric.txt"
echo "== scorer agreement (Python re-scores Centric's output)"
$py check-centric Corpora/extraction "$out/centric.jsonl"
echo "== Centric: dates (Corpora/dates)"
$CENTRIC_EVAL Corpora/dates > "$out/centric-dates.txt"
grep -v $'\tok$' "$out/centric-dates.txt" | tail -n +2
echo "== Centric: throughput, one thread, ${seconds} CPU-s"
$CENTRIC_EVAL Corpora/extraction --throughput "$seconds" | grep '^throughput_' | tee "$out/centric-speed.txt"

echo "== trafilatura: main text and throughput"
$py trafilatura Corpora/extraction --seconds "$seconds" > "$out/trafilatura.txt"
grep -E '^(#|trafilatura_)' "$out/trafilatura.txt"
echo "== htmldate: dates"
$py htmldate Corpora/dates > "$out/htmldate.txt"
grep -E "WRONG|^#|^htmldate_" "$out/htmldate.txt"

value() { grep "^$2=" "$1" | cut -d= -f2; }
c_f1=$(value "$out/centric.txt" micro_f1)
t_f1=$(value "$out/trafilatura.txt" trafilatura_micro_f1)
c_leaks=$(value "$out/centric.txt" leaks)
t_leaks=$(value "$out/trafilatura.txt" trafilatura_leaks)
c_dates=$(value "$out/centric-dates.txt" date_accuracy)
h_dates=$(value "$out/htmldate.txt" htmldate_date_accuracy)
c_speed=$(value "$out/centric-speed.txt" throughput_mb_per_cpu_second)
t_speed=$(value "$out/trafilatura.txt" trafilatura_throughput_mb_per_cpu_second)
echo
echo "| | main-text micro F1 | boilerplate leaks | date accuracy | MB of HTML per CPU-second |"
echo "|---|---|---|---|---|"
echo "| Centric | $c_f1 | $c_leaks | $c_dates | $c_speed |"
echo "| trafilatura / htmldate | $t_f1 | $t_leaks | $h_dates | $t_speed |"
python3 -c "print(f'speed ratio: {float($c_speed) / float($t_speed):.1f}x per core')"
