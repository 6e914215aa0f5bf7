"""Reference values for shared/evaluation (classification and regression metrics).

Computed with scikit-learn 1.2.1 / numpy 1.24 (/usr/bin/python3). Run from the repository root:
  /usr/bin/python3 scripts/oracles/metrics-sklearn.py
Writes test/fixtures/evaluation/metrics-sklearn.json. Each case holds the inputs (class codes,
scores, an index subset with repeats) and sklearn's results on all rows and on y[subset].
"""
import json
import warnings
import numpy as np
from sklearn import metrics as m

# sklearn warns when it sets an ill-defined precision/recall to 0; that is the case under test.
warnings.filterwarnings('ignore')
rng = np.random.default_rng(20240611)


def f(x):
    return float(x)


def classification_results(y, p, s, k):
    labels = list(range(k))
    out = {
        'accuracy': f(m.accuracy_score(y, p)),
        'confusion_matrix': m.confusion_matrix(y, p, labels=labels).tolist(),
        'per_class': [list(map(f, arr)) for arr in m.precision_recall_fscore_support(
            y, p, average=None, labels=labels, zero_division=0)[:3]],
    }
    averages = ['macro', 'weighted', 'micro'] + (['binary'] if k == 2 else [])
    for avg in averages:
        pr, rc, f1, _ = m.precision_recall_fscore_support(y, p, average=avg)
        out[avg] = [f(pr), f(rc), f(f1)]
        # the single-metric functions agree with the tuple (checked here, once)
        assert m.f1_score(y, p, average=avg) == f1
    if s is not None:
        if k == 2:
            s1 = s if s.ndim == 1 else s[:, 1]
            out['roc_auc'] = f(m.roc_auc_score(y, s1)) if len(set(y.tolist())) == 2 else None
        else:
            try:
                out['roc_auc'] = f(m.roc_auc_score(y, s, multi_class='ovr', labels=labels))
                out['roc_auc_weighted'] = f(m.roc_auc_score(
                    y, s, multi_class='ovr', labels=labels, average='weighted'))
            except ValueError:
                out['roc_auc'] = None
                out['roc_auc_weighted'] = None
        out['log_loss'] = f(m.log_loss(y, s, labels=labels))
    return out


def classification_case(name, y, p, s, k, subset):
    y = np.asarray(y)
    p = np.asarray(p)
    s = None if s is None else np.asarray(s, dtype=float)
    subset = np.asarray(subset)
    return {
        'name': name,
        'classCount': k,
        'actual': y.tolist(),
        'predicted': p.tolist(),
        'scores': None if s is None else s.ravel().tolist(),
        'subset': subset.tolist(),
        'all': classification_results(y, p, s, k),
        'on_subset': classification_results(y[subset], p[subset], None if s is None else s[subset], k),
    }


def regression_results(y, p):
    return {
        'rmse': f(m.mean_squared_error(y, p, squared=False)),
        'mae': f(m.mean_absolute_error(y, p)),
        'r2': f(m.r2_score(y, p)) if len(y) >= 2 else None,
        'mape': f(m.mean_absolute_percentage_error(y, p)),
    }


def regression_case(name, y, p, subset):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    subset = np.asarray(subset)
    return {
        'name': name,
        'actual': y.tolist(),
        'predicted': p.tolist(),
        'subset': subset.tolist(),
        'all': regression_results(y, p),
        'on_subset': regression_results(y[subset], p[subset]),
    }


cases = []
# Binary, scores rounded to one decimal so many ties (within and across classes).
n = 200
y = rng.integers(0, 2, n)
s = np.clip(np.round(0.3 * y + rng.uniform(0, 0.7, n), 1), 0, 1)
p = (s > 0.5).astype(int)
cases.append(classification_case('binary with tied scores', y, p, s, 2, rng.integers(0, n, n)))

# Binary, continuous scores with exact 0 and 1 probabilities (log-loss clipping) and N×2 layout.
n = 120
y = rng.integers(0, 2, n)
s1 = 1 / (1 + np.exp(-(2 * y - 1) * 1.2 - rng.normal(0, 1.5, n)))
s1[:5] = [0.0, 1.0, 1.0, 0.0, 0.5]
y[:5] = [0, 1, 0, 1, 1]
p = (s1 > 0.5).astype(int)
s2 = np.column_stack([1 - s1, s1])
cases.append(classification_case('binary N×2 with 0 and 1 probabilities', y, p, s2, 2,
                                 rng.integers(0, n, 90)))

# Perfect binary predictions.
y = np.array([0, 1, 1, 0, 1, 0, 0, 1])
s = np.array([0.1, 0.9, 0.8, 0.2, 0.7, 0.3, 0.05, 0.95])
cases.append(classification_case('binary perfect', y, y.copy(), s, 2, [0, 0, 1, 3, 7, 7]))

# Degenerate: the model predicts class 0 everywhere (precision 0/0 -> 0); the subset has one class.
y = np.array([0, 1, 0, 0, 1, 0, 1, 0, 0, 0])
s = np.array([0.2, 0.4, 0.1, 0.3, 0.45, 0.2, 0.2, 0.1, 0.3, 0.49])
cases.append(classification_case('binary all-negative predictions', y, np.zeros(10, int), s, 2,
                                 [0, 2, 3, 3, 5]))

# Multiclass K = 4, Dirichlet probabilities (rows sum to 1), argmax predictions.
n, k = 300, 4
y = rng.integers(0, k, n)
alpha = np.ones((n, k))
alpha[np.arange(n), y] += 2.5
s = np.array([rng.dirichlet(a) for a in alpha])
p = s.argmax(axis=1)
cases.append(classification_case('multiclass K=4', y, p, s, k, rng.integers(0, n, n)))

# Multiclass K = 3 where class 2 is never predicted, probabilities rounded (ties), subset
# without class 2 in y (ROC AUC undefined there).
n, k = 60, 3
y = rng.integers(0, k, n)
s = np.array([rng.dirichlet(np.ones(k) + 2 * (np.arange(k) == t)) for t in y])
s = np.round(s, 1)
s[:, 2] = 1 - s[:, 0] - s[:, 1]
p = np.where(s[:, 0] >= s[:, 1], 0, 1)
no2 = np.flatnonzero(y != 2)
cases.append(classification_case('multiclass K=3 class never predicted', y, p, s, k,
                                 rng.choice(no2, 50)))

reg = []
n = 150
yr = rng.normal(10, 3, n)
pr = yr + rng.normal(0, 1.2, n)
reg.append(regression_case('regression noisy', yr, pr, rng.integers(0, n, n)))
yr = np.round(rng.normal(0, 2, 40))  # includes zeros: MAPE epsilon floor
pr = np.round(yr + rng.normal(0, 1, 40), 1)
reg.append(regression_case('regression with zero targets and ties', yr, pr, [0, 1, 1, 2, 5, 5, 9]))
yr = np.array([3.0, 3.0, 3.0, 3.0])
reg.append(regression_case('regression constant target, errors', yr, [2.5, 3.0, 3.5, 3.0], [0, 1]))
reg.append(regression_case('regression constant target, perfect', yr, yr.copy(), [1, 1, 2]))
yr = np.array([1.5, -2.0, 4.25, 8.0, 0.5])
reg.append(regression_case('regression perfect', yr, yr.copy(), [4]))

out = {'classification': cases, 'regression': reg,
       'versions': {'sklearn': __import__('sklearn').__version__, 'numpy': np.__version__}}
with open('test/fixtures/evaluation/metrics-sklearn.json', 'w') as fh:
    json.dump(out, fh, indent=None, separators=(',', ':'))
