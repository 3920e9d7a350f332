# Notes appear under the uncaught error.
try:
    int("abc")
except ValueError as e:
    e.add_note("while parsing the header")
    raise
