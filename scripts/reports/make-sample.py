#!/usr/bin/env python3
"""Writes a synthetic export folder for check-reports.py, so the checks run without the Swift program.

Usage: make-sample.py [--class] [--no-email] [--break WHAT] DIR
       make-sample.py --list-breaks

DIR gets report.json (signed with a freshly generated Ed25519 key, with a correct hash chain),
statements.json, gradebook.csv, report.html and manifest.json; with --class also class.html and
the instructor's gradebook (several learners, a `flags` column, names that need the formula
prefix). --no-email makes a learner without an email (an xAPI account instead of an mbox).

--break WHAT writes a variant that one check must refuse (see --list-breaks). Where the break is
in report.json's body the report is signed again afterwards, so that only the broken check fails.

Run it with the checker's environment, which has cryptography:

    scripts/reports/run-check DIR            # makes .venv-reports/ on first use
    .venv-reports/bin/python scripts/reports/make-sample.py --break chain /tmp/sample
"""

import argparse
import base64
import csv
import datetime
import hashlib
import html
import io
import json
import sys
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

GENESIS = "0" * 64
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:mlops-lab")
CONTENT_DIGEST = hashlib.sha256(b"mlops-lab sample course content").hexdigest()
LAB_DIGEST = hashlib.sha256(b"labs/first-pipeline.yaml").hexdigest()
START_MS = 1_795_600_000_000  # 2026-11-25

BREAKS = {
    "signature": "report.json: a summary score changed after signing",
    "fingerprint": "report.json: the fingerprint of another key",
    "chain": "report.json: an event's payload edited (report signed again)",
    "chain-order": "report.json: two events swapped (report signed again)",
    "chain-head": "report.json: chain.head is not the last event's hash",
    "payload": "report.json: an event payload that is not JSON (hashes and signature made over it)",
    "schema": "report.json: a member the schema does not allow",
    "schema-score": "report.json: a module score of 1.5",
    "duplicate-key": "report.json: a key twice in one object",
    "manifest-digest": "manifest.json: another contentDigest than the report's",
    "xapi-id": "statements.json: a version-4 (random) statement id",
    "xapi-duplicate-id": "statements.json: two statements with one id",
    "xapi-verb": "statements.json: a verb that is not ADL's",
    "xapi-duration": "statements.json: a duration that is not ISO 8601",
    "xapi-actor": "statements.json: another mbox than the manifest's email",
    "xapi-count": "statements.json: one statement fewer than the manifest says",
    "csv-formula": "gradebook.csv: a cell starting with =",
    "csv-lf": "gradebook.csv: LF line breaks instead of CRLF",
    "csv-header": "gradebook.csv: two columns swapped",
    "html-external": "report.html: an <img> from https:",
    "html-script-src": "report.html: a <script src>",
    "html-stylesheet": "report.html: a <link rel=stylesheet>",
    "html-import": "report.html: an @import",
    "html-url": "report.html: a CSS url() to https:",
    "html-name": "report.html: the learner's name not HTML-escaped",
    "html-js-error": "report.html: a script that throws (needs Chromium)",
    "html-blank": "report.html: a page that renders blank (needs Chromium)",
}


