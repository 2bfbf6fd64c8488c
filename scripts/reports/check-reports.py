#!/usr/bin/env python3
"""Checks the files `progress export` and `grade` write, independently of the Swift program.

Usage: check-reports.py [--keep-screenshots FOLDER] DIR

DIR holds report.json (the signed report), statements.json (xAPI 1.0.3 statements),
gradebook.csv, report.html, maybe class.html (the instructor's class page), and manifest.json,
which the Swift test that made DIR writes to say what to expect:

    {"learner": {"name": ..., "email": ... or null}, "events": N, "statements": M,
     "csvHeader": [...], "csvRows": K, "csvNames": [...], "contentDigest": "..."}

What is checked (docs/report-schema.json is the report's schema):
- report.json: parses (no duplicate keys, no NaN), validates against the schema with jsonschema,
  its Ed25519 signature verifies with cryptography over the canonical JSON of the report without
  its signature, the fingerprint is that of the key, the hash chain recomputes from the first
  event, every payload is JSON, and the learner, event count and content digest are the manifest's.
- statements.json: every statement loads with tincan and keeps its id, verb, object, score,
  duration and timestamp through tincan's to_json(); ids are unique lowercase version-5 UUIDs;
  verbs and activity types are ADL's; the actor is the manifest's learner; the count is the
  manifest's.
- gradebook.csv: RFC 4180 (CRLF line breaks, strict quoting, equal field counts); the header,
  row count and names are the manifest's; no cell starts with =, +, -, @, tab or carriage return.
- report.html and class.html: no external asset, no <script src>, no stylesheet link, no @import,
  no url() but data: (and #fragment); the learner's name appears, HTML-escaped; headless Chromium
  renders it to a PNG that is not one colour, with no JavaScript error in its log. Without
  Chromium that rendering is SKIPPED, unless MLOPS_LAB_REQUIRE_REPORTS=1 makes it a failure.

Prints `ok: FILE: what` per check passed and `FAIL: FILE: what` per failure; exits 0 when nothing
failed, 1 when something did, 2 when the arguments are wrong.
"""

import argparse
import base64
import copy
import csv
import datetime
import hashlib
import html
import html.parser
import io
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import uuid
import zlib
from decimal import Decimal
from pathlib import Path

import jsonschema
import tincan
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "docs" / "report-schema.json"
REQUIRE = os.environ.get("MLOPS_LAB_REQUIRE_REPORTS", "0") == "1"

GENESIS = "0" * 64
HEX64 = re.compile(r"^[0-9a-f]{64}$")
# At most this many failure lines per check that runs over many items (events, statements, cells).
MAX_LINES = 20

