#!/usr/bin/env bash
# Builds berth's Docker test images from this repository, without any image registry:
#
#   berth-test:latest, berth-test:v1   berth-testapp + busybox, ENV BERTH_TEST_VARIANT=v1
#   berth-test:v2                      the same files,           ENV BERTH_TEST_VARIANT=v2
#   berth-test:<hash>, berth-test:<hash>-v2   content tags that make re-runs quick
#
# The rootfs holds /berth-testapp (stripped), the shared libraries `ldd` lists for it plus the
# dynamic loader, a static busybox with its applet links (so CMD-SHELL health checks, sh, wget,
# nc, sleep... work), /etc/passwd and /etc/group with root and nobody, and /tmp (1777). It is
# imported with `docker import` and ENTRYPOINT ["/berth-testapp"].
#
# Idempotent and quick: <hash> covers the stripped binary, busybox and this script; when both
# content tags exist only the friendly tags are (re)pointed. Prints the image name on stdout
# (everything else goes to stderr), so `image=$(scripts/build-test-image.sh)` works.
#
# Environment:
#   CARGO_TARGET_DIR        honoured for the release build
#   BERTH_TESTAPP_BIN       use this berth-testapp binary instead of `cargo build --release`
#                           (berth-testapp's own tests pass their debug build)
#   BERTH_TEST_IMAGE_REPO   image repository name (default berth-test)
#   BERTH_BUSYBOX           a static busybox to use instead of /bin/busybox
#
# Needs: docker, and either a static /bin/busybox or root to `apt-get install busybox-static`.
set -Eeuo pipefail

die() {
    echo "build-test-image: error: $*" >&2
    exit 1
}
log() { echo "build-test-image: $*" >&2; }
trap 'die "command failed (line $LINENO): $BASH_COMMAND"' ERR

