// train_tagger: trains the perceptron tagger on the project's hand-tagged
// corpus (docs/tagged-corpus.md). Every tenth sentence is held out; the model
// written is trained on the rest, and the report gives its accuracy on the
// held-out part overall, on known and unknown words, and on noun/verb
// ambiguous words.
#include <cstdio>
#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/strings.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "text/tokenizer.h"

using namespace tocsin;

namespace {

struct Corpus {
  std::vector<lex::TaggerTrainer::Sentence> sentences;
  std::vector<std::vector<std::string>> words;  // original case, for the report
  size_t errors = 0;
};

void ReadCorpus(const std::string& path, Corpus* corpus) {
  auto data = ReadFile(path);
  if (!data.ok()) {
    std::fprintf(stderr, "train_tagger: %s\n", data.status().message().c_str());
    ++corpus->errors;
    return;
  }
  size_t line_no = 0;
  for (std::string_view line : Split(*data, '\n', false)) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    lex::TaggerTrainer::Sentence s;
    std::vector<std::string> words;
    bool ok = true;
    for (std::string_view item : SplitWhitespace(line)) {
      size_t slash = item.rfind('/');
      lex::Tag tag = slash == item.npos ? lex::kNoTag : lex::ParseTag(item.substr(slash + 1));
      if (slash == 0 || tag == lex::kNoTag) {
        std::fprintf(stderr, "%s:%zu: bad token '%.*s'\n", path.c_str(), line_no, int(item.size()),
                     item.data());
        ok = false;
        break;
      }
      std::string word(item.substr(0, slash));
      uint16_t shape = text::ShapeOf(word);
      if (word == "\"" || word == "``" || word == "''") shape |= text::kQuote;
      if (s.lower.empty()) shape |= text::kSentenceStart;
      s.lower.push_back(AsciiLowered(word));
      s.shape.push_back(shape);
      s.gold.push_back(tag);
      words.push_back(word);
    }
    if (!ok) {
      ++corpus->errors;
      continue;
    }
    // A headline has no final stop (docs/tagged-corpus.md), as the segmenter sees it.
    size_t n = s.gold.size();
    bool final_stop = n > 0 && (s.gold[n - 1] == lex::kPeriod ||
                                (n > 1 && s.gold[n - 1] == lex::kQuoteTag && s.gold[n - 2] == lex::kPeriod));
    if (!final_stop)
      for (uint16_t& shape : s.shape) shape |= text::kHeadline;
    corpus->sentences.push_back(std::move(s));
    corpus->words.push_back(std::move(words));
  }
}

bool NounVerbAmbiguous(const lex::Lexicon& lexicon, const std::string& lower) {
  auto e = lexicon.Find(lower);
  return e && (e->tags & lex::kNounTags) && (e->tags & lex::kVerbTags);
}

}  // namespace

