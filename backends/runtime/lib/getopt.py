"""pvm's implementation of the `getopt` module, written in Python.

getopt() (stops at the first operand, as POSIX getopt does) and
gnu_getopt() (options and operands intermixed; a leading '+' in shortopts
stops at the first operand; the POSIXLY_CORRECT environment variable is not
read), long options by unique prefix, and GetoptError with CPython's
messages and its msg/opt attributes.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_names(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _match_long(opt, longopts):
    """(takes_argument, full_name) for the long option opt names."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError(f'option --{opt} not recognized', opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError(f'option --{opt} not a unique prefix', opt)
    only = candidates[0]
    if only.endswith('='):
        return True, only[:-1]
    return False, only


def _do_long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    has_arg, name = _match_long(name, longopts)
    if has_arg:
        if value is None:
            if not args:
                raise GetoptError(f'option --{name} requires argument', name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError(f'option --{name} must not have an argument', name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError(f'option -{opt} not recognized', opt)


def _do_shorts(opts, text, shortopts, args):
    while text:
        opt, text = text[0], text[1:]
        if _short_has_arg(opt, shortopts):
            if text == '':
                if not args:
                    raise GetoptError(f'option -{opt} requires argument', opt)
                text, args = args[0], args[1:]
            value, text = text, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def getopt(args, shortopts, longopts=[]):
    """Parse args; answers (options, remaining operands)."""
    opts = []
    longopts = _long_names(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but operands and options may be intermixed."""
    opts = []
    operands = []
    longopts = _long_names(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    args = list(args)
    while args:
        if args[0] == '--':
            operands += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(args[0])
            args = args[1:]
    return opts, operands
