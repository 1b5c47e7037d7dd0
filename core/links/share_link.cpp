#include "isnad/links/share_link.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "isnad/links/approx_match.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::links {

using text::Fold;
using text::fold_with_map;
using text::Normalized;

namespace {

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

void percent_encode(std::string& out, std::string_view utf8) {
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : utf8) {
    if (unreserved(c)) out += static_cast<char>(c);
    else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes and checks the result is UTF-8; nullopt on garbage.
std::optional<std::u32string> percent_decode(std::string_view s, std::size_t max_chars) {
  std::string bytes;
  bytes.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int h = hexval(s[i + 1]), l = hexval(s[i + 2]);
      if (h < 0 || l < 0) return std::nullopt;
      bytes += static_cast<char>(h * 16 + l);
      i += 2;
    } else if (s[i] == '+') {
      bytes += ' ';
    } else {
      bytes += s[i];
    }
  }
  auto d = text::decode_utf8(bytes);
  if (d.replaced || d.text.size() > max_chars) return std::nullopt;
  return std::move(d.text);
}

bool parse_offset(std::string_view s, std::size_t* out) {
  if (s.empty() || s.size() > 10) return false;
  std::size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  *out = v;
  return true;
}

// Similarity in [0, 1] of a context string and the text beside a candidate (folded both).
double context_similarity(std::u32string_view want, std::u32string_view have) {
  if (want.empty()) return 0.5;
  const int cap = static_cast<int>(want.size());
  return 1.0 - static_cast<double>(edit_distance(want, have, cap)) / cap;
}

}  // namespace

Passage make_passage(std::u32string_view text, std::size_t start, std::size_t end) {
  end = std::min(end, text.size());
  start = std::min(start, end);
  Passage p;
  p.start = start;
  p.end = end;
  p.exact = std::u32string(text.substr(start, end - start));
  const std::size_t ps = start > kContextChars ? start - kContextChars : 0;
  p.prefix = std::u32string(text.substr(ps, start - ps));
  p.suffix = std::u32string(text.substr(end, std::min(kContextChars, text.size() - end)));
  return p;
}

std::string encode_fragment(const ShareLink& link) {
  std::string out = "a=";
  percent_encode(out, link.article);
  for (const auto& p : link.passages) {
    out += "&q=" + std::to_string(p.start) + "-" + std::to_string(p.end) + ":";
    percent_encode(out, text::to_utf8(p.prefix));
    out += ',';
    percent_encode(out, text::to_utf8(p.exact));
    out += ',';
    percent_encode(out, text::to_utf8(p.suffix));
  }
  return out;
}

std::optional<ShareLink> decode_fragment(std::string_view f, std::string* error) {
  auto fail = [&](const std::string& why) { if (error) *error = "this link cannot be read: " + why; return std::nullopt; };
  if (!f.empty() && f.front() == '#') f.remove_prefix(1);
  if (f.size() > kMaxFragmentBytes) return fail("it is longer than 64 KB");
  ShareLink link;
  bool have_article = false;
  while (!f.empty()) {
    const std::size_t amp = f.find('&');
    std::string_view part = f.substr(0, amp);
    f = amp == std::string_view::npos ? std::string_view() : f.substr(amp + 1);
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos) continue;          // not ours: ignore
    const std::string_view key = part.substr(0, eq), value = part.substr(eq + 1);
    if (key == "a") {
      auto name = percent_decode(value, 255);
      if (!name || name->empty()) return fail("the article name is malformed");
      link.article = text::to_utf8(*name);
      have_article = true;
    } else if (key == "q") {
      if (link.passages.size() >= kMaxPassages) return fail("it names more than 32 passages");
      const std::size_t colon = value.find(':'), dash = value.find('-');
      if (colon == std::string_view::npos || dash == std::string_view::npos || dash > colon)
        return fail("a passage has no position");
      Passage p;
      if (!parse_offset(value.substr(0, dash), &p.start) || !parse_offset(value.substr(dash + 1, colon - dash - 1), &p.end) ||
          p.start > p.end)
        return fail("a passage's position is not two increasing numbers");
      std::string_view rest = value.substr(colon + 1);
      const std::size_t c1 = rest.find(','), c2 = c1 == std::string_view::npos ? c1 : rest.find(',', c1 + 1);
      if (c2 == std::string_view::npos) return fail("a passage needs a prefix, the quote and a suffix");
      auto prefix = percent_decode(rest.substr(0, c1), 256);
      auto exact = percent_decode(rest.substr(c1 + 1, c2 - c1 - 1), kMaxQuoteChars);
      auto suffix = percent_decode(rest.substr(c2 + 1), 256);
      if (!prefix || !exact || !suffix) return fail("a passage's text is not valid percent-encoded UTF-8 (or is too long)");
      if (exact->empty()) return fail("a passage quotes nothing");
      p.prefix = std::move(*prefix); p.exact = std::move(*exact); p.suffix = std::move(*suffix);
      link.passages.push_back(std::move(p));
    }
  }
  if (!have_article) return fail("it names no article");
  return link;
}

