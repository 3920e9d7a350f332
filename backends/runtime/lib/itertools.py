"""pvm's `itertools` module: the iterator types are native
(backends/runtime/itertools.ts, module `_itertools`), as CPython's are C
types, with their type names, constructor errors and laziness.
"""

from _itertools import (count, repeat, islice, chain, cycle, accumulate, compress,
                        dropwhile, takewhile, filterfalse, starmap, pairwise,
                        zip_longest, groupby, product, permutations, combinations,
                        combinations_with_replacement, tee, _tee, _grouper)

