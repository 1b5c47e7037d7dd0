// train.cpp — `isnad train …`, the commands behind scripts/train_ner (deterministic: the same inputs
// give the same files):
//   tokens                      stdin: articles, one {"text": …} a line → stdout: their folded words,
//                               one article a line (numbers as <num>), the input of fasttext skipgram
//   word-classes VECTORS.vec    fasttext's vectors → word classes (spherical k-means, --classes K over
//                               the --words N most frequent words) in word_classes.txt's format
//   ner [--epochs E] [--prune P] FILE.jsonl…     gold sentences ({"tokens", "tags"}) → the model's text
//   ner-cv --folds K FILE.jsonl [EXTRA.jsonl…]   K-fold cross-validation over FILE in contiguous blocks
//                               (EXTRA always trained on): exact-span P / R / F1 per type
//   ner-eval [--model FILE] FILE.jsonl           the compiled-in model (or FILE) on gold sentences
//   auto-names --model FILE     stdin: articles → the words the model tags as one kind of name again
//                               and again (--auto-min N times, in --auto-share S of their occurrences):
//                               name_auto.txt's lines
// ner and ner-cv: --doc-block N adds the non-local features (N consecutive sentences read as one
// document, their first pass from --jackknife J out-of-fold models; name_document.h); ner-cv and
// ner-eval: --block N tags N consecutive sentences together.
// ner and ner-cv train with no self-trained list unless given one (--auto FILE); ner-cv --auto-corpus
// ARTICLES.jsonl makes each fold's list as scripts/train_ner makes the shipped one, from a model
// trained on that fold's training part alone (a list made with the test fold's labels would leak them).
#include "train.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/document.h"
#include "isnad/analysis/name_tagger.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"

namespace isnad::cli {

namespace {

using analysis::LabelledSentence;

bool read_sentences(const std::string& path, std::vector<LabelledSentence>& out) {
  std::ifstream in(path);
  if (!in) { std::fprintf(stderr, "isnad: cannot open %s\n", path.c_str()); return false; }
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("tokens") || !j.contains("tags") || j["tokens"].size() != j["tags"].size()) {
      std::fprintf(stderr, "isnad: %s:%zu: expected {\"tokens\": […], \"tags\": […]} of one length; skipped\n", path.c_str(), line_no);
      continue;
    }
    LabelledSentence s;
    for (const auto& t : j["tokens"]) s.tokens.push_back(t.get<std::string>());
    for (const auto& t : j["tags"]) s.labels.push_back(t.get<std::string>());
    out.push_back(std::move(s));
  }
  return true;
}

