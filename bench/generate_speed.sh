#!/usr/bin/env bash
# Times `investdesk generate --scale N` on a fresh SQLite file and, when DATABASE_URL_PG is
# set, on a fresh PostgreSQL database. Usage: bench/generate_speed.sh 10
set -euo pipefail
SCALE="${1:-10}"
BIN="$(dirname "$0")/../.venv/bin"
WORK="$(mktemp -d)"
run() {
  "$BIN/investdesk" migrate --noinput -v 0
  local start end
  start=$(date +%s.%N)
  "$BIN/investdesk" generate --scale "$SCALE" --no-progress
  end=$(date +%s.%N)
  printf '%s scale %s: %.1f s\n' "$1" "$SCALE" "$(echo "$end - $start" | bc)"
}
DATABASE_URL="sqlite:///$WORK/bench.sqlite3" run SQLite
if [ -n "${DATABASE_URL_PG:-}" ]; then
  DATABASE_URL="$DATABASE_URL_PG" run PostgreSQL
fi
rm -rf "$WORK"
