"""Prints the Stirling-error table used by shared/drift/ks/binomial-saddle-point.ts.

stirlerr(n) = ln(n!) - (n + 1/2) ln(n) + n - ln(sqrt(2 pi)), for n = 1..15, evaluated in 50-digit
decimal arithmetic (Python's decimal module: exact factorials, correctly rounded ln). These are
the values Loader (2000) tabulates for small n, where the asymptotic series converges too slowly.
Run: /usr/bin/python3 scripts/oracles/drift-stirling-table.py
"""
from decimal import Decimal, getcontext
from math import factorial

getcontext().prec = 50


def pi():
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239)
    def atan_inv(k):
        x = Decimal(1) / k
        x2 = x * x
        term, total, n = x, x, 1
        while True:
            term *= -x2
            n += 2
            nxt = total + term / n
            if nxt == total:
                return total
            total = nxt
    return 16 * atan_inv(5) - 4 * atan_inv(239)


half_log_two_pi = (2 * pi()).ln() / 2
for n in range(1, 16):
    d = Decimal(n)
    value = Decimal(factorial(n)).ln() - (d + Decimal('0.5')) * d.ln() + d - half_log_two_pi
    print(f'{n}: {float(value)!r}')
