#!/usr/bin/env python3
"""Writes Tests/ModelingTests/Vectors/gbdt.json: scikit-learn's HistGradientBoosting* raw scores.

Three kinds of case:

* "binning" cases: one column each and the thresholds scikit-learn's `_BinMapper(n_bins=max_bins+1)`
  learns from it (midpoints below max_bins distinct values, 'averaged_inverted_cdf' percentiles
  above, ties, missing values).
* "exact" cases: small seeded datasets (200-2,000 rows, 2-5 features) whose every feature has
  fewer distinct values than max_bins=255, so scikit-learn and `GradientBoostedTrees` bin them the
  same way (midpoints between distinct values). Each case fits HistGradientBoostingClassifier or
  HistGradientBoostingRegressor with early_stopping=False, max_leaf_nodes=None, max_bins=255, no
  categorical features, and records the baseline prediction (`_baseline_prediction`) and the raw
  scores (`decision_function` / `predict`) on the training rows and on held-out rows. Held-out rows
  include values between and beyond the training values, and NaN. Two datasets have NaN in the
  training rows too. Inputs are stored explicitly; NaN is written as null.
* the "agreement" case: 20,000 training and 5,000 held-out rows of 10 continuous features (all
  values distinct, so binning uses quantiles), 100 trees. Its rows come from splitmix64 and only
  +, -, * on doubles, so the Swift test rebuilds them bit for bit instead of reading 250,000
  numbers; the file records the generator's parameters and scikit-learn's held-out ROC AUC.

Usage (from the package root):
    python3 -m venv .venv && .venv/bin/pip install -r scripts/vectors/requirements-modeling.txt
    .venv/bin/python scripts/vectors/make_gbdt_vectors.py
"""

import itertools
import json
import os

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.ensemble._hist_gradient_boosting.binning import _BinMapper

SEED = 20250301
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ModelingTests", "Vectors", "gbdt.json")
rng = np.random.default_rng(SEED)
MASK = (1 << 64) - 1


def floats_or_null(a):
    return [None if np.isnan(x) else float(x) for x in np.asarray(a, dtype=float).ravel()]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def held_out(X, extra):
    """Rows a model has not seen: random training rows, then `extra` hand-made rows."""
    picked = X[rng.integers(0, X.shape[0], 12)]
    return np.vstack([picked, np.asarray(extra, dtype=float)])


def dataset_classification_grid():
    n = 800
    x0 = rng.integers(0, 40, n).astype(float)
    x1 = np.clip(np.round(rng.normal(0, 1, n), 1), -3, 3)
    x2 = rng.integers(-2, 3, n).astype(float)
    y = (rng.random(n) < sigmoid(0.15 * x0 - 3 + 1.2 * x1 + 0.5 * x2 * (x1 > 0))).astype(float)
    X = np.column_stack([x0, x1, x2])
    extra = [[0.5, 0.05, 0.5], [-1, -4, -3], [45, 3.5, 3], [19.5, 0.0, 0], [np.nan, 0.3, 1], [10, np.nan, np.nan],
             [np.nan, np.nan, np.nan], [39, -0.25, -1.5]]
    return "classification grid (800 × 3)", X, y, held_out(X, extra)


def dataset_classification_wide():
    n = 1500
    X = np.column_stack([rng.integers(0, 200, n) / 8.0 for _ in range(5)])
    z = 0.4 * X[:, 0] - 0.3 * X[:, 1] + np.where(X[:, 2] > 12, 1.5, -1.0) + 0.05 * X[:, 3] * (X[:, 4] > 10) - 2.0
    y = (rng.random(n) < sigmoid(z)).astype(float)
    extra = [[0.0625, 24.9, 12.0625, -1, 100], [np.nan, 3, 3, 3, 3], [12.5, 12.5, np.nan, 12.5, 12.5],
             [30, -5, 12, 7.3, np.nan]]
    return "classification wide (1500 × 5)", X, y, held_out(X, extra)


def dataset_regression_grid():
    n = 600
    x0 = rng.integers(0, 100, n) / 10.0
    x1 = np.round(rng.uniform(-1, 1, n), 2)
    x2 = rng.integers(0, 3, n).astype(float)
    x3 = np.clip(np.round(rng.normal(0, 1, n), 1), -3, 3)
    y = np.sin(x0) + 3 * x1 ** 2 + x2 + 0.5 * x3 * (x2 == 1) + rng.normal(0, 0.3, n)
    X = np.column_stack([x0, x1, x2, x3])
    extra = [[0.05, 0.005, 0.5, 0.05], [-2, -2, -1, -5], [12, 1.5, 4, 4], [np.nan, 0.2, 1, 0], [5, np.nan, np.nan, np.nan],
             [np.nan, np.nan, np.nan, np.nan], [9.95, -0.995, 1.5, 2.95]]
    return "regression grid (600 × 4)", X, y, held_out(X, extra)


