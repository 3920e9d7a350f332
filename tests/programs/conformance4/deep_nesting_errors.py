# Sources nested too deeply for CPython's parser (MemoryError) or compiler (RecursionError)
def attempt(label, src, mode='eval'):
    try:
        if mode == 'eval':
            eval(src)
        else:
            exec(src)
        print(label, 'ok')
    except (MemoryError, RecursionError, SyntaxError) as e:
        print(label, type(e).__name__, e.args, repr(str(e)))

attempt('unary minus x100000', '-' * 100000 + '1')
attempt('parens x100', '(' * 100 + '1' + ')' * 100)
attempt('brackets x100', '[' * 100 + ']' * 100)
attempt('calls x50', 'abs(' * 50 + '1' + ')' * 50)
attempt('sum chain 1000', '1' + '+1' * 1000)
attempt('sum chain 5000', '1' + '+1' * 5000)
attempt('sum chain 5000 exec', 'x = 1' + '+1' * 5000, 'exec')
attempt('attribute chain 4000', 'x' + '.y' * 4000)
attempt('compare chain 10000', '1' + ' < 2' * 10000)
attempt('and chain 10000', ' and '.join(['True'] * 10000))
attempt('nested lists 200', '[' * 200 + ']' * 200)
print(eval('1' + '+1' * 1000), len(eval('[' * 50 + ']' * 50)))
