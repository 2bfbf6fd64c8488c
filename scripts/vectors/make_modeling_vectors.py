#!/usr/bin/env python3
"""Writes Tests/ModelingTests/Vectors/modeling.json: scikit-learn reference values for `Modeling`.

Every input is generated from a seeded numpy Generator and stored explicitly in the file, so the
Swift tests need no Python. References: sklearn.metrics (roc_auc_score, average_precision_score,
log_loss, accuracy/precision/recall/f1 with zero_division=0, root_mean_squared_error,
mean_absolute_error, mean_absolute_percentage_error), LogisticRegression(solver="lbfgs",
tol=1e-10, max_iter=10000) and Ridge(alpha). CSV cases are parsed with Python's csv module
(RFC 4180 dialect: doubled quotes, quoted newlines) to give the expected field grid.

Usage (from the package root):
    python3 -m venv .venv && .venv/bin/pip install -r scripts/vectors/requirements-modeling.txt
    .venv/bin/python scripts/vectors/make_modeling_vectors.py
"""

import csv
import io
import json
import os

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.linear_model import LogisticRegression, Ridge

SEED = 20250214
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ModelingTests", "Vectors", "modeling.json")
rng = np.random.default_rng(SEED)


def floats(a):
    return [float(x) for x in np.asarray(a, dtype=float).ravel()]


def metric_case(name, labels, scores):
    labels = np.asarray(labels, dtype=float)
    scores = np.asarray(scores, dtype=float)
    predicted = (scores >= 0.5).astype(float)
    case = {
        "name": name,
        "labels": floats(labels),
        "scores": floats(scores),
        "rocAUC": float(metrics.roc_auc_score(labels, scores)),
        "averagePrecision": float(metrics.average_precision_score(labels, scores)),
        "accuracy": float(metrics.accuracy_score(labels, predicted)),
        "precision": float(metrics.precision_score(labels, predicted, zero_division=0)),
        "recall": float(metrics.recall_score(labels, predicted, zero_division=0)),
        "f1": float(metrics.f1_score(labels, predicted, zero_division=0)),
    }
    if np.all((scores >= 0) & (scores <= 1)):
        case["logLoss"] = float(metrics.log_loss(labels, scores, labels=[0, 1]))
    return case


def metric_cases():
    cases = []
    y = rng.integers(0, 2, 200)
    cases.append(metric_case("random continuous", y, rng.random(200)))
    y = rng.integers(0, 2, 300)
    cases.append(metric_case("heavy ties (scores rounded to 0.1)", y, np.round(rng.random(300), 1)))
    cases.append(metric_case("all scores equal", [0, 1, 0, 1, 1], [0.5] * 5))
    cases.append(metric_case("perfect ranking", [0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]))
    cases.append(metric_case("inverted ranking", [1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]))
    cases.append(metric_case("probabilities 0 and 1 (log loss clipping)", [0, 1, 1, 0], [0.0, 1.0, 0.0, 0.3]))
    cases.append(metric_case("nothing predicted positive (zero division)", [0, 1, 1, 0], [0.1, 0.2, 0.3, 0.4]))
    cases.append(metric_case("single positive", [0, 0, 0, 1, 0], [0.3, 0.7, 0.2, 0.7, 0.1]))
    cases.append(metric_case("scores outside [0,1] (margins)", [0, 1, 1, 0, 1, 0], [-2.5, 3.0, 0.0, 0.0, 1.5, -0.1]))
    y = (rng.random(1000) < 0.1).astype(float)
    cases.append(metric_case("imbalanced with ties", y, np.round(rng.random(1000) * 0.5 + 0.4 * y, 2)))
    return cases


def regression_cases():
    cases = []
    for name, actual, predicted in [
        ("random", rng.normal(10, 3, 50), rng.normal(10, 3, 50)),
        ("zero actual (epsilon rule)", [0.0, 1.0, -2.0, 4.0], [0.5, 1.0, -1.0, 3.0]),
        ("exact", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0]),
    ]:
        cases.append({
            "name": name, "actual": floats(actual), "predicted": floats(predicted),
            "rmse": float(metrics.root_mean_squared_error(actual, predicted)),
            "mae": float(metrics.mean_absolute_error(actual, predicted)),
            "mape": float(metrics.mean_absolute_percentage_error(actual, predicted)),
        })
    return cases


