#!/usr/bin/env python3
"""Parses a Prometheus text exposition (format 0.0.4) with prometheus_client's own parser and
compares what it reads with the manifest the Swift fixture test wrote beside it.

Usage: check-exposition.py EXPOSITION_TXT MANIFEST_JSON [EXPOSITION_TXT MANIFEST_JSON ...]

The manifest lists families in order, each with name, type, help and samples (name, labels,
value, timestamp_ms); values that JSON cannot hold are the strings "NaN", "+Inf" and "-Inf".
Families, samples and label order of samples must match exactly and in order.

Exits 0 when the parser reads back exactly the manifest, 1 with a list of differences otherwise,
2 when the arguments are wrong.
"""

import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families

SPECIAL = {"NaN": math.nan, "+Inf": math.inf, "-Inf": -math.inf}


def expected_number(value):
    return SPECIAL[value] if isinstance(value, str) else float(value)


def same_number(actual, expected):
    if math.isnan(expected):
        return math.isnan(actual)
    return actual == expected


def parser_family_name(family):
    """prometheus_client reports a counter family without its _total suffix (the OpenMetrics way)."""
    if family["type"] == "counter" and family["name"].endswith("_total"):
        return family["name"][: -len("_total")]
    return family["name"]


def check(exposition_path, manifest_path):
    with open(exposition_path, encoding="utf-8") as handle:
        text = handle.read()
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)

    differences = []
    checked = 0
    try:
        families = list(text_string_to_metric_families(text))
    except Exception as error:  # the parser raises ValueError and friends on malformed text
        return [f"{exposition_path}: prometheus_client could not parse it: {error!r}"], 0

    expected_families = manifest["families"]
    if [f.name for f in families] != [parser_family_name(f) for f in expected_families]:
        differences.append(
            f"{exposition_path}: families {[f.name for f in families]} "
            f"!= expected {[parser_family_name(f) for f in expected_families]}"
        )
    for family, expected in zip(families, expected_families):
        where = f"{exposition_path}: {expected['name']}"
        for field, actual, wanted in [
            ("type", family.type, expected["type"]),
            ("help", family.documentation, expected["help"]),
            ("sample count", len(family.samples), len(expected["samples"])),
        ]:
            checked += 1
            if actual != wanted:
                differences.append(f"{where}: {field} is {actual!r}, the manifest says {wanted!r}")
        for index, (sample, wanted) in enumerate(zip(family.samples, expected["samples"])):
            at = f"{where} sample {index} ({wanted['name']} {wanted['labels']})"
            checked += 4
            if sample.name != wanted["name"]:
                differences.append(f"{at}: name is {sample.name!r}")
            if dict(sample.labels) != wanted["labels"]:
                differences.append(f"{at}: labels are {dict(sample.labels)!r}")
            if not same_number(float(sample.value), expected_number(wanted["value"])):
                differences.append(f"{at}: value is {sample.value!r}, the manifest says {wanted['value']!r}")
            timestamp = sample.timestamp
            wanted_ms = wanted["timestamp_ms"]
            if wanted_ms is None:
                if timestamp is not None:
                    differences.append(f"{at}: has timestamp {timestamp!r}, the manifest says none")
            elif timestamp is None or round(float(timestamp) * 1000) != wanted_ms:
                differences.append(f"{at}: timestamp is {timestamp!r} s, the manifest says {wanted_ms} ms")
    return differences, checked


def main(arguments):
    if len(arguments) < 2 or len(arguments) % 2 != 0:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    failures = []
    for exposition_path, manifest_path in zip(arguments[0::2], arguments[1::2]):
        differences, checked = check(exposition_path, manifest_path)
        failures.extend(differences)
        if not differences:
            print(f"OK: prometheus_client read {exposition_path} exactly as its manifest says ({checked} checks)")
    for difference in failures:
        print(f"DIFFERENT: {difference}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
