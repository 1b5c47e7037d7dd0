// name_features.cpp — the name tagger's feature templates (see name_features.h).
//
// Template names are short and stable: the model file names its features by them.
//   w  word            s  clitic stem        pc  the proclitics stripped   al  the stem has ال
//   p1..p3 / x1..x3    the stem's first / the word's last letters          sh  shape
//   c  word class (of the word, else of its stem)   L  a gazetteer kind of the word (with clitics)
//   A  the kind of name the self-trained list (name_auto.h) gives the word's stem
//   w-1 / w+1 / c-2 …  the same read at an offset      ww  a pair of neighbouring words
//   G  a gazetteer phrase over the token: its kind and whether the token begins it
#include "name_features.h"

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_classes.h"
#include "isnad/text/stem.h"
#include "name_auto.h"

namespace isnad::analysis {

namespace {

struct LexFeature { std::uint32_t kind; const char32_t* name; };
constexpr LexFeature kLexFeatures[] = {
    {kPlace, U"place"},       {kOrganization, U"org"},     {kPerson, U"person"},     {kTitle, U"title"},
    {kFirstName, U"given"},   {kReportVerb, U"said"},      {kOrgHead, U"orghead"},   {kPlaceHead, U"placehead"},
    {kStopword, U"stop"},     {kNationality, U"nation"},   {kCountedNoun, U"counted"},
};

// Offset-qualified template names: kNames[offset + kWindow].
constexpr const char* kWordName[kOffsets] = {"w-2", "w-1", "w", "w+1", "w+2"};
constexpr const char* kClassName[kOffsets] = {"c-2", "c-1", "c", "c+1", "c+2"};
constexpr const char* kLexName[kOffsets] = {"L-2", "L-1", "L", "L+1", "L+2"};
constexpr const char* kStemName[kOffsets] = {"s-2", "s-1", "s", "s+1", "s+2"};
constexpr const char* kAutoName[kOffsets] = {"A-2", "A-1", "A", "A+1", "A+2"};
constexpr const char32_t* kAutoKinds[] = {U"", U"person", U"place", U"org"};

bool starts_al(std::u32string_view w) { return w.size() > 2 && w[0] == U'\u0627' && w[1] == U'\u0644'; }

// Arabic, Latin, digits, other; and a length bucket.
std::u32string shape_of(std::u32string_view w, text::TokenKind kind) {
  std::u32string s;
  s += kind == text::TokenKind::word ? U'a' : kind == text::TokenKind::number ? U'9' : U'.';
  bool arabic = false, latin = false, other = false;
  for (char32_t c : w) {
    if (text::is_arabic_letter(c)) arabic = true;
    else if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) latin = true;
    else if (!text::is_digit(c)) other = true;
  }
  s += arabic ? U'A' : U'-';
  s += latin ? U'L' : U'-';
  s += other ? U'O' : U'-';
  s += w.size() <= 2 ? U'1' : w.size() <= 3 ? U'2' : w.size() <= 5 ? U'3' : w.size() <= 8 ? U'4' : U'5';
  return s;
}

// The most stripped clitic reading of a word: the stem and the proclitics taken off.
std::u32string_view clitic_stem(std::u32string_view w, std::u32string& buf, std::u32string_view* proclitics) {
  text::CliticStrip c[4];
  int n = text::clitic_candidates(w, c);
  *proclitics = w.substr(0, c[n - 1].skip);
  return text::apply_strip(w, c[n - 1], buf);
}

std::u32string class_value(int cls) {
  if (cls == -2) return U"#";
  if (cls < 0) return U"?";
  std::u32string s;
  for (char c : std::to_string(cls)) s += static_cast<char32_t>(c);
  return s;
}

}  // namespace

std::uint64_t feature_key(std::string_view name, std::u32string_view value) {
  std::uint64_t h = kHashSeed;
  for (char c : name) h = hash_step(h, static_cast<unsigned char>(c));
  h = hash_step(h, U'\t');
  return hash_append(h, value);
}

void FeatureSink::add(std::string_view name, std::u32string_view value) {
  std::uint64_t k = feature_key(name, value);
  keys.push_back(k);
  if (names) names->emplace(k, std::make_pair(std::string(name), std::u32string(value)));
}

bool is_pair_feature(std::string_view name) {
  return name.size() == 3 && (name.substr(0, 2) == "ww" || name.substr(0, 2) == "cc" || name.substr(0, 2) == "wc" || name.substr(0, 2) == "cw");
}

