"""A workshop whose every typed field holds markup and "&" (R4's marked demo), for tests that
check typed words are shown as typed, never drawn as HTML nor read as a key."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wtfc.model.demo import demo_path

MARKED = "I get <b>no</b> help & <i>support</i>"
MARKED_FILE = "Spring <b>2026.wtfc"  # a name may hold "<" (not "/"): an unclosed tag
# the marked words' tags, as a label drawing them as HTML would still hold them
TYPED_TAG = re.compile(
    r"<b>(no|Hall|Ann|Town|tag|P\d+|every|Team [^<]{0,20})</b>|<i>support</i>|<b>2026")


def marked_workshop(target: Path, source: Path | None = None) -> Path:
    """``source`` (the demo) with markup and "&" in every typed field, written to ``target``."""
    d = json.loads(Path(source or demo_path()).read_text(encoding="utf-8"))
    d["title"] = "Tea & biscuits: " + MARKED
    d["venue"], d["facilitator"] = "Bed & <b>Hall</b>", "Sue & <b>Ann</b>"
    for key in ("purpose", "scope", "agreements"):
        d[key] = f"{MARKED} {key}"
    codes = {}
    for i, person in enumerate(d["people"]):
        codes[person["id"]] = person["id"] = f"<b>P{i}</b>&x"
        person["locality"] = "Old & <b>Town</b>"
    for card in d["cards"]:
        card["text"] = f"{MARKED} {card['text']}"
        if card.get("person"):
            card["person"] = codes.get(card["person"], card["person"])
        card["tags"] = ["Tea & <b>tag</b>", *card.get("tags", [])]
    for n, theme in enumerate(d["themes"]):
        theme["name"] = f"Tea & biscuits {n} {MARKED}"
        theme["comments"] = [f"{MARKED} comment", *theme.get("comments", [])]
        theme.setdefault("priority", {})["reason"] = f"{MARKED} reason"
    for cause in d["causes"]:
        cause["text"] = f"Cause & {MARKED} {cause['text']}"
        if cause.get("team"):
            cause["team"] = f"Team & <b>{cause['team']}</b>"
    for statement in d["success"]:
        statement["text"] = f"Success & {MARKED} {statement['text']}"
    for action in d["actions"]:
        action["what"], action["owner"] = f"Do & {MARKED}", "Sue & <b>Ann</b>"
        for key in ("first_step", "how_we_know", "resources", "progress_note"):
            action[key] = f"{key} & {MARKED}"
    for team in d.get("teams", []):
        team["name"], team["summary"] = f"Team & <b>{team['name']}</b>", f"{MARKED} summary"
    for part in d.get("agenda", []):
        part["notes"] = f"{MARKED} notes"
    reflection = d.get("reflection") or {}
    for key in ("went_well", "not_so_well", "do_differently"):
        reflection[key] = f"{key} & {MARKED}"
    d["reflection"] = reflection
    target.write_text(json.dumps(d), encoding="utf-8")
    return target
