"""X-Forwarded-For counts only from the proxies in ALLIANCE_TRUSTED_PROXIES, read right to left."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from alliance.config import Settings, get_settings
from alliance.web.deps import client_address


def _request(peer: str, *forwarded: str) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "method": "POST", "path": "/login", "headers": headers, "client": (peer, 4711)})


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Set ALLIANCE_TRUSTED_PROXIES for the test."""
    def _set(value: str) -> None:
        monkeypatch.setattr(get_settings(), "trusted_proxies", value)
    return _set


def test_forwarded_for_is_ignored_by_default_even_from_localhost(trusted) -> None:  # noqa: ANN001
    trusted("")
    assert client_address(_request("127.0.0.1", "198.51.100.1")) == "127.0.0.1"
    assert client_address(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_forwarded_for_from_an_untrusted_peer_is_ignored(trusted) -> None:  # noqa: ANN001
    trusted("10.0.0.0/8")
    assert client_address(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"
    assert client_address(_request("127.0.0.1", "198.51.100.1")) == "127.0.0.1"


def test_a_trusted_proxy_gives_the_right_most_untrusted_address(trusted) -> None:  # noqa: ANN001
    trusted("10.0.0.0/8, 192.0.2.10")
    # The caller wrote "1.1.1.1" itself; the outer proxy (10.0.0.5) appended the address it saw.
    assert client_address(_request("10.0.0.2", "1.1.1.1, 198.51.100.9, 192.0.2.10")) == "198.51.100.9"
    assert client_address(_request("10.0.0.2", "1.1.1.1", "198.51.100.9:5555")) == "198.51.100.9"
    assert client_address(_request("192.0.2.10", "[2001:db8::7]:443")) == "2001:db8::7"
    assert client_address(_request("10.0.0.2")) == "10.0.0.2"  # no header: the proxy itself


def test_only_trusted_hops_give_the_left_most(trusted) -> None:  # noqa: ANN001
    trusted("10.0.0.0/8")
    assert client_address(_request("10.0.0.2", "10.1.1.1, 10.0.0.3")) == "10.1.1.1"


def test_a_bad_proxy_list_refuses_to_start() -> None:
    with pytest.raises(ValueError, match="not an address or CIDR"):
        Settings(trusted_proxies="10.0.0.0/8, proxy.internal")
    assert [str(n) for n in Settings(trusted_proxies="127.0.0.1,10.0.0.0/8").trusted_proxy_networks] == [
        "127.0.0.1/32", "10.0.0.0/8"]


def test_serve_does_not_let_uvicorn_rewrite_the_client_from_forwarded_headers(monkeypatch) -> None:  # noqa: ANN001
    import uvicorn

    from alliance import commands

    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.update(kwargs))
    monkeypatch.setattr("alliance.logging.configure", lambda level: None)
    commands.serve(host=None, port=None, workers=1)
    assert seen["proxy_headers"] is False

