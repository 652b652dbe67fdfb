#!/usr/bin/env bash
# The long, on-demand run of the chrony fidelity harness (docs/fidelity.md): many generated
# configurations, each compared between ntplint and the real `chronyd -p` (run only as
# `chronyd -p -f FILE`). Survey mode: it does not stop at the first disagreement but lists every
# kind of disagreement found, with a minimal input for each, then fails if there was any.
#
#   scripts/fidelity-long.sh [CASES [SEED]]      defaults: 100000 cases, the fixed CI seed
#
# Extra Maven flags can be passed in MVN_FLAGS (for example MVN_FLAGS=-o to stay offline).
# Needs chronyd (scripts/install-oracles.sh installs it); a missing chronyd is a failure here.
set -euo pipefail
cd "$(dirname "$0")/.."

cases=${1:-100000}
seed_args=()
if [ $# -ge 2 ]; then
  seed_args=(-Dntplint.fidelity.seed="$2")
fi

# shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
exec mvn -B -ntp ${MVN_FLAGS:-} test -pl lib -am \
  -Dtest=ChronydFidelityTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dntplint.oracles=required \
  -Dntplint.fidelity.survey=true \
  -Dntplint.fidelity.cases="$cases" "${seed_args[@]}"
