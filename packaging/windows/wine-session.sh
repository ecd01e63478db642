#!/usr/bin/env bash
# Runs inside Wine >= 10 (the host's or the Debian 13 chroot's): one Xvfb, one Wine prefix and
# one wineserver for all Wine calls of a job, then waits for Wine to finish and stops Xvfb.
# Usage: wine-session.sh JOB_SCRIPT [ARGS...]; JOB_SCRIPT is sourced and calls `win PROGRAM ...`.
# Environment: WINEPREFIX (created when missing), STANDINS (folder of the test-only stand-in
# DLLs of packaging/windows/wine/, copied into the prefix's system32), SESSION_LOG.
set -euo pipefail

export WINEDEBUG="${WINEDEBUG:--all}"
export WINEARCH=win64
# mscoree/mshtml: no Mono/Gecko download prompt; winedbg.exe=d: a crash exits, never hangs in
# Wine's debugger. ucrtbase=n,b: the test-only ucrtbase proxy in system32 (wine/README.md).
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;ucrtbase=n,b"
# Wine drops QT_* variables from the Linux environment; WINEQT_* reach Windows as QT_*.
export WINEQT_QPA_FONTDIR=/usr/share/fonts/truetype/dejavu

fd_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$fd_file" ] && break; sleep 0.1; done
[ -s "$fd_file" ] || { echo "[wine] Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$fd_file")"
rm -f "$fd_file"
finish() {
    wineserver -k >/dev/null 2>&1 || true
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
}
trap finish EXIT

# win PROGRAM ARGS...: run a Windows program; stdin from /dev/null, stdout through a pipe.
# Wine's exit status is returned; the caller's errexit setting is left as it was (a caller
# between `set +e` and `set -e` gets to record the failure before anything stops).
win() {
    local rc=0
    wine "$@" </dev/null | cat || rc=${PIPESTATUS[0]}
    return "$rc"
}

if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    wine wineboot --init </dev/null >/dev/null 2>&1
    wineserver -w
fi
if [ -n "${STANDINS:-}" ]; then
    # WORKAROUND for Wine 10.0 (TEST-ONLY, see wine/README.md): never part of the bundle.
    cp "$STANDINS/icuuc.dll" "$STANDINS/ucrtbase.dll" "$STANDINS/ucrtbase_wine.dll" \
        "$WINEPREFIX/drive_c/windows/system32/"
fi

job=$1; shift
# shellcheck disable=SC1090
source "$job" "$@"
wineserver -w