def dataset_regression_small():
    n = 200
    x0 = rng.integers(0, 25, n).astype(float)
    x1 = np.round(rng.uniform(0, 1, n), 1)
    y = 10 * (x0 > 12) + 4 * x1 + 0.2 * x0 + rng.normal(0, 1, n)
    X = np.column_stack([x0, x1])
    extra = [[12.5, 0.55], [-3, 2], [30, -1], [np.nan, 0.5], [3, np.nan]]
    return "regression small (200 × 2)", X, y, held_out(X, extra)


def dataset_classification_missing():
    n = 1000
    x0 = rng.integers(0, 60, n) / 4.0
    x1 = np.round(rng.normal(0, 2, n), 1)
    x2 = rng.integers(0, 4, n).astype(float)
    z = 0.3 * x0 - 2 + 0.6 * x1 - 0.5 * x2
    missing1 = rng.random(n) < 0.15
    z = np.where(missing1, z + 2.5, z)  # missingness carries signal
    y = (rng.random(n) < sigmoid(z)).astype(float)
    x1 = np.where(missing1, np.nan, x1)
    x0 = np.where(rng.random(n) < 0.05, np.nan, x0)
    X = np.column_stack([x0, x1, x2])
    extra = [[np.nan, np.nan, np.nan], [7.125, np.nan, 1.5], [np.nan, 0.05, 5], [-1, 9, -1]]
    return "classification with missing values (1000 × 3)", X, y, held_out(X, extra)


def dataset_regression_missing():
    n = 700
    x0 = rng.integers(0, 50, n) / 5.0
    x1 = rng.integers(0, 5, n).astype(float)
    y = np.cos(x0) * 2 + x1 + rng.normal(0, 0.4, n)
    missing0 = rng.random(n) < 0.2
    y = np.where(missing0, y - 3, y)
    x0 = np.where(missing0, np.nan, x0)
    X = np.column_stack([x0, x1])
    extra = [[np.nan, 2], [np.nan, np.nan], [4.1, np.nan], [11, 5]]
    return "regression with missing values (700 × 2)", X, y, held_out(X, extra)


def binning_cases():
    columns = [
        ("continuous, all distinct, 255 bins", rng.normal(0, 1, 1500), 255),
        ("two decimals with heavy ties, 255 bins", np.round(rng.normal(0, 1, 2000), 2), 255),
        ("skewed integers, 255 bins", np.floor(rng.exponential(150, 2000)), 255),
        ("continuous, 16 bins", rng.uniform(-5, 5, 600), 16),
        ("quarters 0-75, 100 bins", rng.integers(0, 300, 1500) / 4.0, 100),
        ("one decimal with missing values, 255 bins", np.where(rng.random(800) < 0.1, np.nan, np.round(rng.normal(0, 1, 800), 1)), 255),
        ("a single value", np.full(50, 2.5), 255),
    ]
    cases = []
    for name, values, max_bins in columns:
        mapper = _BinMapper(n_bins=max_bins + 1).fit(values.reshape(-1, 1))
        cases.append({"name": name, "values": floats_or_null(values), "maxBins": max_bins,
                      "thresholds": [float(t) for t in mapper.bin_thresholds_[0]]})
    return cases


def fit(objective, X, y, max_iter, learning_rate, max_depth, min_samples_leaf, l2):
    settings = dict(
        max_iter=max_iter, learning_rate=learning_rate, max_depth=max_depth, max_leaf_nodes=None,
        min_samples_leaf=min_samples_leaf, l2_regularization=l2, max_bins=255, early_stopping=False,
        categorical_features=None, random_state=0)
    if objective == "binaryLogLoss":
        model = HistGradientBoostingClassifier(loss="log_loss", **settings).fit(X, y)
        return model, model.decision_function
    model = HistGradientBoostingRegressor(loss="squared_error", **settings).fit(X, y)
    return model, model.predict


