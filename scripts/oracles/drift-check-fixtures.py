"""Sample data and reference values for drift-check end to end (test/fixtures/drift-check/).

Writes two pairs of CSV files and the expected per-column results:
- small-reference.csv (600 rows) / small-current.csv (500 rows): Evidently's small-sample
  defaults (KS, chi-square, Z), plus every kind of bad input the issue lists: a column missing in
  the current data, a new column, a type change, a column that is all nulls in the current data,
  a date column and a free-text column (both skipped), and a column whose name and values would
  inject markdown/HTML/mentions if not escaped. Also the demo data ("shifted sample data").
- large-reference.csv / large-current.csv (3000 rows each): the large-sample defaults (normed
  Wasserstein, Jensen-Shannon) and a column with more than 1000 distinct values, so a profile of the
  reference has to use its quantile sketch.

scipy 1.10.1 / numpy 1.24 / pandas 1.5.3 are the oracle; Evidently's tests are re-stated with the
same calls as in drift-distances.py (evidently legacy/calculations/stattests/*.py, commit a4aa4c2).
Run: /usr/bin/python3 scripts/oracles/drift-check-fixtures.py
"""
import json
import os
from math import sqrt

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial import distance

assert scipy.__version__ == '1.10.1', scipy.__version__
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'drift-check')
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20261124)
TRICKY = 'channel <b>@ops|x</b>'


def small_pair():
    n_ref, n_cur = 600, 500
    ref = pd.DataFrame({
        'age': np.clip(np.round(rng.normal(40, 10, n_ref)), 18, 90).astype(int),
        'income': np.round(rng.lognormal(10, 0.5, n_ref), 2),
        'segment': rng.choice(['A', 'B', 'C', 'D'], n_ref, p=[0.4, 0.3, 0.2, 0.1]),
        'churned': rng.choice(['true', 'false'], n_ref, p=[0.2, 0.8]),
        'prediction': np.round(rng.beta(2, 5, n_ref), 6),
        'signup': pd.date_range('2025-01-01', periods=n_ref, freq='D').strftime('%Y-%m-%d'),
        'note': [f'customer note {i} {rng.integers(1e9)}' for i in range(n_ref)],
        'zip': rng.integers(10000, 99999, n_ref),
        'legacy': rng.integers(0, 3, n_ref),
        'bonus': np.round(rng.uniform(0, 100, n_ref), 1),
        TRICKY: rng.choice(['web', 'app', '@admin', '<script>'], n_ref, p=[0.5, 0.3, 0.15, 0.05]),
    })
    income_nulls = rng.random(n_ref) < 0.05
    ref['income'] = ref['income'].astype(object)
    ref.loc[income_nulls, 'income'] = None
    cur = pd.DataFrame({
        'age': np.clip(np.round(rng.normal(46, 10, n_cur)), 18, 90).astype(int),
        'income': np.round(rng.lognormal(10, 0.5, n_cur), 2),
        'segment': rng.choice(['A', 'B', 'C', 'D', 'E'], n_cur, p=[0.25, 0.25, 0.2, 0.2, 0.1]),
        'churned': rng.choice(['true', 'false'], n_cur, p=[0.21, 0.79]),
        'prediction': np.round(rng.beta(2.6, 5, n_cur), 6),
        'signup': pd.date_range('2026-06-01', periods=n_cur, freq='D').strftime('%Y-%m-%d'),
        'note': [f'customer note {i} {rng.integers(1e9)}' for i in range(n_cur)],
        'zip': [f'Z{v}' for v in rng.integers(10000, 99999, n_cur)],
        'bonus': [None] * n_cur,
        TRICKY: rng.choice(['web', 'app', '@admin', '<script>'], n_cur, p=[0.2, 0.3, 0.3, 0.2]),
        'new_feature': rng.normal(0, 1, n_cur).round(4),
    })
    return ref, cur


def large_pair():
    n = 3000
    ref = pd.DataFrame({
        'x': np.round(rng.normal(0, 1, n), 5),
        'y': np.round(rng.normal(5, 2, n), 5),
        'few': rng.choice([1, 2, 3, 4], n, p=[0.4, 0.3, 0.2, 0.1]),
        'cat': rng.choice(['red', 'green', 'blue'], n, p=[0.5, 0.3, 0.2]),
    })
    cur = pd.DataFrame({
        'x': np.round(rng.normal(0.35, 1, n), 5),
        'y': np.round(rng.normal(5, 2, n), 5),
        'few': rng.choice([1, 2, 3, 4], n, p=[0.25, 0.25, 0.25, 0.25]),
        'cat': rng.choice(['red', 'green', 'blue'], n, p=[0.5, 0.31, 0.19]),
    })
    return ref, cur


# ---- Evidently's tests (same calls as evidently's stattests) ------------------------------------
def clean(series):
    return pd.to_numeric(series, errors='coerce').replace([np.inf, -np.inf], np.nan).dropna()


def ks(ref, cur):
    r = stats.ks_2samp(ref, cur)
    return {'method': 'ks', 'statistic': float(r.statistic), 'p_value': float(r.pvalue),
            'score': float(r.pvalue), 'drifted': bool(r.pvalue <= 0.05)}


