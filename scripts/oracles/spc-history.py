"""Reference values for spc-check's history scenario: 30 simulated pipeline runs with a shift.

Each run records two metrics: `rows` (a row count, one value per run -> I-MR chart) and
`late_rows` (late rows of all rows, a proportion -> p chart). Runs 1-25 come from an in-control
process; from run 26 on the mean row count shifts up by 4.5 sigma. Runs 12 and 13 are started
concurrently, so their records may be stored in either order; every value below is given for both
orders ("order_12_13" and "order_13_12").

An independent numpy transcription of stats-reference.md §1.3 (I-MR with qcc's d2(2) = 1.128,
d3(2) = 0.8525033), §1.5 (pooled p chart, limits clipped to [0, 1]) and §1.8 (run rules: strict
limits and zones, a point on the CL breaks side runs, k-of-m rules flag the point itself, run rules
flag the completing point and every later one while the run lasts). Defaults as spc-check uses them:
baseline 20, Western Electric rules 1-4 on the individuals panel, rule 1 only on the moving-range
panel, we-1 + we-4 on the p chart.

The seed is the first from 1 whose in-control runs 1-25 raise no violation on the run's own point
under any view a run can have of the history (a concurrent run may or may not see the other one),
and whose run 26 is beyond the UCL. Output: test/fixtures/spc-check/shift-history.json.
"""
import json
import numpy as np

D2, D3 = 1.128, 0.8525033
BASELINE = 20
RUNS = 30
SHIFT_FROM = 26


def zone_hits(values, centers, sigmas, lcl, ucl, rules):
    """1-based indices per rule over a sequence (all points tested; None values skipped)."""
    idx = [i for i, v in enumerate(values) if v is not None]
    x = [values[i] for i in idx]
    c = [centers[i] for i in idx]
    s = [sigmas[i] for i in idx]
    lo = [lcl[i] for i in idx]
    hi = [ucl[i] for i in idx]
    n = len(x)
    hits = {}
    def put(rule, q):
        hits.setdefault(rule, []).append(idx[q] + 1)
    for q in range(n):
        if 'we-1' in rules and ((hi[q] is not None and x[q] > hi[q]) or (lo[q] is not None and x[q] < lo[q])):
            put('we-1', q)
        for rule, k, m, mult in (('we-2', 2, 3, 2), ('we-3', 4, 5, 1)):
            if rule not in rules or q < m - 1:
                continue
            for sign in (1, -1):
                beyond = [sign * (x[j] - c[j]) > mult * s[j] for j in range(q - m + 1, q + 1)]
                if beyond[-1] and sum(beyond) >= k:
                    put(rule, q)
        if 'we-4' in rules and q >= 7:
            for sign in (1, -1):
                if all(sign * (x[j] - c[j]) > 0 for j in range(q - 7, q + 1)):
                    put('we-4', q)
    return {rule: sorted(set(hits[rule])) for rule in sorted(hits)}


def imr(values):
    b = values[:BASELINE]
    center = float(np.mean(b))
    mrbar = float(np.mean(np.abs(np.diff(b))))
    sigma = mrbar / D2
    n = len(values)
    i_hits = zone_hits(values, [center] * n, [sigma] * n, [center - 3 * sigma] * n, [center + 3 * sigma] * n,
                       ['we-1', 'we-2', 'we-3', 'we-4'])
    mr = [None] + [abs(values[i] - values[i - 1]) for i in range(1, n)]
    mr_sigma = D3 * sigma
    mr_hits = zone_hits(mr, [mrbar] * n, [mr_sigma] * n, [max(0.0, mrbar - 3 * mr_sigma)] * n,
                        [mrbar + 3 * mr_sigma] * n, ['we-1'])
    hits = {rule: sorted(set(i_hits.get(rule, []) + mr_hits.get(rule, []))) for rule in sorted(set(i_hits) | set(mr_hits))}
    return {'center': center, 'sigma': sigma, 'lcl': center - 3 * sigma, 'ucl': center + 3 * sigma,
            'mr_center': mrbar, 'mr_ucl': mrbar + 3 * mr_sigma, 'rule_hits': hits}


def p_chart(counts, sizes):
    pbar = float(sum(counts[:BASELINE]) / sum(sizes[:BASELINE]))
    sig = [float(np.sqrt(pbar * (1 - pbar) / m)) for m in sizes]
    p = [c / m for c, m in zip(counts, sizes)]
    lcl = [max(0.0, pbar - 3 * s) for s in sig]
    ucl = [min(1.0, pbar + 3 * s) for s in sig]
    hits = zone_hits(p, [pbar] * len(p), sig, lcl, ucl, ['we-1', 'we-4'])
    return {'center': pbar, 'lcl': lcl, 'ucl': ucl, 'rule_hits': hits}


def last_point_flagged(chart, n):
    return any(n in v for v in chart['rule_hits'].values())


def simulate(seed):
    rng = np.random.default_rng(seed)
    rows = [int(round(v)) for v in rng.normal(10000, 120, size=RUNS)]
    for r in range(SHIFT_FROM - 1, RUNS):
        rows[r] += int(round(4.5 * 120))
    late = [int(rng.binomial(m, 0.02)) for m in rows]
    return rows, late


def views(order):
    """Every sequence of runs a run k may have seen (run numbers, 1-based), ending with its own."""
    for k in range(1, RUNS + 1):
        if k in (12, 13):
            other = 13 if k == 12 else 12
            yield k, list(range(1, 12)) + [k]
            yield k, list(range(1, 12)) + [other, k]
        else:
            yield k, [r for r in order if r <= k]


def order_of(first, second):
    return list(range(1, 12)) + [first, second] + list(range(14, RUNS + 1))


for seed in range(1, 10000):
    rows, late = simulate(seed)
    ok = True
    for order in (order_of(12, 13), order_of(13, 12)):
        for k, seen in views(order):
            r = [rows[i - 1] for i in seen]
            l = [late[i - 1] for i in seen]
            if len(r) < 2:
                continue
            flagged = last_point_flagged(imr(r), len(r)) or last_point_flagged(p_chart(l, r), len(r))
            if k < SHIFT_FROM and flagged:
                ok = False
            if k == SHIFT_FROM and len(r) not in imr(r)['rule_hits'].get('we-1', []):
                ok = False
            if not ok:
                break
        if not ok:
            break
    if ok:
        break

out = {
    'generator': 'scripts/oracles/spc-history.py',
    'seed': seed,
    'baseline': BASELINE,
    'shift_from_run': SHIFT_FROM,
    'concurrent_runs': [12, 13],
    'runs': [{'run': i + 1, 'rows': rows[i], 'late_rows': late[i]} for i in range(RUNS)],
    'final': {},
    'run_verdicts': {},
}
for name, (first, second) in (('order_12_13', (12, 13)), ('order_13_12', (13, 12))):
    order = order_of(first, second)
    r = [rows[i - 1] for i in order]
    l = [late[i - 1] for i in order]
    out['final'][name] = {'order': order, 'rows': imr(r), 'late_rows': p_chart(l, r)}
    verdicts = {}
    for k in range(SHIFT_FROM, RUNS + 1):
        seen = [x for x in order if x <= k]
        rr = [rows[i - 1] for i in seen]
        verdicts[str(k)] = sorted(rule for rule, v in imr(rr)['rule_hits'].items() if len(rr) in v)
    out['run_verdicts'][name] = verdicts

with open('test/fixtures/spc-check/shift-history.json', 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
print('seed', seed)
