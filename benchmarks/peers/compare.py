"""Joins mlops-lab's and the peers' JSON into one table: workload | size | ours | peer | ratio | agreement.

Usage: compare.py OURS.json PEERS.json

ratio = the peer's median time ÷ ours, both from the same run on the same machine (2.4x: the peer
took 2.4 times as long). agreement = the largest relative difference between the two sides'
results, and for drift how many column verdicts are equal. Standard library only, so it runs
even when the peers could not be installed. A benchmark is never a test: this never fails on timing.
"""

import json
import os
import sys

# (our record id, the workload's name if ours is missing, the peer's record id or None, the peer's name)
ROWS = [
    ("startup", "REPL start-up to first prompt", "python-floor", "`python3 -c pass` (floor)"),
    ("content-load", "content load and validation", None, "no peer"),
    ("ks", "KS test, one column", "ks", "scipy `ks_2samp`"),
    ("drift", "drift report, 20 numeric columns", "drift", "scipy loop"),
    ("drift-100k", "drift report, 20 numeric columns", "drift-100k", "Evidently `DataDriftPreset`"),
    ("logistic", "logistic regression fit + AUC", "logistic", "scikit-learn"),
    ("gbdt", "gradient-boosted trees fit + AUC", "gbdt", "scikit-learn `HistGradientBoostingClassifier`"),
    ("fsrs", "FSRS scheduling", "fsrs", "py-fsrs"),
    ("pipeline", "pipeline, generate → register (target < 1 s)", None, "no peer (absolute)"),
    ("traffic", "simulated traffic, fraud canary (target < 1 s)", None, "no peer (absolute)"),
    ("lab-start", "lab start, slowest lab (target < 100 ms)", None, "no peer (absolute)"),
    ("lab-replay", "lab replay, slowest lab (target < 1 s)", None, "no peer (absolute)"),
    ("event-append", "progress event append (target p99 < 1 ms)", None, "no peer (absolute)"),
    ("report-export", "progress export, signed (target < 200 ms)", None, "no peer (absolute)"),
    ("grade", "grade a class (target < 10 s)", None, "no peer (absolute)"),
]


def read(path):
    try:
        with open(path) as file:
            return {record["id"]: record for record in json.load(file)["workloads"]}, None
    except (OSError, ValueError, KeyError) as error:
        return {}, f"{type(error).__name__}: {error}"


def seconds(value):
    if value < 1e-3:
        return f"{value * 1e6:.1f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def relative(a, b):
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def agreement(ours, peer):
    """Largest relative difference over the named values and drift scores; equal verdicts counted."""
    differences = []
    for key, value in ours.get("values", {}).items():
        if key in peer.get("values", {}):
            differences.append((relative(value, peer["values"][key]), key))
    if ours.get("scores") and peer.get("scores"):
        worst = max(zip(ours["scores"], peer["scores"]), key=lambda pair: relative(*pair))
        differences.append((relative(*worst), "scores"))
    parts = []
    if differences:
        worst, key = max(differences)
        parts.append(f"max rel. diff {worst:.1e} ({key})")
    if ours.get("verdicts") and peer.get("verdicts"):
        equal = sum(a == b for a, b in zip(ours["verdicts"], peer["verdicts"]))
        parts.append(f"equal verdicts {equal}/{len(ours['verdicts'])}")
    return "; ".join(parts) or "—"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[2])
    ours, ours_error = read(sys.argv[1])
    peers, peers_error = read(sys.argv[2])
    rows = [("workload", "size", "ours", "peer", "ratio", "agreement")]
    notes = []
    for our_id, default_name, peer_id, peer_name in ROWS:
        mine = ours.get(our_id)
        # The python3 floor is timed by mlops-lab-bench itself, the same way as our start-up.
        theirs = ours.get(peer_id) if peer_id == "python-floor" else peers.get(peer_id)
        name = mine["name"] if mine else default_name
        size = mine["size"] if mine else "—"
        ours_cell = seconds(mine["medianSeconds"]) if mine else "not measured"
        if peer_id is None:
            peer_cell, ratio, agree = peer_name, "—", "—"
        elif theirs is None:
            reason = "peers did not run" if peers_error else "not measured"
            peer_cell, ratio, agree = f"{peer_name}: {reason}", "—", "—"
        elif "error" in theirs:
            peer_cell, ratio, agree = f"{peer_name}: unavailable ({theirs['error']})", "—", "—"
        else:
            peer_cell = f"{seconds(theirs['medianSeconds'])} {peer_name}"
            ratio = f"{theirs['medianSeconds'] / mine['medianSeconds']:.1f}x" if mine else "—"
            agree = "— (a floor, not the same work)" if peer_id == "python-floor" else (
                agreement(mine, theirs) if mine else "—")
            if theirs.get("note"):
                notes.append(f"{name}, {peer_name}: {theirs['note']}.")
        rows.append((name, size, ours_cell, peer_cell, ratio, agree))

    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    def line(row):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |"
    print(line(rows[0]))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in rows[1:]:
        print(line(row))
    print()
    for note in notes:
        print(note)
    if ours_error:
        print(f"mlops-lab results unreadable: {ours_error}")
    if peers_error:
        print(f"peer results unreadable: {peers_error}")
    print("ratio = peer median ÷ ours (same run, same machine); medians of every run.")
    try:
        with open(sys.argv[2]) as file:
            document = json.load(file)
        versions = ", ".join(f"{name} {version or 'not installed'}" for name, version in document["versions"].items())
        print(f"peers: Python {document['python']}; {versions}")
    except (OSError, ValueError, KeyError):
        pass
    print(f"cores: {os.cpu_count()}; load average after the run: "
          + " ".join(f"{value:.2f}" for value in os.getloadavg()))


if __name__ == "__main__":
    main()
