# Shared environment for scripts/*: where dependencies live, and Emscripten's quirks.
# Sourced, not executed.
export ISNAD_DEPS="${ISNAD_DEPS:-$HOME/.cache/isnad-deps}"
# Debian's emscripten needs Debian's node modules (acorn) at -O1 and above.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
export EM_CACHE_QUIET=1
