# Sourced by wine-session.sh (test-under-wine.sh), in a fresh Wine prefix. Each check prints
# `PASS name` or `FAIL name: why` into $RESULTS; test-under-wine.sh decides the exit code.
# Args: SETUP MSI OLD_MSI WORK ISCC ISS BUNDLE
# (WORK: host folder with the Linux-made inputs; results go there too)
setup=$1 msi=$2 old_msi=$3 work=$4 iscc=$5 iss=$6 bundle=$7
RESULTS="$work/results.txt"
zpath() { printf 'Z:%s' "${1//\//\\}"; }
C="$WINEPREFIX/drive_c"
T="$C/digigov-test"                 # C:\digigov-test: every CLI path below is a Windows path
PF="$C/Program Files/DigiGov Desktop"
APP='C:\Program Files\DigiGov Desktop'
DATA_WIN='C:\users\'"$(id -un)"'\AppData\Local\DigiGov\DigiGovDesktop'
DATA="$C/users/$(id -un)/AppData/Local/DigiGov/DigiGovDesktop"
mkdir -p "$T"
cp "$work/in/"* "$T/"

pass() { echo "PASS $1" | tee -a "$RESULTS"; }
fail() { echo "FAIL $1: $2" | tee -a "$RESULTS"; }
# check NAME CMD...: PASS when CMD exits 0 (its output goes to $work/logs/NAME.log).
check() {
    local name=$1; shift
    local log="$work/logs/$name.log"
    if "$@" >"$log" 2>&1; then pass "$name"; else fail "$name" "exit $? ($(tail -n 3 "$log" | tr '\n' ' ' | cut -c1-300))"; fi
}
mkdir -p "$work/logs"
cli() { win "$PF/digigov-cli.exe" "$@"; }

# smoke NAME: the installed GUI's own smoke test, on the real `windows` platform under Xvfb
# (the main window is shown; a PDF rendered, signed and verified inside the bundle).
smoke() {
    local log="$work/logs/$1.log" rc
    set +e
    (cd "$T" && wine "$PF/digigov.exe" --smoke-test </dev/null >"$log" 2>"$log.err")
    rc=$?
    set -e
    if [ "$rc" -eq 0 ] && grep -q "smoke test passed" "$log"; then pass "$1"
    else fail "$1" "exit $rc; $(tail -n 3 "$log" "$log.err" | tr '\n' ' ' | cut -c1-300)"; fi
}

standin_check() {
    local found
    found=$(find "$PF" -type f \( -iname icuuc.dll -o -iname ucrtbase_wine.dll \) ; \
            find "$PF" -type f -exec sha256sum {} + | cut -c1-64 | grep -F -x -f "$work/standin-hashes.txt" || true)
    if [ -z "$found" ]; then pass "$1"; else fail "$1" "$found"; fi
}

installed() { [ -f "$PF/digigov.exe" ] && [ -f "$PF/digigov-cli.exe" ]; }
gone() { [ ! -e "$PF/digigov.exe" ] && [ ! -e "$PF/_internal" ]; }
msi_versions() {  # ProductVersion of every installed "DigiGov Desktop" MSI product, one a line
    local v
    win reg query 'HKLM\Software\Classes\Installer\Products' /s 2>/dev/null | tr -d '\r' | awk '
        /^HKEY/ { if (n ~ /DigiGov Desktop/ && v != "") print v; n = ""; v = "" }
        /ProductName/ { n = $0 }
        /^ +Version +REG_DWORD/ { v = $3 }
        END { if (n ~ /DigiGov Desktop/ && v != "") print v }' | while read -r v; do
        printf '%d.%d.%d\n' $((v >> 24)) $(((v >> 16) & 255)) $((v & 65535))
    done || true
}

# ============ Inno Setup installer ===========================================================
# An older-numbered setup of the same bundle (same AppId), to test the upgrade.
check inno-build-old-setup win "$iscc" /Q /DTestAppVersion=0.0.1 /DCompression=none \
    "/DBundleDir=$(zpath "$bundle")" "/O$(zpath "$work")" "$(zpath "$iss")"
