"""A real server with a password and TLS: libpq's conventions (PGPASSWORD, .pgpass, a
`service=` of pg_service.conf, sslmode up to verify-full), the keyring, and « Tester la
connexion » saying what is wrong."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from peps_desktop.core.shared.data_key import open_with_data_key
from peps_desktop.core.shared.locations import Location
from peps_desktop.core.shared.server_check import check_connection
from peps_desktop.core.shared.store_choice import remember_password
from peps_desktop.errors import StoreError
from peps_desktop.store.migrate import open_store
from tests.private_server import PrivateServer, private_server

pytestmark = pytest.mark.postgresql_only

PASSWORD = "Mot-de-passe-serveur-1"


def _certificate(
    folder: Path, subject: str, issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None
) -> tuple[x509.Name, ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    issuer_name, issuer_key = issuer if issuer is not None else (name, key)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
    )
    if issuer is None:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            False,
        )
    certificate = builder.sign(issuer_key, hashes.SHA256())
    return name, key, certificate


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A folder with the server's certificate and key, its CA, and an unrelated CA."""
    folder = tmp_path_factory.mktemp("tls")
    ca_name, ca_key, ca = _certificate(folder, "PEP's test CA", None)
    _name, key, server = _certificate(folder, "localhost", (ca_name, ca_key))
    (folder / "server.crt").write_bytes(_pem(server))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    (folder / "ca.crt").write_bytes(_pem(ca))
    *_, other = _certificate(folder, "Another CA", None)
    (folder / "other-ca.crt").write_bytes(_pem(other))
    return folder, folder / "ca.crt", folder / "other-ca.crt"


@pytest.fixture(scope="module")
def server(tls: tuple[Path, Path, Path]) -> Iterator[PrivateServer]:
    with private_server(password=PASSWORD, tls=tls[0]) as started:
        started.database("peps", password=PASSWORD)
        yield started


def _url(server: PrivateServer, database: str = "peps", **query: str) -> str:
    return (
        make_url(server.server_url)
        .set(database=database, query=query)
        .render_as_string(hide_password=False)
    )


def _opens(url: str, tmp_path: Path) -> None:
    store, _kept = open_with_data_key(Location(tmp_path / "data", url))
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        store.dispose()


def test_without_a_password_the_server_refuses_and_says_so(
    server: PrivateServer, tmp_path: Path
) -> None:
    with pytest.raises(StoreError):
        _opens(_url(server), tmp_path)
    found = check_connection(_url(server), "wrong")
    assert not found.ok
    assert "refused the user name or the password" in found.message


def test_the_password_from_pgpassword(
    server: PrivateServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    _opens(_url(server), tmp_path)


def test_the_password_from_a_pgpass_file(
    server: PrivateServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{server.port}:*:postgres:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    _opens(_url(server), tmp_path)


def test_the_password_from_the_keyring(server: PrivateServer, tmp_path: Path) -> None:
    assert remember_password(_url(server), PASSWORD)
    _opens(_url(server), tmp_path)


def test_a_service_of_pg_service_conf(
    server: PrivateServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[peps]\nhost=127.0.0.1\nport={server.port}\ndbname=peps\nuser=postgres\n"
        f"password={PASSWORD}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    _opens("postgresql+psycopg:///?service=peps", tmp_path)


def test_tls_verified_up_to_the_host_name(
    server: PrivateServer, tls: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    url = make_url(_url(server, sslmode="verify-full", sslrootcert=str(tls[1]))).set(
        host="localhost"
    )
    found = check_connection(url.render_as_string(hide_password=False), PASSWORD)
    assert found.ok, found.message
    assert found.message.startswith("Connection works.")
    engine = create_engine(url.set(password=PASSWORD))
    try:
        with engine.connect() as connection:
            assert connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    finally:
        engine.dispose()


def test_a_certificate_from_another_authority_is_refused(
    server: PrivateServer, tls: tuple[Path, Path, Path]
) -> None:
    url = make_url(_url(server, sslmode="verify-full", sslrootcert=str(tls[2]))).set(
        host="localhost"
    )
    found = check_connection(url.render_as_string(hide_password=False), PASSWORD)
    assert not found.ok
    assert found.message.startswith("The secure connection (TLS) was refused")


def test_tls_required_from_a_server_without_it_is_refused(tmp_path: Path) -> None:
    with private_server() as plain:
        found = check_connection(_url(plain, "postgres", sslmode="require"))
    assert not found.ok
    assert found.message.startswith("The secure connection (TLS) was refused")


def test_what_the_connection_test_says(server: PrivateServer, tmp_path: Path) -> None:
    assert check_connection(_url(server, "absente"), PASSWORD).message == (
        "The server has no database “absente”."
    )
    unreachable = make_url(_url(server)).set(port=1).render_as_string(hide_password=False)
    assert check_connection(unreachable, PASSWORD).message.startswith(
        "The server cannot be reached:"
    )
    migrated = make_url(_url(server)).set(password=PASSWORD).render_as_string(hide_password=False)
    open_store(migrated, tmp_path / "docs").dispose()
    assert check_connection(_url(server), PASSWORD).message == (
        "Connection works. The store is up to date."
    )
    engine = create_engine(migrated)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    newer = check_connection(_url(server), PASSWORD)
    assert not newer.ok
    assert "newer version of PEP's Desktop (schema 9999)" in newer.message
