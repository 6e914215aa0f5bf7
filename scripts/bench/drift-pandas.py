"""The pandas + scipy peer of Tollgate's drift benchmark (scripts/bench.mjs, drift section).

Reads both CSV files with pandas and computes, per numeric column, scipy's two-sample KS (D and
p, method auto) and Wasserstein-1 normed by the reference's population sd (Evidently's
`wasserstein` test), and per categorical column the Jensen-Shannon distance of the value
proportions (Evidently's default for more than 1000 reference rows): the same work as the two
Tollgate runs it is compared with. Prints the scores as JSON on stdout and, as the last stderr
line, the peak RSS (the convention of scripts/bench/measured.mjs).
Usage: python3 scripts/bench/drift-pandas.py REFERENCE.csv CURRENT.csv
"""
import json
import resource
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

NUMERIC = ['id', 'customer_id', 'age', 'score', 'amount', 'sessions']
CATEGORICAL = ['country', 'plan', 'active', 'referrer']


def finite(series):
    return series.replace([np.inf, -np.inf], np.nan).dropna().to_numpy(dtype=float)


def main():
    reference = pd.read_csv(sys.argv[1])
    current = pd.read_csv(sys.argv[2])
    scores = {}
    for column in NUMERIC:
        ref, cur = finite(reference[column]), finite(current[column])
        ks = stats.ks_2samp(ref, cur)
        wasserstein = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
        scores[column] = {'ks_d': float(ks.statistic), 'ks_p': float(ks.pvalue),
                          'wasserstein': float(wasserstein)}
    for column in CATEGORICAL:
        ref = reference[column].dropna().astype(str)
        cur = current[column].dropna().astype(str)
        keys = sorted(set(ref.unique()) | set(cur.unique()))
        ref_share = ref.value_counts(normalize=True)
        cur_share = cur.value_counts(normalize=True)
        scores[column] = {'jensenshannon': float(distance.jensenshannon(
            [ref_share.get(k, 0.0) for k in keys], [cur_share.get(k, 0.0) for k in keys]))}
    print(json.dumps(scores))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stderr.write(f'\n{json.dumps({"peakRssMiB": peak_mib})}\n')


if __name__ == '__main__':
    main()
