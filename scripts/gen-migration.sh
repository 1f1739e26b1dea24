#!/usr/bin/env bash
# Generates one Drizzle migration from the table files already committed plus the ones named,
# and commits it together with those table files, under a lock so that several people working
# in one tree never interleave migrations (see docs/module-guide.md).
#   scripts/gen-migration.sh <name> <new-or-changed *.tables.ts …>
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
exec 9>/tmp/luban-migrations.lock
flock 9
tables=$( (git ls-files '*.tables.ts'; printf '%s\n' "$@") | sort -u | paste -sd, )
LUBAN_DRIZZLE_TABLES="$tables" npx drizzle-kit generate --name "$name"
git add src/server/db/migrations "$@"
git commit -m "Migration ${name}" -- src/server/db/migrations "$@"
