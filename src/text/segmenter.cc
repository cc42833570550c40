#include "text/segmenter.h"

#include <string_view>

#include "base/strings.h"
#include "text/boilerplate.h"
#include "text/conventions.h"
#include "text/tokenizer.h"

namespace tocsin::text {
namespace {

struct Line {
  ByteRange bytes;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
};

bool IsSentenceStarter(std::string_view lower) {
  return Conventions::Contains(BuiltinConventions().sentence_starters, lower);
}

// After "U.S." or "U.N." a title or a noun usually goes on with the phrase
// ("U.S. President Donald Trump", "U.N. officials"); a determiner or a
// pronoun still starts a new sentence.
bool IsWeakStarter(std::string_view lower) { return Conventions::Contains(BuiltinConventions().weak_starters, lower); }

// "met Hun Sen. The talks": after a title abbreviation, a determiner or a
// pronoun cannot be the start of a name.
bool IsClosedStarter(std::string_view lower) {
  return lower == "the" || lower == "a" || lower == "an" || lower == "he" || lower == "she" || lower == "it" ||
         lower == "they" || lower == "we" || lower == "his" || lower == "her" || lower == "its" ||
         lower == "their" || lower == "this" || lower == "these" || lower == "those";
}

bool IsFinalPunct(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "..."; }
bool IsCloser(std::string_view t, const Token& tok) {
  return tok.Has(kQuote) || t == ")" || t == "]";
}

bool LooksLikeSentenceStart(const Document& doc, const Token& t) {
  std::string_view s = doc.TokenText(t);
  if (s.empty()) return false;
  if (t.Has(kCapitalized) || t.Has(kHasDigit) || t.Has(kQuote) || s == "(" || s == "[") return true;
  unsigned char c = s[0];
  return c >= 0x80;  // a non-ASCII initial: accept, case is rarely known here
}

// Recognises "KYIV, May 24 (Reuters) -", "GAZA CITY, Palestinian Territories:" and
// "LYON:" at the start of [begin, end). Returns the index of the first token
// after the dateline, or `begin` when there is none.
uint32_t DatelineEnd(const Document& doc, uint32_t begin, uint32_t end) {
  const auto& toks = doc.tokens;
  if (begin >= end) return begin;
  const Token& first = toks[begin];
  bool caps_start = first.Has(kAllCaps) && doc.TokenText(first).size() >= 3;
  bool saw_agency = false;
  uint32_t limit = std::min(end, begin + 14);
  for (uint32_t i = begin; i < limit; ++i) {
    std::string_view s = doc.TokenText(toks[i]);
    if (s == "(") {
      // "(Reuters)", "(AP)", "(AFP)": a capitalised word in parentheses.
      if (i + 2 < end && doc.TokenText(toks[i + 2]) == ")" && toks[i + 1].Has(kCapitalized)) {
        saw_agency = true;
        i += 2;
        continue;
      }
      return begin;
    }
    if (s == "-" || s == "--" || s == ":") {
      if (i == begin || i + 1 >= end) return begin;
      if (!(caps_start || saw_agency)) return begin;
      // A colon after a lone capitalised word is a label only when all caps.
      if (s == ":" && !caps_start) return begin;
      return i + 1;
    }
    if (s == ",") continue;
    const Token& t = toks[i];
    if (t.Has(kCapitalized) || t.Has(kNumber) || t.Has(kAbbreviation)) continue;
    return begin;
  }
  return begin;
}

// Where to end the piece of an over-long sentence that starts at `begin`
// (exclusive end): see kMaxSentenceTokens.
uint32_t CutPoint(const Document& doc, uint32_t begin) {
  uint32_t limit = begin + kMaxSentenceTokens, half = begin + kMaxSentenceTokens / 2;
  uint32_t comma = 0, conjunction = 0;
  for (uint32_t i = limit; i-- > half;) {
    std::string_view w = doc.TokenLower(doc.tokens[i]);
    if (w == ";" || w == ":") return i + 1;
    if (!comma && w == ",") comma = i + 1;
    if (!conjunction && (w == "and" || w == "but" || w == "or")) conjunction = i;
  }
  return comma ? comma : conjunction ? conjunction : limit;
}

}  // namespace

void Segment(Document* doc) {
  const std::string& text = doc->text;
  doc->lower = AsciiLowered(text);
  doc->tokens.clear();
  doc->sentences.clear();
  doc->stripped.clear();
  doc->datelines.clear();

  // Lines, boilerplate and paragraphs.
  std::vector<std::vector<Line>> paragraphs;
  std::vector<Line> current;
  uint32_t pos = 0;
  const uint32_t n = uint32_t(text.size());
  while (pos <= n) {
    uint32_t eol = pos;
    while (eol < n && text[eol] != '\n') ++eol;
    std::string_view line(text.data() + pos, eol - pos);
    bool blank = Trim(line).empty();
    const char* reason = blank ? nullptr : BoilerplateReason(line);
    if (blank || reason) {
      if (reason) doc->stripped.push_back({{pos, eol}, reason});
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      Line l;
      l.bytes = {pos, eol};
      l.token_begin = uint32_t(doc->tokens.size());
      Tokenize(text, l.bytes, &doc->tokens);
      l.token_end = uint32_t(doc->tokens.size());
      if (l.token_end > l.token_begin) current.push_back(l);
    }
    if (eol == n) break;
    pos = eol + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));

