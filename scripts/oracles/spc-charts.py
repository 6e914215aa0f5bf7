"""Reference values for shared/spc charts on synthetic data with unequal subgroup and sample sizes.

An independent numpy transcription of the formulas in stats-reference.md §1.3-§1.6 as qcc 3.0
applies them (sd.xbar UWAVE-R / UWAVE-SD / RMSDF, stats.R / stats.S size-weighted centres,
limits.R / limits.S / limits.p / limits.u with clipping, ewma with per-point n), using qcc's d2/d3
tables. Output: test/fixtures/spc/synthetic-charts.json.
"""
import json, math
import numpy as np
from scipy import special

D2 = [math.nan, math.nan, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258,
      3.336, 3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931]
D3 = [math.nan, math.nan, 0.8525033, 0.8883697, 0.8798108, 0.8640855, 0.8480442, 0.8332108, 0.8198378,
      0.8078413, 0.7970584, 0.7873230, 0.7784873, 0.7704257, 0.7630330, 0.7562217, 0.7499188, 0.7440627,
      0.7386021, 0.7334929, 0.7286980, 0.7241851, 0.7199267, 0.7158987, 0.7120802, 0.7084528]


def c4(n):
    return math.sqrt(2 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2))


rng = np.random.default_rng(20240601)
out = {'generator': 'scripts/oracles/spc-charts.py', 'nsigmas': 3}

# --- X-bar/R and X-bar/S with unequal n (2..8); phase I = first 18 subgroups, 12 in phase II.
sizes = [int(s) for s in rng.integers(2, 9, size=30)]
subgroups = [np.round(rng.normal(50 + (0.8 if i >= 24 else 0), 2, size=n), 3).tolist() for i, n in enumerate(sizes)]
base = slice(0, 18)
means = np.array([np.mean(g) for g in subgroups])
ranges = np.array([np.ptp(g) for g in subgroups])
sds = np.array([np.std(g, ddof=1) for g in subgroups])
n = np.array(sizes)
center = float(np.sum(n[base] * means[base]) / np.sum(n[base]))
sigma_r = float(np.mean(ranges[base] / np.array([D2[k] for k in n[base]])))
sigma_s = float(np.mean(sds[base] / np.array([c4(k) for k in n[base]])))
w = n[base] - 1
sigma_rmsdf = float(math.sqrt(np.sum(w * sds[base] ** 2) / np.sum(w)) / c4(np.sum(w) + 1))
r_center = float(np.sum(n[base] * ranges[base]) / np.sum(n[base]))
s_center = float(np.sum(n[base] * sds[base]) / np.sum(n[base]))
se_r = np.array([D3[k] for k in n]) * sigma_r
se_s = sigma_s * np.sqrt(1 - np.array([c4(k) for k in n]) ** 2)
out['subgroups'] = {
    'baseline': 18,
    'data': subgroups,
    'center': center,
    'sigma_uwave_r': sigma_r,
    'sigma_uwave_sd': sigma_s,
    'sigma_rmsdf': sigma_rmsdf,
    'xbar_r': {
        'lcl': (center - 3 * sigma_r / np.sqrt(n)).tolist(),
        'ucl': (center + 3 * sigma_r / np.sqrt(n)).tolist(),
        'r_center': r_center,
        'r_lcl': np.maximum(0, r_center - 3 * se_r).tolist(),
        'r_ucl': (r_center + 3 * se_r).tolist(),
    },
    'xbar_s': {
        'lcl': (center - 3 * sigma_s / np.sqrt(n)).tolist(),
        'ucl': (center + 3 * sigma_s / np.sqrt(n)).tolist(),
        's_center': s_center,
        's_lcl': np.maximum(0, s_center - 3 * se_s).tolist(),
        's_ucl': (s_center + 3 * se_s).tolist(),
    },
}

# EWMA on the same subgroups (lambda 0.3, sigma UWAVE-R, z0 = centre, per-point n).
lam = 0.3
z, zs = center, []
for x in means:
    z = lam * x + (1 - lam) * z
    zs.append(z)
i = np.arange(1, len(means) + 1)
sz = sigma_r / np.sqrt(n) * np.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * i)))
out['subgroups']['ewma_lambda0.3'] = {'z': zs, 'lcl': (center - 3 * sz).tolist(), 'ucl': (center + 3 * sz).tolist()}

# --- X-bar/S with subgroups larger than 25: qcc switches to RMSDF.
big_sizes = [int(s) for s in rng.integers(20, 40, size=12)]
big = [np.round(rng.normal(10, 1.5, size=k), 3).tolist() for k in big_sizes]
bsd = np.array([np.std(g, ddof=1) for g in big])
bw = np.array(big_sizes) - 1
out['large_subgroups'] = {
    'data': big,
    'sigma_rmsdf': float(math.sqrt(np.sum(bw * bsd ** 2) / np.sum(bw)) / c4(np.sum(bw) + 1)),
    'sigma_uwave_sd': float(np.mean(bsd / np.array([c4(k) for k in big_sizes]))),
}

# --- p chart with varying n (pooled pbar, per-point limits clipped to [0, 1]).
p_sizes = [int(s) for s in rng.integers(8, 400, size=25)]
p_counts = [int(rng.binomial(k, 0.06)) for k in p_sizes]
pn = np.array(p_sizes)
pd = np.array(p_counts)
pbar = float(pd[:20].sum() / pn[:20].sum())
psd = np.sqrt(pbar * (1 - pbar) / pn)
out['p_varying'] = {
    'baseline': 20,
    'counts': p_counts,
    'sizes': p_sizes,
    'pbar': pbar,
    'sigma': psd.tolist(),
    'lcl': np.maximum(0, pbar - 3 * psd).tolist(),
    'ucl': np.minimum(1, pbar + 3 * psd).tolist(),
    'z': ((pd / pn - pbar) / psd).tolist(),
}

# --- u chart with varying exposure.
u_sizes = np.round(rng.uniform(0.5, 6, size=25), 2)
u_counts = [int(rng.poisson(3 * k)) for k in u_sizes]
uc = np.array(u_counts)
ubar = float(uc[:20].sum() / u_sizes[:20].sum())
usd = np.sqrt(ubar / u_sizes)
out['u_varying'] = {
    'baseline': 20,
    'counts': u_counts,
    'sizes': u_sizes.tolist(),
    'ubar': ubar,
    'lcl': np.maximum(0, ubar - 3 * usd).tolist(),
    'ucl': (ubar + 3 * usd).tolist(),
}

# --- I-MR sigma variants on individuals.
x = np.round(rng.normal(100, 5, size=30), 2)
mr = np.abs(np.diff(x[:20]))
out['individuals'] = {
    'baseline': 20,
    'values': x.tolist(),
    'sigma_average_mr': float(mr.mean() / 1.128),
    'sigma_median_mr': float(np.median(mr) / 0.954),
    'sigma_median_mr_exact': float(np.median(mr) / (math.sqrt(2) * 0.6744897501960817)),
    'sigma_sd': float(np.std(x[:20], ddof=1) / c4(20)),
    'center': float(x[:20].mean()),
}

json.dump(out, open('test/fixtures/spc/synthetic-charts.json', 'w'), indent=1)
