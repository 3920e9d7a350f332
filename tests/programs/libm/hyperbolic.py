# sinh cosh tanh asinh acosh atanh over seeded random arguments and edge values (see _cases.py).
from _cases import run

run(['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'], 400)
