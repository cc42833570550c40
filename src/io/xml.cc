#include "io/xml.h"

#include <cstdlib>

#include "base/strings.h"

namespace tocsin::io {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}

class Scanner {
 public:
  explicit Scanner(std::string_view data) : data_(data) {}

  XmlDocument Run() {
    XmlDocument doc;
    XmlSentence* open = nullptr;  // the sentence whose children we are reading
    while (pos_ < data_.size()) {
      size_t lt = data_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      CountLines(lt);
      if (data_.substr(lt, 4) == "<!--") {
        size_t end = data_.find("-->", lt + 4);
        pos_ = end == std::string_view::npos ? data_.size() : end + 3;
        continue;
      }
      size_t gt = FindTagEnd(lt);
      if (gt == std::string_view::npos) {
        doc.problems.push_back({line_, open ? std::string(open->attributes.Get("id")) : "", "unterminated tag"});
        break;
      }
      std::string_view tag = data_.substr(lt + 1, gt - lt - 1);
      bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      bool self_closing = !tag.empty() && tag.back() == '/';
      if (self_closing) tag.remove_suffix(1);
      size_t name_end = 0;
      while (name_end < tag.size() && !IsAsciiSpace(tag[name_end])) ++name_end;
      std::string_view name = tag.substr(0, name_end);
      size_t tag_line = line_;
      pos_ = gt + 1;
      if (name == "Sentence") {
        if (closing) {
          open = nullptr;
        } else {
          doc.sentences.emplace_back();
          open = &doc.sentences.back();
          open->line = tag_line;
          open->attributes = ParseAttributes(tag.substr(name_end));
        }
        continue;
      }
      if (!open || closing) continue;
      if (name == "Text" || name == "Parse") {
        if (self_closing) continue;
        std::string close = "</" + std::string(name) + ">";
        size_t end = data_.find(close, pos_);
        if (end == std::string_view::npos) {
          doc.problems.push_back({tag_line, std::string(open->attributes.Get("id")),
                                  "<" + std::string(name) + "> is never closed"});
          pos_ = data_.size();
          break;
        }
        std::string content = DecodeXmlEntities(data_.substr(pos_, end - pos_));
        if (name == "Text") {
          open->text = std::move(content);
          open->has_text = true;
        } else {
          open->parse = std::move(content);
        }
        CountLines(end);
        pos_ = end + close.size();
        continue;
      }
      if (name == "EventCoding") open->codings.push_back(ParseAttributes(tag.substr(name_end)));
    }
    for (const XmlSentence& s : doc.sentences)
      if (!s.has_text)
        doc.problems.push_back({s.line, std::string(s.attributes.Get("id")), "record has no <Text>"});
    return doc;
  }

 private:
  void CountLines(size_t up_to) {
    for (size_t i = counted_; i < up_to && i < data_.size(); ++i)
      if (data_[i] == '\n') ++line_;
    if (up_to > counted_) counted_ = up_to;
  }

  // The '>' that ends the tag at lt, skipping quoted attribute values.
  size_t FindTagEnd(size_t lt) const {
    char quote = 0;
    for (size_t i = lt + 1; i < data_.size(); ++i) {
      char c = data_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return std::string_view::npos;
      }
    }
    return std::string_view::npos;
  }

  static XmlAttributes ParseAttributes(std::string_view s) {
    XmlAttributes attrs;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && IsAsciiSpace(s[i])) ++i;
      size_t name_start = i;
      while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '=') ++i;
      std::string_view name = s.substr(name_start, i - name_start);
      while (i < s.size() && IsAsciiSpace(s[i])) ++i;
      if (name.empty()) {
        ++i;
        continue;
      }
      if (i >= s.size() || s[i] != '=') {
        attrs.items.emplace_back(std::string(name), "");
        continue;
      }
      ++i;
      while (i < s.size() && IsAsciiSpace(s[i])) ++i;
      std::string value;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        char q = s[i++];
        size_t end = s.find(q, i);
        if (end == std::string_view::npos) end = s.size();
        value = DecodeXmlEntities(s.substr(i, end - i));
        i = end + 1;
      } else {
        size_t start = i;
        while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
        value = DecodeXmlEntities(s.substr(start, i - start));
      }
      attrs.items.emplace_back(std::string(name), std::move(value));
    }
    return attrs;
  }

  std::string_view data_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t counted_ = 0;
};

}  // namespace

std::string_view XmlAttributes::Get(std::string_view name) const {
  for (const auto& [k, v] : items)
    if (k == name) return v;
  return {};
}

bool XmlAttributes::Has(std::string_view name) const {
  for (const auto& [k, v] : items)
    if (k == name) return true;
  return false;
}

std::string DecodeXmlEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out.push_back('&');
    else if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "quot") out.push_back('"');
    else if (ent == "apos") out.push_back('\'');
    else if (ent.size() > 1 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      std::string digits(ent.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0') {
        out.append(s.substr(i, semi - i + 1));
      } else {
        AppendUtf8(uint32_t(std::min<unsigned long>(cp, 0x110000)), &out);
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
      i = semi;
      continue;
    }
    i = semi;
  }
  return out;
}

XmlDocument ReadPetrarchXml(std::string_view data) { return Scanner(data).Run(); }

}  // namespace tocsin::io
