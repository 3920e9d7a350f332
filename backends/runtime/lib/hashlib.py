"""pvm's implementation of the `hashlib` module, written in Python.

md5, sha1, sha224, sha256, sha384 and sha512 (FIPS 180-4, RFC 1321) and
sha3_*/shake_* (FIPS 202) and blake2b/blake2s (RFC 7693: digest_size, key,
salt, person; the tree-hashing parameters are accepted but not applied) as
hash objects with update, digest, hexdigest, copy, name, digest_size and
block_size; hashlib.new(name, data) and the algorithm name sets.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s', 'new',
           'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

import math as _math

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    return bytes(data)


class _Hash:
    """Buffering and padding shared by the Merkle-Damgard hashes below."""

    name = None
    digest_size = 0
    block_size = 64
    _length_bytes = 8
    _big_endian = True

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._initial)
        self._buffer = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes_of(data)
        self._count += len(data)
        buffer = self._buffer + data
        block = self.block_size
        full = len(buffer) - len(buffer) % block
        for start in range(0, full, block):
            self._compress(buffer[start:start + block])
        self._buffer = buffer[full:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._buffer = self._buffer
        other._count = self._count
        return other

    def digest(self):
        h = self.copy()
        bit_length = self._count * 8
        pad_to = self.block_size - self._length_bytes
        padding = b'\x80' + b'\x00' * ((pad_to - 1 - len(self._buffer)) % self.block_size)
        order = 'big' if self._big_endian else 'little'
        h.update(padding + (bit_length & ((1 << (8 * self._length_bytes)) - 1)).to_bytes(
            self._length_bytes, order))
        return h._output()

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x0>' % self.name


# The bits that wrap around are masked before they are shifted, so no
# intermediate value passes 2**32 (pvm's ints are plain numbers up to 2**53).
def _rotl32(x, n):
    return ((x & (_M32 >> n)) << n) | (x >> (32 - n))


def _rotr32(x, n):
    return (x >> n) | ((x & ((1 << n) - 1)) << (32 - n))


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(_math.sin(i + 1)) * 2 ** 32) & _M32 for i in range(64)]


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _big_endian = False
    _initial = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    def _compress(self, chunk):
        m = [int.from_bytes(chunk[4 * i:4 * i + 4], 'little') for i in range(16)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'little') for x in self._state)


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, chunk):
        w = [int.from_bytes(chunk[4 * i:4 * i + 4], 'big') for i in range(16)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._state
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
            e, d, c, b, a = d, c, _rotl32(b, 30), a, temp
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._state)


_SHA256_K = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32
    _initial = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)

    def _compress(self, chunk):
        w = [int.from_bytes(chunk[4 * i:4 * i + 4], 'big') for i in range(16)]
        for i in range(16, 64):
            x, y = w[i - 15], w[i - 2]
            s0 = _rotr32(x, 7) ^ _rotr32(x, 18) ^ (x >> 3)
            s1 = _rotr32(y, 17) ^ _rotr32(y, 19) ^ (y >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = self._state
        for i in range(64):
            s1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _SHA256_K[i] + w[i]) & _M32
            s0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._state)[:self.digest_size]


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _initial = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4)


_SHA512_K = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)


class _SHA512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _initial = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)

    def _compress(self, chunk):
        w = [int.from_bytes(chunk[8 * i:8 * i + 8], 'big') for i in range(16)]
        for i in range(16, 80):
            x, y = w[i - 15], w[i - 2]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._state
        for i in range(80):
            s1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _SHA512_K[i] + w[i]) & _M64
            s0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._state = [(x + y) & _M64 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return b''.join(x.to_bytes(8, 'big') for x in self._state)[:self.digest_size]


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48
    _initial = (0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4)


# ---------------------------------------------------------------- SHA-3 (FIPS 202)

def _keccak_round_constants():
    # The constants come from the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1, bit j
    # of round i's constant landing at bit 2^j - 1 of the lane.
    constants = []
    r = 1
    for _ in range(24):
        c = 0
        for j in range(7):
            if r & 1:
                c |= 1 << ((1 << j) - 1)
            r = ((r << 1) ^ 0x171) if r & 0x80 else r << 1
        constants.append(c)
    return constants


def _keccak_rotations():
    # Lane (x, y) rotates by the triangular number (t+1)(t+2)/2 of its place t
    # on the walk (x, y) -> (y, 2x + 3y) from (1, 0).
    offsets = [0] * 25
    x, y = 1, 0
    for t in range(24):
        offsets[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return offsets


_KECCAK_RC = _keccak_round_constants()
_KECCAK_ROT = _keccak_rotations()


def _keccak_f(lanes):
    """Keccak-f[1600] on 25 64-bit lanes (index x + 5y), in place."""
    rot = _KECCAK_ROT
    for rc in _KECCAK_RC:
        parity = [lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20] for x in range(5)]
        for x in range(5):
            d = parity[(x - 1) % 5] ^ (((parity[(x + 1) % 5] << 1) | (parity[(x + 1) % 5] >> 63)) & _M64)
            for y in range(0, 25, 5):
                lanes[x + y] ^= d
        moved = [0] * 25
        for x in range(5):
            for y in range(5):
                n = rot[x + 5 * y]
                lane = lanes[x + 5 * y]
                moved[y + 5 * ((2 * x + 3 * y) % 5)] = ((lane << n) | (lane >> (64 - n))) & _M64 if n else lane
        for y in range(0, 25, 5):
            row = moved[y:y + 5]
            for x in range(5):
                lanes[x + y] = row[x] ^ (~row[(x + 1) % 5] & row[(x + 2) % 5])
        lanes[0] ^= rc


class _Sponge:
    """The Keccak sponge of SHA-3 and SHAKE: rate-sized blocks absorbed into
    the state, the domain bits and pad10*1 added when squeezing."""

    _domain = 0x06

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._lanes = [0] * 25
        self._buffer = b''
        if data:
            self.update(data)

    def update(self, data):
        buffer = self._buffer + _bytes_of(data)
        rate = self.block_size
        full = len(buffer) - len(buffer) % rate
        for start in range(0, full, rate):
            self._absorb(buffer[start:start + rate])
        self._buffer = buffer[full:]

    def _absorb(self, block):
        lanes = self._lanes
        for i in range(len(block) // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        _keccak_f(lanes)

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = list(self._lanes)
        other._buffer = self._buffer
        return other

    def _squeeze(self, length):
        h = self.copy()
        rate = self.block_size
        last = bytearray(h._buffer + b'\x00' * (rate - len(h._buffer)))
        last[len(h._buffer)] ^= self._domain
        last[rate - 1] ^= 0x80
        h._absorb(bytes(last))
        out = b''
        while True:
            out += b''.join(lane.to_bytes(8, 'little') for lane in h._lanes[:rate // 8])
            if len(out) >= length:
                return out[:length]
            _keccak_f(h._lanes)

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x0>' % self.name


def _sha3(bits):
    class sha3(_Sponge):
        name = 'sha3_%d' % bits
        digest_size = bits // 8
        block_size = 200 - bits // 4

        def digest(self):
            return self._squeeze(self.digest_size)

        def hexdigest(self):
            return self.digest().hex()
    sha3.__name__ = sha3.__qualname__ = 'sha3_%d' % bits
    return sha3


def _shake(bits):
    class shake(_Sponge):
        name = 'shake_%d' % bits
        digest_size = 0
        block_size = 200 - bits // 4
        _domain = 0x1f

        def digest(self, length):
            if length < 0:
                raise ValueError('negative digest length')
            return self._squeeze(length)

        def hexdigest(self, length):
            return self.digest(length).hex()
    shake.__name__ = shake.__qualname__ = 'shake_%d' % bits
    return shake


sha3_224 = _sha3(224)
sha3_256 = _sha3(256)
sha3_384 = _sha3(384)
sha3_512 = _sha3(512)
shake_128 = _shake(128)
shake_256 = _shake(256)

# ---------------------------------------------------------------- BLAKE2 (RFC 7693)

_BLAKE2_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)


class _Blake2:
    """BLAKE2b/BLAKE2s with digest_size, key, salt and person (sequential mode):
    the last block, key block included, is kept until digest() compresses it
    as final."""

    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        limit = self._max_digest
        if digest_size is None:
            digest_size = limit
        if not 1 <= digest_size <= limit:
            raise ValueError('digest_size must be between 1 and %d bytes' % limit)
        key, salt, person = _bytes_of(key), _bytes_of(salt), _bytes_of(person)
        if len(key) > limit:
            raise ValueError('maximum key length is %d bytes' % limit)
        for what, value in (('salt', salt), ('person', person)):
            if len(value) > self._word * 2:
                raise ValueError('maximum %s length is %d bytes' % (what, self._word * 2))
        self.digest_size = digest_size
        h = list(self._iv)
        h[0] ^= 0x01010000 ^ (len(key) << 8) ^ digest_size
        w = self._word
        salt = salt.ljust(2 * w, b'\0')
        person = person.ljust(2 * w, b'\0')
        for i in range(2):
            h[4 + i] ^= int.from_bytes(salt[i * w:(i + 1) * w], 'little')
            h[6 + i] ^= int.from_bytes(person[i * w:(i + 1) * w], 'little')
        self._h = h
        self._count = 0
        self._buffer = key.ljust(self.block_size, b'\0') if key else b''
        if data:
            self.update(data)

    def update(self, data):
        buffer = self._buffer + _bytes_of(data)
        block = self.block_size
        while len(buffer) > block:
            self._count += block
            self._compress(buffer[:block], False)
            buffer = buffer[block:]
        self._buffer = buffer

    def _compress(self, block, last):
        w = self._word
        mask = (1 << (8 * w)) - 1
        bits = 8 * w
        r1, r2, r3, r4 = self._rotations
        m = [int.from_bytes(block[i:i + w], 'little') for i in range(0, 16 * w, w)]
        v = self._h + list(self._iv)
        v[12] ^= self._count & mask
        v[13] ^= self._count >> bits
        if last:
            v[14] ^= mask
        for r in range(self._rounds):
            s = _BLAKE2_SIGMA[r % 10]
            for i, (a, b, c, d) in enumerate(((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                                              (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))):
                x, y = m[s[2 * i]], m[s[2 * i + 1]]
                va = (v[a] + v[b] + x) & mask
                vd = v[d] ^ va
                vd = ((vd >> r1) | (vd << (bits - r1))) & mask
                vc = (v[c] + vd) & mask
                vb = v[b] ^ vc
                vb = ((vb >> r2) | (vb << (bits - r2))) & mask
                va = (va + vb + y) & mask
                vd ^= va
                vd = ((vd >> r3) | (vd << (bits - r3))) & mask
                vc = (vc + vd) & mask
                vb ^= vc
                vb = ((vb >> r4) | (vb << (bits - r4))) & mask
                v[a], v[b], v[c], v[d] = va, vb, vc, vd
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def copy(self):
        other = object.__new__(type(self))
        other.digest_size = self.digest_size
        other._h = list(self._h)
        other._count = self._count
        other._buffer = self._buffer
        return other

    def digest(self):
        h = self.copy()
        h._count += len(h._buffer)
        h._compress(h._buffer.ljust(self.block_size, b'\0'), True)
        return b''.join(x.to_bytes(self._word, 'little') for x in h._h)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_Blake2):
    __module__ = '_blake2'
    name = 'blake2b'
    block_size = 128
    _word = 8
    _max_digest = 64
    _rounds = 12
    _rotations = (32, 24, 16, 63)
    _iv = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)


class blake2s(_Blake2):
    __module__ = '_blake2'
    name = 'blake2s'
    block_size = 64
    _word = 4
    _max_digest = 32
    _rounds = 10
    _rotations = (16, 12, 8, 7)
    _iv = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)


_CONSTRUCTORS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256,
                 'sha384': _SHA384, 'sha512': _SHA512, 'sha3_224': sha3_224,
                 'sha3_256': sha3_256, 'sha3_384': sha3_384, 'sha3_512': sha3_512,
                 'shake_128': shake_128, 'shake_256': shake_256, 'blake2b': blake2b,
                 'blake2s': blake2s}
algorithms_guaranteed = frozenset(_CONSTRUCTORS)
algorithms_available = frozenset(_CONSTRUCTORS)


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    try:
        constructor = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError('unsupported hash type ' + name) from None
    return constructor(data)


def md5(string=b'', *, usedforsecurity=True):
    return _MD5(string)


def sha1(string=b'', *, usedforsecurity=True):
    return _SHA1(string)


def sha224(string=b'', *, usedforsecurity=True):
    return _SHA224(string)


def sha256(string=b'', *, usedforsecurity=True):
    return _SHA256(string)


def sha384(string=b'', *, usedforsecurity=True):
    return _SHA384(string)


def sha512(string=b'', *, usedforsecurity=True):
    return _SHA512(string)


def _hmac_pair(constructor, key):
    # The inner and outer HMAC states, fed their padded keys once.
    probe = constructor()
    if len(key) > probe.block_size:
        key = constructor(key).digest()
    key = key.ljust(probe.block_size, b'\0')
    return (constructor(bytes(b ^ 0x36 for b in key)), constructor(bytes(b ^ 0x5C for b in key)))


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PKCS #5 v2.0 password-based key derivation with HMAC over hash_name."""
    password = _key_bytes(password)
    salt = _key_bytes(salt)
    constructor = _CONSTRUCTORS.get(hash_name.lower()) if isinstance(hash_name, str) else None
    if constructor is None or hash_name.lower().startswith('shake'):
        raise ValueError('unsupported hash type %s' % (hash_name,))
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = constructor().digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    inner, outer = _hmac_pair(constructor, password)

    def prf(message):
        i = inner.copy()
        i.update(message)
        o = outer.copy()
        o.update(i.digest())
        return o.digest()

    out = b''
    index = 1
    while len(out) < dklen:
        u = prf(salt + index.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        index += 1
    return out[:dklen]


def _key_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of digest (a name or a constructor) over the whole
    binary file object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    binary = hasattr(fileobj, 'readinto') or 'b' in getattr(fileobj, 'mode', '')
    if not (binary and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
