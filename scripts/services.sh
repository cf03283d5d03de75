# Shared by run.sh and test.sh: install what the project needs and start/stop its local services.
# Sourced, not run. Every service started here is recorded in STARTED_PIDS and stopped by stop_services.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STARTED_PIDS=()
AZURITE_PORT="${AZURITE_PORT:-10002}"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31merror: %s\033[0m\n' "$*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || fail "the .NET SDK is needed (dotnet on PATH): https://dot.net"
  command -v node >/dev/null || fail "Node.js is needed (node on PATH)"
  command -v npm >/dev/null || fail "npm is needed"
}

# npm packages are pinned in package-lock.json; install them when missing or when the lock changed.
install_node_packages() {
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing the pinned npm tools (Azurite, Agents Playground, Adaptive Cards renderer, Playwright)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
  fi
}

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
install_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  command -v apt-get >/dev/null || fail "Chromium is needed at /usr/bin/chromium for the browser tests"
  say "Installing Debian's chromium for the browser tests"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq chromium >/dev/null || fail "apt-get install chromium failed"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port, name, seconds
  local i
  for ((i = 0; i < ${3:-60} * 4; i++)); do
    port_open "$1" && return 0
    sleep 0.25
  done
  fail "$2 did not start on port $1"
}

wait_for_url() { # url, name, seconds
  local i
  for ((i = 0; i < ${3:-60} * 4; i++)); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  fail "$2 did not answer at $1"
}

start_azurite() { # location dir ("" = in memory)
  if port_open "$AZURITE_PORT"; then
    say "Azurite (or something else) already listens on $AZURITE_PORT; using it"
    return
  fi
  local persistence=(--inMemoryPersistence)
  if [ -n "${1:-}" ]; then mkdir -p "$1"; persistence=(--location "$1"); fi
  say "Starting Azurite's Table service on 127.0.0.1:$AZURITE_PORT"
  node "$ROOT/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
    "${persistence[@]}" --silent --skipApiVersionCheck >"${LOG_DIR:-/tmp}/azurite.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for_port "$AZURITE_PORT" "Azurite" 30
}

start_bot() { # snapshot dir, extra args...
  local snapshot="$1"; shift
  say "Starting ExpertBot on http://127.0.0.1:$BOT_PORT with the organisation in $snapshot"
  ASPNETCORE_ENVIRONMENT=Development DOTNET_NOLOGO=1 \
    Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;" \
    dotnet "$ROOT/Bot/bin/Release/net10.0/ExpertBot.dll" --urls "http://127.0.0.1:$BOT_PORT" \
      --contentRoot "$ROOT/Bot" --Expertise:SnapshotPath="$snapshot" "$@" >"${LOG_DIR:-/tmp}/bot.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for_url "http://127.0.0.1:$BOT_PORT/healthz" "ExpertBot" 60
}

start_playground() {
  say "Starting the Microsoft 365 Agents Playground on http://localhost:$PLAYGROUND_PORT"
  TEAMSAPPTESTER_BROWSER=none node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" start \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry \
    >"${LOG_DIR:-/tmp}/playground.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for_port "$PLAYGROUND_PORT" "Agents Playground" 90
}

stop_services() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    pkill -P "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  STARTED_PIDS=()
}
