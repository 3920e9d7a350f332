import sys

print(sys.maxsize, sys.version_info[0], sys.version_info >= (3, 11), sys.byteorder)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.getrecursionlimit(), isinstance(sys.path, list), "sys" in sys.modules, sys.float_info.max)
print(sys.int_info.bits_per_digit > 0, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus)
sys.stdout.write("direct write\n")
print(sys.stdin.isatty() in (True, False), sys.platform in ("linux", "darwin", "win32"))
