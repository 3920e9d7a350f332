# Imported by compile_warnings.py: its SyntaxWarnings show when it is compiled.
VALUE = 3
SAME = VALUE is 3
PATTERN = "\d+"
