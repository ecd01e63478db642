"""A throwaway PostgreSQL cluster for the tests and benchmarks (Debian's `postgresql`).

`initdb`/`pg_ctl` in a temporary folder, listening on a Unix socket in that folder and on
127.0.0.1 with TLS (a server certificate from a throwaway CA made with `cryptography`).
initdb refuses to run as root: as root the cluster runs as `nobody` (runuser), otherwise as
the current user. The superuser is `postgres`; local socket logins are trusted, TCP needs
TLS and a password.
"""

from __future__ import annotations

import datetime as dt
import glob
import ipaddress
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found and Path(found).resolve().exists():
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise RuntimeError("PostgreSQL server binaries not found: install Debian's "
                           "`postgresql` package (scripts/dev.sh setup does)")
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_tls(folder: Path, owner: tuple[int, int] | None) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1/localhost: (ca, cert, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "DigiGov test server CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "root.crt", folder / "server.crt", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    paths[2].chmod(0o600)
    if owner:
        for p in paths:
            os.chown(p, *owner)
    return paths


class PgCluster:
    """Start with `PgCluster.start()`, stop with `.stop()`."""

    def __init__(self, root: Path, port: int, as_user: list[str]) -> None:
        self.root = root
        self.port = port
        self.socket_dir = root / "run"
        self.data = root / "data"
        self.ca_file = root / "tls" / "root.crt"
        self._as = as_user
        self._bin = _bindir()

    @classmethod
    def start(cls) -> PgCluster:
        root = Path(tempfile.mkdtemp(prefix="digigov-pg-"))
        owner = None
        as_user: list[str] = []
        if getattr(os, "geteuid", lambda: -1)() == 0:  # POSIX root: initdb refuses it
            import pwd

            nobody = pwd.getpwnam("nobody")
            owner = (nobody.pw_uid, nobody.pw_gid)
            as_user = ["runuser", "-u", "nobody", "--"]
        for sub in ("run", "tls"):
            (root / sub).mkdir()
        root.chmod(0o755)
        if owner:
            for p in (root, root / "run", root / "tls"):
                os.chown(p, *owner)
        make_tls(root / "tls", owner)
        cluster = cls(root, _free_port(), as_user)
        cluster._initdb()
        return cluster

    def _run(self, *args: str | Path) -> None:
        subprocess.run([*self._as, *map(str, args)], check=True, capture_output=True,
                       cwd=self.root)

    def _initdb(self) -> None:
        self._run(self._bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        with (self.data / "pg_hba.conf").open("w") as fh:
            fh.write("local all all trust\n"
                     "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                     "host all all 127.0.0.1/32 reject\n")
        tls = self.root / "tls"
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.socket_dir} -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off -c ssl=on "
                   f"-c ssl_cert_file={tls / 'server.crt'} -c ssl_key_file={tls / 'server.key'} "
                   f"-c max_connections=60 -c shared_buffers=32MB")
        self._run(self._bin / "pg_ctl", "-D", self.data, "-l", self.root / "server.log",
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run(self._bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        """A Unix-socket URL (no password needed)."""
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def tls_url(self, dbname: str, user: str, *, ca_file: Path | None = None) -> str:
        """A TCP URL to 127.0.0.1 with the server certificate verified."""
        return (f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}?sslmode=verify-full"
                f"&sslrootcert={ca_file or self.ca_file}")

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.url(dbname), autocommit=True)

    def create_database(self, name: str, *, template: str | None = None) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"'
                         + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


_DATABASES = itertools.count()


def new_central_target(request, backend: str, folder: Path | None,
                       name: str = "central") -> str:
    """The target of a fresh central store on `backend` (a file in `folder`, or a copy of
    the migrated template database in the session's cluster: fixture `pg_cluster`)."""
    n = next(_DATABASES)
    if backend == "sqlite":
        return str(folder / f"{name}-{n}.sqlite")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"{name}_{n}", template="digigov_template")