def exact_cases(datasets):
    by_objective = {
        "binaryLogLoss": [0, 1],
        "squaredError": [2, 3],
    }
    cases = []
    for objective, dataset_indices in by_objective.items():
        # max_iter × max_depth in full; learning rate and λ in all four pairs across the grid.
        for index, (max_iter, max_depth) in enumerate(itertools.product([1, 3, 20], [1, 2, 3])):
            pairs = [(0.1, 0.0), (0.3, 1.0)] if index % 2 == 0 else [(0.1, 1.0), (0.3, 0.0)]
            for pair_index, (learning_rate, l2) in enumerate(pairs):
                dataset = dataset_indices[(index + pair_index) % 2]
                min_samples_leaf = [20, 5, 1][(index + pair_index) % 3]
                cases.append((objective, dataset, max_iter, learning_rate, max_depth, min_samples_leaf, l2))
    cases.append(("binaryLogLoss", 4, 20, 0.3, 3, 10, 0.0))
    cases.append(("binaryLogLoss", 4, 3, 0.1, 2, 20, 1.0))
    cases.append(("squaredError", 5, 20, 0.1, 3, 5, 1.0))
    cases.append(("squaredError", 5, 3, 0.3, 1, 20, 0.0))
    out = []
    for objective, dataset, max_iter, learning_rate, max_depth, min_samples_leaf, l2 in cases:
        _, X, y, X_held = datasets[dataset]
        model, raw = fit(objective, X, y, max_iter, learning_rate, max_depth, min_samples_leaf, l2)
        assert model.n_iter_ == max_iter
        out.append({
            "name": f"{objective} on {datasets[dataset][0]}: iterations {max_iter}, learning rate {learning_rate}, "
                    f"depth {max_depth}, min leaf {min_samples_leaf}, l2 {l2}",
            "dataset": dataset, "objective": objective, "maxIter": max_iter, "learningRate": learning_rate,
            "maxDepth": max_depth, "minSamplesLeaf": min_samples_leaf, "l2": l2,
            "baseline": float(np.ravel(model._baseline_prediction)[0]),
            "trainingRaw": [float(v) for v in raw(X)],
            "heldOutRaw": [float(v) for v in raw(X_held)],
        })
    return out


class SplitMix64:
    """splitmix64 (Steele, Lea & Flood 2014): the same integers as `SplitMix64` in the Swift tests."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        """A double in [0, 1): the top 53 bits times 2⁻⁵³ (exact)."""
        return (self.next() >> 11) * (1.0 / 9007199254740992.0)


def agreement_rows(seed, count, columns):
    """Rows of `columns` features in [-1, 1) and a 0/1 label; only exact IEEE +, -, * and comparisons.

    The Swift test evaluates the same expressions in the same order, so both get identical bits.
    """
    generator = SplitMix64(seed)
    X = np.empty((count, columns))
    y = np.empty(count)
    for row in range(count):
        x = [generator.uniform() * 2.0 - 1.0 for _ in range(columns)]
        noise = (generator.uniform() + generator.uniform() + generator.uniform()) - 1.5
        score = 1.5 * x[0] - x[1] + 2.0 * (x[2] * x[3]) + (0.8 if x[4] > 0.0 else -0.8) + x[5] * x[5] - 0.3
        score = score + 0.5 * x[6] - 0.25 * x[7] + 1.5 * noise
        X[row] = x
        y[row] = 1.0 if score > 0.0 else 0.0
    return X, y


def agreement_case():
    seed, train_rows, held_rows, columns = 7_654_321, 20_000, 5_000, 10
    X, y = agreement_rows(seed, train_rows + held_rows, columns)
    assert all(len(np.unique(X[:train_rows, j])) > 255 for j in range(columns))
    settings = dict(max_iter=100, learning_rate=0.1, max_depth=3, min_samples_leaf=20, l2=0.0)
    model, raw = fit("binaryLogLoss", X[:train_rows], y[:train_rows], settings["max_iter"], settings["learning_rate"],
                     settings["max_depth"], settings["min_samples_leaf"], settings["l2"])
    held_scores = raw(X[train_rows:])
    return {
        "seed": seed, "trainingRows": train_rows, "heldOutRows": held_rows, "columns": columns,
        "maxIter": settings["max_iter"], "learningRate": settings["learning_rate"], "maxDepth": settings["max_depth"],
        "minSamplesLeaf": settings["min_samples_leaf"], "l2": settings["l2"],
        "baseline": float(np.ravel(model._baseline_prediction)[0]),
        "heldOutAUC": float(metrics.roc_auc_score(y[train_rows:], held_scores)),
        "firstHeldOutRaw": [float(v) for v in held_scores[:20]],
        "firstRowsCheck": [float(v) for v in X[:2].ravel()] + [float(v) for v in y[:2]],
    }


def main():
    datasets = [
        dataset_classification_grid(), dataset_classification_wide(), dataset_regression_grid(),
        dataset_regression_small(), dataset_classification_missing(), dataset_regression_missing(),
    ]
    for name, X, _, _ in datasets:
        assert all(len(np.unique(X[~np.isnan(X[:, j]), j])) <= 255 for j in range(X.shape[1])), name
    document = {
        "generator": f"make_gbdt_vectors.py, scikit-learn {sklearn.__version__}, numpy {np.__version__}, seed {SEED}",
        "datasets": [
            {"name": name, "rows": X.shape[0], "columns": X.shape[1], "x": floats_or_null(X), "y": [float(v) for v in y],
             "heldOutRows": X_held.shape[0], "heldOutX": floats_or_null(X_held)}
            for name, X, y, X_held in datasets
        ],
        "binning": binning_cases(),
        "exact": exact_cases(datasets),
        "agreement": agreement_case(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as handle:
        json.dump(document, handle, indent=None, separators=(",", ":"), allow_nan=False)
        handle.write("\n")
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