started_ms=$(($(date +%s%N) / 1000000))
elapsed() { echo "$(($(date +%s%N) / 1000000 - started_ms)) ms"; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
script="$root/scripts/build-test-image.sh"
repo=${BERTH_TEST_IMAGE_REPO:-berth-test}
[[ $repo =~ ^[a-z0-9][a-z0-9._/-]*$ ]] || die "BERTH_TEST_IMAGE_REPO=$repo is not a valid repository name"

command -v docker >/dev/null 2>&1 || die "the docker CLI is not installed"
docker info >/dev/null 2>&1 || die "cannot reach the Docker daemon ('docker info' failed)"

# Serialise concurrent runs for the same repository (tests run in parallel), so that two runs
# do not import the same content twice and race on the tags.
if command -v flock >/dev/null 2>&1; then
    exec 9>"${TMPDIR:-/tmp}/berth-build-test-image.${repo//[^A-Za-z0-9._-]/_}.lock"
    flock -w 600 9 || die "timed out waiting for another build-test-image run"
fi

# ---- the binary -------------------------------------------------------------------------
if [[ -n ${BERTH_TESTAPP_BIN:-} ]]; then
    binary=$BERTH_TESTAPP_BIN
    [[ -f $binary && -x $binary ]] || die "BERTH_TESTAPP_BIN=$binary is not an executable file"
else
    command -v cargo >/dev/null 2>&1 || die "cargo is not installed (or set BERTH_TESTAPP_BIN)"
    # cargo resolves a relative CARGO_TARGET_DIR against its working directory: pin it to the
    # caller's before changing directory.
    if [[ -n ${CARGO_TARGET_DIR:-} && ${CARGO_TARGET_DIR} != /* ]]; then
        export CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR"
    fi
    log "cargo build --release -p berth-testapp"
    (cd "$root" && cargo build --release -p berth-testapp) >&2 ||
        die "cargo build --release -p berth-testapp failed"
    binary="${CARGO_TARGET_DIR:-$root/target}/release/berth-testapp"
    [[ -x $binary ]] || die "the build did not produce $binary"
fi

# ---- busybox ----------------------------------------------------------------------------
is_static() { ! ldd "$1" >/dev/null 2>&1; }

busybox=${BERTH_BUSYBOX:-/bin/busybox}
if ! [[ -x $busybox ]] || ! is_static "$busybox"; then
    [[ -z ${BERTH_BUSYBOX:-} ]] || die "BERTH_BUSYBOX=$busybox is not a static executable"
    # Debian's plain `busybox` package is dynamically linked and would need its libraries in the
    # image too; busybox-static replaces it.
    [[ $(id -u) == 0 ]] || die "a static /bin/busybox is needed: run 'apt-get install busybox-static' as root"
    command -v apt-get >/dev/null 2>&1 || die "a static /bin/busybox is needed and apt-get is not available"
    log "installing busybox-static"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q busybox-static >&2; then
        log "install failed; running apt-get update and retrying"
        apt-get update -q >&2 || die "apt-get update failed"
        apt-get install -y -q busybox-static >&2 || die "apt-get install busybox-static failed"
    fi
    if ! [[ -x $busybox ]] || ! is_static "$busybox"; then
        die "$busybox is still not a static executable"
    fi
fi

# ---- content hash -----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/berth-test-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
stripped="$work/berth-testapp"
cp "$binary" "$stripped"
if command -v strip >/dev/null 2>&1; then
    strip --strip-all "$stripped" || log "strip failed; using the unstripped binary"
fi
hash=$(cat "$stripped" "$busybox" "$script" | sha256sum | cut -c1-12)

tag_friendly() {
    docker tag "$repo:$hash" "$repo:latest"
    docker tag "$repo:$hash" "$repo:v1"
    docker tag "$repo:$hash-v2" "$repo:v2"
}

if docker image inspect "$repo:$hash" >/dev/null 2>&1 &&
    docker image inspect "$repo:$hash-v2" >/dev/null 2>&1; then
    tag_friendly
    log "up to date: $repo:$hash ($(elapsed))"
    echo "$repo:latest"
    exit 0
fi

# ---- rootfs -----------------------------------------------------------------------------
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,proc,sys,dev}
chmod 1777 "$rootfs/tmp"
chmod 0700 "$rootfs/root"
install -m 0755 "$stripped" "$rootfs/berth-testapp"

# Shared libraries at the paths the loader expects, including the loader itself. `ldd` lines
# are `name => /path (0x..)`, `/path (0x..)` (the loader) or `linux-vdso.so.1 (0x..)`.
if ! is_static "$stripped"; then
    libraries=$(ldd "$stripped" | awk '
        $2 == "=>" && $3 == "not" { print "MISSING " $1; next }
        $2 == "=>" && $3 ~ /^\// { print $3; next }
        $1 ~ /^\// { print $1 }')
    for library in $libraries; do
        [[ $library != MISSING ]] || die "ldd reports a missing library for berth-testapp"
        mkdir -p "$rootfs$(dirname "$library")"
        cp -L "$library" "$rootfs$library"
    done
fi

install -m 0755 "$busybox" "$rootfs/bin/busybox"
# `--list-full` gives each applet's install path (bin/sh, usr/bin/wget, sbin/ip...).
applets=$("$rootfs/bin/busybox" --list-full 2>/dev/null || "$rootfs/bin/busybox" --list | sed 's|^|bin/|')
for applet in $applets; do
    [[ -e $rootfs/$applet || -L $rootfs/$applet ]] && continue
    mkdir -p "$rootfs/$(dirname "$applet")"
    ln -s /bin/busybox "$rootfs/$applet"
done
[[ -L $rootfs/bin/sh ]] || die "busybox did not provide /bin/sh"

cat >"$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$rootfs/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
nobody:x:65534:
EOF
# glibc's resolver in berth-testapp reads this; Docker provides /etc/hosts and resolv.conf.
cat >"$rootfs/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF

tarball="$work/rootfs.tar"
tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$tarball" .

import_variant() {
    local tag=$1 variant=$2
    docker import \
        --change 'ENTRYPOINT ["/berth-testapp"]' \
        --change 'ENV PATH=/bin:/usr/bin:/sbin:/usr/sbin' \
        --change "ENV BERTH_TEST_VARIANT=$variant" \
        --change 'EXPOSE 8080' \
        --change "LABEL org.berth.test-image.hash=$hash org.berth.test-image.variant=$variant" \
        --message "berth test image $variant ($hash)" \
        - "$tag" <"$tarball" >/dev/null
}
log "importing $repo:$hash and $repo:$hash-v2"
import_variant "$repo:$hash" v1
import_variant "$repo:$hash-v2" v2
tag_friendly

# Drop content tags of earlier builds; an image still used by a container stays.
for old in $(docker images "$repo" --format '{{.Tag}}'); do
    [[ $old =~ ^[0-9a-f]{12}(-v2)?$ && $old != "$hash" && $old != "$hash-v2" ]] || continue
    docker rmi "$repo:$old" >/dev/null 2>&1 || true
done

size=$(docker image inspect "$repo:$hash" --format '{{.Size}}')
log "built $repo:latest = $repo:v1 = $repo:$hash, $repo:v2 = $repo:$hash-v2 ($((size / 1024)) KiB, $(elapsed))"
echo "$repo:latest"
