# asin acos atan atan2 over seeded random arguments and edge values (see _cases.py).
from _cases import run

run(['asin', 'acos', 'atan', 'atan2'], 400)
