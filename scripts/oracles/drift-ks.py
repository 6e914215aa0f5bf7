"""Reference values for shared/drift/ks (two-sample Kolmogorov-Smirnov) from scipy 1.10.1.

Samples are generated from mulberry32 seeds with IEEE-exact arithmetic only (sums and products
of k/2^32 uniforms, floor), so test/shared/drift regenerates bit-identical data in TypeScript and
the fixture stays small. Run: /usr/bin/python3 scripts/oracles/drift-ks.py
"""
import importlib.util
import json
import os
import math
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.stats import kstwo

assert scipy.__version__ == '1.10.1', scipy.__version__
_spec = importlib.util.spec_from_file_location(
    'drift_oracle_samples', os.path.join(os.path.dirname(__file__), 'drift-oracle-samples.py'))
_samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_samples)
finite_or_none, mulberry32, sample = _samples.finite_or_none, _samples.mulberry32, _samples.sample


def ks_case(name, x_spec, y_spec, alternatives=('two-sided', 'less', 'greater'), methods=('auto',)):
    x, y = sample(x_spec), sample(y_spec)
    results = []
    for alt in alternatives:
        for method in methods:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                r = stats.ks_2samp(x, y, alternative=alt, method=method)
            results.append({
                'alternative': alt, 'method': method,
                'statistic': float(r.statistic), 'pvalue': float(r.pvalue),
                'location': float(r.statistic_location), 'sign': int(r.statistic_sign),
                'warned': len(caught) > 0,
            })
    return {'name': name, 'x': x_spec, 'y': y_spec, 'results': results}


out = {'mulberry_check': [mulberry32(42)() for _ in range(1)] + [mulberry32(7)() for _ in range(1)]}
r = mulberry32(2024)
out['mulberry_sequence'] = [r() for _ in range(5)]

explicit = []
# Hand-sized samples with ties, equal and unequal sizes.
small = [
    ('equal sizes, ties', [1, 2, 2, 3, 5, 8], [2, 3, 3, 4, 6, 7]),
    ('unequal sizes, ties', [0.5, 1, 1, 1, 2, 3, 4], [1, 2, 2, 5, 6]),
    ('identical samples', [1, 2, 3], [1, 2, 3]),
    ('disjoint', [1, 2, 3, 4], [10, 11, 12, 13, 14, 15]),
    ('single values', [3.0], [4.0]),
    ('location in second sample', [5, 6, 7, 8], [1, 2, 3, 9]),
    ('D+ equals D-', [1, 4], [2, 3]),
]
for name, x, y in small:
    rows = []
    for alt in ('two-sided', 'less', 'greater'):
        for method in ('auto', 'exact', 'asymp'):
            rr = stats.ks_2samp(np.array(x, float), np.array(y, float), alternative=alt, method=method)
            rows.append({'alternative': alt, 'method': method, 'statistic': float(rr.statistic),
                         'pvalue': float(rr.pvalue), 'location': float(rr.statistic_location),
                         'sign': int(rr.statistic_sign)})
    explicit.append({'name': name, 'x': x, 'y': y, 'results': rows})
out['explicit'] = explicit

generated = [
    ks_case('exact equal 50 vs 50 grid ties', [1, 50, 'grid', 0, 12], [2, 50, 'grid', 1, 12], methods=('auto', 'exact', 'asymp')),
    ks_case('exact unequal 37 vs 64 continuous', [3, 37, 'sum4', 0, 1], [4, 64, 'sum4', 0.3, 1], methods=('auto', 'exact', 'asymp')),
    ks_case('exact unequal 300 vs 451 ties', [5, 300, 'grid', 0, 40], [6, 451, 'grid', 2, 40], methods=('auto', 'exact', 'asymp')),
    ks_case('exact unequal 600 vs 700 one-sided overflow fallback', [7, 600, 'sum4', 0, 1], [8, 700, 'sum4', 0.1, 1], methods=('auto', 'exact')),
    ks_case('exact 10000 vs 10000', [9, 10000, 'sum4', 0, 1], [10, 10000, 'sum4', 0.02, 1], alternatives=('two-sided',)),
    ks_case('exact 10000 vs 9999', [11, 10000, 'sum4', 0, 1], [12, 9999, 'sum4', 0.01, 1], alternatives=('two-sided',)),
    ks_case('asymp 10001 vs 9000', [13, 10001, 'sum4', 0, 1], [14, 9000, 'sum4', 0.03, 1], alternatives=('two-sided', 'less', 'greater')),
    ks_case('asymp 20000 vs 30 (small effective n)', [15, 20000, 'sum4', 0, 1], [16, 30, 'sum4', 0.2, 1], alternatives=('two-sided',)),
    ks_case('asymp 15000 vs 15000 same distribution', [17, 15000, 'sum4', 0, 1], [18, 15000, 'sum4', 0, 1], alternatives=('two-sided',)),
    ks_case('asymp 200000 vs 150000 shift', [19, 200000, 'sum4', 0, 1], [20, 150000, 'sum4', 0.01, 1], alternatives=('two-sided',)),
    ks_case('asymp 12000 vs 300000 grid ties', [21, 12000, 'grid', 0, 500], [22, 300000, 'grid', 1, 500], alternatives=('two-sided',)),
]
out['generated'] = generated

# kstwo.sf across every branch of scipy's _kolmogn (n, x).
grid = []
for n in (1, 2, 5, 10, 50, 140, 141, 500, 4738, 100000, 100001, 500000, 1500000):
    for x in (0.3 / n, 0.7 / n, 1.0 / n, 1.5 / n, 0.3 / math.sqrt(n), 0.8 / math.sqrt(n),
              1.2 / math.sqrt(n), 1.6 / math.sqrt(n), 2.5 / math.sqrt(n), 5 / math.sqrt(n),
              0.05, 0.2, 0.45, 0.5, 0.7, 1 - 1.5 / n, 1 - 0.5 / n):
        if 0 < x < 1:
            grid.append([n, x, float(kstwo.sf(x, n))])
out['kstwo_sf'] = grid

# The exact p-value path on its own (scipy's _attempt_exact_2kssamp), over sizes and statistics
# that reach deep into the tail (where the band is wide and most of the lattice is visited).
from scipy.stats._stats_py import _attempt_exact_2kssamp
exact_grid = []
for n1, n2 in ((7, 7), (40, 40), (13, 29), (60, 45), (200, 301), (1000, 999), (2000, 1500)):
    g = math.gcd(n1, n2)
    for d in (0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 0.95):
        for alt in ('two-sided', 'greater'):
            ok, dd, p = _attempt_exact_2kssamp(n1, n2, g, d, alt)
            exact_grid.append([n1, n2, d, alt, bool(ok), float(dd), float(p)])
out['exact_grid'] = exact_grid


json.dump(finite_or_none(out), open('test/fixtures/drift/ks-scipy.json', 'w'), indent=1)
print(len(generated), 'generated cases,', len(grid), 'kstwo points')
