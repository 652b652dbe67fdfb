#!/usr/bin/env bash
# Usage: scripts/ntpsec-parse.sh FILE
# Runs NTPsec's ntpd on FILE as a parse-only oracle, isolated exactly as
# ../shared/oracles/README.md prescribes (private read-only mounts, no network, no IPC, no right
# to set the clock, a hard one-second limit), and prints everything it wrote (stdout and stderr)
# on stdout. ntpd never exits by itself, so its exit status means nothing: this script exits 0
# once ntpd has run.
#   exit 2:  usage error (no FILE, or FILE unreadable)
#   exit 77: oracle unavailable: NTPsec not unpacked (run scripts/install-oracles.sh), or this
#            machine does not allow creating the namespaces (then ntpd is NOT run at all)
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE" >&2
  exit 2
fi
file=$1
if [ ! -r "$file" ]; then
  echo "ntpsec-parse: cannot read $file" >&2
  exit 2
fi

root=$(realpath -m "${NTPLINT_ORACLES:-/opt/ntplint-oracles}/ntpsec")
ntpd=$root/usr/sbin/ntpd
if [ ! -x "$ntpd" ]; then
  echo "ntpsec-parse: NTPsec oracle not found at $ntpd (run scripts/install-oracles.sh)" >&2
  exit 77
fi

# Never run ntpd without its isolation: first check that the namespaces can be created and the
# mounts made private.
if ! unshare -m -n -i sh -c 'mount --make-rprivate /' >/dev/null 2>&1; then
  echo "ntpsec-parse: cannot isolate ntpd here (unshare -m -n -i / mount not permitted;" \
    "needs root with CAP_SYS_ADMIN); NTPsec oracle skipped" >&2
  exit 77
fi

# The outer 2>/dev/null only hides bash's "Killed" notice when ntpd had to be killed.
{
  LD_LIBRARY_PATH=$root/usr/lib/$(uname -m)-linux-gnu unshare -m -n -i sh -c '
    mount --make-rprivate / &&
    for m in $(findmnt -rn -o TARGET); do mount -o remount,bind,ro "$m" 2>/dev/null; done
    exec setpriv --bounding-set=-sys_time timeout -k 1 1 "$0" -n -c "$1" -l stderr -D 1 -q' \
    "$ntpd" "$file" 2>&1 || true
} 2>/dev/null
exit 0
