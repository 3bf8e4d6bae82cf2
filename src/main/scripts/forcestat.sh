#!/bin/sh
# forcestat for Linux and macOS, kept beside forcestat.jar.
#   ./forcestat.sh                       opens the forcestat window (without a desktop: says so)
#   ./forcestat.sh FOLDER|FILE...        reads them and writes the summary into FOLDER/out
#                                        (what dropping a folder on this file in a file manager passes)
#   ./forcestat.sh validate book.xlsx    any forcestat command, as java -jar forcestat.jar would
# Start-up (docs/decisions/0007-validate-start-up.md): validate runs with the quick compiler only and the
# serial collector; validate and run map a class-data archive (AppCDS) that their first run writes into
# ${XDG_CACHE_HOME:-~/.cache}/forcestat. Without the archive, or with one Java cannot use, Java starts as
# usual and says nothing. FORCESTAT_CDS=off leaves the archive out.
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/forcestat.jar"
if ! command -v java >/dev/null 2>&1; then
  echo "forcestat needs Java 17 or later, and no java was found on the PATH." >&2
  exit 70
fi
if [ $# -eq 0 ]; then
  exec java -jar "$jar" --window
fi
case "$1" in
  run|watch|validate|samples|templates|help|-*) ;;
  *) set -- run "$@" ;;
esac
command=$1
set -- -jar "$jar" "$@"
# A short run spends more on compiling than it gains from the optimising compiler (C2); the serial
# collector keeps a smaller heap. Not for run: its 827,000-row files gain from C2.
if [ "$command" = validate ]; then
  set -- -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$@"
fi
case "$command" in
  validate|run) ;;
  *) exec java "$@" ;;
esac
cache=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
if [ "${FORCESTAT_CDS:-}" = off ] || [ -z "$cache" ]; then
  exec java "$@"
fi
# An archive fits one jar in one place and one java: the name holds a checksum of the jar's path and of
# the listings (size, date) of the jar and of java, so a new jar or a new java gets a new archive.
dir=$cache/forcestat
place=$(printf '%s\n' "$jar" | cksum | cut -d ' ' -f 1)
stamp=$( (ls -lL "$jar" "$(command -v java)") 2>/dev/null | cksum | cut -d ' ' -f 1)
archive=$dir/$command-$place-$stamp.jsa
# -Xshare:auto: an archive that is missing, stale or from another java is skipped; -Xlog:cds*=off: silently.
# (A jar rebuilt within the same minute keeps its listing: -nt catches it.)
if [ -f "$archive" ] && ! [ "$jar" -nt "$archive" ]; then
  exec java -Xshare:auto '-Xlog:cds*=off' -XX:SharedArchiveFile="$archive" "$@"
fi
# First run: Java writes the archive as it exits. A failed write would change the exit code, so it is
# tried only where a file can be made and 100 MB are free; it is written under a name of its own and
# then renamed, so a run started meanwhile never maps half a file.
tmp=$dir/$command-$place-$stamp.$$.tmp
if ! mkdir -p "$dir" 2>/dev/null || ! true 2>/dev/null >"$tmp"; then
  exec java "$@"
fi
free=$(df -Pk "$dir" 2>/dev/null | awk 'NR == 2 { print $4 }')
case "$free" in
  ''|*[!0-9]*) free=0 ;;
esac
if [ "$free" -lt 102400 ]; then
  rm -f "$tmp"
  exec java "$@"
fi
java -Xshare:auto '-Xlog:cds*=off' -XX:ArchiveClassesAtExit="$tmp" "$@"
status=$?
if [ -s "$tmp" ]; then
  for old in "$dir/$command-$place"-*.jsa; do
    [ -f "$old" ] && rm -f "$old"
  done
  mv -f "$tmp" "$archive" 2>/dev/null || rm -f "$tmp"
else
  rm -f "$tmp"
fi
exit $status
