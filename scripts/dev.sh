#!/usr/bin/env bash
# The project's two entry points, used by the README and by CI:
#   scripts/dev.sh run [ARGS…]   install what is missing, build, open the console on its demo cluster
#   scripts/dev.sh test          install what is missing, build, run every test: benchmarks (their
#                                figures printed), 30 s of fuzzing, then every other test (CTest summary last)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config libssl-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6svg6 qtkeychain-qt6-dev
  libgl1-mesa-dev gnome-keyring dbus xvfb xauth fonts-noto-cjk fonts-noto-core
)

# For the fuzz target only; where a distribution names them otherwise, fuzzing is skipped.
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

case "${1:-}" in
  run)
    shift
    install_missing_packages
    build
    exec build/app/console/cms-console --demo "$@"
    ;;
  test)
    install_missing_packages
    build
    # Benchmarks first, verbose, so their figures are printed; then every other test, whose CTest
    # summary closes the output.
    with_secret_service ctest --preset default -L bench --verbose
    scripts/fuzz.sh 30
    with_secret_service ctest --preset default -LE bench --output-on-failure
    ;;
  *)
    echo "usage: $0 run [cms-console arguments…] | test" >&2
    exit 2
    ;;
esac
