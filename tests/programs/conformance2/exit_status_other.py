# SystemExit with a non-int, non-str object prints it; exit status 1.
import sys
sys.exit([1, 2])
