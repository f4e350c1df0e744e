"""Who is calling: X-Forwarded-For is believed only from the reverse proxies in ALLIANCE_TRUSTED_PROXIES."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An IP from a forwarded entry ("203.0.113.9", "203.0.113.9:4711", "[2001:db8::1]:443"), or None."""
    value = value.strip()
    if value.startswith("["):
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # IPv4 with a port; a bare IPv6 address has several colons
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_trusted(value: str, trusted: Sequence[Network]) -> bool:
    """True when the address lies in one of the trusted proxy networks."""
    address = _address(value)
    return address is not None and any(address in network for network in trusted)


def forwarded_client(peer: str, forwarded_for: Iterable[str], trusted: Sequence[Network]) -> str:
    """The client address: the direct peer, unless it is a trusted proxy; then the right-most X-Forwarded-For
    entry that is not itself a trusted proxy (entries further left were written by whoever called the proxy and
    prove nothing)."""
    if not trusted or not is_trusted(peer, trusted):
        return peer
    chain = [item.strip() for value in forwarded_for for item in value.split(",") if item.strip()]
    if not chain:
        return peer
    for item in reversed(chain):
        address = _address(item)
        if address is None:
            return item[:64]  # not an address: the chain cannot be followed further than this entry
        if not any(address in network for network in trusted):
            return str(address)
    return str(_address(chain[0]))  # every hop is a trusted proxy: the left-most is the origin
