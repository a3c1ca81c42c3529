#!/usr/bin/env python3
"""Scores trafilatura and htmldate on Centric's evaluation sets with Centric's own definitions,
and checks that this file's scorer agrees with Centric's (Sources/Centric/ExtractionEvaluation.swift).

Token-bag scoring (identical to ExtractionEvaluation.swift): NFC, lowercase, tokens are maximal runs
of characters whose Unicode category is L*, Nd, Nl or No; true positives are the multiset
intersection; precision = tp/predicted, recall = tp/gold, F1 the harmonic mean (0 when either is 0).
Micro averages sum the counts over pages first.

    extraction_eval.py trafilatura DIR [--seconds S]     main-text scores (+ throughput) for trafilatura
    extraction_eval.py htmldate DIR [--seconds S]        date accuracy (+ throughput) for htmldate
    extraction_eval.py check-centric DIR JSONL           recompute Centric's scores from its --json output
"""
import json
import os
import sys
import time
import unicodedata
from collections import Counter

LETTER_NUMBER = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No"}


def tokens(text):
    out, cur = [], []
    for ch in unicodedata.normalize("NFC", text).lower():
        if unicodedata.category(ch) in LETTER_NUMBER:
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def score(predicted, gold):
    p, g = tokens(predicted), tokens(gold)
    tp = sum((Counter(p) & Counter(g)).values())
    return dict(tp=tp, predicted=len(p), gold=len(g))


def ratios(s):
    precision = s["tp"] / s["predicted"] if s["predicted"] else 0.0
    recall = s["tp"] / s["gold"] if s["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages(folder):
    pages = []
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".html"):
            continue
        name = f[:-5]
        gold_path = os.path.join(folder, name + ".gold.txt")
        if not os.path.exists(gold_path):
            continue
        with open(os.path.join(folder, f), "rb") as fh:
            raw = fh.read()
        with open(gold_path, encoding="utf-8") as fh:
            gold = fh.read()
        bp_path = os.path.join(folder, name + ".boilerplate.txt")
        boiler = []
        if os.path.exists(bp_path):
            with open(bp_path, encoding="utf-8") as fh:
                boiler = [line.strip() for line in fh if line.strip()]
        pages.append((name, raw, gold, boiler))
    return pages


def report(results, label):
    total = dict(tp=0, predicted=0, gold=0)
    leaks = 0
    for name, s, leaked in results:
        for k in total:
            total[k] += s[k]
        leaks += len(leaked)
        p, r, f = ratios(s)
        print(f"{name}\t{p:.3f}\t{r:.3f}\t{f:.3f}\t{len(leaked)}")
    p, r, f = ratios(total)
    macro = sum(ratios(s)[2] for _, s, _ in results) / max(len(results), 1)
    print(f"{label}_pages={len(results)}\n{label}_leaks={leaks}\n{label}_micro_precision={p:.3f}\n"
          f"{label}_micro_recall={r:.3f}\n{label}_macro_f1={macro:.3f}\n{label}_micro_f1={f:.3f}")


def throughput(label, items, fn, seconds):
    """Runs fn over items until `seconds` of this process's CPU time are spent; MB per CPU-second."""
    start = time.process_time()
    nbytes = count = 0
    while True:
        for raw in items:
            fn(raw)
            nbytes += len(raw)
            count += 1
        if time.process_time() - start >= seconds:
            break
    cpu = time.process_time() - start
    print(f"{label}_throughput_bytes={nbytes}\n{label}_throughput_pages={count}\n{label}_throughput_cpu_seconds={cpu:.3f}\n"
          f"{label}_throughput_mb_per_cpu_second={nbytes / 1e6 / cpu:.3f}")


def run_trafilatura(folder, seconds):
    import trafilatura
    pages = load_pages(folder)

    def extract(raw):
        return trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
    results = []
    for name, raw, gold, boiler in pages:
        text = extract(raw)
        results.append((name, score(text, gold), [b for b in boiler if b in text]))
    print(f"# trafilatura {trafilatura.__version__}, extract(include_comments=False, include_tables=True)")
    report(results, "trafilatura")
    if seconds:
        throughput("trafilatura", [p[1] for p in pages], extract, seconds)


def run_htmldate(folder, seconds):
    import htmldate
    rows = []
    with open(os.path.join(folder, "dates.tsv"), encoding="utf-8") as fh:
        for line in list(fh)[1:]:
            cells = line.rstrip("\n").split("\t")
            if cells and cells[0] and not cells[0].startswith("#"):
                rows.append((cells[0], cells[1] if len(cells) > 1 else ""))
    raws = []

    def find(raw):
        return htmldate.find_date(raw.decode("utf-8", "replace"), original_date=True, outputformat="%Y-%m-%d") or ""
    right = 0
    print(f"# htmldate {htmldate.__version__}, find_date(original_date=True), extensive search on (the default)")
    for f, expected in rows:
        with open(os.path.join(folder, f), "rb") as fh:
            raw = fh.read()
        raws.append(raw)
        try:
            found = find(raw)
        except Exception as error:  # htmldate should not raise, but a benchmark must not stop
            found = ""
            print(f"# {f}: {error}")
        ok = found == expected
        right += ok
        print(f"{f}\t{expected or '-'}\t{found or '-'}\t{'ok' if ok else 'WRONG'}")
    print(f"htmldate_pages={len(rows)}\nhtmldate_right={right}\nhtmldate_date_accuracy={right / len(rows):.3f}")
    if seconds:
        throughput("htmldate", raws, find, seconds)


def check_centric(folder, jsonl):
    gold = {name: g for name, _, g, _ in load_pages(folder)}
    disagreements = 0
    total = dict(tp=0, predicted=0, gold=0)
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            s = score(row["text"], gold[row["name"]])
            for k in total:
                total[k] += s[k]
            if (s["tp"], s["predicted"], s["gold"]) != (row["tp"], row["predicted"], row["gold"]):
                disagreements += 1
                print(f"# {row['name']}: python {s} centric tp={row['tp']} predicted={row['predicted']} gold={row['gold']}")
    p, r, f = ratios(total)
    print(f"centric_recomputed_micro_f1={f:.3f}\nscorer_disagreements={disagreements}")
    return disagreements


def main():
    args = sys.argv[1:]
    seconds = None
    if "--seconds" in args:
        i = args.index("--seconds")
        seconds = float(args[i + 1])
        del args[i:i + 2]
    if len(args) >= 2 and args[0] == "trafilatura":
        run_trafilatura(args[1], seconds)
    elif len(args) >= 2 and args[0] == "htmldate":
        run_htmldate(args[1], seconds)
    elif len(args) >= 3 and args[0] == "check-centric":
        sys.exit(1 if check_centric(args[1], args[2]) else 0)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
