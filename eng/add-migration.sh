#!/usr/bin/env bash
# Adds a migration of the library's own AccountsDbContext for every database it ships
# migrations for, after a change to AccountsModel. The migrations are made internal: they are
# found by reflection and are not part of any package's public API.
#
#   eng/add-migration.sh AddMemberPhone
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: eng/add-migration.sh <MigrationName>}

dotnet tool restore >/dev/null
for project in src/Accounts.EntityFrameworkCore.Sqlite src/Accounts.EntityFrameworkCore.PostgreSql; do
  dotnet ef migrations add "$name" --project "$project" --output-dir Migrations
  sed -i 's/^    public partial class /    internal partial class /' "$project"/Migrations/*.cs
done
echo "Review the new migrations, then run the tests: the pending-model-changes test fails until both are added."