int main(int argc, char** argv) {
  std::string lexicon_path, output, report_path;
  std::vector<std::string> inputs;
  int iterations = 10;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lexicon" && i + 1 < argc) lexicon_path = argv[++i];
    else if (a == "--output" && i + 1 < argc) output = argv[++i];
    else if (a == "--report" && i + 1 < argc) report_path = argv[++i];
    else if (a == "--iterations" && i + 1 < argc) iterations = std::atoi(argv[++i]);
    else inputs.push_back(a);
  }
  if (lexicon_path.empty() || output.empty()) {
    std::fprintf(stderr, "usage: train_tagger --lexicon FILE --output FILE [--report FILE] CORPUS...\n");
    return 2;
  }
  auto blob = ReadFile(lexicon_path);
  if (!blob.ok()) {
    std::fprintf(stderr, "train_tagger: %s\n", blob.status().message().c_str());
    return 1;
  }
  auto lexicon = lex::Lexicon::FromBlob(*blob);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "train_tagger: %s\n", lexicon.status().message().c_str());
    return 1;
  }
  Corpus corpus;
  for (const auto& path : inputs) ReadCorpus(path, &corpus);
  if (corpus.errors) return 1;

  std::vector<lex::TaggerTrainer::Sentence> train, held;
  std::vector<size_t> held_index;
  for (size_t i = 0; i < corpus.sentences.size(); ++i) {
    if (i % 10 == 9) {
      held.push_back(corpus.sentences[i]);
      held_index.push_back(i);
    } else {
      train.push_back(corpus.sentences[i]);
    }
  }
  lex::TaggerTrainer trainer(*lexicon);
  trainer.Train(train, iterations, 20261125);
  std::string model = trainer.Serialize();
  std::ofstream out(output, std::ios::binary);
  out.write(model.data(), std::streamsize(model.size()));
  if (!out) {
    std::fprintf(stderr, "train_tagger: cannot write %s\n", output.c_str());
    return 1;
  }

  // Held-out evaluation with the serialised model, exactly as it will run.
  auto tagger = lex::Tagger::FromBlob(model, *lexicon);
  if (!tagger.ok()) {
    std::fprintf(stderr, "train_tagger: %s\n", tagger.status().message().c_str());
    return 1;
  }
  std::map<std::string, size_t> train_vocab;
  for (const auto& s : train)
    for (const auto& w : s.lower) ++train_vocab[w];
  size_t total = 0, correct = 0, unknown = 0, unknown_correct = 0, ambiguous = 0, ambiguous_correct = 0;
  std::map<std::string, size_t> confusions;
  lex::TaggerScratch scratch;
  for (const auto& s : held) {
    std::vector<lex::TaggerToken> tokens;
    for (size_t i = 0; i < s.lower.size(); ++i) tokens.push_back({s.lower[i], s.shape[i]});
    std::vector<lex::Tag> tags(tokens.size());
    tagger->Tag(tokens.data(), tokens.size(), tags.data(), &scratch);
    for (size_t i = 0; i < tokens.size(); ++i) {
      bool ok = tags[i] == s.gold[i];
      ++total;
      correct += ok;
      if (!train_vocab.count(s.lower[i])) {
        ++unknown;
        unknown_correct += ok;
      }
      bool gold_nv = lex::IsNoun(s.gold[i]) || lex::IsVerb(s.gold[i]);
      if (gold_nv && NounVerbAmbiguous(*lexicon, s.lower[i])) {
        ++ambiguous;
        // Right if noun stayed noun and verb stayed verb.
        ambiguous_correct += (lex::IsNoun(tags[i]) == lex::IsNoun(s.gold[i])) &&
                             (lex::IsVerb(tags[i]) == lex::IsVerb(s.gold[i]));
      }
      if (!ok)
        ++confusions[std::string(lex::TagName(s.gold[i])) + " -> " + std::string(lex::TagName(tags[i]))];
    }
  }
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
  std::string report;
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "tagger: trained on %zu sentences, %d iterations, %zu words in the tag dictionary; held out %zu sentences (%zu tokens)\n"
                "accuracy: %.2f%% all tokens, %.2f%% unknown words (%zu), %.2f%% noun/verb-ambiguous words (%zu)\n",
                train.size(), iterations, trainer.dictionary_size(), held.size(), total, pct(correct, total),
                pct(unknown_correct, unknown), unknown, pct(ambiguous_correct, ambiguous), ambiguous);
  report += buf;
  std::vector<std::pair<size_t, std::string>> top;
  for (auto& [k, v] : confusions) top.push_back({v, k});
  std::sort(top.rbegin(), top.rend());
  report += "most frequent confusions (gold -> predicted):\n";
  for (size_t i = 0; i < top.size() && i < 15; ++i) {
    std::snprintf(buf, sizeof buf, "  %5zu  %s\n", top[i].first, top[i].second.c_str());
    report += buf;
  }
  std::fputs(report.c_str(), stdout);
  if (!report_path.empty()) {
    std::ofstream r(report_path);
    r << report;
  }
  return 0;
}
