# Sourced by wine-session.sh: Inno Setup's compiler (32-bit, needs wine32) builds the setup .exe.
# Args: ISCC ISS_FILE LOG DEFINES...
iscc=$1 iss=$2 log=$3; shift 3
zpath() { printf 'Z:%s' "${1//\//\\}"; }
set +e
win "$iscc" /Q "$@" "$(zpath "$iss")" >"$log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    tail -n 30 "$log" >&2
    echo "[wine] ISCC failed (exit $rc; log: $log)" >&2
    exit 1
fi
