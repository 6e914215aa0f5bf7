/** Tollgate's version, recorded in every report, profile and lineage event. */
export const TOLLGATE_VERSION = '0.1.0'
