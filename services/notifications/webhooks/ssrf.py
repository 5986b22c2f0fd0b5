"""Which webhook URLs and addresses may be called: the SSRF rules (docs/webhooks-ssrf.md).

A partner's webhook URL is chosen by someone outside, and our servers call it from inside our
network, so every address it leads to is checked against the IANA special-purpose registries,
not only ``ipaddress``'s ``is_global``: that flag misses the NAT64 spelling of the metadata
address (``64:ff9b::a9fe:a9fe``), and hosts like ``2130706433`` only become 127.0.0.1 in the
resolver. Each refusal names its rule, so the gateway can tell the partner why.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ConfigDict, IPvAnyNetwork

IPAddress = IPv4Address | IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Host and port to the addresses they resolve to; replaceable so tests need no DNS."""


class WebhookPolicy(BaseModel):
    """What an operator allows beyond the rules; the notifications Settings fill it."""

    model_config = ConfigDict(frozen=True)

    allow_insecure_http: bool = False
    """Plain ``http://`` URLs, for local runs only: elsewhere the payload and signature would
    cross the network readable by anyone on the path."""
    allowed_networks: tuple[IPvAnyNetwork, ...] = ()
    """Networks called even though a rule refuses them, e.g. ``127.0.0.0/8`` for a test receiver."""


REFUSED_BY = "webhook URL refused by the SSRF rule"
"""How a refusal's message begins, for the gateway to show it at the URL field."""


