#!/usr/bin/env bash
# Proves, on a machine that has never seen the project, that the install list is complete and that the
# Debian package stands on its declared dependencies. Run by .ci/run after the tests; needs root.
#
# In a minimal Debian 12 root made with mmdebstrap from this machine's own Debian apt sources:
#   1. the package built from this tree installs with `apt-get install ./cms-console_….deb`, pulling only its
#      declared dependencies; the three executables answer --version; cms-sim --demo serves; cmsctl reads
#      its status through a pinned certificate; cms-console --demo paints on the offscreen platform;
#   2. then `scripts/dev.sh deps` installs the build dependencies and `cmake --preset default` configures.
# Prints the time of each step and in all; a failure names its step.
#   scripts/clean-root-check.sh [--keep]     (--keep leaves the root in place and prints where)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
keep=false
[ "${1:-}" = --keep ] && keep=true

started=$SECONDS
step_started=$SECONDS
step_name=""
step() {
  [ -z "$step_name" ] || echo "   done in $((SECONDS - step_started)) s"
  step_name="$1"
  step_started=$SECONDS
  echo "== clean root: $step_name"
}
work=""
cleanup() {
  local status=$?
  if [ $status -ne 0 ]; then
    echo "CLEAN-ROOT CHECK FAILED at step \"$step_name\" (exit $status, after $((SECONDS - started)) s)" >&2
  fi
  if [ -n "$work" ] && [ -d "$work" ]; then
    if $keep; then
      echo "The root is kept in $work/root"
    else
      rm -rf --one-file-system "$work"
    fi
  fi
}
trap cleanup EXIT

if [ "$(id -u)" -ne 0 ]; then
  echo "clean-root-check.sh makes a Debian root with chroot: run it as root (CI does)." >&2
  exit 2
fi

step "tools on this machine (mmdebstrap)"
if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

step "the Debian package of this tree"
cmake --preset default >/dev/null
cmake --build --preset default --target package
deb="$(ls -t build/cms-console_*.deb | head -n 1)"
echo "   $deb ($(du -k "$deb" | cut -f1) KiB)"
echo "   Depends: $(dpkg-deb -f "$deb" Depends)"

# This machine's Debian 12 sources (one-line or deb822 files whose suite is bookworm), so the check
# uses the same mirror as every other install here.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  grep -Eq '^(Suites:.*[[:space:]]bookworm([[:space:]]|$)|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]])' "$f" \
    && sources+=("$f")
done
if [ ${#sources[@]} -eq 0 ]; then
  echo "No Debian 12 (bookworm) apt source is configured on this machine." >&2
  exit 1
fi

work="$(mktemp -d /var/tmp/cms-clean-root.XXXXXX)"
root="$work/root"

step "a minimal Debian 12 root (mmdebstrap, from ${sources[*]})"
# The packages this machine has already downloaded are offered to the root's apt as hard links (no copy,
# and the root cannot change them); apt checks each one's hash before it uses it.
mmdebstrap --quiet --variant=minbase --mode=root \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives" && { cp -al /var/cache/apt/archives/*.deb "$1/var/cache/apt/archives/" 2>/dev/null || true; }' \
  --skip=cleanup/apt/cache --skip=cleanup/apt/lists \
  bookworm "$root" "${sources[@]}"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/work"
cp "$deb" "$root/work/"
installed_before="$(chroot "$root" dpkg-query -W -f='${Package}\n' | sort)"

# Everything inside the root runs in a mount namespace of its own: /proc, /dev and /sys go away with it.
in_root() {
  unshare --mount --propagation private -- sh -c '
    root="$1"; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t sysfs sysfs "$root/sys"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive "$@"' sh "$root" "$@"
}

step "apt-get install ./$(basename "$deb")"
in_root sh -c 'cd /work && apt-get install -y -qq ./cms-console_*.deb >/dev/null'
installed_after="$(chroot "$root" dpkg-query -W -f='${Package}\n' | sort)"
echo "   $(comm -13 <(echo "$installed_before") <(echo "$installed_after") | wc -l) packages added to the minimal root"

step "--version of the three executables"
in_root sh -c 'cms-console --version && cmsctl --version && cms-sim --version'

step "cms-sim --demo serves and cmsctl status reads it through a pinned certificate"
in_root bash -c '
  set -euo pipefail
  cms-sim --demo --port 19441 </dev/null >/tmp/sim.log 2>&1 &
  sim=$!
  trap "kill $sim 2>/dev/null || true" EXIT
  for _ in $(seq 1 100); do grep -q "^API user:" /tmp/sim.log && break; sleep 0.1; done
  if ! grep -q "^API user:" /tmp/sim.log; then cat /tmp/sim.log; exit 1; fi
  pin=$(awk "\$1 == \"1\" && \$4 == \"SHA-256\" { print \$5 }" /tmp/sim.log)
  password=$(sed -n "s/^API user: admin  password: \([^ ]*\).*/\1/p" /tmp/sim.log)
  [ -n "$pin" ] && [ -n "$password" ] || { cat /tmp/sim.log; exit 1; }
  printf "%s\n" "$password" | cmsctl --url https://127.0.0.1:19441 --user admin --pin "$pin" --password-stdin status
'

step "cms-console --demo paints on the offscreen platform"
in_root sh -c 'QT_QPA_PLATFORM=offscreen timeout 60 cms-console --demo --startup-benchmark'

step "scripts/dev.sh deps, then cmake --preset default"
mkdir -p "$root/work/src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$root/work/src"
in_root sh -c 'cd /work/src && scripts/dev.sh deps && cmake --preset default >/tmp/configure.log 2>&1 || { cat /tmp/configure.log; exit 1; }'

echo "   done in $((SECONDS - step_started)) s"
step_name=""
echo "== clean-root check passed in $((SECONDS - started)) s"
