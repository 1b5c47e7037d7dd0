# The web app (Emscripten only): Dear ImGui from the Debian source package, the wasm/ glue, linked
# into ${CMAKE_BINARY_DIR}/app (index.js + index.wasm + index.data, the last packing the slim ICU
# data, fonts from Debian's font packages and the sample corpus), then published by
# scripts/lib/publish_site.mjs into ${CMAKE_BINARY_DIR}/site with content-hashed names, index.html,
# the service worker and the web app manifest: the folder the page is served from.

set(ISNAD_IMGUI_DIR ${ISNAD_DEPS}/src/imgui)
if(NOT EXISTS ${ISNAD_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources are missing under ${ISNAD_IMGUI_DIR}: run scripts/setup")
endif()
add_library(isnad_imgui STATIC
  ${ISNAD_IMGUI_DIR}/imgui.cpp ${ISNAD_IMGUI_DIR}/imgui_draw.cpp ${ISNAD_IMGUI_DIR}/imgui_tables.cpp
  ${ISNAD_IMGUI_DIR}/imgui_widgets.cpp
  ${ISNAD_IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${ISNAD_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(isnad_imgui SYSTEM PUBLIC ${ISNAD_IMGUI_DIR} ${ISNAD_IMGUI_DIR}/backends)
# ES3 so that the backend asks for WebGL2 ("#version 300 es"); without it 1.86 falls back to WebGL1.
target_compile_definitions(isnad_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_FILE_FUNCTIONS
                                              IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)
# Small before fast for the interface's code (the text engine's hot code is core's, at -O3).
target_compile_options(isnad_imgui PRIVATE -w -Os)

# Fonts from Debian's packages (fonts-noto-core), copied at build time, never committed.
set(ISNAD_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "where Noto fonts are installed")
set(ISNAD_FONTS ${ISNAD_FONT_DIR}/NotoNaskhArabic-Regular.ttf ${ISNAD_FONT_DIR}/NotoSans-Regular.ttf)
foreach(_f ${ISNAD_FONTS})
  if(NOT EXISTS ${_f})
    message(FATAL_ERROR "${_f} is missing: run scripts/setup (package fonts-noto-core)")
  endif()
endforeach()

# The sample corpus analysed at build time by the tool (cli/bundle.cpp, run under node as the tests
# are): the page reads its analysis instead of analysing before the first frame.
find_program(ISNAD_NODE node REQUIRED)
file(GLOB ISNAD_CORPUS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/corpus/*)
set(ISNAD_SAMPLE_BUNDLE ${CMAKE_BINARY_DIR}/sample.bundle)
add_custom_command(OUTPUT ${ISNAD_SAMPLE_BUNDLE}
  COMMAND ${ISNAD_NODE} $<TARGET_FILE:isnad> bundle ${PROJECT_SOURCE_DIR}/web/corpus -o ${ISNAD_SAMPLE_BUNDLE}
  DEPENDS isnad ${ISNAD_CORPUS_FILES}
  COMMENT "analysing the sample corpus into its bundle")
add_custom_target(isnad_sample_bundle DEPENDS ${ISNAD_SAMPLE_BUNDLE})

set(ISNAD_APP ${CMAKE_BINARY_DIR}/app)
# The page starts with subsets of the two fonts (scripts/subset_fonts, hb-subset from libharfbuzz-bin):
# the code points of the sample corpus and of the interface's strings, glyph ids kept. The full fonts
# go beside the app and are published for the page to fetch when a reader's article needs more.
set(ISNAD_SUBSET_FONTS ${CMAKE_BINARY_DIR}/fonts/NotoNaskhArabic-subset.ttf ${CMAKE_BINARY_DIR}/fonts/NotoSans-subset.ttf)
file(GLOB ISNAD_UI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/wasm/*.cpp ${PROJECT_SOURCE_DIR}/wasm/*.h
     ${PROJECT_SOURCE_DIR}/core/include/isnad/layout/*.h)
file(GLOB ISNAD_CORPUS_TEXTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/corpus/*.txt)
add_custom_command(OUTPUT ${ISNAD_SUBSET_FONTS}
  COMMAND ${CMAKE_COMMAND} -E env ISNAD_FONT_DIR=${ISNAD_FONT_DIR} ${PROJECT_SOURCE_DIR}/scripts/subset_fonts ${CMAKE_BINARY_DIR}/fonts
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ISNAD_APP}/fonts
  COMMAND ${CMAKE_COMMAND} -E copy ${ISNAD_FONTS} ${ISNAD_APP}/fonts/
  DEPENDS ${ISNAD_FONTS} ${ISNAD_UI_SOURCES} ${ISNAD_CORPUS_TEXTS} ${PROJECT_SOURCE_DIR}/scripts/subset_fonts
  COMMENT "subsetting the fonts to the sample corpus and the interface")
add_custom_target(isnad_fonts DEPENDS ${ISNAD_SUBSET_FONTS})

set(ISNAD_SITE ${CMAKE_BINARY_DIR}/site)
file(GLOB ISNAD_WASM_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/wasm/*.cpp)
add_executable(isnad_web ${ISNAD_WASM_SOURCES})
target_link_libraries(isnad_web PRIVATE isnad_reader isnad_core isnad_imgui)
target_compile_options(isnad_web PRIVATE -Wall -Wextra -Os)
set_target_properties(isnad_web PROPERTIES OUTPUT_NAME index SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${ISNAD_APP})
target_link_options(isnad_web PRIVATE
  -Oz                                              # the reader module is on the first load: size first
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1GB      # bounded heap: running out is a message, not a dead tab
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0          # no eval: the page's CSP forbids it
  -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString,HEAPU8] -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  # "SHELL:" keeps CMake from merging the repeated --preload-file flags.
  "SHELL:--preload-file ${ISNAD_ICU_DATA}@/isnad/icu.dat"
  "SHELL:--preload-file ${CMAKE_BINARY_DIR}/fonts/NotoNaskhArabic-subset.ttf@/isnad/fonts/NotoNaskhArabic-subset.ttf"
  "SHELL:--preload-file ${CMAKE_BINARY_DIR}/fonts/NotoSans-subset.ttf@/isnad/fonts/NotoSans-subset.ttf"
  "SHELL:--preload-file ${ISNAD_SAMPLE_BUNDLE}@/isnad/sample.bundle")
# Function names in index.wasm, for a profiler's flame chart (a few hundred KB more; off by default).
option(ISNAD_PROFILING "Keep function names in the web app's wasm (--profiling-funcs)" OFF)
if(ISNAD_PROFILING)
  target_link_options(isnad_web PRIVATE --profiling-funcs)
endif()
set_property(TARGET isnad_web APPEND PROPERTY LINK_DEPENDS ${ISNAD_SAMPLE_BUNDLE} ${ISNAD_ICU_DATA} ${ISNAD_SUBSET_FONTS})

# The analysis module (wasm/worker): the recognisers, the name tagger, the gazetteers and
# cross-referencing in their own wasm, run in a Web Worker that the page starts after its first
# frame (web/analyser.js). The reader module (isnad_web) has none of them: it reads bundles.
add_executable(isnad_analysis ${PROJECT_SOURCE_DIR}/wasm/worker/analysis_worker.cpp)
target_link_libraries(isnad_analysis PRIVATE isnad_core)
target_compile_options(isnad_analysis PRIVATE -Wall -Wextra)
set_target_properties(isnad_analysis PROPERTIES OUTPUT_NAME analysis SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${ISNAD_APP})
target_link_options(isnad_analysis PRIVATE
  -sENVIRONMENT=worker -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1GB -sDYNAMIC_EXECUTION=0
  -sEXPORTED_RUNTIME_METHODS=[UTF8ToString,HEAPU8] -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  "SHELL:--embed-file ${ISNAD_ICU_DATA}@/isnad/icu.dat"
  "SHELL:--pre-js ${PROJECT_SOURCE_DIR}/web/analysis_messages.js")
set_property(TARGET isnad_analysis APPEND PROPERTY LINK_DEPENDS ${ISNAD_ICU_DATA} ${PROJECT_SOURCE_DIR}/web/analysis_messages.js)

# The published site: hashed assets, index.html, sw.js, manifest. Redone when the app or a static file changes.
set(ISNAD_WEB_STATIC ${PROJECT_SOURCE_DIR}/index.html ${PROJECT_SOURCE_DIR}/web/boot.js ${PROJECT_SOURCE_DIR}/web/style.css
    ${PROJECT_SOURCE_DIR}/web/sw.js ${PROJECT_SOURCE_DIR}/web/text_layer.js ${PROJECT_SOURCE_DIR}/web/library.js ${PROJECT_SOURCE_DIR}/web/story.js ${PROJECT_SOURCE_DIR}/web/links.js ${PROJECT_SOURCE_DIR}/web/analyser.js ${PROJECT_SOURCE_DIR}/web/manifest.webmanifest ${PROJECT_SOURCE_DIR}/web/icon.svg
    ${PROJECT_SOURCE_DIR}/scripts/lib/publish_site.mjs)
add_custom_command(OUTPUT ${ISNAD_SITE}/index.html
  COMMAND ${ISNAD_NODE} ${PROJECT_SOURCE_DIR}/scripts/lib/publish_site.mjs ${ISNAD_APP} ${ISNAD_SITE}
  DEPENDS isnad_web $<TARGET_FILE:isnad_web> isnad_analysis $<TARGET_FILE:isnad_analysis> ${ISNAD_WEB_STATIC}
  COMMENT "publishing the site (content-hashed assets, service worker)")
add_custom_target(isnad_site ALL DEPENDS ${ISNAD_SITE}/index.html)
add_dependencies(isnad_web isnad_fonts isnad_sample_bundle)
