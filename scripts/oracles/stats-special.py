"""Reference values for shared/stats (special functions, distributions, quantiles)."""
import json, math
from scipy import special, stats
import numpy as np

out = {}
xs = [0.1, 0.5, 1, 1.5, 2.5, 3.7, 10, 33.3, 171.2]
out['lgamma'] = [[x, math.lgamma(x)] for x in xs]
pairs = [(0.5, 0.1), (0.5, 2), (1, 1), (3, 2.5), (3, 12), (10, 3), (50, 60), (0.5, 40), (7.5, 7.5)]
out['gammainc'] = [[a, x, float(special.gammainc(a, x)), float(special.gammaincc(a, x))] for a, x in pairs]
bs = [(0.3, 2, 3), (0.9, 0.5, 0.5), (0.01, 5, 10), (0.6, 30, 40), (0.999, 2, 200)]
out['betainc'] = [[x, a, b, float(special.betainc(a, b, x))] for x, a, b in bs]
zs = [-8, -5, -3, -1.96, -0.5, 0, 0.3, 1, 2.5, 6, 9]
out['normcdf'] = [[z, float(stats.norm.cdf(z)), float(stats.norm.sf(z))] for z in zs]
ps = [1e-12, 1e-6, 0.001, 0.025, 0.2, 0.5, 0.75, 0.975, 0.999999, 1 - 1e-10]
out['normppf'] = [[p, float(stats.norm.ppf(p))] for p in ps]
cs = [(0.5, 1), (3.84, 1), (10, 3), (100, 50), (300, 200), (1e-3, 2)]
out['chi2sf'] = [[x, k, float(stats.chi2.sf(x, k))] for x, k in cs]
bins = [(3, 10, 0.5), (5, 17, 0.5), (0, 4, 0.3), (40, 100, 0.45), (12, 30, 0.2)]
out['binomcdf'] = [[k, n, p, float(stats.binom.cdf(k, n, p))] for k, n, p in bins]
ts = [(2.1, 5), (0.5, 30), (4, 100), (1.2, 2)]
out['tp'] = [[t, df, float(2 * stats.t.sf(abs(t), df))] for t, df in ts]
rng = np.random.default_rng(1)
arr = np.sort(rng.normal(size=37))
qs = [0, 0.01, 0.1, 0.25, 0.5, 0.7, 0.9, 0.99, 1]
out['quantile'] = {
    'values': arr.tolist(),
    'linear': [[q, float(np.quantile(arr, q))] for q in qs],
    'nearest': [[q, float(np.quantile(arr, q, method='nearest'))] for q in qs],
}
arr2 = np.array([1, 2, 3, 4.0])
out['nearest_half'] = [[q, float(np.quantile(arr2, q, method='nearest'))] for q in [0.5, 1 / 6, 0.8333333333333334]]
json.dump(out, open('test/fixtures/stats/scipy-special.json', 'w'), indent=1)
