"""Sample generator shared by scripts/oracles/drift-*.py (mirrored by
test/shared/drift/oracle-samples.ts): mulberry32 uniforms combined with IEEE-exact operations
only, so Python and TypeScript produce bit-identical doubles."""
import math

import numpy as np

M32 = 0xFFFFFFFF


def mulberry32(seed):
    state = seed & M32

    def nxt():
        nonlocal state
        state = (state + 0x6D2B79F5) & M32
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & M32
        t = (t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & M32)) & M32)) & M32
        return ((t ^ (t >> 14)) & M32) / 4294967296

    return nxt


def sample(spec):
    """spec = [seed, n, kind, a, b]: 'sum4' -> a + b*(((u1+u2)+u3)+u4); 'grid' -> a + floor(u*b)."""
    seed, n, kind, a, b = spec
    r = mulberry32(seed)
    out = np.empty(n)
    for i in range(n):
        if kind == 'sum4':
            u1 = r(); u2 = r(); u3 = r(); u4 = r()
            out[i] = a + b * (((u1 + u2) + u3) + u4)
        elif kind == 'grid':
            out[i] = a + math.floor(r() * b)
        else:
            raise ValueError(kind)
    return out




def finite_or_none(value):
    """JSON has no NaN/inf: write null (the tests read null as NaN or 'not finite')."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite_or_none(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite_or_none(v) for v in value]
    if isinstance(value, np.floating):
        return finite_or_none(float(value))
    if isinstance(value, np.integer):
        return int(value)
    return value
