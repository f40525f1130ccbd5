#!/usr/bin/env bash
# Creates a migration from the difference between the committed prisma/schema.prisma (git HEAD, which
# always matches the committed migrations) and the working copy:
#   scripts/new-migration.sh add_booking_tables
# Commit the schema and the new migration together, so the invariant holds for the next change.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/new-migration.sh <name>}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git show HEAD:prisma/schema.prisma > "$tmp/previous.prisma"
# Prisma's configuration opens the database through its driver adapter even for a diff: in a checkout
# without data/ yet, point it at a scratch file.
export DATABASE_URL="${DATABASE_URL:-file:$tmp/scratch.db}"
sql=$(npx prisma migrate diff --from-schema-datamodel "$tmp/previous.prisma" --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null)
if [ -z "$(printf '%s\n' "$sql" | grep -v '^--' | grep -v '^[[:space:]]*$' || true)" ]; then
  echo "No schema changes."; exit 0
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "Created $dir/migration.sql"
