#!/usr/bin/env bash
# Deploys the library (-Prelease: with sources and Javadoc jars) to a local file repository, then builds a project
# outside the reactor (scripts/consumer-template) against it, as a user would: from the BOM, with the processor on
# the processor path, its tests on dynalite through the testing module, and its Spring Boot application started on
# the starter with two tables. On JDK 17 (the build's JDK) and on JDK 25
# when one is installed (/usr/lib/jvm, or JAVA25_HOME). The consumer has a local Maven repository of its own, so
# nothing of Dynastore can come from ~/.m2: everything it gets is what was deployed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/consumer-check"
repository="$work/repository"
rm -rf "$work"
mkdir -p "$repository"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

echo "[consumer-check] deploying Dynastore $version to file://$repository" >&2
mvn -B -q --no-transfer-progress -Prelease -DskipTests -pl .,bom,annotations,runtime,processor,testing,micrometer,spring-boot-starter deploy \
  -DaltDeploymentRepository="dynastore-local::file://$repository"

for artifact in annotations runtime processor testing micrometer spring-boot-starter; do
  for classifier in "" -sources -javadoc; do
    jar="$repository/dev/dynastore/dynastore-$artifact/$version/dynastore-$artifact-$version$classifier.jar"
    [ -s "$jar" ] || { echo "[consumer-check] missing $jar" >&2; exit 1; }
  done
done

jdk25=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)}
consumer_repository="$work/m2"
run_consumer() { # name, java home (empty: the current JDK)
  local dir="$work/$1"
  cp -r scripts/consumer-template "$dir"
  sed -i "s|@DYNASTORE_VERSION@|$version|; s|@DYNASTORE_REPOSITORY@|file://$repository|" "$dir/pom.xml"
  echo "[consumer-check] building the consumer on $1" >&2
  (cd "$dir" && JAVA_HOME=${2:-${JAVA_HOME:-}} mvn -B -q --no-transfer-progress -Dmaven.repo.local="$consumer_repository" \
    -Ddynastore.dynalite.home="$root" verify)
  [ -s "$dir/target/generated-sources/annotations/example/NoteRepository.java" ] \
    || { echo "[consumer-check] the processor generated nothing on $1" >&2; exit 1; }
  for test in NoteTest NotesApplicationTest; do
    grep -q "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0" "$dir/target/surefire-reports/example.$test.txt" \
      || { echo "[consumer-check] the consumer's $test did not run and pass on $1" >&2; exit 1; }
  done
}
run_consumer jdk17 ""
# the production table's template, by the command the README gives, from the consumer's own generated schema
(cd "$work/jdk17" && mvn -B -q --no-transfer-progress -Dmaven.repo.local="$consumer_repository" \
  org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.mainClass=dev.dynastore.tools.TableTemplates \
  -Dexec.args="--table Notes --entity example.Note --tag team=notes --out $work/notes-table.json")
node -e '
  const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const table = Object.values(t.Resources)[0];
  if (table.Type !== "AWS::DynamoDB::Table" || table.Properties.TableName !== "Notes"
      || table.Properties.TimeToLiveSpecification.AttributeName !== "expires") {
    console.error("[consumer-check] unexpected template: " + JSON.stringify(t)); process.exit(1);
  }' "$work/notes-table.json"
if [ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ]; then
  run_consumer jdk25 "$jdk25"
  # the library itself on JDK 25 too: every module and sample compiles under -Werror (JDK 25's javac lints more),
  # and the processor's tests compile their sources with JDK 25's javac
  echo "[consumer-check] building Dynastore itself on jdk25" >&2
  JAVA_HOME="$jdk25" mvn -B -q --no-transfer-progress -o -DskipTests package
  JAVA_HOME="$jdk25" mvn -B -q --no-transfer-progress -o verify -pl annotations,processor
else
  echo "[consumer-check] SKIPPED the JDK 25 build: no JDK 25 in /usr/lib/jvm (set JAVA25_HOME)" >&2
fi
echo "[consumer-check] a consumer project built and passed its tests against the deployed artifacts" \
  "(and Dynastore built on JDK 25, where installed)" >&2
