"""The kit's JupyterHub configuration: what `make classroom` runs, and what a teacher copies.

Part 1 holds the settings every class hub needs (docs/classroom.md gives their tljh-config
equivalents); part 2 the test hub's own: loopback only, a shared password, throw-away homes.
Run time values come from the environment (classroom/run_class.py sets them), e.g.

    CLASSROOM_HOME_ROOT=/tmp/class CLASSROOM_PASSWORD=... \
        jupyterhub -f classroom/jupyterhub_config.py
"""

import importlib.util
import os
import secrets
import sys
from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821  (injected by JupyterHub)
env = os.environ.get
BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve().parent

# --- Part 1: every class hub -------------------------------------------------------------
# A whole class clicks "Start" at once: 20 single-user servers importing JupyterLab on two
# cores took up to 49 s; with JupyterHub's default http_timeout of 30 s, 4 to 19 of 20 failed.
HTTP_TIMEOUT_S = int(env("CLASSROOM_HTTP_TIMEOUT", "120"))
START_TIMEOUT_S = 180
c.Spawner.http_timeout = HTTP_TIMEOUT_S
c.Spawner.start_timeout = START_TIMEOUT_S

# A kernel idle for 30 min gives back its ~200 MB (the student's variables go with it:
# re-running the lesson's cells from the top restores them in a few seconds).
KERNEL_CULL = {
    "cull_idle_timeout": 1800,
    "cull_interval": 300,
    "cull_connected": True,  # also a kernel whose tab is still open, but untouched
    "cull_busy": False,  # never a kernel that is running a cell
}
c.Spawner.args = [f"--MappingKernelManager.{name}={value}" for name, value in KERNEL_CULL.items()]
# Each server picks its kernels' ports, then the kernel binds them seconds later: with a class
# starting kernels at once, another process can take one first ("Address already in use").
# A kernel that exits then is restarted, with jupyter_client's port cache on the same ports
# until it gives up (seen at N=20); without the cache on new ones, and it comes up. (One that
# hangs instead needs its notebook closed and reopened: docs/classroom.md.)
c.Spawner.args += ["--KernelManager.cache_ports=False"]

# A server (~115 MB) idle for an hour is stopped by jupyterhub-idle-culler (TLJH ships it).
SERVER_IDLE_TIMEOUT_S = 3600
CULLER = {
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                f"--timeout={SERVER_IDLE_TIMEOUT_S}", "--cull-every=300"],
}
CULLER_ROLE = {
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}
# Server ~130 MB RSS + a lesson kernel up to ~230 MB, room for a second open lesson:
# enforced by TLJH's systemd spawner (tljh-config set limits.memory 1G), shown elsewhere.
c.Spawner.mem_limit = "1G"

services: list[dict] = []
roles: list[dict] = []
if importlib.util.find_spec("jupyterhub_idle_culler"):
    services.append(CULLER)
    roles.append(CULLER_ROLE)

# --- Part 2: the test hub (make classroom) -------------------------------------------------
LOOPBACK = "127.0.0.1"
state = Path(env("CLASSROOM_STATE_DIR", "."))
c.JupyterHub.bind_url = f"http://{LOOPBACK}:{env('CLASSROOM_PORT', '8000')}"
c.JupyterHub.hub_bind_url = f"http://{LOOPBACK}:{env('CLASSROOM_HUB_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://{LOOPBACK}:{env('CLASSROOM_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]
c.ConfigurableHTTPProxy.should_start = True
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")

# Students log in with their name and the class password; only users the teacher (here the
# driver, through the REST API) created are let in. SharedPasswordAuthenticator is what
# JupyterHub 5.3+ has instead of DummyAuthenticator.password (deprecated).
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = env("CLASSROOM_PASSWORD") or secrets.token_urlsafe(24)
c.Authenticator.allow_existing_users = True

c.JupyterHub.spawner_class = "simple"  # SimpleLocalProcessSpawner: no system users
c.SimpleLocalProcessSpawner.home_dir_template = str(
    Path(env("CLASSROOM_HOME_ROOT", "/tmp/classroom-homes")) / "{username}")
c.Spawner.ip = LOOPBACK
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
if os.geteuid() == 0:  # CI and containers run as root; Jupyter Server refuses root without it
    c.Spawner.args = [*c.Spawner.args, "--allow-root"]
if env("CLASSROOM_RUN_ID"):  # marks this run's processes, so none is left behind
    c.Spawner.environment = {"CLASSROOM_RUN_ID": env("CLASSROOM_RUN_ID")}

ADMIN_TOKEN = env("CLASSROOM_ADMIN_TOKEN")
if ADMIN_TOKEN:  # the driver's token: create students, start and stop servers, run lessons
    services.append({"name": "classroom-driver", "api_token": ADMIN_TOKEN})
    roles.append({
        "name": "classroom-driver",
        "scopes": ["admin:users", "admin:servers", "admin:server_state", "tokens",
                   "access:servers", "list:users", "read:users"],
        "services": ["classroom-driver"],
    })
c.JupyterHub.services = services
c.JupyterHub.load_roles = roles
