#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests, from Debian's packages.
#   tools/test_postgres.sh start FOLDER PORT   prints the server's URL for PEPS_TEST_DATABASE_URL
#                                              (a cluster already in FOLDER starts again)
#   tools/test_postgres.sh stop FOLDER
# Run as root, the cluster belongs to the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

action=${1:?start or stop}
folder=${2:?cluster folder}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    port=${3:?port}
    mkdir -p "$folder"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$folder"
        chmod 700 "$folder"
    fi
    # PEPS_PG_PASSWORD: the postgres user's password, checked on TCP (scram-sha-256); without
    # it, trust. PEPS_PG_TLS: a folder holding server.crt and server.key, for TLS.
    if [ ! -d "$folder/data" ]; then # a cluster stopped earlier starts again as it was
        auth=(-A trust)
        if [ -n "${PEPS_PG_PASSWORD:-}" ]; then
            printf '%s\n' "$PEPS_PG_PASSWORD" >"$folder/password"
            [ "$(id -u)" = 0 ] && chown postgres: "$folder/password"
            auth=(--auth-local=trust --auth-host=scram-sha-256 --pwfile="$folder/password")
        fi
        as_owner "$bin/initdb" -D "$folder/data" "${auth[@]}" -U postgres -E UTF8 \
            --locale=C.UTF-8 >"$folder/initdb.log"
        rm -f "$folder/password"
    fi
    tls=""
    if [ -n "${PEPS_PG_TLS:-}" ]; then
        install -m 600 "$PEPS_PG_TLS/server.crt" "$PEPS_PG_TLS/server.key" "$folder/data/"
        [ "$(id -u)" = 0 ] && chown postgres: "$folder/data/server.crt" "$folder/data/server.key"
        tls="-c ssl=on"
    fi
    # Durability is not under test: fsync off keeps the many CREATE DATABASE quick.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -o \
        "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $tls" \
        start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast stop >/dev/null
    ;;
*)
    echo "usage: $0 start FOLDER PORT | stop FOLDER" >&2
    exit 2
    ;;
esac
