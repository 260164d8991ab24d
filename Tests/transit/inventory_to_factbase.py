#!/usr/bin/env python3
"""Converts a story's inventory.json (the format of shared/stories/*/inventory.json)
into a reviewed fact base: what a person who reviewed the extraction would keep.

    inventory_to_factbase.py INVENTORY.json ENTITIES.json > reviewed.json

ENTITIES.json names each entity (the part of an inventory id before its first
dot): {"id": {"name": …, "kind": …, "aliases": […]}} — the names a reviewer
would write by hand. Values are written in the fact base's formats from the
inventory's `normalized` figures; cues are the content words of the
inventory's attribute (the checker adds their synonyms from its lexicon);
a disputed fact keeps each source's value on its citation; derived facts
are left out (no source states them).
"""
import json
import os
import re
import sys

STOP = set("""a an the of in on at to for from by with as and or its it their per first last than over under after before
since what which who that this these those be is was are were been has had have one two three when where
number value share place year years month months week weeks day days""".split())


def amount(x):
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if x >= scale:
            n = x / scale
            return f"${n:g} {word}"
    return f"${x:,.2f}".replace(".00", "") if x != int(x) else f"${int(x):,}"


def hedged(text, n):
    h = n.get("hedge")
    return f"{h} {text}" if h in ("about", "nearly", "more than", "at least", "up to", "approximately") else text


def value_text(kind, n, value):
    if kind == "money":
        return hedged(amount(n["amount"]), n)
    if kind == "money-range":
        lo, hi = n["range"]
        return f"{amount(lo)} to {amount(hi)}"
    if kind == "date":
        return n["date"]
    if kind == "duration":
        for unit in ("minutes", "hours", "days", "weeks", "months", "years"):
            if unit in n:
                return hedged(f"{n[unit]:g} {unit}", n)
    if kind == "percent":
        return hedged(f"{n['number']:g}%", n)
    if kind == "count":
        return hedged(f"{n['number']:,}", n)
    if kind == "length":
        for key in ("miles", "feet", "km"):
            if key in n:
                return f"{n[key]:,g} {key}"
    if kind == "score":
        for key in ("number",):
            if key in n:
                return f"{n[key]:g}"
    if kind == "rank":
        return str(n["number"])
    if kind == "multiplier":
        return hedged(f"{n['factor']:g}x", n)
    raise SystemExit(f"cannot write a {kind} value: {value} {n}")


def side_text(kind, text):
    """One side of a disputed value ("7-4", "15,000 to 17,000") in the fact base's format."""
    return text


def cues(attribute):
    words = re.findall(r"[A-Za-z][A-Za-z-]+", re.sub(r"\(.*?\)", "", attribute))
    seen = []
    for w in words:
        if w.lower() not in STOP and w.lower() not in seen:
            seen.append(w.lower())
    return seen or [attribute]


def main():
    inventory = json.load(open(sys.argv[1]))
    names = json.load(open(sys.argv[2]))
    sources, facts, used = {}, [], []
    for f in inventory:
        if f.get("derived"):
            continue
        entity = f["id"].split(".")[0]
        if entity not in used:
            used.append(entity)
        citations = []
        for s in f["sources"]:
            sid = os.path.splitext(s["file"])[0]
            sources[sid] = {"id": sid, "title": sid}
            citations.append({"source": sid, "quote": s["quote"]})
        if f.get("disputed"):
            sides = f["values"]
            text = side_text(f["kind"], sides[0]["value"])
            for c in citations:
                for side in sides[1:]:
                    if any(os.path.splitext(x)[0] == c["source"] for x in side["files"]):
                        c["value"] = {"kind": f["kind"], "text": side_text(f["kind"], side["value"])}
        # The inventory files lengths as scores: the fact base has a kind for them.
        kind = "length" if f["kind"] == "score" and any(u in f["normalized"] for u in ("miles", "feet", "km")) else f["kind"]
        words = cues(f["attribute"])
        if not f.get("disputed"):
            text = value_text(kind, f["normalized"], f["value"])
        facts.append({"id": f["id"], "entity": entity, "attribute": re.sub(r"\s*\(.*?\)", "", f["attribute"]),
                      "cues": words, "value": {"kind": kind, "text": text}, "citations": citations})
    entities = [{"id": e, **names[e]} for e in used]
    print(json.dumps({"version": 1, "sources": list(sources.values()), "entities": entities, "facts": facts}, indent=1))


if __name__ == "__main__":
    main()
