#include "text/boilerplate.h"

#include <string>

#include "base/strings.h"
#include "text/conventions.h"

namespace tocsin::text {
namespace {

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreAsciiCase(s.substr(0, prefix.size()), prefix);
}

bool EndsSentence(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')';
}

size_t WordCount(std::string_view line) {
  size_t words = 0;
  for (size_t i = 0; i < line.size(); ++i)
    words += !IsAsciiSpace(line[i]) && (i == 0 || IsAsciiSpace(line[i - 1]));
  return words;
}

// "By Jane Doe" / "By Jane Doe and John Roe, Reuters": short, capitalised, no final stop.
bool IsByline(std::string_view line) {
  if (!StartsWithIgnoreCase(line, "by ")) return false;
  auto words = SplitWhitespace(line.substr(3));
  if (words.empty() || words.size() > 8 || EndsSentence(line)) return false;
  for (std::string_view w : words) {
    if (w == "and" || w == "in" || w == "for" || w == "|") continue;
    if (!IsAsciiUpper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return false;
  }
  return true;
}

}  // namespace

const char* BoilerplateReason(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return nullptr;
  // The patterns are lower case and look at most 80 bytes in.
  char buffer[80];
  size_t n = std::min(line.size(), sizeof buffer);
  for (size_t i = 0; i < n; ++i) buffer[i] = AsciiLower(line[i]);
  std::string_view head(buffer, n);
  const Conventions& c = BuiltinConventions();
  for (std::string_view start : c.caption_starts)
    if (head.starts_with(start)) return "photo caption or credit";
  if (line.size() < 240) {
    for (std::string_view mark : c.credit_marks)
      if (head.find(mark) != std::string_view::npos) return "photo caption or credit";
  }
  if (line.size() < 120) {
    for (std::string_view start : c.credit_starts)
      if (StartsWithIgnoreCase(line, start)) return "credit or rights notice";
    if (!EndsSentence(line))
      for (std::string_view start : c.footer_starts)
        if (StartsWithIgnoreCase(line, start)) return "footer or share prompt";
    if (IsByline(line)) return "byline";
  }
  // A short line of only a few words ending the way scraped link lists do
  // ("More in Politics") is caught above; bare section labels are not content either.
  if (WordCount(line) <= 2 && !EndsSentence(line) && line.size() < 25)
    for (std::string_view start : c.navigation_starts)
      if (StartsWithIgnoreCase(line, start)) return "navigation";
  return nullptr;
}

}  // namespace tocsin::text
