#include "pipeline/analyzer.h"

#include "syntax/chunker.h"
#include "syntax/clauses.h"
#include "text/normalize.h"
#include "text/segmenter.h"

namespace tocsin {

Status Analyzer::Analyze(std::string_view id, std::string_view date, std::string_view raw_text,
                         AnalyzedDocument* out) const {
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
  lex::Annotate(tagger_, lexicon_, &doc, &out->scratch);
  out->sentences.resize(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    syntax::ChunkSentence(doc, doc.sentences[i], &out->sentences[i]);
    syntax::AnalyzeClauses(doc, &out->sentences[i]);
  }
  return Status();
}

}  // namespace tocsin
