#!/usr/bin/env python3
"""How many of a story's inventory facts an extracted fact base proposes, and
how many of its proposals are junk.

    measure_extraction.py INVENTORY.json MERGED-BASE.json [--verbose]

An inventory fact (not `derived`) counts as proposed when some proposed fact
- has the same value: a number of the proposal's value (amounts with their
  scale: "$1.84bn" is 1840000000; dates as YYYY[-MM[-DD]]; number words) equals
  one of the inventory's `normalized` numbers to 0.5 % (5 % for a hedged
  value: "nearly 12,000" for 11,812);
- cites the same place: one of its quotes, from the same source file, contains
  one of the inventory's quotes or is contained in it;
- and, for the strict count, is about the inventory's subject: the entity's
  name or an alias is a word-run of the subject or the other way round
  ("Cardinal Line" for "Cardinal Line"; "Harwood" for "Harwood, N.C.").
A proposal is junk when it matches no inventory fact by value and place, or
when another proposal already matched the same inventory fact (a duplicate).
Prints one line per count, then `proposed=… strict=… junk=…`.
"""
import json
import re
import sys

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "half": 50,
         "double": 2, "twice": 2, "triple": 3, "first": 1, "second": 2, "third": 3}
SCALE = {"billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "m": 1e6, "mn": 1e6, "thousand": 1e3, "k": 1e3}


def numbers(text):
    """The numbers a value's text holds, scaled, and its dates as strings."""
    t = text.lower().replace(",", "")
    out = set()
    for m in re.finditer(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", t):
        out.add(m.group(0))
    for m in re.finditer(r"(\d+(?:\.\d+)?)(?:\s*(billion|bn|million|mn|thousand|m|b|k)\b)?", t):
        n = float(m.group(1))
        out.add(n)
        if m.group(2):
            out.add(n * SCALE[m.group(2)])
    for w in re.findall(r"[a-z]+", t):
        if w in WORDS:
            out.add(float(WORDS[w]))
    return out


def inventory_numbers(fact):
    out = set()
    def walk(v):
        if isinstance(v, bool):
            return
        if isinstance(v, (int, float)):
            out.add(float(v))
        elif isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
            out.add(v)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    for key, v in fact.get("normalized", {}).items():
        if key not in ("scale", "hedge", "currency", "per", "scope"):
            walk(v)
    return out


def same(a, b, hedged=False):
    """Equal to 0.5 %, or to 5 % for a hedged figure ("nearly 12,000" for 11,812)."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= (0.05 if hedged else 0.005) * max(abs(a), abs(b), 1e-9)


HEDGES = ("about", "nearly", "more than", "roughly", "almost", "approximately", "up to", "at least")


def stem(name):
    return name.rsplit(".", 1)[0]


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def about_subject(entity, subject):
    names = [entity["name"]] + (entity.get("aliases") or [])
    sw = words(subject)
    for n in names:
        nw = words(n)
        if not nw:
            continue
        for a, b in ((nw, sw), (sw, nw)):
            if any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1)):
                return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    inventory = [f for f in json.load(open(args[0])) if not f.get("derived")]
    base = json.load(open(args[1]))
    entities = {e["id"]: e for e in base.get("entities", [])}
    proposals = base.get("facts", [])

    def matches(p, f):
        values = [p["value"]["text"]] + [c["value"]["text"] for c in p.get("citations", []) if c.get("value")]
        wanted = inventory_numbers(f)
        if not any(same(a, b, v.lower().startswith(HEDGES)) for v in values for a in numbers(v) for b in wanted):
            return False
        for c in p.get("citations", []):
            for s in f["sources"]:
                if stem(s["file"]) == c["source"] and (s["quote"] in c["quote"] or c["quote"] in s["quote"]):
                    return True
        return False

    found = strict = 0
    used = set()
    for f in inventory:
        hits = [i for i, p in enumerate(proposals) if matches(p, f)]
        good = [i for i in hits if about_subject(entities.get(proposals[i]["entity"], {"name": ""}), f["subject"])]
        found += bool(hits)
        strict += bool(good)
        if hits:
            used.add((good or hits)[0])
        if verbose and not good:
            what = "WRONG ENTITY " + ", ".join(sorted({proposals[i]["entity"] for i in hits})) if hits else "MISSING"
            print(f"  {what}: {f['id']} = {f['value']}")
    junk = []
    for i, p in enumerate(proposals):
        if i in used:
            continue
        if any(matches(p, f) for f in inventory):
            junk.append((i, "duplicate"))
        else:
            junk.append((i, "no inventory fact"))
    if verbose:
        for i, why in junk:
            p = proposals[i]
            print(f"  JUNK ({why}): {p['entity']} | {p['attribute']} | {p['value']['text']}")
    n = len(inventory)
    print(f"inventory facts proposed (value and quote): {found}/{n} = {found / n:.2f}")
    print(f"  about the inventory's subject: {strict}/{n} = {strict / n:.2f}")
    print(f"proposals: {len(proposals)}, junk: {len(junk)} = {len(junk) / max(len(proposals), 1):.2f}")
    print(f"proposed={found / n:.3f} strict={strict / n:.3f} junk={len(junk) / max(len(proposals), 1):.3f}")


if __name__ == "__main__":
    main()
