"""pvm's `json` package, written for pvm in Python.

dumps/dump turn Python values into JSON text (indent, separators,
sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular, default, cls);
loads/load read JSON text (str, bytes or bytearray) with object_hook,
object_pairs_hook, parse_float, parse_int, parse_constant and cls.  The
encoder lives in json.encoder, the decoder and JSONDecodeError in
json.decoder; results and error messages are CPython's.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of `obj` as a str."""
    encoder = (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text of `obj` to the text file `fp`."""
    encoder = (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """Guess the Unicode encoding of JSON bytes (BOM, else the zero bytes)."""
    head = bytes(b[:4])
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if head in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    if len(head) == 4:
        if not head[0]:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if not head[1]:
            return 'utf-16-le' if head[2] or head[3] else 'utf-32-le'
    elif len(head) == 2:
        if not head[0]:
            return 'utf-16-be'
        if not head[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    options = dict(kw)
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float),
                       ('parse_int', parse_int), ('parse_constant', parse_constant),
                       ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            options[name] = hook
    return (cls or JSONDecoder)(**options).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from the file `fp`."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
