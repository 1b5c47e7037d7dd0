# Builds ICU (common library) and HarfBuzz for wasm, and cuts ICU's data to what Isnad uses.
# Sourced by scripts/setup; each step is skipped when its stamp (version + flags) matches.

ICU_WASM_FLAGS="-O2 -DU_COMMON_IMPLEMENTATION -DU_ENABLE_DYLOAD=0 -DUCONFIG_NO_LEGACY_CONVERSION=1 -DU_HAVE_STRING_VIEW=1 -DU_STATIC_IMPLEMENTATION -DU_USING_ICU_NAMESPACE=0"
HB_WASM_FLAGS="-O2 -DHB_NO_MT -fno-exceptions -fno-rtti"
# The ICU data items the core uses: break iterators (char, word, line, sentence) and NFKC.
ICU_DATA_ITEMS="brkitr/root.res brkitr/res_index.res brkitr/char.brk brkitr/word.brk brkitr/line.brk brkitr/sent.brk nfkc.nrm nfkc_cf.nrm"

stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

icu_version() { grep -m1 -oE 'U_ICU_VERSION "[0-9.]+"' "$ISNAD_DEPS/src/icu/source/common/unicode/uvernum.h" | grep -oE '[0-9.]+'; }

build_icu_wasm() {
  local out="$ISNAD_DEPS/wasm/icu" key
  key="icu $(icu_version) $(emcc --version 2>/dev/null | sed -n 1p) $ICU_WASM_FLAGS"
  stamp_ok "$out/stamp" "$key" && return 0
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
  local out="$ISNAD_DEPS/wasm/icu" key
  key="stubdata $(icu_version) $ICU_WASM_FLAGS"
  stamp_ok "$out/stubdata.stamp" "$key" && return 0
  em++ -std=c++17 $ICU_WASM_FLAGS -I"$ISNAD_DEPS/src/icu/source/common" -c "$ISNAD_DEPS/src/icu/source/stubdata/stubdata.cpp" -o "$out/stubdata.o"
  emar rcs "$out/lib/libicudata_stub.a" "$out/stubdata.o"; rm "$out/stubdata.o"
  echo "$key" >"$out/stubdata.stamp"
}

build_harfbuzz_wasm() {
  local out="$ISNAD_DEPS/wasm/harfbuzz" src="$ISNAD_DEPS/src/harfbuzz" key ver
  ver=$(grep -m1 -oE "version: '[0-9.]+'" "$src/meson.build" | grep -oE '[0-9.]+')
  key="harfbuzz $ver $(emcc --version 2>/dev/null | sed -n 1p) $HB_WASM_FLAGS"
  stamp_ok "$out/stamp" "$key" && return 0
  say "building HarfBuzz $ver for wasm (about a minute, once)"
  rm -rf "$out"; mkdir -p "$out/lib" "$out/include/harfbuzz"
  # shellcheck disable=SC2086
  em++ $HB_WASM_FLAGS -c "$src/src/harfbuzz.cc" -o "$out/harfbuzz.o"
  emar rcs "$out/lib/libharfbuzz.a" "$out/harfbuzz.o"; rm "$out/harfbuzz.o"
  cp "$src"/src/hb*.h "$out/include/harfbuzz/"
  echo "$key" >"$out/stamp"
}

cut_icu_data() {
  local out="$ISNAD_DEPS/wasm/icudata" full key
  full=$(ls "$ISNAD_DEPS"/src/icu/source/data/in/icudt*l.dat | sed -n 1p)
  key="$(basename "$full") $ICU_DATA_ITEMS"
  stamp_ok "$out/stamp" "$key" && return 0
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
