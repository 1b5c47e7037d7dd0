#include "fonts.h"

#include <string>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "isnad/corpus/corpus.h"

namespace isnad::web {
namespace {

constexpr const char* kLatinFont = "/isnad/fonts/NotoSans-Regular.ttf";
constexpr const char* kArabicFont = "/isnad/fonts/NotoNaskhArabic-Regular.ttf";
constexpr float kUiPx = 16.f, kBodyPx = 20.f;

const ImWchar kLatinRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x2200, 0x22FF, 0xFFFD, 0xFFFD, 0};
const ImWchar kArabicRanges[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};

// The atlas is rebuilt on zoom and DPR changes: keep the bytes, hand ImGui a non-owning view.
std::string& font_bytes(const char* path) {
  static std::string latin, arabic;
  std::string& s = (path == kLatinFont) ? latin : arabic;
  if (s.empty()) if (auto b = corpus::read_file(path, nullptr)) s = std::move(*b);
  return s;
}

ImFont* add_merged(float px) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;
  cfg.OversampleH = 2; cfg.OversampleV = 1;
  std::string& latin = font_bytes(kLatinFont);
  std::string& arabic = font_bytes(kArabicFont);
  ImFont* f = io.Fonts->AddFontFromMemoryTTF(latin.data(), static_cast<int>(latin.size()), px, &cfg, kLatinRanges);
  cfg.MergeMode = true;
  io.Fonts->AddFontFromMemoryTTF(arabic.data(), static_cast<int>(arabic.size()), px, &cfg, kArabicRanges);
  return f;
}

}  // namespace

bool fonts_build(float scale, Fonts* out) {
  ImGuiIO& io = ImGui::GetIO();
  if (font_bytes(kLatinFont).empty() || font_bytes(kArabicFont).empty()) return false;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts->Clear();
  out->ui = add_merged(kUiPx * scale);
  out->body = add_merged(kBodyPx * scale);
  io.FontDefault = out->ui;
  const bool ok = io.Fonts->Build();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  return ok;
}

}  // namespace isnad::web
