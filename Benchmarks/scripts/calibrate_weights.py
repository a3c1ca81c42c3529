#!/usr/bin/env python3
"""Recalibrates theme entry weights from labelled data.

Usage: calibrate_weights.py CENTRIC_BINARY LEXICON_DIR LABELLED.jsonl... [--apply]

Scores the labelled items with `centric run`, and for every entry that counted in at least
four items measures its precision: the smoothed share (tp + 0.5) / (n + 1) of the items it
fired in that carry its theme. Then
  - weight >= 1 and precision < 0.3 (four or more items)      -> weight 0.5 (needs a second cue);
  - weight 0.5 and precision < 0.2 (five or more items)       -> entry removed;
  - weight 0.5 and precision >= 0.85 (four or more items)     -> weight 1 (decides alone).
Induced blocks are left to `centric lexicon induce`. Without --apply it only prints the edits.
Run it until it reports 0 edits. The shipped lexicons were calibrated on
Corpora/gold/dev.jsonl and Corpora/gold/fresh-tuning.jsonl, never on fresh-heldout.jsonl.
"""
import collections, csv, json, os, re, shutil, subprocess, sys, tempfile

def main():
    args = [a for a in sys.argv[1:] if a != "--apply"]
    apply = "--apply" in sys.argv
    if len(args) < 3:
        sys.exit(__doc__)
    binary, lexdir, files = args[0], args[1], args[2:]
    work = tempfile.mkdtemp(prefix="centric-calibrate-")
    try:
        labelled = os.path.join(work, "labelled.jsonl")
        gold = {}
        with open(labelled, "w") as out:
            for f in files:
                for line in open(f, encoding="utf-8"):
                    if line.strip():
                        item = json.loads(line)
                        gold[item["id"]] = item
                        out.write(line if line.endswith("\n") else line + "\n")
        outdir = os.path.join(work, "out")
        subprocess.run([binary, "run", labelled, "--out", outdir, "--no-report", "--text", "text", "--lang", "lang",
                        "--id", "id", "--lexicons", lexdir], check=True, capture_output=True)
        item_of = {row["id"]: row["origin"].split("#id=")[-1] for row in csv.DictReader(open(os.path.join(outdir, "documents.csv")))}
        counts = collections.defaultdict(lambda: [0, 0])
        seen = set()
        for line in open(os.path.join(outdir, "evidence.jsonl")):
            e = json.loads(line)
            item = item_of.get(e["document"])
            key = (e["entry_location"], e["theme"])
            if item is None or (key, item) in seen:
                continue
            seen.add((key, item))
            counts[key][1] += 1
            counts[key][0] += e["theme"] in gold[item]["themes"]
    finally:
        shutil.rmtree(work)

    edits = collections.defaultdict(dict)
    for (location, _), (tp, n) in counts.items():
        path, line = location.rsplit(":", 1)
        edits[path][int(line)] = (tp, n, (tp + 0.5) / (n + 1))
    total = 0
    for path, lines in sorted(edits.items()):
        text = open(path, encoding="utf-8").read().split("\n")
        inside_induced = set()
        inside = False
        for i, l in enumerate(text, 1):
            if "# induced:begin" in l: inside = True
            if inside: inside_induced.add(i)
            if "# induced:end" in l: inside = False
        for line, (tp, n, p) in sorted(lines.items()):
            if line in inside_induced:
                continue
            src = text[line - 1]
            m = re.search(r"weight: ([0-9.]+)", src)
            w = float(m.group(1)) if m else 1.0
            new = None
            if n >= 4 and p < 0.3 and w >= 1: new = 0.5
            elif n >= 5 and p < 0.2 and w == 0.5: new = "remove"
            elif n >= 4 and p >= 0.85 and w == 0.5: new = 1
            if new is None:
                continue
            print(f"{path}:{line} {tp}/{n} weight {w:g} -> {new}: {src.strip()}")
            total += 1
            if new == "remove":
                text[line - 1] = None
            elif m:
                text[line - 1] = src.replace(f"weight: {m.group(1)}", f"weight: {new}")
            else:
                head, pattern = re.match(r"(\s*- )(.*)$", src).groups()
                text[line - 1] = f'{head}{{pattern: "{pattern.strip().strip(chr(34))}", weight: {new}}}'
        if apply:
            open(path, "w", encoding="utf-8").write("\n".join(t for t in text if t is not None))
    print(f"{total} edits")

if __name__ == "__main__":
    main()