def canonical_bytes(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def event_hash(previous, learner_id, event):
    data = bytearray(previous.encode("ascii"))
    for field in (str(learner_id), str(event["at"]), event["kind"], event["subject"], event["payload"]):
        encoded = field.encode("utf-8")
        data += str(len(encoded)).encode("ascii") + b":" + encoded
    return hashlib.sha256(data).hexdigest()


def chain(events, learner_id):
    """Sets every event's hash; returns the head."""
    previous = GENESIS
    for event in events:
        event["hash"] = event_hash(previous, learner_id, event)
        previous = event["hash"]
    return previous


def b64(data):
    return base64.b64encode(data).decode("ascii")


def fingerprint(raw_key):
    return "SHA256:" + b64(hashlib.sha256(raw_key).digest()).rstrip("=")


def sign(report, key):
    report.pop("signature", None)
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    report["signature"] = {
        "algorithm": "Ed25519", "publicKey": b64(raw), "fingerprint": fingerprint(raw),
        "value": b64(key.sign(canonical_bytes(report))),
    }


def iso(ms):
    moment = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def compact(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# --- the learner's data -------------------------------------------------------------------------


def make_events():
    """(id, at offset in seconds, kind, subject, payload) of a short study session."""
    answer_one = {"correct": True, "fraction": 1, "objective": "production-ml/o1", "question": "production-ml/q01",
                  "response": "B", "seconds": 12.5}
    answer_two = {"correct": False, "fraction": 0.5, "objective": "production-ml/o2", "question": "production-ml/q02",
                  "response": "naïve \"split\"\tby time ✓\u0001", "seconds": 30.25}
    rows = [
        (11, 0, "lesson.viewed", "production-ml", {}),
        (12, 600, "lesson.completed", "production-ml", {}),
        (15, 700, "question.answered", "production-ml/q01", answer_one),
        (16, 760, "question.answered", "production-ml/q02", answer_two),
        (20, 900, "exam.started", "mock-1", {}),
        (21, 4600, "exam.submitted", "mock-1", {"score": "0.6666666666666666", "passed": "true", "timedOut": "false"}),
        (30, 5000, "lab.started", "first-pipeline", {"digest": LAB_DIGEST, "seed": "2026"}),
        (31, 5300, "lab.hinted", "first-pipeline", {"task": "run", "hint": "1"}),
        (32, 5600, "lab.checked", "first-pipeline", {"points": "10", "of": "10", "digest": LAB_DIGEST}),
        (33, 5601, "lab.passed", "first-pipeline", {"points": "10", "of": "10", "digest": LAB_DIGEST}),
    ]
    return [{"id": id, "at": START_MS + seconds * 1000 + 250, "kind": kind, "subject": subject,
             "payload": compact(payload), "hash": ""} for id, seconds, kind, subject, payload in rows]


def make_report(learner, events):
    head = chain(events, learner["id"])
    attempt = {
        "format": "mlops-lab-attempt", "version": 1, "lab": "first-pipeline", "digest": LAB_DIGEST, "seed": "2026",
        "program": "0.1.0",
        "commands": [{"command": "pipeline run pipeline.yaml", "files": {"pipeline.yaml": hashlib.sha256(b"steps: []\n").hexdigest()}}],
        "files": {hashlib.sha256(b"steps: []\n").hexdigest(): {"text": "steps: []\n"}},
        "tasks": [{"id": "run", "hints": 1, "forfeited": False, "checkedAfter": 1}],
    }
    return {
        "format": "mlops-lab-report",
        "schemaVersion": 1,
        "program": "0.1.0",
        "contentDigest": CONTENT_DIGEST,
        "exportedAt": "2026-11-27T20:00:00Z",
        "learner": learner,
        "events": events,
        "chain": {"head": head, "events": len(events)},
        "labAttempts": [{"lab": "first-pipeline", "attempt": attempt,
                         "results": [{"task": "run", "passed": True, "points": 10}]}],
        "summary": {
            "modules": [
                {"id": "production-ml", "title": "Production ML", "lessonCompleted": True, "answered": 2,
                 "questions": 12, "score": 0.125},
                {"id": "data-drift", "title": "Data drift", "lessonCompleted": False, "answered": 0,
                 "questions": 9, "score": 0},
            ],
            "labs": [
                {"id": "first-pipeline", "title": "Your first pipeline", "started": True, "passed": True, "points": 10, "of": 10},
                {"id": "drift-detective", "title": "Drift detective", "started": False, "passed": False, "points": 0, "of": 15},
            ],
            "exams": [{"at": events[5]["at"], "score": 0.6666666666666666, "passed": True, "timedOut": False}],
            "mastery": [
                {"objective": "production-ml/o1", "mastery": 1, "answers": 1},
                {"objective": "production-ml/o2", "mastery": 0.5, "answers": 1},
            ],
            "masteryOverTime": [{"at": events[2]["at"], "mastery": 1}, {"at": events[3]["at"], "mastery": 0.75}],
        },
    }


VERBS = {
    "lesson.viewed": ("experienced", "lesson"),
    "lesson.completed": ("completed", "lesson"),
    "question.answered": ("answered", "cmi.interaction"),
    "exam.submitted": (None, "assessment"),
    "lab.started": ("attempted", "simulation"),
    "lab.checked": ("interacted", "simulation"),
    "lab.passed": ("passed", "simulation"),
}


def make_statements(report):
    learner = report["learner"]
    if learner["email"]:
        actor = {"objectType": "Agent", "name": learner["name"], "mbox": "mailto:" + learner["email"]}
    else:
        actor = {"objectType": "Agent", "name": learner["name"],
                 "account": {"homePage": "https://mlops-lab.invalid", "name": str(learner["id"])}}
    registration = str(uuid.uuid5(NAMESPACE, f"registration/{learner['id']}/{report['contentDigest']}"))
    statements = []
    for event in report["events"]:
        if event["kind"] not in VERBS:
            continue
        verb, activity_type = VERBS[event["kind"]]
        payload = json.loads(event["payload"])
        subject = event["subject"]
        parent = subject.split("/")[0]
        result = None
        if event["kind"] == "lesson.completed":
            result = {"completion": True}
        elif event["kind"] == "question.answered":
            result = {"score": {"scaled": payload["fraction"]}, "success": payload["correct"],
                      "response": payload["response"], "duration": f"PT{payload['seconds']}S"}
        elif event["kind"] == "exam.submitted":
            passed = payload["passed"] == "true"
            verb = "passed" if passed else "failed"
            result = {"score": {"scaled": float(payload["score"])}, "success": passed, "completion": True,
                      "duration": "PT1H1M40S"}
        elif event["kind"] == "lab.passed":
            result = {"score": {"scaled": 1, "raw": 10, "min": 0, "max": 10}, "success": True, "completion": True}
        statement = {
            "id": str(uuid.uuid5(NAMESPACE, f"{learner['id']}/{event['id']}/{event['hash']}")),
            "actor": actor,
            "verb": {"id": "http://adlnet.gov/expapi/verbs/" + verb, "display": {"en-US": verb}},
            "object": {"objectType": "Activity", "id": f"urn:mlops-lab:{activity_type.split('.')[-1]}:{subject}",
                       "definition": {"name": {"en-US": subject},
                                      "type": "http://adlnet.gov/expapi/activities/" + activity_type}},
            "context": {"registration": registration, "platform": "mlops-lab",
                        "contextActivities": {"parent": [{"objectType": "Activity", "id": f"urn:mlops-lab:module:{parent}"}]}},
            "timestamp": iso(event["at"]),
            "version": "1.0.3",
        }
        if result is not None:
            statement["result"] = result
        statements.append(statement)
    return statements


def guard(cell):
    """A cell as the program writes it: a ' before what a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(("=", "+", "-", "@", "\t", "\r")) else cell


def make_gradebook(report, instructor):
    summary = report["summary"]
    header = ["name", "email"] + [f"module:{m['id']}" for m in summary["modules"]] \
        + [f"lab:{lab['id']}" for lab in summary["labs"]] + ["exam"] + (["flags"] if instructor else [])
    learner = report["learner"]
    rows = [[learner["name"], learner["email"] or ""] + [f"{m['score']:.2f}" for m in summary["modules"]]
            + [f"{lab['points']}/{lab['of']}" for lab in summary["labs"]] + ["0.67"] + ([""] if instructor else [])]
    if instructor:
        rows += [
            ['=HYPERLINK("http://evil.invalid","click")', "eve@example.org", "1.00", "0.00", "10/10", "0/15", "1.00",
             "signature does not verify"],
            ["-Dash", "", "0.50", "0.25", "0/10", "0/15", "", "@replay differs"],
            ["Ann Lee", "ann@example.org", "0.75", "0.50", "10/10", "15/15", "0.80", ""],
        ]
    names = [row[0] for row in rows]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([guard(cell) for cell in row])
    return buffer.getvalue(), header, names


STYLE = """
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d2430; background: #f7f8fb; }
  header { padding: 1rem 1.5rem; color: white; border-radius: 8px;
           background: #2f5d8a url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=") no-repeat; }
  table { border-collapse: collapse; margin: 1rem 0; background: white; }
  th, td { border: 1px solid #c9d1dc; padding: .3rem .8rem; text-align: left; }
  .passed { color: #1b7f3b; } .open { color: #a05a00; }
"""


def make_html(report, extra_head="", extra_body="", escape_name=True):
    learner = report["learner"]
    name = html.escape(learner["name"]) if escape_name else learner["name"]
    summary = report["summary"]
    modules = "".join(
        f"<tr><td>{html.escape(m['title'])}</td><td>{'yes' if m['lessonCompleted'] else 'no'}</td>"
        f"<td>{m['answered']}/{m['questions']}</td><td>{m['score']:.0%}</td></tr>" for m in summary["modules"])
    labs = "".join(
        f"<tr><td>{html.escape(lab['title'])}</td><td class=\"{'passed' if lab['passed'] else 'open'}\">"
        f"{'passed' if lab['passed'] else 'not passed'}</td><td>{lab['points']}/{lab['of']}</td></tr>" for lab in summary["labs"])
    points = " ".join(f"{40 + 300 * index},{180 - 160 * point['mastery']:.1f}" for index, point in enumerate(summary["masteryOverTime"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Progress of {name}</title>
<style>{STYLE}</style>
{extra_head}
</head>
<body>
<header><h1>Progress of {name}</h1><p>{html.escape(learner['email'] or 'no email')} · exported {report['exportedAt']}</p></header>
<h2>Modules</h2>
<table><tr><th>Module</th><th>Lesson read</th><th>Answered</th><th>Score</th></tr>{modules}</table>
<h2>Labs</h2>
<table><tr><th>Lab</th><th>State</th><th>Points</th></tr>{labs}</table>
<h2>Mastery over time</h2>
<svg width="420" height="200" viewBox="0 0 420 200" role="img" aria-label="mastery over time">
  <defs><linearGradient id="fade" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#2f5d8a"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect x="0" y="0" width="420" height="200" fill="url(#fade)" opacity="0.2"/>
  <polyline points="{points}" fill="none" stroke="#2f5d8a" stroke-width="3"/>
</svg>
<p>Signed by <code>{report['signature']['fingerprint']}</code>. <span id="events"></span></p>
<script>document.getElementById("events").textContent = "{len(report['events'])} events in the hash chain.";</script>
{extra_body}
</body>
</html>
"""


def make_class_html(rows):
    lines = "".join(f"<tr><td>{html.escape(row[0])}</td><td>{html.escape(row[-1])}</td></tr>" for row in rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Class summary</title><style>{STYLE}</style></head>
<body><header><h1>Class summary</h1></header>
<table><tr><th>Learner</th><th>Flags</th></tr>{lines}</table></body></html>
"""


# --- writing and breaking -------------------------------------------------------------------------


def write(folder, instructor, email, broken):
    key = Ed25519PrivateKey.generate()
    learner = {"id": 7, "name": "Zoë O'Brien <QA> & \"Team\"", "email": "zoe@example.org" if email else None}
    events = make_events()
    report = make_report(learner, events)

    # Breaks in the report's body, signed over afterwards so only the broken check fails.
    if broken == "chain":
        report["events"][3]["payload"] = report["events"][3]["payload"].replace('"fraction":0.5', '"fraction":1')
    elif broken == "chain-order":
        report["events"][1], report["events"][2] = report["events"][2], report["events"][1]
    elif broken == "chain-head":
        report["chain"]["head"] = "f" * 64
    elif broken == "payload":
        report["events"][4]["payload"] = "{started: yes}"
        report["chain"]["head"] = chain(report["events"], learner["id"])
    elif broken == "schema":
        report["learner"]["cohort"] = "2026-autumn"
    elif broken == "schema-score":
        report["summary"]["modules"][0]["score"] = 1.5
    sign(report, key)
    if broken == "signature":
        report["summary"]["modules"][0]["score"] = 0.25
    elif broken == "fingerprint":
        other = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        report["signature"]["fingerprint"] = fingerprint(other)

    statements = make_statements(report)
    if broken == "xapi-id":
        statements[0]["id"] = str(uuid.uuid4())
    elif broken == "xapi-duplicate-id":
        statements[1]["id"] = statements[0]["id"]
    elif broken == "xapi-verb":
        statements[2]["verb"] = {"id": "http://adlnet.gov/expapi/verbs/liked", "display": {"en-US": "liked"}}
    elif broken == "xapi-duration":
        statements[2]["result"]["duration"] = "12.5 seconds"
    elif broken == "xapi-actor":
        for statement in statements:
            statement["actor"] = {"objectType": "Agent", "name": learner["name"], "mbox": "mailto:someone@example.org"}

    gradebook, header, names = make_gradebook(report, instructor)
    manifest_header = list(header)
    if broken == "csv-formula":
        gradebook = gradebook.replace("0.67", "=SUM(C2:D2)")
    elif broken == "csv-lf":
        gradebook = gradebook.replace("\r\n", "\n")
    elif broken == "csv-header":
        first, rest = gradebook.split("\r\n", 1)
        cells = first.split(",")
        cells[2], cells[3] = cells[3], cells[2]
        gradebook = ",".join(cells) + "\r\n" + rest

    extra_head, extra_body, escape_name = "", "", True
    if broken == "html-external":
        extra_body = '<img src="https://example.invalid/pixel.png" alt="">'
    elif broken == "html-script-src":
        extra_body = '<script src="chart.js"></script>'
    elif broken == "html-stylesheet":
        extra_head = '<link rel="stylesheet" href="data:text/css,body%7B%7D">'
    elif broken == "html-import":
        extra_head = "<style>@import 'print.css';</style>"
    elif broken == "html-url":
        extra_head = "<style>h2 { background-image: url(https://example.invalid/bar.png); }</style>"
    elif broken == "html-name":
        escape_name = False
    elif broken == "html-js-error":
        extra_body = "<script>drawChart(document.body);</script>"
    elif broken == "html-blank":
        extra_head = "<style>body { visibility: hidden; background: #ffffff; }</style>"

    manifest = {
        "learner": {"name": learner["name"], "email": learner["email"]},
        "events": len(events),
        "statements": len(statements),
        "csvHeader": manifest_header,
        "csvRows": len(names),
        "csvNames": names,
        "contentDigest": CONTENT_DIGEST,
    }
    if broken == "xapi-count":
        statements.pop()
    elif broken == "manifest-digest":
        manifest["contentDigest"] = hashlib.sha256(b"another course").hexdigest()

    folder.mkdir(parents=True, exist_ok=True)
    report_text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if broken == "duplicate-key":
        report_text = report_text.replace('"format": "mlops-lab-report",', '"format": "mlops-lab-report",\n  "format": "mlops-lab-report",', 1)
    (folder / "report.json").write_text(report_text, encoding="utf-8")
    (folder / "statements.json").write_text(json.dumps(statements, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "gradebook.csv").write_bytes(gradebook.encode("utf-8"))
    (folder / "report.html").write_text(make_html(report, extra_head, extra_body, escape_name), encoding="utf-8")
    class_page = folder / "class.html"
    if instructor:
        rows = list(csv.reader(io.StringIO(gradebook, newline="")))[1:]
        class_page.write_text(make_class_html(rows), encoding="utf-8")
    elif class_page.exists():
        class_page.unlink()
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(arguments):
    parser = argparse.ArgumentParser(description="Writes a synthetic mlops-lab export folder.")
    parser.add_argument("folder", metavar="DIR", type=Path, nargs="?")
    parser.add_argument("--class", dest="instructor", action="store_true",
                        help="the instructor's variant: class.html and a gradebook of several learners with flags")
    parser.add_argument("--no-email", action="store_true", help="a learner without an email")
    parser.add_argument("--break", dest="broken", metavar="WHAT", choices=sorted(BREAKS),
                        help="write a variant that one check must refuse (see --list-breaks)")
    parser.add_argument("--list-breaks", action="store_true", help="print the names of the breaks, one a line")
    options = parser.parse_args(arguments)
    if options.list_breaks:
        for name, what in BREAKS.items():
            print(f"{name}\t{what}")
        return 0
    if options.folder is None:
        parser.error("DIR is needed")
    write(options.folder, options.instructor, not options.no_email, options.broken)
    print(f"wrote {options.folder}" + (f" broken: {BREAKS[options.broken]}" if options.broken else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
