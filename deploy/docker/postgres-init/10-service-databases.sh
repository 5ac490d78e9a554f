#!/usr/bin/env bash
# One database and one login role per service (a service never reads another's database):
# antrian_<service>, owned by the role antrian_<service>, closed to every other role.
#
# The postgres image runs this once, on an empty data volume. It is idempotent, so after adding a
# service (set <SERVICE>_DB_PASSWORD on the postgres container) run it again on a live volume:
#   docker compose -f deploy/compose.yaml exec postgres /docker-entrypoint-initdb.d/10-service-databases.sh
#
# A service is created only when its <SERVICE>_DB_PASSWORD is set, so the list below can name
# services that have not arrived yet. Passwords go into DATABASE_URL: use URL-safe characters
# (for example `openssl rand -hex 24`).
set -euo pipefail

services="${ANTRIAN_SERVICES:-identity scheduling counter}"

for service in $services; do
  password_variable="$(printf '%s' "$service" | tr '[:lower:]-' '[:upper:]_')_DB_PASSWORD"
  password="${!password_variable:-}"
  if [ -z "$password" ]; then
    echo "antrian: $password_variable is not set, skipping the $service database"
    continue
  fi
  name="antrian_${service//-/_}"
  echo "antrian: ensuring role and database $name"
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    --set=name="$name" --set=password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"name" TO :"name";
SQL
done
