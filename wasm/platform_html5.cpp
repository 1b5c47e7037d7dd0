#include "platform_html5.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "js_bridge.h"

namespace isnad::web {

bool platform_sync_canvas(Viewport* vp) {
  const CanvasSize c = js_canvas_size();
  const int w = std::max(1, static_cast<int>(std::lround(c.css_w * c.dpr)));
  const int h = std::max(1, static_cast<int>(std::lround(c.css_h * c.dpr)));
  if (w == vp->width && h == vp->height && static_cast<float>(c.dpr) == vp->dpr) return false;
  vp->width = w; vp->height = h; vp->dpr = static_cast<float>(c.dpr);
  js_set_canvas_backing(w, h);
  return true;
}

void platform_new_frame(const Viewport& vp) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(vp.width), static_cast<float>(vp.height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  static ImGuiMouseCursor last = -2;
  const ImGuiMouseCursor cur = ImGui::GetMouseCursor();
  if (cur == last) return;
  last = cur;
  switch (cur) {
    case ImGuiMouseCursor_TextInput: js_set_cursor("text"); break;
    case ImGuiMouseCursor_Hand: js_set_cursor("pointer"); break;
    case ImGuiMouseCursor_ResizeEW: js_set_cursor("ew-resize"); break;
    case ImGuiMouseCursor_ResizeNS: js_set_cursor("ns-resize"); break;
    default: js_set_cursor("default"); break;
  }
}

}  // namespace isnad::web
