# CPython 3.11 prints each item of __notes__ when it is a sequence: a str is
# one note per character, bytes one per byte value; other items print as str().
import sys


def show(notes):
    e = ValueError('v')
    e.__notes__ = notes
    sys.__excepthook__(ValueError, e, None)


show(['first note', 5, b'x'])
show(('a', 'tuple'))
show(b'ab')
e = ValueError('final')
e.add_note('added note')
e.add_note('multi\nline note')
e.__notes__ = 'str!'
raise e
