// name_tagger.cpp — loading the name model, scoring tokens, Viterbi decoding, spans.
#include "isnad/analysis/name_tagger.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "name_document.h"
#include "name_model.h"

namespace isnad::analysis {

namespace {

constexpr const char* kTagLabels[kNameTags] = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
constexpr std::size_t kWordCacheLimit = 1 << 17;   // words cached before the least used are forgotten

std::string_view next_line(std::string_view& text) {
  std::size_t nl = text.find('\n');
  std::string_view line = text.substr(0, nl);
  text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  return line;
}

// The spans of tags[b, e) (one sentence's).
void spans_of(const std::vector<int>& tags, std::size_t b, std::size_t e, std::vector<NameSpan>& out) {
  for (std::size_t k = b; k < e;) {
    int t = tags[k];
    if (t == 0) { ++k; continue; }
    int type = (t - 1) / 2;
    std::size_t end = k + 1;
    while (end < e && tags[end] == 2 + 2 * type) ++end;
    out.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(end), static_cast<NameType>(type)});
    k = end;
  }
}

// A Latin word in lower case is no name (a URL's words, an English phrase): Latin names are
// capitalised.
std::vector<NameSpan> plausible(const Document& d, std::vector<NameSpan> spans) {
  auto lower_latin = [&](std::size_t i) {
    std::u32string_view w = d.word(i);
    return !w.empty() && w[0] >= U'a' && w[0] <= U'z';
  };
  spans.erase(std::remove_if(spans.begin(), spans.end(), [&](const NameSpan& s) {
    for (auto k = s.tb; k < s.te; ++k) if (lower_latin(k)) return true;
    return false;
  }), spans.end());
  return spans;
}

// A person's name begins after any title, role or nationality ("بنظيره الكيني موسى مودافادي" →
// "موسى مودافادي"), as the lists' names and ANERcorp's do: the tagger now and then takes them in.
// (At the end a nisba may be a family name: "ماهر المصري".)
std::vector<NameSpan> without_titles(const Document& d, std::vector<NameSpan> spans) {
  const Lexicon& lx = Lexicon::get();
  auto outside = [&](std::size_t i) { return lx.word_clitics(d.word(i), kTitle | kNationality | kStopword | kReportVerb) != nullptr; };
  std::vector<NameSpan> out;
  for (NameSpan s : spans) {
    if (s.type == NameType::person) {
      while (s.te > s.tb && outside(s.tb)) ++s.tb;
    }
    if (s.te > s.tb) out.push_back(s);
  }
  return out;
}

// Two people's names side by side with nothing between them are one person's ("فرهاد" "علاء الدين"),
// unless the second begins with the conjunction و: a list of people ("لمياء طارق وعبير أحمد").
std::vector<NameSpan> joined_people(const Document& d, std::vector<NameSpan> spans) {
  std::vector<NameSpan> out;
  for (const NameSpan& s : spans) {
    if (!out.empty() && out.back().type == NameType::person && s.type == NameType::person && out.back().te == s.tb &&
        d.same_sentence(out.back().tb, s.tb) && !d.word(s.tb).empty() && d.word(s.tb)[0] != U'\u0648')
      out.back().te = s.te;
    else
      out.push_back(s);
  }
  return out;
}

// A list of people is several names: "أسامة حسن وعمرو زكي" is two, split before the inner word that is
// the conjunction و on a given name the lists know ("وعمرو"), unless the whole word is itself a name
// ("وليد", "وجدي").
std::vector<NameSpan> split_at_conjunction(const Document& d, std::vector<NameSpan> spans) {
  const Lexicon& lx = Lexicon::get();
  auto begins_name = [&](std::size_t i) {
    std::u32string_view w = d.word(i);
    return w.size() >= 4 && w[0] == U'\u0648' && !lx.word(w, kFirstName | kPerson) && lx.word(w.substr(1), kFirstName | kPerson);
  };
  std::vector<NameSpan> out;
  for (const NameSpan& s : spans) {
    NameSpan part = s;
    if (s.type == NameType::person)
      for (auto k = s.tb + 1; k < s.te; ++k)
        if (begins_name(k)) { out.push_back({part.tb, k, part.type}); part.tb = k; }
    out.push_back(part);
  }
  return out;
}