// ---- tokens ----
int tokens() {
  std::string line;
  while (std::getline(std::cin, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    std::u32string text = text::decode_utf8(j["text"].get<std::string>()).text;
    analysis::Document d = analysis::make_document(text);
    std::string out;
    for (std::size_t i = 0; i < d.size(); ++i) {
      if (d.is_number(i)) out += "<num> ";
      else if (d.is_word(i)) { out += text::to_utf8(d.word(i)); out += ' '; }
    }
    if (!out.empty()) { out.back() = '\n'; std::fwrite(out.data(), 1, out.size(), stdout); }
  }
  return 0;
}

// ---- word-classes ----
int word_classes(int argc, char** argv) {
  std::size_t k = 512, max_words = 40000;
  std::string path;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--classes" && i + 1 < argc) k = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--words" && i + 1 < argc) max_words = std::strtoul(argv[++i], nullptr, 10);
    else path = a;
  }
  std::ifstream in(path);
  std::size_t n = 0, dim = 0;
  if (!in || !(in >> n >> dim) || dim == 0 || k == 0) { std::fprintf(stderr, "isnad: %s: not a fasttext .vec file\n", path.c_str()); return 1; }
  std::vector<std::string> words;
  std::vector<float> vec;
  std::string w;
  while (words.size() < max_words && in >> w) {
    std::vector<float> v(dim);
    for (auto& x : v) in >> x;
    if (!in) break;
    if (w == "</s>" || w == "<num>") continue;
    double norm = 0;
    for (float x : v) norm += double(x) * x;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (float x : v) vec.push_back(static_cast<float>(x / norm));
    words.push_back(w);
  }
  const std::size_t m = words.size();
  k = std::min(k, m);
  // spherical k-means; the centroids start at words spread evenly over the frequency ranks
  std::vector<float> centroid(k * dim);
  for (std::size_t c = 0; c < k; ++c) std::copy_n(&vec[(c * m / k) * dim], dim, &centroid[c * dim]);
  std::vector<std::uint32_t> cls(m, 0);
  for (int iter = 0; iter < 20; ++iter) {
    std::size_t moved = 0;
    for (std::size_t i = 0; i < m; ++i) {
      const float* x = &vec[i * dim];
      std::size_t best = 0;
      float best_dot = -2;
      for (std::size_t c = 0; c < k; ++c) {
        const float* y = &centroid[c * dim];
        float dot = 0;
        for (std::size_t t = 0; t < dim; ++t) dot += x[t] * y[t];
        if (dot > best_dot) { best_dot = dot; best = c; }
      }
      moved += cls[i] != best;
      cls[i] = static_cast<std::uint32_t>(best);
    }
    std::fill(centroid.begin(), centroid.end(), 0.f);
    for (std::size_t i = 0; i < m; ++i)
      for (std::size_t t = 0; t < dim; ++t) centroid[cls[i] * dim + t] += vec[i * dim + t];
    for (std::size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (std::size_t t = 0; t < dim; ++t) norm += double(centroid[c * dim + t]) * centroid[c * dim + t];
      norm = std::sqrt(norm);
      if (norm > 0) for (std::size_t t = 0; t < dim; ++t) centroid[c * dim + t] = static_cast<float>(centroid[c * dim + t] / norm);
    }
    std::fprintf(stderr, "k-means iteration %d: %zu words moved\n", iter + 1, moved);
    if (iter > 0 && moved == 0) break;
  }
  // words of a class together, in frequency order: the file compresses well
  std::vector<std::string> lines(k);
  for (std::size_t i = 0; i < m; ++i) lines[cls[i]] += " " + words[i];
  for (std::size_t c = 0; c < k; ++c)
    if (!lines[c].empty()) std::printf("%zu%s\n", c, lines[c].c_str());
  return 0;
}

// ---- ner, ner-cv, ner-eval ----
struct Counts { std::size_t tp = 0, predicted = 0, gold = 0; };

// Each sentence the model gets wrong, with its gold and predicted spans (ner-eval --errors).
void show_errors(const LabelledSentence& s, const analysis::SentenceSpans& spans) {
  auto span_text = [&](const analysis::NameSpan& n) {
    std::string t = std::string(analysis::name_tag_label(1 + 2 * static_cast<int>(n.type))).substr(2) + ":";
    for (auto k = n.tb; k < n.te; ++k) t += (k > n.tb ? " " : "") + s.tokens[k];
    return t;
  };
  std::string gold, got;
  for (const auto& g : spans.gold) gold += span_text(g) + " | ";
  for (const auto& p : spans.predicted) got += span_text(p) + " | ";
  if (gold == got) return;
  std::string text;
  for (const auto& t : s.tokens) text += t + " ";
  std::fprintf(stderr, "%s\n  gold: %s\n  got:  %s\n", text.c_str(), gold.c_str(), got.c_str());
}

bool g_show_errors = false;
// The self-trained name list: what `--auto FILE` reads, and how ner-cv makes one per fold.
std::string g_auto_path, g_auto_corpus;
std::size_t g_auto_articles = 10000, g_auto_min = 5;
double g_auto_share = 0.8;
std::size_t g_block = 1;   // sentences read together as one document (ANERcorp's follow each other)

