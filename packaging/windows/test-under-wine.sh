#!/usr/bin/env bash
# Tests the Windows release built by build-on-linux.sh under Wine >= 10, in a fresh prefix:
# Authenticode signatures (osslsigncode verify); no test-only Wine stand-in DLL in the bundle,
# the installers or the installed program; for the Inno Setup installer and the MSI: a silent
# per-machine install, the installed digigov.exe --smoke-test, the CLI on Windows paths (demo,
# status --json with Spanish text under code pages 850 and 1252, credential import-p12, export,
# verify, ca init/issue, import, consolidate --xlsx), the machine-wide policy in C:\ProgramData
# and the MSI's POLICYFILE honoured, an upgrade that keeps the database, a silent uninstall that
# keeps the user's data; a Windows export accepted by the Linux `digigov verify` and by pdfsig,
# a Linux export accepted by the Windows build; the Qt-free unit tests under the Windows Python;
# a screenshot of the installed app's main window (build/windows/test/main-window.png).
# Prints one line per check and exits 0 only when every check passed.
set -euo pipefail
DIGIGOV_STEP=test
# shellcheck source=packaging/windows/wine-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/wine-env.sh"
cd "$REPO"
t_start=$SECONDS
VERSION=$(app_version)
DIST="$REPO/dist/windows"
OUT="$REPO/build/windows"
SETUP="$DIST/DigiGovDesktop-$VERSION-setup.exe"
MSI="$DIST/DigiGovDesktop-$VERSION.msi"
BUNDLE="$OUT/bundle/digigov"
WORK="$OUT/test"
for f in "$SETUP" "$MSI" "$BUNDLE/digigov.exe"; do
    [ -f "$f" ] || die "missing $f: run packaging/windows/build-on-linux.sh first"
done
host_install $HOST_PACKAGES
ensure_chroot
ensure_winpython
ensure_standins
ensure_innosetup
rm -rf "$WORK"; mkdir -p "$WORK/in" "$WORK/logs"
RESULTS="$WORK/results.txt"; : >"$RESULTS"
pass() { echo "PASS $1" | tee -a "$RESULTS"; }
fail() { echo "FAIL $1: $2" | tee -a "$RESULTS"; }
check() {
    local name=$1; shift
    if "$@" >"$WORK/logs/$name.log" 2>&1; then pass "$name"
    else fail "$name" "$(tail -n 3 "$WORK/logs/$name.log" | tr '\n' ' ' | cut -c1-300)"; fi
}

# --- signatures and stand-ins (host) ----------------------------------------------------------
CAFILE="${DIGIGOV_SIGN_CAFILE:-$OUT/signing/root.pem}"
for f in "$BUNDLE/digigov.exe" "$BUNDLE/digigov-cli.exe" "$SETUP" "$MSI"; do
    check "signature-$(basename "$f")" osslsigncode verify -CAfile "$CAFILE" -in "$f"
done
# digigov.exe is a GUI program (subsystem 2), digigov-cli.exe a console one (3); both carry the
# icon and a version resource with the package version.
for exe in digigov.exe:2 digigov-cli.exe:3; do
    check "pe-resources-${exe%%:*}" /usr/bin/python3 - "$BUNDLE/${exe%%:*}" "${exe##*:}" "$VERSION" <<'PY'
import sys
import pefile
pe = pefile.PE(sys.argv[1])
strings = {k.decode(): v.decode() for fi in pe.FileInfo[0] if fi.Key == b"StringFileInfo"
           for table in fi.StringTable for k, v in table.entries.items()}