class UrlRefused(ValueError):
    """A webhook URL or address that may not be called; ``rule`` says which rule refused it."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message


@dataclass(frozen=True)
class CheckedTarget:
    """A URL that passed the syntax rules, with the parts the sender needs."""

    url: httpx.URL
    host: str
    """ASCII (IDNA) host name or IP address, as the TLS certificate must name it."""
    port: int
    literal: IPAddress | None
    """The address itself when the URL names one (in any spelling): nothing to resolve."""


# (network, rule, what it is): first match wins, so a specific entry precedes its supernet.
_RULES: list[tuple[str, str, str]] = [
    ("0.0.0.0/8", "unspecified", "unspecified ('this network', RFC 1122)"),
    ("127.0.0.0/8", "loopback", "loopback (RFC 1122)"),
    ("10.0.0.0/8", "private", "private (RFC 1918)"),
    ("172.16.0.0/12", "private", "private (RFC 1918)"),
    ("192.168.0.0/16", "private", "private (RFC 1918)"),
    ("100.64.0.0/10", "shared", "shared carrier-grade NAT space (RFC 6598)"),
    ("169.254.169.254/32", "metadata", "the cloud metadata service (AWS, GCP, Azure, …)"),
    ("169.254.170.2/32", "metadata", "the ECS task metadata service"),
    ("100.100.100.200/32", "metadata", "the Alibaba Cloud metadata service"),
    ("168.63.129.16/32", "metadata", "the Azure platform (WireServer) address"),
    ("169.254.0.0/16", "link-local", "link-local (RFC 3927)"),
    ("224.0.0.0/4", "multicast", "multicast (RFC 5771)"),
    ("255.255.255.255/32", "broadcast", "the limited broadcast address (RFC 919)"),
    ("240.0.0.0/4", "reserved", "reserved for future use (RFC 1112)"),
    ("192.0.0.0/24", "reserved", "reserved for IETF protocol assignments (RFC 6890)"),
    ("192.0.2.0/24", "reserved", "reserved for documentation (RFC 5737)"),
    ("198.51.100.0/24", "reserved", "reserved for documentation (RFC 5737)"),
    ("203.0.113.0/24", "reserved", "reserved for documentation (RFC 5737)"),
    ("198.18.0.0/15", "reserved", "reserved for benchmarking (RFC 2544)"),
    ("192.88.99.0/24", "reserved", "the retired 6to4 relay anycast prefix (RFC 7526)"),
    ("::/128", "unspecified", "unspecified (RFC 4291)"),
    ("::1/128", "loopback", "loopback (RFC 4291)"),
    ("fd00:ec2::254/128", "metadata", "the AWS metadata service (IPv6)"),
    ("fe80::/10", "link-local", "link-local (RFC 4291)"),
    ("fc00::/7", "private", "private (unique local, RFC 4193)"),
    ("ff00::/8", "multicast", "multicast (RFC 4291)"),
    ("64:ff9b:1::/48", "nat64", "a local-use NAT64 prefix (RFC 8215), which can reach any "
                                "IPv4 address of the local network"),
    ("fec0::/10", "reserved", "deprecated site-local (RFC 3879)"),
    ("100::/64", "reserved", "reserved for discard (RFC 6666)"),
    ("2001:db8::/32", "reserved", "reserved for documentation (RFC 3849)"),
    ("3fff::/20", "reserved", "reserved for documentation (RFC 9637)"),
    ("2001::/23", "reserved", "reserved for IETF protocol assignments (RFC 2928)"),
    ("5f00::/16", "reserved", "reserved for SRv6 segment identifiers (RFC 9602)"),
]
_NETWORKS = [(ip_network(net), rule, what) for net, rule, what in _RULES]
_NAT64 = ip_network("64:ff9b::/96")
_COMPATIBLE = ip_network("::/96")
_GLOBAL_UNICAST = ip_network("2000::/3")


@dataclass(frozen=True)
class Refusal:
    """Why an address may not be called: the rule, and a phrase that follows the address."""

    rule: str
    reason: str


def address_refusal(address: IPAddress, policy: WebhookPolicy) -> Refusal | None:
    """Why ``address`` may not be called, or None if it may."""
    if any(address in network for network in policy.allowed_networks):
        return None
    for network, rule, what in _NETWORKS:
        if address in network:
            return Refusal(rule, f"is {what}")
    if isinstance(address, IPv6Address):
        return _ipv6_refusal(address, policy)
    return None


def _ipv6_refusal(address: IPv6Address, policy: WebhookPolicy) -> Refusal | None:
    """An IPv6 address that carries an IPv4 one reaches it, so the IPv4 one is judged too."""
    carried = _embedded_ipv4(address)
    refused = address_refusal(carried[1], policy) if carried is not None else None
    if carried is not None and refused is not None:
        how, embedded = carried
        return Refusal(refused.rule, f"embeds {embedded} ({how}), which {refused.reason}")
    if address.ipv4_mapped is not None or address in _NAT64:
        return None  # both reach the embedded public address, as DNS64 networks rely on
    if address in _COMPATIBLE:
        return Refusal("reserved", "is a deprecated IPv4-compatible address (RFC 4291)")
    if address not in _GLOBAL_UNICAST:
        return Refusal("reserved", "is outside global unicast space (2000::/3)")
    return None


def _embedded_ipv4(address: IPv6Address) -> tuple[str, IPv4Address] | None:
    """How and which IPv4 address an IPv6 one reaches. Teredo (2001::/32) needs no case: the
    reserved 2001::/23 refuses it whole."""
    low32 = IPv4Address(int(address) & 0xFFFFFFFF)
    if address.ipv4_mapped is not None:
        return "IPv4-mapped", address.ipv4_mapped
    if address in _NAT64:
        return "NAT64, RFC 6052", low32
    if address in _COMPATIBLE:
        return "IPv4-compatible", low32
    if address.sixtofour is not None:
        return "6to4, RFC 3056", address.sixtofour
    return None


_DEFAULT_PORTS = {"https": 443, "http": 80}
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)", re.IGNORECASE)
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*")
"""Letters, digits, hyphens (and the underscores some real names have), after IDNA: no
percent-escapes or other bytes that a resolver might read differently from us."""


def check_url(url: str, policy: WebhookPolicy) -> CheckedTarget:
    """The checks a URL can pass before any DNS: at registration, and again before each send."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        _refuse_odd_ipv4_spelling(url, policy)
        raise UrlRefused("invalid-url", f"the URL is not valid: {error}") from error
    if parsed.scheme == "http" and not policy.allow_insecure_http:
        raise UrlRefused("insecure-scheme", "the URL must start with https://")
    if parsed.scheme not in ("https", "http"):
        raise UrlRefused("scheme", "the URL must start with https://")
    if parsed.userinfo:
        raise UrlRefused("userinfo", "the URL may not contain a user name or password; "
                                     "webhooks are authenticated by their signature")
    host = parsed.raw_host.decode("ascii").rstrip(".").lower()
    if not host:
        raise UrlRefused("invalid-url", "the URL has no host")
    if host == "localhost" or host.endswith(".localhost"):
        _refuse_loopback_name(host, policy)
    literal = _literal_address(host)
    if literal is None and not _HOST_NAME.fullmatch(host):
        raise UrlRefused("invalid-url", f"the host {host} is not a valid host name")
    if literal is not None:
        refused = address_refusal(literal, policy)
        if refused is not None:
            raise UrlRefused(refused.rule, f"the address {literal} {refused.reason}")
    return CheckedTarget(parsed, host, parsed.port or _DEFAULT_PORTS[parsed.scheme], literal)


