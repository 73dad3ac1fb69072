"""A small HTTP server on 127.0.0.1 for the bindings' HTTP-client tests: real
responses, as the platforms' own clients (URLSession, requests, httpx,
java.net.http) receive them. It prints `listening on http://127.0.0.1:PORT`
first, then serves until killed; standard library only.

  /respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=1  an AuthOS error body
  /respond?status=502                                         a gateway's HTML page
  /ok                                                         200 {"ok": true}
  /flaky?key=K&failures=N     503 (Retry-After: 0) for the first N calls with key K, then 200
  /slow?seconds=S             200 after S seconds (for timeouts and cancellation)
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

CALLS: dict = {}
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="application/json", headers=()):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Request-Id", "req-test-1")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path == "/respond":
            status = int(query.get("status", "500"))
            headers = [("Retry-After", query["retry_after"])] if "retry_after" in query else []
            code = query.get("code")
            if code:
                body = json.dumps({"error": "Said by the test server", "error_code": code,
                                   "timestamp": "2025-01-15T10:30:00Z"})
                self.send(status, body, headers=headers)
            else:
                self.send(status, "<html><body><h1>%d Bad Gateway</h1></body></html>" % status, "text/html", headers)
        elif url.path == "/ok":
            self.send(200, '{"ok": true}')
        elif url.path == "/flaky":
            key, failures = query.get("key", ""), int(query.get("failures", "1"))
            with LOCK:
                CALLS[key] = CALLS.get(key, 0) + 1
                n = CALLS[key]
            if n <= failures:
                self.send(503, "<html>down</html>", "text/html", [("Retry-After", "0")])
            else:
                self.send(200, json.dumps({"ok": True, "calls": n}))
        elif url.path == "/slow":
            time.sleep(float(query.get("seconds", "5")))
            self.send(200, '{"ok": true}')
        else:
            self.send(404, json.dumps({"error": "no such route", "error_code": "NOT_FOUND"}))


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
