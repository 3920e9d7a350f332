# argparse reading sys.argv (from argparse_cli.args): a missing required
# option ends the program with usage, the error line and status 2.
import argparse

parser = argparse.ArgumentParser(description="Sum some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
parser.add_argument("--required-flag", required=True)
print(parser.prog)
args = parser.parse_args()
print(args.accumulate(args.integers))
