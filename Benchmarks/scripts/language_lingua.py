"""Runs lingua, restricted to en, nl, de, fr and af, on Corpora/language/labelled.tsv and prints
one line per text (id, expected, lingua's answer) followed by the accuracy summary in the same
buckets Centric's LanguageEvaluation uses (short 1-4 words, medium 5-20, long 21+)."""
import csv
import sys

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.ENGLISH: "en", Language.DUTCH: "nl", Language.GERMAN: "de",
         Language.FRENCH: "fr", Language.AFRIKAANS: "af"}


def bucket(text):
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return "short" if len(words) <= 4 else "medium" if len(words) <= 20 else "long"


def main(path):
    detector = LanguageDetectorBuilder.from_languages(*CODES).build()
    totals, correct = {}, {}
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        found = detector.detect_language_of(row["text"])
        code = CODES.get(found, "und")
        ok = code == row["lang"]
        for key in ("all", "lang=" + row["lang"], "length=" + bucket(row["text"])):
            totals[key] = totals.get(key, 0) + 1
            correct[key] = correct.get(key, 0) + (1 if ok else 0)
        print(f"{row['id']}\t{row['lang']}\t{code}\t{'ok' if ok else 'WRONG'}")
    for key in sorted(totals):
        print(f"{key}\t{correct[key]}/{totals[key]}\t{correct[key] / totals[key]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Corpora/language/labelled.tsv")
