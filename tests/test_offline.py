"""The network is blocked during the tests: in this process and in every kernel it starts."""

import socket
import subprocess
import sys

import pytest

PROBE = """
import socket
try:
    socket.create_connection(("{host}", 80), timeout=2)
except OSError as error:
    print(type(error).__name__)
else:
    print("connected")
"""


@pytest.mark.filterwarnings("ignore:A test tried to use socket:UserWarning")
def test_pytest_itself_cannot_reach_the_network():
    with pytest.raises(Exception, match=r"(?i)block|not allowed|socket"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


@pytest.mark.parametrize("host", ["example.org", "192.0.2.1"])
def test_subprocesses_and_kernels_cannot_reach_the_network(host):
    """conftest.py puts tests/offline/sitecustomize.py on PYTHONPATH for every subprocess."""
    result = subprocess.run([sys.executable, "-c", PROBE.format(host=host)],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "NetworkBlocked"


def test_loopback_stays_open_for_kernels_and_jupyterlab():
    code = "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); " \
           "c = socket.create_connection(s.getsockname(), timeout=2); print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