std::uint64_t pair_key(std::uint64_t name_hash, std::uint64_t a_hash, std::uint64_t b_hash) {
  auto mix = [](std::uint64_t h, std::uint64_t x) {
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
  };
  return mix(mix(name_hash, a_hash), b_hash);
}

void FeatureSink::add_pair(std::string_view name, std::uint64_t name_hash, std::u32string_view a, std::uint64_t a_hash,
                           std::u32string_view b, std::uint64_t b_hash) {
  std::uint64_t k = pair_key(name_hash, a_hash, b_hash);
  keys.push_back(k);
  if (names) names->emplace(k, std::make_pair(std::string(name), std::u32string(a) + U' ' + std::u32string(b)));
}

void padding_features(int offset, FeatureSink& out) {
  std::u32string_view edge = offset < 0 ? U"<s>" : U"</s>";
  out.add(kWordName[offset + kWindow], edge);
  out.add(kClassName[offset + kWindow], edge);
}

void word_features_all(const Document& d, std::size_t i, FeatureSink* out[kOffsets]) {
  const auto kind = d.tokens[i].kind;
  std::u32string_view w = d.word(i);
  if (kind == text::TokenKind::number) w = U"<num>";
  std::u32string stem_buf;
  std::u32string_view proclitics;
  std::u32string_view stem = kind == text::TokenKind::word ? clitic_stem(w, stem_buf, &proclitics) : w;
  const WordClasses& classes = WordClasses::get();
  int cls = kind == text::TokenKind::number ? -2 : classes.class_of(w);
  if (cls == -1 && stem.size() != w.size()) cls = classes.class_of(stem);
  const std::u32string_view cls_text = class_text(cls == -2 ? -2 : cls);
  const std::u32string shape = shape_of(w, kind);
  const std::uint32_t lex = kind == text::TokenKind::word ? Lexicon::get().kinds_clitics(w) : 0;
  std::u32string_view bare = starts_al(stem) && stem.size() > 4 ? stem.substr(2) : stem;
  const int auto_kind = kind == text::TokenKind::word ? AutoNames::get().kind_of(stem) : 0;
  for (int offset = -kWindow; offset <= kWindow; ++offset) {
    FeatureSink* sink = out[offset + kWindow];
    if (!sink) continue;
    const int at = offset + kWindow;
    const bool near = offset >= -1 && offset <= 1;
    const char side = offset < 0 ? '<' : offset > 0 ? '>' : '=';
    sink->add(kWordName[at], w);
    sink->add(kClassName[at], cls_text);
    if (kind != text::TokenKind::word) {
      if (near) {
        const char shape_name[4] = {'s', 'h', side, 0};
        sink->add(shape_name, shape);
      }
      continue;
    }
    for (const LexFeature& f : kLexFeatures)
      if (lex & f.kind) sink->add(kLexName[at], f.name);
    if (auto_kind) sink->add(kAutoName[at], kAutoKinds[auto_kind]);
    if (!near) continue;
    if (stem.size() != w.size()) sink->add(kStemName[at], stem);
    // affixes: up to four letters at the token itself, two at its neighbours
    const std::size_t affix = offset == 0 ? 4 : 2;
    for (std::size_t n = 1; n <= affix && n < bare.size(); ++n) {
      const char name[4] = {'p', static_cast<char>('0' + n), side, 0};
      sink->add(name, bare.substr(0, n));
    }
    for (std::size_t n = 1; n <= affix && n < w.size(); ++n) {
      const char name[4] = {'x', static_cast<char>('0' + n), side, 0};
      sink->add(name, w.substr(w.size() - n));
    }
    const char al_name[4] = {'a', 'l', side, 0};
    if (starts_al(stem)) sink->add(al_name, U"");
    const char shape_name[4] = {'s', 'h', side, 0};
    sink->add(shape_name, shape);
    if (offset == 0) sink->add("pc", proclitics);
  }
}

void word_features(const Document& d, std::size_t i, int offset, FeatureSink& out) {
  FeatureSink* sinks[kOffsets] = {};
  sinks[offset + kWindow] = &out;
  word_features_all(d, i, sinks);
}

int class_of_word(std::u32string_view w) {
  const WordClasses& classes = WordClasses::get();
  int cls = classes.class_of(w);
  if (cls >= 0) return cls;
  std::u32string buf;
  std::u32string_view proclitics;
  std::u32string_view stem = clitic_stem(w, buf, &proclitics);
  return stem.size() != w.size() ? classes.class_of(stem) : -1;
}

