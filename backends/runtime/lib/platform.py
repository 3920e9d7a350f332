"""pvm's `platform`: what CPython 3.11 on x86-64 Linux reports about the
interpreter and the platform it was built for. pvm offers programs no
information about the host (as os offers no environment), so node(),
release(), version(), uname() and platform(), which describe the running
machine, raise NotImplementedError naming themselves.
"""

import sys

__all__ = ['architecture', 'machine', 'system', 'processor', 'python_version',
           'python_version_tuple', 'python_implementation', 'python_branch',
           'python_revision', 'python_compiler', 'python_build', 'libc_ver']


def architecture(executable=sys.executable, bits='', linkage=''):
    return '64bit', 'ELF'


def machine():
    return 'x86_64'


def system():
    return 'Linux'


def processor():
    return ''


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_implementation():
    # pvm runs programs as CPython 3.11 would (sys.version is CPython's too).
    return 'CPython'


def python_branch():
    return ''


def python_revision():
    return ''


def _version_parts():
    # sys.version reads 'X.Y.Z (buildno, builddate) [compiler]', as CPython's does.
    head, _, compiler = sys.version.partition('[')
    build = head.partition('(')[2].rpartition(')')[0]
    buildno, _, builddate = build.partition(',')
    return buildno.strip(), builddate.strip(), compiler.rstrip(']')


def python_compiler():
    return _version_parts()[2]


def python_build():
    return _version_parts()[:2]


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return 'glibc', '2.36'


def _host_only(name):
    def query(*args, **kwargs):
        raise NotImplementedError('platform.%s() describes the host, which pvm does not expose' % name)
    query.__name__ = query.__qualname__ = name
    return query


node = _host_only('node')
release = _host_only('release')
version = _host_only('version')
uname = _host_only('uname')
platform = _host_only('platform')
