"""A real HTTP server on 127.0.0.1, started by the tests, serving pages, a feed and traps."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pages import make_page

ROUTES: dict[str, tuple[int, dict, bytes]] = {}


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>Report {n}</title><link>{base}/news/{n}</link>"
        f"<pubDate>Wed, 2{n} Jan 2026 09:00:00 GMT</pubDate></item>"
        for n in (1, 2)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Northgate Courier</title><link>{base}/</link><description>News</description>{items}"
        "</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        base = f"http://{self.headers['Host']}"
        path = self.path
        if path.startswith("/news/"):
            n = path.rsplit("/", 1)[-1]
            body = make_page(title=f"Ceasefire monitors file report number {n}", slug=f"report-{n}",
                             paragraphs=[f"Report {n}: the monitoring mission said the crossing at Dunmere reopened on schedule, according to its weekly bulletin.",
                                         "Convoy coordinator Tobias Renn said forty lorries had passed before noon and that more were expected on Thursday."]).encode()
            return self._send(200, {"Content-Type": "text/html; charset=utf-8"}, body)
        if path == "/page":
            return self._send(200, {"Content-Type": "text/html; charset=utf-8"}, make_page().encode())
        if path == "/feed.xml":
            return self._send(200, {"Content-Type": "application/rss+xml"}, feed(base))
        if path == "/bad-feed.xml":
            return self._send(200, {"Content-Type": "application/rss+xml"}, b"<?xml version='1.0'?><rss><channel><title>Broken<item></rss")
        if path == "/loop-a":
            return self._send(302, {"Location": "/loop-b"}, b"")
        if path == "/loop-b":
            return self._send(302, {"Location": "/loop-a"}, b"")
        if path == "/redirect-elsewhere":
            port = self.server.server_address[1]
            return self._send(302, {"Location": f"http://127.0.0.2:{port}/page"}, b"")
        if path == "/redirect-to-page":
            return self._send(301, {"Location": "/page"}, b"")
        if path == "/missing":
            return self._send(404, {"Content-Type": "text/plain"}, b"not here")
        if path == "/broken":
            return self._send(500, {"Content-Type": "text/plain"}, b"oops")
        if path == "/slow":
            time.sleep(3)
            return self._send(200, {"Content-Type": "text/html"}, make_page().encode())
        if path == "/huge":
            return self._send(200, {"Content-Type": "text/html"}, b"<html><body>" + b"x" * 300_000 + b"</body></html>")
        if path == "/empty-article":
            return self._send(200, {"Content-Type": "text/html"}, b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        return self._send(404, {"Content-Type": "text/plain"}, b"unknown")

    def _send(self, status: int, headers: dict, body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def start() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
