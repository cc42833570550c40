#include "geo/numbers.h"

#include <array>

#include "base/strings.h"

namespace tocsin::geo {
namespace {

constexpr std::array<std::string_view, 20> kSmall = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {"",      "",      "twenty",  "thirty", "forty",
                                                    "fifty", "sixty", "seventy", "eighty", "ninety"};

int SmallWord(std::string_view w) {
  for (size_t n = 1; n < kSmall.size(); ++n)
    if (kSmall[n] == w) return int(n);
  return -1;
}

int TensWord(std::string_view w) {
  for (size_t n = 2; n < kTens.size(); ++n)
    if (kTens[n] == w) return int(n * 10);
  return -1;
}

// 1-99 written as a word: "seven", "forty", "forty-two".
int WordUnder100(std::string_view w) {
  if (int n = SmallWord(w); n > 0) return n;
  if (int n = TensWord(w); n > 0) return n;
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return -1;
  int tens = TensWord(w.substr(0, dash)), unit = SmallWord(w.substr(dash + 1));
  return tens > 0 && unit > 0 && unit < 10 ? tens + unit : -1;
}

int64_t Multiplier(std::string_view w) {
  if (w == "thousand") return 1000;
  if (w == "million") return 1000000;
  if (w == "billion") return 1000000000;
  return 0;
}

// "4,000", "31", "1.5": digits with well-placed thousands separators and at
// most one decimal point; *decimals is the number of digits after it.
std::optional<int64_t> Digits(std::string_view s, int* decimals) {
  if (s.empty() || !IsAsciiDigit(s[0]) || s.size() > 15) return std::nullopt;
  int64_t value = 0;
  int group = 0, fraction = -1;  // digits since the last comma (or the start); after the point
  bool comma = false;
  for (char c : s) {
    if (IsAsciiDigit(c)) {
      value = value * 10 + (c - '0');
      ++group;
      if (fraction >= 0) ++fraction;
    } else if (c == ',' && fraction < 0 && group >= 1 && group <= 3 && (!comma || group == 3)) {
      comma = true;
      group = 0;
    } else if (c == '.' && fraction < 0 && (!comma || group == 3)) {
      fraction = 0;
    } else {
      return std::nullopt;
    }
  }
  if ((comma && fraction < 0 && group != 3) || fraction == 0) return std::nullopt;
  *decimals = fraction < 0 ? 0 : fraction;
  return value;
}

}  // namespace

std::optional<NumberMatch> ReadNumber(const text::Document& doc, uint32_t i, uint32_t end) {
  auto lower = [&](uint32_t k) { return k < end ? doc.TokenLower(doc.tokens[k]) : std::string_view(); };
  std::string_view w = lower(i);
  int64_t value = 0;
  uint32_t next = i + 1;
  int decimals = 0;
  if (auto digits = Digits(w, &decimals)) {
    value = *digits;
  } else if (int n = WordUnder100(w); n > 0) {
    value = n;
  } else if (w == "a" || w == "an") {
    value = 1;  // only before a multiplier: "a dozen", "a hundred", "a million"
    std::string_view m = lower(next);
    if (m != "dozen" && m != "hundred" && !Multiplier(m)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (decimals == 0 && lower(next) == "dozen") {
    value *= 12;
    ++next;
  } else if (decimals == 0 && lower(next) == "hundred") {
    value *= 100;
    ++next;
    // "two hundred and fifty", "two hundred fifty"
    uint32_t k = next + (lower(next) == "and" ? 1 : 0);
    if (int n = WordUnder100(lower(k)); n > 0) {
      value += n;
      next = k + 1;
    }
  }
  if (int64_t m = Multiplier(lower(next)); m && value < 1000000000) {
    int64_t scale = 1;
    for (int d = 0; d < decimals; ++d) scale *= 10;
    if ((value * m) % scale != 0) return std::nullopt;
    value = value * m / scale;
    decimals = 0;
    ++next;
  }
  if (decimals != 0) return std::nullopt;  // "3.5" alone measures, it does not count
  return NumberMatch{value, next};
}

int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "sept") return 9;
  for (size_t m = 0; m < kNames.size(); ++m)
    if (w == kNames[m] || (w.size() == 3 && kNames[m].substr(0, 3) == w)) return int(m + 1);
  return 0;
}

int WeekdayNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
  for (size_t d = 0; d < kNames.size(); ++d)
    if (w == kNames[d]) return int(d);
  return -1;
}

int DayOfMonth(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && IsAsciiDigit(w[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view suffix = w.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int day = w[0] - '0';
  if (digits == 2) day = day * 10 + (w[1] - '0');
  return day >= 1 && day <= 31 ? day : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  int year = 0;
  for (char c : w) {
    if (!IsAsciiDigit(c)) return 0;
    year = year * 10 + (c - '0');
  }
  return year >= 1000 && year <= 2999 ? year : 0;
}

}  // namespace tocsin::geo
