#!/usr/bin/env python3
"""Writes Tests/SandboxTests/Vectors/drift.json: what Evidently 0.7 decides for seeded column pairs.

Every dataset is a reference/current pair of pandas DataFrames built from a seeded numpy Generator.
Each is run through Evidently's own `Report([DataDriftPreset(...)])` (new 0.7 API) with an explicit
`DataDefinition`, and the file records, per column, what the `ValueDrift` metric resolved (method,
threshold, score) and whether its test failed (= drift), plus the `DriftedColumnsCount` count/share
and whether its "share < drift_share" test failed (= dataset drift). Inputs are stored explicitly:
numbers as integers over a per-column scale (value = int / scale in float64 on both sides, a
correctly rounded division), non-finite values as the strings "nan", "inf", "-inf".

Usage (from the package root):
    python3 -m venv .venv && .venv/bin/pip install "evidently==0.7.*" "pandas<3"
    .venv/bin/python scripts/vectors/make_drift_vectors.py
"""

import json
import math
import os

import numpy as np
import pandas as pd
import evidently
from evidently import DataDefinition, Dataset, Report
from evidently.presets import DataDriftPreset

SEED = 20250107
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SandboxTests", "Vectors", "drift.json")

# Evidently reports an auto-chosen method by its display name and a user-chosen one by its registry name.
METHOD_NAMES = {
    "K-S p_value": "ks",
    "chi-square p_value": "chisquare",
    "Z-test p_value": "z",
    "Wasserstein distance (normed)": "wasserstein",
    "Jensen-Shannon distance": "jensenshannon",
    "PSI": "psi",
}

rng = np.random.default_rng(SEED)


