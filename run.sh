#!/usr/bin/env bash
# Runs ExpertBot locally: Azurite (Table Storage), the bot with the demo organisation, and the
# Microsoft 365 Agents Playground (a Teams-like client). Ctrl+C stops all three.
set -euo pipefail
source "$(dirname "$0")/scripts/services.sh"
cd "$ROOT"

SNAPSHOT="${EXPERTBOT_SNAPSHOT:-$ROOT/demo/org}"
export LOG_DIR="$ROOT/artifacts/run"
mkdir -p "$LOG_DIR"

require_tools
install_node_packages
say "Building ExpertBot"
dotnet build "$ROOT/Bot/Bot.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly || fail "build failed"

trap 'echo; say "Stopping"; stop_services' EXIT
trap 'exit 130' INT TERM

start_azurite "$ROOT/.azurite"
start_bot "$SNAPSHOT" --Expertise:IndexCachePath="$ROOT/artifacts/run/index.bin"
start_playground

cat <<MSG

  ExpertBot is running.
    Open the Agents Playground:  http://localhost:$PLAYGROUND_PORT
    Ask:  who knows Kubernetes?    ·    qui connaît le droit du travail ?
    Logs: $LOG_DIR
  Press Ctrl+C to stop.

MSG
wait -n || true
fail "a service stopped; see the logs in $LOG_DIR"
