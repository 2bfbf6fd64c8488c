"""Times the peers on the inputs `mlops-lab-bench --write-data DIR` wrote; prints/writes JSON.

Usage: peers.py DIR [--out FILE] [--runs N]

Each workload reads the same arrays as mlops-lab (raw little-endian, described by
DIR/manifest.json), runs N times, and records every time in seconds, the median, and the values
it computed, so `compare.py` can put the two sides side by side. A peer that cannot be imported
gets a record with an `error` instead. A benchmark is never a test: nothing here fails on timing.
"""

import argparse
import importlib.metadata
import json
import os
import statistics
import sys
import time


def load(folder, spec, numpy):
    """One array of the manifest, shaped as it says."""
    values = numpy.fromfile(os.path.join(folder, spec["file"]), dtype=spec["dtype"])
    return values.reshape(spec["shape"])


def timed(runs, body):
    """Runs `body` `runs` times; returns the times in seconds and the last result."""
    seconds, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        seconds.append(time.perf_counter() - start)
    return seconds, result


def record(workload_id, peer, name, size, seconds, **results):
    entry = {"id": workload_id, "peer": peer, "name": name, "size": size, "seconds": seconds,
             "medianSeconds": statistics.median(seconds)}
    entry.update(results)
    return entry


def failed(workload_id, peer, error):
    return {"id": workload_id, "peer": peer, "error": f"{type(error).__name__}: {error}"}


def ks_scipy(folder, manifest, runs, np):
    from scipy import stats

    reference = load(folder, manifest["ks"]["reference"], np)
    current = load(folder, manifest["ks"]["current"], np)
    seconds, result = timed(runs, lambda: stats.ks_2samp(reference, current))
    return record("ks", "scipy.stats.ks_2samp", "KS test", "1M vs 1M", seconds,
                  values={"statistic": float(result.statistic), "pValue": float(result.pvalue)})


def drift_scipy_loop(folder, manifest, runs, np):
    """Evidently 0.7's numeric rule for more than 1,000 reference rows, written out with scipy:
    Wasserstein distance / max(std(reference), 0.001), drift when >= 0.1
    (evidently/legacy/calculations/stattests/wasserstein_distance_norm.py)."""
    from scipy import stats

    reference = load(folder, manifest["drift"]["reference"], np)
    current = load(folder, manifest["drift"]["current"], np)

    def report():
        scores = []
        for column in range(reference.shape[0]):
            norm = max(float(np.std(reference[column])), 0.001)
            scores.append(float(stats.wasserstein_distance(reference[column], current[column])) / norm)
        return scores

    seconds, scores = timed(runs, report)
    verdicts = [score >= 0.1 for score in scores]
    return record("drift", "scipy loop (wasserstein_distance / np.std)", "drift report, 20 numeric columns",
                  "1M vs 1M", seconds, scores=scores, verdicts=verdicts,
                  values={"datasetDrift": 1.0 if sum(verdicts) >= 0.5 * len(verdicts) else 0.0})


def drift_evidently(folder, manifest, runs, np):
    """Evidently's DataDriftPreset on the first `evidentlyRows` rows of each column (measured,
    not extrapolated; mlops-lab's row of the same size is timed on the same rows)."""
    import pandas
    from evidently import Report
    from evidently.presets import DataDriftPreset

    rows = manifest["drift"]["evidentlyRows"]
    names = manifest["drift"]["columns"]
    reference = load(folder, manifest["drift"]["reference"], np)[:, :rows]
    current = load(folder, manifest["drift"]["current"], np)[:, :rows]
    reference_frame = pandas.DataFrame({name: reference[index] for index, name in enumerate(names)})
    current_frame = pandas.DataFrame({name: current[index] for index, name in enumerate(names)})

    def report():
        return Report([DataDriftPreset()]).run(current_data=current_frame, reference_data=reference_frame)

    seconds, snapshot = timed(runs, report)
    by_column, threshold, dataset_drift = {}, {}, None
    for metric in snapshot.dict()["metrics"]:
        config = metric["config"]
        if config["type"].endswith(":ValueDrift"):
            by_column[config["column"]] = float(metric["value"])
            threshold[config["column"]] = float(config["threshold"])
        elif config["type"].endswith(":DriftedColumnsCount"):
            dataset_drift = metric["value"]["share"] >= config["drift_share"]
    scores = [by_column[name] for name in names]
    verdicts = [by_column[name] >= threshold[name] for name in names]
    size = f"{rows // 1000}k vs {rows // 1000}k"
    return record("drift-100k", "Evidently DataDriftPreset", "drift report, 20 numeric columns", size, seconds,
                  scores=scores, verdicts=verdicts, values={"datasetDrift": 1.0 if dataset_drift else 0.0},
                  note=f"measured on the first {rows:,} rows of each column, not extrapolated")


