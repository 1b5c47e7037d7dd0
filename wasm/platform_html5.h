// wasm/platform_html5.h — keeps the canvas's backing store at CSS size × devicePixelRatio.
//
// Emscripten 3.1.6's GLFW knows nothing of devicePixelRatio, so the app works in device pixels:
// the canvas holds css × dpr pixels, GLFW reports the mouse in those pixels, and fonts and ImGui's
// style are scaled by dpr. Crisp text on high-DPI screens follows from that.
#pragma once

namespace isnad::web {

struct Viewport { int width = 0, height = 0; float dpr = 1; };

// Resizes the canvas backing store when the CSS size or the DPR changed; true when it did.
// (Not through glfwSetWindowSize: Emscripten's GLFW calls exitFullscreen there, an error in Chromium.)
bool platform_sync_canvas(Viewport* vp);

// After ImGui_ImplGlfw_NewFrame: the display is the backing store, in device pixels, scale 1;
// and ImGui's wanted mouse cursor goes to the canvas's CSS cursor.
void platform_new_frame(const Viewport& vp);

}  // namespace isnad::web
