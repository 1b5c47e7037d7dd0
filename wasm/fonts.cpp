#include "fonts.h"

#include <string>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "isnad/corpus/corpus.h"

namespace isnad::web {
namespace {

constexpr const char* kLatinFont = "/isnad/fonts/NotoSans-subset.ttf";   // scripts/subset_fonts keeps the ranges below
constexpr float kUiPx = 16.f, kBodyPx = 22.f;

const ImWchar kLatinRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x2200, 0x22FF, 0xFFFD, 0xFFFD, 0};

// The atlas is rebuilt on zoom and DPR changes: keep the bytes, hand ImGui a non-owning view.
std::string& latin_bytes() {
  static std::string bytes;
  if (bytes.empty()) if (auto b = corpus::read_file(kLatinFont, nullptr)) bytes = std::move(*b);
  return bytes;
}

}  // namespace

bool fonts_build(float scale, Fonts* out) {
  ImGuiIO& io = ImGui::GetIO();
  out->ui_px = kUiPx * scale;
  out->body_px = kBodyPx * scale;
  std::string& latin = latin_bytes();
  if (latin.empty()) return false;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts->Clear();
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;
  // At the device pixel size, glyphs on whole pixels: ImGui's default oversamples 3× across, three
  // times the rasterising at load for the few Latin strings ImGui draws itself.
  cfg.OversampleH = 1;
  cfg.PixelSnapH = true;
  out->ui = io.Fonts->AddFontFromMemoryTTF(latin.data(), static_cast<int>(latin.size()), out->ui_px, &cfg, kLatinRanges);
  io.FontDefault = out->ui;
  const bool ok = io.Fonts->Build();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  return ok;
}

}  // namespace isnad::web
