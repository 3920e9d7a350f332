import errno
print(errno.ENOENT, errno.errorcode[2], errno.EWOULDBLOCK, errno.errorcode[11], len(errno.errorcode), sorted(errno.errorcode.items())[:5], errno.EDEADLOCK)
print(sorted(n for n in dir(errno) if n.startswith("E"))[:40])
