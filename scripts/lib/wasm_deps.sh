# Builds ICU (common library) and HarfBuzz for wasm, and cuts ICU's data to what Isnad uses.
# Sourced by scripts/setup. Each build has its own folder, named after a hash of its key (version +
# flags), under $ISNAD_DEPS/wasm: a clone with other flags builds beside it and never removes it.
# scripts/setup writes the folders this clone uses into build/wasm-deps.cmake for CMake.

# ICU's switches for what Isnad never calls (no code converters, no IDNA, no service registry for
# break iterators, no file access: the data comes with udata_setCommonData); the code that uses ICU
# is compiled with the same switches (build/wasm-deps.cmake).
ICU_UCONFIG="-DUCONFIG_NO_CONVERSION=1 -DUCONFIG_NO_LEGACY_CONVERSION=1 -DUCONFIG_NO_IDNA=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILE_IO=1"
ICU_WASM_FLAGS="-Oz -DU_COMMON_IMPLEMENTATION -DU_ENABLE_DYLOAD=0 $ICU_UCONFIG -DU_HAVE_STRING_VIEW=1 -DU_STATIC_IMPLEMENTATION -DU_USING_ICU_NAMESPACE=0"
# HarfBuzz without what the page's two TrueType fonts (static, OpenType layout) never reach: AAT,
# CFF, bitmaps, colour, variations, vertical text, MATH, name/meta/STAT, drawing, file access,
# buffer (de)serialising and verifying; the OpenType shapers of every script stay.
HB_NO="AAT CFF BITMAP COLOR DRAW MATH META NAME STYLE VAR VERTICAL BUFFER_SERIALIZE BUFFER_VERIFY BUFFER_MESSAGE
  OT_FONT_GLYPH_NAMES LAYOUT_COLLECT_GLYPHS LAYOUT_FEATURE_PARAMS LAYOUT_UNUSED FACE_COLLECT_UNICODES OPEN MMAP
  GETENV SETLOCALE ERRNO ATEXIT"
HB_WASM_FLAGS="-Oz -DHB_NO_MT -fno-exceptions -fno-rtti $(printf ' -DHB_NO_%s' $HB_NO)"
# The ICU data items the core uses: break iterators (char, word, line, sentence) and NFKC (no
# NFKC_Casefold: nothing calls it).
ICU_DATA_ITEMS="brkitr/root.res brkitr/res_index.res brkitr/char.brk brkitr/word.brk brkitr/line.brk brkitr/sent.brk nfkc.nrm"

stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }
# The folder of the build keyed by $2 (name $1).
dep_dir() { echo "$ISNAD_DEPS/wasm/$1-$(printf '%s' "$2" | sha1sum | cut -c1-12)"; }
# Before builds were keyed, each lived in $ISNAD_DEPS/wasm/<name> (still read by older clones): one
# made with the same key is copied, not rebuilt. Usage: from_unkeyed NAME STAMPFILE KEY OUT.
from_unkeyed() {
  local old="$ISNAD_DEPS/wasm/$1"
  stamp_ok "$old/$2" "$3" || return 1
  rm -rf "$4.tmp"; cp -a "$old" "$4.tmp" && mv "$4.tmp" "$4"
}

icu_version() { grep -m1 -oE 'U_ICU_VERSION "[0-9.]+"' "$ISNAD_DEPS/src/icu/source/common/unicode/uvernum.h" | grep -oE '[0-9.]+'; }