old_setup="$work/DigiGovDesktop-0.0.1-setup.exe"
check inno-install-old win "$old_setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
check cli-demo cli demo --db "$DATA_WIN\\digigov.sqlite" --agency-code MIN-002 --agency-name "Ministerio de Economía"
db_sum=$(sha256sum "$DATA/digigov.sqlite" | cut -c1-64)
inno_version() {
    win reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F0B7E52-3C1D-4D8B-9E0A-5B2F4C1A7D93}_is1' \
        /v DisplayVersion /reg:64 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/ {print $3}' || true
}
old_registered=$(inno_version)
check inno-upgrade-install win "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS "/LOG=C:\\digigov-test\\inno-install.log"
new_registered=$(inno_version)
if [ "$old_registered" = "0.0.1" ] && [ "$new_registered" = "$APP_VERSION" ]; then pass inno-upgrade-replaces-old
else fail inno-upgrade-replaces-old "registered version before [$old_registered] after [$new_registered] (want 0.0.1, then $APP_VERSION)"; fi
[ "$(sha256sum "$DATA/digigov.sqlite" | cut -c1-64)" = "$db_sum" ] && pass inno-upgrade-keeps-db \
    || fail inno-upgrade-keeps-db "the database changed"
check inno-installed-files installed
# Its uninstaller, as installed: the host checks its Authenticode signature (osslsigncode).
cp "$PF/unins000.exe" "$work/unins000.exe" 2>/dev/null || rm -f "$work/unins000.exe"
standin_check inno-no-standin
smoke inno-smoke-test

# The CLI, on Windows paths, as an agency and a coordinator would use it.
check cli-version cli --version
check cli-ca-init cli ca init --dir 'C:\digigov-test\ca' --name "Coordinación de Prueba" --passphrase-file 'C:\digigov-test\ca.pass'
check cli-ca-issue cli ca issue --dir 'C:\digigov-test\ca' --agency-code MIN-002 --agency-name "Ministerio de Economía" \
    --passphrase-file 'C:\digigov-test\ca.pass' --p12 'C:\digigov-test\agency.p12' --p12-passphrase-file 'C:\digigov-test\p12.pass'
check cli-ca-bundle cli ca bundle --dir 'C:\digigov-test\ca' --out 'C:\digigov-test\trust.pem'
check cli-status-after-upgrade cli status --db "$DATA_WIN\\digigov.sqlite"
check cli-credential-import-p12 cli credential import-p12 --db "$DATA_WIN\\digigov.sqlite" --p12 'C:\digigov-test\agency.p12' \
    --passphrase-file 'C:\digigov-test\p12.pass' --trust 'C:\digigov-test\trust.pem'
check cli-export cli export --db "$DATA_WIN\\digigov.sqlite" --out 'C:\digigov-test\windows.pdf' --passphrase-file 'C:\digigov-test\p12.pass'
check cli-verify-own cli verify --trust 'C:\digigov-test\trust.pem' 'C:\digigov-test\windows.pdf'
check cli-verify-linux-export cli verify --trust 'C:\digigov-test\linux-trust.pem' 'C:\digigov-test\linux.pdf'
check cli-import cli import --central 'C:\digigov-test\central.sqlite' --ca 'C:\digigov-test\ca' 'C:\digigov-test\windows.pdf'
check cli-consolidate-xlsx cli consolidate --central 'C:\digigov-test\central.sqlite' --xlsx 'C:\digigov-test\consolidado.xlsx'
[ -s "$T/consolidado.xlsx" ] && pass cli-xlsx-written || fail cli-xlsx-written "no consolidado.xlsx"
cp "$T/windows.pdf" "$T/trust.pem" "$work/" 2>/dev/null || true
# Spanish text in the console: cmd in a console (a pseudo-terminal, as a console window on
# Windows) with the OEM code page (850) and the ANSI one (1252), and with no console at all
# (`nocon`: UTF-8). The output goes to files, which the host decodes with that code page
# (test-under-wine.sh). A batch file: cmd would not understand Wine's quoting of `cmd /c "..."`.
for cp in 850 1252 nocon; do
    printf '@echo off\r\n%s\r\n"%s\\digigov-cli.exe" --lang es status --db "%s\\digigov.sqlite" > C:\\digigov-test\\status-%s.txt 2>&1\r\n"%s\\digigov-cli.exe" --lang es status --json --db "%s\\digigov.sqlite" > C:\\digigov-test\\status-%s.json 2>&1\r\n' \
        "$([ "$cp" = nocon ] && echo "rem no console" || echo "chcp $cp >nul")" \
        "$APP" "$DATA_WIN" "$cp" "$APP" "$DATA_WIN" "$cp" >"$T/status-$cp.bat"
    if [ "$cp" = nocon ]; then
        win cmd /c "C:\\digigov-test\\status-$cp.bat" || true
    else
        script -qec "wine cmd /c 'C:\\digigov-test\\status-$cp.bat'" /dev/null </dev/null >/dev/null 2>&1 || true
    fi
done
cp "$T"/status-*.txt "$T"/status-*.json "$work/" 2>/dev/null || true

