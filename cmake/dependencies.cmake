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
  # scripts/setup names the folders of this clone's builds (keyed by version + flags).
  set(_deps_file ${PROJECT_SOURCE_DIR}/build/wasm-deps.cmake)
  if(NOT EXISTS ${_deps_file})
    message(FATAL_ERROR "${_deps_file} is missing: run scripts/setup first")
  endif()
  include(${_deps_file})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_deps_file})
  foreach(_f ${ISNAD_ICU_WASM_DIR}/lib/libicuuc.a ${ISNAD_HB_WASM_DIR}/lib/libharfbuzz.a)
    if(NOT EXISTS ${_f})
      message(FATAL_ERROR "${_f} is missing: run scripts/setup first")
    endif()
  endforeach()
  target_include_directories(isnad_icu SYSTEM INTERFACE ${ISNAD_ICU_WASM_DIR}/include)
  target_compile_definitions(isnad_icu INTERFACE U_STATIC_IMPLEMENTATION U_USING_ICU_NAMESPACE=0 ${ISNAD_ICU_DEFINES})
  target_link_libraries(isnad_icu INTERFACE ${ISNAD_ICU_WASM_DIR}/lib/libicuuc.a ${ISNAD_ICU_WASM_DIR}/lib/libicudata_stub.a)
  # Both spellings work, as with pkg-config natively: <harfbuzz/hb.h> and <hb.h>.
  target_include_directories(isnad_harfbuzz SYSTEM INTERFACE ${ISNAD_HB_WASM_DIR}/include ${ISNAD_HB_WASM_DIR}/include/harfbuzz)
  target_link_libraries(isnad_harfbuzz INTERFACE ${ISNAD_HB_WASM_DIR}/lib/libharfbuzz.a)
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
  file(GLOB ISNAD_ICU_DATA ${ISNAD_ICU_DATA_DIR}/icudt*l.dat)

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
