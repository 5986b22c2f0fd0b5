"""The SSRF rules: every spelling of an inside address is refused by the rule it breaks, public
addresses pass, and a host name is judged by every address it resolves to."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from services.notifications.webhooks.ssrf import (
    Resolver,
    UrlRefused,
    WebhookPolicy,
    check_url,
    resolve_and_check,
)

STRICT = WebhookPolicy()

REFUSED = [
    ("https://127.0.0.1/hook", "loopback"),
    ("https://2130706433/hook", "loopback"),
    ("https://0x7f.1/hook", "loopback"),
    ("https://0177.0.0.1/hook", "loopback"),
    ("https://127.1/hook", "loopback"),
    ("https://[::1]/hook", "loopback"),
    ("https://localhost:8080/hook", "loopback"),
    ("https://api.LocalHost./hook", "loopback"),
    ("https://[::ffff:127.0.0.1]/hook", "loopback"),
    ("https://[::127.0.0.1]/hook", "loopback"),
    ("https://10.1.2.3/hook", "private"),
    ("https://172.16.0.1/hook", "private"),
    ("https://172.31.255.255/hook", "private"),
    ("https://192.168.1.1/hook", "private"),
    ("https://0xc0.0xa8.1.1/hook", "private"),
    ("https://[fc00::1]/hook", "private"),
    ("https://[2002:a00:1::1]/hook", "private"),  # 6to4 around 10.0.0.1
    ("https://100.64.0.1/hook", "shared"),
    ("https://169.254.169.254/latest/meta-data/", "metadata"),
    ("https://[64:ff9b::a9fe:a9fe]/hook", "metadata"),
    ("https://[::ffff:169.254.169.254]/hook", "metadata"),
    ("https://[fd00:ec2::254]/hook", "metadata"),
    ("https://169.254.1.1/hook", "link-local"),
    ("https://[fe80::1]/hook", "link-local"),
    ("https://0.0.0.0/hook", "unspecified"),
    ("https://0/hook", "unspecified"),
    ("https://[::]/hook", "unspecified"),
    ("https://224.0.0.1/hook", "multicast"),
    ("https://[ff02::1]/hook", "multicast"),
    ("https://240.0.0.1/hook", "reserved"),
    ("https://192.0.2.1/hook", "reserved"),
    ("https://[2001:db8::1]/hook", "reserved"),
    ("https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/hook", "reserved"),  # Teredo
    ("https://[64:ff9b:1::a00:1]/hook", "nat64"),
    ("https://255.255.255.255/hook", "broadcast"),
    ("http://hooks.example.com/hook", "insecure-scheme"),
    ("ftp://hooks.example.com/hook", "scheme"),
    ("https://user:secret@hooks.example.com/hook", "userinfo"),
    ("https://hooks.example.0x1f/hook", "invalid-url"),
    ("https:///hook", "invalid-url"),
    ("https://127%2E0%2E0%2E1/hook", "invalid-url"),
    ("https://127.0.0.1%20.hooks.example.com/hook", "invalid-url"),
]


@pytest.mark.parametrize(("url", "rule"), REFUSED)
def test_inside_addresses_in_any_spelling_are_refused_by_their_rule(url: str, rule: str) -> None:
    with pytest.raises(UrlRefused) as refused:
        check_url(url, STRICT)
    assert refused.value.rule == rule
    assert str(refused.value) == refused.value.message


def test_the_message_names_the_address_and_the_rule() -> None:
    with pytest.raises(UrlRefused) as refused:
        check_url("https://10.0.0.5/hook", STRICT)
    assert str(refused.value) == "the address 10.0.0.5 is private (RFC 1918)"
    with pytest.raises(UrlRefused) as refused:
        check_url("https://0x7f.1/hook", STRICT)
    assert "127.0.0.1" in str(refused.value)


@pytest.mark.parametrize("url", ["https://93.184.215.14/hook", "https://[2606:2800::1]/hook",
                                 "https://[::ffff:93.184.215.14]/hook",
                                 "https://[64:ff9b::5db8:d70e]/hook",
                                 "https://hooks.partner.example:8443/hook?x=1"])
def test_public_addresses_and_host_names_pass(url: str) -> None:
    assert check_url(url, STRICT).url.path == "/hook"


def test_host_names_are_normalised_to_their_ascii_form() -> None:
    target = check_url("https://Bücher.Example./hook", STRICT)
    assert (target.host, target.port, target.literal) == ("xn--bcher-kva.example", 443, None)


def test_plain_http_and_loopback_pass_only_when_the_operator_allows_them() -> None:
    local = WebhookPolicy(allow_insecure_http=True, allowed_networks=("127.0.0.0/8",))
    assert str(check_url("http://127.0.0.1:8080/hook", local).literal) == "127.0.0.1"
    assert check_url("http://2130706433:8080/hook", local).port == 8080
    with pytest.raises(UrlRefused) as refused:
        check_url("http://10.0.0.1/hook", local)
    assert refused.value.rule == "private"


async def test_a_name_that_resolves_to_loopback_is_refused() -> None:
    with pytest.raises(UrlRefused) as refused:
        await resolve_and_check("localhost", 443, STRICT)  # the real system resolver
    assert refused.value.rule == "loopback"
    assert str(refused.value).startswith("the host localhost resolves to ")


def _resolving_to(*addresses: str) -> Resolver:
    async def resolver(host: str, port: int) -> Sequence[str]:
        return addresses
    return resolver


async def test_a_name_that_resolves_to_a_private_address_is_refused() -> None:
    with pytest.raises(UrlRefused) as refused:
        await resolve_and_check("hooks.example.test", 443, STRICT, _resolving_to("10.0.0.1"))
    assert (refused.value.rule, str(refused.value)) == (
        "private", "the host hooks.example.test resolves to 10.0.0.1, which is private (RFC 1918)")


async def test_one_inside_address_among_public_ones_refuses_the_name() -> None:
    resolver = _resolving_to("93.184.215.14", "2606:2800::1", "::ffff:169.254.169.254")
    with pytest.raises(UrlRefused) as refused:
        await resolve_and_check("hooks.example.test", 443, STRICT, resolver)
    assert refused.value.rule == "metadata"


async def test_a_name_without_addresses_is_refused() -> None:
    with pytest.raises(UrlRefused) as refused:
        await resolve_and_check("hooks.example.test", 443, STRICT, _resolving_to())
    assert refused.value.rule == "unresolvable"


async def test_public_addresses_are_returned_once_each() -> None:
    resolver = _resolving_to("93.184.215.14", "93.184.215.14", "2606:2800::1")
    found = await resolve_and_check("hooks.example.test", 443, STRICT, resolver)
    assert [str(address) for address in found] == ["93.184.215.14", "2606:2800::1"]
