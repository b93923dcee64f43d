#!/usr/bin/env bash
# Installs dynalite, the local DynamoDB, from the committed package-lock.json (npm ci), unless the same
# lock file was installed already. Needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js 20+ with npm is needed to run dynalite, the local DynamoDB: install it and retry." >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20+ is needed to run dynalite; this machine has $(node --version)." >&2
  exit 1
fi

stamp=node_modules/.dynastore-installed
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -f node_modules/dynalite/package.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$wanted" > "$stamp"
