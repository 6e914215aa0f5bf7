/**
 * The drift methods drift-check offers, Evidently's default thresholds and comparison operators,
 * and Evidently's automatic choice of method per column (statistics-reference §2.1, from
 * evidently `legacy/calculations/stattests/registry.py::_get_default_stattest` and each stat
 * test's `default_threshold` and drift condition).
 */

export type DriftMethod =
  'ks' | 'wasserstein' | 'psi' | 'jensenshannon' | 'chisquare' | 'z' | 'kl_div' | 'hellinger'

export type ColumnKind = 'numeric' | 'categorical'

/** How the score is compared with the threshold to call drift. */
export type DriftOperator = '<=' | '<' | '>='

export interface DriftMethodInfo {
  /** Evidently's display name. */
  label: string
  /** 'p_value' tests drift on a small p; 'distance' on a large score. */
  scoreKind: 'p_value' | 'distance'
  defaultThreshold: number
  operator: DriftOperator
  /** Column kinds the method accepts. */
  kinds: readonly ColumnKind[]
}

/**
 * KS drifts on p ≤ t (`p_value <= threshold`), chi-square and Z on p < t, every distance on
 * score ≥ t. Evidently registers chisquare and z for categorical columns but its default choice
 * also applies them to numeric columns with few distinct values; so do we.
 */
export const DRIFT_METHODS: Readonly<Record<DriftMethod, DriftMethodInfo>> = {
  ks: {
    label: 'K-S p_value',
    scoreKind: 'p_value',
    defaultThreshold: 0.05,
    operator: '<=',
    kinds: ['numeric']
  },
  chisquare: {
    label: 'chi-square p_value',
    scoreKind: 'p_value',
    defaultThreshold: 0.05,
    operator: '<',
    kinds: ['numeric', 'categorical']
  },
  z: {
    label: 'Z-test p_value',
    scoreKind: 'p_value',
    defaultThreshold: 0.05,
    operator: '<',
    kinds: ['numeric', 'categorical']
  },
  wasserstein: {
    label: 'Wasserstein distance (normed)',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    operator: '>=',
    kinds: ['numeric']
  },
  jensenshannon: {
    label: 'Jensen-Shannon distance',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    operator: '>=',
    kinds: ['numeric', 'categorical']
  },
  psi: {
    label: 'PSI',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    operator: '>=',
    kinds: ['numeric', 'categorical']
  },
  kl_div: {
    label: 'Kullback-Leibler divergence',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    operator: '>=',
    kinds: ['numeric', 'categorical']
  },
  hellinger: {
    label: 'Hellinger distance',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    operator: '>=',
    kinds: ['numeric', 'categorical']
  }
}

export function isDriftMethod(name: string): name is DriftMethod {
  return Object.prototype.hasOwnProperty.call(DRIFT_METHODS, name)
}

/** Reference row count up to which the small-sample tests (KS, chi-square, Z) are chosen. */
export const SMALL_REFERENCE_MAX_ROWS = 1000

export interface MethodChoice {
  method: DriftMethod
  /** One sentence naming the rule applied, for the report. */
  reason: string
}

/**
 * Evidently's default test for a column, given its kind, the reference's row count after
 * dropping missing and infinite values, and the number of distinct values of reference and
 * current together (pandas `concat(ref, cur).nunique()`):
 *   reference rows ≤ 1000: numeric → KS if > 5 distinct, chi-square if 3..5, Z if ≤ 2;
 *                          categorical → chi-square if > 2 distinct, else Z;
 *   reference rows > 1000: numeric → Wasserstein (normed) if > 5 distinct, else Jensen–Shannon;
 *                          categorical → Jensen–Shannon.
 */
export function chooseDefaultMethod(
  kind: ColumnKind,
  referenceRows: number,
  distinctValues: number
): MethodChoice {
  const size =
    referenceRows <= SMALL_REFERENCE_MAX_ROWS
      ? `reference rows ${referenceRows} <= ${SMALL_REFERENCE_MAX_ROWS}`
      : `reference rows ${referenceRows} > ${SMALL_REFERENCE_MAX_ROWS}`
  const values = `${distinctValues} distinct value${distinctValues === 1 ? '' : 's'}`
  let method: DriftMethod
  if (referenceRows <= SMALL_REFERENCE_MAX_ROWS) {
    if (kind === 'numeric')
      method = distinctValues > 5 ? 'ks' : distinctValues > 2 ? 'chisquare' : 'z'
    else method = distinctValues > 2 ? 'chisquare' : 'z'
  } else if (kind === 'numeric') {
    method = distinctValues > 5 ? 'wasserstein' : 'jensenshannon'
  } else {
    method = 'jensenshannon'
  }
  return { method, reason: `Evidently default: ${kind}, ${size}, ${values} -> ${method}` }
}

/** Whether `score` signals drift under the method's operator and `threshold`. */
export function isDrift(score: number, operator: DriftOperator, threshold: number): boolean {
  switch (operator) {
    case '<=':
      return score <= threshold
    case '<':
      return score < threshold
    case '>=':
      return score >= threshold
  }
}
