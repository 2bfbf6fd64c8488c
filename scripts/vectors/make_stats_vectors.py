#!/usr/bin/env python3
"""Writes Tests/StatsTests/Vectors/stats.json: reference values for the Swift `Stats` target.

Every input is generated from a seeded numpy Generator and stored explicitly in the file, so the
Swift tests need no Python. References come from scipy/numpy where those libraries define the
behaviour (ks_2samp, kstwo, smirnov, ndtr, ndtri, gammainc, chisquare, wasserstein_distance,
jensenshannon, histogram_bin_edges, histogram, quantile, var). Where the reference tool is not
installed here (statsmodels' multipletests, Evidently's PSI zero fill and z test) the script
carries a short numpy transcription of that tool's documented algorithm, named at each use.

Large samples are stored as integers with a scale (value = int / scale, divided in float64 on
both sides) to keep the file small; the division is correctly rounded in numpy and in Swift, so
both sides see the same doubles.

Usage: python3 scripts/vectors/make_stats_vectors.py   (from the package root; scipy >= 1.17)
"""

import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance
# Private scipy helper (present in 1.17): the exact-p-value routine ks_2samp uses, called directly so the
# vectors can cover sizes too large to store as data.
from scipy.stats._stats_py import _attempt_exact_2kssamp

SEED = 20240611
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatsTests", "Vectors", "stats.json")

rng = np.random.default_rng(SEED)
MASK64 = (1 << 64) - 1


