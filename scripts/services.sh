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
  command -v curl >/dev/null || fail "curl is needed (to wait for the services)"
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

# Refuses to start a service on a port someone else holds: the bot would fail to bind while the wait
# succeeded against the other process, and the playground would silently move to a random port.
require_free_port() { # port, name, variable to change
  if port_open "$1"; then
    fail "port $1 for $2 is already in use (another run?); stop it or choose another port with $3=…"
  fi
}

# Starts a command in the background in its own process group (so stop_services can end it with all
# its children, and Ctrl+C reaches this script first), logging to LOG_DIR/<log>. Sets SERVICE_PID.
start_service() { # log file name, command...
  local log="${LOG_DIR:-/tmp}/$1"; shift
  setsid "$@" >"$log" 2>&1 < /dev/null &
  SERVICE_PID=$!
  STARTED_PIDS+=("$SERVICE_PID")
}

# Fails at once, with the end of its log, when a service exits while it is being waited for.
check_alive() { # pid, name, log file name
  if ! kill -0 "$1" 2>/dev/null; then
    tail -n 20 "${LOG_DIR:-/tmp}/$3" >&2 2>/dev/null || true
    fail "$2 exited while starting (log: ${LOG_DIR:-/tmp}/$3)"
  fi
}

wait_for_port() { # port, name, seconds, [pid, log]
  local i
  for ((i = 0; i < ${3:-60} * 4; i++)); do
    port_open "$1" && return 0
    [ -n "${4:-}" ] && check_alive "$4" "$2" "$5"
    sleep 0.25
  done
  fail "$2 did not start on port $1 within ${3:-60} s"
}

wait_for_url() { # url, name, seconds, [pid, log]
  local i
  for ((i = 0; i < ${3:-60} * 4; i++)); do
    curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null && return 0
    [ -n "${4:-}" ] && check_alive "$4" "$2" "$5"
    sleep 0.25
  done
  fail "$2 did not answer at $1 within ${3:-60} s"
}

wait_for_ready() { # readiness url, name, seconds, pid, log, failure pattern in the log
  local i log="${LOG_DIR:-/tmp}/$5"
  for ((i = 0; i < ${3:-60} * 4; i++)); do
    curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null && return 0
    if grep -qE "$6" "$log" 2>/dev/null; then
      grep -E -A2 "$6" "$log" >&2
      fail "$2 failed (log: $log)"
    fi
    check_alive "$4" "$2" "$5"
    sleep 0.25
  done
  curl -sS --max-time 5 "$1" >&2 2>/dev/null || true
  fail "$2 was not ready at $1 within ${3:-60} s (log: $log)"
}

wait_for_log() { # log file name, pattern, failure pattern, name, seconds, pid
  local i log="${LOG_DIR:-/tmp}/$1"
  for ((i = 0; i < ${5:-60} * 4; i++)); do
    if grep -qE "$3" "$log" 2>/dev/null; then
      grep -E -A2 "$3" "$log" >&2
      fail "$4 failed (log: $log)"
    fi
    grep -qE "$2" "$log" 2>/dev/null && return 0
    check_alive "$6" "$4" "$1"
    sleep 0.25
  done
  fail "$4 did not finish within ${5:-60} s (log: $log)"
}

start_azurite() { # location dir ("" = in memory)
  if port_open "$AZURITE_PORT"; then
    say "Azurite (or something else) already listens on $AZURITE_PORT; using it"
    return
  fi
  local persistence=(--inMemoryPersistence)
  if [ -n "${1:-}" ]; then mkdir -p "$1"; persistence=(--location "$1"); fi
  say "Starting Azurite's Table service on 127.0.0.1:$AZURITE_PORT"
  start_service azurite.log node "$ROOT/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
    "${persistence[@]}" --silent --skipApiVersionCheck --disableTelemetry
  wait_for_port "$AZURITE_PORT" "Azurite" 30 "$SERVICE_PID" azurite.log
}

start_bot() { # snapshot dir, extra args...
  local snapshot="$1"; shift
  [ -f "$snapshot/people.jsonl" ] || fail "no organisation snapshot in $snapshot (people.jsonl missing); set EXPERTBOT_SNAPSHOT to a snapshot folder"
  [ -f "$ROOT/Bot/bin/Release/net10.0/ExpertBot.dll" ] || fail "ExpertBot is not built (dotnet build Bot/Bot.csproj -c Release)"
  require_free_port "$BOT_PORT" "ExpertBot" BOT_PORT
  say "Starting ExpertBot on http://127.0.0.1:$BOT_PORT with the organisation in $snapshot"
  # The digest's charts are linked at Digest:PublicBaseUrl (never at a request's Host header): here, this very bot.
  # The demo organisation's availability (local mode only; ids of another snapshot simply match nobody).
  start_service bot.log env ASPNETCORE_ENVIRONMENT=Development DOTNET_NOLOGO=1 \
    Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;" \
    dotnet "$ROOT/Bot/bin/Release/net10.0/ExpertBot.dll" --urls "http://127.0.0.1:$BOT_PORT" \
      --contentRoot "$ROOT/Bot" --Expertise:SnapshotPath="$snapshot" --Digest:PublicBaseUrl="http://127.0.0.1:$BOT_PORT/" \
      --Presence:DemoFile="$ROOT/demo/presence.jsonl" "$@"
  # Ready = the snapshot's index is loaded and Table Storage answers (Hosting/HealthEndpoints.cs); until then the
  # bot only says "not ready". A snapshot that cannot be read never gets there: fail at once, with its log line.
  wait_for_ready "http://127.0.0.1:$BOT_PORT/health/ready" "ExpertBot with the snapshot $snapshot" 180 "$SERVICE_PID" bot.log "could not be loaded"
}

start_playground() {
  # The playground moves to a random port when its port is taken: refuse instead of losing it.
  require_free_port "$PLAYGROUND_PORT" "the Agents Playground" PLAYGROUND_PORT
  say "Starting the Microsoft 365 Agents Playground on http://localhost:$PLAYGROUND_PORT"
  start_service playground.log env TEAMSAPPTESTER_BROWSER=none node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" start \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry
  # Ready when it says so on its own port and serves its page (the port alone could be someone else's).
  wait_for_log playground.log "Listening on $PLAYGROUND_PORT\b" "EADDRINUSE|Error:" "The Agents Playground" 90 "$SERVICE_PID"
  wait_for_url "http://localhost:$PLAYGROUND_PORT/" "The Agents Playground" 30 "$SERVICE_PID" playground.log
}

# Stops every service started here with its children (each runs in its own process group): TERM, then
# KILL for whatever is still there after 10 s. Safe to call twice.
stop_services() {
  local pid i alive
  for pid in "${STARTED_PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for ((i = 0; i < 40; i++)); do
    alive=0
    for pid in "${STARTED_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.25
  done
  for pid in "${STARTED_PIDS[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}
