#!/usr/bin/env python3
"""Write Tests/ProgressTests/Vectors/reports.json: what independent implementations make of the
pieces a signed report is built from.

- canonical: random JSON values and the text of `json.dumps(value, sort_keys=True,
  separators=(",", ":"), ensure_ascii=False)`, the canonical form a report's signature covers.
  (Integral floats are left out: a report never writes one, it writes `2`, not `2.0`.)
- ed25519: signatures by `cryptography`'s Ed25519 (RFC 8032, deterministic) of canonical texts
  with fixed private keys, with the public key and its OpenSSH-style fingerprint.
- uuid5: `uuid.uuid5` of mlops-lab's namespace and names, as xAPI statement ids are made.
- iso8601: epoch milliseconds and their ISO 8601 UTC text from `datetime`.

Regenerate:

    python3 -m venv .venv && .venv/bin/pip install cryptography==50.0.2
    .venv/bin/python scripts/vectors/make_report_vectors.py

The output is a pure function of SEED: running this twice writes the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import uuid
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SEED = 20261127
# The namespace of xAPI statement ids (XAPIStatements.namespace).
NAMESPACE = uuid.UUID(bytes=bytes([0x6d, 0x6c, 0x6f, 0x70, 0x73, 0x2d, 0x4c, 0x61, 0xb0, 0x5d, 0x4e, 0x2f, 0x91, 0x3c, 0x7a, 0x10]))

# Code points that exercise escaping and ordering: controls, quote, backslash, DEL, C1, the
# line separators, BMP letters near the top of the plane, and characters beyond it.
SPECIAL = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x22, 0x2F, 0x5C, 0x7F, 0x80, 0x9F,
           0x2028, 0x2029, 0xE9, 0x4E2D, 0xFB01, 0xFFFD, 0xFF5E, 0x1F600, 0x10348]


def text(rng: random.Random) -> str:
    chars = []
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.35:
            chars.append(chr(rng.choice(SPECIAL)))
        elif roll < 0.9:
            chars.append(chr(rng.randint(0x20, 0x7E)))
        else:
            chars.append(chr(rng.randint(0xA0, 0x2FFF)))
    return "".join(chars)


def number(rng: random.Random):
    if rng.random() < 0.5:
        return rng.randint(-10**12, 10**12)
    while True:
        value = round(rng.uniform(-1000, 1000) * rng.choice([1, 0.001, 1e-3, 1000]), 4)
        if value != int(value):
            return value


def value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth >= 4 or roll < 0.45:
        return rng.choice([lambda: text(rng), lambda: number(rng), lambda: rng.random() < 0.5, lambda: None])()
    if roll < 0.7:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    return {text(rng): value(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def canonical(item) -> str:
    return json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def main() -> None:
    rng = random.Random(SEED)
    cases = [value(rng) for _ in range(300)]
    canonical_cases = [{"json": json.dumps(case, ensure_ascii=False), "canonical": canonical(case)} for case in cases]

    signatures = []
    for index in range(12):
        seed = bytes(rng.randrange(256) for _ in range(32))
        key = Ed25519PrivateKey.from_private_bytes(seed)
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        message = canonical(cases[index]).encode("utf-8")
        signatures.append({
            "privateKey": base64.b64encode(seed).decode(),
            "publicKey": base64.b64encode(public).decode(),
            "fingerprint": "SHA256:" + base64.b64encode(hashlib.sha256(public).digest()).decode().rstrip("="),
            "message": canonical(cases[index]),
            "signature": base64.b64encode(key.sign(message)).decode(),
        })

    names = ["", "mailto:ada@example.org\nregistration", "account:bob\n1700000000000\nquestion.answered\ncicd/q01\n{}"]
    names += [text(rng) for _ in range(40)]
    uuids = [{"name": name, "uuid": str(uuid.uuid5(NAMESPACE, name))} for name in names]

    times = [0, 1, 999, 1000, -1, -1000, -86_400_001, 951_782_400_000, 4_102_444_799_999, 1_704_067_200_000]
    times += [rng.randint(-2_000_000_000_000, 4_000_000_000_000) for _ in range(60)]
    iso = []
    for ms in times:
        moment = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
        text_ = moment.strftime("%Y-%m-%dT%H:%M:%S")
        if ms % 1000:
            text_ += ".%03d" % (ms % 1000)
        iso.append({"ms": ms, "iso": text_ + "Z"})

    out = Path(__file__).resolve().parents[2] / "Tests/ProgressTests/Vectors/reports.json"
    out.write_text(json.dumps({
        "canonical": canonical_cases, "ed25519": signatures, "uuid5": uuids, "iso8601": iso,
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
