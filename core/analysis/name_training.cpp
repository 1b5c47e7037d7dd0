// name_training.cpp — `isnad train ner`: an averaged structured perceptron over the tagger's
// features, on gold sentences read through the same Document the tagger reads (so training and
// tagging see the same tokens and folds); then pruned and quantised into the model file's text.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <climits>
#include <cstdint>
#include <map>

#include "isnad/analysis/name_tagger.h"
#include "isnad/text/utf8.h"
#include "name_document.h"
#include "name_model.h"

namespace isnad::analysis {

namespace {

// A gold sentence laid out as the tagger sees it: its text, Document, and for each Document token the
// gold token it lies in.
struct AlignedSentence {
  std::u32string text;
  Document doc;
  std::vector<int> gold_token;   // per Document token
};

std::unique_ptr<AlignedSentence> align(const LabelledSentence& s) {
  auto a = std::make_unique<AlignedSentence>();
  std::vector<std::uint32_t> starts;
  for (std::size_t k = 0; k < s.tokens.size(); ++k) {
    if (k) a->text += U' ';
    starts.push_back(static_cast<std::uint32_t>(a->text.size()));
    a->text += text::decode_utf8(s.tokens[k]).text;
  }
  a->doc = make_document(a->text);
  for (const text::Token& t : a->doc.tokens) {
    auto it = std::upper_bound(starts.begin(), starts.end(), t.ob);
    a->gold_token.push_back(static_cast<int>(it - starts.begin()) - 1);
  }
  return a;
}

// The tag of each Document token: its gold token's, I- where it is not that token's first piece.
std::vector<int> token_tags(const LabelledSentence& s, const AlignedSentence& a) {
  std::vector<int> tags(a.doc.size(), 0);
  for (std::size_t i = 0; i < a.doc.size(); ++i) {
    int g = a.gold_token[i];
    if (g < 0 || g >= static_cast<int>(s.labels.size())) continue;
    int t = name_tag_of(s.labels[g]);
    if (t != 0 && (t - 1) % 2 == 0 && i > 0 && a.gold_token[i - 1] == g) ++t;   // B- → I- inside a token
    tags[i] = t;
  }
  return tags;
}

struct Sequence {
  std::vector<std::vector<std::uint32_t>> features;   // per token, feature ids
  std::vector<std::pair<std::uint32_t, std::uint32_t>> own;   // per token, where its own word's features are
  std::vector<int> gold;
};

class Trainer {
 public:
  // first: the model whose first pass gives the non-local features (none: no such features)
  void add(const LabelledSentence& s, const NameModel* first) {
    auto a = align(s);
    std::vector<int> tags = token_tags(s, *a);
    std::unique_ptr<DocumentNames> elsewhere;
    if (first) elsewhere = std::make_unique<DocumentNames>(a->doc, first_pass_tags(a->doc, *first));
    FeatureSink sink;
    sink.names = &names_;
    for (const text::TokenRange& r : a->doc.sentences) {
      if (r.end <= r.begin) continue;
      std::vector<int> classes;
      for (std::size_t i = r.begin; i < r.end; ++i) classes.push_back(context_class(a->doc, i));
      SentenceContext context(a->doc, r.begin, r.end, classes);
      Sequence seq;
      for (std::size_t i = r.begin; i < r.end; ++i) {
        sink.keys.clear();
        std::pair<std::uint32_t, std::uint32_t> own;
        for (int o = -kWindow; o <= kWindow; ++o) {
          std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + o;
          if (o == 0) own.first = static_cast<std::uint32_t>(sink.keys.size());
          if (j >= static_cast<std::ptrdiff_t>(r.begin) && j < static_cast<std::ptrdiff_t>(r.end)) word_features(a->doc, j, o, sink);
          else padding_features(o, sink);
          if (o == 0) own.second = static_cast<std::uint32_t>(sink.keys.size());
        }
        seq.own.push_back(own);
        context.features(i, sink);
        if (elsewhere) elsewhere->features(i, sink);
        std::vector<std::uint32_t> ids;
        for (std::uint64_t k : sink.keys) ids.push_back(id_of(k));
        seq.features.push_back(std::move(ids));
        seq.gold.push_back(tags[i]);
      }
      sequences_.push_back(std::move(seq));
    }
  }

