#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/strings.h"
#include "text/conventions.h"

namespace tocsin::text {
namespace {

// Decodes the code point at text[i] (i < end). Sets *len.
UChar32 CodePointAt(std::string_view text, uint32_t i, uint32_t end, int32_t* len) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t pos = int32_t(i);
  UChar32 cp;
  U8_NEXT(s, pos, int32_t(end), cp);
  *len = pos - int32_t(i);
  return cp;
}

bool IsLetterOrDigitAt(std::string_view text, uint32_t i, uint32_t end) {
  if (i >= end) return false;
  unsigned char c = text[i];
  if (c < 0x80) return IsAsciiAlnum(char(c));
  int32_t len;
  UChar32 cp = CodePointAt(text, i, end, &len);
  return cp >= 0 && (u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK));
}

bool IsLetterAt(std::string_view text, uint32_t i, uint32_t end) {
  if (i >= end) return false;
  unsigned char c = text[i];
  if (c < 0x80) return IsAsciiAlpha(char(c));
  int32_t len;
  UChar32 cp = CodePointAt(text, i, end, &len);
  return cp >= 0 && (u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK));
}

uint32_t CharLength(std::string_view text, uint32_t i, uint32_t end) {
  unsigned char c = text[i];
  if (c < 0x80) return 1;
  int32_t len;
  CodePointAt(text, i, end, &len);
  return uint32_t(std::max(len, 1));
}

}  // namespace

