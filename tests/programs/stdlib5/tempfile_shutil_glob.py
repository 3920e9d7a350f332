import tempfile, shutil, glob, os, io
SRC, DST = '/tmp/pvm_test_shutil_src.txt', '/tmp/pvm_test_shutil_dst.txt'
print(tempfile.gettempprefix(), tempfile.tempdir, tempfile.gettempdir(), tempfile.tempdir, tempfile.gettempdirb(), tempfile.TMP_MAX)
with tempfile.TemporaryFile() as f:
    print(type(f).__name__, f.mode, f.name, f.write(b'hello world\n'), f.tell(), f.seek(0), f.read(5), f.readline(), f.read())
    f.seek(0); print(f.readlines(), f.closed)
print(f.closed)
with tempfile.TemporaryFile('w+') as t:
    print(type(t).__name__, t.mode, t.encoding, t.write('línea 1\nline 2\n'), t.seek(0), t.read(), t.tell())
    t.seek(0); print([line for line in t])
with tempfile.TemporaryFile(mode='w+', newline='') as t:
    t.write('a\r\nb\n'); t.seek(0); print(repr(t.read()))
s = tempfile.SpooledTemporaryFile(max_size=10)
print(type(s).__name__, s._rolled, s.mode, s.name, s.closed, s.writable(), s.readable(), s.seekable())
s.write(b'short'); print(s._rolled, s.tell())
s.write(b' and now longer than ten'); print(s._rolled, s.mode, s.tell(), s.name)
s.seek(0); print(s.read()); s.close(); print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+', max_size=100) as sp:
    sp.write('text\nmore\n'); sp.seek(0); print(sp.readline(), sp.readlines(), sp.mode, sp.encoding, sp._rolled, sp.newlines, sp.errors)
    sp.rollover(); print(sp._rolled, sp.mode); sp.seek(0); print(sp.read())
sp2 = tempfile.SpooledTemporaryFile(); sp2.write(b'abc'); print(sp2.truncate(1), sp2.tell()); sp2.seek(0); print(sp2.read(), sp2._rolled)
try:
    with sp: pass
except ValueError as e: print(e)
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 40)), shutil.get_terminal_size().columns, os.terminal_size((3, 4)))
for a in [(1, 2, 3), 5]:
    try: os.terminal_size(a)
    except TypeError as e: print(e)
src, dst = io.BytesIO(b'x' * 100000), io.BytesIO(); shutil.copyfileobj(src, dst, 4096); print(len(dst.getvalue()))
src, dst = io.StringIO('abc' * 10), io.StringIO(); shutil.copyfileobj(src, dst); print(dst.getvalue()[:9])
print(glob.escape('/a/b*c?[d]'), glob.escape(b'x*'), glob.has_magic(b'a['), glob.has_magic('plain'), glob.glob(''), glob.glob('/tmp/'), glob.glob('/tmp'), list(glob.iglob('tempfile_shutil_glob.py')), glob.glob('tempfile_shutil_glob.py'), glob.glob('nope.txt'), glob.glob('tempfile_shutil_glob.py', root_dir='.'))
ign = shutil.ignore_patterns('*.pyc', 'tmp*'); print(sorted(ign('/x', ['a.py', 'b.pyc', 'tmpdir', 'c'])))
with open(SRC, 'w') as f: f.write('copied text\n')
print(shutil.copyfile(SRC, DST), open(DST).read(), shutil.copy(SRC, DST))
try: shutil.copyfile(SRC, '/tmp/./pvm_test_shutil_src.txt')
except shutil.SameFileError as e: print(type(e).__name__, e, isinstance(e, OSError))
try: shutil.copyfile('missing.txt', DST)
except FileNotFoundError as e: print(e)
print(issubclass(shutil.Error, OSError), tempfile.mktemp(dir='/tmp').startswith('/tmp/tmp'))
