# Where the third-party libraries come from.
# Native: Debian's -dev packages (ICU, HarfBuzz, nlohmann-json, doctest).
# wasm:   ICU's common library and HarfBuzz built by scripts/setup under $ISNAD_DEPS/wasm,
#         Dear ImGui compiled here from the Debian source package under $ISNAD_DEPS/src/imgui.
# Every consumer links the interface targets isnad_icu, isnad_harfbuzz, isnad_json, isnad_doctest.

if(DEFINED ENV{ISNAD_DEPS})
  set(ISNAD_DEPS "$ENV{ISNAD_DEPS}" CACHE PATH "set-up dependencies (scripts/setup)")
else()
  set(ISNAD_DEPS "$ENV{HOME}/.cache/isnad-deps" CACHE PATH "set-up dependencies (scripts/setup)")
endif()

add_library(isnad_icu INTERFACE)
add_library(isnad_harfbuzz INTERFACE)
add_library(isnad_json INTERFACE)
add_library(isnad_doctest INTERFACE)

if(EMSCRIPTEN)
  set(_w ${ISNAD_DEPS}/wasm)
  foreach(_f ${_w}/icu/lib/libicuuc.a ${_w}/harfbuzz/lib/libharfbuzz.a)
    if(NOT EXISTS ${_f})
      message(FATAL_ERROR "${_f} is missing: run scripts/setup first")
    endif()
  endforeach()
  target_include_directories(isnad_icu SYSTEM INTERFACE ${_w}/icu/include)
  target_compile_definitions(isnad_icu INTERFACE U_STATIC_IMPLEMENTATION U_USING_ICU_NAMESPACE=0)
  target_link_libraries(isnad_icu INTERFACE ${_w}/icu/lib/libicuuc.a ${_w}/icu/lib/libicudata_stub.a)
  # Both spellings work, as with pkg-config natively: <harfbuzz/hb.h> and <hb.h>.
  target_include_directories(isnad_harfbuzz SYSTEM INTERFACE ${_w}/harfbuzz/include ${_w}/harfbuzz/include/harfbuzz)
  target_link_libraries(isnad_harfbuzz INTERFACE ${_w}/harfbuzz/lib/libharfbuzz.a)
  # Never -I/usr/include with emcc (glibc headers would shadow Emscripten's): link the two
  # header-only libraries into a folder of their own.
  set(_inc ${CMAKE_BINARY_DIR}/third_party_include)
  file(MAKE_DIRECTORY ${_inc})
  foreach(_lib nlohmann doctest)
    if(NOT EXISTS ${_inc}/${_lib})
      file(CREATE_LINK /usr/include/${_lib} ${_inc}/${_lib} SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(isnad_json SYSTEM INTERFACE ${_inc})
  target_include_directories(isnad_doctest SYSTEM INTERFACE ${_inc})
  target_compile_options(isnad_doctest INTERFACE -fexceptions)
  target_link_options(isnad_doctest INTERFACE -fexceptions)
  # The slim ICU data cut by scripts/setup.
  file(GLOB ISNAD_ICU_DATA ${_w}/icudata/icudt*l.dat)

  # A program run by node (the tool, the tests): synchronous start, real file system.
  function(isnad_node_program target)
    target_compile_options(${target} PRIVATE -fexceptions)
    target_link_options(${target} PRIVATE -fexceptions -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0
      -sEXIT_RUNTIME=1 -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2GB -sTOTAL_STACK=1MB)
    target_compile_definitions(${target} PRIVATE ISNAD_ICU_DATA_FILE="${ISNAD_ICU_DATA}")
  endfunction()
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
  pkg_check_modules(HARFBUZZ REQUIRED IMPORTED_TARGET harfbuzz)
  target_link_libraries(isnad_icu INTERFACE PkgConfig::ICU)
  target_compile_definitions(isnad_icu INTERFACE U_USING_ICU_NAMESPACE=0)
  target_link_libraries(isnad_harfbuzz INTERFACE PkgConfig::HARFBUZZ)
  find_package(nlohmann_json 3 REQUIRED)
  target_link_libraries(isnad_json INTERFACE nlohmann_json::nlohmann_json)
  find_package(doctest REQUIRED)
  target_link_libraries(isnad_doctest INTERFACE doctest::doctest)
  function(isnad_node_program target)
  endfunction()
endif()
