"""Reference results for shared/learn (the built-in tabular learners), from scikit-learn 1.2.1.

Run from the repository root with /usr/bin/python3 (scikit-learn 1.2.1, numpy 1.24):
  /usr/bin/python3 scripts/oracles/learn-sklearn.py
Writes test/fixtures/learn/sklearn-learners.json.

The data are not stored: `synthetic_table` re-implements test/shared/learn/synthetic-data.ts (and
mulberry32 from shared/stats/random.ts) line for line, using only +, -, * and comparisons, so
both languages build bit-identical rows. Validation rows are every fifth row (i % 5 == 0).

Linear models: the design matrix is built here exactly as shared/learn/linear-encoding.ts
documents it (training-split mean / population sd standardisation, mean imputation, a missing
indicator when the training split had missing values, one-hot of the max_categories most
frequent levels -- count desc, then value, missing last -- plus an "other" column), and sklearn
fits it: LogisticRegression(lbfgs), Ridge, LinearRegression. Coefficients are compared directly.

GBDT: sklearn's HistGradientBoosting on the same training rows (the categorical column as
ordinal codes declared categorical, NaN for missing), scored on the same validation rows. Trees
cannot match exactly; the test compares validation metrics within stated margins.
"""
import json
import warnings
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, log_loss, mean_squared_error, r2_score, roc_auc_score

# newton-cg at tol 1e-12 ends with a line-search warning once it reaches rounding level.
warnings.filterwarnings('ignore')
M = 0xFFFFFFFF


def mulberry32(seed):
    state = [seed & M]

    def next_value():
        state[0] = (state[0] + 0x6D2B79F5) & M
        t = state[0]
        t = ((t ^ (t >> 15)) * (t | 1)) & M
        t = (t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & M)) & M)) & M
        return ((t ^ (t >> 14)) & M) / 4294967296

    return next_value


EFFECT = {'a': 0, 'b': 0.8, 'c': -0.7, 'd': 1.2, 'e': -1.5}
NUMERIC = ['x1', 'x2', 'x3', 'x4', 'x5']


def synthetic_table(n, seed, target):
    rnd = mulberry32(seed)
    cols = {k: [] for k in ['x1', 'x2', 'x3', 'x4', 'x5', 'cat', 'noise', 'y']}
    for _ in range(n):
        u = [rnd() for _ in range(18)]
        x1 = u[0] * 4 - 2
        x2 = u[1] * 4 - 2
        x3 = u[2] * 2 - 1
        x4 = u[3] + u[4] - 1
        x5_missing = u[6] < 0.1
        x5 = float('nan') if x5_missing else u[5] * 6 - 3
        c = u[7]
        level = 'a' if c < 0.4 else 'b' if c < 0.65 else 'c' if c < 0.85 else 'd' if c < 0.97 else 'e'
        cat_missing = u[8] < 0.05
        effect = 0 if cat_missing else EFFECT[level]
        e1 = 2 * (u[10] + u[11] + u[12] - 1.5)
        f = (1.2 * x1 * x2 + (1 if x3 > 0.3 else -0.6) + 1.5 * x4 * x4 - 0.3 + effect
             + (0.9 if x5_missing else 0.6 * x5))
        if target == 'binary':
            y = 'yes' if f + e1 > 0 else 'no'
        elif target == 'regression':
            y = f + 0.5 * e1
        else:
            e2 = 2 * (u[13] + u[14] + u[15] - 1.5)
            e3 = 2 * (u[16] + u[17] + u[10] - 1.5)
            scores = [x1 + 0.5 * x3 + 0.5 * e1, 1.5 * x2 * x2 - 1 + effect + 0.5 * e2,
                      -x1 + 0.8 * x4 + 0.5 * e3]
            best = 0
            for k in range(1, 3):
                if scores[k] > scores[best]:
                    best = k
            y = best
        for name, value in [('x1', x1), ('x2', x2), ('x3', x3), ('x4', x4), ('x5', x5),
                            ('cat', None if cat_missing else level), ('noise', u[9]), ('y', y)]:
            cols[name].append(value)
    return cols


def split(n):
    validation = np.array([i for i in range(n) if i % 5 == 0])
    train = np.array([i for i in range(n) if i % 5 != 0])
    return train, validation


