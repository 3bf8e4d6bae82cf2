#!/bin/sh
# forcestat for Linux and macOS, kept beside forcestat.jar.
#   ./forcestat.sh                       opens the forcestat window (without a desktop: says so)
#   ./forcestat.sh FOLDER|FILE...        reads them and writes the summary into FOLDER/out
#                                        (what dropping a folder on this file in a file manager passes)
#   ./forcestat.sh validate book.xlsx    any forcestat command, as java -jar forcestat.jar would
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
  run|watch|validate|samples|templates|help|-*) exec java -jar "$jar" "$@" ;;
esac
exec java -jar "$jar" run "$@"
