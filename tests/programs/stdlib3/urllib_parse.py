from urllib.parse import *
import urllib.parse
urls = ['https://user:pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag', 'http://[::1]:80/x', 'mailto:joe@x.org', 'file:///etc/passwd', '//host/path', '/just/path?x', 'HTTP://H/%7Euser', 'tel:+1-555;ext=1', 'a:b', 'http://h:abc/', 'http://h:99999/', 'ftp://ftp.x.org/pub/f.txt;type=i', '  http://sp.ace/ ', 'http://h/p#', 'foo', '']
for u in urls:
    p = urlparse(u); s = urlsplit(u)
    print(repr(u), p, s.geturl(), p.geturl())
    try:
        print('  ', p.username, p.password, p.hostname, p.port)
    except ValueError as e:
        print('   ValueError', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://x.com/a/', 'b//c/../d'), urljoin('http://x.com', 'page'), urljoin('file:///a/b', 'c'), urljoin('', 'x'), urljoin('mailto:a@b', 'c'))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y'), urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('', '', 'p', '', '')), urlunsplit(('http', '', 'p', '', '')))
for s in ['hello world', 'a/b c', 'ümlaut&=?', '~_.-', '', '100%']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), unquote(quote(s)), unquote_plus(quote_plus(s)))
print(quote(b'\x00\xff'), quote_from_bytes(b'a b'), unquote('%E2%82%AC %zz %4'), unquote('%FF'), unquote_to_bytes('a%20b%ZZ'), unquote(b'%41'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2']}, doseq=True), urlencode([('k', 'v&w'), ('k', 'é')]), urlencode({'p': '/a b'}, safe='/', quote_via=quote))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=', keep_blank_values=True), parse_qsl('x=%20y+z&w=1;2'), parse_qsl('a=1;b=2', separator=';'), parse_qsl('a&b=', keep_blank_values=True))
for bad in [lambda: parse_qsl('a&b', strict_parsing=True), lambda: urlsplit('http://[::1/x'), lambda: urlencode('abc'), lambda: parse_qs('a=1&b=2', max_num_fields=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = urlparse('http://u@h.org:1/p'); print(r._replace(scheme='https').geturl(), r[1], r.netloc, len(r), tuple(r), type(r).__name__, isinstance(r, tuple))
