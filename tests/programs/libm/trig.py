# sin cos tan over seeded random arguments and edge values (see _cases.py).
from _cases import run

run(['sin', 'cos', 'tan'], 400)