def logistic_cases():
    cases = []

    def add(name, X, y, C, class_weight):
        model = LogisticRegression(solver="lbfgs", C=C, tol=1e-10, max_iter=10000, class_weight=class_weight)
        model.fit(X, y)
        cases.append({
            "name": name, "rows": len(y), "columns": X.shape[1], "x": floats(X), "y": floats(y), "C": C,
            "classWeight": class_weight or "none", "coefficients": floats(model.coef_[0]),
            "intercept": float(model.intercept_[0]),
            "auc": float(metrics.roc_auc_score(y, model.decision_function(X))),
        })

    X = rng.normal(size=(150, 3))
    y = (X @ [1.5, -2.0, 0.5] + 0.3 + rng.normal(size=150) > 0).astype(float)
    add("non-separable C=1", X, y, 1.0, None)
    add("non-separable C=0.05", X, y, 0.05, None)
    Xs = rng.normal(size=(80, 2))
    ys = (Xs[:, 0] + Xs[:, 1] > 0).astype(float)
    add("separable C=10", Xs, ys, 10.0, None)
    Xi = rng.normal(size=(200, 4))
    yi = (Xi @ [1.0, 0.5, -1.0, 0.0] - 2.0 + rng.normal(size=200) > 0).astype(float)
    add("imbalanced balanced weights", Xi, yi, 1.0, "balanced")
    add("imbalanced uniform weights", Xi, yi, 1.0, None)
    Xo = rng.normal(5, 10, size=(120, 3))
    yo = (0.1 * Xo[:, 0] - 0.05 * Xo[:, 2] + rng.normal(size=120) > 0.5).astype(float)
    add("unscaled features C=100", Xo, yo, 100.0, None)
    return cases


def ridge_cases():
    cases = []
    for name, n, p, alpha in [("well conditioned", 100, 4, 1.0), ("strong penalty", 60, 5, 50.0), ("tiny penalty", 40, 3, 1e-6)]:
        X = rng.normal(2, 3, size=(n, p))
        y = X @ rng.normal(size=p) + 4 + rng.normal(size=n)
        model = Ridge(alpha=alpha).fit(X, y)
        cases.append({
            "name": name, "rows": n, "columns": p, "x": floats(X), "y": floats(y), "alpha": alpha,
            "coefficients": floats(model.coef_), "intercept": float(model.intercept_),
        })
    return cases


def csv_cases():
    texts = [
        ("plain", "a,b,c\n1,2,3\n4,5,6\n"),
        ("quoted comma and doubled quotes", 'name,note\n"Smith, J","said ""hi"""\nx,y\n'),
        ("quoted newline", 'id,text\n1,"line one\nline two"\n2,plain\n'),
        ("mixed CRLF and LF", "a,b\r\n1,2\n3,4\r\n"),
        ("no final newline", "a,b\n1,2"),
        ("empty fields", "a,b,c\n,,\n1,,3\n"),
        ("unicode", "ville,prix\nZürich,3\nKraków,4\n"),
        ("blank lines skipped", "a,b\n1,2\n\n3,4\n\n"),
    ]
    cases = []
    for name, text in texts:
        rows = [r for r in csv.reader(io.StringIO(text, newline=""), strict=True) if r]
        cases.append({"name": name, "text": text, "header": rows[0], "rows": rows[1:]})
    return cases


def main():
    document = {
        "generator": f"make_modeling_vectors.py, scikit-learn {sklearn.__version__}, numpy {np.__version__}, seed {SEED}",
        "metrics": metric_cases(),
        "regression": regression_cases(),
        "logistic": logistic_cases(),
        "ridge": ridge_cases(),
        "csv": csv_cases(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as handle:
        json.dump(document, handle, indent=None, separators=(",", ":"))
        handle.write("\n")
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
