#!/usr/bin/python3
"""A stand-in Schema Registry over mutual TLS for tst_schema_tls: Python's own ssl module asks
every client for a certificate signed by CA and refuses the handshake without one. Answers
GET /schemas/ids/1 with one Avro schema (404 for anything else, as a registry does), prints
"PORT" once listening and stops by itself after LIFETIME seconds or when stdin closes.

    tls_registry.py CERT KEY CA LIFETIME
"""
import http.server
import json
import ssl
import sys
import threading

CERT, KEY, CA, LIFETIME = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
SCHEMA = {"type": "record", "name": "Ping", "namespace": "tls",
          "fields": [{"name": "n", "type": "long"}]}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.endswith("/schemas/ids/1"):
            body = json.dumps({"schema": json.dumps(SCHEMA)}).encode()
            self.send_response(200)
        else:
            body = json.dumps({"error_code": 40403, "message": "Schema not found"}).encode()
            self.send_response(404)
        self.send_header("Content-Type", "application/vnd.schemaregistry.v1+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(CERT, KEY)
context.load_verify_locations(CA)
context.verify_mode = ssl.CERT_REQUIRED
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.socket = context.wrap_socket(server.socket, server_side=True)
stopper = threading.Timer(LIFETIME, server.shutdown)
stopper.daemon = True
stopper.start()
threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
print(server.server_address[1], flush=True)
server.serve_forever()