// A name is a name throughout its article: where the tagger found a name in one sentence, the same
// words elsewhere in the article are that name too ("وقال كوفي أنان" … "رفض السفير اقتراح أنان"), and
// a person's last name alone is that person. Words are compared without their proclitics.
std::vector<NameSpan> with_repeated_names(const Document& d, std::vector<NameSpan> spans) {
  if (spans.empty()) return spans;
  // each word's hash without its proclitics; a run of words hashes their hashes in order
  const std::vector<std::uint64_t> word_hash = stem_hashes(d, 0);
  auto key_of = [&](std::size_t b, std::size_t e) {
    std::uint64_t h = kHashSeed;
    for (std::size_t i = b; i < e; ++i) h = (h ^ word_hash[i]) * 1099511628211ull;
    return h;
  };
  const Lexicon& lx = Lexicon::get();
  std::unordered_map<std::uint64_t, NameType> known;
  std::size_t longest = 1;
  std::vector<bool> named(d.size(), false);
  for (const NameSpan& s : spans) {
    for (auto k = s.tb; k < s.te; ++k) named[k] = true;
    if (s.type == NameType::misc) continue;
    known.emplace(key_of(s.tb, s.te), s.type);
    longest = std::max<std::size_t>(longest, s.te - s.tb);
    if (s.type == NameType::person && s.te - s.tb >= 2) known.emplace(key_of(s.te - 1, s.te), s.type);
  }
  std::vector<NameSpan> added;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (named[i] || !d.is_word(i)) continue;
    std::size_t free_end = i;   // the words from i on that no name took, in i's sentence
    while (free_end < d.size() && free_end - i < longest && !named[free_end] && d.is_word(free_end) && d.same_sentence(i, free_end)) ++free_end;
    for (std::size_t e = free_end; e > i; --e) {
      if (e == i + 1) {
        std::u32string_view w = d.word(i);
        if (w.size() < 3 || lx.word_clitics(w, kStopword | kTitle | kReportVerb)) continue;
      }
      auto it = known.find(key_of(i, e));
      if (it == known.end()) continue;
      added.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), it->second});
      for (std::size_t k = i; k < e; ++k) named[k] = true;
      i = e - 1;
      break;
    }
  }
  if (added.empty()) return spans;
  spans.insert(spans.end(), added.begin(), added.end());
  std::sort(spans.begin(), spans.end(), [](const NameSpan& a, const NameSpan& b) { return a.tb < b.tb; });
  return spans;
}

}  // namespace

const char* name_tag_label(int tag) { return tag >= 0 && tag < kNameTags ? kTagLabels[tag] : "O"; }

int name_tag_of(std::string_view label) {
  if (label.size() < 3 || (label[0] != 'B' && label[0] != 'I') || label[1] != '-') return 0;
  std::string_view type = label.substr(2);
  int k = type == "PER" || type == "PERS" ? 0
        : type == "LOC" || type == "GPE" ? 1
        : type == "ORG" ? 2
        : type == "MISC" || type == "MIS" ? 3 : -1;
  if (k < 0) return 0;
  return 1 + 2 * k + (label[0] == 'I');
}

std::vector<int> best_tags(const std::vector<TagScores>& emission, const float transition[kNameTags + 1][kNameTags]) {
  const std::size_t n = emission.size();
  std::vector<int> tags(n, 0);
  if (n == 0) return tags;
  constexpr float kNever = -1e30f;
  // the transitions with BIO's forbidden ones at kNever, once
  float allowed[kNameTags + 1][kNameTags];
  for (int p = 0; p <= kNameTags; ++p)
    for (int t = 0; t < kNameTags; ++t) allowed[p][t] = tag_may_follow(p, t) ? transition[p][t] : kNever;
  // each tag's possible predecessors, in order (an I- tag has two: its B- and itself): a forbidden
  // one never wins, its score being kNever
  int from[kNameTags][kNameTags], froms[kNameTags] = {};
  for (int t = 0; t < kNameTags; ++t)
    for (int p = 0; p < kNameTags; ++p)
      if (tag_may_follow(p, t)) from[t][froms[t]++] = p;
  std::vector<TagScores> score(n);
  std::vector<std::array<std::int8_t, kNameTags>> back(n);
  for (int t = 0; t < kNameTags; ++t) score[0][t] = emission[0][t] + allowed[kStartTag][t];
  for (std::size_t i = 1; i < n; ++i)
    for (int t = 0; t < kNameTags; ++t) {
      float best = kNever;
      int arg = 0;
      for (int k = 0; k < froms[t]; ++k) {
        const int p = from[t][k];
        float s = score[i - 1][p] + allowed[p][t];
        if (s > best) { best = s; arg = p; }
      }
      score[i][t] = best <= kNever / 2 ? kNever : best + emission[i][t];
      back[i][t] = static_cast<std::int8_t>(arg);
    }
  int t = 0;
  for (int k = 1; k < kNameTags; ++k) if (score[n - 1][k] > score[n - 1][t]) t = k;
  for (std::size_t i = n; i-- > 0;) {
    tags[i] = t;
    if (i > 0) t = back[i][t];
  }
  return tags;
}

