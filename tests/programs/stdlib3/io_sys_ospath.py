import io, sys, os.path as osp, os
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.read(), repr(s.read()))
s.seek(0); print([l for l in s], s.getvalue()[:5])
w = io.StringIO(); print(w.write('abc'), w.write('é\n'), w.tell(), repr(w.getvalue()), w.seek(1), w.write('Z'), repr(w.getvalue()))
w.truncate(2); print(repr(w.getvalue()), w.closed, w.readable(), w.writable(), w.seekable())
w.close(); print(w.closed)
try:
    w.write('x')
except ValueError as e:
    print(e)
with io.StringIO() as f:
    print('hello', 'world', sep='-', file=f); f.writelines(['a', 'b']); print(repr(f.getvalue()))
b = io.BytesIO(b'\x00\x01abc'); print(b.read(2), b.read(), b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.write(b'XY'), b.getbuffer().tobytes() if hasattr(b, 'getbuffer') else '')
nl = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(nl.read()))
print(repr(io.StringIO('x\ny', newline='').readlines()))
print(sys.stdout.write('written\n'), sys.stdout.writable(), sys.stdout.encoding, sys.stderr.write(''), type(sys.stdout).__name__)
print(sys.argv[0], sys.argv[1:], sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info.major, sys.platform, sys.getrecursionlimit())
print(sys.int_info.bits_per_digit, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus, sys.maxunicode, sys.implementation.name != '')
print(osp.join('a', 'b', 'c.txt'), osp.join('/a', '/b'), osp.join('a/', 'b'), osp.split('/x/y/z.py'), osp.splitext('arch.tar.gz'), osp.splitext('.bashrc'))
print(osp.basename('/a/b/'), osp.basename('/a/b'), osp.dirname('/a/b/c'), osp.dirname('file'), osp.normpath('/a/./b/../c//d/'), osp.normpath(''), osp.normpath('../../x'))
print(osp.isabs('/x'), osp.isabs('x'), osp.commonprefix(['/usr/lib', '/usr/local']), osp.commonpath(['/usr/lib', '/usr/local']), osp.relpath('/a/b/c', '/a/d'), osp.splitdrive('/x'))
print(os.sep, os.linesep == '\n', os.curdir, os.pardir, os.extsep, osp.expanduser('x'), osp.normcase('A/B'))
try:
    osp.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
def check_exit(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
check_exit(None); check_exit(3); check_exit('msg'); check_exit((1, 2))
print(sys.getsizeof(0) > 0, isinstance(sys.modules, dict), 'sys' in sys.modules, callable(sys.exc_info), sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info(); print(t.__name__, repr(v), tb.tb_lineno)
print(sys.flags.optimize, sys.dont_write_bytecode, sys.executable != '', type(sys.path).__name__, sys.stdin.readable())
sys.stderr.write('to stderr\n')
print(sys.intern('abc'), sys.getdefaultencoding(), sys.getrecursionlimit() >= 1000, sys.is_finalizing())
sys.exit('exiting with message')
