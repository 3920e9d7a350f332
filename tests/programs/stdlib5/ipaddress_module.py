import ipaddress as ip
tests = ['300.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4/33', 'abc', '', '1.2.3.4 ', '::1::', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.4', 'fe80::1%eth0', '12345::', '1.2.3.-4', '1.2.3.4444', '::g', ':1:2::', '1:2:3:4:5:6:7::', '1::2::3', '0x1.2.3.4', '1.2.3.4/255.255.0.0', '1.2.3.0/24/5', '1.2.3.0/0.0.0.255', '1.2.3.0/255.0.255.0', '::/ab', '::/-1', '1.2.3.0/ 24', '1:2:3:4:5:6:7:8:9:10', 'fe80::1%', 'fe80::1%a%b', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:', '1::2:', '::1.2.3', '::1/129', '1.2.3.0/1.2.3.4', '10.0.0.0/8', '2001:db8::/32', '1.2..3', '::', '::/0', '0.0.0.0/0', 'FFFF::', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1::2:3:4:5:6:7:8']
for t in tests:
    for f in (ip.ip_address, ip.IPv4Address, ip.IPv6Address, ip.ip_network, ip.IPv4Network, ip.IPv6Network, ip.ip_interface):
        try: r = f(t); print(f.__name__, repr(t), 'OK', repr(r), str(r))
        except (ValueError, TypeError) as e: print(f.__name__, repr(t), type(e).__name__, e)
for f, a in [(ip.IPv4Address, -1), (ip.IPv4Address, 2**32), (ip.IPv6Address, -1), (ip.IPv6Address, 2**128), (ip.IPv4Address, b'\x01\x02'), (ip.IPv6Address, b'\x01'), (ip.IPv4Network, ('1.2.3.0', 33)), (ip.IPv4Address, 1.5), (ip.IPv4Address, None), (ip.ip_address, 5), (ip.ip_address, 2**40), (ip.ip_address, b'1234'), (ip.ip_network, 2**32 + 5), (ip.IPv4Network, ('10.1.2.3', '255.0.0.0')), (ip.IPv4Network, (167772160, 8)), (ip.IPv6Network, ('2001:db8::', 64)), (ip.ip_network, b'\x0a\x00\x00\x00')]:
    try: print(repr(f(a)))
    except Exception as e: print(type(e).__name__, e)
print(ip.ip_network('10.0.0.1/8', strict=False), ip.IPv4Network(('10.1.2.3', '255.0.0.0'), strict=False), ip.IPv6Network('2001:db8::1/64', False))
a4 = ip.ip_address('192.168.1.10'); a6 = ip.ip_address('2001:db8::1')
for a in [a4, a6, ip.ip_address('::ffff:10.0.0.1'), ip.ip_address('2002:c000:204::1'), ip.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2'), ip.ip_address('fe80::1%eth0')]:
    print(repr(a), a.version, a.max_prefixlen, a.compressed, a.packed, int(a), a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local, a.is_reserved, a.is_unspecified)
    if a.version == 6: print(a.ipv4_mapped, a.sixtofour, a.teredo, a.is_site_local, a.scope_id)
    if not getattr(a, 'scope_id', None): print(a.exploded, a.reverse_pointer)
for s in ['127.0.0.1', '10.1.1.1', '172.16.5.4', '172.32.0.1', '8.8.8.8', '100.64.1.1', '169.254.3.3', '224.0.0.1', '240.0.0.1', '0.0.0.0', '255.255.255.255', '192.0.2.5', '::1', '::', 'fc00::1', 'fe80::1', 'ff02::1', '2606:4700::1111', 'fec0::1', '2001:db8::', '100::1']:
    a = ip.ip_address(s); print(s, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local, a.is_reserved, a.is_unspecified)
print(a4 + 5, a4 - 10, a4 < ip.ip_address('192.168.1.11'), a4 >= a4, a4 == ip.IPv4Address(3232235786), hash(a4) == hash(ip.ip_address('192.168.1.10')), sorted([a4, ip.ip_address('10.0.0.1'), ip.ip_address('192.168.0.255')]))
try: ip.ip_address('255.255.255.255') + 1
except ValueError as e: print(type(e).__name__, e)
try: a4 < a6
except TypeError as e: print(e)
try: a4 + 1.0
except TypeError as e: print(e)
print(format(a4, '#b'), format(a4, '_x'), format(a6, 'n'), format(a4, '>20s'), format(a4, '#_X'), format(a6, '#_x'), f'{a4}', format(a4, 'b'), format(a6, 'X'))
try: format(a4, '>20')
except TypeError as e: print(e)
n = ip.ip_network('192.168.0.0/28')
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, n.version)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[5], list(n)[-2:], ip.ip_address('192.168.0.7') in n, ip.ip_address('192.168.0.17') in n, ip.ip_address('::1') in n)
try: n[16]
except IndexError as e: print(e)
try: n[-17]
except IndexError as e: print(e)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=30))[:2], n.supernet(), n.supernet(prefixlen_diff=4), n.supernet(new_prefix=16))
for kw in [dict(new_prefix=27), dict(prefixlen_diff=2, new_prefix=30), dict(prefixlen_diff=-1), dict(prefixlen_diff=5)]:
    try: print(list(n.subnets(**kw)))
    except ValueError as e: print(e)