  bool first_line_of_document = true;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const auto& lines = paragraphs[p];
    uint32_t sentence_begin = lines.front().token_begin;
    uint32_t dateline_end = DatelineEnd(*doc, sentence_begin, lines.back().token_end);
    if (dateline_end != sentence_begin) {
      doc->datelines.push_back(
          {doc->tokens[sentence_begin].bytes.begin, doc->tokens[dateline_end - 1].bytes.end});
      sentence_begin = dateline_end;
    }
    auto close = [&](uint32_t end_token, bool headline) {
      while (end_token > sentence_begin) {
        bool cut = end_token - sentence_begin > kMaxSentenceTokens;
        Sentence s;
        s.token_begin = sentence_begin;
        s.token_end = cut ? CutPoint(*doc, sentence_begin) : end_token;
        s.bytes = {doc->tokens[s.token_begin].bytes.begin, doc->tokens[s.token_end - 1].bytes.end};
        s.paragraph = p;
        s.headline = headline;
        s.cut = cut;
        doc->tokens[s.token_begin].shape |= kSentenceStart;
        if (headline)
          for (uint32_t k = s.token_begin; k < s.token_end; ++k) doc->tokens[k].shape |= kHeadline;
        doc->sentences.push_back(s);
        sentence_begin = s.token_end;
      }
    };
    for (size_t li = 0; li < lines.size(); ++li) {
      const Line& line = lines[li];
      for (uint32_t i = std::max(line.token_begin, sentence_begin); i < line.token_end; ++i) {
        const Token& t = doc->tokens[i];
        std::string_view s = doc->TokenText(t);
        bool final = IsFinalPunct(s);
        bool title = t.Has(kAbbreviation) && IsTitleAbbreviation(s);
        bool abbreviation_end = t.Has(kAbbreviation) && !title &&
                                !(s.size() == 2 && IsAsciiUpper(s[0]));  // initials
        if (!final && !abbreviation_end && !title) continue;
        uint32_t j = i + 1;
        while (j < line.token_end && IsCloser(doc->TokenText(doc->tokens[j]), doc->tokens[j])) ++j;
        bool at_line_end = j >= line.token_end;
        bool at_paragraph_end = at_line_end && li + 1 == lines.size();
        if (at_paragraph_end) {
          if (final || abbreviation_end || title) close(j, false);
          break;
        }
        const Token& next = doc->tokens[at_line_end ? lines[li + 1].token_begin : j];
        bool boundary;
        if (title) {
          boundary = next.Has(kCapitalized) && IsClosedStarter(doc->TokenLower(next));
        } else if (final) {
          boundary = LooksLikeSentenceStart(*doc, next) && s != "...";
          if (s == "...") boundary = next.Has(kCapitalized) && IsSentenceStarter(doc->TokenLower(next));
        } else {
          std::string_view lower = doc->TokenLower(next);
          boundary = next.Has(kCapitalized) && IsSentenceStarter(lower) &&
                     !(IsDottedInitialism(s) && IsWeakStarter(lower));
        }
        if (boundary) {
          close(j, false);
          i = j - 1;
        }
      }
      // A line that does not end a sentence: headline, or a hard-wrapped line.
      if (sentence_begin < line.token_end) {
        std::string_view last = doc->TokenText(doc->tokens[line.token_end - 1]);
        bool ends_in_punct = IsFinalPunct(last) || last == "," || last == ";" || last == ":" ||
                             doc->tokens[line.token_end - 1].Has(kQuote);
        bool last_line = li + 1 == lines.size();
        bool short_line = line.bytes.size() < 80;
        bool next_starts =
            !last_line && LooksLikeSentenceStart(*doc, doc->tokens[lines[li + 1].token_begin]);
        bool whole_line = sentence_begin == line.token_begin ||
                          (sentence_begin == dateline_end && li == 0);
        if (last_line) {
          close(line.token_end, !ends_in_punct && whole_line);
        } else if (!ends_in_punct && next_starts && (first_line_of_document || short_line)) {
          close(line.token_end, whole_line);
        }
      }
      first_line_of_document = false;
    }
    close(lines.back().token_end, false);
  }
}

}  // namespace tocsin::text