namespace {

// Open addressing over 64-bit keys (0 marks a free slot): the slot of `key`, the table grown to
// keep its load at most one half.
std::size_t probe(const std::vector<std::uint64_t>& keys, std::uint64_t key) {
  const std::size_t mask = keys.size() - 1;
  std::size_t at = static_cast<std::size_t>(key ^ (key >> 32)) & mask;
  while (keys[at] && keys[at] != key) at = (at + 1) & mask;
  return at;
}

void grow(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& index, std::size_t used) {
  if ((used + 1) * 2 <= keys.size()) return;
  std::vector<std::uint64_t> old_keys = std::move(keys);
  std::vector<std::uint32_t> old_index = std::move(index);
  const std::size_t size = old_keys.empty() ? 1024 : old_keys.size() * 2;
  keys.assign(size, 0);
  index.assign(size, 0);
  for (std::size_t k = 0; k < old_keys.size(); ++k) {
    if (!old_keys[k]) continue;
    std::size_t at = probe(keys, old_keys[k]);
    keys[at] = old_keys[k];
    index[at] = old_index[k];
  }
}

}  // namespace

constexpr int kKnownBits = 20;
inline std::size_t known_bit(std::uint64_t key) { return static_cast<std::size_t>(key >> (64 - kKnownBits)); }

void NameModel::set_scores(std::uint64_t key, const QuantScores& scores) {
  if (key == 0) key = 1;
  if (known_bits_.empty()) known_bits_.assign((std::size_t{1} << kKnownBits) / 64, 0);
  known_bits_[known_bit(key) / 64] |= std::uint64_t{1} << (known_bit(key) % 64);
  auto slot_of = [this](std::uint64_t k) -> Slot& {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = static_cast<std::size_t>(k ^ (k >> 32)) & mask;
    while (slots_[at].key && slots_[at].key != k) at = (at + 1) & mask;
    return slots_[at];
  };
  if ((features_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& o : old) if (o.key) slot_of(o.key) = o;
  }
  Slot& slot = slot_of(key);
  if (!slot.key) ++features_;
  slot = {key, scores};
}

const QuantScores* NameModel::scores(std::uint64_t key) const {
  if (slots_.empty()) return nullptr;
  if (key == 0) key = 1;
  if (!(known_bits_[known_bit(key) / 64] >> (known_bit(key) % 64) & 1)) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(key ^ (key >> 32)) & mask;
  while (slots_[at].key) {
    if (slots_[at].key == key) return &slots_[at].scores;
    at = (at + 1) & mask;
  }
  return nullptr;
}

void NameModel::add_scores(const std::vector<std::uint64_t>& keys, std::array<std::int32_t, kNameTags>& into) const {
  for (std::uint64_t k : keys)
    if (const QuantScores* s = scores(k))
      for (int t = 0; t < kNameTags; ++t) into[t] += (*s)[t];
}

std::uint32_t NameModel::word(const Document& d, std::size_t j) const {
  std::uint64_t key = word_cache_key(d, j);
  if (key == 0) key = 1;
  grow(word_keys_, word_index_, words_.size());
  std::size_t at = probe(word_keys_, key);
  if (word_keys_[at]) {
    ++words_[word_index_[at]].uses;
    return word_index_[at];
  }
  Word w;
  FeatureSink* sinks[kOffsets];
  for (int o = 0; o < kOffsets; ++o) { scratch_[o].keys.clear(); sinks[o] = &scratch_[o]; }
  word_features_all(d, j, sinks);
  for (int o = 0; o < kOffsets; ++o) {
    std::array<std::int32_t, kNameTags> sum{};
    add_scores(scratch_[o].keys, sum);
    for (int t = 0; t < kNameTags; ++t)
      w.at[o][t] = static_cast<std::int16_t>(std::clamp(sum[t], -32767, 32767));
  }
  w.cls = context_class(d, j);
  word_keys_[at] = key;
  word_index_[at] = static_cast<std::uint32_t>(words_.size());
  words_.push_back(w);
  return word_index_[at];
}

