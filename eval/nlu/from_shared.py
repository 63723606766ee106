#!/usr/bin/env python3
"""Turn the shared NLU data (../shared/data/nlu) into labelled sets for `bin/korzina nlu eval`.

usage: from_shared.py --data ../shared/data/nlu --out DIR

Writes DIR/homeassistant.jsonl and DIR/slurp.jsonl (the data stays outside the repository: it is
read from ../shared and written to DIR). Our labelling of the upstream intents:

Home Assistant (RU + EN):
  HassShoppingListAddItem, HassListAddItem             -> add_items, item = the slot, matched
                                                          by its stem (the slot is inflected)
  HassShoppingListCompleteItem, HassListCompleteItem   -> remove_items (the item is done/bought)
  every other intent (lights, timers, weather, media)  -> out_of_scope
SLURP (EN, lower-case ASR text; items are not annotated, so only intents are scored):
  lists_createoradd -> add_items, lists_remove -> remove_items, lists_query -> show_cart,
  takeaway_order / takeaway_query (restaurant food) and every other scenario -> out_of_scope
"""
import argparse
import json
import os
import re

ADD = {"HassShoppingListAddItem", "HassListAddItem"}
COMPLETE = {"HassShoppingListCompleteItem", "HassListCompleteItem"}
SLURP = {"lists_createoradd": "add_items", "lists_remove": "remove_items", "lists_query": "show_cart"}


def stem_regex(item):
    words = item.lower().replace("ё", "е").split()
    stems = [re.escape(w[:-2] if len(w) > 5 else w[:-1] if len(w) > 3 else w) + r"\w*" for w in words]
    return "^" + r"\s+".join(stems) + "$"


def homeassistant(path):
    for n, line in enumerate(open(path, encoding="utf-8")):
        row = json.loads(line)
        intent = "add_items" if row["source_intent"] in ADD else \
            "remove_items" if row["source_intent"] in COMPLETE else "out_of_scope"
        items = [{"product_re": stem_regex(row["item"])}] if intent != "out_of_scope" and row.get("item") else []
        yield {"id": "ha-%d" % n, "lang": row["lang"], "text": row["text"], "intent": intent,
               "items": items, "order_ref": None}


def slurp(path):
    for row in map(json.loads, open(path, encoding="utf-8")):
        yield {"id": row["id"], "lang": "en", "text": row["text"],
               "intent": SLURP.get(row["source_intent"], "out_of_scope"),
               "items": [], "ignore_re": [".*"], "order_ref": None}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, rows in (("homeassistant.jsonl", homeassistant(os.path.join(args.data, "homeassistant_ru_en.jsonl"))),
                       ("slurp.jsonl", slurp(os.path.join(args.data, "slurp_shopping_dev.jsonl")))):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(os.path.join(args.out, name))


if __name__ == "__main__":
    main()
