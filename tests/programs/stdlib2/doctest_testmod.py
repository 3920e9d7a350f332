"""Module doc (examples of the doctest module itself).

>>> 1 + 1
2
"""


def add(a, b):
    """Add numbers.

    >>> add(1, 2)
    3
    >>> add(1, 1)
    3
    >>> print('x')
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    """
    return a + b


class C:
    """A class.

    >>> C().m()
    'm'
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> int('y')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: something else
    """

    def m(self):
        """
        >>> x = 5
        >>> x * 2
        10
        >>> list(range(20))  # doctest: +ELLIPSIS
        [0, 1, ..., 19]
        >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
        a b
        >>> print('')
        <BLANKLINE>
        >>> True
        1
        >>> for i in range(2):
        ...     print(i * 10)
        0
        10
        """
        return 'm'


if __name__ == "__main__":
    import contextlib
    import doctest
    import io
    for verbose in (False, True):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            result = doctest.testmod(verbose=verbose)
        # The report names this file by its absolute path.
        print(buffer.getvalue().replace(__file__, "FILE"), end="")
        print(result)
