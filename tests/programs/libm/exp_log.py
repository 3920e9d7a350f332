# exp exp2 expm1 log log2 log10 log1p over seeded random arguments and edge values (see _cases.py).
from _cases import run

run(['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p'], 400)
