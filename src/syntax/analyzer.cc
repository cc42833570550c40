#include "syntax/analyzer.h"

#include <chrono>

#include "syntax/chunker.h"
#include "syntax/clauses.h"
#include "text/normalize.h"
#include "text/segmenter.h"

namespace tocsin::syntax {

namespace {

// Adds the seconds since the last lap to a field of AnalysisTimes, when timing.
class Laps {
 public:
  explicit Laps(AnalysisTimes* times) : times_(times) {
    if (times_) last_ = std::chrono::steady_clock::now();
  }
  void Add(double AnalysisTimes::*field) {
    if (!times_) return;
    auto now = std::chrono::steady_clock::now();
    times_->*field += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  AnalysisTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

Status Analyzer::Analyze(std::string_view id, std::string_view date, std::string_view raw_text,
                         AnalyzedDocument* out, AnalysisTimes* times) const {
  Laps laps(times);
  text::Document& doc = out->doc;
  doc.Clear();
  doc.id = id;
  doc.date = date;
  text::NormalizedText normalized;
  normalized.text.swap(doc.text);
  normalized.to_original.swap(doc.to_original);
  Status status = text::Normalize(raw_text, &normalized);
  doc.text.swap(normalized.text);
  doc.to_original.swap(normalized.to_original);
  if (!status.ok()) return status;
  text::Segment(&doc);
  laps.Add(&AnalysisTimes::segment);
  lex::Annotate(tagger_, lexicon_, words_, &doc, &out->scratch);
  laps.Add(&AnalysisTimes::tag);
  // Sentences' analyses keep their buffers: surplus ones wait in `spare`.
  std::vector<Analysis>& sentences = out->sentences;
  while (sentences.size() > doc.sentences.size()) {
    out->spare.push_back(std::move(sentences.back()));
    sentences.pop_back();
  }
  while (sentences.size() < doc.sentences.size()) {
    if (out->spare.empty()) {
      sentences.emplace_back();
    } else {
      sentences.push_back(std::move(out->spare.back()));
      out->spare.pop_back();
    }
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    ChunkSentence(doc, doc.sentences[i], words_, &sentences[i]);
    laps.Add(&AnalysisTimes::chunk);
    AnalyzeClauses(doc, words_, &sentences[i], &out->clause_state);
    laps.Add(&AnalysisTimes::clauses);
  }
  return Status();
}

std::string_view NounPhraseText(const text::Document& doc, const Analysis& a, int32_t np) {
  if (np < 0) return {};
  const NounPhrase& p = a.nps[np];
  uint32_t b = doc.tokens[p.begin].bytes.begin, e = doc.tokens[p.end - 1].bytes.end;
  return std::string_view(doc.text).substr(b, e - b);
}

}  // namespace tocsin::syntax