  void train(const NameTrainingOptions& opt, std::string* report) {
    if (opt.min_count > 1) drop_rare(opt.min_count);
    w_.assign(keys_.size() * kNameTags, 0.f);
    u_.assign(w_.size(), 0.f);
    std::vector<std::size_t> order(sequences_.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::uint64_t rng = opt.seed;
    float c = 1;
    for (int epoch = 0; epoch < opt.epochs; ++epoch) {
      for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[next_random(rng) % k]);
      std::size_t wrong = 0, tokens = 0;
      for (std::size_t k : order) {
        const Sequence& s = sequences_[k];
        // word dropout: now and then a token's own word is hidden, so that its context learns to
        // carry the name (most names in new text were never seen in training)
        std::vector<bool> hidden(s.gold.size());
        for (std::size_t i = 0; i < hidden.size(); ++i) hidden[i] = (next_random(rng) % 1000) < opt.word_dropout * 1000;
        std::vector<int> got = best_tags(emission(s, hidden), tr_);
        for (std::size_t i = 0; i < got.size(); ++i) wrong += got[i] != s.gold[i];
        tokens += got.size();
        if (got != s.gold) { update(s, hidden, s.gold, +1, c); update(s, hidden, got, -1, c); }
        ++c;
      }
      if (report) *report += "epoch " + std::to_string(epoch + 1) + ": " + std::to_string(wrong) + " of " + std::to_string(tokens) + " tokens wrong\n";
    }
    // averaged weights: w - u / c
    for (std::size_t k = 0; k < w_.size(); ++k) w_[k] -= u_[k] / c;
    for (int p = 0; p <= kNameTags; ++p)
      for (int t = 0; t < kNameTags; ++t) tr_[p][t] -= tru_[p][t] / c;
  }

  std::string model_text(const NameTrainingOptions& opt, std::string* report) const {
    float largest = 0;
    for (float v : w_) largest = std::max(largest, std::fabs(v));
    for (int p = 0; p <= kNameTags; ++p) for (int t = 0; t < kNameTags; ++t) largest = std::max(largest, std::fabs(tr_[p][t]));
    const float scale = largest > 0 ? largest / opt.quant_levels : 1.f;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", scale);
    std::string out = std::string("scale ") + buf + "\n";
    for (int p = 0; p <= kNameTags; ++p) {
      out += "t " + std::to_string(p);
      for (int t = 0; t < kNameTags; ++t) out += " " + std::to_string(std::lround(tr_[p][t] / scale));
      out += "\n";
    }
    // features sorted by name and value, so that the same training writes the same file
    std::map<std::pair<std::string, std::string>, std::string> lines;
    for (std::size_t f = 0; f < keys_.size(); ++f) {
      float big = 0;
      for (int t = 0; t < kNameTags; ++t) big = std::max(big, std::fabs(w_[f * kNameTags + t]));
      if (big < opt.prune_below) continue;
      std::string scores;
      for (int t = 0; t < kNameTags; ++t) {
        long q = std::lround(w_[f * kNameTags + t] / scale);
        if (q) scores += (scores.empty() ? "" : " ") + std::to_string(t) + ":" + std::to_string(q);
      }
      if (scores.empty()) continue;
      const auto& nv = names_.at(keys_[f]);
      lines[{nv.first, text::to_utf8(nv.second)}] = scores;
    }
    for (const auto& [nv, scores] : lines) out += "f " + nv.first + "\t" + nv.second + "\t" + scores + "\n";
    if (report) *report += std::to_string(lines.size()) + " of " + std::to_string(keys_.size()) + " features kept\n";
    return out;
  }