Placement reanchor(std::u32string_view text, const Passage& p) {
  const std::size_t len = p.exact.size();
  if (len == 0) return {};
  // 1. The position, if the text there is still the quote.
  if (p.end <= text.size() && p.end - p.start == len && text.substr(p.start, len) == p.exact)
    return {Placement::How::Position, p.start, p.end, 0};

  const double n = std::max<double>(1, static_cast<double>(text.size()));
  auto closeness = [&](std::size_t at) { return std::fabs(static_cast<double>(at) - static_cast<double>(p.start)) / n; };

  // 2. The exact quote; among several, the one whose context matches, then the nearest.
  {
    Placement best;
    double best_score = -1;
    for (std::size_t at = text.find(p.exact), seen = 0; at != std::u32string_view::npos && seen < 4096;
         at = text.find(p.exact, at + 1), ++seen) {
      const std::size_t ps = at >= p.prefix.size() ? at - p.prefix.size() : 0;
      const double ctx = context_similarity(p.prefix, text.substr(ps, at - ps)) +
                         context_similarity(p.suffix, text.substr(at + len, p.suffix.size()));
      const double score = ctx - 0.1 * closeness(at);
      if (score > best_score) { best_score = score; best = {Placement::How::Quote, at, at + len, 0}; }
    }
    if (best_score >= 0) return best;
  }

  // 3. An approximate match on folded text: hamza, diacritics, spacing and small edits.
  const Normalized F = fold_with_map(text, Fold::share_link);
  const Normalized q = fold_with_map(p.exact, Fold::share_link);
  const std::size_t m = q.text.size();
  if (m < 4) return {};
  const std::u32string pre = fold_with_map(p.prefix, Fold::share_link).text,
                       suf = fold_with_map(p.suffix, Fold::share_link).text;
  const int k = std::max(1, static_cast<int>(m / 5));
  Placement best;
  double best_score = std::numeric_limits<double>::max();
  for (const ApproxHit& h : approx_find(F.text, q.text, k, 256)) {
    const std::size_t ps = h.start >= pre.size() ? h.start - pre.size() : 0;
    const double ctx = 0.5 * (context_similarity(pre, std::u32string_view(F.text).substr(ps, h.start - ps)) +
                              context_similarity(suf, std::u32string_view(F.text).substr(h.end, suf.size())));
    // Short quotes need their context to agree: a few letters alone are found anywhere.
    if (m < 16 && ctx < 0.5) continue;
    const std::size_t at = F.to_orig[h.start];
    const double score = static_cast<double>(h.distance) / m + 0.3 * (1 - ctx) + 0.05 * closeness(at);
    if (score < best_score) {
      best_score = score;
      best = {Placement::How::Approximate, at, F.to_orig[h.end - 1] + 1, h.distance};
    }
  }
  return best;
}

const char* placement_name(Placement::How h) {
  switch (h) {
    case Placement::How::Position: return "position";
    case Placement::How::Quote: return "quote";
    case Placement::How::Approximate: return "approximate";
    case Placement::How::NotFound: return "not found";
  }
  return "?";
}

}  // namespace isnad::links
