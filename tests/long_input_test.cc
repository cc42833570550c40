// Over-long input: a 4 MB record that is one sentence (the default record
// limit) goes through the whole pipeline, cut into pieces no longer than
// text::kMaxSentenceTokens, so that its cost grows with its length. The ctest
// timeout of this executable (tests/CMakeLists.txt) is generous for linear
// work and far too short for the quadratic cost such input used to have.
#include <gtest/gtest.h>

#include <string>

#include "io/event_writer.h"
#include "pipeline/pipeline.h"
#include "text/segmenter.h"

namespace tocsin {
namespace {

// About `bytes` of news words with no sentence punctuation at all, and
// optionally a comma now and then.
std::string OneSentence(size_t bytes, bool commas) {
  static const char* kWords[] = {"Russian", "forces", "shelled", "the",  "town",    "of",     "Kharkiv",
                                 "while",   "Ukrainian", "troops", "attacked", "positions", "near", "border",
                                 "and",     "officials", "said",   "army", "would",   "send",   "weapons"};
  std::string text;
  uint32_t state = 12345;
  while (text.size() < bytes) {
    state = state * 1103515245u + 12345u;
    text += kWords[(state >> 16) % std::size(kWords)];
    text += commas && (state >> 8) % 13 == 0 ? ", " : " ";
  }
  return text;
}

void CodeAndCheck(const std::string& text) {
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::Workspace ws;
  ASSERT_TRUE(pipe.Run({"long", "2024-01-01", text}, &ws).ok());
  const text::Document& doc = ws.analyzed.doc;
  ASSERT_GT(doc.sentences.size(), text.size() / 2000);
  for (const text::Sentence& s : doc.sentences) {
    ASSERT_LE(s.token_end - s.token_begin, text::kMaxSentenceTokens);
    ASSERT_GT(s.token_end, s.token_begin);
  }
  // Pieces follow each other without a gap: every token is in one sentence.
  for (size_t i = 1; i < doc.sentences.size(); ++i)
    ASSERT_EQ(doc.sentences[i].token_begin, doc.sentences[i - 1].token_end);
  EXPECT_FALSE(ws.events.empty());
  std::string out;
  io::EventRecord record;
  for (uint32_t i = 0; i < ws.events.size(); ++i) {
    io::FillEventRecord(ws.analyzed, ws.events[i], i, pipe.knowledge().ontology, {}, &record);
    io::AppendEventJson(record, &out);
  }
  EXPECT_FALSE(out.empty());
}

TEST(LongInput, FourMegabytesWithoutPunctuation) { CodeAndCheck(OneSentence(4u << 20, /*commas=*/false)); }

TEST(LongInput, FourMegabytesOfCommaClauses) { CodeAndCheck(OneSentence(4u << 20, /*commas=*/true)); }

// A piece ends at clause punctuation when there is some in reach.
TEST(LongInput, CutsAtClausePunctuation) {
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::Workspace ws;
  std::string text = OneSentence(20000, /*commas=*/true);
  ASSERT_TRUE(pipe.Analyze({"long", "", text}, &ws).ok());
  const text::Document& doc = ws.analyzed.doc;
  size_t cut = 0, at_comma = 0;
  for (const text::Sentence& s : doc.sentences) {
    if (!s.cut) continue;
    ++cut;
    at_comma += doc.TokenText(doc.tokens[s.token_end - 1]) == ",";
  }
  EXPECT_GT(cut, 10u);
  EXPECT_EQ(at_comma, cut);
}

}  // namespace
}  // namespace tocsin
