#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real: Chromium (Playwright), tftp-hpa and atftp
# (TFTP clients), sip-tester (sipp). Only what is missing; needs root (or sudo) when something is.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tftp >/dev/null 2>&1 || need+=(tftp-hpa)
command -v atftp >/dev/null 2>&1 || need+=(atftp)
command -v sipp >/dev/null 2>&1 || need+=(sip-tester)
command -v curl >/dev/null 2>&1 || need+=(curl)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing test dependencies: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Please install as root: apt-get install -y ${need[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