def _refuse_loopback_name(host: str, policy: WebhookPolicy) -> None:
    """``localhost`` and its subdomains always mean this machine (RFC 6761), whatever DNS says,
    so they are refused at registration already, unless loopback is allowed."""
    refused = address_refusal(IPv4Address("127.0.0.1"), policy)
    if refused is not None:
        raise UrlRefused(refused.rule, f"the host {host} is this machine, which {refused.reason}")


def _refuse_odd_ipv4_spelling(url: str, policy: WebhookPolicy) -> None:
    """httpx reads a dotted host strictly (``0177.0.0.1`` is invalid to it), resolvers read it
    as octal: a URL httpx refuses is refused anyway, but by the rule its address breaks."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return
    literal = _literal_address(host.rstrip(".")) if host else None
    refused = address_refusal(literal, policy) if literal is not None else None
    if refused is not None:
        raise UrlRefused(refused.rule, f"the address {literal} {refused.reason}")


def _literal_address(host: str) -> IPAddress | None:
    """The address a host names by itself, read as the system resolver reads it.

    ``inet_aton`` is what resolvers apply before DNS, so ``127.1``, ``0x7f.1``, ``0177.0.0.1``
    and ``2130706433`` are all 127.0.0.1; a host whose last label is a number but that
    ``inet_aton`` refuses is no host name either (WHATWG URL calls it an invalid IPv4 host).
    """
    try:
        return ip_address(host)
    except ValueError:
        pass
    if not _NUMERIC_LABEL.fullmatch(host.rsplit(".", 1)[-1]):
        return None
    try:
        return IPv4Address(socket.inet_aton(host))
    except OSError as error:
        raise UrlRefused("invalid-url", f"the host {host} is not a valid IPv4 address") from error


async def system_resolver(host: str, port: int) -> list[str]:
    """The event loop's getaddrinfo, run off the loop: every address the host has."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def resolve_and_check(host: str, port: int, policy: WebhookPolicy,
                            resolver: Resolver = system_resolver) -> list[IPAddress]:
    """The addresses to connect to, all checked: one refused address refuses the host, since
    which of them a later lookup would pick is the attacker's choice."""
    try:
        found = await resolver(host, port)
    except OSError as error:
        raise UrlRefused("unresolvable", f"the host {host} could not be resolved: {error}") \
            from error
    if not found:
        raise UrlRefused("unresolvable", f"the host {host} has no address")
    addresses = list(dict.fromkeys(ip_address(address) for address in found))
    for address in addresses:
        refused = address_refusal(address, policy)
        if refused is not None:
            raise UrlRefused(refused.rule,
                             f"the host {host} resolves to {address}, which {refused.reason}")
    return addresses
