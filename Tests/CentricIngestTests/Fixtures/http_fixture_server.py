#!/usr/bin/env python3
"""A small HTTP server for URLFetcher's tests, on 127.0.0.1 only.

Started by the tests with `python3 http_fixture_server.py`; it binds a free port, prints it on
the first line of stdout, and serves until the test terminates it. `/stats` returns how often
each path was requested (and how often conditionally), so tests can check retries and 304s.
"""
import gzip
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPH = (
    "<p>The customer service team at the regional energy company changed the way it works this year. "
    "Instead of sending every caller from one department to the next, the first agent now owns the "
    "question until it is solved, and customers say they finally feel heard. {n}</p>"
)


def page(title, n=0):
    body = "".join(PARAGRAPH.format(n="Part %d of story %d." % (i, n)) for i in range(4))
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
            "<body><article><h1>%s</h1>%s</article></body></html>" % (title, title, body)).encode()


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fixture feed</title><link>{base}/</link><language>en</language>
<item><title>Title only</title><link>{base}/articles/1</link><pubDate>Mon, 03 Mar 2025 09:00:00 +0000</pubDate></item>
<item><title>With a summary</title><link>{base}/articles/2</link><pubDate>Tue, 04 Mar 2025 09:00:00 +0000</pubDate>
<description>&lt;p&gt;A short summary of the second article, written by the feed and not by the page.&lt;/p&gt;</description></item>
<item><title>Blocked by robots</title><link>{base}/private/3</link>
<description>&lt;p&gt;The feed's own words about the third article, which robots.txt keeps us from fetching.&lt;/p&gt;</description></item>
</channel></rss>
"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    counts = {}
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def count(self, key):
        with Handler.lock:
            Handler.counts[key] = Handler.counts.get(key, 0) + 1
            return Handler.counts[key]

    def send(self, status, body=b"", headers=None, content_type="text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        n = self.count(path)
        base = "http://%s:%d" % self.server.server_address
        if path == "/stats":
            with Handler.lock:
                return self.send(200, json.dumps(Handler.counts).encode(), content_type="application/json")
        if path == "/robots.txt":
            return self.send(200, b"User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n",
                             content_type="text/plain")
        if path == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.count("/etag:conditional")
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            return self.send(200, page("Cached page", 1), {"ETag": '"v1"', "Last-Modified": "Mon, 03 Mar 2025 09:00:00 GMT"})
        if path == "/flaky":
            if n == 1:
                return self.send(500, b"try again")
            return self.send(200, page("Flaky page", 2))
        if path == "/always-500":
            return self.send(503, b"down")
        if path == "/busy":
            if n == 1:
                return self.send(429, b"slow down", {"Retry-After": "1"})
            return self.send(200, page("Busy page", 3))
        if path == "/too-busy":
            return self.send(429, b"slow down", {"Retry-After": "3600"})
        if path == "/loop/a":
            return self.send(302, b"", {"Location": "/loop/b"})
        if path == "/loop/b":
            return self.send(302, b"", {"Location": "/loop/a"})
        if path.startswith("/chain/"):
            step = int(path.rsplit("/", 1)[1])
            if step < 3:
                return self.send(301, b"", {"Location": "/chain/%d" % (step + 1)})
            return self.send(200, page("End of the chain", 4))
        if path == "/gzip":
            return self.send(200, gzip.compress(page("Compressed page", 5)), {"Content-Encoding": "gzip"})
        if path == "/big":
            return self.send(200, b"<html><body><p>" + b"x" * (2 * 1024 * 1024) + b"</p></body></html>")
        if path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            self.wfile.flush()
            time.sleep(4)
            return
        if path == "/feed.xml":
            return self.send(200, FEED.format(base=base).encode(), content_type="application/rss+xml")
        if path.startswith("/articles/") or path.startswith("/private/"):
            return self.send(200, page("Article " + path.rsplit("/", 1)[1], 10 + int(path.rsplit("/", 1)[1])))
        if path == "/export.csv":
            return self.send(200, b"id,comment\nA-1,The agent listened.\nA-2,Nobody called back.\n", content_type="text/csv")
        return self.send(404, b"not found")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
