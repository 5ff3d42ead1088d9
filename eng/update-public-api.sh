#!/usr/bin/env bash
# Records the public API of every package in its PublicAPI.Unshipped.txt after a deliberate
# change. PublicAPI.Shipped.txt (what a released version offers) is left alone: removing a
# shipped symbol stays an error to resolve by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for project in src/*/*.csproj; do
  folder=$(dirname "$project")
  [ -f "$folder/PublicAPI.Unshipped.txt" ] || continue
  printf '#nullable enable\n' > "$folder/PublicAPI.Unshipped.txt"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity info 2>&1 | { grep -v "Warnings were encountered while loading the workspace" || true; }
  echo "$folder/PublicAPI.Unshipped.txt: $(($(wc -l < "$folder/PublicAPI.Unshipped.txt") - 1)) symbols"
done