uint16_t ShapeOf(std::string_view w) {
  uint16_t shape = 0;
  int letters = 0, uppers = 0, lowers = 0, digits = 0;
  bool first_letter_seen = false;
  for (uint32_t i = 0; i < w.size();) {
    unsigned char c = w[i];
    if (c < 0x80) {
      if (IsAsciiAlpha(char(c))) {
        ++letters;
        bool up = IsAsciiUpper(char(c));
        uppers += up;
        lowers += !up;
        if (!first_letter_seen) {
          first_letter_seen = true;
          if (up) shape |= kCapitalized;
        }
      } else if (IsAsciiDigit(char(c))) {
        ++digits;
      } else if (c == '-') {
        shape |= kHasHyphen;
      }
      ++i;
      continue;
    }
    shape |= kNonAscii;
    int32_t len;
    UChar32 cp = CodePointAt(w, i, uint32_t(w.size()), &len);
    i += uint32_t(std::max(len, 1));
    if (cp >= 0 && u_isalpha(cp)) {
      ++letters;
      bool up = u_isupper(cp) || u_istitle(cp);
      uppers += up;
      lowers += u_islower(cp);
      if (!first_letter_seen) {
        first_letter_seen = true;
        if (up) shape |= kCapitalized;
      }
    } else if (cp >= 0 && u_isdigit(cp)) {
      ++digits;
    }
  }
  if (letters >= 2 && lowers == 0) shape |= kAllCaps;
  if (digits) shape |= kHasDigit;
  if (letters == 0 && digits == 0) shape |= kPunct;
  if (digits && letters == 0) {
    bool number = true;
    for (char c : w)
      if (!(IsAsciiDigit(c) || c == ',' || c == '.' || c == ':' || c == '/')) number = false;
    if (number) shape |= kNumber;
  }
  return shape;
}

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, ByteRange range, std::vector<Token>* out)
      : text_(text), end_(range.end), i_(range.begin), out_(out) {}

  void Run() {
    while (i_ < end_) {
      char c = text_[i_];
      if (IsAsciiSpace(c)) {
        ++i_;
        continue;
      }
      if (TryUrl()) continue;
      if (IsAsciiDigit(c) || (c == '.' && i_ + 1 < end_ && IsAsciiDigit(text_[i_ + 1]) &&
                              (i_ == 0 || IsAsciiSpace(text_[i_ - 1])))) {
        Number();
        continue;
      }
      if (IsLetterOrDigitAt(text_, i_, end_)) {
        Word();
        continue;
      }
      Punctuation();
    }
  }

 private:
  void Emit(uint32_t begin, uint32_t end, uint16_t extra = 0) {
    Token t;
    t.bytes = {begin, end};
    t.shape = ShapeOf(text_.substr(begin, end - begin)) | extra;
    out_->push_back(t);
  }

  bool TryUrl() {
    std::string_view rest = text_.substr(i_, end_ - i_);
    bool url = rest.starts_with("http://") || rest.starts_with("https://") ||
               rest.starts_with("www.") || rest.starts_with("HTTP://") ||
               rest.starts_with("HTTPS://");
    if (!url) return false;
    uint32_t j = i_;
    while (j < end_ && !IsAsciiSpace(text_[j])) ++j;
    // Trailing punctuation belongs to the sentence, not the address.
    while (j > i_ + 4 && std::string_view(".,;:!?)\"'").find(text_[j - 1]) != std::string_view::npos) --j;
    Emit(i_, j, kUrl);
    i_ = j;
    return true;
  }

  void Number() {
    uint32_t start = i_;
    if (text_[i_] == '.') ++i_;  // ".5"
    while (i_ < end_) {
      char c = text_[i_];
      if (IsAsciiDigit(c)) {
        ++i_;
      } else if ((c == ',' || c == '.' || c == ':' || c == '/') && i_ + 1 < end_ &&
                 IsAsciiDigit(text_[i_ + 1]) && i_ > start) {
        ++i_;
      } else {
        break;
      }
    }
    // Letters glued to a number stay with it: 1990s, 2nd, 5km, 100m, F-16 style tails.
    while (i_ < end_ && IsAsciiAlpha(text_[i_])) ++i_;
    // Hyphenated compounds such as "10-year-old" or "48-hour".
    while (i_ + 1 < end_ && text_[i_] == '-' && IsLetterOrDigitAt(text_, i_ + 1, end_)) {
      ++i_;
      while (i_ < end_ && IsLetterOrDigitAt(text_, i_, end_)) i_ += CharLength(text_, i_, end_);
    }
    Emit(start, i_);
  }

  // Returns the length of a contraction suffix starting at the apostrophe at j
  // ("'s", "'re", ...), or 0.
  uint32_t ContractionAt(uint32_t j) const {
    static constexpr std::string_view kSuffixes[] = {"s", "re", "ve", "ll", "d", "m"};
    for (std::string_view suf : kSuffixes) {
      uint32_t k = j + 1;
      if (k + suf.size() > end_) continue;
      bool match = true;
      for (size_t m = 0; m < suf.size(); ++m)
        if (AsciiLower(text_[k + m]) != suf[m]) match = false;
      if (!match) continue;
      if (IsLetterOrDigitAt(text_, k + uint32_t(suf.size()), end_)) continue;
      return uint32_t(suf.size()) + 1;
    }
    return 0;
  }

  void Word() {
    uint32_t start = i_;
    while (i_ < end_) {
      while (i_ < end_ && IsAsciiAlnum(text_[i_])) ++i_;  // the common case, without decoding
      if (i_ >= end_) break;
      if (IsLetterOrDigitAt(text_, i_, end_)) {
        i_ += CharLength(text_, i_, end_);
        continue;
      }
      char c = text_[i_];
      if (c == '-' && IsLetterOrDigitAt(text_, i_ + 1, end_) && i_ > start) {
        ++i_;
        continue;
      }
      if (c == '&' && i_ + 1 < end_ && IsAsciiUpper(text_[i_ + 1]) && IsAsciiUpper(text_[i_ - 1])) {
        ++i_;  // AT&T, S&P
        continue;
      }
      if (c == '@' && IsLetterOrDigitAt(text_, i_ + 1, end_)) {
        ++i_;  // e-mail addresses and handles
        continue;
      }
      if (c == '.' && IsEmailDomainDot(start)) {
        ++i_;
        continue;
      }
      if (c == '\'') {
        // n't splits before the n: do|n't, ca|n't, wo|n't.
        if (i_ + 1 < end_ && AsciiLower(text_[i_ + 1]) == 't' && i_ - start >= 2 &&
            AsciiLower(text_[i_ - 1]) == 'n' && !IsLetterOrDigitAt(text_, i_ + 2, end_)) {
          Emit(start, i_ - 1);
          Emit(i_ - 1, i_ + 2);
          i_ += 2;
          return;
        }
        if (uint32_t len = ContractionAt(i_)) {
          Emit(start, i_);
          Emit(i_, i_ + len);
          i_ += len;
          return;
        }
        if (IsLetterAt(text_, i_ + 1, end_)) {
          ++i_;  // O'Brien, d'Ivoire
          continue;
        }
        // Plural possessive: "allies'" -> allies '
        if (AsciiLower(text_[i_ - 1]) == 's' && !IsLetterOrDigitAt(text_, i_ + 1, end_)) {
          Emit(start, i_);
          Emit(i_, i_ + 1);
          ++i_;
          return;
        }
        break;
      }
      break;
    }
    // Period handling: acronyms (U.S., U.N.), initials (J.), known abbreviations.
    if (i_ < end_ && text_[i_] == '.') {
      std::string_view word = text_.substr(start, i_ - start);
      bool single_letter = word.size() == 1 && IsAsciiAlpha(word[0]);
      bool acronym_follows = single_letter && i_ + 2 < end_ && IsAsciiAlpha(text_[i_ + 1]) &&
                             (text_[i_ + 2] == '.');
      if (acronym_follows) {
        // Consume letter-period pairs: U.S. / U.S.A. / e.g.
        uint32_t j = i_;
        while (j + 2 < end_ && IsAsciiAlpha(text_[j + 1]) && text_[j + 2] == '.') j += 2;
        i_ = j + 1;
        Emit(start, i_, kAbbreviation);
        return;
      }
      bool initial = single_letter && IsAsciiUpper(word[0]);
      if (initial || IsKnownAbbreviation(word)) {
        // "No." is an abbreviation only before a number ("No. 10").
        if (EqualsIgnoreAsciiCase(word, "no") || EqualsIgnoreAsciiCase(word, "nos")) {
          uint32_t k = i_ + 1;
          while (k < end_ && text_[k] == ' ') ++k;
          if (!(k < end_ && IsAsciiDigit(text_[k]))) {
            Emit(start, i_);
            return;
          }
        }
        ++i_;
        Emit(start, i_, kAbbreviation);
        return;
      }
    }
    // "cannot" is "can" + "not", as the Treebank has it, so negation sees the "not".
    if (i_ - start == 6 && EqualsIgnoreAsciiCase(text_.substr(start, 6), "cannot")) {
      Emit(start, start + 3);
      Emit(start + 3, i_);
      return;
    }
    Emit(start, i_);
  }

  bool IsEmailDomainDot(uint32_t start) const {
    // Inside "name@host.tld": a dot after an '@' already in the word, followed by a letter.
    if (!IsLetterOrDigitAt(text_, i_ + 1, end_)) return false;
    for (uint32_t k = start; k < i_; ++k)
      if (text_[k] == '@') return true;
    return false;
  }

  void Punctuation() {
    char c = text_[i_];
    if (c == '.' && i_ + 2 < end_ && text_[i_ + 1] == '.' && text_[i_ + 2] == '.') {
      uint32_t j = i_;
      while (j < end_ && text_[j] == '.') ++j;
      Emit(i_, j);
      i_ = j;
      return;
    }
    if (c == '-' && i_ + 1 < end_ && text_[i_ + 1] == '-') {
      uint32_t j = i_;
      while (j < end_ && text_[j] == '-') ++j;
      Emit(i_, j);
      i_ = j;
      return;
    }
    if (c == '\'' || c == '"' || c == '`') {
      // Contraction after a space-separated word is rare; treat as a quote mark.
      if (c == '\'' && i_ > 0 && !IsAsciiSpace(text_[i_ - 1])) {
        if (uint32_t len = ContractionAt(i_)) {
          Emit(i_, i_ + len);
          i_ += len;
          return;
        }
      }
      uint32_t j = i_ + 1;
      if (c == '`' || c == '\'') {
        while (j < end_ && text_[j] == c && j - i_ < 2) ++j;  // `` and '' are one mark
      }
      Emit(i_, j, kQuote);
      i_ = j;
      return;
    }
    uint32_t len = CharLength(text_, i_, end_);
    Emit(i_, i_ + len);
    i_ += len;
  }

  std::string_view text_;
  uint32_t end_;
  uint32_t i_;
  std::vector<Token>* out_;
};

}  // namespace

bool IsKnownAbbreviation(std::string_view word) {
  if (word.size() > 8) return false;
  char buf[8];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = AsciiLower(word[i]);
  return Conventions::Contains(BuiltinConventions().abbreviations, std::string_view(buf, word.size()));
}

bool IsDottedInitialism(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (k % 2 ? w[k] != '.' : !IsAsciiAlpha(w[k])) return false;
  return true;
}

bool IsTitleAbbreviation(std::string_view word) {
  if (word.size() > 8) return false;
  char buf[8];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = AsciiLower(word[i]);
  return Conventions::Contains(BuiltinConventions().titles, std::string_view(buf, word.size()));
}

void Tokenize(std::string_view text, ByteRange range, std::vector<Token>* out) {
  Scanner(text, range, out).Run();
}

}  // namespace tocsin::text
