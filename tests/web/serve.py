"""Serves a folder as a static web server with pre-compressed files does (nginx's brotli_static
and gzip_static, Caddy's precompressed): a file's .br or .gz twin, sent with its
Content-Encoding when the browser accepts it, else the file itself. The browser test loads
the app this way, as a tablet downloads it.
    python3 serve.py PORT DIR
"""

import http.server
import os
import sys
from functools import partial


class Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        accepted = {e.split(";")[0].strip() for e in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, ext in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + ext):
                f = open(path + ext, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return f
        return super().send_head()


port, folder = int(sys.argv[1]), sys.argv[2]
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=folder))
server.serve_forever()