def logistic_sklearn(folder, manifest, runs, np):
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    features = load(folder, manifest["logistic"]["features"], np)
    labels = load(folder, manifest["logistic"]["labels"], np)

    def fit():
        model = LogisticRegression(solver="lbfgs", C=manifest["logistic"]["C"]).fit(features, labels)
        return model, roc_auc_score(labels, model.predict_proba(features)[:, 1])

    seconds, (model, auc) = timed(runs, fit)
    return record("logistic", "scikit-learn LogisticRegression(lbfgs, C=1)", "logistic regression fit + AUC",
                  "200k × 20", seconds, values={"auc": float(auc), "intercept": float(model.intercept_[0])})


def gbdt_sklearn(folder, manifest, runs, np):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score

    features = load(folder, manifest["logistic"]["features"], np)
    labels = load(folder, manifest["logistic"]["labels"], np)

    def fit():
        model = HistGradientBoostingClassifier(
            max_iter=100, learning_rate=0.1, max_depth=3, max_leaf_nodes=None, min_samples_leaf=20,
            l2_regularization=0.0, max_bins=255, early_stopping=False).fit(features, labels)
        return roc_auc_score(labels, model.predict_proba(features)[:, 1])

    seconds, auc = timed(runs, fit)
    return record("gbdt", "scikit-learn HistGradientBoostingClassifier(100 trees, depth 3)",
                  "gradient-boosted trees fit + AUC", "200k × 20, 100 trees", seconds, values={"auc": float(auc)})


def fsrs_replay(folder, manifest, runs, np):
    """py-fsrs replaying the same reviews: every card from new, each review at its planned time
    and grade, no fuzzing, mlops-lab's steps and retention. Checksum: sum of final stabilities."""
    from datetime import datetime, timedelta, timezone

    import fsrs

    spec = manifest["fsrs"]
    grades = load(folder, spec["grades"], np)
    times = load(folder, spec["times"], np)
    scheduler = fsrs.Scheduler(
        parameters=tuple(spec["weights"]), desired_retention=spec["desiredRetention"],
        learning_steps=tuple(timedelta(seconds=s) for s in spec["learningSteps"]),
        relearning_steps=tuple(timedelta(seconds=s) for s in spec["relearningSteps"]),
        maximum_interval=spec["maximumInterval"], enable_fuzzing=False)
    # Inputs converted to the library's types before timing, as mlops-lab's are made before its timing.
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    ratings = [[fsrs.Rating(int(grade)) for grade in row] for row in grades]
    moments = [[epoch + timedelta(seconds=int(seconds)) for seconds in row] for row in times]

    def replay():
        checksum = 0.0
        for card_index in range(len(ratings)):
            card = fsrs.Card(card_id=card_index, due=epoch)
            for rating, moment in zip(ratings[card_index], moments[card_index]):
                card, _ = scheduler.review_card(card, rating, review_datetime=moment)
            checksum += card.stability
        return checksum

    seconds, checksum = timed(runs, replay)
    return record("fsrs", "fsrs (py-fsrs) Scheduler.review_card", "FSRS scheduling", "1M reviews", seconds,
                  values={"stabilityChecksum": checksum})


def version(package):
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="the folder mlops-lab-bench --write-data wrote")
    parser.add_argument("--out", help="write the JSON here instead of standard output")
    parser.add_argument("--runs", type=int, default=3, help="runs of each workload (median reported)")
    arguments = parser.parse_args()
    with open(os.path.join(arguments.data, "manifest.json")) as file:
        manifest = json.load(file)

    workloads = []
    try:
        import numpy
    except ImportError as error:
        numpy = None
        workloads.append(failed("all", "numpy", error))
    peers = [("ks", "scipy", ks_scipy), ("drift", "scipy", drift_scipy_loop),
             ("drift-100k", "evidently", drift_evidently), ("logistic", "scikit-learn", logistic_sklearn),
             ("gbdt", "scikit-learn", gbdt_sklearn),
             ("fsrs", "fsrs", fsrs_replay)]
    for workload_id, package, run in peers if numpy is not None else []:
        print(f"peers: {workload_id} ({package}) …", file=sys.stderr, flush=True)
        try:
            workloads.append(run(arguments.data, manifest, arguments.runs, numpy))
        except ImportError as error:
            workloads.append(failed(workload_id, package, error))
        except Exception as error:  # a peer that breaks leaves its row saying so; the others still run
            workloads.append(failed(workload_id, package, error))

    document = {
        "tool": "peers", "python": sys.version.split()[0], "cores": os.cpu_count(),
        "versions": {name: version(name) for name in
                     ("numpy", "scipy", "scikit-learn", "pandas", "evidently", "fsrs")},
        "workloads": workloads,
    }
    text = json.dumps(document, indent=2, sort_keys=True)
    if arguments.out:
        with open(arguments.out, "w") as file:
            file.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
