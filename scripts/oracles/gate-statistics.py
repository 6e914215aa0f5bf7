"""Reference values for shared/gate: McNemar, DeLong and the paired bootstrap.

Run from the repository root with /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5,
scikit-learn 1.2.1, numpy 1.24):
  /usr/bin/python3 scripts/oracles/gate-statistics.py
Writes test/fixtures/gate/{mcnemar,delong,bootstrap}.json.

- McNemar: statsmodels.stats.contingency_tables.mcnemar (exact, chi-square with and without
  continuity correction).
- DeLong: the O(m·n) definition of stats-reference.md §3.2 written out directly with numpy
  (psi over every positive/negative pair), independent of the midrank algorithm under test.
- Bootstrap: scipy.stats.bootstrap(paired=True) itself, fed the index matrix that mulberry32
  produces (a RandomState subclass whose randint returns those indices), so scipy computes the
  bootstrap distribution, percentile/basic/BCa intervals and standard error on exactly the
  resamples Tollgate draws. Dropped-replicate and stratified cases are computed with numpy and
  sklearn on the same indices.
"""
import json
import warnings
import numpy as np
from scipy import stats
from sklearn.metrics import accuracy_score, roc_auc_score, mean_squared_error
from statsmodels.stats.contingency_tables import mcnemar

warnings.filterwarnings('ignore')
MASK = 0xFFFFFFFF


def mulberry32(seed):
    """Tommy Ettinger's mulberry32, as shared/stats/random.ts (32-bit unsigned arithmetic)."""
    state = seed & MASK

    def imul(a, b):
        return (a * b) & MASK

    def next_value():
        nonlocal state
        state = (state + 0x6D2B79F5) & MASK
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & MASK
        return ((t ^ (t >> 14)) & MASK) / 4294967296

    return next_value


def paired_indices(seed, n, replicates):
    nxt = mulberry32(seed)
    return np.array([[int(nxt() * n) for _ in range(n)] for _ in range(replicates)])


def stratified_indices(seed, strata, replicates):
    nxt = mulberry32(seed)
    groups = [np.flatnonzero(strata == c) for c in sorted(set(strata.tolist()))]
    out = []
    for _ in range(replicates):
        row = []
        for g in groups:
            row.extend(int(g[int(nxt() * len(g))]) for _ in range(len(g)))
        out.append(row)
    return np.array(out)


# ---------------------------------------------------------------------------- McNemar
tables = [(12, 5), (11, 3), (121, 59), (0, 0), (7, 7), (1, 0), (3, 17), (250, 231), (40, 2)]
mc = []
for b, c in tables:
    t = [[30, b], [c, 25]]  # rows: champion right/wrong; concordant cells do not matter
    row = {'b': b, 'c': c}
    for name, kw in [('exact', dict(exact=True)),
                     ('chi-square-corrected', dict(exact=False, correction=True)),
                     ('chi-square', dict(exact=False, correction=False))]:
        r = mcnemar(t, **kw)
        row[name] = [float(r.statistic), float(r.pvalue)] if b + c > 0 else None
    mc.append(row)
json.dump({'cases': mc}, open('test/fixtures/gate/mcnemar.json', 'w'), indent=1)


# ---------------------------------------------------------------------------- DeLong
def psi(x, y):
    return (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])


def delong_direct(y, s1, s2):
    pos, neg = y == 1, y != 1
    m, n = pos.sum(), neg.sum()
    comps = []
    for s in (s1, s2):
        p = psi(s[pos], s[neg])
        comps.append((p.mean(axis=1), p.mean(axis=0)))  # V10 (per positive), V01 (per negative)
    aucs = [v10.mean() for v10, _ in comps]
    s10 = np.cov(np.vstack([comps[0][0], comps[1][0]]), ddof=1)
    s01 = np.cov(np.vstack([comps[0][1], comps[1][1]]), ddof=1)
    cov = s10 / m + s01 / n
    var = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    diff = aucs[1] - aucs[0]
    z = diff / np.sqrt(var)
    p = 2 * stats.norm.sf(abs(z))
    half = stats.norm.ppf(0.975) * np.sqrt(var)
    return {
        'championAuc': float(aucs[0]), 'candidateAuc': float(aucs[1]),
        'championVariance': float(cov[0, 0]), 'candidateVariance': float(cov[1, 1]),
        'covariance': float(cov[0, 1]), 'difference': float(diff), 'variance': float(var),
        'z': float(z), 'pValue': float(p), 'ci95': [float(diff - half), float(diff + half)],
        'sklearnAucs': [float(roc_auc_score(y, s1)), float(roc_auc_score(y, s2))],
    }


