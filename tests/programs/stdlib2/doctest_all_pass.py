"""A module whose doctests all pass: testmod() prints nothing.

>>> square(4)
16
"""


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square('a')
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s.items)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        """Remove and return the top item.

        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