# The machine-wide policy IT places in C:\ProgramData (packaging/IT-GUIDE.md, section 3).
mkdir -p "$C/ProgramData/DigiGov/DigiGovDesktop"
cp "$work/in/policy.json" "$C/ProgramData/DigiGov/DigiGovDesktop/policy.json"
cli policy --json >"$work/policy-programdata.json" 2>"$work/logs/policy-programdata.err" || true
if grep -q '"MIN-777"' "$work/policy-programdata.json" && grep -q 'ProgramData' "$work/policy-programdata.json"; then
    pass policy-programdata-honoured
else fail policy-programdata-honoured "$(head -c 300 "$work/policy-programdata.json" "$work/logs/policy-programdata.err")"; fi
rm -f "$C/ProgramData/DigiGov/DigiGovDesktop/policy.json"

check inno-uninstall win "$APP\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
wineserver -w
check inno-program-removed gone
check inno-user-data-kept test -f "$DATA/digigov.sqlite"

# ============ MSI ============================================================================
check msi-install-old win msiexec /i "$(zpath "$old_msi")" /qn /l*v 'C:\digigov-test\msi-old.log' 'POLICYFILE=C:\digigov-test\policy.json'
check msi-installed-files installed
cli policy --json >"$work/policy-msi.json" 2>"$work/logs/policy-msi.err" || true
if grep -q '"MIN-777"' "$work/policy-msi.json" && grep -q 'digigov-test' "$work/policy-msi.json"; then
    pass msi-policyfile-honoured
else fail msi-policyfile-honoured "$(head -c 300 "$work/policy-msi.json" "$work/logs/policy-msi.err")"; fi
db_sum=$(sha256sum "$DATA/digigov.sqlite" | cut -c1-64)
old_versions=$(msi_versions | tr '\n' ' ')
check msi-upgrade win msiexec /i "$(zpath "$msi")" /qn /l*v 'C:\digigov-test\msi-new.log'
new_versions=$(msi_versions | tr '\n' ' ')
echo "msi versions registered: before [$old_versions] after [$new_versions]" >>"$work/logs/msi-upgrade.log"
if [ "$old_versions" = "0.0.1 " ] && [ "$new_versions" = "$MSI_NEW_VERSION " ]; then
    pass msi-upgrade-replaces-old
else fail msi-upgrade-replaces-old "MSI products before [$old_versions] after [$new_versions] (want 0.0.1, then $MSI_NEW_VERSION only)"; fi
[ "$(sha256sum "$DATA/digigov.sqlite" | cut -c1-64)" = "$db_sum" ] && pass msi-upgrade-keeps-db \
    || fail msi-upgrade-keeps-db "the database changed"
# The upgrade named no POLICYFILE: the installed version's pointer must survive it.
cli policy --json >"$work/policy-upgraded.json" 2>"$work/logs/policy-upgraded.err" || true
if grep -q '"MIN-777"' "$work/policy-upgraded.json" && grep -q 'digigov-test' "$work/policy-upgraded.json"; then
    pass msi-upgrade-keeps-policyfile
else fail msi-upgrade-keeps-policyfile "$(head -c 300 "$work/policy-upgraded.json" "$work/logs/policy-upgraded.err")"; fi
standin_check msi-no-standin
smoke msi-smoke-test
check msi-cli-status cli status --db "$DATA_WIN\\digigov.sqlite"
# A screenshot of the installed application's main window, in Spanish, on the real `windows`
# platform under Xvfb (looked at by a person: build/windows/test/main-window.png).
(cd "$T" && exec wine "$PF/digigov.exe" --demo --lang es </dev/null >"$work/logs/gui.log" 2>&1) &
gui_pid=$!
# Wait (up to 120 s) until the screen shows a window: an empty Xvfb screen has one colour, the
# main window hundreds (text, icons); then look at the PNG.
colours=0
for _ in $(seq 1 24); do
    sleep 5
    import -window root "$work/main-window.png" 2>"$work/logs/screenshot.err" || continue
    colours=$(identify -format '%k' "$work/main-window.png" 2>/dev/null || echo 0)
    [ "$colours" -gt 200 ] && break
done
if [ "$colours" -gt 200 ]; then pass screenshot-main-window
else fail screenshot-main-window "the screen shows no window ($colours colours; $(head -c 200 "$work/logs/screenshot.err"))"; fi
win taskkill /F /IM digigov.exe >/dev/null 2>&1 || true
wait "$gui_pid" 2>/dev/null || true
wineserver -w

check msi-uninstall win msiexec /x "$(zpath "$msi")" /qn /l*v 'C:\digigov-test\msi-remove.log'
wineserver -w
check msi-program-removed gone
check msi-user-data-kept test -f "$DATA/digigov.sqlite"
cp "$T"/*.log "$work/logs/" 2>/dev/null || true