for kw in [dict(new_prefix=29), dict(prefixlen_diff=2, new_prefix=20), dict(prefixlen_diff=29)]:
    try: print(n.supernet(**kw))
    except ValueError as e: print(e)
print(list(ip.ip_network('1.2.3.4/31').hosts()), list(ip.ip_network('1.2.3.4/32').hosts()), list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()), list(ip.ip_network('1.2.3.4/32').subnets()))
big = ip.ip_network('10.0.0.0/8'); small = ip.ip_network('10.1.0.0/16')
print(small.subnet_of(big), big.supernet_of(small), big.overlaps(small), small.overlaps(ip.ip_network('11.0.0.0/8')), big.compare_networks(small), small.compare_networks(big), big.compare_networks(big))
print(sorted(ip.ip_network('192.0.2.0/28').address_exclude(ip.ip_network('192.0.2.1/32'))))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.128/26'))))
for other in [ip.ip_network('11.0.0.0/24'), ip.ip_network('::/0'), ip.ip_address('10.0.0.1')]:
    try: print(list(big.address_exclude(other)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: small.subnet_of(ip.ip_network('::/0'))
except TypeError as e: print(e)
try: small.subnet_of(a4)
except TypeError as e: print(e)
print(list(ip.summarize_address_range(ip.ip_address('192.0.2.0'), ip.ip_address('192.0.2.130'))), list(ip.summarize_address_range(ip.ip_address('::'), ip.ip_address('::ff'))))
for f, l in [(a4, a6), (big, small), (ip.ip_address('1.1.1.2'), ip.ip_address('1.1.1.1'))]:
    try: print(list(ip.summarize_address_range(f, l)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25')])), list(ip.collapse_addresses(map(ip.ip_address, ['10.0.0.0', '10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.5']))))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/24'), ip.ip_network('10.0.1.0/24'), ip.ip_network('10.0.0.0/16'), ip.ip_network('10.2.0.0/16'), ip.ip_network('10.3.0.0/16'), ip.ip_interface('10.9.9.9/32')])))
try: list(ip.collapse_addresses([a4, a6]))
except TypeError as e: print(e)
print(sorted([big, small, ip.ip_network('9.0.0.0/8'), ip.ip_network('10.0.0.0/16')]), big == ip.IPv4Network('10.0.0.0/8'), big != small, hash(big) == hash(ip.ip_network('10.0.0.0/8')), {big: 1}[ip.ip_network('10.0.0.0/8')])
print(sorted([a6, a4, big, ip.ip_network('::/0')], key=ip.get_mixed_type_key), ip.get_mixed_type_key(1))
try: big < a4
except TypeError as e: print(e)
try: 1 in big
except AttributeError as e: print(e)
print(a4 == '192.168.1.10', a4 == ip.ip_network('192.168.1.10/32'), big == 5, ip.v4_int_to_packed(3232235786), ip.v6_int_to_packed(1))
try: ip.v4_int_to_packed(-1)
except ValueError as e: print(e)
i = ip.ip_interface('192.168.1.5/24'); print(i, repr(i), i.ip, i.network, i.with_netmask, i.with_hostmask, i.hostmask, i.netmask, i.exploded, i.compressed, i.with_prefixlen, i == ip.ip_address('192.168.1.5'), i < ip.ip_address('192.168.1.6'), i == ip.ip_interface('192.168.1.5/24'), i < ip.ip_interface('192.168.1.5/25'))
i6 = ip.ip_interface('2001:db8::5/64'); print(i6, repr(i6), i6.ip, i6.network, i6.with_netmask, i6.with_hostmask, i6.exploded, i6.is_loopback, ip.ip_interface('::1/128').is_loopback)
print(ip.IPv6Network('2001:db8::/32').exploded, ip.IPv6Network('2001:db8::/32').with_netmask, ip.IPv6Network('2001:db8::/32').with_hostmask, ip.ip_network('2001:db8::/32').num_addresses, ip.ip_network('2001:db8:0:1::/64').is_private)
print(ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('100.64.0.0/10').is_private, ip.ip_network('224.0.0.0/4').is_multicast, ip.ip_network('127.0.0.0/8').is_loopback, ip.ip_network('0.0.0.0/32').is_unspecified, ip.ip_network('8.0.0.0/8').is_global, ip.ip_network('fec0::/10').is_site_local)
print(ip.IPv4Address('1.2.3.4').__reduce__(), ip.IPv4Network('1.0.0.0/8').__reduce__(), ip.IPv4Interface('1.2.3.4/24').__reduce__(), ip.IPv6Address('::1%x').__reduce__())
import pickle, copy
print(pickle.loads(pickle.dumps(big)), copy.deepcopy(a6), copy.copy(i), issubclass(ip.AddressValueError, ValueError), ip.IPV4LENGTH, ip.IPV6LENGTH)
for s in ['0:0:1:0:0:0:0:1', '1:0:0:2:0:0:0:3', '0:0:0:0:0:0:0:0', '1:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1', '1:2:0:4:5:6:7:8', 'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789', '1:0:0:1:0:0:1:0']:
    print(ip.ip_address(s))
