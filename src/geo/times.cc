#include "geo/times.h"

#include <cstdio>

#include "geo/numbers.h"

namespace tocsin::geo {
namespace {

using lex::WordClass;
using syntax::ChunkKind;

EventDate Day(CivilDate d) { return {d, d, DatePrecision::kDay}; }
EventDate WholeMonth(int year, int month) {
  return {{year, month, 1}, {year, month, DaysInMonth(year, month)}, DatePrecision::kMonth};
}
EventDate WholeYear(int year) { return {{year, 1, 1}, {year, 12, 31}, DatePrecision::kYear}; }
EventDate Span(CivilDate first, CivilDate last) {
  return first == last ? Day(first) : EventDate{first, last, DatePrecision::kRange};
}
EventDate MonthFrom(CivilDate d, int offset) {
  int index = d.year * 12 + (d.month - 1) + offset;
  return WholeMonth(index / 12, index % 12 + 1);
}
CivilDate MondayOf(CivilDate d) { return d.AddDays(-d.Weekday()); }

bool ValidDay(int year, int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month); }

// What an expression says, before the document date and the tense of its
// clause turn it into dates.
enum class Form : uint8_t {
  kDate,        // year (0 when not written), month, day
  kMonth,       // year (0 when not written), month
  kYear,        // year
  kDateRange,   // year, month, day .. year2, month2, day2 (years may be 0)
  kWeekday,     // amount = weekday; shift -1 "last", +1 "next", 0 by the clause's tense
  kDays,        // amount days from the document date ("yesterday" -1)
  kMonths,      // amount months from the document date's
  kYears,       // amount years from the document date's
  kWeek,        // shift -1 last, 0 this, +1 next week; part
  kMonthPeriod, // the same for months
  kYearPeriod,  // and years
  kWeekend,     // shift -1 "last weekend", 0 "over the weekend"
  kOtherEvent,  // counted from another event ("three days after the vote"): no date
};
// "earlier this month", "later this year": the part of the period before or after the document date.
enum class Part : uint8_t { kWhole, kEarlier, kLater };

struct Expression {
  Form form = Form::kDate;
  int year = 0, month = 0, day = 0;
  int year2 = 0, month2 = 0, day2 = 0;
  int amount = 0, shift = 0;
  Part part = Part::kWhole;
  bool needs_preposition = false;  // a bare year or month is a time only after "in", "during", "by"
  uint32_t begin = 0, end = 0;     // tokens of the expression without its preposition
};

// A yearless day of a month: the latest on or before `d`, or the first on or after it in the future.
std::optional<CivilDate> NearestDate(int month, int day, CivilDate d, bool future) {
  int year = d.year;
  CivilDate candidate{year, month, day};
  if (!future && candidate > d) --year;
  if (future && candidate < d) ++year;
  if (!ValidDay(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

std::optional<EventDate> Resolve(const Expression& e, std::optional<CivilDate> document_date, bool future) {
  switch (e.form) {
    case Form::kDate:
      if (e.year) return ValidDay(e.year, e.month, e.day) ? std::optional(Day({e.year, e.month, e.day})) : std::nullopt;
      break;
    case Form::kMonth:
      if (e.year) return WholeMonth(e.year, e.month);
      break;
    case Form::kYear:
      return WholeYear(e.year);
    case Form::kDateRange:
      if (e.year2) {
        int first_year = e.year ? e.year : e.year2 - (e.month > e.month2 ? 1 : 0);
        if (!ValidDay(first_year, e.month, e.day) || !ValidDay(e.year2, e.month2, e.day2)) return std::nullopt;
        CivilDate first{first_year, e.month, e.day}, last{e.year2, e.month2, e.day2};
        return first <= last ? std::optional(Span(first, last)) : std::nullopt;
      }
      break;
    case Form::kOtherEvent:
      return std::nullopt;
    default:
      break;
  }
  if (!document_date) return std::nullopt;
  const CivilDate d = *document_date;
  switch (e.form) {
    case Form::kDate: {
      auto date = NearestDate(e.month, e.day, d, future);
      return date ? std::optional(Day(*date)) : std::nullopt;
    }
    case Form::kMonth: {
      int year = d.year + (!future && e.month > d.month ? -1 : 0) + (future && e.month < d.month ? 1 : 0);
      return WholeMonth(year, e.month);
    }
    case Form::kDateRange: {
      auto last = NearestDate(e.month2, e.day2, d, future);
      if (!last) return std::nullopt;
      Expression with_year = e;
      with_year.year2 = last->year;
      return Resolve(with_year, document_date, future);
    }
    case Form::kWeekday: {
      int back = (d.Weekday() - e.amount + 7) % 7, ahead = (e.amount - d.Weekday() + 7) % 7;
      if (e.shift < 0 || (e.shift == 0 && !future)) return Day(d.AddDays(-(e.shift < 0 && back == 0 ? 7 : back)));
      return Day(d.AddDays(ahead == 0 ? 7 : ahead));
    }
    case Form::kDays: return Day(d.AddDays(e.amount));
    case Form::kMonths: return MonthFrom(d, e.amount);
    case Form::kYears: return WholeYear(d.year + e.amount);
    case Form::kWeek: {
      CivilDate monday = MondayOf(d).AddDays(7 * e.shift), sunday = monday.AddDays(6);
      if (e.shift != 0) return Span(monday, sunday);
      if (e.part == Part::kEarlier) return Span(monday, d == monday ? d : d.AddDays(-1));
      if (e.part == Part::kLater) return Span(d == sunday ? d : d.AddDays(1), sunday);
      return future ? Span(d, sunday) : Span(monday, d);
    }
    case Form::kMonthPeriod: {
      EventDate month = MonthFrom(d, e.shift);
      if (e.shift != 0 || e.part == Part::kWhole) return month;
      if (e.part == Part::kEarlier) return Span(month.first, d == month.first ? d : d.AddDays(-1));
      return Span(d == month.last ? d : d.AddDays(1), month.last);
    }
    case Form::kYearPeriod: {
      EventDate year = WholeYear(d.year + e.shift);
      if (e.shift != 0 || e.part == Part::kWhole) return year;
      if (e.part == Part::kEarlier) return Span(year.first, d == year.first ? d : d.AddDays(-1));
      return Span(d == year.last ? d : d.AddDays(1), year.last);
    }
    case Form::kWeekend: {
      // The weekend the document date is in, or the last one before it;
      // "last weekend" on a Saturday or Sunday is the one before.
      int weekday = d.Weekday();
      if (weekday >= 5 && e.shift == 0) return Span(d.AddDays(5 - weekday), d);
      CivilDate sunday = d.AddDays(-(weekday + 1));
      return Span(sunday.AddDays(-1), sunday);
    }
    default:
      return std::nullopt;
  }
}

bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

// Prepositions before which nothing is the date of an event: "since 2014", "until March".
bool IsNoEventPreposition(std::string_view w) {
  return w == "since" || w == "until" || w == "till" || w == "before" || w == "after" || w == "through";
}
bool IsDatePreposition(std::string_view w) {
  return w == "on" || w == "in" || w == "during" || w == "by" || w == "at" || w == "over";
}
bool IsTimeModifier(std::string_view w) {
  return w == "late" || w == "early" || w == "earlier" || w == "later" || w == "mid";
}

// Whether a sentence holds anything a time expression is built on; most
// sentences do not, and the reader stops after this one pass.
bool HasTimeAnchor(const text::Document& doc, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    const text::Token& t = doc.tokens[i];
    if (t.Has(text::kHasDigit)) return true;
    std::string_view w = doc.TokenLower(t);
    if (w.size() < 3 || w.size() > 9) continue;
    if (t.Has(text::kCapitalized) && (MonthNumber(w) || WeekdayNumber(w) >= 0)) return true;
    if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow" || w == "overnight" || w == "ago" ||
        w == "week" || w == "month" || w == "year" || w == "weekend" || w == "night" || w == "morning" ||
        w == "afternoon" || w == "evening" || w == "day" || w == "days" || w == "weeks" || w == "months" ||
        w == "years" || w == "hours")
      return true;
  }
  return false;
}

class TimeReader {
 public:
  TimeReader(const text::Document& doc, const syntax::Analysis& a, std::optional<CivilDate> document_date,
             const lex::WordClasses& words, std::vector<TimeMention>* out)
      : doc_(doc), a_(a), document_date_(document_date), words_(words), out_(out) {}

  // The date of the dateline right before the sentence ("KYIV, May 24 (Reuters) -").
  void ReadDateline() {
    uint32_t first = a_.token_begin;
    if (first == 0) return;
    for (const text::ByteRange& dateline : doc_.datelines) {
      if (dateline.end != doc_.tokens[first - 1].bytes.end) continue;
      uint32_t begin = first;
      while (begin > 0 && doc_.tokens[begin - 1].bytes.begin >= dateline.begin) --begin;
      lo_ = begin;
      hi_ = first;
      for (uint32_t i = begin; i < first; ++i) {
        std::optional<Expression> e = MatchDate(i);
        if (!e) continue;
        out_->push_back({e->begin, e->end, Resolve(*e, document_date_, false), -1});
        break;
      }
    }
  }

  void ReadSentence() {
    lo_ = a_.token_begin;
    hi_ = a_.token_end;
    if (!HasTimeAnchor(doc_, lo_, hi_)) return;
    uint32_t taken = lo_;  // tokens before this belong to a reported expression
    for (uint32_t i = lo_; i < hi_; ++i) {
      std::optional<Expression> e = Match(i);
      if (!e) continue;
      uint32_t begin = e->begin, preposition = 0;
      bool has_preposition = false, modified = false, blocked = false;
      auto absorb_modifier = [&] {
        if (begin > taken && IsTimeModifier(Lower(begin - 1)) && !IsTimeModifier(Lower(begin))) {
          --begin;
          modified = true;
        }
      };
      absorb_modifier();  // "early March", "late on Tuesday"
      if (begin > taken && IsDatePreposition(Lower(begin - 1))) {
        preposition = --begin;
        has_preposition = true;
      } else if (begin > lo_ && IsNoEventPreposition(Lower(begin - 1))) {
        blocked = true;
      }
      if (has_preposition) absorb_modifier();
      std::string_view p = has_preposition ? Lower(preposition) : std::string_view();
      if (e->needs_preposition) {
        bool ok = e->form == Form::kWeekend ? p == "over" || p == "at" || p == "during"
                                            : p == "in" || p == "during" || p == "by" || modified;
        // "in 2019 elections": a year that modifies a noun dates no event.
        int32_t np = a_.NpAt(e->end - 1);
        if (np >= 0 && a_.nps[np].head >= e->end) ok = false;
        if (!ok) blocked = true;
      }
      if (blocked) {
        i = e->end - 1;
        continue;
      }
      uint32_t end = ClockEnd(e->end);  // "on Tuesday at 3 a.m."
      for (uint32_t start = begin > taken + 4 ? begin - 4 : taken; start < begin; ++start)
        if (ClockEnd(start) == begin) {  // "at 3 a.m. on Tuesday"
          begin = start;
          break;
        }
      int32_t vg = has_preposition ? PrepositionVg(preposition) : -1;
      if (vg < 0) vg = NearestClauseVg(e->begin);
      out_->push_back({begin, end, Resolve(*e, document_date_, IsFuture(vg)), vg});
      taken = end;
      i = end - 1;
    }
  }

 private:
  std::string_view Lower(uint32_t i) const {
    return i >= lo_ && i < hi_ ? doc_.TokenLower(doc_.tokens[i]) : std::string_view();
  }
  bool Capitalized(uint32_t i) const { return i >= lo_ && i < hi_ && doc_.tokens[i].Has(text::kCapitalized); }
  int Month(uint32_t i) const { return Capitalized(i) ? MonthNumber(Lower(i)) : 0; }
  int Weekday(uint32_t i) const { return Capitalized(i) ? WeekdayNumber(Lower(i)) : -1; }
  // The year after a date, with or without a comma: ", 2022" or " 2022". Sets *end.
  int YearAfter(uint32_t i, uint32_t* end) const {
    uint32_t k = Lower(i) == "," ? i + 1 : i;
    int year = YearNumber(Lower(k));
    if (year) *end = k + 1;
    return year;
  }

  // "February 24", "Feb. 24, 2022", "24 February 2022", "2022-02-24".
  std::optional<Expression> MatchDate(uint32_t i) const {
    Expression e;
    e.form = Form::kDate;
    e.begin = i;
    std::string_view w = Lower(i);
    if (w.size() == 10 && w[4] == '-') {
      auto iso = ParseCivilDate(w);
      if (!iso) return std::nullopt;
      e.year = iso->year, e.month = iso->month, e.day = iso->day, e.end = i + 1;
      return e;
    }
    if (int month = Month(i); month && DayOfMonth(Lower(i + 1))) {
      e.month = month, e.day = DayOfMonth(Lower(i + 1)), e.end = i + 2;
    } else if (int day = DayOfMonth(w); day && Month(i + 1)) {
      e.month = Month(i + 1), e.day = day, e.end = i + 2;
    } else {
      return std::nullopt;
    }
    e.year = YearAfter(e.end, &e.end);
    return e;
  }

  // "between 1 and 14 March", "from March 1 to March 14, 2022", "1-14 March".
  std::optional<Expression> MatchRange(uint32_t i) const {
    Expression e;
    e.form = Form::kDateRange;
    e.begin = i;
    std::string_view w = Lower(i);
    if (size_t dash = w.find('-'); dash != std::string_view::npos && Month(i + 1)) {
      e.day = DayOfMonth(w.substr(0, dash)), e.day2 = DayOfMonth(w.substr(dash + 1));
      if (!e.day || !e.day2) return std::nullopt;
      e.month = e.month2 = Month(i + 1);
      e.end = i + 2;
    } else if (w == "between" || w == "from") {
      // Each end: a day with its month before or after it, or a day alone.
      auto end_at = [&](uint32_t k, int* month, int* day) {
        if ((*month = Month(k)) && (*day = DayOfMonth(Lower(k + 1)))) return k + 2;
        if (!(*day = DayOfMonth(Lower(k)))) return k;
        *month = Month(k + 1);
        return *month ? k + 2 : k + 1;
      };
      uint32_t k = end_at(i + 1, &e.month, &e.day);
      if (k == i + 1 || (Lower(k) != "and" && Lower(k) != "to")) return std::nullopt;
      e.end = end_at(k + 1, &e.month2, &e.day2);
      if (e.end == k + 1 || !e.month2) return std::nullopt;
      if (!e.month) e.month = e.month2;
    } else {
      return std::nullopt;
    }
    e.year2 = YearAfter(e.end, &e.end);
    e.year = 0;
    return e;
  }

  // "three days ago", "a week before the vote".
  std::optional<Expression> MatchCountedUnits(uint32_t i) const {
    int64_t amount = 1;
    uint32_t k = i + 1;
    std::string_view w = Lower(i);
    if (w != "a" && w != "an") {
      auto number = ReadNumber(doc_, i, hi_);
      if (!number || number->value > 1000) return std::nullopt;
      amount = number->value;
      k = number->end;
    }
    std::string_view unit = Lower(k), relation = Lower(k + 1);
    bool days = unit == "day" || unit == "days", weeks = unit == "week" || unit == "weeks",
         months = unit == "month" || unit == "months", years = unit == "year" || unit == "years",
         hours = unit == "hour" || unit == "hours";
    if (!(days || weeks || months || years || hours)) return std::nullopt;
    Expression e;
    e.begin = i;
    if (relation == "ago") {
      e.end = k + 2;
      e.amount = -int(amount);
      e.form = months ? Form::kMonths : years ? Form::kYears : Form::kDays;
      if (weeks) e.amount *= 7;
      if (hours) e.amount = 0;
      return e;
    }
    if (relation == "after" || relation == "before" || relation == "later" || relation == "earlier") {
      e.form = Form::kOtherEvent;
      e.end = k + 2;
      int32_t np = e.end < hi_ ? a_.NpAt(e.end) : -1;
      if ((relation == "after" || relation == "before") && np >= 0) e.end = a_.nps[np].end;
      return e;
    }
    return std::nullopt;
  }

  // "last week", "this month", "next year", "earlier this month", "later this year", "last night".
  std::optional<Expression> MatchPeriod(uint32_t i) const {
    std::string_view w = Lower(i);
    Expression e;
    e.begin = i;
    uint32_t k = i;
    if (w == "earlier" || w == "later") {
      if (Lower(i + 1) != "this") return std::nullopt;
      e.part = w == "earlier" ? Part::kEarlier : Part::kLater;
      k = i + 1;
    }
    std::string_view which = Lower(k), unit = Lower(k + 1);
    if (which != "last" && which != "this" && which != "next") return std::nullopt;
    e.shift = which == "last" ? -1 : which == "next" ? 1 : 0;
    if (e.part != Part::kWhole && e.shift != 0) return std::nullopt;
    e.end = k + 2;
    if (unit == "week") {
      e.form = Form::kWeek;
    } else if (unit == "month") {
      e.form = Form::kMonthPeriod;
    } else if (unit == "year") {
      e.form = Form::kYearPeriod;
    } else if (e.part != Part::kWhole) {
      return std::nullopt;
    } else if (unit == "weekend" && e.shift < 0) {
      e.form = Form::kWeekend;
    } else if (IsPartOfDay(unit) && e.shift <= 0 && (unit == "night" || e.shift == 0)) {
      e.form = Form::kDays;  // "last night", "this morning"
      e.amount = e.shift;
    } else if (int weekday = Weekday(k + 1); weekday >= 0 && e.shift != 0) {
      e.form = Form::kWeekday;  // "last Tuesday", "next Friday"
      e.amount = weekday;
      if (IsPartOfDay(Lower(e.end))) ++e.end;
    } else {
      return std::nullopt;
    }
    return e;
  }

  std::optional<Expression> Match(uint32_t i) const {
    if (auto e = MatchRange(i)) return e;
    if (auto e = MatchDate(i)) return e;
    if (auto e = MatchPeriod(i)) return e;
    if (auto e = MatchCountedUnits(i)) return e;
    std::string_view w = Lower(i);
    Expression e;
    e.begin = i;
    e.end = i + 1;
    if (int weekday = Weekday(i); weekday >= 0) {
      // "Tuesday, May 24": the date says more than the weekday.
      uint32_t k = Lower(i + 1) == "," ? i + 2 : i + 1;
      if (auto date = MatchDate(k)) {
        date->begin = i;
        return date;
      }
      e.form = Form::kWeekday;
      e.amount = weekday;
      if (IsPartOfDay(Lower(i + 1))) ++e.end;  // "Tuesday night"
      return e;
    }
    if (int month = Month(i)) {
      e.form = Form::kMonth;
      e.month = month;
      e.year = YearNumber(Lower(i + 1));
      if (e.year) ++e.end;
      e.needs_preposition = true;  // "in March", "in March 2019", "early March"; never "May" the modal
      return e;
    }
    if (int year = YearNumber(w.substr(w.starts_with("mid-") ? 4 : 0)); year) {
      e.form = Form::kYear;
      e.year = year;
      e.needs_preposition = true;
      return e;
    }
    if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow" || w == "overnight") {
      e.form = Form::kDays;
      e.amount = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      if (IsPartOfDay(Lower(i + 1))) ++e.end;  // "yesterday morning"
      return e;
    }
    if (w == "the" && Lower(i + 1) == "weekend") {
      e.form = Form::kWeekend;
      e.end = i + 2;
      e.needs_preposition = true;  // "over the weekend", "at the weekend"
      return e;
    }
    // "the next day", "the following week": counted from an event the text told of.
    std::string_view next = Lower(i + 1), unit = Lower(i + 2);
    if (w == "the" && (next == "next" || next == "following" || next == "previous") &&
        (unit == "day" || unit == "week" || IsPartOfDay(unit))) {
      e.form = Form::kOtherEvent;
      e.end = i + 3;
      return e;
    }
    return std::nullopt;
  }

  // The end of a clock time starting at `k` ("at 3 a.m.", "10:30 GMT", "0300
  // local time"), or `k` when none starts there.
  uint32_t ClockEnd(uint32_t k) const {
    uint32_t j = k;
    std::string_view w = Lower(j);
    if (w == "at" || w == "around" || w == "about") w = Lower(++j);
    size_t colon = w.find(':');
    bool hh_mm = colon != std::string_view::npos && colon >= 1 && colon <= 2 && w.size() == colon + 3 &&
                 doc_.tokens[j].Has(text::kNumber);
    bool digits = !w.empty() && w.size() <= 4 && doc_.tokens[j].Has(text::kNumber) && !hh_mm;
    bool glued = w.size() >= 3 && (w.ends_with("am") || w.ends_with("pm")) && w[0] >= '0' && w[0] <= '9';
    if (!hh_mm && !digits && !glued) return k;
    ++j;
    bool marked = glued;
    std::string_view suffix = Lower(j);
    if (suffix == "a.m." || suffix == "p.m." || suffix == "am" || suffix == "pm" || suffix == "a.m" || suffix == "p.m") {
      marked = true;
      suffix = Lower(++j);
    }
    if (suffix == "gmt" || suffix == "utc" || suffix == "est" || suffix == "edt" || suffix == "cet") {
      marked = true;
      ++j;
    } else if (suffix == "local" && Lower(j + 1) == "time") {
      marked = true;
      j += 2;
    }
    return hh_mm || marked ? j : k;
  }

  int32_t PrepositionVg(uint32_t preposition) const {
    for (const syntax::PrepPhrase& pp : a_.pps)
      if (pp.prep == preposition) return pp.vg;
    return -1;
  }

  // The verb group of the clause around token `t`: the nearest one before it
  // with no clause boundary between, else after it, else the nearest at all.
  int32_t NearestClauseVg(uint32_t t) const {
    if (a_.vgs.empty()) return -1;
    if (int32_t v = a_.VgAt(t); v >= 0) return v;
    const auto& chunks = a_.chunks;
    size_t c = 0;
    while (c + 1 < chunks.size() && chunks[c + 1].token <= t) ++c;
    auto boundary = [](ChunkKind k) {
      return k == ChunkKind::kComma || k == ChunkKind::kSeparator || k == ChunkKind::kSubordinator;
    };
    for (size_t m = c; m-- > 0;) {
      if (chunks[m].kind == ChunkKind::kVG) return chunks[m].index;
      if (boundary(chunks[m].kind)) break;
    }
    for (size_t m = c + 1; m < chunks.size(); ++m) {
      if (chunks[m].kind == ChunkKind::kVG) return chunks[m].index;
      if (boundary(chunks[m].kind)) break;
    }
    int32_t best = -1;
    uint32_t best_distance = UINT32_MAX;
    for (size_t v = 0; v < a_.vgs.size(); ++v) {
      uint32_t main = a_.vgs[v].main, distance = main > t ? main - t : t - main;
      if (distance < best_distance) best = int32_t(v), best_distance = distance;
    }
    return best;
  }

  // "will meet", "plans to visit" (the analysis marks both intended), "is to
  // visit", "is due to visit".
  bool IsFuture(int32_t v) const {
    if (v < 0) return false;
    const syntax::VerbGroup& g = a_.vgs[v];
    if (g.modality == syntax::Modality::kIntended) return true;
    if (!g.infinitive || g.begin <= a_.token_begin) return false;
    std::string_view before = Lower(g.begin - 1);
    return words_.Has(WordClass::kFutureMarkers, before) || before == "is" || before == "are" || before == "was" ||
           before == "were" || before == "'s" || before == "'re" || before == "am";
  }

  const text::Document& doc_;
  const syntax::Analysis& a_;
  std::optional<CivilDate> document_date_;
  const lex::WordClasses& words_;
  std::vector<TimeMention>* out_;
  uint32_t lo_ = 0, hi_ = 0;  // the tokens being read: the sentence's or its dateline's
};

}  // namespace

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kRange: return "range";
  }
  return "day";
}

std::string EventDate::Value() const {
  char buffer[32];
  switch (precision) {
    case DatePrecision::kDay: return first.Text();
    case DatePrecision::kMonth: std::snprintf(buffer, sizeof buffer, "%04d-%02d", first.year, first.month); return buffer;
    case DatePrecision::kYear: std::snprintf(buffer, sizeof buffer, "%04d", first.year); return buffer;
    case DatePrecision::kRange: return first.Text() + "/" + last.Text();
  }
  return first.Text();
}

void FindTimes(const text::Document& doc, const syntax::Analysis& sentence, std::optional<CivilDate> document_date,
               const lex::WordClasses& words, std::vector<TimeMention>* out) {
  TimeReader reader(doc, sentence, document_date, words, out);
  reader.ReadDateline();
  reader.ReadSentence();
}

}  // namespace tocsin::geo
