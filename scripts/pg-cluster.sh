#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster of our own: initdb into a temporary folder as the
# `postgres` user, listen on a free loopback port. Prints `export TEST_DATABASE_URL=…` and
# `export LUBAN_PG_DIR=…`; `scripts/pg-cluster.sh stop <dir>` stops and removes it.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

if [[ "${1:-start}" == "stop" ]]; then
  dir=$2
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

dir=$(mktemp -d /tmp/luban-pg.XXXXXX)
chown postgres:postgres "$dir"
chmod 700 "$dir"
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
runuser -u postgres -- "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB -c fsync=on" start >/dev/null
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
echo "export LUBAN_PG_DIR=$dir"
