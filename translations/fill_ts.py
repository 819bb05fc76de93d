#!/usr/bin/env python3
"""Fills translations/ferry_<lang>.ts from translations/<lang>.json (source text -> translation,
or "context|source text" -> translation for a text that reads differently in one context).
Entries whose source text has no translation stay unfinished; numerus forms take a list.
Usage: translations/fill_ts.py translations/ferry_de.ts translations/de.json"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, json_path = sys.argv[1], sys.argv[2]
table = json.load(open(json_path, encoding="utf-8"))
tree = ET.parse(ts_path)
filled = missing = 0
for context in tree.getroot().iter("context"):
    cname = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = table.get(f"{cname}|{source}", table.get(source))
        if value is None:
            if translation.get("type") != "vanished" and translation.get("type") != "obsolete":
                missing += 1
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        if translation.get("type") == "unfinished":
            del translation.attrib["type"]
        filled += 1
ET.indent(tree, space="    ")
with open(ts_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
print(f"{ts_path}: {filled} translated, {missing} without a translation")
