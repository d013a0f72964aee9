"""Fetching URLs with limits: size, time, redirects, and no requests into private networks.

The address check happens where the socket is opened, on the address actually connected to, for
the first request and for every redirect hop. Checking only the host name would let a name that
resolves to 127.0.0.1, or a DNS answer that changes between check and use, slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from accordwatch.config import Settings
from accordwatch.errors import BlockedAddress, FetchError, TooLarge


def address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global is False for loopback, RFC 1918, link-local (169.254.169.254, the cloud metadata
    # address, among them), CGNAT, unique-local IPv6, multicast and reserved ranges.
    return ip.is_global and not ip.is_multicast


class GuardedBackend(httpcore.SyncBackend):
    """A network backend that resolves names itself and connects only to addresses it allows."""

    def __init__(self, allow_private_network: bool) -> None:
        self.allow_private_network = allow_private_network

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve host {host}: {exc.strerror}") from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not self.allow_private_network:
            blocked = [a for a in addresses if not address_is_public(a)]
            if blocked:
                raise BlockedAddress(
                    f"{host} resolves to {blocked[0]}, a private, loopback or link-local address; "
                    "refused (use --allow-private-network to permit it)"
                )
        last_error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
        raise last_error or httpcore.ConnectError(f"no address for {host}")


class GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private_network: bool) -> None:
        super().__init__(retries=0)
        # httpx builds its pool with the default backend; swap in one that checks addresses.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=GuardedBackend(allow_private_network),
        )


@dataclass
class Fetched:
    url: str
    final_url: str
    content_type: str | None
    charset: str | None
    body: bytes


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        transport=GuardedTransport(settings.allow_private_network),
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        trust_env=False,  # an environment proxy would make the address check meaningless
        headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"},
    )


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http and https URLs can be fetched")


def _read_limited(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"{url}: body of {int(declared):,} bytes is over the limit of {limit:,} bytes")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"{url}: body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, settings: Settings, client: httpx.Client | None = None) -> Fetched:
    """GET a URL, following redirects by hand so that loops and every hop are checked."""
    own_client = client is None
    client = client or make_client(settings)
    visited: list[str] = []
    current = url
    try:
        while True:
            _check_scheme(current)
            if current in visited:
                raise FetchError(f"{url}: redirect loop ({' -> '.join(visited + [current])})")
            if len(visited) > settings.max_redirects:
                raise FetchError(f"{url}: more than {settings.max_redirects} redirects")
            visited.append(current)
            with client.stream("GET", current) as response:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{current}: HTTP {response.status_code} redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{current}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
                body = _read_limited(response, current, settings.max_bytes)
                ctype = response.headers.get("content-type")
                return Fetched(
                    url=url,
                    final_url=str(response.url),
                    content_type=ctype.split(";")[0].strip().lower() if ctype else None,
                    charset=response.charset_encoding,
                    body=body,
                )
    except httpx.TimeoutException:
        raise FetchError(f"{current}: timed out after {settings.timeout:g} s") from None
    except httpx.ConnectError as exc:
        message = str(exc) or "connection failed"
        if "refused" in message.lower():
            message = "connection refused"
        raise FetchError(f"{current}: {message}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"{current}: invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from None
    finally:
        if own_client:
            client.close()
