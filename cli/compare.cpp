#include "compare.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/corpus/corpus.h"
#include "isnad/xref/compare.h"

namespace isnad::cli {
namespace {

nlohmann::json judgement_json(const xref::Judgement& j) {
  nlohmann::json out = {{"relation", xref::stance_name(j.stance)},
                        {"p", {{"agree", j.probability[0]}, {"disagree", j.probability[1]}, {"other", j.probability[2]}}}};
  if (!j.why.empty()) out["why"] = j.why;
  return out;
}

void print(const nlohmann::json& j) {
  const std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

// One CSV record (RFC 4180 quoting) from `in`, or false at the end.
bool csv_record(std::istream& in, std::vector<std::string>* fields) {
  fields->assign(1, {});
  std::string line;
  if (!std::getline(in, line)) return false;
  bool quoted = false;
  for (std::size_t i = 0;; ++i) {
    if (i == line.size()) {
      if (!quoted || !std::getline(in, line)) break;   // a quoted field runs over the line end
      fields->back() += '\n';
      i = static_cast<std::size_t>(-1);
      continue;
    }
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { fields->back() += '"'; ++i; }
      else if (c == '"') quoted = false;
      else fields->back() += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') fields->emplace_back();
    else if (c != '\r') fields->back() += c;
  }
  return true;
}

bool stance_of(const std::string& s, xref::Stance* out) {
  if (s == "agree") *out = xref::Stance::agree;
  else if (s == "disagree") *out = xref::Stance::disagree;
  else if (s == "other" || s == "unrelated" || s == "discuss") *out = xref::Stance::other;
  else return false;
  return true;
}

// The labelled pairs of an s1,s2,stance CSV file (false, with a message, when there are none).
bool read_pairs(const char* path, std::vector<xref::LabelledPair>* pairs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { std::fprintf(stderr, "isnad: cannot open %s\n", path); return false; }
  std::vector<std::string> f;
  std::size_t line = 0, skipped = 0;
  while (csv_record(in, &f)) {
    ++line;
    xref::Stance s;
    if (f.size() < 3 || !stance_of(f[2], &s)) { if (line > 1) ++skipped; continue; }   // the header, or a bad row
    pairs->push_back({f[0], f[1], s});
  }
  if (pairs->empty()) { std::fprintf(stderr, "isnad: %s: no labelled pairs (want s1,s2,stance rows)\n", path); return false; }
  std::fprintf(stderr, "isnad: %zu labelled pairs (%zu rows skipped)\n", pairs->size(), skipped);
  return true;
}

int train(const char* path) {
  std::vector<xref::LabelledPair> pairs;
  if (!read_pairs(path, &pairs)) return 1;
  std::string model = xref::train_compare_model(pairs);
  std::string name = path;
  name = name.substr(name.find_last_of('/') + 1);
  model.insert(model.find('\n') + 1,
               "# trained on " + name + ": " + std::to_string(pairs.size()) + " labelled pairs\n"
               "# Data: ANS, Arabic News Stance (latynt/ans, commit 9c5f313ab225880b9f60f4e795e6afb4da3352c8; Khouja,\n"
               "# FEVER 2020), its training split only, Apache-2.0; this file is derived from it under the same licence.\n"
               "# Command: isnad compare --train ../shared/data/ans/raw_stance_train.csv > core/data/compare_model.txt\n"
               "# Figures: isnad compare --jsonl ../shared/data/ans/stance_dev.jsonl (macro-F1 over agree / disagree /\n"
               "# other) and isnad compare --cv (cross-validated on the training split), in README and the notes.\n");
  std::fwrite(model.data(), 1, model.size(), stdout);
  return 0;
}

// `--cv PAIRS.csv [folds=5] [repeats=1] [name=v1,v2…]…`: cross-validates every combination of the listed
// training options (epochs, lr, decay, l2, cw, average, buckets, groups, seed), one JSON line each.
int cross_validate(const char* path, int argc, char** argv) {
  std::vector<xref::LabelledPair> pairs;
  if (!read_pairs(path, &pairs)) return 1;
  int folds = 5, repeats = 1;
  bool dump = false;
  std::vector<xref::TrainOptions> options = {{}};
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto eq = arg.find('=');
    if (eq == std::string::npos) { std::fprintf(stderr, "isnad: --cv: want name=value, not %s\n", argv[i]); return 2; }
    const std::string name = arg.substr(0, eq);
    std::vector<std::string> values;
    for (std::size_t p = eq + 1;;) {
      const auto comma = arg.find(',', p);
      values.push_back(arg.substr(p, comma == std::string::npos ? std::string::npos : comma - p));
      if (comma == std::string::npos) break;
      p = comma + 1;
    }
    if (name == "folds") { folds = std::stoi(values.front()); continue; }
    if (name == "repeats") { repeats = std::stoi(values.front()); continue; }
    if (name == "dump") { dump = values.front() != "0"; continue; }   // each pair's held-out judgement too
    std::vector<xref::TrainOptions> grown;
    for (const auto& o : options)
      for (const auto& v : values) {
        xref::TrainOptions n = o;
        if (name == "epochs") n.epochs = std::stoi(v);
        else if (name == "lr") n.learning_rate = std::stod(v);
        else if (name == "decay") n.decay = std::stod(v);
        else if (name == "l2") n.l2 = std::stod(v);
        else if (name == "cw") n.class_weight_power = std::stod(v);
        else if (name == "average") n.average = v != "0";
        else if (name == "buckets") n.buckets = std::stoul(v);
        else if (name == "groups") n.groups = static_cast<unsigned>(std::stoul(v));
        else if (name == "seed") n.seed = static_cast<unsigned>(std::stoul(v));
        else { std::fprintf(stderr, "isnad: --cv: unknown option %s\n", name.c_str()); return 2; }
        grown.push_back(n);
      }
    options = grown;
  }
  for (const auto& r : xref::cross_validate_compare_model(pairs, folds, repeats, options).results) {
    const auto& o = r.options;
    if (dump)
      for (std::size_t i = 0; i < pairs.size(); ++i)
        print({{"a", pairs[i].a}, {"b", pairs[i].b}, {"label", xref::stance_name(pairs[i].stance)},
               {"relation", xref::stance_name(r.held_out[i])}});
    print({{"macro_f1", r.macro_f1}, {"accuracy", r.accuracy},
           {"f1", {{"agree", r.f1[0]}, {"disagree", r.f1[1]}, {"other", r.f1[2]}}},
           {"options", {{"epochs", o.epochs}, {"lr", o.learning_rate}, {"decay", o.decay}, {"l2", o.l2},
                        {"cw", o.class_weight_power}, {"average", o.average}, {"buckets", o.buckets},
                        {"groups", o.groups}, {"seed", o.seed}}}});
  }
  return 0;
}

int jsonl(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { std::fprintf(stderr, "isnad: cannot open %s\n", path); return 1; }
  int rc = 0;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("a") || !j.contains("b") || !j["a"].is_string() || !j["b"].is_string()) {
      std::fprintf(stderr, "isnad: %s:%zu: want {\"a\": text, \"b\": text}\n", path, n);
      print({{"error", "line " + std::to_string(n) + " is not {\"a\": text, \"b\": text}"}});
      rc = 1;
      continue;
    }
    auto out = judgement_json(xref::compare(j["a"].get<std::string>(), j["b"].get<std::string>()));
    if (j.contains("id")) out["id"] = j["id"];
    print(out);
  }
  return rc;
}

}  // namespace

int compare(int argc, char** argv) {
  if (argc == 2 && std::string(argv[0]) == "--jsonl") return jsonl(argv[1]);
  if (argc == 2 && std::string(argv[0]) == "--train") return train(argv[1]);
  if (argc >= 2 && std::string(argv[0]) == "--cv") return cross_validate(argv[1], argc - 2, argv + 2);
  if (argc == 2 && argv[0][0] != '-') {
    print(judgement_json(xref::compare(argv[0], argv[1])));
    return 0;
  }
  std::fprintf(stderr, "usage: isnad compare A B | isnad compare --jsonl FILE | isnad compare --train PAIRS.csv | isnad compare --cv PAIRS.csv [name=v1,v2…]…\n");
  return 2;
}

}  // namespace isnad::cli
