#!/usr/bin/env python3
"""Write the hostile reports of Tests/HostileInputTests/Inputs/report/ from a real export.

Each is a report an instructor might be handed: cut short, nested too deep, forged, with events
reordered or edited, or carrying terminal escape sequences and spreadsheet formulas in the name
and email. The test suite reads each and compares what the program says with `<case>.expected`
(re-record those with MLOPS_LAB_RECORD_SNAPSHOTS=1 and review them).

    .venv-reports/bin/python scripts/reports/make-hostile-reports.py Fuzz/seeds/report/ada.json

Re-signed variants use a fixed key, so the output is the same every run.
"""

import base64
import copy
import hashlib
import json
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def canonical(body) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def resign(report):
    body = {key: value for key, value in report.items() if key != "signature"}
    public = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    report["signature"] = {
        "algorithm": "Ed25519",
        "publicKey": base64.b64encode(public).decode(),
        "fingerprint": "SHA256:" + base64.b64encode(hashlib.sha256(public).digest()).decode().rstrip("="),
        "value": base64.b64encode(KEY.sign(canonical(body))).decode(),
    }
    return report


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text)


def main() -> None:
    source = Path(sys.argv[1])
    folder = Path(__file__).resolve().parents[2] / "Tests/HostileInputTests/Inputs/report"
    folder.mkdir(parents=True, exist_ok=True)
    text = source.read_text()
    report = json.loads(text)

    write(folder, "truncated.json", text[: len(text) * 3 // 5])
    write(folder, "deeply-nested.json", "[" * 200 + "]" * 200)
    write(folder, "not-a-report.json", json.dumps({"format": "mlflow-run", "schemaVersion": 1}))
    write(folder, "newer-schema.json", json.dumps(dict(report, schemaVersion=2)))

    forged = copy.deepcopy(report)
    signature = bytearray(base64.b64decode(forged["signature"]["value"]))
    signature[10] ^= 0xFF
    forged["signature"]["value"] = base64.b64encode(bytes(signature)).decode()
    write(folder, "forged-signature.json", json.dumps(forged, indent=2, ensure_ascii=False))

    reordered = copy.deepcopy(report)
    reordered["events"][1], reordered["events"][2] = reordered["events"][2], reordered["events"][1]
    write(folder, "reordered-events-resigned.json", json.dumps(resign(reordered), indent=2, ensure_ascii=False))

    edited = copy.deepcopy(report)
    for event in edited["events"]:
        if event["kind"] == "question.answered":
            payload = json.loads(event["payload"])
            payload.update(fraction=1, correct=True)
            event["payload"] = json.dumps(payload, separators=(",", ":"), sort_keys=True)
            break
    write(folder, "edited-event.json", json.dumps(edited, indent=2, ensure_ascii=False))

    hostile = copy.deepcopy(report)
    hostile["learner"]["name"] = "\u001b]0;owned\u0007\u001b[2J=HYPERLINK(\"http://evil\",\"click\")\u202e"
    hostile["learner"]["email"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    write(folder, "escapes-and-formulas-resigned.json", json.dumps(resign(hostile), indent=2, ensure_ascii=False))
    print(f"wrote the hostile reports in {folder}")


if __name__ == "__main__":
    main()
