#!/usr/bin/env bash
# Runs every test: unit tests, compile tests, the integration suite on dynalite and on moto, and then a consumer
# project built against the deployed artifacts on JDK 17 and 25 (scripts/check-consumer.sh; SKIP_CONSUMER_CHECK=1
# leaves it out). Extra arguments go to Maven, e.g. ./run-tests.sh -DskipMoto or ./run-tests.sh -pl runtime -am
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-local-dynamodb.sh
mvn -B --no-transfer-progress verify "$@"
if [ -z "${SKIP_CONSUMER_CHECK:-}" ]; then
  scripts/check-consumer.sh
fi
