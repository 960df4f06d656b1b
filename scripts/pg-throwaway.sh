#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials: `start DIR [PORT]` creates a cluster in the
# empty or new folder DIR, starts it on 127.0.0.1 and prints its URL; `stop DIR` stops it and
# removes DIR. Not for data you want to keep: durability is switched off for speed.
#
#   dir=$(mktemp -d) && url=$(scripts/pg-throwaway.sh start "$dir") && export DYAD_TEST_PG="$url"
#   ...
#   scripts/pg-throwaway.sh stop "$dir"
#
# Uses Debian's server binaries (/usr/lib/postgresql/N/bin, newest N), or PG_BIN, or initdb on
# PATH. initdb and postgres refuse to run as root, so as root they run as user postgres, who then
# owns DIR and must be able to reach it (a folder under /tmp, as mktemp makes, is). The server
# listens on 127.0.0.1 only, on PORT or a free port, and trusts every local connection.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
}

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb > /dev/null; then
    dirname "$(command -v initdb)"
  else
    echo "$0: no PostgreSQL server binaries (initdb); install them (Debian: apt-get install -y postgresql) or set PG_BIN" >&2
    exit 1
  fi
}

# Runs a server binary as the owner of the cluster: user postgres when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

command="${1:-}"
dir="${2:-}"
[ -n "$command" ] && [ -n "$dir" ] || usage
bin=$(find_bin)

case "$command" in
  start)
    port="${3:-$(free_port)}"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start > /dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null; fi
    rm -rf "$dir"
    ;;
  *)
    usage
    ;;
esac
