# An exit code beyond a C long's range gives status 255 (-1), silently.
import sys
print('exiting')
sys.exit(2 ** 70)
