#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers with Jazzer, for longer than the regression replay that
# every build runs. Usage: scripts/fuzz.sh   (each fuzz test runs for its @FuzzTest maxDuration)
# Inputs that grow coverage are merged into the saved corpus under lib/src/test/resources, so the
# next build replays them; a crash is saved there too and fails the build until it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install -pl grammar,lib -am
cd lib
for test in dev.ntplint.fuzz.ChronyFuzzTest; do
  JAZZER_FUZZ=1 mvn -B -ntp test -Dtest="${test##*.}" -Dsurefire.failIfNoSpecifiedTests=false | grep -E '#[0-9]+.*(DONE|NEW)|Tests run|FAIL' | tail -5
  class=${test##*.}
  for dir in .cifuzz-corpus/"$test"/*; do
    method=$(basename "$dir")
    saved=src/test/resources/${test%.*}/
    saved=${saved//.//}${class}Inputs/$method
    mkdir -p "$saved"
    cp -n "$dir"/* "$saved"/ 2>/dev/null || true
    echo "$test.$method: $(ls "$dir" | wc -l) inputs in the fuzzer's corpus, $(ls "$saved" | wc -l) saved"
  done
done
