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
