"""A real, minimal SMTP server on loopback for tests that check what Alliance e-mails."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Sink(socketserver.StreamRequestHandler):
    """Just enough SMTP to receive messages."""

    def handle(self) -> None:
        self.wfile.write(b"220 sink\r\n")
        data: list[str] = []
        in_data = False
        while line := self.rfile.readline():
            text = line.decode(errors="replace")
            if in_data:
                if text in (".\r\n", ".\n"):
                    self.server.messages.append("".join(data))  # type: ignore[attr-defined]
                    data, in_data = [], False
                    self.wfile.write(b"250 ok\r\n")
                else:
                    data.append(text)
                continue
            verb = text[:4].upper()
            if verb == "DATA":
                in_data = True
                self.wfile.write(b"354 go\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            elif verb in ("EHLO", "HELO"):
                self.wfile.write(b"250 sink\r\n")
            else:
                self.wfile.write(b"250 ok\r\n")


@contextmanager
def smtp_sink() -> Iterator[tuple[int, list[str]]]:
    """Serve SMTP on a free loopback port; yields (port, received messages)."""
    server = socketserver.TCPServer(("127.0.0.1", 0), _Sink)
    server.messages = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], server.messages  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
