"""pvm's `dis`: importable, but pvm compiles to its own bytecode (listed by
`pvm dis FILE`), not CPython's, so the disassembly functions raise
NotImplementedError instead of showing instructions CPython would not.
"""

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts',
           'findlabels', 'show_code', 'get_instructions', 'Instruction', 'Bytecode']


def _unsupported(name):
    def function(*args, **kwargs):
        raise NotImplementedError("dis.%s(): pvm's bytecode is not CPython's; "
                                  "use `pvm dis FILE` to list it" % name)
    function.__name__ = function.__qualname__ = name
    return function


dis = _unsupported('dis')
disassemble = disco = _unsupported('disassemble')
distb = _unsupported('distb')
code_info = _unsupported('code_info')
show_code = _unsupported('show_code')
get_instructions = _unsupported('get_instructions')
findlinestarts = _unsupported('findlinestarts')
findlabels = _unsupported('findlabels')
Instruction = _unsupported('Instruction')
Bytecode = _unsupported('Bytecode')
