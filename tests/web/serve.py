"""Serves a folder as a static web server with pre-compressed files does (nginx's gzip_static
and ngx_brotli's brotli_static, Caddy's precompressed): a file's .br or .gz twin, sent with its
Content-Encoding when the browser accepts it, else the file itself; with the file's date, so
a browser (and the app's service worker) can reuse what it has. The browser test loads the
app this way, as a tablet downloads it.
    python3 serve.py PORT DIR
"""

import email.utils
import http.server
import os
import sys
from functools import partial


def accepted(header):
    """The encodings an Accept-Encoding header allows (a q of 0 refuses one)."""
    allowed = set()
    for part in header.split(","):
        name, *params = [p.strip() for p in part.split(";")]
        refused = any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params)
        if name and not refused:
            allowed.add(name)
    return allowed


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        # A cache must not hand a compressed copy to a browser that did not ask for one.
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        allowed = accepted(self.headers.get("Accept-Encoding", ""))
        for encoding, ext in (("br", ".br"), ("gzip", ".gz")):
            if encoding in allowed and os.path.isfile(path + ext):
                return self.send_twin(path, path + ext, encoding)
        return super().send_head()

    def send_twin(self, path, twin, encoding):
        stamp = int(os.path.getmtime(path))
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                if int(email.utils.parsedate_to_datetime(since).timestamp()) >= stamp:
                    self.send_response(304)
                    self.end_headers()
                    return None
            except (TypeError, ValueError, OverflowError):
                pass
        f = open(twin, "rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
        self.send_header("Last-Modified", self.date_time_string(stamp))
        self.end_headers()
        return f


port, folder = int(sys.argv[1]), sys.argv[2]
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=folder))
server.serve_forever()
