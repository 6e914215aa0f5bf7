"""Reference outcomes for shared/gate/metric-threshold.ts in both comparison modes.

MLflow is not installed; `mlflow_failures` restates the checks of MLflow's
mlflow/models/evaluation/validation.py `_validate` (commit 0c23394) with the same Python float
and decimal.Decimal operations, so the floating-point quirks come out exactly as in MLflow.
`exact_failures` is Tollgate's default mode written with decimal.Decimal(repr(x)) — the shortest
round-trip decimal of each double — and |baseline| in the relative change.

  /usr/bin/python3 scripts/oracles/gate-metric-threshold.py
writes test/fixtures/gate/metric-threshold.json.
"""
import json
import operator
import random
from decimal import Decimal


def mlflow_failures(gib, cand, base, threshold, abs_change, rel_change):
    if cand is None:
        return ['missing_candidate']
    failures = []
    comparator = operator.ge if gib else operator.le
    op = operator.add if gib else operator.sub
    if threshold is not None and not comparator(cand, threshold):
        failures.append('threshold')
    if (rel_change or abs_change) and base is None:
        return failures + ['missing_baseline']
    if abs_change is not None:
        if not comparator(Decimal(cand), Decimal(op(base, abs_change))):
            failures.append('min_absolute_change')
    if rel_change is not None:
        if base == 0:
            if not comparator(Decimal(cand), Decimal(op(base, 1e-10))):
                failures.append('min_relative_change')
        else:
            rc = (cand - base) / base if gib else (base - cand) / base
            if rc < rel_change:
                failures.append('min_relative_change')
    return failures


def exact_failures(gib, cand, base, threshold, abs_change, rel_change):
    if cand is None:
        return ['missing_candidate']
    failures = []
    d = lambda x: Decimal(repr(x))
    if threshold is not None and not (d(cand) >= d(threshold) if gib else d(cand) <= d(threshold)):
        failures.append('threshold')
    if (rel_change is not None or abs_change is not None) and base is None:
        return failures + ['missing_baseline']
    if base is None:
        return failures
    improvement = d(cand) - d(base) if gib else d(base) - d(cand)
    if abs_change is not None and not improvement >= d(abs_change):
        failures.append('min_absolute_change')
    if rel_change is not None:
        ok = improvement > 0 if base == 0 else improvement >= d(rel_change) * abs(d(base))
        if not ok:
            failures.append('min_relative_change')
    return failures


named = [
    # name, greater_is_better, candidate, baseline, threshold, min_absolute_change, min_relative_change
    ('0.85 vs 0.8 + 0.05 (float sum 0.8500000000000001)', True, 0.85, 0.8, None, 0.05, None),
    ('0.3 vs 0.1 + 0.2', True, 0.3, 0.1, None, 0.2, None),
    ('lower is better: 0.1 vs 0.3 - 0.2', False, 0.1, 0.3, None, 0.2, None),
    ('lower is better: 0.75 vs 0.8 - 0.05', False, 0.75, 0.8, None, 0.05, None),
    ('relative 10% of 0.8: 0.88', True, 0.88, 0.8, None, None, 0.1),
    ('negative baseline, better candidate (R2 -0.1 vs -0.2)', True, -0.1, -0.2, None, None, 0.1),
    ('negative baseline, worse candidate (R2 -0.3 vs -0.2)', True, -0.3, -0.2, None, None, 0.1),
    ('lower is better, negative baseline', False, -0.3, -0.2, None, None, 0.1),
    ('baseline 0, candidate 5e-11', True, 5e-11, 0.0, None, None, 0.1),
    ('baseline 0, candidate 0, relative 0', True, 0.0, 0.0, None, None, 0.0),
    ('baseline 0, lower is better, candidate -1e-10', False, -1e-10, 0.0, None, None, 0.5),
    ('threshold is inclusive', True, 0.8, None, 0.8, None, None),
    ('lower-is-better threshold fails', False, 0.31, None, 0.3, None, None),
    ('missing candidate', True, None, 0.8, 0.5, 0.01, None),
    ('threshold fails and baseline missing', True, 0.7, None, 0.8, 0.01, None),
    ('all three pass', True, 0.9, 0.8, 0.85, 0.05, 0.1),
    ('all three fail', True, 0.7, 0.8, 0.85, 0.05, 0.1),
]
cases = []
for name, gib, cand, base, thr, a, r in named:
    cases.append({'name': name, 'greaterIsBetter': gib, 'candidate': cand, 'baseline': base,
                  'threshold': thr, 'minAbsoluteChange': a, 'minRelativeChange': r,
                  'mlflow': mlflow_failures(gib, cand, base, thr, a, r),
                  'exact': exact_failures(gib, cand, base, thr, a, r)})

rng = random.Random(7)
randomized = []
for _ in range(400):
    gib = rng.random() < 0.6
    base = round(rng.uniform(-1, 1), rng.choice([1, 2, 3]))
    delta = round(rng.uniform(-0.2, 0.3), rng.choice([1, 2, 3]))
    cand = round(base + delta, 3) if gib else round(base - delta, 3)
    a = rng.choice([None, 0.01, 0.05, 0.1, 0.2, 0.03])
    r = rng.choice([None, 0.0, 0.05, 0.1, 0.25, 0.5])
    thr = rng.choice([None, round(rng.uniform(-1, 1), 2)])
    if a is None and r is None and thr is None:
        a = 0.1
    randomized.append({'greaterIsBetter': gib, 'candidate': cand, 'baseline': base, 'threshold': thr,
                       'minAbsoluteChange': a, 'minRelativeChange': r,
                       'mlflow': mlflow_failures(gib, cand, base, thr, a, r),
                       'exact': exact_failures(gib, cand, base, thr, a, r)})

differ = sum(c['mlflow'] != c['exact'] for c in randomized)
json.dump({'named': cases, 'randomized': randomized}, open('test/fixtures/gate/metric-threshold.json', 'w'),
          indent=None)
for c in cases:
    print(c['name'], c['mlflow'], c['exact'])
print('randomized cases where the modes differ:', differ)