kinds = {e.id for e in pe.DIRECTORY_ENTRY_RESOURCE.entries}
print(pe.OPTIONAL_HEADER.Subsystem, strings, kinds)
assert pe.OPTIONAL_HEADER.Subsystem == int(sys.argv[2]), "wrong subsystem (GUI/console)"
assert strings.get("FileVersion") == sys.argv[3] == strings.get("ProductVersion"), "version resource"
assert {3, 14} <= kinds, "no icon"
PY
done
check no-standin-in-bundle-or-installers python3 "$WIN_DIR/check_no_standins.py" "$STANDINS" "$BUNDLE" "$SETUP" "$MSI"
( cd "$STANDINS" && sha256sum ./*.dll | cut -c1-64 ) >"$WORK/standin-hashes.txt"

# An older MSI of the same bundle (lower ProductVersion, same UpgradeCode): the upgrade test.
MSI_NEW_VERSION=$(msi_version "$VERSION")
python3 "$WIN_DIR/make_wxs.py" "$BUNDLE" "0.0.1" "$WIN_DIR/digigov.ico" "$WORK/old.wxs" >/dev/null
check build-old-msi bash -c "cd '$WORK' && wixl -a x64 -o DigiGovDesktop-0.0.1.msi old.wxs"

# --- Linux side: a submission made by the Linux build, inputs for the Windows run -------------
D="$REPO/.venv/bin/digigov"
LX="$WORK/linux"; mkdir -p "$LX"
printf 'ca-pass-%s' "$RANDOM$RANDOM" >"$WORK/in/ca.pass"
printf 'p12-pass-%s' "$RANDOM$RANDOM" >"$WORK/in/p12.pass"
check linux-ca-init "$D" ca init --dir "$LX/ca" --name "Coordinación Linux" --passphrase-file "$WORK/in/ca.pass"
check linux-ca-issue "$D" ca issue --dir "$LX/ca" --agency-code MIN-001 --agency-name "Ministerio de Prueba" \
    --passphrase-file "$WORK/in/ca.pass" --p12 "$LX/agency.p12" --p12-passphrase-file "$WORK/in/p12.pass"
check linux-ca-bundle "$D" ca bundle --dir "$LX/ca" --out "$WORK/in/linux-trust.pem"
check linux-demo "$D" demo --db "$LX/agency.sqlite" --agency-code MIN-001 --agency-name "Ministerio de Prueba"
check linux-credential "$D" credential import-p12 --db "$LX/agency.sqlite" --p12 "$LX/agency.p12" \
    --passphrase-file "$WORK/in/p12.pass" --trust "$WORK/in/linux-trust.pem"
check linux-export "$D" export --db "$LX/agency.sqlite" --out "$WORK/in/linux.pdf" --passphrase-file "$WORK/in/p12.pass"
cat >"$WORK/in/policy.json" <<'JSON'
{"version": 1, "language": "es", "agency_code": "MIN-777", "agency_name": "Servicio de Política de Prueba",
 "locked": ["agency_code"]}
JSON

# --- Windows side: everything that runs under Wine, in one session ---------------------------
say "installers and the installed application under Wine (fresh prefix)"
t0=$SECONDS
rm -rf "$OUT/test-prefix"
WINEPREFIX="$OUT/test-prefix" STANDINS="$STANDINS" RESULTS="$RESULTS" MSI_NEW_VERSION="$MSI_NEW_VERSION" \
    APP_VERSION="$VERSION" PASS_ENV="WINEPREFIX STANDINS MSI_NEW_VERSION RESULTS APP_VERSION" \
    wine_job bash "$WIN_DIR/wine-session.sh" "$WIN_DIR/jobs/test.sh" \
    "$SETUP" "$MSI" "$WORK/DigiGovDesktop-0.0.1.msi" "$WORK" "$ISCC" "$WIN_DIR/digigov.iss" "$BUNDLE" \
    || fail wine-session "exit $?"
wine_s=$((SECONDS - t0))

say "the Qt-free unit tests under the Windows Python (Wine)"
t0=$SECONDS
WINEPREFIX="$OUT/test-prefix" STANDINS="$STANDINS" RESULTS="$RESULTS" \
    PASS_ENV="WINEPREFIX STANDINS RESULTS" \
    wine_job bash "$WIN_DIR/wine-session.sh" "$WIN_DIR/jobs/unittests.sh" \
    "$WINPY" "$REPO" "$WORK/logs/windows-unit-tests.log" || fail windows-unit-tests-session "exit $?"
unit_s=$((SECONDS - t0))
grep -E '^(PASS|FAIL) windows-unit-tests' "$RESULTS" || true

# --- cross-checks on the host ------------------------------------------------------------------
# The uninstaller Inno Setup wrote at install time carries our signature too (an AppLocker or
# WDAC publisher rule must let IT staff run it).
check signature-unins000.exe osslsigncode verify -CAfile "$CAFILE" -in "$WORK/unins000.exe"
if [ -f "$WORK/windows.pdf" ]; then
    check linux-verifies-windows-export "$D" verify --trust "$WORK/trust.pem" "$WORK/windows.pdf"
    check pdfsig-windows-export bash -c "pdfsig '$WORK/windows.pdf' | tee /dev/stderr | grep -q 'Signature Validation: Signature is Valid'"
else
    fail linux-verifies-windows-export "the Windows build wrote no windows.pdf"
fi
for cp in 850 1252 nocon; do
    enc="cp$cp"; [ "$cp" = nocon ] && enc=utf-8
    check "console-$cp-spanish" python3 - "$WORK/status-$cp.txt" "$WORK/status-$cp.json" "$enc" <<'PY'
import json, sys
text = open(sys.argv[1], encoding=sys.argv[3]).read()
data = json.loads(open(sys.argv[2], encoding=sys.argv[3]).read())
print(text[:400])
assert "Apertura y participación" in text, "Spanish text damaged in the console output"
assert "Economía" in json.dumps(data, ensure_ascii=False), "Spanish text damaged in --json"
PY
done
echo "test_under_wine_wine_s: $wine_s s"
echo "test_under_wine_unit_tests_s: $unit_s s"
echo "test_under_wine_s: $((SECONDS - t_start)) s"
passed=$(grep -c '^PASS' "$RESULTS" || true)
failed=$(grep -c '^FAIL' "$RESULTS" || true)
echo "windows: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
