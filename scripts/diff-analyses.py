#!/usr/bin/env python3
"""Lists what changed between two `analyze --format jsonl` outputs of the same input, for reading
a change's effect on unseen text (docs/EVALUATION.md: "N changed: right / wrong / unsure").

Usage: scripts/diff-analyses.py OLD.jsonl NEW.jsonl [statements|events|actors|quantities|times]
Default kind: events. Records are compared by what they say, not by their ids: statements by
speaker (actor and span), cue, quote, form and addressee; events by type, mode, trigger, flags,
source, target and location; actors by name, type, code and mention spans. Each changed record is
printed with "-" (only in OLD) or "+" (only in NEW) and its sentence; the last line counts
documents and records changed."""
import json
import sys


def span(s):
    return f"{s['text']}@{s['start']}" if s else "-"


def actor_names(doc):
    return {a["id"]: a["name"] for a in doc.get("actors", [])}


def statement_key(s, names):
    sp = s.get("speaker") or {}
    who = names.get(sp.get("actor"), sp.get("actor")) if sp else None
    return (f"{span(sp) if sp else '-'} [{who}] | {span(s.get('cue'))} | {span(s.get('quote'))} | "
            f"{s.get('form')} | to {span(s.get('addressee'))}")


def event_key(e, names):
    def actors(ids):
        return ",".join(names.get(i, i) for i in ids) or "-"
    flags = "".join(f[0] for f in ("negated", "future", "hypothetical", "historical") if e.get(f))
    loc = e.get("location")
    loc = loc.get("text") if isinstance(loc, dict) else loc
    return (f"{e['type']}:{e.get('mode') or ''} {span(e.get('trigger'))} {flags} | "
            f"{actors(e.get('source', []))} -> {actors(e.get('target', []))} | at {loc or '-'}")


def actor_key(a, names):
    mentions = " ".join(f"{m['start']}" for m in a.get("mentions", []))
    return f"{a['name']} {a['type']} {a.get('code') or ''} [{mentions}]"


def plain_key(r, names):
    return json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False, sort_keys=True)


KEYS = {"statements": statement_key, "events": event_key, "actors": actor_key,
        "quantities": plain_key, "times": plain_key}


def sentence(doc, start):
    # the sentence around an offset, cut at a word boundary when it is very long
    text = doc["text"]
    a = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    if start - a > 300:
        a = text.find(" ", start - 300) + 1
    b = text.find(". ", start)
    b = len(text) if b < 0 else b + 1
    if b - start > 300:
        b = text.rfind(" ", start, start + 300)
    return text[a:b].replace("\n", " ")


def first_offset(r):
    for k in ("trigger", "cue", "quote", "speaker"):
        if isinstance(r.get(k), dict) and "start" in r[k]:
            return r[k]["start"]
    if "start" in r:
        return r["start"]
    m = r.get("mentions")
    return m[0]["start"] if m else 0


def read(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


def main():
    if len(sys.argv) < 3 or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    kind = sys.argv[3] if len(sys.argv) > 3 else "events"
    if kind not in KEYS:
        sys.exit(f"unknown kind {kind!r}; one of {', '.join(KEYS)}")
    old, new = read(sys.argv[1]), read(sys.argv[2])
    docs_changed = records = 0
    for doc_id in sorted(old.keys() | new.keys(), key=lambda i: (len(i), i)):
        lines = []
        for sign, doc, other in (("-", old.get(doc_id), new.get(doc_id)), ("+", new.get(doc_id), old.get(doc_id))):
            if doc is None:
                lines.append(f"{sign} (document missing)")
                continue
            names, other_names = actor_names(doc), actor_names(other or {})
            theirs = {KEYS[kind](r, other_names) for r in (other or {}).get(kind, [])}
            for r in doc.get(kind, []):
                key = KEYS[kind](r, names)
                if key not in theirs:
                    lines.append(f"{sign} {key}\n    {sentence(doc, first_offset(r))}")
        if lines:
            docs_changed += 1
            records += len(lines)
            print(f"== {doc_id}")
            print("\n".join(lines))
    print(f"{docs_changed} documents changed, {records} {kind} records differ")


if __name__ == "__main__":
    main()