rng = np.random.default_rng(314159)
dl = []
y7 = np.array([1, 1, 1, 0, 0, 0, 0])
a7 = np.array([0.9, 0.7, 0.5, 0.6, 0.4, 0.3, 0.2])
b7 = np.array([0.8, 0.6, 0.6, 0.7, 0.5, 0.6, 0.1])
dl.append({'name': 'hand-checkable 7 rows', 'actual': y7.tolist(), 'champion': a7.tolist(),
           'candidate': b7.tolist(), **delong_direct(y7, a7, b7)})
n = 300
y = rng.integers(0, 2, n)
latent = y * 1.0 + rng.normal(0, 1, n)
s1 = np.round(1 / (1 + np.exp(-(latent + rng.normal(0, 0.8, n)))), 2)  # many ties
s2 = np.round(1 / (1 + np.exp(-(1.4 * latent + rng.normal(0, 0.5, n)))), 2)
dl.append({'name': '300 rows, rounded scores with ties', 'actual': y.tolist(),
           'champion': s1.tolist(), 'candidate': s2.tolist(), **delong_direct(y, s1, s2)})
n = 1500
y = (rng.uniform(size=n) < 0.2).astype(int)
latent = y * 1.2 + rng.normal(0, 1, n)
s1 = latent + rng.normal(0, 1.0, n)
s2 = latent + rng.normal(0, 0.9, n)
dl.append({'name': '1500 rows, imbalanced, continuous', 'actual': y.tolist(),
           'champion': s1.tolist(), 'candidate': s2.tolist(), **delong_direct(y, s1, s2)})
json.dump({'cases': dl}, open('test/fixtures/gate/delong.json', 'w'))


# ---------------------------------------------------------------------------- bootstrap
class FixedIndices(np.random.RandomState):
    """A RandomState whose randint returns a prepared index matrix (scipy calls it once)."""

    def __init__(self, indices):
        super().__init__(0)
        self.indices = indices

    def randint(self, low, high=None, size=None, dtype=int):
        assert low == 0 and tuple(size) == self.indices.shape, (low, high, size)
        return self.indices


def scipy_bootstrap(data, statistic, indices, level=0.95):
    out = {}
    for method in ('percentile', 'basic', 'BCa'):
        r = stats.bootstrap(data, statistic, paired=True, vectorized=False, method=method,
                            n_resamples=indices.shape[0], confidence_level=level,
                            random_state=FixedIndices(indices))
        out[method.lower()] = [float(r.confidence_interval.low), float(r.confidence_interval.high)]
        out['standardError'] = float(r.standard_error)
        dist = r.bootstrap_distribution
    out['distribution'] = dist.tolist()
    return out


bs = []
# Accuracy difference, 40 rows, 1000 replicates.
n = 40
y = rng.integers(0, 2, n)
champ = np.where(rng.uniform(size=n) < 0.7, y, 1 - y)
cand = np.where(rng.uniform(size=n) < 0.85, y, 1 - y)
seed, B = 7, 1000
idx = paired_indices(seed, n, B)
res = scipy_bootstrap((y, cand, champ), lambda yy, c, h: accuracy_score(yy, c) - accuracy_score(yy, h), idx)
bs.append({'name': 'accuracy difference, 40 rows', 'metric': 'accuracy', 'task': 'classification',
           'seed': seed, 'replicates': B, 'confidenceLevel': 0.95, 'actual': y.tolist(),
           'candidate': cand.tolist(), 'champion': champ.tolist(),
           'estimate': float(accuracy_score(y, cand) - accuracy_score(y, champ)),
           'firstIndices': idx[:2].tolist(), **res})

# ROC AUC difference, 50 balanced rows, 90% level.
n = 50
y = np.array([0, 1] * 25)
latent = y + rng.normal(0, 1, n)
champ_s = np.round(latent + rng.normal(0, 1, n), 1)
cand_s = np.round(latent + rng.normal(0, 0.5, n), 1)
seed, B = 99, 1000
idx = paired_indices(seed, n, B)
res = scipy_bootstrap((y, cand_s, champ_s),
                      lambda yy, c, h: roc_auc_score(yy, c) - roc_auc_score(yy, h), idx, 0.9)