build_icu_wasm() {
  local out key
  key="icu $(icu_version) $(emcc --version 2>/dev/null | sed -n 1p) $ICU_WASM_FLAGS"
  out=$(dep_dir icu "$key"); ICU_WASM_DIR=$out
  stamp_ok "$out/stamp" "$key" && return 0
  [ ! -e "$out" ] && from_unkeyed icu stamp "$key" "$out" && return 0
  say "building ICU $(icu_version) common library for wasm (a few minutes, once)"
  rm -rf "$out"; mkdir -p "$out/obj" "$out/lib" "$out/include"
  local srcdir="$ISNAD_DEPS/src/icu/source/common"
  # shellcheck disable=SC2086
  ls "$srcdir"/*.cpp | xargs -P "$(nproc)" -I{} sh -c \
    'em++ -std=c++17 '"$ICU_WASM_FLAGS"' -I"'"$srcdir"'" -c "$1" -o "'"$out"'/obj/$(basename "$1" .cpp).o"' _ {} 2>"$out/build.log"
  emar rcs "$out/lib/libicuuc.a" "$out"/obj/*.o
  rm -rf "$out/obj"
  cp -r "$srcdir/unicode" "$out/include/"
  echo "$key" >"$out/stamp"
}

# ICU's code refers to a data symbol (icudt72_dat); the stub library defines it empty, since the
# real (slim) data is handed over at run time with udata_setCommonData.
build_icu_stubdata_wasm() {
  local out="$ICU_WASM_DIR" key
  key="stubdata $(icu_version) $ICU_WASM_FLAGS"
  stamp_ok "$out/stubdata.stamp" "$key" && return 0
  em++ -std=c++17 $ICU_WASM_FLAGS -I"$ISNAD_DEPS/src/icu/source/common" -c "$ISNAD_DEPS/src/icu/source/stubdata/stubdata.cpp" -o "$out/stubdata.o"
  emar rcs "$out/lib/libicudata_stub.a" "$out/stubdata.o"; rm "$out/stubdata.o"
  echo "$key" >"$out/stubdata.stamp"
}

build_harfbuzz_wasm() {
  local out src="$ISNAD_DEPS/src/harfbuzz" key ver
  ver=$(grep -m1 -oE "version: '[0-9.]+'" "$src/meson.build" | grep -oE '[0-9.]+')
  key="harfbuzz $ver $(emcc --version 2>/dev/null | sed -n 1p) $HB_WASM_FLAGS"
  out=$(dep_dir harfbuzz "$key"); HB_WASM_DIR=$out
  stamp_ok "$out/stamp" "$key" && return 0
  [ ! -e "$out" ] && from_unkeyed harfbuzz stamp "$key" "$out" && return 0
  say "building HarfBuzz $ver for wasm (about a minute, once)"
  rm -rf "$out"; mkdir -p "$out/lib" "$out/include/harfbuzz"
  # shellcheck disable=SC2086
  em++ $HB_WASM_FLAGS -c "$src/src/harfbuzz.cc" -o "$out/harfbuzz.o"
  emar rcs "$out/lib/libharfbuzz.a" "$out/harfbuzz.o"; rm "$out/harfbuzz.o"
  cp "$src"/src/hb*.h "$out/include/harfbuzz/"
  echo "$key" >"$out/stamp"
}

cut_icu_data() {
  local out full key
  full=$(ls "$ISNAD_DEPS"/src/icu/source/data/in/icudt*l.dat | sed -n 1p)
  key="$(basename "$full") $ICU_DATA_ITEMS"
  out=$(dep_dir icudata "$key"); ICU_DATA_DIR=$out
  stamp_ok "$out/stamp" "$key" && return 0
  [ ! -e "$out" ] && from_unkeyed icudata stamp "$key" "$out" && return 0
  say "cutting ICU data to: $ICU_DATA_ITEMS"
  rm -rf "$out"; mkdir -p "$out/items"
  local name; name=$(basename "$full" .dat)
  printf '%s\n' $ICU_DATA_ITEMS >"$out/list.txt"
  icupkg -x "$out/list.txt" -d "$out/items" "$full"
  # An empty package named like the full one, then add the items (icupkg prefixes names itself).
  (cd "$out" && icupkg --ignore-deps -s items -a list.txt new "$name.dat")
  rm -rf "$out/items"
  echo "$key" >"$out/stamp"
}

# Where this clone's builds are, for cmake/dependencies.cmake (rewritten only when it changes, so
# that CMake reconfigures only then).
write_deps_cmake() {
  local file="$1" text
  text="# Written by scripts/setup (scripts/lib/wasm_deps.sh): this clone's wasm dependencies.
set(ISNAD_ICU_WASM_DIR \"$ICU_WASM_DIR\")
set(ISNAD_HB_WASM_DIR \"$HB_WASM_DIR\")
set(ISNAD_ICU_DATA_DIR \"$ICU_DATA_DIR\")
set(ISNAD_ICU_DEFINES $(echo "$ICU_UCONFIG" | sed 's/-D//g'))"
  mkdir -p "$(dirname "$file")"
  [ -f "$file" ] && [ "$(cat "$file")" = "$text" ] && return 0
  printf '%s\n' "$text" >"$file"
}