 private:
  static std::uint64_t next_random(std::uint64_t& x) {   // splitmix64: the same sequence everywhere
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

  std::uint32_t id_of(std::uint64_t key) {
    auto [it, added] = ids_.emplace(key, static_cast<std::uint32_t>(keys_.size()));
    if (added) { keys_.push_back(key); counts_.push_back(0); }
    ++counts_[it->second];
    return it->second;
  }

  // Features seen fewer than `min_count` times are left out: they are memorised, not learned.
  void drop_rare(std::size_t min_count) {
    std::vector<std::uint32_t> kept_id(keys_.size(), UINT32_MAX);
    std::vector<std::uint64_t> kept;
    for (std::size_t f = 0; f < keys_.size(); ++f)
      if (counts_[f] >= min_count) { kept_id[f] = static_cast<std::uint32_t>(kept.size()); kept.push_back(keys_[f]); }
    for (Sequence& s : sequences_)
      for (std::size_t i = 0; i < s.features.size(); ++i) {
        std::vector<std::uint32_t> ids;
        std::uint32_t own_b = 0, own_e = 0;
        for (std::size_t k = 0; k < s.features[i].size(); ++k) {
          if (k == s.own[i].first) own_b = static_cast<std::uint32_t>(ids.size());
          if (kept_id[s.features[i][k]] != UINT32_MAX) ids.push_back(kept_id[s.features[i][k]]);
          if (k + 1 == s.own[i].second) own_e = static_cast<std::uint32_t>(ids.size());
        }
        s.features[i] = std::move(ids);
        s.own[i] = {own_b, own_e};
      }
    keys_ = std::move(kept);
    counts_.assign(keys_.size(), min_count);
  }

  static bool skipped(const Sequence& s, const std::vector<bool>& hidden, std::size_t i, std::size_t k) {
    return hidden[i] && k >= s.own[i].first && k < s.own[i].second;
  }

  std::vector<TagScores> emission(const Sequence& s, const std::vector<bool>& hidden) const {
    std::vector<TagScores> e(s.features.size());
    for (std::size_t i = 0; i < e.size(); ++i) {
      e[i].fill(0);
      for (std::size_t k = 0; k < s.features[i].size(); ++k) {
        if (skipped(s, hidden, i, k)) continue;
        const std::uint32_t f = s.features[i][k];
        for (int t = 0; t < kNameTags; ++t) e[i][t] += w_[f * kNameTags + t];
      }
    }
    return e;
  }

  void update(const Sequence& s, const std::vector<bool>& hidden, const std::vector<int>& tags, float delta, float c) {
    int prev = kStartTag;
    for (std::size_t i = 0; i < tags.size(); ++i) {
      for (std::size_t k = 0; k < s.features[i].size(); ++k) {
        if (skipped(s, hidden, i, k)) continue;
        const std::uint32_t f = s.features[i][k];
        w_[f * kNameTags + tags[i]] += delta;
        u_[f * kNameTags + tags[i]] += c * delta;
      }
      tr_[prev][tags[i]] += delta;
      tru_[prev][tags[i]] += c * delta;
      prev = tags[i];
    }
  }

  std::unordered_map<std::uint64_t, std::pair<std::string, std::u32string>> names_;
  std::unordered_map<std::uint64_t, std::uint32_t> ids_;
  std::vector<std::uint64_t> keys_;
  std::vector<std::size_t> counts_;
  std::vector<Sequence> sequences_;
  std::vector<float> w_, u_;
  float tr_[kNameTags + 1][kNameTags] = {}, tru_[kNameTags + 1][kNameTags] = {};
};

}  // namespace

std::string train_name_model(const std::vector<LabelledSentence>& sentences, const NameTrainingOptions& options,
                             std::string* report) {
  Trainer trainer;
  if (options.doc_block == 0) {
    for (const LabelledSentence& s : sentences) trainer.add(s, nullptr);
  } else {
    // jackknife: each part's first pass from a model trained on the other parts alone
    const std::vector<LabelledSentence> docs = join_sentences(sentences, options.doc_block);
    NameTrainingOptions local = options;
    local.doc_block = 0;
    const std::size_t parts = static_cast<std::size_t>(std::max(2, options.jackknife));
    for (std::size_t p = 0; p < parts; ++p) {
      const std::size_t b = p * docs.size() / parts, e = (p + 1) * docs.size() / parts;
      std::vector<LabelledSentence> rest(docs.begin(), docs.begin() + b);
      rest.insert(rest.end(), docs.begin() + e, docs.end());
      std::string error;
      auto first = load_name_model(train_name_model(rest, local, nullptr), &error);
      if (!first) { if (report) *report += "jackknife model: " + error + "\n"; return std::string(); }
      for (std::size_t k = b; k < e; ++k) trainer.add(docs[k], first.get());
    }
  }
  trainer.train(options, report);
  return trainer.model_text(options, report);
}

std::vector<LabelledSentence> join_sentences(const std::vector<LabelledSentence>& sentences, std::size_t block) {
  if (block <= 1) return sentences;
  std::vector<LabelledSentence> out;
  for (std::size_t i = 0; i < sentences.size(); i += block) {
    LabelledSentence joined;
    for (std::size_t k = i; k < sentences.size() && k < i + block; ++k) {
      joined.tokens.insert(joined.tokens.end(), sentences[k].tokens.begin(), sentences[k].tokens.end());
      joined.labels.insert(joined.labels.end(), sentences[k].labels.begin(), sentences[k].labels.end());
    }
    out.push_back(std::move(joined));
  }
  return out;
}

SentenceSpans tag_labelled(const LabelledSentence& sentence, const NameModel& model) {
  SentenceSpans out;
  std::vector<int> gold_tags(sentence.labels.size());
  for (std::size_t k = 0; k < sentence.labels.size(); ++k) gold_tags[k] = name_tag_of(sentence.labels[k]);
  // gold spans, read leniently: an I- without its B- begins a span
  for (std::size_t k = 0; k < gold_tags.size();) {
    if (gold_tags[k] == 0) { ++k; continue; }
    int type = (gold_tags[k] - 1) / 2;
    std::size_t e = k + 1;
    while (e < gold_tags.size() && gold_tags[e] == 2 + 2 * type) ++e;
    out.gold.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(e), static_cast<NameType>(type)});
    k = e;
  }
  auto a = align(sentence);
  for (const NameSpan& s : tag_names(a->doc, model)) {
    int b = a->gold_token[s.tb], e = a->gold_token[s.te - 1] + 1;
    if (b < 0) continue;
    out.predicted.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), s.type});
  }
  return out;
}

}  // namespace isnad::analysis
