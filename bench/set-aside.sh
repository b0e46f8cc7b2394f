#!/usr/bin/env bash
# Moves a build's output folder out of the way before a timed build, instead of deleting it: bench/set-aside.sh
# DIR TRASH. On ext4 without a journal (as here), a file system skips every inode freed in the last minutes when
# it allocates a new one, scanning past each of them, so a build right after a large `rm -rf` pays a cost that
# grows with what was deleted (seconds at 5000 documents) and drifts from run to run; Hugo's builds and ours alike.
# run.sh deletes TRASH once the timed builds of a corpus are over.
set -euo pipefail
dir=$1 trash=$2
[ -e "$dir" ] || exit 0
mkdir -p "$trash"
mv "$dir" "$(mktemp -d "$trash/XXXXXX")/"
# Dirty pages of the outputs set aside are written to disk now, not by the kernel's flusher during the next build.
sync
