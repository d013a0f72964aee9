import pytest

from accordwatch.config import Settings
from accordwatch.errors import BlockedAddress
from accordwatch.ingest.fetch import address_is_public, fetch


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
     "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "224.0.0.1"],
)
def test_private_addresses_are_not_public(address):
    assert not address_is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses(address):
    assert address_is_public(address)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost:9/x", "http://2130706433:9/", "http://[::1]:9/"])
def test_private_hosts_are_refused_at_connect_time(url):
    # Nothing listens on port 9: the refusal must come from the address check, before connecting.
    with pytest.raises(BlockedAddress):
        fetch(url, Settings(timeout=2))


def test_public_looking_name_resolving_to_loopback_is_refused(monkeypatch):
    import socket

    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(BlockedAddress, match="resolves to 127.0.0.1"):
        fetch("http://news.example/story", Settings(timeout=2))


def test_every_redirect_hop_is_checked(monkeypatch):
    import httpserver

    from accordwatch.ingest import fetch as fetch_module

    server, base = httpserver.start()
    try:
        # Pretend the test server's own address is public; the redirect target (127.0.0.2) is not.
        monkeypatch.setattr(fetch_module, "address_is_public", lambda address: address == "127.0.0.1")
        assert b"Elena Varga" in fetch(f"{base}/page", Settings(timeout=2)).body
        with pytest.raises(BlockedAddress, match="127.0.0.2"):
            fetch(f"{base}/redirect-elsewhere", Settings(timeout=2))
    finally:
        server.shutdown()
