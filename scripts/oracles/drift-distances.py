"""Reference values for shared/drift: Wasserstein (raw, weighted, normed), Jensen-Shannon, KL, PSI
under both binnings, Hellinger, chi-square, Z, Evidently's binning and its default-test choice.

scipy 1.10.1 / numpy 1.24 / pandas 1.5.3 are the oracle. Evidently itself is not installed here,
so its functions are re-stated below (from evidently legacy/calculations/stattests/*.py, read at
commit a4aa4c2) with the same pandas/numpy/scipy calls; the quantile PSI convention is stated in
statistics-reference.md section 2.5. Samples come from drift-oracle-samples.py (mulberry32, exact
arithmetic) so the TypeScript tests rebuild them bit for bit.
Run: /usr/bin/python3 scripts/oracles/drift-distances.py
"""
import importlib.util
import json
import os
from math import sqrt

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial import distance

assert scipy.__version__ == '1.10.1', scipy.__version__
_spec = importlib.util.spec_from_file_location(
    'drift_oracle_samples', os.path.join(os.path.dirname(__file__), 'drift-oracle-samples.py'))
_samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_samples)
finite_or_none, sample = _samples.finite_or_none, _samples.sample


# ---- Evidently's definitions (semantics of evidently legacy stattests) -------------------------
def binned(ref, cur, numerical, feel_zeroes=True):
    """utils.get_binned_data"""
    if numerical and ref.nunique() > 20:
        bins = np.histogram_bin_edges(np.asarray(pd.concat([ref, cur]).values), bins='sturges')
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
        layout = {'edges': bins.tolist()}
    else:
        keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
        rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        order = sorted(keys)
        r = np.array([rd[k] / len(ref) for k in order])
        c = np.array([cd[k] / len(cur) for k in order])
        layout = {'labels': [k if isinstance(k, str) else float(k) for k in order]}
    if feel_zeroes:
        for arr in (r, c):
            m = min(arr[arr != 0])
            np.place(arr, arr == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c, layout


def ev_psi(ref, cur, numerical):
    r, c, _ = binned(ref, cur, numerical)
    return float(np.sum((r - c) * np.log(r / c)))


def ev_kl(ref, cur, numerical):
    r, c, _ = binned(ref, cur, numerical)
    return float(stats.entropy(r, c))


def ev_js(ref, cur, numerical, base=None):
    r, c, _ = binned(ref, cur, numerical, False)
    return float(distance.jensenshannon(r, c, base))


def ev_hellinger(ref, cur, numerical):
    keys = list(set(ref.unique()) | set(cur.unique()))
    if not numerical:
        rp = (ref.value_counts() / len(ref)).to_dict()
        cp = (cur.value_counts() / len(cur)).to_dict()
        h = sum(sqrt(float(rp.get(k, 0)) * float(cp.get(k, 0))) for k in keys)
    else:
        bins = np.histogram_bin_edges(keys, bins='sturges')
        h1 = np.histogram(ref.to_numpy(), bins=bins, density=True)[0]
        h2 = np.histogram(cur.to_numpy(), bins=bins, density=True)[0]
        width = (max(bins) - min(bins)) / (len(bins) - 1)
        h = sum(sqrt(float(a) * float(b)) * width for a, b in zip(h1, h2))
    return sqrt(1 - float(np.clip(h, 0, 1)))


def ev_chisquare(ref, cur):
    keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
    rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
    cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
    k_norm = cur.shape[0] / ref.shape[0]
    f_exp = [rd[k] * k_norm for k in keys]
    f_obs = [cd[k] for k in keys]
    with np.errstate(divide='ignore', invalid='ignore'):
        res = stats.chisquare(f_obs, f_exp)
    return float(res[0]), float(res[1])


def ev_z(ref, cur):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return None, 1.0
    keys = sorted(list(set(ref.dropna().unique()) | set(cur.dropna().unique())))
    a = ref.apply(lambda x: 0 if x == keys[0] else 1)
    b = cur.apply(lambda x: 0 if x == keys[0] else 1)
    n1, n2 = len(a), len(b)
    p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
    P = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
    return float(z), float(2 * stats.norm.sf(abs(z)))


def ev_wasserstein_norm(ref, cur):
    norm = max(float(np.std(ref)), 0.001)
    return float(stats.wasserstein_distance(ref, cur) / norm)


def default_test(ref, cur, numerical):
    """registry._get_default_stattest"""
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if numerical:
            return 'ks' if n_values > 5 else ('chisquare' if n_values > 2 else 'z')
        return 'chisquare' if n_values > 2 else 'z'
    if numerical:
        return 'wasserstein' if n_values > 5 else 'jensenshannon'
    return 'jensenshannon'


def evidently_column(ref, cur, numerical, method=None, psi='evidently'):
    ref = ref.replace([-np.inf, np.inf], np.nan).dropna()
    cur = cur.replace([-np.inf, np.inf], np.nan).dropna()
    method = method or default_test(ref, cur, numerical)
    stat = None
    if method == 'ks':
        r = stats.ks_2samp(ref, cur)
        stat, score = float(r.statistic), float(r.pvalue)
        drifted = score <= 0.05
    elif method == 'chisquare':
        stat, score = ev_chisquare(ref, cur)
        drifted = score < 0.05
    elif method == 'z':
        stat, score = ev_z(ref, cur)
        drifted = score < 0.05
    else:
        score = {'wasserstein': lambda: ev_wasserstein_norm(ref, cur),
                 'jensenshannon': lambda: ev_js(ref, cur, numerical),
                 'psi': lambda: ev_psi(ref, cur, numerical) if psi == 'evidently' else psi_quantile(ref, cur, numerical),
                 'kl_div': lambda: ev_kl(ref, cur, numerical),
                 'hellinger': lambda: ev_hellinger(ref, cur, numerical)}[method]()
        stat = score
        drifted = score >= 0.1
    return {'method': method, 'score': score, 'statistic': stat, 'drifted': bool(drifted),
            'n_reference': int(len(ref)), 'n_current': int(len(cur)),
            'distinct': int(pd.concat([ref, cur]).nunique())}


# ---- statistics-reference 2.5 (1): reference-quantile PSI ------------------------------------
def quantile_edges(ref):
    u = np.unique(np.quantile(np.asarray(ref, float), np.arange(11) / 10))
    if len(u) >= 3:
        return np.concatenate([[-np.inf], u[1:-1], [np.inf]])
    if len(u) == 2:
        return np.array([-np.inf, u[1], np.inf])
    return np.array([-np.inf, u[0], np.nextafter(u[0], np.inf), np.inf])


def count_bins(values, edges):
    s = np.sort(np.asarray(values, float))
    cum = np.concatenate([np.searchsorted(s, edges[:-1], 'left'), np.searchsorted(s, edges[-1:], 'right')])
    return np.diff(cum)


def psi_quantile(ref, cur, numerical):
    if numerical:
        edges = quantile_edges(ref)
        r = count_bins(ref, edges) / len(ref)
        c = count_bins(cur, edges) / len(cur)
    else:
        keys = sorted(set(ref) | set(cur))
        r = np.array([(ref == k).sum() / len(ref) for k in keys])
        c = np.array([(cur == k).sum() / len(cur) for k in keys])
    r = np.maximum(r, 1e-4)
    c = np.maximum(c, 1e-4)
    return float(np.sum((c - r) * np.log(c / r)))


def labels(spec):
    return pd.Series([f'c{int(v)}' for v in sample(spec)])


out = {}

# Wasserstein, raw and weighted, vs scipy.
w = []
for name, a, b in [
    ('continuous unequal sizes', [31, 700, 'sum4', 0, 1], [32, 513, 'sum4', 0.2, 1.5]),
    ('ties on a grid', [33, 400, 'grid', 0, 30], [34, 900, 'grid', 3, 30]),
    ('equal sizes', [35, 256, 'sum4', -1, 2], [36, 256, 'sum4', -1, 2]),
]:
    x, y = sample(a), sample(b)
    w.append({'name': name, 'x': a, 'y': b, 'distance': float(stats.wasserstein_distance(x, y)),
              'normed': ev_wasserstein_norm(pd.Series(x), pd.Series(y)), 'std': float(np.std(x))})
out['wasserstein'] = w
out['wasserstein_explicit'] = [
    {'u': [0, 1, 3], 'v': [5, 6, 8], 'distance': float(stats.wasserstein_distance([0, 1, 3], [5, 6, 8]))},
    {'u': [3.4, 3.9, 7.5, 7.8], 'v': [4.5, 1.4], 'distance': float(stats.wasserstein_distance([3.4, 3.9, 7.5, 7.8], [4.5, 1.4]))},
]
out['wasserstein_weighted'] = [
    {'u': u, 'uw': uw, 'v': v, 'vw': vw, 'distance': float(stats.wasserstein_distance(u, v, uw, vw))}
    for u, uw, v, vw in [
        ([3.4, 3.9, 7.5, 7.8], [1.4, 0.9, 3.1, 7.2], [4.5, 1.4], [3.2, 3.5]),
        ([0.5, 1.5, 2.5, 3.5], [10, 30, 40, 20], [0.2, 1.1, 1.9, 2.2, 3.3, 3.3, 0.7], None),
    ]
]
out['wasserstein_weighted'][1]['vw'] = None
out['wasserstein_weighted'][1]['distance'] = float(stats.wasserstein_distance([0.5, 1.5, 2.5, 3.5], [0.2, 1.1, 1.9, 2.2, 3.3, 3.3, 0.7], [10, 30, 40, 20]))

# Divergences on explicit proportion vectors (scipy functions directly).
vectors = [([1, 0], [0.5, 0.5]), ([0.1, 0.2, 0.7], [0.3, 0.3, 0.4]), ([1, 0, 0], [0, 0.5, 0.5]),
           ([2, 3, 5, 0], [1, 1, 1, 1])]
out['jensenshannon'] = [[p, q, float(distance.jensenshannon(p, q)), float(distance.jensenshannon(p, q, 2))] for p, q in vectors]
out['kl'] = [[p, q, float(stats.entropy(p, q)), float(stats.entropy(p, q, base=2))] for p, q in vectors]

# Evidently binning, PSI (both conventions), KL, JS, Hellinger on numeric columns.
numeric_cases = [
    ('many values, shifted', [41, 2000, 'sum4', 0, 1], [42, 1500, 'sum4', 0.15, 1.1]),
    ('many values, same distribution', [43, 3000, 'sum4', 0, 1], [44, 2500, 'sum4', 0, 1]),
    ('15 distinct values', [45, 1200, 'grid', 0, 15], [46, 800, 'grid', 2, 15]),
    ('21 distinct values with a new one', [47, 900, 'grid', 0, 21], [48, 700, 'grid', 1, 21]),
    ('current far outside', [49, 500, 'sum4', 0, 1], [50, 300, 'sum4', 3, 1]),
    ('binary 0/1', [51, 1500, 'grid', 0, 2], [52, 1600, 'grid', 0, 2]),
    ('constant reference', [53, 100, 'grid', 7, 1], [54, 100, 'grid', 6, 3]),
]
num = []
for name, a, b in numeric_cases:
    x, y = pd.Series(sample(a)), pd.Series(sample(b))
    r, c, layout = binned(x, y, True, False)
    num.append({
        'name': name, 'x': a, 'y': b,
        'binned_reference': r.tolist(), 'binned_current': c.tolist(), 'layout': layout,
        'psi_evidently': ev_psi(x, y, True), 'psi_quantile': psi_quantile(x, y, True),
        'quantile_edges': quantile_edges(x).tolist(),
        'kl': ev_kl(x, y, True), 'js': ev_js(x, y, True), 'js_base2': ev_js(x, y, True, 2),
        'hellinger': ev_hellinger(x, y, True),
    })
out['numeric'] = num

cat_cases = [
    ('six categories shifted', [61, 800, 'grid', 0, 6], [62, 900, 'grid', 0, 6]),
    ('category missing from reference', [63, 500, 'grid', 0, 4], [64, 400, 'grid', 0, 5]),
    ('same two categories', [65, 300, 'grid', 0, 2], [66, 350, 'grid', 0, 2]),
    ('same constant', [67, 50, 'grid', 1, 1], [68, 70, 'grid', 1, 1]),
    ('different constants', [69, 50, 'grid', 1, 1], [70, 70, 'grid', 2, 1]),
]
cat = []
for name, a, b in cat_cases:
    x, y = labels(a), labels(b)
    chi_stat, chi_p = ev_chisquare(x, y)
    z_stat, z_p = ev_z(x, y)
    cat.append({
        'name': name, 'x': a, 'y': b,
        'chisquare_statistic': chi_stat, 'chisquare_p': chi_p, 'z_statistic': z_stat, 'z_p': z_p,
        'psi_evidently': ev_psi(x, y, False), 'psi_quantile': psi_quantile(x, y, False),
        'kl': ev_kl(x, y, False), 'js': ev_js(x, y, False), 'hellinger': ev_hellinger(x, y, False),
    })
out['categorical'] = cat

# Default test choice and end-to-end column results (Evidently semantics), including the
# 1000/1001 reference-row boundary, distinct counts 2/3/5/6, and NaN/inf dropping.
def with_missing(values, every=7):
    v = np.array(values, dtype=float)
    v[::every] = np.nan
    v[3::every * 2] = np.inf
    v[5::every * 3] = -np.inf
    return v


columns = []
for rows in (1000, 1001):
    for k in (2, 3, 5, 6):
        x = pd.Series(sample([100 + k, rows, 'grid', 0, k]))
        y = pd.Series(sample([200 + k, 600, 'grid', 0 if k != 3 else 1, k]))
        columns.append({'name': f'numeric rows {rows} distinct {k}', 'kind': 'numeric', 'x': [100 + k, rows, 'grid', 0, k],
                        'y': [200 + k, 600, 'grid', 0 if k != 3 else 1, k], **evidently_column(x, y, True)})
    for k in (2, 3):
        x = labels([300 + k, rows, 'grid', 0, k])
        y = labels([400 + k, 500, 'grid', 0, k])
        columns.append({'name': f'categorical rows {rows} distinct {k}', 'kind': 'categorical',
                        'x': [300 + k, rows, 'grid', 0, k], 'y': [400 + k, 500, 'grid', 0, k],
                        **evidently_column(x, y, False)})
    x = pd.Series(sample([500, rows, 'sum4', 0, 1]))
    y = pd.Series(sample([501, 800, 'sum4', 0.1, 1]))
    columns.append({'name': f'continuous rows {rows}', 'kind': 'numeric', 'x': [500, rows, 'sum4', 0, 1],
                    'y': [501, 800, 'sum4', 0.1, 1], **evidently_column(x, y, True)})
out['columns'] = columns

# NaN and +-inf dropped per side before the choice: 1003 raw rows, 1001 after... (see test)
raw_x = sample([600, 1100, 'sum4', 0, 1])
raw_y = sample([601, 900, 'sum4', 0.05, 1])
mx, my = with_missing(raw_x), with_missing(raw_y, 5)
out['missing'] = {'x': [600, 1100, 'sum4', 0, 1], 'y': [601, 900, 'sum4', 0.05, 1], 'every_x': 7, 'every_y': 5,
                  'result': evidently_column(pd.Series(mx), pd.Series(my), True),
                  'ks': evidently_column(pd.Series(mx), pd.Series(my), True, 'ks'),
                  'psi_quantile': evidently_column(pd.Series(mx), pd.Series(my), True, 'psi', 'quantile')}

json.dump(finite_or_none(out), open('test/fixtures/drift/distances-scipy.json', 'w'), indent=1)
print('ok', len(num), len(cat), len(columns))
