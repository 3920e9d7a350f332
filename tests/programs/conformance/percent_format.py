# printf-style formatting with %.
print('%s %r %d %i %f %e %g %x %X %o %c %%' % ('s', 'r', 42, -7, 1.5, 12345.678, 0.00001, 255, 255, 8, 65))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%08.2f|%+.1e' % (3.14159, 2.71828, 1.5, -1.5, 12345.0))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', (1, 2)), '%r' % 'q')
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%x %o %#x %#o %#X' % (-255, -8, 255, 8, 255))
print('%c%c' % ('x', 0x263A), '%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%d' % 3.99, '%d' % True, '%s' % None, '%i' % -0.5)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(a)s', 1), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print(b'%s and %d' % (b'bytes', 5), b'%x' % 255)
