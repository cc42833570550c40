// Tests of input reading: every format and every kind of bad input.
#include <gtest/gtest.h>

#include "io/input.h"
#include "io/json_writer.h"
#include "io/xml.h"
#include "test_util.h"

namespace tocsin::io {
namespace {

struct Collected {
  std::vector<InputRecord> records;
  std::vector<std::string> errors;
};

Collected Read(const std::string& data, const std::string& name, InputOptions options = {}) {
  Collected c;
  InputCallbacks cb;
  cb.record = [&](InputRecord&& r) { c.records.push_back(std::move(r)); };
  cb.error = [&](const InputError& e) { c.errors.push_back(e.Message()); };
  size_t n = ReadInputData(data, name, options, cb);
  EXPECT_EQ(n, c.errors.size());
  return c;
}

TEST(Input, PlainTextIsOneDocument) {
  InputOptions o;
  o.default_date = "2022-05-26";
  auto c = Read("Belarus sends troops to Ukrainian border\n\nText.", "news/seed.txt", o);
  ASSERT_EQ(c.records.size(), 1u);
  EXPECT_EQ(c.records[0].id, "seed");
  EXPECT_EQ(c.records[0].date, "2022-05-26");
  EXPECT_TRUE(Read("  \n\n", "empty.txt").records.empty());
  EXPECT_EQ(Read("  \n\n", "empty.txt").errors, (std::vector<std::string>{"empty.txt: empty document"}));
}

TEST(Input, JsonLinesRecordsAndErrors) {
  std::string data =
      "{\"id\":\"a\",\"date\":\"2022-05-26\",\"title\":\"Belarus sends troops\",\"text\":\"Body.\",\"url\":\"u\"}\n"
      "{\"id\":\"b\",\"date\":\"2022-05-26\",\"text\": \n"
      "{\"id\":\"c\",\"date\":\"2022-05-26\"}\n"
      "\n"
      "{\"id\":\"d\",\"date\":\"26/05/2022\",\"text\":\"x\"}\n"
      "{\"id\":7,\"text\":\"no date, number id\"}\n"
      "[1,2]\n";
  auto c = Read(data, "in.jsonl");
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].text, "Belarus sends troops\n\nBody.");
  EXPECT_EQ(c.records[0].url, "u");
  EXPECT_EQ(c.records[0].origin, "in.jsonl:1");
  EXPECT_EQ(c.records[1].id, "7");
  EXPECT_EQ(c.errors, (std::vector<std::string>{"in.jsonl:2: malformed JSON", "in.jsonl:3: record c: record has no text",
                                                "in.jsonl:5: record d: bad date \"26/05/2022\" (want YYYY-MM-DD)",
                                                "in.jsonl:7: malformed JSON: not an object"}));
}

TEST(Input, OverlongRecordsAreRejected) {
  InputOptions o;
  o.max_record_bytes = 40;
  auto c = Read("{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"" + std::string(100, 'x') + "\"}\n",
                "big.jsonl", o);
  EXPECT_EQ(c.records.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("big.jsonl:2: line of 120 bytes exceeds the limit of 40 bytes"), std::string::npos)
      << c.errors[0];
}

TEST(Input, PetrarchXml) {
  std::string data =
      "# a comment banner outside any element\n"
      "<Sentences>\n"
      "<Sentence date=\"20080804\" id=\"A_1\" source=\"AFP\" sentence=\"True\">\n"
      "<Text>\nThe US leader &amp; his aides\nprepared to attend.\n</Text>\n"
      "<Parse>(ROOT)</Parse>\n</Sentence>\n"
      "<Sentence date=\"20080805\" id=\"A_2\"/>\n"
      "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
      "<Text>Second one.</Text>\n</Sentence>\n"
      "<Sentence date=\"20080806\" id=\"A_3\"></Sentence>\n"
      "</Sentences>\n";
  auto c = Read(data, "s.xml");
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].id, "A_1");
  EXPECT_EQ(c.records[0].date, "2008-08-04");
  EXPECT_EQ(c.records[0].text, "The US leader & his aides prepared to attend.");
  EXPECT_EQ(c.records[1].text, "Second one.");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "s.xml:14: record A_3: record has no <Text>");
}

