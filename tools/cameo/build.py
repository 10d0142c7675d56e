#!/usr/bin/env python3
"""Builds cameo/data/cameo.tsv and cameo/data/plover.tsv from the peer data
in ../shared (run from the repository root: python3 tools/cameo/build.py).

cameo.tsv: code, root, level, name, Goldstein value (GDELT's where it has
one, else ICEWS's), quad class; from cameo-codes.tsv (derived from the
MIT-licensed andybega/icews table; licence kept in cameo/data/NOTICE).
plover.tsv: CAMEO code -> PLOVER event type and mode, from the Open Event
Data Alliance's CAMEO2PLOVER-2021.txt (CC BY-SA 4.0: the derived file stays
CC BY-SA 4.0, see cameo/data/NOTICE).
"""
import csv, os, re, sys

shared = os.environ.get("DRAGOMAN_SHARED", os.path.join("..", "shared"))
src = os.path.join(shared, "peers", "cameo", "cameo-codes.tsv")
rows = []
with open(src, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        g = r["goldstein_gdelt"] or r["goldstein_icews"]
        name = r["name"].strip()
        if r["level"] == "1":
            name = name.capitalize()
        rows.append((r["code"], r["root"], r["level"], name, g, r["quad_class"], r["example"].strip()))
with open("cameo/data/cameo.tsv", "w", encoding="utf-8") as f:
    f.write("# CAMEO event codes (built by tools/cameo/build.py from cameo-codes.tsv;\n")
    f.write("# see cameo/data/NOTICE). Columns: code, root, level, name, goldstein, quad_class.\n")
    for c in rows:
        f.write("\t".join(c[:6]) + "\n")

codes = {c[0] for c in rows}
pl = os.path.join(shared, "peers", "plover", "CAMEO2PLOVER-2021.txt")
out = []
with open(pl, encoding="utf-8") as f:
    for line in f:
        line = line.split("#")[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)\s*(?:,\s*([^,]*))?(?:,\s*(.*))?$", line)
        if m and m.group(1) in codes:
            out.append((m.group(1), m.group(2), (m.group(4) or "").strip()))
        elif m:
            print(f"skipped {m.group(1)}: not a CAMEO code in the table", file=sys.stderr)
with open("cameo/data/plover.tsv", "w", encoding="utf-8") as f:
    f.write("# CAMEO code -> PLOVER event type and mode, derived by tools/cameo/build.py from\n")
    f.write("# CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8), Copyright 2016 by the Open\n")
    f.write("# Event Data Alliance, licensed CC BY-SA 4.0; this derived file is CC BY-SA 4.0.\n")
    f.write("# Columns: cameo code, PLOVER type, mode (may be empty).\n")
    for c in out:
        f.write("\t".join(c) + "\n")
print(f"{len(rows)} CAMEO codes, {len(out)} PLOVER mappings", file=sys.stderr)
