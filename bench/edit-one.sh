#!/usr/bin/env bash
# Changes one source file the way an editor would, one way on one run and back on the next, so that every run
# of the incremental benchmark rebuilds exactly one changed document: bench/edit-one.sh FILE
set -euo pipefail
file=$1
if grep -q '回顾联合国大会' "$file"; then
  sed -i 's/回顾联合国大会/回顾大会/' "$file"
else
  sed -i 's/回顾大会/回顾联合国大会/' "$file"
fi
# As before every timed full build (set-aside.sh): the rebuild starts with nothing left for the disk to write.
sync
