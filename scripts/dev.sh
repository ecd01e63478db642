#!/usr/bin/env bash
# DigiGov Desktop developer entry point. On a fresh Debian/Ubuntu machine with only python3:
#   scripts/dev.sh app    install what is missing, then launch the app on a demo evaluation
#   scripts/dev.sh test   install what is missing, then run the whole test suite (args go to pytest)
#   scripts/dev.sh setup  install only (system libraries Qt needs, .venv, the package, translations,
#                         and what the tests need: poppler-utils, a PostgreSQL server)
# System packages are installed with apt-get (as root, or through sudo) only when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV="${DIGIGOV_VENV:-.venv}"
# What offscreen Qt needs on a minimal Debian, and what a real X11 window needs on top.
QT_LIBS=(libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
         fonts-dejavu-core)
X11_LIBS=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libx11-xcb1)

say() { printf '\033[1m[digigov]\033[0m %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

missing_debs() {
    local pkg missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    echo "${missing[@]:-}"
}

apt_install() {
    local todo
    todo=$(missing_debs "$@")
    [ -z "$todo" ] && return 0
    command -v apt-get >/dev/null || die "missing system packages ($todo) and no apt-get; install them by hand"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "need root to install: $todo (run as root or install sudo)"
        sudo="sudo"
    fi
    say "installing system packages: $todo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $todo >/dev/null
}

ensure_python() {
    command -v python3 >/dev/null || die "python3 is required"
    python3 - <<'PY' || die "Python 3.11 or newer is required (found $(python3 --version 2>&1))"
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY
    if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
        if command -v dpkg-query >/dev/null; then
            local ver
            ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            apt_install python3-venv "python${ver}-venv"
        else
            die "the Python venv module is missing"
        fi
    fi
}

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating $VENV"
        python3 -m venv "$VENV"
    fi
    # Reinstall only when the dependency declarations changed.
    local stamp="$VENV/.digigov-installed" want
    want=$(cat pyproject.toml constraints.txt | python3 -c "import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())")
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Python packages into $VENV (pinned by constraints.txt)"
        local log="$VENV/pip-install.log"
        if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip \
               && PIP_CONSTRAINT=constraints.txt "$VENV/bin/python" -m pip install \
                  --disable-pip-version-check -e ".[test]"; } >"$log" 2>&1; then
            tail -n 40 "$log" >&2
            die "installing Python packages failed (full log: $log)"
        fi
        echo "$want" >"$stamp"
    fi
    if [ -f scripts/build_translations.py ]; then
        "$VENV/bin/python" scripts/build_translations.py --quiet
    fi
}

setup() {
    ensure_python
    if command -v dpkg-query >/dev/null; then
        apt_install "${QT_LIBS[@]}"
    fi
    ensure_venv
}

# What the tests need beyond the app: poppler-utils (pdftotext/pdffonts read the PDFs as a
# person would), a PostgreSQL server (the shared central store's tests start a
# throwaway cluster of their own with initdb/pg_ctl; nothing is configured system-wide)
# and LibreOffice Calc without its GUI (it opens and recomputes the coordinator's XLSX and
# CSV exports, to show that hostile agency texts stay text: tests/flows/test_formula_injection.py).
test_deps() {
    if command -v dpkg-query >/dev/null; then
        apt_install poppler-utils postgresql libreoffice-calc-nogui
    fi
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    setup)
        setup
        test_deps
        ;;
    app)
        setup
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v dpkg-query >/dev/null; then
            apt_install "${X11_LIBS[@]}"
        elif [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "no display found: starting offscreen (set DISPLAY or run under xvfb-run to see the window)"
            export QT_QPA_PLATFORM=offscreen
        fi
        exec "$VENV/bin/digigov-desktop" --demo "$@"
        ;;
    test)
        setup
        test_deps
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
