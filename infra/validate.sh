#!/usr/bin/env bash
# Compiles and lints the Bicep templates offline with the Bicep CLI from NuGet, and fails on any
# error, any compiler warning (e.g. BCP037/BCP089 for a property Azure does not know, which Bicep
# only warns about) and any linter warning. Rules are relaxed only in infra/bicepconfig.json.
#
#   infra/validate.sh [OUT_DIR]     compiled ARM JSON goes to OUT_DIR (default .tools/infra-build)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
infra="$repo/infra"
tools_project="$infra/tools/bicep.csproj"
version="$(sed -n 's/.*"Azure\.Bicep\.CommandLine\.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' "$tools_project")"
if [[ -z "$version" ]]; then
  echo "validate.sh: no Azure.Bicep.CommandLine.linux-x64 version in $tools_project" >&2
  exit 2
fi
bicep="$repo/.tools/nuget/azure.bicep.commandline.linux-x64/$version/tools/bicep"
out_dir="${1:-$repo/.tools/infra-build}"

if [[ ! -f "$bicep" ]]; then
  echo "Restoring the Bicep CLI $version into .tools/nuget ..."
  dotnet restore "$tools_project" --packages "$repo/.tools/nuget" --verbosity quiet
fi
# NuGet does not keep the executable bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

mkdir -p "$out_dir"
failed=0

run() {
  local output status=0
  output="$("$bicep" "$@" 2>&1)" || status=$?
  if [[ -n "$output" ]]; then
    echo "$output"
  fi
  if [[ $status -ne 0 ]]; then
    echo "FAILED (exit $status): bicep $*" >&2
    failed=1
  elif grep -Eq '(^|[ :])(Warning|Error) ' <<<"$output"; then
    echo "FAILED (diagnostics): bicep $*" >&2
    failed=1
  else
    echo "ok: bicep $*"
  fi
}

cd "$infra"
run build main.bicep --outfile "$out_dir/main.json"
run lint main.bicep
run build-params main.bicepparam --outfile "$out_dir/main.parameters.json"

if [[ $failed -ne 0 ]]; then
  echo "infra/validate.sh: the Bicep templates have errors or warnings (see above)." >&2
  exit 1
fi
echo "infra/validate.sh: main.bicep and main.bicepparam build and lint cleanly (ARM JSON in $out_dir)."
