# Prints what `pvm run` handed the program: tests/startup/run.test.ts runs it with argument lists a command-line parser could mangle.
import sys
print(sys.argv[1:])
print(__name__, __file__.endswith('argv_script.py'))
