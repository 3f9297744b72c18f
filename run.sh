#!/usr/bin/env bash
# Starts the DasTern API with everything it needs: PostgreSQL and Redis (installed and started when
# missing), migrations and seed data, then the host on http://localhost:${DASTERN_PORT:-5000}.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/services.sh
ensure_services

port="${DASTERN_PORT:-5000}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-$ASPNETCORE_ENVIRONMENT}"
export ConnectionStrings__Default="${ConnectionStrings__Default:-$DASTERN_PG;Database=${DASTERN_DB:-dastern};Max Auto Prepare=32;Maximum Pool Size=50}"
export Redis__Configuration="${Redis__Configuration:-$DASTERN_REDIS}"
export AuthServer__Issuer="${AuthServer__Issuer:-http://localhost:$port/}"
export AuthServer__DevelopmentKeyDirectory="${AuthServer__DevelopmentKeyDirectory:-$PWD/.data/keys}"

dotnet build DasTern.sln -c Release -nologo -v quiet
dotnet run --project src/DasTern.DbMigrator -c Release --no-build
echo "DasTern API on http://localhost:$port — API page: http://localhost:$port/scalar — OpenAPI: http://localhost:$port/openapi/v1.json"
exec dotnet run --project src/DasTern.HttpApi.Host -c Release --no-build --no-launch-profile --urls "http://localhost:$port"