ADL_VERBS = {"experienced", "completed", "answered", "attempted", "passed", "failed", "interacted"}
ADL_VERB_PREFIX = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITY_TYPES = {"lesson", "cmi.interaction", "interaction", "assessment", "simulation", "module"}
ADL_ACTIVITY_PREFIX = "http://adlnet.gov/expapi/activities/"
STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "version"}
STATEMENT_REQUIRED = STATEMENT_KEYS - {"result"}
ACCOUNT_HOME_PAGE = "https://mlops-lab.invalid"
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DURATION = re.compile(
    r"^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)

# Cells a spreadsheet would run as a formula; the program prefixes such cells with '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CHROMIUM_NAMES = ("chromium", "chromium-browser", "chromium-headless-shell")
WINDOW = (1200, 1600)
MIN_PNG_BYTES = 4096
RENDER_TIMEOUT_SECONDS = 120
# Chromium writes every console message at INFO ("INFO:CONSOLE:12] ..."), whatever its level, so
# besides an ERROR level the log is searched for the texts of errors: uncaught exceptions, and the
# resource and Content Security Policy failures DevTools shows as errors.
CONSOLE_ERROR_TEXTS = ("Uncaught", "violates the following Content Security Policy", "Failed to load resource")


class Results:
    """Counts and prints what passed, failed and was skipped."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def ok(self, file, what):
        self.passed += 1
        print(f"ok: {file}: {what}")

    def fail(self, file, what):
        self.failed += 1
        print(f"FAIL: {file}: {what}")

    def fail_all(self, file, problems):
        """One line per problem, at most MAX_LINES of them; returns whether there were none."""
        for problem in problems[:MAX_LINES]:
            self.fail(file, problem)
        if len(problems) > MAX_LINES:
            self.fail(file, f"... and {len(problems) - MAX_LINES} more like these")
        return not problems

    def skip(self, file, what):
        self.skipped += 1
        print(f"SKIPPED: {file}: {what}")


# --- shared helpers ---------------------------------------------------------------------------


class JSONProblem(ValueError):
    pass


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise JSONProblem(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _no_constant(name):
    raise JSONProblem(f"{name} is not JSON")


def strict_json(text):
    """Parses JSON refusing what a verifier must not guess about: duplicate keys, NaN, Infinity."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def load_json(path, results):
    """The parsed file, or None after a failure line."""
    name = path.name
    if not path.is_file():
        results.fail(name, "missing")
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        results.fail(name, f"is not UTF-8: {error}")
        return None
    try:
        return strict_json(text)
    except (ValueError, RecursionError) as error:
        results.fail(name, f"is not valid JSON: {error}")
        return None


def canonical_bytes(value):
    """The canonical JSON the signature covers, exactly as the brief defines it."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def strict_base64(text):
    """The bytes of standard, padded base64, or None."""
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None


def fingerprint(raw_key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(raw_key).digest()).decode("ascii").rstrip("=")


def event_hash(previous, learner_id, at, kind, subject, payload):
    """hex(SHA-256(previous ‖ for each field: its UTF-8 length, ':', its UTF-8 bytes))."""
    data = bytearray(previous.encode("ascii"))
    for field in (str(learner_id), str(at), kind, subject, payload):
        encoded = field.encode("utf-8")
        data += str(len(encoded)).encode("ascii") + b":" + encoded
    return hashlib.sha256(data).hexdigest()


def duration_seconds(text):
    """Seconds of an ISO 8601 duration without years or months, None for one with them; raises
    ValueError when it is not a duration."""
    match = DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an ISO 8601 duration")
    years, months, weeks, days, hours, minutes, seconds = match.groups()
    if years or months:
        return None
    total = Decimal(0)
    for part, unit in ((weeks, 604800), (days, 86400), (hours, 3600), (minutes, 60), (seconds, 1)):
        if part:
            total += Decimal(part) * unit
    return total


def parse_timestamp(text):
    """An aware datetime from an ISO 8601 timestamp with a zone; raises ValueError otherwise."""
    if not isinstance(text, str) or not TIMESTAMP.match(text):
        raise ValueError(f"{text!r} is not an ISO 8601 timestamp with a time zone")
    # fromisoformat keeps microseconds only: cut longer fractions.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def canonical_uuid(text):
    """The UUID when `text` is one in canonical lowercase form, else None."""
    if not isinstance(text, str):
        return None
    try:
        value = uuid.UUID(text)
    except ValueError:
        return None
    return value if str(value) == text else None


# --- manifest.json ----------------------------------------------------------------------------


def check_manifest(folder, results):
    """The manifest when it has every member with the right type, else None."""
    manifest = load_json(folder / "manifest.json", results)
    if manifest is None:
        return None
    problems = []
    if not isinstance(manifest, dict):
        results.fail("manifest.json", "is not a JSON object")
        return None
    learner = manifest.get("learner")
    if not isinstance(learner, dict) or not isinstance(learner.get("name"), str) or "email" not in learner \
            or not (learner["email"] is None or isinstance(learner["email"], str)):
        problems.append("learner must be {\"name\": string, \"email\": string or null}")
    for key in ("events", "statements", "csvRows"):
        if not is_int(manifest.get(key)) or manifest[key] < 0:
            problems.append(f"{key} must be an integer of 0 or more")
    for key in ("csvHeader", "csvNames"):
        if not isinstance(manifest.get(key), list) or not all(isinstance(item, str) for item in manifest[key]):
            problems.append(f"{key} must be a list of strings")
    if not isinstance(manifest.get("contentDigest"), str):
        problems.append("contentDigest must be a string")
    if not results.fail_all("manifest.json", problems):
        return None
    results.ok("manifest.json", "has learner, events, statements, csvHeader, csvRows, csvNames and contentDigest")
    return manifest


# --- report.json ------------------------------------------------------------------------------


def check_report(folder, manifest, results):
    """Checks report.json; returns it (parsed) for the other files' cross-checks, or None."""
    file = "report.json"
    report = load_json(folder / file, results)
    if report is None:
        return None
    results.ok(file, "parses as JSON (no duplicate keys, no NaN or Infinity)")
    check_report_schema(report, results)
    if not isinstance(report, dict):
        return None
    check_signature(report, results)
    check_chain(report, results)
    check_report_consistency(report, results)
    if manifest is not None:
        check_report_against_manifest(report, manifest, results)
    return report


def check_report_schema(report, results):
    file = "report.json"
    try:
        schema = strict_json(SCHEMA_PATH.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
    except OSError as error:
        results.fail(file, f"cannot read the schema {SCHEMA_PATH}: {error}")
        return
    except (ValueError, jsonschema.SchemaError) as error:
        results.fail(file, f"the schema {SCHEMA_PATH} is not a valid draft 2020-12 schema: {error}")
        return
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(report), key=lambda error: list(map(str, error.absolute_path)))
    problems = []
    for error in errors:
        where = error.json_path
        problems.append(f"schema: at {where}: {error.message[:300]}")
    if results.fail_all(file, problems):
        results.ok(file, f"valid against {SCHEMA_PATH.relative_to(REPO)} ({schema.get('$id')})")


def check_signature(report, results):
    file = "report.json"
    signature = report.get("signature")
    if not isinstance(signature, dict):
        results.fail(file, "signature: missing or not an object, so nothing proves the report unchanged")
        return
    if signature.get("algorithm") != "Ed25519":
        results.fail(file, f"signature: algorithm is {signature.get('algorithm')!r}, not 'Ed25519'")
        return
    raw_key = strict_base64(signature.get("publicKey"))
    if raw_key is None or len(raw_key) != 32:
        results.fail(file, "signature: publicKey is not the base64 of a 32-byte key")
        return
    expected = fingerprint(raw_key)
    if signature.get("fingerprint") != expected:
        results.fail(file, f"signature: fingerprint is {signature.get('fingerprint')!r}, but the key's is {expected!r}")
    else:
        results.ok(file, f"signature: the fingerprint {expected} is that of the public key")
    value = strict_base64(signature.get("value"))
    if value is None or len(value) != 64:
        results.fail(file, "signature: value is not the base64 of a 64-byte signature")
        return
    body = {key: member for key, member in report.items() if key != "signature"}
    try:
        message = canonical_bytes(body)
    except UnicodeEncodeError as error:
        results.fail(file, f"signature: the report holds a lone surrogate, which has no UTF-8 form: {error}")
        return
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(value, message)
    except InvalidSignature:
        results.fail(file, "signature: does not verify over the canonical JSON of the report without its signature: "
                           "the report was changed after signing, signed with another key, or canonicalized differently")
        return
    except ValueError as error:
        results.fail(file, f"signature: the public key is unusable: {error}")
        return
    results.ok(file, f"signature: Ed25519 verifies over the {len(message)} canonical bytes of the report")


def check_chain(report, results):
    file = "report.json"
    learner = report.get("learner")
    events = report.get("events")
    learner_id = learner.get("id") if isinstance(learner, dict) else None
    if not is_int(learner_id):
        results.fail(file, "chain: learner.id is not an integer, so no event hash can be recomputed")
        return
    if not isinstance(events, list):
        results.fail(file, "chain: events is not a list")
        return
    problems = []
    payload_problems = []
    previous = GENESIS
    previous_id = None
    for index, event in enumerate(events):
        where = f"events[{index}]"
        if not isinstance(event, dict):
            problems.append(f"chain: {where} is not an object")
            continue
        where += f" (id {event.get('id')!r}, {event.get('kind')!r})"
        event_id = event.get("id")
        if not is_int(event_id):
            problems.append(f"chain: {where}: id is not an integer")
        elif previous_id is not None and event_id <= previous_id:
            problems.append(f"chain: {where}: id {event_id} follows id {previous_id}; events must be in increasing id order")
        if is_int(event_id):
            previous_id = event_id
        at, kind, subject, payload = (event.get(key) for key in ("at", "kind", "subject", "payload"))
        if not (is_int(at) and isinstance(kind, str) and isinstance(subject, str) and isinstance(payload, str)):
            problems.append(f"chain: {where}: at must be an integer and kind, subject and payload strings to hash it")
            continue
        try:
            recomputed = event_hash(previous, learner_id, at, kind, subject, payload)
        except UnicodeEncodeError as error:
            problems.append(f"chain: {where}: a field holds a lone surrogate: {error}")
            continue
        stored = event.get("hash")
        if stored != recomputed:
            problems.append(
                f"chain: {where}: hash is {stored!r} but recomputes to {recomputed}: the event was edited, "
                f"or one before it was removed, inserted or moved")
        # Go on from the stored hash when it is one, so one bad event shows once, not for every later one.
        previous = stored if isinstance(stored, str) and HEX64.match(stored) else recomputed
        try:
            strict_json(payload)
        except (ValueError, RecursionError) as error:
            payload_problems.append(f"payload: {where}: is not a JSON document: {error}")
    head = previous if events else GENESIS
    chain = report.get("chain")
    if not isinstance(chain, dict):
        problems.append("chain: the chain member is missing or not an object")
    else:
        if chain.get("head") != head:
            problems.append(f"chain: chain.head is {chain.get('head')!r}, but the last event's hash is {head}")
        if chain.get("events") != len(events):
            problems.append(f"chain: chain.events is {chain.get('events')!r}, but there are {len(events)} events")
    if results.fail_all(file, problems):
        results.ok(file, f"chain: the hash chain of {len(events)} events recomputes from 64 zeros to chain.head {head[:12]}…, "
                         f"in increasing id order")
    if results.fail_all(file, payload_problems):
        results.ok(file, f"payload: every one of the {len(events)} event payloads is a JSON document")


def check_report_consistency(report, results):
    """What the schema cannot say: an attempt is of its own lab, no lab earns more than its points."""
    file = "report.json"
    problems = []
    attempts = report.get("labAttempts")
    for index, entry in enumerate(attempts if isinstance(attempts, list) else []):
        if isinstance(entry, dict) and isinstance(entry.get("attempt"), dict):
            if entry["attempt"].get("lab") != entry.get("lab"):
                problems.append(f"labAttempts[{index}]: lab is {entry.get('lab')!r} but its attempt is of lab "
                                f"{entry['attempt'].get('lab')!r}")
    summary = report.get("summary")
    labs = summary.get("labs") if isinstance(summary, dict) else None
    for index, lab in enumerate(labs if isinstance(labs, list) else []):
        if isinstance(lab, dict) and is_int(lab.get("points")) and is_int(lab.get("of")) and lab["points"] > lab["of"]:
            problems.append(f"summary.labs[{index}] ({lab.get('id')!r}): {lab['points']} points of {lab['of']}")
    if results.fail_all(file, problems):
        results.ok(file, "every lab attempt is of its own lab and no lab has more points than its maximum")


def check_report_against_manifest(report, manifest, results):
    file = "report.json"
    problems = []
    learner = report.get("learner") if isinstance(report.get("learner"), dict) else {}
    for key in ("name", "email"):
        if learner.get(key) != manifest["learner"][key]:
            problems.append(f"learner.{key} is {learner.get(key)!r}, the manifest says {manifest['learner'][key]!r}")
    events = report.get("events")
    count = len(events) if isinstance(events, list) else None
    if count is None:
        problems.append(f"has no list of events, the manifest says {manifest['events']}")
    elif count != manifest["events"]:
        problems.append(f"has {count} events, the manifest says {manifest['events']}")
    if report.get("contentDigest") != manifest["contentDigest"]:
        problems.append(f"contentDigest is {report.get('contentDigest')!r}, the manifest says {manifest['contentDigest']!r}")
    if results.fail_all(file, problems):
        results.ok(file, f"learner, {count} events and contentDigest are the manifest's")


# --- statements.json --------------------------------------------------------------------------


def check_statements(folder, manifest, results):
    file = "statements.json"
    statements = load_json(folder / file, results)
    if statements is None:
        return
    if not isinstance(statements, list):
        results.fail(file, "is not a JSON array of statements")
        return
    results.ok(file, f"parses as a JSON array of {len(statements)} statements")
    if manifest is not None:
        if len(statements) != manifest["statements"]:
            results.fail(file, f"has {len(statements)} statements, the manifest says {manifest['statements']}")
        else:
            results.ok(file, f"has the {len(statements)} statements the manifest says")

    tincan_problems, shape_problems, id_problems = [], [], []
    seen = {}
    for index, statement in enumerate(statements):
        where = f"statement[{index}]"
        if not isinstance(statement, dict):
            shape_problems.append(f"{where} is not an object")
            continue
        where += f" ({statement.get('id')!r})"
        tincan_problems += tincan_round_trip(statement, where)
        shape_problems += statement_shape(statement, where, manifest)
        statement_id = canonical_uuid(statement.get("id"))
        if statement_id is None:
            id_problems.append(f"{where}: id is not a UUID in lowercase canonical form")
        else:
            if statement_id.version != 5 or statement_id.variant != uuid.RFC_4122:
                id_problems.append(f"{where}: id is a UUID of version {statement_id.version} ({statement_id.variant}), "
                                   f"not a name-based version 5 one")
            if statement["id"] in seen:
                id_problems.append(f"{where}: id is also statement[{seen[statement['id']]}]'s")
            else:
                seen[statement["id"]] = index
    if results.fail_all(file, tincan_problems):
        results.ok(file, "tincan loads every statement and its to_json() keeps id, actor, verb, object, score, "
                         "duration, registration and timestamp")
    if results.fail_all(file, id_problems):
        results.ok(file, "ids are unique lowercase version-5 UUIDs")
    if results.fail_all(file, shape_problems):
        who = f" as {manifest['learner']['name']!r}" if manifest is not None else ""
        results.ok(file, f"every statement is xAPI 1.0.3 with an ADL verb and activity type, platform mlops-lab, "
                         f"and its actor{who}")


def tincan_round_trip(statement, where):
    """Problems found loading `statement` with tincan and writing it back with to_json()."""
    try:
        loaded = tincan.Statement(copy.deepcopy(statement))  # tincan's constructor edits the dicts it gets
        back = json.loads(loaded.to_json())
    except Exception as error:  # tincan raises ValueError, TypeError, AttributeError and plain Exception
        return [f"{where}: tincan refused it: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"]
    problems = []

    def dig(value, *keys):
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    for keys in (("id",), ("verb", "id"), ("object", "id"), ("actor", "name"), ("actor", "mbox"),
                 ("actor", "account", "name"), ("actor", "account", "homePage"), ("context", "registration"),
                 ("result", "success"), ("result", "completion"), ("result", "response")):
        if dig(statement, *keys) != dig(back, *keys):
            problems.append(f"{where}: {'.'.join(keys)} is {dig(statement, *keys)!r}, tincan wrote back {dig(back, *keys)!r}")
    for key in ("scaled", "raw", "min", "max"):
        original, written = dig(statement, "result", "score", key), dig(back, "result", "score", key)
        if original is None and written is None:
            continue
        if not (is_number(original) and is_number(written) and float(original) == float(written)):
            problems.append(f"{where}: result.score.{key} is {original!r}, tincan wrote back {written!r}")
    original = dig(statement, "result", "duration")
    if original is not None:
        written = dig(back, "result", "duration")
        try:
            seconds, written_seconds = duration_seconds(original), duration_seconds(written or "")
            if seconds is not None and abs(seconds - written_seconds) > Decimal("0.000001"):
                problems.append(f"{where}: result.duration {original!r} came back from tincan as {written!r}")
        except ValueError as error:
            problems.append(f"{where}: result.duration: {error} (tincan wrote back {written!r})")
    try:
        if parse_timestamp(statement.get("timestamp")) != parse_timestamp(back.get("timestamp")):
            problems.append(f"{where}: timestamp {statement.get('timestamp')!r} came back from tincan as {back.get('timestamp')!r}")
    except ValueError as error:
        problems.append(f"{where}: timestamp: {error}")
    return problems


def is_activity(value):
    return isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"] != "" \
        and value.get("objectType", "Activity") == "Activity"


def statement_shape(statement, where, manifest):
    """Problems with what the export promises about a statement beyond what tincan checks."""
    problems = []
    keys = set(statement)
    if keys - STATEMENT_KEYS:
        problems.append(f"{where}: has members {sorted(keys - STATEMENT_KEYS)} an exported statement must not have")
    if STATEMENT_REQUIRED - keys:
        problems.append(f"{where}: lacks {sorted(STATEMENT_REQUIRED - keys)}")
    if statement.get("version") != "1.0.3":
        problems.append(f"{where}: version is {statement.get('version')!r}, not '1.0.3'")

    actor = statement.get("actor")
    if not isinstance(actor, dict) or actor.get("objectType") != "Agent":
        problems.append(f"{where}: actor is not an object with objectType 'Agent'")
    else:
        identifiers = [key for key in ("mbox", "mbox_sha1sum", "openid", "account") if key in actor]
        if len(identifiers) != 1:
            problems.append(f"{where}: actor has identifiers {identifiers}; an Agent has exactly one")
        if manifest is not None:
            name, email = manifest["learner"]["name"], manifest["learner"]["email"]
            if actor.get("name") != name:
                problems.append(f"{where}: actor.name is {actor.get('name')!r}, the manifest says {name!r}")
            if email is not None and actor.get("mbox") != "mailto:" + email:
                problems.append(f"{where}: actor.mbox is {actor.get('mbox')!r}, the manifest's email makes it {'mailto:' + email!r}")
            if email is None:
                account = actor.get("account")
                if not isinstance(account, dict) or account.get("homePage") != ACCOUNT_HOME_PAGE \
                        or not isinstance(account.get("name"), str) or not account["name"]:
                    problems.append(f"{where}: the learner has no email, so the actor needs an account "
                                    f"{{homePage: {ACCOUNT_HOME_PAGE!r}, name: …}}; it has {account!r}")

    verb = statement.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    word = verb_id[len(ADL_VERB_PREFIX):] if isinstance(verb_id, str) and verb_id.startswith(ADL_VERB_PREFIX) else None
    if word not in ADL_VERBS:
        problems.append(f"{where}: verb.id {verb_id!r} is not one of ADL's {sorted(ADL_VERBS)}")
    elif verb.get("display") != {"en-US": word}:
        problems.append(f"{where}: verb.display is {verb.get('display')!r}, not {{'en-US': {word!r}}}")

    activity = statement.get("object")
    if not isinstance(activity, dict) or activity.get("objectType") != "Activity":
        problems.append(f"{where}: object is not an Activity")
    else:
        if not isinstance(activity.get("id"), str) or not activity["id"].startswith("urn:mlops-lab:"):
            problems.append(f"{where}: object.id {activity.get('id')!r} does not start with 'urn:mlops-lab:'")
        definition = activity.get("definition")
        name = definition.get("name") if isinstance(definition, dict) else None
        if not isinstance(name, dict) or not isinstance(name.get("en-US"), str) or not name["en-US"]:
            problems.append(f"{where}: object.definition.name has no 'en-US' name")
        kind = definition.get("type") if isinstance(definition, dict) else None
        if not (isinstance(kind, str) and kind.startswith(ADL_ACTIVITY_PREFIX)
                and kind[len(ADL_ACTIVITY_PREFIX):] in ADL_ACTIVITY_TYPES):
            problems.append(f"{where}: object.definition.type {kind!r} is not one of ADL's {sorted(ADL_ACTIVITY_TYPES)}")

    if "result" in statement:
        problems += result_shape(statement["result"], where)

    context = statement.get("context")
    if not isinstance(context, dict):
        problems.append(f"{where}: has no context object")
    else:
        if canonical_uuid(context.get("registration")) is None:
            problems.append(f"{where}: context.registration {context.get('registration')!r} is not a lowercase UUID")
        if context.get("platform") != "mlops-lab":
            problems.append(f"{where}: context.platform is {context.get('platform')!r}, not 'mlops-lab'")
        if "contextActivities" in context:
            parents = context["contextActivities"].get("parent") if isinstance(context["contextActivities"], dict) else None
            if not isinstance(parents, list) or not all(is_activity(parent) for parent in parents):
                problems.append(f"{where}: context.contextActivities.parent is not a list of activities")

    try:
        parse_timestamp(statement.get("timestamp"))
    except ValueError as error:
        problems.append(f"{where}: {error}")
    return problems


def result_shape(result, where):
    if not isinstance(result, dict):
        return [f"{where}: result is not an object"]
    problems = []
    score = result.get("score")
    if score is not None:
        if not isinstance(score, dict):
            problems.append(f"{where}: result.score is not an object")
        else:
            scaled = score.get("scaled")
            if scaled is not None and not (is_number(scaled) and -1 <= scaled <= 1):
                problems.append(f"{where}: result.score.scaled {scaled!r} is not a number from -1 to 1")
            low, raw, high = score.get("min"), score.get("raw"), score.get("max")
            if all(is_number(value) for value in (low, raw, high)) and not low <= raw <= high:
                problems.append(f"{where}: result.score.raw {raw} is not between min {low} and max {high}")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            problems.append(f"{where}: result.{key} is not true or false")
    if "response" in result and not isinstance(result["response"], str):
        problems.append(f"{where}: result.response is not a string")
    if "duration" in result:
        if not isinstance(result["duration"], str) or not DURATION.match(result["duration"]):
            problems.append(f"{where}: result.duration {result['duration']!r} is not an ISO 8601 duration like 'PT12.5S'")
    return problems


# --- gradebook.csv ----------------------------------------------------------------------------


def crlf_problems(text):
    """Line breaks outside quoted fields that are not CRLF, as RFC 4180 wants."""
    problems = []
    quoted = False
    line = 1
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "\n":
            if not quoted and (index == 0 or text[index - 1] != "\r"):
                problems.append(f"line {line} ends with LF alone; RFC 4180 records end with CRLF")
            line += 1
        elif char == "\r" and not quoted and text[index + 1:index + 2] != "\n":
            problems.append(f"line {line} has a CR that is not followed by LF outside quotes")
    return problems


def header_shape(header):
    """Problems with the column order: name, email, module:*, lab:*, exam, and maybe flags."""
    problems = []
    if header[:2] != ["name", "email"]:
        problems.append(f"the header starts {header[:2]}, not ['name', 'email']")
    rest = header[2:]
    if rest and rest[-1] == "flags":
        rest = rest[:-1]
    if not rest or rest[-1] != "exam":
        problems.append("the header has no 'exam' column after the module and lab columns (and before 'flags')")
    else:
        rest = rest[:-1]
    stage = "module"
    for column in rest:
        if column.startswith("module:") and len(column) > 7 and stage == "module":
            continue
        if column.startswith("lab:") and len(column) > 4:
            stage = "lab"
            continue
        problems.append(f"the header column {column!r} is out of place: modules ('module:<id>') come first, "
                        f"then labs ('lab:<id>'), then 'exam', then 'flags'")
    return problems


def name_matches(cell, name):
    """Whether a name cell holds `name`, maybe with the ' the program puts before a formula."""
    return cell == name or (name.startswith(FORMULA_STARTS) and cell == "'" + name)


def check_gradebook(folder, manifest, report, results):
    file = "gradebook.csv"
    path = folder / file
    if not path.is_file():
        results.fail(file, "missing")
        return
    data = path.read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data[3 if bom else 0:].decode("utf-8")
    except UnicodeDecodeError as error:
        results.fail(file, f"is not UTF-8: {error}")
        return
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        results.fail(file, f"is not well-formed CSV: {error}")
        return
    if not rows:
        results.fail(file, "is empty: it has no header")
        return
    header, body = rows[0], rows[1:]
    problems = crlf_problems(text)
    problems += [f"row {number} has {len(row)} fields, the header {len(header)}"
                 for number, row in enumerate(body, start=1) if len(row) != len(header)]
    if results.fail_all(file, problems):
        results.ok(file, f"RFC 4180: CRLF line breaks, strict quoting, {len(header)} fields in each of "
                         f"{len(rows)} records{' (after a UTF-8 byte order mark)' if bom else ''}")
    if results.fail_all(file, header_shape(header)):
        results.ok(file, "columns: name, email, module:<id>…, lab:<id>…, exam" + (", flags" if header[-1] == "flags" else ""))

    unsafe = []
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            if cell.startswith(FORMULA_STARTS):
                label = header[column] if column < len(header) else f"column {column + 1}"
                unsafe.append(f"{'header' if number == 0 else f'row {number}'}, {label}: {cell[:40]!r} starts with "
                              f"{cell[0]!r}, which a spreadsheet runs as a formula (it needs a leading ')")
    if results.fail_all(file, unsafe):
        results.ok(file, "no cell starts with =, +, -, @, tab or carriage return")

    if report is not None:
        check_gradebook_against_report(header, report, results)
    if manifest is None:
        return
    problems = []
    if header != manifest["csvHeader"]:
        problems.append(f"the header is {header}, the manifest says {manifest['csvHeader']}")
    if len(body) != manifest["csvRows"]:
        problems.append(f"has {len(body)} rows after the header, the manifest says {manifest['csvRows']}")
    names = [row[0] if row else "" for row in body]
    expected = manifest["csvNames"]
    if len(names) != len(expected) or not all(name_matches(cell, name) for cell, name in zip(names, expected)):
        problems.append(f"the rows' names are {names}, the manifest says {expected}")
    if results.fail_all(file, problems):
        results.ok(file, f"the header, the row count ({len(body)}) and the rows' names are the manifest's")


def check_gradebook_against_report(header, report, results):
    """The module and lab columns are the report summary's modules and labs."""
    summary = report.get("summary")
    if not isinstance(summary, dict):
        return
    problems = []
    for kind, key in (("module", "modules"), ("lab", "labs")):
        lines = summary.get(key)
        if not isinstance(lines, list):
            continue
        ids = {line.get("id") for line in lines if isinstance(line, dict)}
        columns = {column[len(kind) + 1:] for column in header if column.startswith(kind + ":")}
        if ids != columns:
            problems.append(f"the {kind} columns are {sorted(columns)}, report.json's summary has {key} {sorted(map(str, ids))}")
    if results.fail_all("gradebook.csv", problems):
        results.ok("gradebook.csv", "its module and lab columns are those of report.json's summary")


# --- report.html, class.html ------------------------------------------------------------------


class PageScan(html.parser.HTMLParser):
    """The tags with their (unescaped) attributes, and the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.text = []
        self._inside = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs, self.getpos()[0]))
        if tag in ("script", "style"):
            self._inside = tag

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs, self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data):
        if self._inside is None:
            self.text.append(data)


def url_form(value):
    """A URL as a browser reads it: without the spaces, tabs and newlines it ignores, lowercase."""
    return re.sub(r"[\x00-\x20]", "", value or "").replace("\\", "/").lower()


def is_external(value):
    return url_form(value).startswith(("http:", "https:", "//", "file:", "ftp:", "ws:", "wss:"))


def is_inline(value):
    """Whether a URL loads nothing from outside the page: data:, a #fragment, or nothing."""
    form = url_form(value)
    return form == "" or form.startswith(("data:", "#"))


def external_assets(text, scan):
    """Problems that make the page load something from outside itself."""
    problems = []
    for tag, attrs, line in scan.tags:
        for name, value in attrs:
            at = f"line {line}: <{tag} {name}={value!r}>"
            if tag == "script" and name == "src":
                problems.append(f"{at}: a <script src>; scripts must be inline")
            elif name in ("src", "poster", "background", "lowsrc") or (name == "data" and tag == "object"):
                if not is_inline(value):
                    problems.append(f"{at}: loads an asset from outside the page")
            elif name == "srcset":
                for candidate in (value or "").split(","):
                    if not is_inline(candidate.strip().split(" ")[0]):
                        problems.append(f"{at}: loads an asset from outside the page")
                        break
            elif name in ("href", "xlink:href"):
                if tag in ("a", "area") and is_external(value):
                    problems.append(f"{at}: points outside the page")
                elif tag not in ("a", "area") and not is_inline(value):
                    problems.append(f"{at}: loads an asset from outside the page")
            elif name in ("action", "formaction", "manifest") and is_external(value):
                problems.append(f"{at}: points outside the page")
        rel = (dict(attrs).get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel:
            problems.append(f"line {line}: <link rel=stylesheet>: styles must be inline")
    for match in re.finditer(r"@import", text, re.IGNORECASE):
        problems.append(f"line {text.count(chr(10), 0, match.start()) + 1}: @import loads a stylesheet from outside the page")
    for match in re.finditer(r"url\(\s*(?:\"([^\"]*)\"|'([^']*)'|([^)]*))\s*\)", text, re.IGNORECASE):
        target = next(group for group in match.groups() if group is not None)
        if not is_inline(html.unescape(target)):
            problems.append(f"line {text.count(chr(10), 0, match.start()) + 1}: url({target[:60]}) loads from outside the page")
    return problems


def check_page(folder, file, manifest, results, screenshots):
    path = folder / file
    if not path.is_file():
        results.fail(file, "missing")
        return
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        results.fail(file, f"is not UTF-8: {error}")
        return
    scan = PageScan()
    scan.feed(text)
    scan.close()
    if results.fail_all(file, external_assets(text, scan)):
        results.ok(file, "self-contained: no external src or href, no <script src>, no stylesheet link, no @import, "
                         "no url() but data: and #fragments")
    if manifest is not None:
        name = manifest["learner"]["name"]
        visible = re.sub(r"\s+", " ", "".join(scan.text))
        escaped = html.escape(name, quote=False)
        if escaped != name and name in text:
            results.fail(file, f"the learner's name {name!r} appears unescaped: it must be written {escaped!r}")
        elif re.sub(r"\s+", " ", name) not in visible:
            results.fail(file, f"the learner's name {name!r} is not in the page's text (HTML-escaped: {escaped!r})")
        else:
            results.ok(file, f"shows the learner's name {name!r}, HTML-escaped")
    render(path, file, results, screenshots)


def find_chromium():
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def render(path, file, results, screenshots):
    """Renders the page with headless Chromium into a temporary folder and checks the result."""
    browser = find_chromium()
    if browser is None:
        reason = f"no Chromium on the PATH ({', '.join(CHROMIUM_NAMES)}; Debian: apt-get install chromium)"
        if REQUIRE:
            results.fail(file, f"cannot render it: {reason}, and MLOPS_LAB_REQUIRE_REPORTS=1")
        else:
            results.skip(file, f"rendering: {reason}")
        return
    with tempfile.TemporaryDirectory(prefix="mlops-lab-render-") as folder:
        shot = Path(folder) / "page.png"
        command = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", f"--user-data-dir={folder}/profile",
            f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={shot}", "--enable-logging=stderr", "--v=0",
            path.resolve().as_uri(),
        ]
        process = subprocess.Popen(command, cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, log = process.communicate(timeout=RENDER_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the browser and the renderers it started
            process.communicate()
            results.fail(file, f"{Path(browser).name} did not finish rendering it in {RENDER_TIMEOUT_SECONDS} s")
            return
        log = log.decode("utf-8", errors="replace")
        if process.returncode != 0:
            results.fail(file, f"{Path(browser).name} exited with {process.returncode} rendering it: "
                               f"{' '.join(log.strip().splitlines()[-2:])[:300]}")
            return
        check_console(log, file, results)
        check_screenshot(shot, file, results)
        if screenshots is not None and shot.is_file():
            screenshots.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, screenshots / (Path(file).stem + ".png"))


def check_console(log, file, results):
    errors = []
    for line in log.splitlines():
        if "CONSOLE" not in line and "Uncaught" not in line:
            continue
        if ":ERROR:CONSOLE" in line or any(text in line for text in CONSOLE_ERROR_TEXTS):
            message = line.split("] ", 1)[-1]
            errors.append(f"Chromium's console: {message[:300]}")
    if results.fail_all(file, errors):
        results.ok(file, "Chromium's log has no JavaScript error, failed load or Content Security Policy violation")


def png_chunks(data):
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, data[position + 8:position + 8 + length]
        position += 12 + length


def is_one_colour(data):
    """Whether a PNG is one colour throughout, or None when its kind is not one this reads (it reads
    8-bit, non-interlaced grey, RGB, grey+alpha and RGBA, which is what Chromium writes).

    A one-colour image of pixel p filters to a known row per filter type, so each filtered row is
    compared with what it would be, without decoding the pixels."""
    header = next((body for kind, body in png_chunks(data) if kind == b"IHDR"), None)
    if header is None or len(header) != 13:
        return None
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        return None
    raw = zlib.decompress(b"".join(body for kind, body in png_chunks(data) if kind == b"IDAT"))
    stride = width * channels + 1
    if len(raw) != stride * height:
        return None
    pixel = raw[1:1 + channels]
    rest = (width - 1) * channels
    zeros = bytes(width * channels)
    half = bytes((value - value // 2) & 0xFF for value in pixel)
    first = {0: pixel * width, 1: pixel + bytes(rest), 2: pixel * width, 3: pixel + half * (width - 1), 4: pixel + bytes(rest)}
    later = {0: pixel * width, 1: pixel + bytes(rest), 2: zeros, 3: half + bytes(rest), 4: zeros}
    for row in range(height):
        line = raw[row * stride:(row + 1) * stride]
        expected = (first if row == 0 else later).get(line[0])
        if expected is None or line[1:] != expected:
            return False
    return True


def check_screenshot(shot, file, results):
    if not shot.is_file():
        results.fail(file, "Chromium wrote no screenshot")
        return
    data = shot.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        results.fail(file, "Chromium's screenshot is not a PNG")
        return
    width, height = struct.unpack(">II", data[16:24])
    if len(data) < MIN_PNG_BYTES:
        results.fail(file, f"Chromium's screenshot is only {len(data)} bytes ({width}×{height})")
        return
    try:
        one_colour = is_one_colour(data)
    except zlib.error as error:
        results.fail(file, f"Chromium's screenshot does not decompress: {error}")
        return
    if one_colour:
        results.fail(file, f"Chromium's screenshot ({width}×{height}) is a single colour: the page renders blank")
        return
    colours = "not a single colour" if one_colour is False else "colours not read for this kind of PNG"
    results.ok(file, f"Chromium renders it: a {width}×{height} PNG of {len(data)} bytes, {colours}")


# --- main -------------------------------------------------------------------------------------


def run_section(results, file, check, *arguments):
    """Runs one file's checks; an unexpected exception becomes a failure line, not a traceback."""
    try:
        return check(*arguments)
    except Exception as error:  # the checker must say what it met, never stop silently
        results.fail(file, f"the checker stopped on it: {type(error).__name__}: {error}")
        return None


def main(arguments):
    parser = argparse.ArgumentParser(description="Checks an mlops-lab export folder.", add_help=True)
    parser.add_argument("folder", metavar="DIR", type=Path)
    parser.add_argument("--keep-screenshots", metavar="FOLDER", type=Path,
                        help="also copy Chromium's screenshots there (report.png, class.png)")
    options = parser.parse_args(arguments)
    folder = options.folder
    if not folder.is_dir():
        print(f"check-reports.py: {folder} is not a folder", file=sys.stderr)
        return 2

    results = Results()
    manifest = run_section(results, "manifest.json", check_manifest, folder, results)
    report = run_section(results, "report.json", check_report, folder, manifest, results)
    run_section(results, "statements.json", check_statements, folder, manifest, results)
    run_section(results, "gradebook.csv", check_gradebook, folder, manifest, report, results)
    run_section(results, "report.html", check_page, folder, "report.html", manifest, results, options.keep_screenshots)
    if (folder / "class.html").exists():
        run_section(results, "class.html", check_page, folder, "class.html", manifest, results, options.keep_screenshots)
    print(f"checked {folder}: {results.passed} ok, {results.failed} failed, {results.skipped} skipped")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