// Text in another format than the one forced yields no record: an error, not
// an empty success (plain text read as PETRARCH XML, or as JSON Lines with
// only blank lines).
TEST(Input, AForcedFormatThatFindsNoRecordIsAnError) {
  InputOptions o;
  o.format = InputFormat::kPetrarchXml;
  auto c = Read("Belarus sends troops to the border.\n", "plain.txt", o);
  EXPECT_TRUE(c.records.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0],
            "plain.txt: no PETRARCH XML <Sentence> records in a non-empty input (is --input-format right?)");
  auto sniffed = Read("<html><body>no sentences</body></html>", "page.xml");
  ASSERT_EQ(sniffed.errors.size(), 1u);
  EXPECT_EQ(sniffed.errors[0], "page.xml: no PETRARCH XML <Sentence> records in a non-empty input");
  o.format = InputFormat::kJsonl;
  EXPECT_EQ(Read("\n\n", "blank.jsonl", o).errors.size(), 0u);  // nothing there, nothing missed
}

// A JSON Lines file is read a line at a time: records across the reader's
// chunks arrive whole, and a line over the limit is skipped (not kept) and
// reported with its full length.
TEST(Input, JsonLinesFilesAreStreamed) {
  std::string path = ::testing::TempDir() + "/stream.jsonl";
  std::string big(200000, 'x');
  std::string padding(70000, 'y');
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_TRUE(f);
    std::string data = "{\"id\":\"a\",\"text\":\"" + padding + "\"}\n" +      // crosses the first chunk
                       "{\"id\":\"b\",\"text\":\"" + big + "\"}\n\n" +        // over the limit
                       "{\"id\":\"c\",\"text\":\"Russia attacked.\"}";      // no final newline
    std::fwrite(data.data(), 1, data.size(), f);
    std::fclose(f);
  }
  InputOptions o;
  o.max_record_bytes = 100000;
  Collected c;
  InputCallbacks cb;
  cb.record = [&](InputRecord&& r) { c.records.push_back(std::move(r)); };
  cb.error = [&](const InputError& e) { c.errors.push_back(e.Message()); };
  EXPECT_EQ(ReadInput(path, o, cb), 1u);
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].text, padding);
  EXPECT_EQ(c.records[1].id, "c");
  EXPECT_EQ(c.records[1].origin, path + ":4");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], path + ":2: line of " + std::to_string(big.size() + 20) +
                             " bytes exceeds the limit of 100000 bytes");
}

TEST(Input, UnreadableFileIsReported) {
  Collected c;
  InputCallbacks cb;
  cb.record = [&](InputRecord&& r) { c.records.push_back(std::move(r)); };
  cb.error = [&](const InputError& e) { c.errors.push_back(e.Message()); };
  EXPECT_EQ(ReadInput("/nonexistent/file.txt", {}, cb), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "/nonexistent/file.txt: cannot open: No such file or directory");
}

TEST(Input, DatesAreValidated) {
  std::string d;
  EXPECT_TRUE(NormalizeDate("20240229", &d));
  EXPECT_EQ(d, "2024-02-29");
  EXPECT_FALSE(NormalizeDate("2023-02-29", &d));
  EXPECT_FALSE(NormalizeDate("2023-13-01", &d));
  EXPECT_TRUE(NormalizeDate("121108", &d));
  EXPECT_EQ(d, "2012-11-08");
}

TEST(Xml, EntitiesAndNumericReferences) {
  EXPECT_EQ(DecodeXmlEntities("a &lt;b&gt; &#233; &#x4E2D; &bogus; &"), "a <b> \u00e9 \u4e2d &bogus; &");
}

TEST(JsonWriter, EscapesAndNests) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("a").String("x\"y\n\x01").Key("b").BeginArray().Int(1).Null().Bool(true).EndArray().EndObject();
  EXPECT_EQ(out, "{\"a\":\"x\\\"y\\n\\u0001\",\"b\":[1,null,true]}");
}

}  // namespace
}  // namespace tocsin::io
