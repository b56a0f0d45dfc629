#!/usr/bin/env bash
# The project's two entry points, used by the README and by CI:
#   scripts/dev.sh run [ARGS…]   install what is missing, build, open the console on its demo cluster
#   scripts/dev.sh test          install what is missing, build, run every test: benchmarks (their
#                                figures printed), about 30 s of fuzzing, every other test, then the unit,
#                                integration, GUI and keychain tests again under ASan + UBSan
#   scripts/dev.sh deps          install what is missing for the two commands above, and nothing else
# Each stage prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 and Ubuntu 24.04 names. Installed without recommended packages, so every package a build
# step needs is named here, even when another package usually recommends it (Qt's Charts CMake package
# needs libqt6opengl6-dev, only a Recommends of qt6-base-dev). scripts/clean-root-check.sh proves the
# list in a minimal Debian root.
PACKAGES=(
  # compilers and build tools; dpkg-dev and file for the Debian package (dpkg-shlibdeps)
  build-essential cmake ninja-build pkg-config dpkg-dev file ca-certificates
  # Qt 6.4+ and QtKeychain
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6svg6 qtkeychain-qt6-dev
  libssl-dev libgl1-mesa-dev
  # tests: a real secret service, a display for screenshots, fonts that draw Korean and Arabic,
  # validators of the desktop entry and the AppStream metainfo
  gnome-keyring dbus xvfb xauth fonts-noto-cjk fonts-noto-core appstream desktop-file-utils
)

# For the fuzz targets only; where a distribution names them otherwise, fuzzing is skipped.
OPTIONAL_PACKAGES=(clang libclang-rt-14-dev)

install_missing_packages() {
  apt_install "required" "${PACKAGES[@]}"
  apt_install "optional" "${OPTIONAL_PACKAGES[@]}" || echo "Optional packages unavailable: fuzzing will be skipped."
}

apt_install() {
  local kind="$1"
  shift
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ($kind): ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  [ -n "${APT_UPDATED:-}" ] || { $sudo apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

check_distribution() {
  # Ubuntu 22.04 ships Qt 6.2, and the project needs 6.4 (Qt HttpServer, the Charts and Keychain it uses).
  if [ -r /etc/os-release ]; then
    . /etc/os-release
    if [ "${ID:-}" = ubuntu ] && [ "${VERSION_ID:-}" = 22.04 ]; then
      echo "Ubuntu 22.04 ships Qt 6.2; CMS Console needs Qt 6.4 or newer (Debian 12, Ubuntu 24.04)." >&2
      exit 1
    fi
  fi
}

# timed NAME COMMAND…: runs one stage and prints how long it took; a failing stage is named, with its
# time, as the script exits.
timed() {
  local name="$1" started=$SECONDS
  shift
  CURRENT_STAGE="$name" STAGE_STARTED=$SECONDS
  "$@"
  echo "== stage $name: $((SECONDS - started)) s"
  CURRENT_STAGE=""
}
CURRENT_STAGE=""
trap '[ -z "$CURRENT_STAGE" ] || echo "== stage $CURRENT_STAGE: FAILED after $((SECONDS - STAGE_STARTED)) s" >&2' EXIT

build() {
  cmake --preset default
  cmake --build --preset default
}

# Keychain tests need a real secret service: a private D-Bus session with gnome-keyring unlocked,
# keeping its keyring in a fresh folder so that a keyring left by an earlier run (with another
# password) can never be the locked one the tests meet.
with_secret_service() {
  local keyrings
  keyrings="$(mktemp -d)"
  XDG_DATA_HOME="$keyrings" dbus-run-session -- sh -c \
    'printf "%s" test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
  local status=$?
  rm -rf "$keyrings"
  return $status
}

# The unit, integration, GUI and keychain tests built with AddressSanitizer and UndefinedBehaviorSanitizer
# (the asan preset, in build-asan): any finding fails its test. Benchmarks would measure the sanitizers,
# and the fuzz target has its own sanitized build, so neither runs here.
asan_build_and_test() {
  cmake --preset asan
  cmake --build --preset asan
  with_secret_service ctest --preset asan
}

case "${1:-}" in
  deps)
    check_distribution
    timed install install_missing_packages
    ;;
  run)
    shift
    check_distribution
    timed install install_missing_packages
    timed build build
    exec build/app/console/cms-console --demo "$@"
    ;;
  test)
    check_distribution
    timed install install_missing_packages
    timed build build
    # Benchmarks first, verbose, on a quiet machine, so their figures are printed; then every other
    # test; then the sanitizer run, the longest, last.
    timed benchmarks with_secret_service ctest --preset default -L bench --verbose
    # 30 s shared by the fuzz targets: with their start-up, the stage takes what one target's 30 s took.
    timed fuzzing scripts/fuzz.sh --total 30
    timed tests with_secret_service ctest --preset default -LE bench --output-on-failure
    timed asan asan_build_and_test
    ;;
  *)
    echo "usage: $0 run [cms-console arguments…] | test | deps" >&2
    exit 2
    ;;
esac
