"""pvm's implementation of the `itertools` module, written in Python.

count, cycle, repeat, accumulate, chain (+from_iterable), compress, dropwhile,
filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest,
product, permutations, combinations, combinations_with_replacement. Each is a
function that checks its arguments eagerly, as CPython's constructors do, and
returns a generator producing CPython's values in CPython's order (product
steps an odometer: it never builds the whole product), with CPython's argument
errors; count, repeat, islice and chain are native (backends/runtime/itertools.ts).
"""

# Functions CPython writes in C: they show as built-ins (<built-in function name>).
__c_functions__ = ('tee',)


from _itertools import count, repeat, islice, chain
from operator import index as _index


_MISSING = object()


def _positional(name, args, kwargs, n):
    """The arguments of a constructor that takes exactly n positional ones."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, n, '' if n == 1 else 's', len(args)))
    return args


def _required(name, value, param, pos):
    if value is _MISSING:
        raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, param, pos))


def _r_count(r):
    """The r of combinations: an index, never negative."""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(*args, **kwargs):
    iterable, = _positional('cycle', args, kwargs, 1)
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def accumulate(iterable=_MISSING, func=None, *, initial=None):
    _required('accumulate', iterable, 'iterable', 1)
    return _accumulate(iter(iterable), func, initial)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data=_MISSING, selectors=_MISSING):
    _required('compress', data, 'data', 1)
    _required('compress', selectors, 'selectors', 2)
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(*args, **kwargs):
    predicate, iterable = _positional('dropwhile', args, kwargs, 2)
    return _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(*args, **kwargs):
    predicate, iterable = _positional('filterfalse', args, kwargs, 2)
    return _filterfalse(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(*args, **kwargs):
    predicate, iterable = _positional('takewhile', args, kwargs, 2)
    return _takewhile(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(*args, **kwargs):
    function, iterable = _positional('starmap', args, kwargs, 2)
    return _starmap(function, iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(*args, **kwargs):
    iterable, = _positional('pairwise', args, kwargs, 1)
    return _pairwise(iter(iterable))


class _GroupBy:
    """groupby's shared state: the current key and value, read by the groups."""

    def __init__(self, iterable, key):
        self.keyfunc = (lambda x: x) if key is None else key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
        self.id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def groupby(iterable=_MISSING, key=None):
    _required('groupby', iterable, 'iterable', 1)
    return _GroupBy(iterable, key)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _product(pools):
    # An odometer over the pools: one tuple at a time, never the whole product.
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            k = indices[i] + 1
            if k < len(pools[i]):
                indices[i] = k
                current[i] = pools[i][k]
                break
            indices[i] = 0
            current[i] = pools[i][0]
            i -= 1
        else:
            return
        yield tuple(current)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable=_MISSING, r=None):
    _required('permutations', iterable, 'iterable', 1)
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable=_MISSING, r=_MISSING):
    _required('combinations', iterable, 'iterable', 1)
    _required('combinations', r, 'r', 2)
    r = _r_count(r)
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable=_MISSING, r=_MISSING):
    _required('combinations_with_replacement', iterable, 'iterable', 1)
    _required('combinations_with_replacement', r, 'r', 2)
    r = _r_count(r)
    return _combinations_with_replacement(tuple(iterable), r)


class _TeeLink:
    """One cell of the linked buffer shared by the iterators of one tee."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _TeeIterator:
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _TeeIterator(self._source, self._link)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _TeeIterator):
        first = it.__copy__()
    else:
        first = _TeeIterator(it, _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