void score(const std::vector<LabelledSentence>& sentences, const analysis::NameModel& model, Counts by_type[analysis::kNameTypes]) {
  for (const auto& s : analysis::join_sentences(sentences, g_block)) {
    auto spans = analysis::tag_labelled(s, model);
    if (g_show_errors) show_errors(s, spans);
    for (const auto& g : spans.gold) ++by_type[static_cast<int>(g.type)].gold;
    for (const auto& p : spans.predicted) {
      ++by_type[static_cast<int>(p.type)].predicted;
      for (const auto& g : spans.gold)
        if (g.tb == p.tb && g.te == p.te && g.type == p.type) { ++by_type[static_cast<int>(p.type)].tp; break; }
    }
  }
}

void print_scores(const Counts by_type[analysis::kNameTypes]) {
  const char* names[] = {"person", "place", "organization", "misc"};
  Counts micro;
  std::printf("%-14s %7s %7s %7s %7s %7s\n", "type", "P", "R", "F1", "system", "gold");
  auto row = [](const char* name, const Counts& c) {
    double p = c.predicted ? double(c.tp) / c.predicted : 0, r = c.gold ? double(c.tp) / c.gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-14s %7.3f %7.3f %7.3f %7zu %7zu\n", name, p, r, f, c.predicted, c.gold);
  };
  for (int t = 0; t < analysis::kNameTypes; ++t) {
    row(names[t], by_type[t]);
    if (t < 3) { micro.tp += by_type[t].tp; micro.predicted += by_type[t].predicted; micro.gold += by_type[t].gold; }
  }
  row("micro (P/L/O)", micro);
}

bool parse_training_options(int argc, char** argv, analysis::NameTrainingOptions& opt, std::vector<std::string>& files,
                            std::size_t* folds = nullptr, std::string* model_path = nullptr) {
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--epochs" && i + 1 < argc) opt.epochs = std::atoi(argv[++i]);
    else if (a == "--prune" && i + 1 < argc) opt.prune_below = std::atof(argv[++i]);
    else if (a == "--min-count" && i + 1 < argc) opt.min_count = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--dropout" && i + 1 < argc) opt.word_dropout = std::atof(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) opt.seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--folds" && folds && i + 1 < argc) *folds = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--model" && model_path && i + 1 < argc) *model_path = argv[++i];
    else if (a == "--errors") g_show_errors = true;
    else if (a == "--auto" && i + 1 < argc) g_auto_path = argv[++i];
    else if (a == "--auto-corpus" && i + 1 < argc) g_auto_corpus = argv[++i];
    else if (a == "--auto-articles" && i + 1 < argc) g_auto_articles = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--auto-min" && i + 1 < argc) g_auto_min = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--auto-share" && i + 1 < argc) g_auto_share = std::atof(argv[++i]);
    else if (a == "--block" && i + 1 < argc) g_block = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--doc-block" && i + 1 < argc) opt.doc_block = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--jackknife" && i + 1 < argc) opt.jackknife = std::atoi(argv[++i]);
    else if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "isnad: train: unknown option %s\n", a.c_str()); return false; }
    else files.push_back(a);
  }
  return !files.empty();
}

// The list --auto names, else none (training); the compiled-in list stays when keep_default.
bool set_auto_list(bool keep_default) {
  std::string error;
  if (g_auto_path.empty()) return keep_default || analysis::use_auto_names("", &error);
  auto bytes = corpus::read_file(g_auto_path, &error);
  if (bytes && analysis::use_auto_names(*bytes, &error)) return true;
  std::fprintf(stderr, "isnad: %s: %s\n", g_auto_path.c_str(), error.c_str());
  return false;
}

// Up to `limit` articles' texts ({"text": …} a line).
std::vector<std::u32string> read_articles(std::istream& in, std::size_t limit) {
  std::vector<std::u32string> texts;
  std::string line;
  while (texts.size() < limit && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    texts.push_back(text::decode_utf8(j["text"].get<std::string>()).text);
  }
  return texts;
}