bs.append({'name': 'ROC AUC difference, 50 rows, 90%', 'metric': 'roc_auc', 'task': 'classification',
           'seed': seed, 'replicates': B, 'confidenceLevel': 0.9, 'actual': y.tolist(),
           'candidate': cand_s.tolist(), 'champion': champ_s.tolist(),
           'estimate': float(roc_auc_score(y, cand_s) - roc_auc_score(y, champ_s)), **res})

# RMSE difference, 30 regression rows.
n = 30
yr = rng.normal(5, 2, n)
champ_r = yr + rng.normal(0, 1.0, n)
cand_r = yr + rng.normal(0, 0.6, n)
seed, B = 4242, 1200
idx = paired_indices(seed, n, B)


def rmse(a, b):
    return mean_squared_error(a, b, squared=False)


res = scipy_bootstrap((yr, cand_r, champ_r), lambda yy, c, h: rmse(yy, c) - rmse(yy, h), idx)
bs.append({'name': 'RMSE difference, 30 rows', 'metric': 'rmse', 'task': 'regression',
           'seed': seed, 'replicates': B, 'confidenceLevel': 0.95, 'actual': yr.tolist(),
           'candidate': cand_r.tolist(), 'champion': champ_r.tolist(),
           'estimate': float(rmse(yr, cand_r) - rmse(yr, champ_r)), **res})

# Dropped replicates: 9 rows with 2 positives; resamples without a positive are undefined.
y = np.array([0, 1, 0, 0, 0, 1, 0, 0, 0])
champ_s = np.array([0.1, 0.6, 0.3, 0.7, 0.2, 0.4, 0.5, 0.1, 0.3])
cand_s = np.array([0.2, 0.8, 0.3, 0.5, 0.1, 0.6, 0.4, 0.2, 0.3])
seed, B = 11, 1000
idx = paired_indices(seed, len(y), B)
vals = []
for r in idx:
    if len(set(y[r].tolist())) < 2:
        continue
    vals.append(roc_auc_score(y[r], cand_s[r]) - roc_auc_score(y[r], champ_s[r]))
vals = np.array(vals)
est = roc_auc_score(y, cand_s) - roc_auc_score(y, champ_s)
q = np.quantile(vals, [0.025, 0.975])
bs.append({'name': 'ROC AUC with single-class resamples dropped', 'metric': 'roc_auc',
           'task': 'classification', 'seed': seed, 'replicates': B, 'confidenceLevel': 0.95,
           'actual': y.tolist(), 'candidate': cand_s.tolist(), 'champion': champ_s.tolist(),
           'estimate': float(est), 'used': int(len(vals)), 'dropped': int(B - len(vals)),
           'percentile': q.tolist(), 'basic': [float(2 * est - q[1]), float(2 * est - q[0])],
           'standardError': float(np.std(vals, ddof=1))})

# Stratified: same 9 rows, resampled within class: never a single-class replicate.
idx = stratified_indices(seed, y, B)
vals = np.array([roc_auc_score(y[r], cand_s[r]) - roc_auc_score(y[r], champ_s[r]) for r in idx])
q = np.quantile(vals, [0.025, 0.975])
bs.append({'name': 'ROC AUC stratified', 'metric': 'roc_auc', 'task': 'classification',
           'seed': seed, 'replicates': B, 'confidenceLevel': 0.95, 'stratified': True,
           'actual': y.tolist(), 'candidate': cand_s.tolist(), 'champion': champ_s.tolist(),
           'estimate': float(est), 'used': B, 'dropped': 0, 'percentile': q.tolist(),
           'basic': [float(2 * est - q[1]), float(2 * est - q[0])],
           'standardError': float(np.std(vals, ddof=1)), 'firstIndices': idx[:2].tolist()})

json.dump({'cases': bs}, open('test/fixtures/gate/bootstrap.json', 'w'))
print('mcnemar', mc[:3])
for d in dl:
    print(d['name'], d['championAuc'], d['candidateAuc'], d['z'], d['pValue'])
for c in bs:
    print(c['name'], c['estimate'], c.get('percentile'), c.get('bca'), c.get('dropped'))