std::u32string_view class_text(int cls) {
  static const std::vector<std::u32string> texts = [] {
    std::vector<std::u32string> t;
    for (int c = 0; c <= WordClasses::get().largest_class(); ++c) t.push_back(class_value(c));
    return t;
  }();
  if (cls == -2) return U"#";
  if (cls < 0 || cls >= static_cast<int>(texts.size())) return U"?";
  return texts[static_cast<std::size_t>(cls)];
}

SentenceContext::SentenceContext(const Document& d, std::size_t tb, std::size_t te, const std::vector<int>& classes)
    : tb_(tb), word_(te - tb + 2), class_(te - tb + 2), word_hash_(te - tb + 2), class_hash_(te - tb + 2), cover_(te - tb) {
  word_.front() = class_.front() = U"<s>";
  word_.back() = class_.back() = U"</s>";
  for (std::size_t i = tb; i < te; ++i) {
    word_[i - tb + 1] = d.is_number(i) ? std::u32string_view(U"<num>") : d.word(i);
    class_[i - tb + 1] = class_text(classes[i - tb]);
  }
  for (std::size_t k = 0; k < word_.size(); ++k) {
    word_hash_[k] = text_hash(word_[k]);
    class_hash_[k] = text_hash(class_[k]);
  }
  // The gazetteer phrase over each token: the longest beginning at it or up to three tokens before,
  // the nearest first; a token that is no word stops the search back.
  const Lexicon& lx = Lexicon::get();
  std::vector<std::pair<std::uint32_t, std::uint8_t>> match(te - tb, {0, 0});   // words, kind
  for (std::size_t b = tb; b < te; ++b) {
    LexMatch m;
    if (d.is_word(b) && lx.longest_at(d, b, kPlace | kOrganization | kPerson, &m))
      match[b - tb] = {m.words, static_cast<std::uint8_t>(m.entry->kind & kPerson ? 1 : m.entry->kind & kPlace ? 2 : 3)};
  }
  for (std::size_t i = tb; i < te; ++i)
    for (std::size_t back = 0; back <= 3 && back <= i - tb; ++back) {
      std::size_t b = i - back;
      if (!d.is_word(b)) break;
      if (!match[b - tb].first || b + match[b - tb].first <= i) continue;
      cover_[i - tb] = {match[b - tb].second, back == 0};
      break;
    }
}

void SentenceContext::features(std::size_t i, FeatureSink& out) const {
  static const std::uint64_t kWW0 = text_hash(U"ww-"), kWW1 = text_hash(U"ww+"), kCC0 = text_hash(U"cc-"),
                             kCC1 = text_hash(U"cc+"), kWC0 = text_hash(U"wc-"), kCW1 = text_hash(U"cw+");
  const std::size_t k = i - tb_ + 1;
  out.add_pair("ww-", kWW0, word_[k - 1], word_hash_[k - 1], word_[k], word_hash_[k]);
  out.add_pair("ww+", kWW1, word_[k], word_hash_[k], word_[k + 1], word_hash_[k + 1]);
  // the classes of neighbouring words together: "<title's class> <name's class>"
  out.add_pair("cc-", kCC0, class_[k - 1], class_hash_[k - 1], class_[k], class_hash_[k]);
  out.add_pair("cc+", kCC1, class_[k], class_hash_[k], class_[k + 1], class_hash_[k + 1]);
  out.add_pair("wc-", kWC0, word_[k - 1], word_hash_[k - 1], class_[k], class_hash_[k]);
  out.add_pair("cw+", kCW1, class_[k], class_hash_[k], word_[k + 1], word_hash_[k + 1]);
  static constexpr const char32_t* kKinds[] = {U"", U"person", U"place", U"org"};
  const Cover& c = cover_[k - 1];
  if (c.kind) out.add(c.begins ? "GB" : "GI", kKinds[c.kind]);
}

std::uint64_t word_cache_key(const Document& d, std::size_t i) {
  std::uint64_t h = hash_step(kHashSeed, static_cast<char32_t>(d.tokens[i].kind));
  return hash_append(h, d.word(i));
}

std::vector<std::uint64_t> stem_hashes(const Document& d, std::size_t min_letters) {
  std::vector<std::uint64_t> out(d.size(), 0);
  std::u32string buf;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!d.is_word(i)) continue;
    std::u32string_view w = d.word(i);
    text::CliticStrip c[4];
    int n = text::clitic_candidates(w, c);
    std::u32string_view s = text::apply_strip(w, c[n - 1], buf);
    if (s.size() >= min_letters) out[i] = text_hash(s) | 1;
  }
  return out;
}

}  // namespace isnad::analysis