def rank_levels(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    # count desc, then value asc, missing (None) last on ties
    return sorted(counts, key=lambda v: (-counts[v], 1 if v is None else 0, '' if v is None else v))


def linear_design(cols, features, train, max_categories):
    """The encoding of shared/learn/linear-encoding.ts, learned on `train`; returns a function."""
    blocks = []
    names = []
    for name in features:
        values = cols[name]
        if name == 'cat':
            levels_all = rank_levels([values[i] for i in train])
            levels = levels_all[:max_categories]
            other = len(levels_all) > max_categories
            blocks.append(('onehot', name, levels, other))
            names += [f'{name}={"(missing)" if lv is None else lv}' for lv in levels]
            if other:
                names.append(f'{name}=(other)')
        else:
            x = np.array([values[i] for i in train], dtype=float)
            present = x[~np.isnan(x)]
            mean = float(np.mean(present))
            sd = float(np.std(present))  # population sd, ddof 0
            indicator = bool(np.isnan(x).any())
            blocks.append(('numeric', name, mean, sd, indicator))
            names.append(name)
            if indicator:
                names.append(f'{name} (missing)')

    def encode(rows):
        out = []
        for block in blocks:
            if block[0] == 'numeric':
                _, name, mean, sd, indicator = block
                x = np.array([cols[name][i] for i in rows], dtype=float)
                missing = np.isnan(x)
                z = np.where(missing, 0.0, (np.where(missing, mean, x) - mean) / sd)
                out.append(z)
                if indicator:
                    out.append(missing.astype(float))
            else:
                _, name, levels, other = block
                v = [cols[name][i] for i in rows]
                for lv in levels:
                    out.append(np.array([1.0 if a == lv else 0.0 for a in v]))
                if other:
                    out.append(np.array([0.0 if a in levels else 1.0 for a in v]))
        return np.column_stack(out)

    return names, encode


def floats(a):
    return [float(x) for x in np.ravel(a)]


out = {'generator_check': {}}
rnd = mulberry32(42)
out['generator_check']['mulberry32_seed42'] = [rnd() for _ in range(5)]
t = synthetic_table(7, 3, 'regression')
out['generator_check']['regression_seed3'] = {k: [None if (isinstance(v, float) and np.isnan(v)) else v for v in t[k]] for k in t}

def scaled_gradient_norm(X, y, model, C):
    """max |gradient| of (1/n) sum log-loss + |W|^2 / (2 C n), sklearn 1.2's lbfgs objective."""
    n = X.shape[0]
    Z = X @ model.coef_.T + model.intercept_
    if model.coef_.shape[0] == 1:
        P = 1 / (1 + np.exp(-Z))
        R = P - (y == model.classes_[1]).reshape(-1, 1)
    else:
        Z = Z - Z.max(axis=1, keepdims=True)
        P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
        R = P - (y.reshape(-1, 1) == model.classes_.reshape(1, -1))
    gw = R.T @ X / n + model.coef_ / (C * n)
    gb = R.sum(axis=0) / n
    return float(max(np.abs(gw).max(), np.abs(gb).max()))


# ---- logistic regression ------------------------------------------------------------------
ALL_FEATURES = ['x1', 'x2', 'x3', 'x4', 'x5', 'cat', 'noise']
lr_cases = []
for name, n, seed, target, C, max_categories in [
    ('binary', 600, 11, 'binary', 0.5, 3),
    ('multiclass', 900, 12, 'multiclass', 2.0, 10),
]:
    cols = synthetic_table(n, seed, target)
    train, validation = split(n)
    names, encode = linear_design(cols, ALL_FEATURES, train, max_categories)
    X, Xv = encode(train), encode(validation)
    y = np.array([cols['y'][i] for i in train])
    model = LogisticRegression(C=C, solver='lbfgs', tol=1e-12, max_iter=100000).fit(X, y)
    check = LogisticRegression(C=C, solver='newton-cg', tol=1e-12, max_iter=100000).fit(X, y)
    # scipy's L-BFGS-B also stops on its default ftol (2.2e-9 relative decrease), which leaves
    # sklearn's lbfgs short of the optimum (max |gradient| ~1e-6 here, coefficients off by up to
    # ~1e-3 in flat directions); newton-cg at tol 1e-12 reaches it to rounding, so it is the
    # primary reference. Both are stored, with the gradient of the scaled objective at each.
    reference_gradient = scaled_gradient_norm(X, y, check, C)
    assert reference_gradient < 1e-9, reference_gradient
    lr_cases.append({
        'name': name, 'rows': n, 'seed': seed, 'target': target, 'C': C,
        'max_categories': max_categories, 'columns': names,
        'coefficients': [floats(row) for row in check.coef_],
        'intercepts': floats(check.intercept_),
        'reference_gradient_norm': reference_gradient,
        'lbfgs_coefficients': [floats(row) for row in model.coef_],
        'lbfgs_intercepts': floats(model.intercept_),
        'lbfgs_gradient_norm': scaled_gradient_norm(X, y, model, C),
        'validation_probabilities': [floats(row) for row in check.predict_proba(Xv)],
    })
out['logistic_regression'] = lr_cases

# ---- linear / ridge regression ------------------------------------------------------------
lin_cases = []
for name, features, alpha, max_categories in [
    ('ridge', ALL_FEATURES, 3.0, 3),
    ('ols-full-rank', ['x1', 'x2', 'x3', 'x4', 'noise'], 0.0, 20),
    ('ols-rank-deficient', ALL_FEATURES, 0.0, 20),
]:
    n, seed = 500, 13
    cols = synthetic_table(n, seed, 'regression')
    train, validation = split(n)
    names, encode = linear_design(cols, features, train, max_categories)
    X, Xv = encode(train), encode(validation)
    y = np.array([cols['y'][i] for i in train])
    model = Ridge(alpha=alpha, solver='cholesky').fit(X, y) if alpha > 0 else LinearRegression().fit(X, y)
    lin_cases.append({
        'name': name, 'rows': n, 'seed': seed, 'features': features, 'alpha': alpha,
        'max_categories': max_categories, 'columns': names,
        'coefficients': floats(model.coef_), 'intercept': float(model.intercept_),
        'validation_predictions': floats(model.predict(Xv)),
    })
out['linear_regression'] = lin_cases

# ---- gradient boosting --------------------------------------------------------------------


def hgb_matrix(cols, rows):
    codes = {'a': 0, 'b': 1, 'c': 2, 'd': 3, 'e': 4}
    columns = [np.array([cols[name][i] for i in rows], dtype=float) for name in NUMERIC]
    columns.append(np.array([np.nan if cols['cat'][i] is None else codes[cols['cat'][i]] for i in rows]))
    columns.append(np.array([cols['noise'][i] for i in rows], dtype=float))
    return np.column_stack(columns)


gbdt_cases = []
for name, n, seed, target, early_stopping in [
    ('binary', 5000, 21, 'binary', False),
    ('regression', 5000, 22, 'regression', False),
    ('multiclass', 5000, 23, 'multiclass', False),
    ('binary-auto-early-stopping', 20000, 24, 'binary', 'auto'),
]:
    cols = synthetic_table(n, seed, target)
    train, validation = split(n)
    X, Xv = hgb_matrix(cols, train), hgb_matrix(cols, validation)
    y = np.array([cols['y'][i] for i in train])
    yv = np.array([cols['y'][i] for i in validation])
    categorical = [False] * 5 + [True, False]
    case = {'name': name, 'rows': n, 'seed': seed, 'target': target}
    if target == 'regression':
        model = HistGradientBoostingRegressor(
            early_stopping=early_stopping, categorical_features=categorical, random_state=0).fit(X, y)
        p = model.predict(Xv)
        case['metrics'] = {'rmse': float(mean_squared_error(yv, p) ** 0.5), 'r2': float(r2_score(yv, p))}
        base = LinearRegression().fit(linear_design(cols, ALL_FEATURES, train, 20)[1](train), y)
        enc = linear_design(cols, ALL_FEATURES, train, 20)[1]
        case['linear_baseline'] = {'rmse': float(mean_squared_error(yv, base.predict(enc(validation))) ** 0.5)}
    else:
        model = HistGradientBoostingClassifier(
            early_stopping=early_stopping, categorical_features=categorical, random_state=0).fit(X, y)
        proba = model.predict_proba(Xv)
        pred = model.predict(Xv)
        metrics = {'accuracy': float(accuracy_score(yv, pred)), 'log_loss': float(log_loss(yv, proba))}
        if target == 'binary':
            metrics['roc_auc'] = float(roc_auc_score(yv, proba[:, 1]))
        else:
            metrics['roc_auc'] = float(roc_auc_score(yv, proba, multi_class='ovr'))
        case['metrics'] = metrics
        enc = linear_design(cols, ALL_FEATURES, train, 20)[1]
        base = LogisticRegression(max_iter=10000).fit(enc(train), y)
        bp = base.predict_proba(enc(validation))
        case['linear_baseline'] = {
            'roc_auc': float(roc_auc_score(yv, bp[:, 1]) if target == 'binary'
                             else roc_auc_score(yv, bp, multi_class='ovr'))}
    case['n_iter'] = int(model.n_iter_)
    gbdt_cases.append(case)
out['gbdt'] = gbdt_cases

# ---- binning thresholds (sklearn's _BinMapper, n_bins=256: 255 value bins + missing) -------
from sklearn.ensemble._hist_gradient_boosting.binning import _BinMapper  # noqa: E402
import math  # noqa: E402

cols = synthetic_table(5000, 21, 'binary')
train, _ = split(5000)
stepped = [math.floor(cols['noise'][i] * 8) / 8 for i in train]  # 8 distinct values
X = np.column_stack([np.array([cols['x1'][i] for i in train]), np.array([cols['x5'][i] for i in train]),
                     np.array(stepped)])
mapper = _BinMapper(n_bins=256, random_state=0).fit(X)
out['bin_thresholds'] = [
    {'rows': 5000, 'seed': 21, 'feature': name, 'thresholds': floats(mapper.bin_thresholds_[j])}
    for j, name in enumerate(['x1', 'x5', 'noise_floor8'])
]

with open('test/fixtures/learn/sklearn-learners.json', 'w') as handle:
    json.dump(out, handle, indent=1)
    handle.write('\n')