def num(x):
    """A JSON-safe float: non-finite values become strings the Swift side decodes."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def nums(xs):
    return [num(x) for x in xs]


# ---------------------------------------------------------------- samples
samples = {}


def scaled_sample(name, ints, scale):
    """Registers a sample stored as integers; returns the float64 values both sides will use."""
    ints = np.asarray(ints, dtype=np.int64)
    samples[name] = {"scale": scale, "ints": [int(i) for i in ints]}
    return ints.astype(np.float64) / float(scale)


def normal_ints(n, loc, scale_sd, scale):
    return np.round(rng.normal(loc, scale_sd, n) * scale).astype(np.int64)


def sample(name):
    entry = samples[name]
    return np.asarray(entry["ints"], dtype=np.float64) / float(entry["scale"])


# Large samples (shared by several sections).
scaled_sample("n10000", normal_ints(10000, 0.0, 1.0, 100), 100)
scaled_sample("n10000shift", normal_ints(10000, 0.05, 1.0, 100), 100)
scaled_sample("n9999shift", normal_ints(9999, 0.03, 1.0, 100), 100)
scaled_sample("n10001", normal_ints(10001, 0.0, 1.0, 100), 100)
scaled_sample("n10001shift", normal_ints(10001, 0.1, 1.0, 100), 100)
scaled_sample("n12000drift", normal_ints(12000, 0.35, 1.1, 100), 100)
scaled_sample("few11000", rng.integers(0, 10, 11000), 1)
scaled_sample("few10500", rng.integers(0, 9, 10500), 1)
# Moderate and small samples.
scaled_sample("n3000", normal_ints(3000, 0.0, 1.0, 1000), 1000)
scaled_sample("n2000shift", normal_ints(2000, 0.08, 1.0, 1000), 1000)
scaled_sample("n400", normal_ints(400, 0.0, 1.0, 1000), 1000)
scaled_sample("n600shift", normal_ints(600, 0.2, 1.3, 1000), 1000)
scaled_sample("n50", normal_ints(50, 0.0, 1.0, 10000), 10000)
scaled_sample("n50shift", normal_ints(50, 0.6, 1.0, 10000), 10000)
scaled_sample("n7", normal_ints(7, 0.0, 1.0, 10000), 10000)
scaled_sample("n5", normal_ints(5, 0.5, 1.0, 10000), 10000)
scaled_sample("n20", normal_ints(20, 0.0, 1.0, 10000), 10000)
scaled_sample("n3", normal_ints(3, 1.0, 1.0, 10000), 10000)
scaled_sample("n1", [4200], 10000)
scaled_sample("ties200", rng.integers(0, 6, 200), 1)
scaled_sample("ties300", rng.integers(1, 7, 300), 1)
scaled_sample("low100", rng.integers(0, 1000, 100), 1000)
scaled_sample("high100", rng.integers(2000, 3000, 100), 1000)
scaled_sample("low1000", rng.integers(0, 100000, 1000), 1000)
scaled_sample("high1200", rng.integers(200000, 300000, 1200), 1000)
scaled_sample("const40", [7] * 40, 1)
scaled_sample("const60", [7] * 60, 1)
scaled_sample("uniform1024", rng.integers(-5000, 5000, 1024), 1000)
scaled_sample("uniform4096", rng.integers(0, 70000, 4096), 7)
scaled_sample("pair2", [1, 3], 10)
scaled_sample("tenths8", rng.integers(1, 8, 8), 10)
scaled_sample("expo777", np.round(rng.exponential(3.0, 777) * 1000).astype(np.int64), 1000)
scaled_sample("expo555", np.round(rng.exponential(2.5, 555) * 1000).astype(np.int64), 1000)
scaled_sample("neg33", rng.integers(-10**9, -10**8, 33), 3)
# D = 1/5 with n1 = n2 = 5: scipy's exact sum rounds to 1.0000000000000002 and it falls back to 'asymp'.
scaled_sample("five_a", [10, 20, 30, 40, 50], 10)
scaled_sample("five_b", [15, 25, 35, 45, 55], 10)
scaled_sample("cats30", rng.integers(0, 4, 30), 1)
scaled_sample("cats45", rng.integers(1, 6, 45), 1)


# ---------------------------------------------------------------- random (xoshiro256** reference)
def splitmix_next(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK64
    return state, splitmix_mix(state)


def splitmix_mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def fnv1a64(name):
    h = 0xCBF29CE484222325
    for byte in name.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & MASK64
    return h


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK64


class Xoshiro:
    def __init__(self, key):
        self.key = key
        state = key
        self.s = []
        for _ in range(4):
            state, out = splitmix_next(state)
            self.s.append(out)

    def split(self, name):
        name_key = splitmix_mix((fnv1a64(name) + 0x9E3779B97F4A7C15) & MASK64)
        return Xoshiro(splitmix_mix(self.key ^ name_key))

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK64, 7) * 9) & MASK64
        t = (s[1] << 17) & MASK64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result


assert splitmix_next(0)[1] == 0xE220A8397B1DCDAF  # Vigna's splitmix64.c, seed 0
random_cases = []
for seed, stream in [(0, None), (1, None), (42, None), (2**64 - 1, None), (42, "traffic"),
                     (42, "latency"), (7, ""), (7, "drift/feature-3")]:
    g = Xoshiro(seed) if stream is None else Xoshiro(seed).split(stream)
    outputs = [g.next() for _ in range(6)]
    uniforms = [(g.next() >> 11) * 2.0**-53 for _ in range(3)]
    random_cases.append({"seed": f"{seed:016x}", "stream": stream,
                         "outputs": [f"{o:016x}" for o in outputs], "uniforms": uniforms})


# ---------------------------------------------------------------- KS two-sample (end to end)
ks_pairs = [
    ("n5", "n7"), ("n7", "n5"), ("n50", "n50shift"), ("ties200", "ties300"), ("n3000", "n2000shift"),
    ("n400", "n400"), ("const40", "const60"), ("low100", "high100"), ("low1000", "high1200"),
    ("n10000", "n10000shift"), ("n10000", "n9999shift"), ("n10000", "n10001"),
    ("n10001", "n10001shift"), ("n20", "n10001"), ("n3", "n10001shift"), ("n1", "n10001"),
    ("n12000drift", "n10001"), ("few11000", "few10500"), ("n1", "n1"), ("n1", "n5"),
    ("n400", "n600shift"), ("expo777", "expo555"), ("n50", "n20"), ("five_a", "five_b"),
]
ks_cases = []
for a_name, b_name in ks_pairs:
    a, b = sample(a_name), sample(b_name)
    r = stats.ks_2samp(a, b)
    method = "asymptotic"
    if max(len(a), len(b)) <= 10000:
        g = math.gcd(len(a), len(b))
        exact_ok = _attempt_exact_2kssamp(len(a), len(b), g, float(r.statistic), "two-sided")[0]
        method = "exact" if exact_ok else "asymptoticAfterExactFailure"
    ks_cases.append({"a": a_name, "b": b_name, "statistic": num(r.statistic), "pvalue": num(r.pvalue),
                     "method": method})

# Exact p-values straight from scipy's exact routine, for sizes too large to store as data.
ks_exact = []
exact_grid = [(10000, 10000, [0.005, 0.012, 0.02, 0.04, 0.1]), (9999, 10000, [0.008, 0.015, 0.03]),
              (5000, 7000, [0.01, 0.02, 0.05]), (100, 100, [0.01, 0.1, 0.3, 0.9, 1.0]),
              (1, 1, [1.0]), (3, 2, [0.5, 1.0]), (2000, 3000, [0.03, 0.2, 0.6]),
              (37, 91, [0.1, 0.25, 0.5]), (640, 480, [0.04, 0.08, 0.5]),
              (1000, 1000, [0.05, 0.5, 0.999]), (7, 10000, [0.3, 0.6]), (5, 5, [0.2]),
              (30, 30, [1 / 30])]
# Every lattice value of D for small unequal sizes exercises each window shape of the band recursion.
for n1, n2 in [(3, 7), (10, 15), (6, 4), (20, 30), (13, 1), (2, 9), (12, 12)]:
    lcm = n1 * n2 // math.gcd(n1, n2)
    exact_grid.append((n1, n2, [h / lcm for h in range(0, lcm + 1)]))
for n1, n2, ds in exact_grid:
    for d in ds:
        g = math.gcd(n1, n2)
        success, d_used, prob = _attempt_exact_2kssamp(n1, n2, g, d, "two-sided")
        ks_exact.append({"n1": n1, "n2": n2, "d": d, "success": bool(success), "statistic": num(d_used),
                         "pvalue": num(prob)})

# ---------------------------------------------------------------- kstwo / smirnov
kstwo_cases = []
for n in [1, 2, 3, 5, 10, 37, 100, 140, 141, 200, 1000, 5000, 20000, 100000, 100001, 500000,
          1000001, 2500000]:
    xs = set()
    for nxsq in [0.05, 0.2, 0.5, 0.754, 0.76, 1.0, 1.5, 2.19, 2.21, 3.0, 3.99, 4.01, 8.0, 18.0,
                 40.0, 120.0, 369.0, 371.0]:
        x = math.sqrt(nxsq / n)
        if x < 1:
            xs.add(x)
    for t in [0.3, 0.5, 0.75, 1.0]:
        xs.add(t / n)
    xs.update([0.5, 0.55, 0.9, 1 - 1.0 / n if n > 1 else 0.99, 0.999])
    for x in sorted(xs):
        if not (0 <= x <= 1):
            continue
        kstwo_cases.append({"n": n, "x": x, "sf": num(stats.kstwo.sf(x, n)), "cdf": num(stats.kstwo.cdf(x, n))})

smirnov_cases = []
for n in [1, 2, 5, 10, 50, 140, 1000, 30000, 200000, 1000000, 1500000]:
    for x in [0.0, 0.5 / n, 1.0 / n, 1.5 / n, 0.01, 0.05, math.sqrt(2.5 / n), math.sqrt(10.0 / n),
              math.sqrt(100.0 / n), 0.3, 0.5, 0.8, 1 - 1.0 / n, 1.0]:
        if 0 <= x <= 1:
            smirnov_cases.append({"n": n, "x": x, "sf": num(special.smirnov(n, x))})

# ---------------------------------------------------------------- special functions
normal_cases = [{"x": x, "cdf": num(special.ndtr(x)), "sf": num(stats.norm.sf(x))}
                for x in [-38.0, -20.0, -8.3, -5.0, -1.96, -1.0, -0.7071067811865476, -0.5, -1e-8, 0.0,
                          0.3, 0.7071067811865476, 0.8, 1.0, 1.6448536269514722, 3.0, 5.0, 8.3, 9.0, 20.0]]
quantile_probabilities = [1e-300, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.075, 0.2, 0.3, 0.5,
                          0.7, 0.8, 0.925, 0.95, 0.975, 0.999, 1 - 1e-10, 1 - 1e-16]
normal_quantile_cases = [{"p": p, "x": num(special.ndtri(p))} for p in quantile_probabilities]
gamma_cases = []
for a in [0.5, 1.0, 1.5, 2.0, 4.5, 10.0, 49.5, 100.0, 250.0, 1000.0]:
    for x in [1e-3, 0.1, 0.5 * a, 0.9 * a, a, a + 1, 1.3 * a + 2, 3 * a + 10, 10 * a + 50]:
        gamma_cases.append({"a": a, "x": x, "p": num(special.gammainc(a, x)), "q": num(special.gammaincc(a, x))})
chi2_cases = [{"df": df, "x": x, "sf": num(stats.chi2.sf(x, df))}
              for df in [1, 2, 3, 4, 9, 30, 99, 499]
              for x in [0.0, 0.01, 0.5, 1.0, df * 0.7, float(df), df * 1.5 + 3, df * 4 + 30, df * 10 + 600]]
chi2_cases += [{"df": 3, "x": "inf", "sf": 0.0}, {"df": 0, "x": 1.0, "sf": num(special.chdtrc(0, 1.0))}]
lgamma_cases = [{"x": x, "value": num(special.gammaln(x))} for x in [0.1, 0.5, 1.0, 1.5, 2.0, 10.0, 100.5, 1e5]]

# ---------------------------------------------------------------- chi-square goodness of fit
chisquare_cases = []


def evidently_expected(ref_counts, cur_total):
    ref_counts = np.asarray(ref_counts, dtype=np.float64)
    return ref_counts * cur_total / ref_counts.sum()


for ref, cur in [([30, 25, 45], [28, 30, 42]), ([10, 10, 10, 10], [40, 0, 0, 0]),
                 ([120, 300, 80, 500, 0], [100, 310, 90, 490, 10]), ([5, 7, 9], [500, 700, 900]),
                 ([1000, 1000, 1000], [3000, 10, 10]), ([17, 3, 60, 21, 44, 5], [14, 9, 52, 30, 41, 3])]:
    expected = evidently_expected(ref, float(np.sum(cur)))
    with np.errstate(divide="ignore", invalid="ignore"):
        r = stats.chisquare(np.asarray(cur, dtype=np.float64), expected)
    chisquare_cases.append({"observed": nums(cur), "expected": nums(expected), "statistic": num(r.statistic),
                            "pvalue": num(r.pvalue)})

# ---------------------------------------------------------------- z test (Evidently z_stattest transcription)
ztest_cases = []
for s1, n1, s2, n2 in [(30, 100, 45, 100), (500, 1000, 520, 1000), (0, 50, 10, 60), (50, 50, 50, 50),
                       (1, 1000, 400, 1000), (7, 13, 3, 29), (200, 400, 201, 400)]:
    p1, p2 = s1 / n1, s2 / n2
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    if pooled * (1 - pooled) == 0:
        z, p = 0.0, 1.0
    else:
        z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
        p = 2 * (1 - stats.norm.cdf(np.abs(z)))
    ztest_cases.append({"s1": s1, "n1": n1, "s2": s2, "n2": n2, "z": num(z), "pvalue": num(p)})


# ---------------------------------------------------------------- multiple testing (statsmodels transcription)
def multipletests(pvals, method, alpha=0.05):
    """statsmodels.stats.multitest.multipletests for 'bonferroni' and 'fdr_bh' (is_sorted=False)."""
    pvals = np.asarray(pvals, dtype=np.float64)
    n = len(pvals)
    if method == "bonferroni":
        reject = pvals <= alpha / float(n)
        corrected = pvals * float(n)
        corrected[corrected > 1] = 1
        return reject, corrected
    order = np.argsort(pvals)
    sorted_p = pvals[order]
    ecdffactor = np.arange(1, n + 1) / float(n)
    reject = sorted_p <= ecdffactor * alpha
    if reject.any():
        rejectmax = max(np.nonzero(reject)[0])
        reject[:rejectmax] = True
    raw = sorted_p / ecdffactor
    corrected = np.minimum.accumulate(raw[::-1])[::-1]
    corrected[corrected > 1] = 1
    out_reject = np.empty_like(reject)
    out_reject[order] = reject
    out = np.empty_like(corrected)
    out[order] = corrected
    return out_reject, out


multiple_cases = []
for ps in [[0.01, 0.04, 0.03, 0.005], [0.2, 0.5, 0.9], [0.001, 0.001, 0.02, 0.049, 0.8, 0.04],
           list(rng.uniform(0, 0.2, 12)), [0.05], [1e-10, 0.5, 0.051, 0.0125, 0.025, 0.0375]]:
    entry = {"p": nums(ps)}
    for method, key in [("bonferroni", "bonferroni"), ("fdr_bh", "benjaminiHochberg")]:
        reject, corrected = multipletests(ps, method)
        entry[key] = {"adjusted": nums(corrected), "rejected": [bool(r) for r in reject]}
    multiple_cases.append(entry)

# ---------------------------------------------------------------- A/B helpers (formula transcription)
interval_cases = []
for sc, nc, st, nt, level in [(100, 1000, 130, 1000, 0.95), (5, 40, 12, 38, 0.9), (480, 5000, 440, 5100, 0.99)]:
    pc, pt = sc / nc, st / nt
    se = math.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt)
    z = special.ndtri(1 - (1 - level) / 2)
    diff = pt - pc
    interval_cases.append({"sc": sc, "nc": nc, "st": st, "nt": nt, "level": level, "difference": diff,
                           "se": se, "lower": diff - z * se, "upper": diff + z * se})
sample_size_cases = []
for p1, p2, alpha, power in [(0.1, 0.12, 0.05, 0.8), (0.5, 0.55, 0.05, 0.9), (0.02, 0.025, 0.01, 0.8),
                             (0.3, 0.2, 0.05, 0.8)]:
    pbar = (p1 + p2) / 2
    spread = special.ndtri(1 - alpha / 2) * math.sqrt(2 * pbar * (1 - pbar)) + \
        special.ndtri(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    sample_size_cases.append({"p1": p1, "p2": p2, "alpha": alpha, "power": power,
                              "n": int(math.ceil(spread * spread / (p1 - p2) ** 2))})

# ---------------------------------------------------------------- distances
wasserstein_cases = []
for a_name, b_name in [("n5", "n7"), ("ties200", "ties300"), ("n400", "n600shift"), ("n10000", "n10001shift"),
                       ("few11000", "few10500"), ("const40", "const60"), ("n1", "n20"), ("expo777", "expo555"),
                       ("n400", "n400"), ("neg33", "n50")]:
    wasserstein_cases.append({"a": a_name, "b": b_name,
                              "distance": num(stats.wasserstein_distance(sample(a_name), sample(b_name)))})

js_cases = []
for p, q in [([0.25, 0.25, 0.5], [0.3, 0.3, 0.4]), ([1, 0, 0], [0, 0, 1]), ([0.5, 0.5, 0.0], [0.5, 0.0, 0.5]),
             ([3, 5, 2, 0], [1, 1, 1, 1]), ([0.1, 0.2, 0.7], [0.1, 0.2, 0.7]),
             (list(rng.dirichlet(np.ones(9))), list(rng.dirichlet(np.ones(9))))]:
    js_cases.append({"p": nums(p), "q": nums(q), "distance": num(distance.jensenshannon(p, q))})


def evidently_fill(shares):
    """Evidently 0.7 get_binned_data(feel_zeroes=True) zero fill, one side."""
    shares = np.array(shares, dtype=np.float64)
    smallest = min(shares[shares != 0])
    np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return shares


psi_cases = []
for ref, cur in [([0.2, 0.3, 0.5], [0.25, 0.25, 0.5]), ([0.5, 0.5, 0.0], [0.4, 0.3, 0.3]),
                 ([0.00005, 0.99995, 0.0], [0.0, 0.5, 0.5]), ([0.1] * 10, [0.05] * 10 + [0.0] * 0),
                 ([0.0, 0.00002, 0.99998], [0.3, 0.3, 0.4])]:
    if len(ref) != len(cur):
        continue
    r, c = evidently_fill(ref), evidently_fill(cur)
    psi = np.sum((r - c) * np.log(r / c))
    psi_cases.append({"reference": nums(ref), "current": nums(cur), "referenceFilled": nums(r),
                      "currentFilled": nums(c), "psi": num(psi)})

# ---------------------------------------------------------------- binning (Evidently numeric binning)
binning_cases = []
for a_name, b_name in [("n400", "n600shift"), ("const40", "const60"), ("n1", "n1"), ("pair2", "n1"),
                       ("uniform1024", "n5"), ("uniform4096", "uniform1024"), ("tenths8", "n3"),
                       ("n10000", "n10001shift"), ("few11000", "few10500"), ("expo777", "expo555"),
                       ("neg33", "neg33"), ("n3000", "n2000shift")]:
    a, b = sample(a_name), sample(b_name)
    pooled = np.concatenate([a, b])
    edges = np.histogram_bin_edges(pooled, bins="sturges")
    binning_cases.append({"a": a_name, "b": b_name, "edges": nums(edges),
                          "countsA": [int(c) for c in np.histogram(a, edges)[0]],
                          "countsB": [int(c) for c in np.histogram(b, edges)[0]]})
single_edges = [{"sample": name, "edges": nums(np.histogram_bin_edges(sample(name), bins="sturges"))}
                for name in ["n1", "pair2", "uniform1024", "uniform4096", "tenths8", "const40", "neg33", "n7"]]

category_cases = []
for a_name, b_name in [("cats30", "cats45"), ("ties200", "ties300"), ("const40", "cats30")]:
    a, b = sample(a_name), sample(b_name)
    keys = np.union1d(a, b)
    category_cases.append({"a": a_name, "b": b_name, "categories": nums(keys),
                           "countsA": [int(np.sum(a == k)) for k in keys],
                           "countsB": [int(np.sum(b == k)) for k in keys]})

# ---------------------------------------------------------------- summaries
summary_cases = []
probabilities = [0.0, 0.01, 0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.9, 0.99, 1.0]
for name in ["n7", "n50", "ties200", "expo777", "n10000", "const40", "neg33", "n1", "pair2"]:
    x = np.sort(sample(name))
    points = [float(v) for v in [x[0] - 1, x[0], np.median(x), x[-1], x[-1] + 1, 0.0]]
    entry = {"sample": name, "mean": num(np.mean(x)), "populationVariance": num(np.var(x)),
             "populationStd": num(np.std(x)),
             "sampleVariance": num(np.var(x, ddof=1)) if len(x) > 1 else None,
             "probabilities": probabilities, "quantiles": nums(np.quantile(x, probabilities)),
             "ecdfAt": points, "ecdf": [num(np.searchsorted(x, p, side="right") / len(x)) for p in points],
             "distinct": int(len(np.unique(x)))}
    summary_cases.append(entry)

# Awkward doubles and their bit patterns: the Swift side checks its JSON reader rounds them identically.
bit_checks = [{"value": v, "bits": f"{np.float64(v).view(np.uint64):016x}"}
              for v in [0.1, 1 / 3, 0.30000000000000004, 2.2250738585072014e-308, 5e-324, 1.7976931348623157e308,
                        123456.789e-20, 0.035900000000000001, 9007199254740993.0]]

document = {
    "generator": {"script": "scripts/vectors/make_stats_vectors.py", "seed": SEED, "scipy": scipy.__version__,
                  "numpy": np.__version__, "python": sys.version.split()[0]},
    "bitChecks": bit_checks,
    "samples": samples,
    "random": random_cases,
    "ksTwoSample": ks_cases,
    "ksExact": ks_exact,
    "kstwo": kstwo_cases,
    "smirnov": smirnov_cases,
    "normal": normal_cases,
    "normalQuantile": normal_quantile_cases,
    "incompleteGamma": gamma_cases,
    "chiSquareSurvival": chi2_cases,
    "logGamma": lgamma_cases,
    "chiSquareTest": chisquare_cases,
    "zTest": ztest_cases,
    "multipleTesting": multiple_cases,
    "proportionInterval": interval_cases,
    "sampleSize": sample_size_cases,
    "wasserstein": wasserstein_cases,
    "jensenShannon": js_cases,
    "psi": psi_cases,
    "binning": binning_cases,
    "binEdges": single_edges,
    "categories": category_cases,
    "summaries": summary_cases,
}

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as handle:
    json.dump(document, handle, separators=(",", ":"), allow_nan=False)
    handle.write("\n")
print(f"wrote {os.path.normpath(OUT)}: {os.path.getsize(OUT)} bytes")
