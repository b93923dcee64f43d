#!/usr/bin/env bash
# Runs the CRM sample end to end. It starts a local DynamoDB (dynalite) itself, unless DYNASTORE_ENDPOINT
# names another endpoint, and stops it when done.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-local-dynamodb.sh
echo "Building the sample (the first run downloads dependencies)..." >&2
exec mvn -B -q --no-transfer-progress -pl samples/crm -am -Dmaven.test.skip=true -Prun-sample package "$@"
