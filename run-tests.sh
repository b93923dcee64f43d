#!/usr/bin/env bash
# Runs every test: unit tests, compile tests, and the integration suite on dynalite and on moto.
# Extra arguments go to Maven, e.g. ./run-tests.sh -DskipMoto or ./run-tests.sh -pl runtime -am
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-local-dynamodb.sh
exec mvn -B --no-transfer-progress verify "$@"
