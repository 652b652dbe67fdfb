#!/usr/bin/env bash
# The long, on-demand run of the NTPsec fidelity harness (docs/fidelity.md, "NTPsec"): many
# generated ntp.conf files, each compared between ntplint --target ntpsec-1.2 and NTPsec's ntpd
# (run only through scripts/ntpsec-parse.sh). Survey mode: it does not stop at the first
# disagreement but lists every kind found, with a minimal input for each, then fails if any.
#
#   scripts/fidelity-long-ntpsec.sh [CASES [SEED]]   defaults: 10000 cases, the fixed CI seed
#
# Each case costs about a second of ntpd idling, so the cases run 32 at a time
# (NTPSEC_THREADS overrides). Extra Maven flags in MVN_FLAGS (for example MVN_FLAGS=-o).
set -euo pipefail
cd "$(dirname "$0")/.."

cases=${1:-10000}
seed_args=()
if [ $# -ge 2 ]; then
  seed_args=(-Dntplint.fidelity.ntpsec.seed="$2")
fi

# shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
exec mvn -B -ntp ${MVN_FLAGS:-} test -pl lib -am \
  -Dtest=NtpsecFidelityTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dntplint.oracles=required \
  -Dntplint.fidelity.ntpsec.survey=true \
  -Dntplint.fidelity.ntpsec.threads="${NTPSEC_THREADS:-32}" \
  -Dntplint.fidelity.ntpsec.cases="$cases" "${seed_args[@]}"