def num(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def scaled(values, scale):
    """Rounds to a multiple of 1/scale; returns (stored list, float64 array both sides will use)."""
    out, stored = [], []
    for v in values:
        v = float(v)
        if not math.isfinite(v):
            stored.append(num(v))
            out.append(v)
        else:
            i = int(round(v * scale))
            stored.append(i)
            out.append(i / float(scale))
    return stored, np.asarray(out, dtype=np.float64)


class DatasetCase:
    def __init__(self, name, n_ref, n_cur, drift_share=0.5, note=None):
        self.name, self.n_ref, self.n_cur, self.drift_share, self.note = name, n_ref, n_cur, drift_share, note
        self.columns = []

    def numeric(self, name, ref, cur, scale=1000, method=None, threshold=None):
        assert len(ref) == self.n_ref and len(cur) == self.n_cur
        rs, rv = scaled(ref, scale)
        cs, cv = scaled(cur, scale)
        self.columns.append(dict(name=name, kind="numeric", scale=scale, ref=rs, cur=cs, rv=rv, cv=cv,
                                 method=method, threshold=threshold))

    def categorical(self, name, ref, cur, method=None, threshold=None):
        assert len(ref) == self.n_ref and len(cur) == self.n_cur
        self.columns.append(dict(name=name, kind="categorical", ref=list(map(str, ref)), cur=list(map(str, cur)),
                                 rv=np.asarray(ref, dtype=object), cv=np.asarray(cur, dtype=object),
                                 method=method, threshold=threshold))

    def run(self):
        ref = pd.DataFrame({c["name"]: c["rv"] for c in self.columns})
        cur = pd.DataFrame({c["name"]: c["cv"] for c in self.columns})
        definition = DataDefinition(
            numerical_columns=[c["name"] for c in self.columns if c["kind"] == "numeric"],
            categorical_columns=[c["name"] for c in self.columns if c["kind"] == "categorical"],
        )
        preset = DataDriftPreset(
            drift_share=self.drift_share,
            per_column_method={c["name"]: c["method"] for c in self.columns if c["method"]} or None,
            per_column_threshold={c["name"]: c["threshold"] for c in self.columns if c["threshold"] is not None}
            or None,
        )
        snapshot = Report([preset], include_tests=True).run(
            Dataset.from_pandas(cur, data_definition=definition), Dataset.from_pandas(ref, data_definition=definition)
        )
        d = snapshot.dict()
        by_column, dataset = {}, None
        for m in d["metrics"]:
            cfg = m["config"]
            if cfg["type"].endswith("ValueDrift"):
                by_column[cfg["column"]] = dict(method=METHOD_NAMES.get(cfg["method"], cfg["method"]),
                                                threshold=cfg["threshold"], score=num(m["value"]))
            elif cfg["type"].endswith("DriftedColumnsCount"):
                dataset = dict(drifted_count=int(m["value"]["count"]), share=m["value"]["share"])
        for t in d["tests"]:
            if t["name"].startswith("Value Drift for column "):
                by_column[t["name"][len("Value Drift for column "):]]["drift"] = t["status"] == "FAIL"
            elif t["id"] == "lt":
                dataset["drift"] = t["status"] == "FAIL"
        columns = []
        for c in self.columns:
            entry = dict(name=c["name"], kind=c["kind"], reference=c["ref"], current=c["cur"],
                         method=c["method"], threshold=c["threshold"], expected=by_column[c["name"]])
            if c["kind"] == "numeric":
                entry["scale"] = c["scale"]
            columns.append(entry)
        return dict(name=self.name, driftShare=self.drift_share, note=self.note, columns=columns, expected=dataset)


def ints(k, n, shift=0.0):
    """n draws from 0..k-1, tilted towards higher values when shift > 0."""
    p = np.exp(shift * np.arange(k))
    return rng.choice(k, size=n, p=p / p.sum()).astype(float)


def with_missing(x, nan=5, posinf=2, neginf=1):
    x = np.array(x, dtype=float)
    idx = rng.choice(len(x), size=nan + posinf + neginf, replace=False)
    x[idx[:nan]] = np.nan
    x[idx[nan:nan + posinf]] = np.inf
    x[idx[nan + posinf:]] = -np.inf
    return x


def cats(labels, n, weights=None):
    w = np.ones(len(labels)) if weights is None else np.asarray(weights, float)
    return rng.choice(labels, size=n, p=w / w.sum())


def default_choice_case(name, n_ref, n_cur):
    """Every default-choice branch, unshifted and shifted, at one reference size."""
    case = DatasetCase(name, n_ref, n_cur)
    case.numeric("normal_same", rng.normal(size=n_ref), rng.normal(size=n_cur))
    case.numeric("normal_shift", rng.normal(size=n_ref), rng.normal(0.25, size=n_cur))
    for k in (2, 3, 5, 6, 20, 21):
        case.numeric(f"d{k}_same", ints(k, n_ref), ints(k, n_cur), scale=1)
        case.numeric(f"d{k}_shift", ints(k, n_ref), ints(k, n_cur, shift=0.15), scale=1)
    case.numeric("d6_cur_only_value", ints(5, n_ref), np.append(ints(5, n_cur - 3), [7.0, 7.0, 7.0]), scale=1)
    case.numeric("missing_inf", with_missing(rng.normal(size=n_ref)), with_missing(rng.normal(0.1, size=n_cur)))
    case.categorical("cat2_same", cats(["no", "yes"], n_ref, [3, 1]), cats(["no", "yes"], n_cur, [3, 1]))
    case.categorical("cat2_shift", cats(["no", "yes"], n_ref, [3, 1]), cats(["no", "yes"], n_cur, [2, 1]))
    case.categorical("cat4_same", cats(list("abcd"), n_ref), cats(list("abcd"), n_cur))
    case.categorical("cat4_shift", cats(list("abcd"), n_ref), cats(list("abcd"), n_cur, [1, 1, 1, 1.4]))
    case.categorical("cat_new_in_current", cats(list("abc"), n_ref), cats(list("abcz"), n_cur, [10, 10, 10, 1]))
    case.categorical("cat1_vs_other", np.array(["x"] * n_ref), np.array(["y"] * n_cur))
    return case


def chosen_methods_case():
    n_ref, n_cur = 1500, 1200
    case = DatasetCase("chosen_methods", n_ref, n_cur, note="methods and thresholds chosen per column")
    case.numeric("ks_large_n", rng.normal(size=n_ref), rng.normal(0.1, size=n_cur), method="ks")
    case.numeric("ks_custom_threshold", rng.normal(size=n_ref), rng.normal(0.05, size=n_cur), method="ks",
                 threshold=0.5)
    case.numeric("psi_hist", rng.normal(size=n_ref), rng.normal(0.3, size=n_cur), method="psi")
    case.numeric("psi_tail_zero", rng.normal(size=n_ref), rng.normal(0, 1.6, size=n_cur), method="psi")
    case.numeric("psi_few_values", ints(8, n_ref), ints(8, n_cur, shift=0.1), scale=1, method="psi")
    case.numeric("js_hist", rng.exponential(size=n_ref), rng.exponential(1.2, size=n_cur), method="jensenshannon")
    case.numeric("js_20_ref_values", ints(20, n_ref), ints(26, n_cur), scale=1, method="jensenshannon")
    case.numeric("js_21_ref_values", ints(21, n_ref), ints(26, n_cur), scale=1, method="jensenshannon")
    case.numeric("wasserstein_threshold", rng.normal(size=n_ref), rng.normal(0.05, size=n_cur),
                 method="wasserstein", threshold=0.03)
    case.numeric("wasserstein_constant_ref", np.full(n_ref, 2.0), rng.normal(2.0, 0.0005, size=n_cur),
                 method="wasserstein", scale=100000)
    case.categorical("cat_psi", cats(list("abcde"), n_ref), cats(list("abcdf"), n_cur), method="psi")
    case.categorical("cat_js", cats(list("abcde"), n_ref), cats(list("abcde"), n_cur, [1, 1, 1, 1, 2]),
                     method="jensenshannon", threshold=0.05)
    case.categorical("cat_chisquare_large_n", cats(list("abc"), n_ref), cats(list("abc"), n_cur, [1, 1, 1.2]),
                     method="chisquare")
    case.categorical("cat_z_large_n", cats(["p", "q"], n_ref), cats(["p", "q"], n_cur, [1, 1.15]), method="z",
                     threshold=0.01)
    return case


def edges_case():
    n = 400
    case = DatasetCase("threshold_edges", n, n, note="scores that are exact (0 or 1) placed right at the threshold")
    same = rng.normal(size=n)
    case.numeric("ks_p1_at_threshold1", same, same, method="ks", threshold=1.0)
    labels = cats(list("abc"), n)
    case.categorical("chisquare_p1_at_threshold1", labels, labels, method="chisquare", threshold=1.0)
    flags = cats(["u", "v"], n)
    case.categorical("z_p1_at_threshold1", flags, flags, method="z", threshold=1.0)
    case.numeric("wasserstein_0_at_threshold0", same, same, method="wasserstein", threshold=0.0)
    case.numeric("psi_0_at_threshold0", same, same, method="psi", threshold=0.0)
    case.categorical("js_0_at_threshold0", labels, labels, method="jensenshannon", threshold=0.0)
    case.numeric("z_constant_same", np.full(n, 3.0), np.full(n, 3.0))
    case.numeric("d2_all_shifted", np.zeros(n), np.ones(n), scale=1)
    return case


def share_case(name, drifting, total, drift_share):
    n = 300
    case = DatasetCase(name, n, n, drift_share=drift_share, note=f"{drifting} of {total} columns shifted")
    for i in range(total):
        shift = 1.0 if i < drifting else 0.0
        case.numeric(f"c{i}", rng.normal(size=n), rng.normal(shift, size=n))
    return case


def inf_without_nan_case():
    n_ref, n_cur = 1200, 1200
    ref = rng.normal(size=n_ref)
    ref[:3] = np.inf
    case = DatasetCase(
        "inf_without_nan", n_ref, n_cur,
        note="DriftedColumnsCount keeps ±inf on a side with no NaN (is_contains_nans uses isna); ValueDrift drops it",
    )
    case.numeric("ref_inf_no_nan", ref, rng.normal(0.5, size=n_cur))
    case.numeric("clean_same", rng.normal(size=n_ref), rng.normal(size=n_cur))
    return case


def main():
    cases = [
        default_choice_case("defaults_n1000", 1000, 900),
        default_choice_case("defaults_n1001", 1001, 900),
        default_choice_case("defaults_n120", 120, 95),
        chosen_methods_case(),
        edges_case(),
        share_case("share_exactly_half", 2, 4, 0.5),
        share_case("share_below_half", 1, 4, 0.5),
        share_case("share_custom_0_25", 1, 4, 0.25),
        inf_without_nan_case(),
    ]
    out = dict(
        generator="scripts/vectors/make_drift_vectors.py",
        seed=SEED,
        evidently=evidently.__version__,
        pandas=pd.__version__,
        numpy=np.__version__,
        datasets=[c.run() for c in cases],
    )
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
    print(f"wrote {OUT}: {os.path.getsize(OUT)} bytes")
    for d in out["datasets"]:
        print(d["name"], d["expected"])
        for c in d["columns"]:
            e = c["expected"]
            print(f"   {c['name']:28s} {e['method']:14s} {str(e['score'])[:12]:12s} thr={e['threshold']} drift={e['drift']}")


if __name__ == "__main__":
    main()
