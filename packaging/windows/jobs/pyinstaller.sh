# Sourced by wine-session.sh (build-on-linux.sh): PyInstaller, run by the Windows Python,
# freezes the application into build/windows/bundle/digigov/. Args: WINPY REPO OUT LOG
winpy=$1 repo=$2 out=$3 log=$4
zpath() { printf 'Z:%s' "${1//\//\\}"; }
cd "$repo"
set +e
win "$winpy/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(zpath "$out/bundle")" --workpath "$(zpath "$out/work")" \
    "$(zpath "$repo/packaging/digigov.spec")" >"$log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    tail -n 40 "$log" >&2
    echo "[wine] PyInstaller failed (exit $rc; log: $log)" >&2
    exit 1
fi
