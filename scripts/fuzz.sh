#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer, for longer than the regression replay that every build runs.
# Usage: [FUZZ_DURATION=90s|10m|2h|SECONDS] scripts/fuzz.sh [Class#method ...]
#   default: every @FuzzTest under lib/src/test/java/dev/ntplint/fuzz, one after the other; each
#   runs for FUZZ_DURATION, or for its @FuzzTest maxDuration when that is not set (Jazzer fuzzes
#   one fuzz test per JVM, hence one mvn each).
#   e.g. FUZZ_DURATION=30m scripts/fuzz.sh NtpFuzzTest#readingAnyBytesKeepsEveryByte LintFuzzTest
# Inputs that grow coverage are merged into the saved corpus under lib/src/test/resources, so the
# next build replays them; a crash is saved there too and fails the build until it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_dir=lib/src/test/java/dev/ntplint/fuzz
package=dev.ntplint.fuzz

# Class#method for every @FuzzTest of the given classes (or of all fuzz classes).
methods_of() {
  local class=$1
  awk '/@FuzzTest/ { want = 1; next } want && /void [a-zA-Z0-9_]+\(/ {
         sub(/.*void /, ""); sub(/\(.*/, ""); print; want = 0 }' "$fuzz_dir/$class.java" |
    sed "s/^/$class#/"
}
# jazzer-junit 0.24.0 has no setting for the duration: it passes libFuzzer
# -max_total_time=<@FuzzTest maxDuration>, then the libFuzzer arguments found in the JUnit
# configuration parameters jazzer.internal.arg.0 (argv[0], dropped), .1, ... (how the Jazzer
# command line hands its arguments to a @FuzzTest; system properties are configuration
# parameters). libFuzzer keeps the last value of a flag, so a -max_total_time given there wins.
duration_args=()
if [ -n "${FUZZ_DURATION:-}" ]; then
  case $FUZZ_DURATION in
    *[0-9]h) seconds=$(( ${FUZZ_DURATION%h} * 3600 )) ;;
    *[0-9]m) seconds=$(( ${FUZZ_DURATION%m} * 60 )) ;;
    *[0-9]s) seconds=${FUZZ_DURATION%s} ;;
    *) seconds=$FUZZ_DURATION ;;
  esac
  if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "fuzz.sh: FUZZ_DURATION must be a positive number of seconds, or N followed by s, m or h" >&2
    exit 2
  fi
  duration_args=(-Djazzer.internal.arg.0=fuzz.sh "-Djazzer.internal.arg.1=-max_total_time=$seconds")
fi

targets=()
if [ $# -eq 0 ]; then
  for f in "$fuzz_dir"/*FuzzTest.java; do
    while read -r t; do targets+=("$t"); done < <(methods_of "$(basename "$f" .java)")
  done
else
  for arg in "$@"; do
    if [[ $arg == *"#"* ]]; then targets+=("$arg")
    else while read -r t; do targets+=("$t"); done < <(methods_of "$arg"); fi
  done
fi

for target in "${targets[@]}"; do
  class=${target%%#*}
  method=${target##*#}
  echo "== $package.$class#$method"
  # -am builds the grammar module too, so nothing needs installing first.
  JAZZER_FUZZ=1 mvn -B -ntp -pl lib -am test -Dtest="$class#$method" \
      -Dsurefire.failIfNoSpecifiedTests=false ${duration_args[@]+"${duration_args[@]}"} 2>&1 |
    grep -E '#[0-9]+.*(DONE|NEW)|Tests run:|FAIL|crash-|Exception' | tail -6 || true
  generated=lib/.cifuzz-corpus/$package.$class/$method
  saved=lib/src/test/resources/${package//.//}/${class}Inputs/$method
  mkdir -p "$saved"
  if [ -d "$generated" ]; then
    cp -n "$generated"/* "$saved"/ 2>/dev/null || true
    echo "$class.$method: $(ls "$generated" | wc -l) inputs in the fuzzer's corpus, $(ls "$saved" | wc -l) saved"
  fi
done
