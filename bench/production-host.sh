# Sourced by the benchmarks: a fresh database, migrated, and the settings a deployment uses
# (Production, keys from configuration, no development defaults), exported for the hosts they start.
# Needs scripts/services.sh sourced and ensure_services run first.

prepare_production_host() { # database redis-key-prefix admin-password
  local database="$1" prefix="$2"
  local pg_host pg_port
  pg_host="$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$DASTERN_PG")"
  pg_port="$(sed -E 's/.*Port=([^;]+).*/\1/' <<<"$DASTERN_PG")"
  ensure_package 'command -v psql' postgresql-client
  PGPASSWORD=dastern psql -h "$pg_host" -p "$pg_port" -U dastern -d postgres -q \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  dotnet build DasTern.sln -c Release -nologo -v quiet
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
  export ConnectionStrings__Default="$DASTERN_PG;Database=$database;Max Auto Prepare=32;Maximum Pool Size=50;No Reset On Close=true"
  export Redis__Configuration="$DASTERN_REDIS" Redis__InstanceName="$prefix"
  export Admin__Password="$3" OpenIddict__ServiceClientSecret="bench-service-client-secret"
  export AuthServer__SigningKey="$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)"
  export AuthServer__EncryptionKey="$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)"
  export AuthServer__RequireHttps=false Logging__LogLevel__Default=Warning
  dotnet src/DasTern.DbMigrator/bin/Release/net10.0/DasTern.DbMigrator.dll >/dev/null
}