std::string auto_list(const std::vector<std::u32string>& articles, const analysis::NameModel& model, std::size_t* kept) {
  analysis::AutoNameCounter counter;
  for (const auto& t : articles) counter.add(analysis::make_document(t), model);
  return counter.list_text(g_auto_min, g_auto_share, kept);
}

int ner(int argc, char** argv) {
  analysis::NameTrainingOptions opt;
  std::vector<std::string> files;
  if (!parse_training_options(argc, argv, opt, files)) return 2;
  if (!set_auto_list(false)) return 1;
  std::vector<LabelledSentence> sentences;
  for (const auto& f : files) if (!read_sentences(f, sentences)) return 1;
  std::string report;
  std::string model = analysis::train_name_model(sentences, opt, &report);
  std::fputs(report.c_str(), stderr);
  std::fwrite(model.data(), 1, model.size(), stdout);
  return 0;
}

int ner_cv(int argc, char** argv) {
  analysis::NameTrainingOptions opt;
  std::vector<std::string> files;
  std::size_t folds = 5;
  if (!parse_training_options(argc, argv, opt, files, &folds) || folds < 2) return 2;
  std::vector<LabelledSentence> main_set, extra;
  if (!read_sentences(files[0], main_set)) return 1;
  for (std::size_t f = 1; f < files.size(); ++f) if (!read_sentences(files[f], extra)) return 1;
  if (!set_auto_list(false)) return 1;
  std::vector<std::u32string> articles;
  if (!g_auto_corpus.empty()) {
    std::ifstream in(g_auto_corpus);
    if (!in) { std::fprintf(stderr, "isnad: cannot open %s\n", g_auto_corpus.c_str()); return 1; }
    articles = read_articles(in, g_auto_articles);
  }
  Counts total[analysis::kNameTypes];
  for (std::size_t fold = 0; fold < folds; ++fold) {
    std::size_t b = fold * main_set.size() / folds, e = (fold + 1) * main_set.size() / folds;
    std::vector<LabelledSentence> train(main_set.begin(), main_set.begin() + b), test(main_set.begin() + b, main_set.begin() + e);
    train.insert(train.end(), main_set.begin() + e, main_set.end());
    train.insert(train.end(), extra.begin(), extra.end());
    std::string error;
    if (!articles.empty()) {
      analysis::use_auto_names("", &error);
      auto base = analysis::load_name_model(analysis::train_name_model(train, opt, nullptr), &error);
      if (!base) { std::fprintf(stderr, "isnad: %s\n", error.c_str()); return 1; }
      std::size_t kept = 0;
      analysis::use_auto_names(auto_list(articles, *base, &kept), &error);
      std::fprintf(stderr, "fold %zu: %zu words in the self-trained list\n", fold + 1, kept);
    }
    auto model = analysis::load_name_model(analysis::train_name_model(train, opt, nullptr), &error);
    if (!model) { std::fprintf(stderr, "isnad: %s\n", error.c_str()); return 1; }
    Counts c[analysis::kNameTypes];
    score(test, *model, c);
    for (int t = 0; t < analysis::kNameTypes; ++t) { total[t].tp += c[t].tp; total[t].predicted += c[t].predicted; total[t].gold += c[t].gold; }
    std::fprintf(stderr, "fold %zu of %zu: sentences %zu-%zu\n", fold + 1, folds, b, e);
  }
  std::printf("%zu-fold cross-validation in contiguous blocks over %s (%zu sentences), exact spans:\n", folds, files[0].c_str(), main_set.size());
  print_scores(total);
  return 0;
}