void NameModel::trim_cache() const {
  if (words_.size() <= kWordCacheLimit) return;
  // the fewest uses a word needs to stay, so that at most half the limit stays
  std::vector<std::size_t> with_uses(64, 0);   // words by uses, 63 and more together
  for (const Word& w : words_) ++with_uses[std::min<std::uint32_t>(w.uses, 63)];
  std::uint32_t least = 64;
  for (std::size_t kept = 0; least > 1 && kept + with_uses[least - 1] <= kWordCacheLimit / 2;) kept += with_uses[--least];
  std::vector<std::uint64_t> old_keys = std::move(word_keys_);
  std::vector<std::uint32_t> old_index = std::move(word_index_);
  std::vector<Word> old_words = std::move(words_);
  word_keys_.clear();
  word_index_.clear();
  words_.clear();
  for (std::size_t k = 0; k < old_keys.size(); ++k) {
    if (!old_keys[k] || old_words[old_index[k]].uses < least) continue;
    grow(word_keys_, word_index_, words_.size());
    const std::size_t at = probe(word_keys_, old_keys[k]);
    word_keys_[at] = old_keys[k];
    word_index_[at] = static_cast<std::uint32_t>(words_.size());
    words_.push_back(old_words[old_index[k]]);
    words_.back().uses /= 2;   // what kept a word now counts for less than what it is used for next
  }
}

const std::array<std::int32_t, kNameTags>& NameModel::padding_scores(int offset) const {
  if (!padding_ready_) {
    for (int o = -kWindow; o <= kWindow; ++o) {
      padding_[o + kWindow].fill(0);
      if (o == 0) continue;
      scratch_[0].keys.clear();
      padding_features(o, scratch_[0]);
      add_scores(scratch_[0].keys, padding_[o + kWindow]);
    }
    padding_ready_ = true;
  }
  return padding_[offset + kWindow];
}

std::vector<TagScores> sentence_scores(const Document& d, std::size_t tb, std::size_t te, const NameModel& model) {
  std::vector<std::uint32_t> words(te - tb);
  std::vector<int> classes(te - tb);
  for (std::size_t i = tb; i < te; ++i) words[i - tb] = model.word(d, i);
  for (std::size_t i = tb; i < te; ++i) classes[i - tb] = model.cached_word(words[i - tb]).cls;
  SentenceContext context(d, tb, te, classes);
  std::vector<TagScores> emission(te - tb);
  FeatureSink pairs;
  for (std::size_t i = tb; i < te; ++i) {
    std::array<std::int32_t, kNameTags> sum{};
    for (int o = -kWindow; o <= kWindow; ++o) {
      std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + o;
      if (j >= static_cast<std::ptrdiff_t>(tb) && j < static_cast<std::ptrdiff_t>(te)) {
        const auto& w = model.cached_word(words[static_cast<std::size_t>(j) - tb]).at[o + kWindow];
        for (int t = 0; t < kNameTags; ++t) sum[t] += w[t];
      } else {
        const auto& w = model.padding_scores(o);
        for (int t = 0; t < kNameTags; ++t) sum[t] += w[t];
      }
    }
    pairs.keys.clear();
    context.features(i, pairs);
    model.add_scores(pairs.keys, sum);
    for (int t = 0; t < kNameTags; ++t) emission[i - tb][t] = static_cast<float>(sum[t]) * model.scale;
  }
  return emission;
}

std::vector<int> first_pass_tags(const Document& d, const NameModel& model) {
  model.trim_cache();
  std::vector<int> tags(d.size(), 0);
  for (const text::TokenRange& s : d.sentences) {
    if (s.end <= s.begin) continue;
    auto t = best_tags(sentence_scores(d, s.begin, s.end, model), model.transition);
    std::copy(t.begin(), t.end(), tags.begin() + s.begin);
  }
  return tags;
}

