#!/usr/bin/env bash
# Runs the desk's performance benchmark (BENCHMARKS.md) against a local PostgreSQL and prints the table.
# Arguments are passed on as key=value (see DeskBenchmark); BENCHMARK_JAVA_OPTS adds JVM options and -D settings,
# e.g. BENCHMARK_JAVA_OPTS="-Dcamunda.bpm.job-execution.max-pool-size=8".
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -ntp ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
mkdir -p target/benchmark
java -Xms1g -Xmx2g ${BENCHMARK_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  com.privacydesk.benchmark.DeskBenchmark "$@" 2>&1 | tee target/benchmark/run.log
