"""Check gold.json against articles/: python3 bench/heldout/verify.py"""
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
gold = json.loads((ROOT / "gold.json").read_text("utf-8"))
errors = []
texts = {}
for path in sorted((ROOT / "articles").glob("*.txt")):
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{path.name}: BOM")
    if "\r" in text:
        errors.append(f"{path.name}: CR line endings")
    if text != unicodedata.normalize("NFC", text):
        errors.append(f"{path.name}: not NFC")
    if any(line != line.rstrip() for line in text.split("\n")):
        errors.append(f"{path.name}: trailing whitespace")
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    if not 6 <= len(paragraphs) <= 12:
        errors.append(f"{path.name}: {len(paragraphs)} paragraphs")
    texts[path.name] = text

ids, lang_of, art_of = set(), {}, {}
kinds = {"numeric", "quote", "event", "denial", "prediction", "other"}
for c in gold["claims"]:
    cid = c["id"]
    if cid in ids:
        errors.append(f"{cid}: duplicate id")
    ids.add(cid)
    text = texts.get(c["article"])
    if text is None:
        errors.append(f"{cid}: no article {c['article']}")
        continue
    q = c["quote"]
    if text[c["start"]:c["end"]] != q:
        errors.append(f"{cid}: text[start:end] != quote")
    if q != q.strip():
        errors.append(f"{cid}: quote starts/ends with whitespace")
    if text.count(q) != 1:
        errors.append(f"{cid}: quote occurs {text.count(q)} times")
    if c["language"] not in ("ar", "he", "en") or not c["article"].startswith(c["language"]):
        errors.append(f"{cid}: language {c['language']} vs article {c['article']}")
    if c["kind"] not in kinds:
        errors.append(f"{cid}: kind {c['kind']}")
    lang_of[cid], art_of[cid] = c["language"], c["article"]

pairs = [tuple(p) for p in gold["duplicate_pairs"]]
pairset = {frozenset(p) for p in pairs}
for a, b in pairs:
    for x in (a, b):
        if x not in ids:
            errors.append(f"pair {a}/{b}: unknown id {x}")
    if art_of.get(a) == art_of.get(b):
        errors.append(f"pair {a}/{b}: same article")
if len(pairset) != len(pairs):
    errors.append("repeated pair")
# every connected group must be complete (all its pairs listed)
parent = {i: i for i in ids}
def find(x):
    while parent[x] != x:
        x = parent[x]
    return x
for a, b in pairs:
    parent[find(a)] = find(b)
groups = {}
for a, b in pairs:
    groups.setdefault(find(a), set()).update((a, b))
for members in groups.values():
    m = sorted(members)
    for i in range(len(m)):
        for j in range(i + 1, len(m)):
            if frozenset((m[i], m[j])) not in pairset:
                errors.append(f"group {m}: missing pair {m[i]}/{m[j]}")

cross = [p for p in pairs if lang_of[p[0]] != lang_of[p[1]]]
combos = Counter("↔".join(sorted((lang_of[a], lang_of[b]))) for a, b in pairs)
print(f"{len(texts)} articles, {len(ids)} claims, {len(pairs)} pairs, {len(cross)} across languages: {dict(combos)}")
print("claims per language:", dict(Counter(lang_of.values())), " kinds:", dict(Counter(c['kind'] for c in gold['claims'])))
print("claims without a duplicate:", len(ids - {x for p in pairs for x in p}))
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