def chisquare(ref, cur):
    keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
    rc = ref.value_counts()
    cc = cur.value_counts()
    f_exp = np.array([rc.get(k, 0) for k in keys], dtype=float) * len(cur) / len(ref)
    f_obs = np.array([cc.get(k, 0) for k in keys], dtype=float)
    with np.errstate(divide='ignore', invalid='ignore'):
        stat, p = stats.chisquare(f_obs, f_exp)
    return {'method': 'chisquare', 'statistic': None if not np.isfinite(stat) else float(stat),
            'p_value': float(p), 'score': float(p), 'drifted': bool(p < 0.05)}


def z_test(ref, cur):
    keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
    first = keys[0]
    p1 = float((ref != first).mean())
    p2 = float((cur != first).mean())
    n1, n2 = len(ref), len(cur)
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    se = sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (p1 - p2) / se
    p = 2 * stats.norm.sf(abs(z))
    return {'method': 'z', 'statistic': float(z), 'p_value': float(p), 'score': float(p),
            'drifted': bool(p < 0.05)}


def wasserstein_normed(ref, cur):
    d = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
    return {'method': 'wasserstein', 'statistic': float(d), 'p_value': None, 'score': float(d),
            'drifted': bool(d >= 0.1)}


def jensenshannon(ref, cur, numerical):
    if numerical and ref.nunique() > 20:
        bins = np.histogram_bin_edges(np.asarray(pd.concat([ref, cur]).values), bins='sturges')
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
        r = np.array([(ref == k).sum() / len(ref) for k in keys])
        c = np.array([(cur == k).sum() / len(cur) for k in keys])
    d = distance.jensenshannon(r, c)
    return {'method': 'jensenshannon', 'statistic': float(d), 'p_value': None, 'score': float(d),
            'drifted': bool(d >= 0.1)}


def psi_quantile(ref, cur):
    """statistics-reference 2.5 (1): reference deciles, open outer bins, eps 1e-4 clipping."""
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, 11)))
    edges[0], edges[-1] = -np.inf, np.inf
    r = np.histogram(ref, edges)[0] / len(ref)
    c = np.histogram(cur, edges)[0] / len(cur)
    r = np.clip(r, 1e-4, None)
    c = np.clip(c, 1e-4, None)
    value = float(np.sum((c - r) * np.log(c / r)))
    return {'method': 'psi', 'statistic': value, 'p_value': None, 'score': value,
            'drifted': bool(value >= 0.1)}


def main():
    small_ref, small_cur = small_pair()
    large_ref, large_cur = large_pair()
    small_ref.to_csv(os.path.join(OUT, 'small-reference.csv'), index=False)
    small_cur.to_csv(os.path.join(OUT, 'small-current.csv'), index=False)
    large_ref.to_csv(os.path.join(OUT, 'large-reference.csv'), index=False)
    large_cur.to_csv(os.path.join(OUT, 'large-current.csv'), index=False)
    # Read back exactly as written, so the oracle sees the file's values.
    sr = pd.read_csv(os.path.join(OUT, 'small-reference.csv'), dtype=str, keep_default_na=False)
    sc = pd.read_csv(os.path.join(OUT, 'small-current.csv'), dtype=str, keep_default_na=False)
    lr = pd.read_csv(os.path.join(OUT, 'large-reference.csv'), dtype=str, keep_default_na=False)
    lc = pd.read_csv(os.path.join(OUT, 'large-current.csv'), dtype=str, keep_default_na=False)

    def cats(frame, name):
        return frame[name][frame[name] != '']

    expected = {
        'small': {
            'age': ks(clean(sr['age']), clean(sc['age'])),
            'income': ks(clean(sr['income'][sr['income'] != '']), clean(sc['income'])),
            'prediction': ks(clean(sr['prediction']), clean(sc['prediction'])),
            'segment': chisquare(cats(sr, 'segment'), cats(sc, 'segment')),
            'churned': z_test(cats(sr, 'churned'), cats(sc, 'churned')),
            TRICKY: chisquare(cats(sr, TRICKY), cats(sc, TRICKY)),
        },
        'small_psi': {
            'age': psi_quantile(clean(sr['age']).values, clean(sc['age']).values),
            'prediction': psi_quantile(clean(sr['prediction']).values, clean(sc['prediction']).values),
        },
        'large': {
            'x': wasserstein_normed(clean(lr['x']).values, clean(lc['x']).values),
            'y': wasserstein_normed(clean(lr['y']).values, clean(lc['y']).values),
            'few': jensenshannon(clean(lr['few']), clean(lc['few']), True),
            'cat': jensenshannon(cats(lr, 'cat'), cats(lc, 'cat'), False),
        },
        'sources': 'scipy ' + scipy.__version__ + ', numpy ' + np.__version__ + ', pandas ' + pd.__version__,
    }
    with open(os.path.join(OUT, 'expected.json'), 'w') as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write('\n')
    print(json.dumps(expected, indent=1))


if __name__ == '__main__':
    main()
