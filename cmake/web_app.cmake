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
target_compile_options(isnad_imgui PRIVATE -w)

# Fonts from Debian's packages (fonts-noto-core), copied at build time, never committed.
set(ISNAD_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "where Noto fonts are installed")
set(ISNAD_FONTS ${ISNAD_FONT_DIR}/NotoNaskhArabic-Regular.ttf ${ISNAD_FONT_DIR}/NotoSans-Regular.ttf)
foreach(_f ${ISNAD_FONTS})
  if(NOT EXISTS ${_f})
    message(FATAL_ERROR "${_f} is missing: run scripts/setup (package fonts-noto-core)")
  endif()
endforeach()

# Noto Sans is 500 KB for scripts the reader never shows: keep Latin, punctuation, currency, arrows
# and math (hb-subset, from libharfbuzz-bin), ~10× smaller.
set(ISNAD_LATIN_FONT ${CMAKE_BINARY_DIR}/fonts/NotoSans-Latin.ttf)
add_custom_command(OUTPUT ${ISNAD_LATIN_FONT}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
  COMMAND hb-subset --font-file=${ISNAD_FONT_DIR}/NotoSans-Regular.ttf
          --unicodes=20-24F,300-36F,2000-206F,20A0-20CF,2100-214F,2190-21FF,2200-22FF,25A0-25FF,FFFD
          --output-file=${ISNAD_LATIN_FONT}
  DEPENDS ${ISNAD_FONT_DIR}/NotoSans-Regular.ttf
  COMMENT "subsetting Noto Sans to Latin")
add_custom_target(isnad_fonts DEPENDS ${ISNAD_LATIN_FONT})

set(ISNAD_APP ${CMAKE_BINARY_DIR}/app)
set(ISNAD_SITE ${CMAKE_BINARY_DIR}/site)
file(GLOB ISNAD_WASM_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/wasm/*.cpp)
file(GLOB ISNAD_CORPUS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/corpus/*)
add_executable(isnad_web ${ISNAD_WASM_SOURCES})
target_link_libraries(isnad_web PRIVATE isnad_core isnad_imgui)
target_compile_options(isnad_web PRIVATE -Wall -Wextra)
set_target_properties(isnad_web PROPERTIES OUTPUT_NAME index SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${ISNAD_APP})
target_link_options(isnad_web PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1GB      # bounded heap: running out is a message, not a dead tab
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0          # no eval: the page's CSP forbids it
  -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString,HEAPU8] -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  # "SHELL:" keeps CMake from merging the repeated --preload-file flags.
  "SHELL:--preload-file ${ISNAD_ICU_DATA}@/isnad/icu.dat"
  "SHELL:--preload-file ${ISNAD_FONT_DIR}/NotoNaskhArabic-Regular.ttf@/isnad/fonts/NotoNaskhArabic-Regular.ttf"
  "SHELL:--preload-file ${ISNAD_LATIN_FONT}@/isnad/fonts/NotoSans-Regular.ttf"
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/web/corpus@/isnad/corpus")
set_property(TARGET isnad_web APPEND PROPERTY LINK_DEPENDS ${ISNAD_CORPUS_FILES} ${ISNAD_ICU_DATA} ${ISNAD_LATIN_FONT})

# The published site: hashed assets, index.html, sw.js, manifest. Redone when the app or a static file changes.
set(ISNAD_WEB_STATIC ${PROJECT_SOURCE_DIR}/index.html ${PROJECT_SOURCE_DIR}/web/boot.js ${PROJECT_SOURCE_DIR}/web/style.css
    ${PROJECT_SOURCE_DIR}/web/sw.js ${PROJECT_SOURCE_DIR}/web/text_layer.js ${PROJECT_SOURCE_DIR}/web/library.js ${PROJECT_SOURCE_DIR}/web/story.js ${PROJECT_SOURCE_DIR}/web/links.js ${PROJECT_SOURCE_DIR}/web/manifest.webmanifest ${PROJECT_SOURCE_DIR}/web/icon.svg
    ${PROJECT_SOURCE_DIR}/scripts/lib/publish_site.mjs)
find_program(ISNAD_NODE node REQUIRED)
add_custom_command(OUTPUT ${ISNAD_SITE}/index.html
  COMMAND ${ISNAD_NODE} ${PROJECT_SOURCE_DIR}/scripts/lib/publish_site.mjs ${ISNAD_APP} ${ISNAD_SITE}
  DEPENDS isnad_web $<TARGET_FILE:isnad_web> ${ISNAD_WEB_STATIC}
  COMMENT "publishing the site (content-hashed assets, service worker)")
add_custom_target(isnad_site ALL DEPENDS ${ISNAD_SITE}/index.html)
add_dependencies(isnad_web isnad_fonts)
