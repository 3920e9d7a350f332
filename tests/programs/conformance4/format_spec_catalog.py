# str.format / format() / %-format / f-string specs: every option, errors, nested fields
exprs = r'''
'{:=5}'.format('a')
'{:05}'.format('a')
'{:+}'.format('a')
'{:#}'.format('a')
'{:,}'.format('a')
'{:x}'.format(1.5)
'{:c}'.format(-1)
'{:c}'.format(1.5)
'{:.2d}'.format(5)
'{:#c}'.format(65)
'{:+c}'.format(65)
'{:,c}'.format(65)
'{:_b}'.format(1234567), '{:_o}'.format(1234567), '{:#_x}'.format(2**40), '{:,d}'.format(-1234567)
'{:,b}'.format(5)
'{:,_}'.format(5)
'{:_,}'.format(5)
'{:n}'.format(1234567.25), '{:.3n}'.format(1234.5678), '{:n}'.format(-0.0)
'{:%}'.format(0.5), '{:.0%}'.format(1/3), '{:10.2%}'.format(-0.123456)
'{:e}'.format(0), '{:E}'.format(float('inf')), '{:f}'.format(float('nan')), '{:F}'.format(float('nan')), '{:G}'.format(1e-10), '{:g}'.format(1e100), '{:.0e}'.format(12345)
'{:#.0f}'.format(1), '{:#g}'.format(1.0), '{:#.3g}'.format(1), '{:#e}'.format(1), '{:#x}'.format(0), '{:#o}'.format(-8)
'{:.3}'.format(1.0), '{:.3}'.format(1234.5678), '{:.3}'.format(0.0001234), '{:}'.format(1e16), '{:.17}'.format(0.1), '{}'.format(1.0e-5)
'{:z.2f}'.format(-0.001)
'{:.1f}'.format(0.05), '{:.1f}'.format(0.15), '{:.1f}'.format(0.25), '{:.2f}'.format(1.005), '{:.0f}'.format(0.5), '{:.0f}'.format(1.5), '{:.0f}'.format(2.5)
'{:.100f}'.format(1/3)[:30], len('{:.100f}'.format(1/3))
'{:.3f}'.format(1e20), '{:f}'.format(1e300)[:20], '{:.2e}'.format(9.995), '{:.2e}'.format(9.994999)
'{:d}'.format(True), '{:f}'.format(True), '{}'.format(True), '{:>5}'.format(True), '{:5}'.format(True), '{:x}'.format(False)
'{:s}'.format(True)
format(2**100, 'e'), format(2**100, '.3g'), format(10**30, 'f'), format(-2**70, '_'), format(2**64, 'b')[:10]
format(123, '=+#010x'), format(-123, '=#010x'), format(123, '^#10x'), format(5, '0=10'), format(-5, '010'), format(-5.5, '010.2f')
format(1+2j, '>20'), format(1.5+0j, 'g'), format(-1j, '.3e'), format(complex(1e20, -1e-20), ''), format(complex(float('nan'), float('inf')), '')
format(1j, '010')
format(1j, '=10')
format(1+1j, 'd')
str(complex(0, 0)), str(complex(-0.0, -0.0)), repr(complex(1, float('nan'))), str(2j * 1e16), str(complex(1e-5, 1e300))
'%-10s|' % 'ab', '%10.3s|' % 'abcdef', '%+.2e' % 12345, '%#.3g' % 1, '%g' % 1e-5, '%G' % 1e16, '%.0f' % 2.5, '%5.1f%%' % 99.55
'%o' % -8, '%#X' % 255, '% d' % 5, '% d' % -5, '%05.1f' % -2.345, '%-05d|' % 3, '%x' % -255, '%#b' % 1 if False else 0
'%#b' % 1
'%(x)s %(x)r' % {'x': 'q'}, '%(a)d%%' % {'a': 3}, '%s' % {'a': 1}, '%s %s' % ('a', ['b']), '%r' % (('t',),)
'%(a)s' % ['x']
'%s' % ()
'%d %d' % (1,)
'%d' % (1, 2)
'%(a)s %(b)s' % {'a': 1}
'%*.*f' % (8, 3, 3.14159), '%-*s|' % (6, 'ab'), '%.*s' % (2, 'abcdef')
'%c' % 'ab'
'%c' % -1
'%.2c' % 'a', '%5c|' % 'a', '%-3c|' % 65
'{0!r:^10}|{1!s:<5}|{2!a}'.format('x', 3, 'ü'), '{0.real:.1f}'.format(2+3j), '{0[1][0]}'.format([0, 'ab']), '{.__class__.__name__}'.format(1)
'{0.nope}'.format(1)
'{0[5]}'.format([1])
'{0["a"]}'.format({'"a"': 1}), '{0[a]}'.format({'a': 2})
'{:{}}'.format(1, '>{}'.format(5)), '{:{}.{}}'.format(3.14159, 8, 3), '{0:{1}{2}}'.format('x', '^', 5)
'{:{:{}}}'.format(1, 2, 3)
'{!}'.format(1)
'{:}}'.format(1)
'{0}{1}'.format(*'ab'), '{a}{b}'.format(**{'a': 1, 'b': 2}), '{}{}'.format(*range(2))
str.format('{}', 5), '{} {}'.format(*[1, 2]), ''.format(1, 2, a=3)
f'{3.14159:{"."}{2}f}', f'{"x":{"<"}5}|', f'{10:#{"x"}}', f'{1234567:,}', f'{0.25:.0%}', f'{-0.0:+}', f'{"a"*3!r}'
f'{3!r:>{4}}', f'{"ab"!a:5}', f'{{{1}}}', f'{ {1: 2}[1] }', f'{(1, 2)!s}', f'{[x for x in "ab"]}', f'{"\N{BULLET}"}' if False else 0
f'{1:{2}{3}}', f'{"{"}', f'{"}"}', f'{1=}', f'{1 + 1 = }', f"{'a'=!r:>5}", f'{[1,2]=}', f'{x:=5}' if False else 0
'''
for line in exprs.strip().splitlines():
    try:
        print(repr(eval(line)))
    except Exception as e:
        print(line[:45], '->', type(e).__name__, e)
