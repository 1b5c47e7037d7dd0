#include "app.h"

#include "isnad/xref/sources.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "isnad/links/share_link.h"
#include "isnad/links/web_annotation.h"
#include "isnad/text/boundary.h"
#include "isnad/text/utf8.h"
#include "js_bridge.h"
#include "highlight_style.h"
#include "overview_data.h"
#include "panel_data.h"

namespace isnad::web {

App& app() {
  static App instance;
  return instance;
}

void App::corpus_changed() {
  if (!analysed()) analysis_wanted = analysing = true;
  view_follows_corpus();
}

void App::view_follows_corpus() {
  if (find.open) find_run(find.query);
  if (second >= 0) close_second();   // cluster indexes change with the analysis
  if (open >= static_cast<int>(articles.size())) { open = 0; scroll_y = 0; }
  wake();
}

void App::request_analysis() {
  work_between_frames();
  if (!analysis_wanted) return;
  analysis_wanted = false;
  // The reader keeps drawing and answering input meanwhile; a newer request supersedes this one.
  js_analysis_request(++analysis_generation, analysis_request(), static_cast<double>(analyse_max_chars),
                      static_cast<int>(articles.size()));
}

// About 6 ms a tick, so that the page keeps its frame rate.
void App::work_between_frames() {
  constexpr double kBudgetMs = 6;
  constexpr std::size_t kAnswerUnits = 64;   // values of the worker's answer between looks at the clock
  const double t0 = js_now_ms();
  while (reading_answer() && js_now_ms() - t0 < kBudgetMs) {
    std::string why;
    const AnswerRead read = read_answer_some(kAnswerUnits, &why);
    if (read != AnswerRead::reading) analysis_read(read == AnswerRead::adopted, why);
  }
  bool indexed = false;
  while (indexing() && js_now_ms() - t0 < kBudgetMs) indexed |= index_some(32768);
  if (indexed && find.open) find_run(find.query);
  if (indexed) wake();
  const double left = kBudgetMs - (js_now_ms() - t0);
  if (between_frames && left > 1) between_frames(*this, left);
}

void App::analysis_arrived(int generation, std::string_view answer, const std::string& error) {
  // The corpus changed since: a newer answer is coming.
  if (generation != analysis_generation || analysis_wanted) return;
  if (!error.empty()) { analysis_read(false, error); return; }
  begin_answer(std::string(answer));   // read between frames, a few milliseconds a tick
}

void App::analysis_read(bool adopted, std::string why) {
  analysing = false;
  if (!adopted) {
    if (why.empty()) why = "unreadable answer";
    const std::string m = std::string(tr("تعذّر تحليل المقالات: ", "The articles could not be analysed: ")) + why;
    warnings.push_back(m);
    js_show_message(m);
  }
  pinned = {};
  focus_anchor = -1;
  view_follows_corpus();   // no new request after a failure: the next change of the corpus sends one
}

bool App::load_sample(std::string_view bundle_bytes) {
  std::string why;
  switch (load_bundle(bundle_bytes, &why)) {
    case Loaded::current: break;
    case Loaded::stale: corpus_changed(); break;   // made by another core: its articles, analysed by the worker
    case Loaded::unreadable: warnings.push_back("sample corpus: " + why); return false;
  }
  wake();
  return true;
}

std::string App::outlet_name(std::size_t article) const {
  std::string o = outlet(article);
  return o.empty() && article < articles.size() ? tr("مصدر غير معروف", "unknown source") : o;
}

AnchorMark App::mark_of(std::size_t article, std::size_t anchor) const {
  if (article >= analysis.articles.size() || anchor >= analysis.articles[article].anchors.size()) return AnchorMark::none;
  const auto type = analysis.articles[article].anchors[anchor].type;
  const bool cw = article < anchor_disputed.size() && anchor < anchor_disputed[article].size() && anchor_disputed[article][anchor];
  return anchor_mark(reading_mode, type, show_type[static_cast<int>(type)], cw);
}

void App::open_article(int index) {
  if (index < 0 || index >= static_cast<int>(articles.size())) return;
  pending_open.clear();   // the reader chose (or a link chose) another article
  if (index == open) return;
  open = index;
  scroll_y = 0;
  if (second >= 0) close_second();
  spot = {};
  pinned = {};
  focus_anchor = -1;
  link_marks.clear();
  link_article = -1;
  wake();
}

std::string App::open_link(const std::string& fragment, double now) {
  using nlohmann::json;
  json answer = {{"ok", false}, {"placements", json::array()}};
  std::string err;
  auto link = links::decode_fragment(fragment, &err);
  // The reason in English is for the English interface; in Arabic, what a reader can act on.
  if (!link) { answer["error"] = tr("تعذّرت قراءة هذا الرابط: إنه ناقص أو تالف", err.c_str()); return answer.dump(); }
  int index = -1;
  for (std::size_t i = 0; i < articles.size(); ++i)
    if (articles[i].meta.file == link->article) index = static_cast<int>(i);
  if (index < 0) {
    answer["error"] = std::string(tr("المقال المرتبط (", "the linked article (")) + link->article + tr(") ليس في هذا القارئ", ") is not in this reader");
    return answer.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  open_article(index);
  link_article = index;
  link_marks.clear();
  int placed = 0;
  for (const auto& p : link->passages) {
    const links::Placement pl = links::reanchor(articles[index].text, p);
    answer["placements"].push_back({{"how", links::placement_name(pl.how)}, {"start", pl.start}, {"end", pl.end}});
    if (pl.how == links::Placement::How::NotFound) continue;
    link_marks.push_back({pl.start, pl.end, links::placement_name(pl.how)});
    ++placed;
  }
  if (!link_marks.empty()) { scroll_to_offset = link_marks.front().start; flash_until = now + 1.2; }
  answer["ok"] = placed > 0;
  if (!placed) answer["error"] = tr("تعذّر العثور على المقطع المرتبط في هذا المقال: ربما غُيّر أو حُذف",
                                    "the linked passage could not be found in this article: it may have been changed or removed");
  wake();
  return answer.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string App::selection_link() const {
  if (selection.article < 0 || selection.article >= static_cast<int>(articles.size()) || selection.end <= selection.start)
    return {};
  const auto& a = articles[selection.article];
  links::ShareLink link{a.meta.file, {links::make_passage(a.text, selection.start, std::min(selection.end, selection.start + links::kMaxQuoteChars))}};
  return links::encode_fragment(link);
}

nlohmann::json App::export_annotations() {
  if (open < 0 || open >= static_cast<int>(articles.size()) || open >= static_cast<int>(analysis.articles.size()))
    return {{"ok", false}, {"error", "no article is open"}};
  const auto& a = articles[open];
  const nlohmann::json collection = links::web_annotations(a, analysis.articles[open]);
  // A file name from the article's: "reader:<id>" and odd characters become plain ones.
  std::string base = a.meta.file.rfind("reader:", 0) == 0 ? "article-" + a.meta.file.substr(7) : a.meta.file;
  if (base.size() > 4 && base.compare(base.size() - 4, 4, ".txt") == 0) base.resize(base.size() - 4);
  for (char& ch : base)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.')) ch = '_';
  if (base.empty()) base = "article";
  const std::string file = base + ".annotations.json";
  js_download(file, "application/ld+json", collection.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  return {{"ok", true}, {"file", file}, {"total", collection["total"]}};
}

// The most entries of one list (highlights, claims) that state() writes out.
constexpr std::size_t kStateListMax = 5000;

nlohmann::json App::highlights_json() const {
  nlohmann::json out = nlohmann::json::array();
  if (open < 0 || open >= static_cast<int>(analysis.articles.size())) return out;
  const auto& anchors = analysis.articles[open].anchors;
  std::size_t listed = 0;
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    const bool on_screen = i < highlight_rects.size() && highlight_rects[i].w > 0;
    // A 10 MB article has hundreds of thousands of highlights: the state lists the first ones and
    // every one on screen, so that answering it cannot exhaust the heap (highlights_total has them all).
    if (listed >= kStateListMax && !on_screen) continue;
    ++listed;
    const auto& a = anchors[i];
    nlohmann::json h = {{"type", analysis::anchor_type_name(a.type)}, {"start", a.start}, {"end", a.end}, {"text", a.text},
                        {"shown", show_type[static_cast<int>(a.type)]}, {"mark", anchor_mark_name(mark_of(open, i))}, {"rect", nullptr}};
    if (i < highlight_rects.size() && highlight_rects[i].w > 0) {
      const Rect& r = highlight_rects[i];
      h["rect"] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    }
    out.push_back(std::move(h));
  }
  return out;
}

nlohmann::json App::clusters_summary() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : clusters) {
    if (out.size() >= kStateListMax) break;
    nlohmann::json members = nlohmann::json::array();
    for (const auto& c : k.claims) members.push_back({{"article", c.article}, {"claim", c.claim}});
    out.push_back({{"relation", xref::relation_name(k.relation)}, {"note", k.note}, {"claims", members}});
  }
  return out;
}

nlohmann::json App::link_json() const {
  if (link_article < 0 || link_article != open) return nullptr;
  nlohmann::json marks = nlohmann::json::array();
  for (const auto& m : link_marks) marks.push_back({{"start", m.start}, {"end", m.end}, {"how", m.how}});
  return {{"article", link_article}, {"marks", marks}};
}

nlohmann::json App::selection_json() const {
  if (selection.article < 0 || selection.article >= static_cast<int>(articles.size()) || selection.end <= selection.start)
    return nullptr;
  const auto& t = articles[selection.article].text;
  const std::size_t e = std::min(selection.end, t.size()), s = std::min(selection.start, e);
  return {{"article", selection.article}, {"start", s}, {"end", e},
          {"text", text::to_utf8(std::u32string_view(t).substr(s, e - s))}};
}

void App::zoom_by(float factor) {
  const float z = std::clamp(zoom * factor, 0.5f, 3.f);
  if (z == zoom) return;
  zoom = z;
  wake();
}

void App::add_decoded_part(std::string_view bytes) {
  text::Utf8Decoded d = text::decode_utf8(bytes);
  if (d.replaced && !reader_parts_.replaced) reader_parts_.first_bad_byte = reader_part_bytes_ + d.first_bad_byte;
  reader_parts_.replaced += d.replaced;
  if (reader_parts_.text.empty()) reader_parts_.text = std::move(d.text);
  else reader_parts_.text += d.text;
  reader_part_bytes_ += bytes.size();
}

std::string App::add_reader_article(const std::string& meta_json, std::string_view bytes) {
  using nlohmann::json;
  json answer = {{"ok", false}, {"warnings", json::array()}};
  json meta = json::parse(meta_json, nullptr, false);
  // A big article comes a part at a time (web/library.js: each cut where a UTF-8 sequence starts),
  // decoded as it comes, so that no one call decodes megabytes; the last part comes with its details.
  if (meta.is_object() && meta.value("part", false)) {
    add_decoded_part(bytes);
    return R"({"ok":true,"part":true,"warnings":[]})";
  }
  add_decoded_part(bytes);
  text::Utf8Decoded decoded = std::exchange(reader_parts_, {});
  reader_part_bytes_ = 0;
  if (meta.is_discarded() || !meta.is_object() || !meta.contains("id") || !meta["id"].is_string()) {
    answer["error"] = tr("بياناته تالفة", "its details are malformed");
    return answer.dump();
  }
  auto str = [&](const char* k) -> std::optional<std::string> {
    if (!meta.contains(k) || !meta[k].is_string() || meta[k].get<std::string>().empty()) return std::nullopt;
    return meta[k].get<std::string>();
  };
  corpus::ArticleMeta m;
  const std::string id = meta["id"].get<std::string>();
  m.file = "reader:" + id;
  m.title = str("title");
  m.outlet = str("outlet");
  m.url = str("url");
  m.date = str("date");
  if (m.date && !corpus::is_iso_date(*m.date)) {
    answer["warnings"].push_back(tr("التاريخ ليس بالصيغة YYYY-MM-DD فتُرك", "the date is not YYYY-MM-DD and was left out"));
    m.date.reset();
  }
  std::vector<std::string> warnings;
  corpus::Article a = corpus::make_article(std::move(m), std::move(decoded), &warnings);
  if (lang() == Lang::en) for (auto& w : warnings) answer["warnings"].push_back(w);
  else if (a.replaced) answer["warnings"].push_back("نصه ليس UTF-8 سليمًا: عُرض " + std::to_string(a.replaced) + " من تسلسلاته التالفة بالرمز U+FFFD");
  if (a.text.empty()) { answer["error"] = tr("لا نص فيه", "it has no text"); return answer.dump(); }
  answer["file"] = a.meta.file;
  add_article(std::move(a), id);
  corpus_changed();
  // Opened when asked, or when it was the open article at the last visit (see pending_open).
  if (meta.value("open", false) || (!pending_open.empty() && pending_open == articles.back().meta.file))
    open_article(static_cast<int>(articles.size()) - 1);
  answer["ok"] = true;
  answer["chars"] = articles.back().text.size();
  // How far the worker will analyse it (the same cut as core/bundle's).
  answer["analysed_chars"] = text::cut_point(articles.back().text, 0, analyse_max_chars);
  wake();
  return answer.dump(-1, ' ', false, json::error_handler_t::replace);
}

void App::remove_article(int index) {
  const std::string id = ReaderModel::remove_article(index);
  if (id.empty()) return;   // the sample corpus is not removable
  js_library_remove(id);
  if (open == index) { open = 0; scroll_y = 0; }
  else if (open > index) --open;
  corpus_changed();
}

std::string App::state_json() const {
  using nlohmann::json;
  json arts = json::array();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const auto& a = articles[i];
    const bool mine = i < reader_ids.size() && !reader_ids[i].empty();
    arts.push_back({{"file", a.meta.file}, {"source", mine ? "reader" : "sample"},
                    {"replaced_bytes", a.replaced},
                    {"outlet", a.meta.outlet ? json(*a.meta.outlet) : json(nullptr)},
                    {"date", a.meta.date ? json(*a.meta.date) : json(nullptr)},
                    {"date_estimated", a.meta.date_estimated},
                    {"title", title(i)},
                    {"title_kind", i < headers.size() ? analysis::header_kind_name(headers[i].kind) : "none"},
                    {"header_source", i < headers.size() ? headers[i].source : ""},
                    {"link", link(i)},
                    {"chars", a.text.size()},
                    {"analysed_chars", i < analysed_chars.size() ? analysed_chars[i] : 0}});
  }
  auto rect = [](const Rect& r) { return json{{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}; };
  auto rect_list = [&](const std::vector<Rect>& v) { json out = json::array(); for (const auto& r : v) out.push_back(rect(r)); return out; };
  json panes = json::array();
  for (const auto& p : this->panes)
    if (p.article >= 0) panes.push_back({{"article", p.article}, {"file", articles[p.article].meta.file}, {"rect", rect(p.rect)}});
  const char* const panel_names[] = {"articles", "sources", "claims", "entities", "timeline", "overview"};
  json focus = nullptr;
  if (focus_anchor >= 0 && open < static_cast<int>(analysis.articles.size()) &&
      focus_anchor < static_cast<int>(analysis.articles[open].anchors.size())) {
    const auto& an = analysis.articles[open].anchors[focus_anchor];
    focus = {{"anchor", focus_anchor}, {"type", analysis::anchor_type_name(an.type)}, {"start", an.start}, {"end", an.end},
             {"rect", focus_rect.w > 0 ? rect(focus_rect) : json(nullptr)}};
  }
  json open_claims = json::array();   // the open article's claims, with their cluster
  if (open < static_cast<int>(analysis.articles.size()))
    for (std::size_t i = 0; i < std::min(analysis.articles[open].claims.size(), kStateListMax); ++i) {
      const auto& c = analysis.articles[open].claims[i];
      const int k = cluster_of(open, i);
      open_claims.push_back({{"start", c.start}, {"end", c.end}, {"cluster", k},
                             {"relation", k < 0 ? json(nullptr) : json(xref::relation_name(clusters[k].relation))},
                             {"checkworthy", c.checkworthy},
                             {"mark", i < dispute_rects.size() && dispute_rects[i].w > 0 ? rect(dispute_rects[i]) : json(nullptr)}});
    }
  json card = nullptr;
  if (pinned.article >= 0 && card_rect.w > 0)
    card = {{"article", pinned.article}, {"anchor", pinned.anchor}, {"rect", rect(card_rect)}, {"links", rect_list(card_link_rects)}};
  json rects = json::array(), removes = json::array(), legend = json::array();
  for (const auto& r : legend_rects) legend.push_back(rect(r));
  for (const auto& r : article_list_rects) rects.push_back(rect(r));
  for (const auto& r : remove_button_rects) removes.push_back(rect(r));
  json s = {{"corpus", corpus_name},
            {"analysing", analysing},
            {"indexing", indexing()},
            {"articles", arts},
            {"open", articles.empty() ? json(nullptr) : json(open)},
            {"open_file", articles.empty() ? json(nullptr) : json(articles[open].meta.file)},
            {"scroll", scroll_y},
            {"frames_drawn", frames_drawn},
            {"frame_cpu_ms", frame_cpu_ms},
            {"atlas", {{"width", atlas_width}, {"height", atlas_height}, {"glyphs", atlas_glyphs}}},
            {"viewport", {{"width", width}, {"height", height}, {"dpr", dpr}}},
            {"zoom", zoom},
            {"selection", selection_json()},
            {"highlights", highlights_json()},
            {"highlights_total", open >= 0 && open < static_cast<int>(analysis.articles.size()) ? analysis.articles[open].anchors.size() : 0},
            {"link", link_json()},
            {"warnings", warnings},
            {"ui", {{"article_list", rects}, {"remove_buttons", removes}, {"add_button", rect(add_button_rect)},
                    {"confirm_button", rect(confirm_button_rect)}, {"legend", legend},
                    {"copy_link", rect(copy_link_rect)}, {"export_annotations", rect(export_button_rect)}}},
            {"hover", hover.shown ? json{{"type", hover.type}, {"start", hover.start}, {"end", hover.end}, {"also", hover.also}, {"lines", hover.lines}} : json(nullptr)},
            {"clusters", clusters_summary()},
            {"claims", open_claims},
            {"panes", panes},
            {"second_scroll", second_scroll_y},
            {"xref", xref_json()},
            {"find", find_json()},
            {"focus", focus},
            {"card", card},
            {"spot", spot.article >= 0 ? json{{"article", spot.article}, {"start", spot.start}, {"end", spot.end}} : json(nullptr)},
            {"panel", panel_names[static_cast<int>(panel)]},
            {"panel_data", panel_json(*this)},
            {"claim_filter", static_cast<int>(claim_filter)},
            {"theme", theme_name(theme())},
            {"lang", lang_name(lang())},
            {"justify", justify},
            {"reading_mode", reading_mode_name(reading_mode)},
            {"overview", panel == Panel::overview ? overview_json(*this, story_overview(*this)) : json(nullptr)},
            {"overview_narrow", overview_narrow},
            {"prefs", prefs_json()}};
  json& ui = s["ui"];
  ui["find_button"] = rect(find_button_rect);
  ui["reading_modes"] = rect_list(mode_button_rects);
  json legend_marks = json::array();   // how the legend's swatches show each kind in this reading mode
  for (int g = 0; g < kHighlightGroups; ++g) {
    const auto t = highlight_group(g).types[0];
    legend_marks.push_back(anchor_mark_name(anchor_mark(reading_mode, t, show_type[static_cast<int>(t)], false)));
  }
  s["legend_marks"] = legend_marks;
  ui["header_link"] = rect(header_link_rect);
  ui["overview_csv"] = rect(overview_csv_rect);
  ui["overview_md"] = rect(overview_md_rect);
  ui["lang_button"] = rect(lang_button_rect);
  ui["theme_button"] = rect(theme_button_rect);
  ui["find_input"] = rect(find_input_rect);
  ui["find_next"] = rect(find_next_rect);
  ui["find_prev"] = rect(find_prev_rect);
  ui["find_close"] = rect(find_close_rect);
  ui["find_results"] = rect_list(find_result_rects);
  ui["xref_next"] = rect(xref_next_rect);
  ui["xref_prev"] = rect(xref_prev_rect);
  ui["xref_close"] = rect(xref_close_rect);
  ui["panel_tabs"] = rect_list(panel_tab_rects);
  ui["justify_button"] = rect(justify_button_rect);
  json lines = json::array();
  for (const auto& l : line_edges) lines.push_back({{"left", l.left}, {"right", l.right}, {"y", l.y}, {"paragraph", l.paragraph}});
  s["lines"] = lines;
  ui["panel_rows"] = rect_list(panel_row_rects);
  ui["panel_row_ids"] = panel_row_ids;
  ui["claim_filters"] = rect_list(claim_filter_rects);
  s["panel_focus"] = panel_nav.focused ? json{{"item", panel_nav.item}, {"count", panel_nav.count},
                                              {"rect", panel_nav.rect.w > 0 ? rect(panel_nav.rect) : json(nullptr)}}
                                       : json(nullptr);
  return s.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace isnad::web
