#!/usr/bin/env bash
# Installs the two parse-only oracles described in ../shared/oracles/README.md:
#   - Debian's chrony package (chronyd is only ever run as `chronyd -p -f FILE`);
#   - NTPsec, downloaded and unpacked (never installed) into $NTPLINT_ORACLES/ntpsec.
# Idempotent and quiet unless something fails; ends with one line per oracle.
# Needs root (apt-get) unless both oracles are already there.
set -euo pipefail

oracles=$(realpath -m "${NTPLINT_ORACLES:-/opt/ntplint-oracles}")
ntpsec_root=$oracles/ntpsec
ntpd=$ntpsec_root/usr/sbin/ntpd
export DEBIAN_FRONTEND=noninteractive

log=$(mktemp)
tmpdirs=()
policy_added=
cleanup() {
  [ -n "$policy_added" ] && rm -f /usr/sbin/policy-rc.d
  rm -rf "$log" "${tmpdirs[@]}"
}
trap cleanup EXIT

fail() {
  echo "install-oracles: $*" >&2
  if [ -s "$log" ]; then
    echo "--- log ---" >&2
    cat "$log" >&2
  fi
  exit 1
}

# Runs a command with its output in the log; the log is shown only if something fails.
run() { "$@" >>"$log" 2>&1; }

apt_updated=
apt_update() {
  [ -n "$apt_updated" ] && return 0
  run apt-get update || fail "apt-get update failed"
  apt_updated=1
}

# Runs an apt-get command; if it fails with package lists that were not refreshed by this run,
# refreshes them once and tries again.
apt_run() {
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    apt_update
  fi
  run apt-get "$@" && return 0
  [ -n "$apt_updated" ] && return 1
  apt_update
  run apt-get "$@"
}

chronyd_pids() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(cat "$p/comm" 2>/dev/null)" = chronyd ] && echo "${p#/proc/}"
  done
  return 0
}

find_chronyd() { PATH=$PATH:/usr/sbin:/sbin command -v chronyd || true; }

# --- chrony -----------------------------------------------------------------------------------
if [ -z "$(find_chronyd)" ]; then
  before=$(chronyd_pids)
  # Installing must not start a time daemon: deny service starts for the duration of the install
  # unless the machine already has a policy (Debian container images ship one that denies).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  apt_run install -y --no-install-recommends chrony || fail "apt-get install chrony failed"
  if [ -n "$policy_added" ]; then
    rm -f /usr/sbin/policy-rc.d
    policy_added=
  fi
  # If a chronyd was started by the install after all, stop it (only processes that were not
  # running before the install).
  for pid in $(chronyd_pids); do
    if ! grep -qx "$pid" <<<"$before"; then
      echo "install-oracles: the chrony install started chronyd (pid $pid); killing it" >&2
      kill "$pid" 2>/dev/null || true
      sleep 1
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  [ -n "$(find_chronyd)" ] || fail "chrony was installed but chronyd is not on PATH"
fi
chronyd=$(find_chronyd)

# --- NTPsec (unpacked only; the package conflicts with chrony) --------------------------------
if [ ! -x "$ntpd" ]; then
  dl=$(mktemp -d)
  tmpdirs+=("$dl")
  # apt-get download fetches as the _apt user, which must be able to write here.
  chmod 755 "$dl"
  chown _apt "$dl" 2>/dev/null || true
  cd "$dl"
  apt_run download ntpsec || fail "apt-get download ntpsec failed"
  cd - >/dev/null
  mkdir -p "$oracles"
  staging=$(mktemp -d "$oracles/.ntpsec.XXXXXX")
  tmpdirs+=("$staging")
  deb=$(echo "$dl"/ntpsec_*.deb)
  run dpkg -x "$deb" "$staging" || fail "dpkg -x $deb failed"
  dpkg-deb -f "$deb" Version >"$staging/.version"
  chmod 755 "$staging"
  rm -rf "$ntpsec_root"
  mv "$staging" "$ntpsec_root"
fi

# ntpd links only against common libraries (libssl3, libcap2, libbsd0); install any that a bare
# machine lacks. (python3-ntp is needed by ntpq and friends, not by ntpd.)
libdir=$ntpsec_root/usr/lib/$(uname -m)-linux-gnu
if LD_LIBRARY_PATH=$libdir ldd "$ntpd" 2>&1 | grep -q 'not found'; then
  apt_run install -y --no-install-recommends libssl3 libcap2 libbsd0 \
    || fail "installing the libraries ntpd needs failed"
  if LD_LIBRARY_PATH=$libdir ldd "$ntpd" 2>&1 | grep 'not found' >>"$log"; then
    fail "ntpd still misses shared libraries"
  fi
fi

echo "chrony: $("$chronyd" -v) [$chronyd]"
echo "ntpsec: ntpsec $(cat "$ntpsec_root/.version" 2>/dev/null || echo '(version unknown)') [$ntpd]"