int auto_names(int argc, char** argv) {
  analysis::NameTrainingOptions opt;
  std::vector<std::string> files;
  std::string model_path;
  parse_training_options(argc, argv, opt, files, nullptr, &model_path);
  if (model_path.empty()) { std::fputs("isnad: train auto-names: --model FILE is needed\n", stderr); return 2; }
  std::string error;
  if (!analysis::use_auto_names("", &error)) return 1;   // the model was trained without a list
  auto bytes = corpus::read_file(model_path, &error);
  std::shared_ptr<const analysis::NameModel> model = bytes ? analysis::load_name_model(*bytes, &error) : nullptr;
  if (!model) { std::fprintf(stderr, "isnad: %s: %s\n", model_path.c_str(), error.c_str()); return 1; }
  std::size_t kept = 0;
  std::string list = auto_list(read_articles(std::cin, g_auto_articles), *model, &kept);
  std::fprintf(stderr, "%zu words kept\n", kept);
  std::fwrite(list.data(), 1, list.size(), stdout);
  return 0;
}

int ner_eval(int argc, char** argv) {
  analysis::NameTrainingOptions opt;
  std::vector<std::string> files;
  std::string model_path;
  if (!parse_training_options(argc, argv, opt, files, nullptr, &model_path)) return 2;
  if (!set_auto_list(true)) return 1;
  std::shared_ptr<const analysis::NameModel> loaded;
  if (!model_path.empty()) {
    std::string error;
    auto bytes = corpus::read_file(model_path, &error);
    if (bytes) loaded = analysis::load_name_model(*bytes, &error);
    if (!loaded) { std::fprintf(stderr, "isnad: %s: %s\n", model_path.c_str(), error.c_str()); return 1; }
  }
  const analysis::NameModel& model = loaded ? *loaded : analysis::default_name_model();
  std::vector<LabelledSentence> sentences;
  for (const auto& f : files) if (!read_sentences(f, sentences)) return 1;
  Counts c[analysis::kNameTypes];
  auto t0 = std::chrono::steady_clock::now();
  score(sentences, model, c);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::size_t tokens = 0;
  for (const auto& x : sentences) tokens += x.tokens.size();
  std::printf("%zu sentences, %zu tokens, %.2f s (%.0f tokens/s, alignment included), exact spans:\n", sentences.size(), tokens, s, tokens / s);
  print_scores(c);
  return 0;
}

}  // namespace

int train(int argc, char** argv) {
  if (const int rc = train_similarity(argc, argv); rc >= 0) return rc;   // stems, similarity, formulaic
  if (argc >= 1 && !std::strcmp(argv[0], "tokens")) return tokens();
  if (argc >= 2 && !std::strcmp(argv[0], "word-classes")) return word_classes(argc - 1, argv + 1);
  if (argc >= 2 && !std::strcmp(argv[0], "ner")) return ner(argc - 1, argv + 1);
  if (argc >= 2 && !std::strcmp(argv[0], "ner-cv")) return ner_cv(argc - 1, argv + 1);
  if (argc >= 2 && !std::strcmp(argv[0], "ner-eval")) return ner_eval(argc - 1, argv + 1);
  if (argc >= 2 && !std::strcmp(argv[0], "auto-names")) return auto_names(argc - 1, argv + 1);
  std::fputs("usage: isnad train tokens < ARTICLES.jsonl\n"
             "       isnad train word-classes [--classes 512] [--words 40000] VECTORS.vec\n"
             "       isnad train ner [--epochs 12] [--prune 0] [--seed 1] GOLD.jsonl…\n"
             "       isnad train ner-cv [--folds 5] [--block N] [--doc-block N [--jackknife 2]] GOLD.jsonl [EXTRA.jsonl…]\n"
             "       isnad train ner-eval [--model FILE] [--auto LIST] GOLD.jsonl…\n"
             "       isnad train auto-names --model FILE [--auto-articles N] [--auto-min 5] [--auto-share 0.8] < ARTICLES.jsonl\n"
             "  (ner, ner-cv: --auto LIST, a self-trained list; ner-cv --auto-corpus ARTICLES.jsonl, one made per fold)\n", stderr);
  return 2;
}

}  // namespace isnad::cli
