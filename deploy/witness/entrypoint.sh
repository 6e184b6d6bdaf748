#!/bin/sh
# Loads the witness key (an OpenSSH Ed25519 private key, mounted as a
# secret file) into a private ssh-agent, then runs litewitness with it.
set -eu
eval "$(ssh-agent -a /tmp/witness-agent.sock)" >/dev/null
ssh-add -q "${WITNESS_KEY_FILE:-/run/secrets/witness-key}"
fp=$(ssh-add -l -E sha256 | awk 'NR==1 {print $2}')
exec litewitness -ssh-agent /tmp/witness-agent.sock -key "$fp" "$@"
