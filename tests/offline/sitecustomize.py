"""Block network access in every Python process the test suite starts.

The test suite puts this folder on PYTHONPATH and sets KIT_OFFLINE=1, so the
Jupyter kernels that nbval starts (and any other subprocess) refuse to open a
connection to anything but this machine. Loopback stays open: kernels talk to
nbval over 127.0.0.1, and the browser tests serve JupyterLab there.
"""

import os

if os.environ.get("KIT_OFFLINE") == "1":
    import ipaddress
    import socket

    _LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}

    def _is_local(host) -> bool:
        if host is None or host == "":
            return True
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        host = str(host)
        if host in _LOCAL_NAMES:
            return True
        try:
            return ipaddress.ip_address(host.split("%")[0]).is_loopback
        except ValueError:
            return False

    class NetworkBlocked(OSError):
        """Raised when code tries to reach the network during the tests."""

    def _refuse(host):
        raise NetworkBlocked(
            f"network access to {host!r} is blocked: the kit must work offline "
            "(no nltk.download(), no model or data fetched at run time)"
        )

    _connect = socket.socket.connect
    _connect_ex = socket.socket.connect_ex
    _getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            _refuse(address[0])
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            _refuse(address[0])
        return _connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_local(host):
            _refuse(host)
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo
