"""Module docstring.

>>> 1 + 1
2
"""

def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> x = 5
    >>> x * 2
    10
    """
    return a + b

class Point:
    """A point.

    >>> p = Point(1, 2)
    >>> p
    Point(1, 2)
    >>> p.norm2()
    5
    >>> Point(0, 0).missing
    Traceback (most recent call last):
      ...
    AttributeError: 'Point' object has no attribute 'missing'
    >>> print("a\\nb")
    a
    b
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    """
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def norm2(self):
        """
        >>> Point(3, 4).norm2()
        25
        >>> Point(3, 4).norm2()  # doctest: +SKIP
        99
        >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
         10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
        >>> print("long text here")  # doctest: +ELLIPSIS
        long ... here
        >>> raise ValueError("multi\\nline")
        Traceback (most recent call last):
        ValueError: multi
        line
        >>> 1/0
        Traceback (most recent call last):
        ZeroDivisionError: division by zero
        >>> {'b': 1, 'a': 2}
        {'b': 1, 'a': 2}
        >>> None
        >>> print('')
        <BLANKLINE>
        >>> int('x')
        Traceback (most recent call last):
        ValueError: invalid literal for int() with base 10: 'x'
        >>> int('y')  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ValueError: something else
        >>> print(1, 2)  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
        1   ...
        """
        return self.x ** 2 + self.y ** 2

def broken():
    """
    >>> [1, 2, 3]   # doctest: +NORMALIZE_WHITESPACE
    [1,
     2, 3]
    >>> 'text'
    "text"
    >>> def f(x):
    ...     return x * 2
    >>> f(4)
    8
    """

if __name__ == "__main__":
    import contextlib, doctest, io
    for verbose in (False, True):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            r = doctest.testmod(verbose=verbose)
        print(buffer.getvalue().replace(__file__, "FILE"), end="")
        print(r, r.failed, r.attempted)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        doctest.run_docstring_examples(add, {'add': add}, name='add')
        r = doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    print(buffer.getvalue().replace(__file__, "FILE"), end="")
    print(r)
