#!/usr/bin/env bash
# Language identification accuracy: Centric against lingua (restricted to en, nl, de, fr, af)
# on the same labelled set. Run from the repository root:
#   bash Benchmarks/scripts/language_compare.sh [Corpora/language/labelled.tsv]
# lingua is installed with pip in .venv-bench/ (benchmark only; Centric does not use it).
set -euo pipefail
cd "$(dirname "$0")/../.."
set_file="${1:-Corpora/language/labelled.tsv}"
scratch="${SCRATCH_PATH:-.build}"

if [ ! -x .venv-bench/bin/python ]; then
  python3 -m venv .venv-bench
fi
.venv-bench/bin/python -c 'import lingua' 2>/dev/null || .venv-bench/bin/pip install --quiet lingua-language-detector

swift build -c release --scratch-path "$scratch" --product centric >/dev/null
centric="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/centric"

echo "== lingua (en, nl, de, fr, af)"
.venv-bench/bin/python Benchmarks/scripts/language_lingua.py "$set_file" > /tmp/centric-lingua.$$.txt
grep -v $'\tok$' /tmp/centric-lingua.$$.txt | grep -v '^all\|^lang=\|^length=' | sed 's/^/  wrong: /' || true
grep '^all\|^lang=\|^length=' /tmp/centric-lingua.$$.txt
echo "== centric (languages en,nl,de,fr,af; no lexicon, no hint)"
"$centric" language --evaluate "$set_file" --languages en,nl,de,fr,af
rm -f /tmp/centric-lingua.$$.txt
