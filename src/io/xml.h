// A tolerant reader for PETRARCH-style XML (input files and validation gold):
// finds each <Sentence ...> record with its attributes, <Text>, <Parse> and
// <EventCoding .../> children. Real files are not well-formed: a <Sentence .../>
// may be self-closing and still be closed later by </Sentence>, and `#` comment
// banners sit outside any element. The reader accepts both, as PETRARCH's own
// validator does, and reports each record it cannot use with its line.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tocsin::io {

struct XmlAttributes {
  std::vector<std::pair<std::string, std::string>> items;
  // The value of `name`, or empty.
  std::string_view Get(std::string_view name) const;
  bool Has(std::string_view name) const;
};

struct XmlSentence {
  size_t line = 0;           // line of the <Sentence tag
  XmlAttributes attributes;  // id, date, category, ...
  bool has_text = false;
  std::string text;          // entities decoded, whitespace as in the file
  std::string parse;
  std::vector<XmlAttributes> codings;  // <EventCoding .../> elements
};

struct XmlProblem {
  size_t line = 0;
  std::string id;      // record id when known
  std::string reason;
};

struct XmlDocument {
  std::vector<XmlSentence> sentences;
  std::vector<XmlProblem> problems;
};

XmlDocument ReadPetrarchXml(std::string_view data);

// Decodes &amp; &lt; &gt; &quot; &apos; and numeric character references.
std::string DecodeXmlEntities(std::string_view s);

}  // namespace tocsin::io
