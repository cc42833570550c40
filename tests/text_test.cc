// Tests of the text stage: normalisation, boilerplate, tokenisation, sentences.
#include <gtest/gtest.h>

#include "test_util.h"
#include "text/boilerplate.h"
#include "text/conventions.h"
#include "text/normalize.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace tocsin::text {
namespace {

std::string Norm(const std::string& in) {
  NormalizedText out;
  Status s = Normalize(in, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out.text;
}

std::vector<std::string> Tokens(const std::string& s) {
  std::vector<Token> tokens;
  Tokenize(s, {0, uint32_t(s.size())}, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(s.substr(t.bytes.begin, t.bytes.size()));
  return out;
}

std::vector<std::string> Sentences(const std::string& raw) {
  Document doc;
  NormalizedText n;
  EXPECT_TRUE(Normalize(raw, &n).ok());
  doc.text = n.text;
  doc.to_original = n.to_original;
  Segment(&doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.SentenceText(s));
  return out;
}

using V = std::vector<std::string>;

TEST(Normalize, MapsTypography) {
  EXPECT_EQ(Norm("\u201cWe have to face reality\u201d, he said"), "\"We have to face reality\", he said");
  EXPECT_EQ(Norm("Russia\u2019s army"), "Russia's army");
  EXPECT_EQ(Norm("war\u2014the first"), "war - the first");
  EXPECT_EQ(Norm("2022\u20132023"), "2022-2023");
  EXPECT_EQ(Norm("a\u00a0b\u200bc"), "a bc");
  EXPECT_EQ(Norm("wait\u2026"), "wait...");
}

TEST(Normalize, WhitespaceAndLines) {
  EXPECT_EQ(Norm("a  b\t c\r\nd \n\n e"), "a b c\nd\n\ne");
  EXPECT_EQ(Norm("  leading and trailing  \n"), "leading and trailing");
}

TEST(Normalize, ComposesToNfcAndKeepsOffsets) {
  std::string raw = "Erdog\u0306an met";  // g + combining breve
  NormalizedText out;
  ASSERT_TRUE(Normalize(raw, &out).ok());
  EXPECT_EQ(out.text, "Erdo\u011fan met");
  ASSERT_EQ(out.to_original.size(), out.text.size() + 1);
  size_t met = out.text.find("met");
  EXPECT_EQ(raw.substr(out.to_original[met], 3), "met");
  EXPECT_EQ(out.to_original.back(), raw.size());
  NormalizedText trailing;
  ASSERT_TRUE(Normalize("end.\n\n", &trailing).ok());
  EXPECT_EQ(trailing.to_original.back(), 4u);
}

TEST(Normalize, RejectsInvalidUtf8WithPlace) {
  NormalizedText out;
  Status s = Normalize("good line\nbad \xff byte", &out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("line 2"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("byte 14"), std::string::npos) << s.message();
}

TEST(Boilerplate, RecognisesScraperNoise) {
  EXPECT_NE(BoilerplateReason("photo_camera PHOTO/NIKOLAI PETROV - Belarusian President during a meeting."), nullptr);
  EXPECT_NE(BoilerplateReason("More in Politics"), nullptr);
  EXPECT_NE(BoilerplateReason("(Reporting by Jane Doe; Editing by John Roe)"), nullptr);
  EXPECT_NE(BoilerplateReason("By Jane Doe"), nullptr);
  EXPECT_NE(BoilerplateReason("Share this article"), nullptr);
  EXPECT_EQ(BoilerplateReason("More than 40 towns have been bombed."), nullptr);
  EXPECT_EQ(BoilerplateReason("By Tuesday, Russian forces had withdrawn from the north."), nullptr);
  EXPECT_EQ(BoilerplateReason("Belarus sends troops to Ukrainian border"), nullptr);
}

TEST(Tokenizer, SplitsPossessivesAndContractions) {
  EXPECT_EQ(Tokens("Russia's army didn't stop"), (V{"Russia", "'s", "army", "did", "n't", "stop"}));
  EXPECT_EQ(Tokens("We can't, they won't"), (V{"We", "ca", "n't", ",", "they", "wo", "n't"}));
  EXPECT_EQ(Tokens("the allies' plan"), (V{"the", "allies", "'", "plan"}));
  EXPECT_EQ(Tokens("O'Brien and Cote d'Ivoire"), (V{"O'Brien", "and", "Cote", "d'Ivoire"}));
  EXPECT_EQ(Tokens("they're here"), (V{"they", "'re", "here"}));
  EXPECT_EQ(Tokens("Russia cannot win"), (V{"Russia", "can", "not", "win"}));
}

TEST(Tokenizer, KeepsAbbreviationsNumbersAndCompounds) {
  EXPECT_EQ(Tokens("The U.S. and Gen. Smith"), (V{"The", "U.S.", "and", "Gen.", "Smith"}));
  EXPECT_EQ(Tokens("4,000 vehicles, 3.5% and 1990s"), (V{"4,000", "vehicles", ",", "3.5", "%", "and", "1990s"}));
  EXPECT_EQ(Tokens("North Korea test-fired a pro-Russian al-Shabaab"),
            (V{"North", "Korea", "test-fired", "a", "pro-Russian", "al-Shabaab"}));
  EXPECT_EQ(Tokens("see https://example.org/a?b=1."), (V{"see", "https://example.org/a?b=1", "."}));
  EXPECT_EQ(Tokens("No. 10 said no."), (V{"No.", "10", "said", "no", "."}));
  EXPECT_EQ(Tokens("rates of .5 percent"), (V{"rates", "of", ".5", "percent"}));  // regression: fuzzer hang
}

TEST(Tokenizer, QuotesAndPunctuation) {
  EXPECT_EQ(Tokens("\"We have to face reality\", he said."),
            (V{"\"", "We", "have", "to", "face", "reality", "\"", ",", "he", "said", "."}));
  EXPECT_EQ(Tokens("wait... (really)"), (V{"wait", "...", "(", "really", ")"}));
  EXPECT_EQ(Tokens("Kiev -- Moscow"), (V{"Kiev", "--", "Moscow"}));
}

TEST(Tokenizer, ShapesAndOffsets) {
  std::string s = "NATO Erdoğan 4,000";
  std::vector<Token> tokens;
  Tokenize(s, {0, uint32_t(s.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].Has(kAllCaps));
  EXPECT_TRUE(tokens[1].Has(kCapitalized));
  EXPECT_TRUE(tokens[1].Has(kNonAscii));
  EXPECT_TRUE(tokens[2].Has(kNumber));
  EXPECT_EQ(s.substr(tokens[1].bytes.begin, tokens[1].bytes.size()), "Erdoğan");
}

TEST(Sentences, SplitsOnFinalPunctuationNotAbbreviations) {
  EXPECT_EQ(Sentences("Gen. Smith met Lt. Col. Jones in the U.S. capital. They talked."),
            (V{"Gen. Smith met Lt. Col. Jones in the U.S. capital.", "They talked."}));
  EXPECT_EQ(Sentences("Sanctions hit the U.S. The market fell."),
            (V{"Sanctions hit the U.S.", "The market fell."}));
  EXPECT_EQ(Sentences("\"We will win.\" He left."), (V{"\"We will win.\"", "He left."}));
  // A title after an initialism goes on with the phrase; a determiner after a
  // title abbreviation starts a new sentence.
  EXPECT_EQ(Sentences("It was attended by U.S. President Donald Trump. U.N. officials came too."),
            (V{"It was attended by U.S. President Donald Trump.", "U.N. officials came too."}));
  EXPECT_EQ(Sentences("He met Hun Sen. The talks ended."), (V{"He met Hun Sen.", "The talks ended."}));
}

TEST(Sentences, HeadlinesAndHardWrappedLines) {
  EXPECT_EQ(Sentences("Belarus sends troops to Ukrainian border\n\nLukashenko said so."),
            (V{"Belarus sends troops to Ukrainian border", "Lukashenko said so."}));
  // The first line of a document is a headline even without a blank line after it.
  EXPECT_EQ(Sentences("Belarus sends troops to Ukrainian border\nLukashenko said so."),
            (V{"Belarus sends troops to Ukrainian border", "Lukashenko said so."}));
  // A hard-wrapped paragraph is one sentence.
  EXPECT_EQ(Sentences("The United Nations said on Tuesday that the aid convoy had reached the\ncity of Aleppo "
                      "after a week.\n"),
            (V{"The United Nations said on Tuesday that the aid convoy had reached the\ncity of Aleppo after a week."}));
}

TEST(Sentences, DatelinesAreSetAside) {
  Document doc;
  NormalizedText n;
  ASSERT_TRUE(Normalize("KYIV, May 24 (Reuters) - Russian forces shelled Kharkiv on Tuesday.", &n).ok());
  doc.text = n.text;
  Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.SentenceText(doc.sentences[0]), "Russian forces shelled Kharkiv on Tuesday.");
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(Sentences("LYON: Interpol has said it will send a team."), (V{"Interpol has said it will send a team."}));
}

TEST(Sentences, SeedArticleLosesCaptionAndFooter) {
  TOCSIN_REQUIRE_SHARED(path, "examples/seed-article.txt");
  Document doc;
  NormalizedText n;
  ASSERT_TRUE(Normalize(testing::ReadOrDie(path), &n).ok());
  doc.text = n.text;
  Segment(&doc);
  ASSERT_GE(doc.stripped.size(), 2u);
  for (const Sentence& s : doc.sentences) {
    std::string_view text = doc.SentenceText(s);
    EXPECT_EQ(text.find("photo_camera"), std::string_view::npos);
    EXPECT_NE(text, "More in Politics");
  }
  EXPECT_TRUE(doc.sentences[0].headline);
  EXPECT_EQ(doc.SentenceText(doc.sentences[1]), "Belarus sends troops to Ukrainian border");
  EXPECT_TRUE(doc.sentences[1].headline);
}

}  // namespace
}  // namespace tocsin::text

namespace tocsin::text {
namespace {

TEST(TextConventions, BuiltinFileParses) {
  const Conventions& c = BuiltinConventions();
  EXPECT_TRUE(Conventions::Contains(c.abbreviations, "gen"));
  EXPECT_TRUE(Conventions::Contains(c.titles, "gen."));
  EXPECT_TRUE(Conventions::Contains(c.sentence_starters, "the"));
  EXPECT_FALSE(c.caption_starts.empty());
  EXPECT_FALSE(c.navigation_starts.empty());
}

std::string AllSectionsBut(std::string_view skip) {
  std::string out;
  for (std::string_view name : {"abbreviations", "titles", "sentence-starters", "weak-starters",
                                "caption-starts", "credit-marks", "footer-starts", "credit-starts",
                                "navigation-starts"})
    if (name != skip) out += "[" + std::string(name) + "]\n";
  return out;
}

TEST(TextConventions, PhrasesKeepQuotedSpaces) {
  auto c = ParseConventions(AllSectionsBut("footer-starts") + "[footer-starts]\n\"more in \"\n\"[photo\"\n", "t.txt");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->footer_starts, (std::vector<std::string>{"more in ", "[photo"}));
}

TEST(TextConventions, ErrorsNameFileAndLine) {
  auto missing = ParseConventions(AllSectionsBut("titles"), "t.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("t.txt: section 'titles' is missing"), std::string::npos);

  auto bad = ParseConventions("stray\n" + AllSectionsBut("abbreviations") + "[titles]\n[nonsense]\n[abbreviations]\nGen gen gen\n",
                              "t.txt");
  ASSERT_FALSE(bad.ok());
  const std::string& m = bad.status().message();
  EXPECT_NE(m.find("t.txt:1: entries outside a section"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:10: section 'titles' is given twice"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:11: unknown section 'nonsense'"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:13: 'Gen' is not lower case"), std::string::npos) << m;
  EXPECT_NE(m.find("t.txt:13: 'gen' is listed twice in abbreviations"), std::string::npos) << m;
}

}  // namespace
}  // namespace tocsin::text
