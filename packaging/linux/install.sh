#!/bin/sh
# DigiGov Desktop — install from the unpacked tarball (see IT-GUIDE.md).
#   ./install.sh            per user:      ~/.local/opt/digigov, menu entry in ~/.local/share
#   sudo ./install.sh       per machine:   /opt/digigov, menu entry in /usr/share/applications
#   ./install.sh --user     per user even when run as root
#   ./install.sh [--user] --uninstall [--purge]   remove the program (--purge: this user's data)
# User data (~/.local/share/DigiGovDesktop) is never touched unless --purge is given.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
per_user=no
if [ "${1:-}" = "--user" ]; then per_user=yes; shift; fi
if [ "$(id -u)" -eq 0 ] && [ "$per_user" = no ]; then
    prefix=/opt/digigov; apps=/usr/share/applications; icons=/usr/share/icons/hicolor/scalable/apps
    bin=/usr/local/bin
else
    prefix="$HOME/.local/opt/digigov"; apps="$HOME/.local/share/applications"
    icons="$HOME/.local/share/icons/hicolor/scalable/apps"; bin="$HOME/.local/bin"
fi
case "${1:-}" in
    --uninstall)
        rm -rf "$prefix" "$apps/digigov.desktop" "$icons/digigov.svg" "$bin/digigov"
        if [ "${2:-}" = "--purge" ]; then
            rm -rf "${XDG_DATA_HOME:-$HOME/.local/share}/DigiGovDesktop" \
                   "${XDG_STATE_HOME:-$HOME/.local/state}/DigiGovDesktop" \
                   "${XDG_CACHE_HOME:-$HOME/.cache}/DigiGovDesktop"
        fi
        echo "DigiGov Desktop removed from $prefix"
        exit 0
        ;;
    "") ;;
    *) sed -n '2,8p' "$0"; exit 2 ;;
esac
mkdir -p "$prefix" "$apps" "$icons" "$bin"
# Replace the program files; a policy.json beside the executable is kept.
[ -f "$prefix/policy.json" ] && cp "$prefix/policy.json" "$here/.policy.keep"
rm -rf "$prefix/_internal"
cp -R "$here/_internal" "$here/digigov" "$prefix/"
[ -f "$here/.policy.keep" ] && mv "$here/.policy.keep" "$prefix/policy.json"
[ -f "$here/policy.json" ] && cp "$here/policy.json" "$prefix/policy.json"
cp "$here/digigov.svg" "$icons/digigov.svg"
sed -e "s|@EXEC@|$prefix/digigov|" -e "s|@ICON@|$icons/digigov.svg|" \
    "$here/digigov.desktop" > "$apps/digigov.desktop"
ln -sf "$prefix/digigov" "$bin/digigov"
echo "DigiGov Desktop installed in $prefix (check: $prefix/digigov --smoke-test)"
# The shared PostgreSQL store (coordinators only) uses the system's libpq (IT-GUIDE.md).
if ! { /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q 'libpq\.so\.5 '; then
    echo "Note: to connect to a shared PostgreSQL store (coordinators), also install libpq5" \
         "(Debian/Ubuntu: apt install libpq5)."
fi
