"""Reference values for shared/sketch: MurmurHash3_x86_32 (scikit-learn) and numpy quantiles.

Writes test/fixtures/sketch/murmur3-sklearn.json and test/fixtures/sketch/numpy-quantiles.json.
"""
import json
import os

import numpy as np
from sklearn.utils import murmurhash3_32

ROOT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'sketch')

texts = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'Hello, world!', 'test', 'aaaa',
         'The quick brown fox jumps over the lazy dog', 'é', 'naïve café', '😀', 'a😀b',
         '日本語のテキスト', 'ñ' * 70, 'x' * 1000, '0', '-1.5e-300', 'customer-000123']
seeds = [0, 1, 42, 0x9747b28c]
murmur = [[t, s, int(murmurhash3_32(t, seed=s, positive=True))] for t in texts for s in seeds]
with open(os.path.join(ROOT, 'murmur3-sklearn.json'), 'w') as f:
    lines = ',\n'.join('  ' + json.dumps(case, ensure_ascii=False) for case in murmur)
    f.write('{"generator": "sklearn.utils.murmurhash3_32(text, seed, positive=True)",\n'
            '"cases": [\n' + lines + '\n]}\n')

rng = np.random.default_rng(20261124)
n = 2000
normal_with_zeros = rng.normal(0, 10, n)
normal_with_zeros[rng.random(n) < 0.1] = 0.0
signs = np.where(rng.random(n) < 0.3, -1.0, 1.0)
datasets = {
    'lognormal': rng.lognormal(3, 1.5, n),
    'normal_with_zeros': normal_with_zeros,
    'integers_0_100': rng.integers(0, 101, n).astype(float),
    'wide_magnitudes_signed': signs * 10 ** rng.uniform(-7, 7, n),
}
qs = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1]
out = {'qs': qs, 'datasets': {}}
for name, data in datasets.items():
    edges = np.histogram_bin_edges(data, 'sturges')
    counts, _ = np.histogram(data, edges)
    out['datasets'][name] = {
        'values': data.tolist(),
        'lower': [float(np.quantile(data, q, method='lower')) for q in qs],
        'linear': [float(np.quantile(data, q, method='linear')) for q in qs],
        'edges': edges.tolist(),
        'histogram': counts.tolist(),
    }
with open(os.path.join(ROOT, 'numpy-quantiles.json'), 'w') as f:
    json.dump(out, f)
