"""Reference values for shared/spc control-chart constants (stats-reference.md §1.2).

d2(n) = E[range of n iid N(0,1)] = ∫ 1 − Φ(x)^n − (1 − Φ(x))^n dx
d3(n) = sd of that range, from E[W²] = 2 ∫_0^∞ w P(W > w) dw with
        P(W ≤ w) = n ∫ φ(x) [Φ(x + w) − Φ(x)]^(n−1) dx  (Tippett 1925)
c4(n) = sqrt(2/(n−1)) Γ(n/2) / Γ((n−1)/2)
Integrals by scipy.integrate.quad at tight tolerances. Output: test/fixtures/spc/constants.json.
"""
import json, math
from scipy import integrate, special, stats

phi, Phi = stats.norm.pdf, stats.norm.cdf


def d2(n):
    f = lambda x: 1 - Phi(x) ** n - (1 - Phi(x)) ** n
    return integrate.quad(f, -12, 12, epsabs=1e-14, epsrel=1e-13, limit=400)[0]


def range_cdf(w, n):
    f = lambda x: phi(x) * (Phi(x + w) - Phi(x)) ** (n - 1)
    return n * integrate.quad(f, -12, 12, epsabs=1e-15, epsrel=1e-13, limit=400)[0]


def d3(n):
    second = 2 * integrate.quad(lambda w: w * (1 - range_cdf(w, n)), 0, 16, epsabs=1e-13, epsrel=1e-12, limit=400)[0]
    return math.sqrt(second - d2(n) ** 2)


def c4(n):
    return math.sqrt(2 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2))


rows = []
for n in range(2, 26):
    a, b, c = d2(n), d3(n), c4(n)
    rows.append({
        'n': n, 'd2': a, 'd3': b, 'c4': c,
        'A2': 3 / (a * math.sqrt(n)), 'A3': 3 / (c * math.sqrt(n)),
        'B3': max(0.0, 1 - 3 * math.sqrt(1 - c * c) / c), 'B4': 1 + 3 * math.sqrt(1 - c * c) / c,
        'D3': max(0.0, 1 - 3 * b / a), 'D4': 1 + 3 * b / a,
    })
out = {
    'description': 'Exact normal-theory control chart constants, n = 2..25 (scipy.integrate.quad)',
    'generator': 'scripts/oracles/spc-constants.py',
    'E2': 3 / rows[0]['d2'],
    'median_moving_range_factor': math.sqrt(2) * stats.norm.ppf(0.75),
    'rows': rows,
}
json.dump(out, open('test/fixtures/spc/constants.json', 'w'), indent=1)