std::vector<NameSpan> tag_names(const Document& d, const NameModel& model) {
  model.trim_cache();
  // each sentence's scores, kept for a second pass when the model has one
  std::vector<std::vector<TagScores>> emission(model.reads_document ? d.sentences.size() : 0);
  std::vector<int> tags(d.size(), 0);
  for (std::size_t k = 0; k < d.sentences.size(); ++k) {
    const text::TokenRange& s = d.sentences[k];
    if (s.end <= s.begin) continue;
    std::vector<TagScores> scores = sentence_scores(d, s.begin, s.end, model);
    auto t = best_tags(scores, model.transition);
    std::copy(t.begin(), t.end(), tags.begin() + s.begin);
    if (model.reads_document) emission[k] = std::move(scores);
  }
  // the second pass: the same scores and what the first found for the same words elsewhere
  if (model.reads_document) {
    DocumentNames elsewhere(d, tags);
    if (elsewhere.any()) {
      FeatureSink keys;
      for (std::size_t k = 0; k < d.sentences.size(); ++k) {
        const text::TokenRange& s = d.sentences[k];
        if (s.end <= s.begin) continue;
        for (std::size_t i = s.begin; i < s.end; ++i) {
          keys.keys.clear();
          elsewhere.features(i, keys);
          if (keys.keys.empty()) continue;
          std::array<std::int32_t, kNameTags> sum{};
          model.add_scores(keys.keys, sum);
          for (int t = 0; t < kNameTags; ++t) emission[k][i - s.begin][t] += static_cast<float>(sum[t]) * model.scale;
        }
        auto t = best_tags(emission[k], model.transition);
        std::copy(t.begin(), t.end(), tags.begin() + s.begin);
      }
    }
  }
  std::vector<NameSpan> spans;
  for (const text::TokenRange& s : d.sentences)
    if (s.end > s.begin) spans_of(tags, s.begin, s.end, spans);
  return with_repeated_names(d, split_at_conjunction(d, joined_people(d, without_titles(d, plausible(d, std::move(spans))))));
}

std::vector<NameSpan> tag_names(const Document& d) { return tag_names(d, default_name_model()); }

// The model file: '#' comments, then
//   scale <float>                      a stored integer q means q × scale
//   t <row> <q> × kNameTags            transitions out of tag <row> (kNameTags: the start)
//   f <name>\t<value>\t<tag>:<q> …     a feature's non-zero scores
std::shared_ptr<const NameModel> load_name_model(std::string_view text, std::string* error) {
  auto model = std::make_unique<NameModel>();
  float scale = 0;
  std::size_t line_no = 0;
  auto fail = [&](const char* why) {
    if (error) *error = "name model, line " + std::to_string(line_no) + ": " + why;
    return nullptr;
  };
  while (!text.empty()) {
    std::string line(next_line(text));
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("scale ", 0) == 0) {
      scale = std::strtof(line.c_str() + 6, nullptr);
      if (!(scale > 0)) return fail("scale must be positive");
      model->scale = scale;
    } else if (line.rfind("t ", 0) == 0) {
      char* p = line.data() + 2;
      long row = std::strtol(p, &p, 10);
      if (row < 0 || row > kNameTags || scale <= 0) return fail("bad transition row (or no scale before it)");
      for (int t = 0; t < kNameTags; ++t) model->transition[row][t] = std::strtol(p, &p, 10) * scale;
    } else if (line.rfind("f ", 0) == 0) {
      std::size_t tab1 = line.find('\t'), tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
      if (tab2 == std::string::npos || scale <= 0) return fail("expected 'f <name>\\t<value>\\t<tag>:<q> …'");
      std::string name = line.substr(2, tab1 - 2);
      std::u32string value = text::decode_utf8(std::string_view(line).substr(tab1 + 1, tab2 - tab1 - 1)).text;
      QuantScores s{};
      char* p = line.data() + tab2 + 1;
      while (*p) {
        long tag = std::strtol(p, &p, 10);
        if (*p != ':' || tag < 0 || tag >= kNameTags) return fail("bad '<tag>:<q>'");
        long q = std::strtol(p + 1, &p, 10);
        if (q < -127 || q > 127) return fail("a stored score is outside -127…127");
        s[tag] = static_cast<std::int8_t>(q);
        while (*p == ' ') ++p;
      }
      std::uint64_t key;
      std::size_t space = value.find(U' ');
      if (is_pair_feature(name) && space != std::u32string::npos)
        key = pair_key(text_hash(text::decode_utf8(name).text), text_hash(std::u32string_view(value).substr(0, space)),
                       text_hash(std::u32string_view(value).substr(space + 1)));
      else
        key = feature_key(name, value);
      if (name[0] == 'D') model->reads_document = true;
      model->set_scores(key, s);
    } else {
      return fail("unknown line");
    }
  }
  if (scale <= 0) return fail("no scale");
  return std::shared_ptr<const NameModel>(std::move(model));
}

const NameModel& default_name_model() {
  static const std::shared_ptr<const NameModel> model = [] {
    std::string error;
    auto m = load_name_model(embedded_data("name_model.txt"), &error);
    if (!m) { std::fprintf(stderr, "isnad: core/data/name_model.txt: %s\n", error.c_str()); std::abort(); }
    return m;
  }();
  return *model;
}

}  // namespace isnad::analysis
