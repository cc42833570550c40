#include "geo/quantities.h"

#include <algorithm>
#include <array>

#include "geo/numbers.h"
#include "lex/tagset.h"

namespace tocsin::geo {
namespace {

using lex::WordClass;
using syntax::NounPhrase;
using syntax::VerbGroup;
using syntax::Voice;

constexpr std::array<WordClass, 7> kKindClasses = {
    WordClass::kCountKilled,    WordClass::kCountWounded,   WordClass::kCountArrested, WordClass::kCountDisplaced,
    WordClass::kCountMissing,   WordClass::kCountDestroyed, WordClass::kCountAttacked};

// Prepositions that give a figure its value: "rose to 31", "stands at 31", "estimated in the tens of thousands".
bool IsFigurePreposition(std::string_view w) { return w == "to" || w == "at" || w == "in" || w == "around"; }

bool IsAboutPersons(QuantityKind k) { return k < QuantityKind::kDestroyed; }

// Which kinds a word may give in a given place, one bit per QuantityKind.
using KindMask = uint8_t;
constexpr KindMask kAnyKind = 0x7f;
constexpr KindMask kPersonKinds = 0x1f;
// Nouns name deaths, captivity, flight and destruction, but a noun of attack
// ("the attack on 40 towns") counts no attacked places.
constexpr KindMask kNounKinds = kAnyKind & ~(1 << int(QuantityKind::kAttacked));

// What the counted noun is: whether a count of it can be killed or only destroyed.
enum class Counted : uint8_t { kUnsaid, kPersons, kThings };

// How a qualifier bounds its number.
enum class Bound : uint8_t { kExact, kAtLeast, kAtMost };
struct Qualifier {
  std::string_view words[3];  // one to three words, "" after the last
  Bound bound;
};
// Longest first, so that "no fewer than" wins over "fewer than".
constexpr Qualifier kQualifiers[] = {
    {{"in", "excess", "of"}, Bound::kAtLeast}, {{"no", "fewer", "than"}, Bound::kAtLeast},
    {{"no", "less", "than"}, Bound::kAtLeast}, {{"as", "many", "as"}, Bound::kAtMost},
    {{"at", "least"}, Bound::kAtLeast},        {{"more", "than"}, Bound::kAtLeast},
    {{"upwards", "of"}, Bound::kAtLeast},      {{"just", "over"}, Bound::kAtLeast},
    {{"well", "over"}, Bound::kAtLeast},       {{"up", "to"}, Bound::kAtMost},
    {{"fewer", "than"}, Bound::kAtMost},       {{"less", "than"}, Bound::kAtMost},
    {{"at", "most"}, Bound::kAtMost},          {{"just", "under"}, Bound::kAtMost},
    {{"an", "estimated"}, Bound::kExact},      {{"over"}, Bound::kAtLeast},
    {{"above"}, Bound::kAtLeast},              {{"under"}, Bound::kAtMost},
    {{"below"}, Bound::kAtMost},               {{"about"}, Bound::kExact},
    {{"around"}, Bound::kExact},               {{"nearly"}, Bound::kExact},
    {{"almost"}, Bound::kExact},               {{"some"}, Bound::kExact},
    {{"roughly"}, Bound::kExact},              {{"approximately"}, Bound::kExact},
    {{"estimated"}, Bound::kExact},            {{"exactly"}, Bound::kExact},
};
// The qualifiers as the output writes them, parallel to kQualifiers.
constexpr std::string_view kQualifierText[] = {
    "in excess of", "no fewer than", "no less than", "as many as", "at least", "more than", "upwards of",
    "just over",    "well over",     "up to",        "fewer than", "less than", "at most",  "just under",
    "an estimated", "over",          "above",        "under",      "below",    "about",    "around",
    "nearly",       "almost",        "some",         "roughly",    "approximately", "estimated", "exactly"};
static_assert(std::size(kQualifiers) == std::size(kQualifierText), "one text per qualifier");

// A count phrase before its role in the clause is known.
struct Count {
  uint32_t begin = 0, end = 0;         // the phrase: qualifier, number, counted noun
  uint32_t number_begin = 0, number_end = 0;
  std::optional<int64_t> min, max;
  std::string_view qualifier;
  int32_t unit = -1;                    // the counted noun's token, or -1
  int32_t np = -1;                      // the phrase that plays the count's part in its clause
  int32_t last_np = -1;                 // the phrase of a range's upper number ("between 10 and [15 soldiers]")
  bool counts = true;                   // false for a number that counts nothing ("aged 70", "in 2019")
};

struct Kind {
  QuantityKind kind;
  int32_t vg = -1;
  int32_t unit = -1;  // a counted noun found elsewhere ("the loss of soldiers ... tens of thousands")
};

class QuantityReader {
 public:
  QuantityReader(const text::Document& doc, const syntax::Analysis& a, const lex::WordClasses& words,
                 std::vector<Quantity>* out)
      : doc_(doc), a_(a), words_(words), out_(out) {}

  void Run() {
    for (uint32_t i = a_.token_begin; i < a_.token_end; ++i) {
      // The cheap test first: a count starts with a digit or a number word.
      const text::Token& t = doc_.tokens[i];
      if (!t.Has(text::kHasDigit) && !StartsWithLetter(i)) continue;
      std::optional<Count> count = ReadCount(i);
      if (!count) continue;
      if (!count->counts) {
        i = count->number_end - 1;
        continue;
      }
      if (std::optional<Kind> kind = KindOf(*count)) Emit(*count, *kind);
      i = count->end - 1;
    }
  }

 private:
  std::string_view Lower(uint32_t i) const {
    return i >= a_.token_begin && i < a_.token_end ? doc_.TokenLower(doc_.tokens[i]) : std::string_view();
  }
  lex::Tag TagAt(uint32_t i) const {
    return i >= a_.token_begin && i < a_.token_end ? lex::Tag(doc_.tokens[i].tag) : lex::kNoTag;
  }
  std::string_view Lemma(uint32_t i) const { return doc_.tokens[i].lemma; }
  bool StartsWithLetter(uint32_t i) const {
    std::string_view w = Lower(i);
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
  }
  bool InClass(WordClass c, uint32_t i) const { return words_.Has(c, Lemma(i)) || words_.Has(c, Lower(i)); }

  // "dozens" 24-99, "tens of thousands" 20,000-99,999, ...; sets *end.
  bool VagueCount(uint32_t i, Count* c, uint32_t* end) const {
    std::string_view w = Lower(i);
    bool of_follows = Lower(i + 1) == "of";
    std::string_view larger = of_follows ? Lower(i + 2) : std::string_view();
    auto set = [&](int64_t lo, std::optional<int64_t> hi, uint32_t after) {
      c->min = lo, c->max = hi, *end = after;
      return true;
    };
    if ((w == "tens" || w == "hundreds") && (larger == "thousands" || larger == "millions")) {
      int64_t unit = larger == "thousands" ? 1000 : 1000000;
      return w == "tens" ? set(20 * unit, 100 * unit - 1, i + 3) : set(200 * unit, 1000 * unit - 1, i + 3);
    }
    if (w == "dozens") return set(24, 99, i + 1);
    if (w == "scores" && of_follows) return set(40, 99, i + 1);
    if (w == "hundreds") return set(200, 999, i + 1);
    if (w == "thousands") return set(2000, 9999, i + 1);
    if (w == "millions") return set(2000000, std::nullopt, i + 1);
    return false;
  }

  // The number at `i`, exact, vague or a range ("10-15"); sets *end.
  bool Value(uint32_t i, Count* c, uint32_t* end) const {
    if (VagueCount(i, c, end)) return true;
    std::string_view w = Lower(i);
    if (size_t dash = w.find('-'); dash != std::string_view::npos && doc_.tokens[i].Has(text::kHasDigit)) {
      int64_t lo = 0, hi = 0;
      for (char ch : w.substr(0, dash)) lo = ch >= '0' && ch <= '9' && lo < 100000000 ? lo * 10 + (ch - '0') : -1;
      for (char ch : w.substr(dash + 1)) hi = ch >= '0' && ch <= '9' && hi < 100000000 ? hi * 10 + (ch - '0') : -1;
      if (lo <= 0 || hi <= lo || dash == 0 || dash + 1 == w.size()) return false;
      c->min = lo, c->max = hi, *end = i + 1;
      return true;
    }
    std::optional<NumberMatch> n = ReadNumber(doc_, i, a_.token_end);
    if (!n) return false;
    // "no one", "the one who": a pronoun, not a count.
    if (w == "one" && TagAt(i - 1) == lex::DT) return false;
    c->min = c->max = n->value;
    *end = n->end;
    return true;
  }

  // The qualifier that ends right before `i`, if any.
  void ReadQualifier(uint32_t i, Count* c) const {
    for (size_t q = 0; q < std::size(kQualifiers); ++q) {
      uint32_t n = 0;
      while (n < 3 && !kQualifiers[q].words[n].empty()) ++n;
      if (i < a_.token_begin + n) continue;
      bool match = true;
      for (uint32_t k = 0; k < n && match; ++k) match = Lower(i - n + k) == kQualifiers[q].words[k];
      if (!match) continue;
      c->begin = i - n;
      c->qualifier = kQualifierText[q];
      if (kQualifiers[q].bound == Bound::kAtLeast) c->max.reset();
      if (kQualifiers[q].bound == Bound::kAtMost) c->min.reset();
      return;
    }
  }

  // Numbers that count nothing: money, ages, percentages, dates, years, clock times, identifiers.
  bool CountsNothing(const Count& c) const {
    uint32_t first = c.number_begin, after = c.number_end;
    std::string_view before = Lower(first - 1), next = Lower(after);
    if (before == "$" || before == "€" || before == "£" || before == "us$" || before == "aged" || before == "age")
      return true;
    if (next == "%" || next == "percent" || (next == "per" && Lower(after + 1) == "cent") || next == "a.m." ||
        next == "p.m." || next == "am" || next == "pm" || next == "gmt" || next == "o'clock")
      return true;
    // "Resolution 2334", "Article 5": a number right after a noun names it.
    if (lex::IsNoun(TagAt(first - 1)) && c.begin == first) return true;
    // "24 February", "May 24".
    auto month = [&](uint32_t k) { return doc_.tokens[k].Has(text::kCapitalized) && MonthNumber(Lower(k)); };
    if ((first > a_.token_begin && month(first - 1)) || (after < a_.token_end && month(after))) return true;
    if (c.unit >= 0) {
      uint32_t u = uint32_t(c.unit);
      if (words_.Has(WordClass::kTimeNouns, Lower(u)) || words_.Has(WordClass::kMoneyUnits, Lemma(u))) return true;
    }
    // "in 2019", "the 2019 agreement": a year, unless it counts a plural ("2019 people").
    if (after == first + 1 && YearNumber(Lower(first)) && c.min && *c.min <= 2100 &&
        (c.unit < 0 || TagAt(uint32_t(c.unit)) != lex::NNS))
      return true;
    return false;
  }

  std::optional<Count> ReadCount(uint32_t i) {
    Count c;
    uint32_t end = i;
    if (!Value(i, &c, &end)) return std::nullopt;
    c.begin = c.number_begin = i;
    c.number_end = end;
    if (Lower(i - 1) == "between" && Lower(end) == "and") {
      Count upper;
      uint32_t upper_end = end;
      if (Value(end + 1, &upper, &upper_end) && upper.max) {
        c.begin = i - 1, c.max = upper.max, c.qualifier = "between";
        c.number_end = end = upper_end;
      }
    } else if (Lower(end) == "or" && Lower(end + 1) == "more") {
      c.max.reset(), c.qualifier = "or more";
      c.number_end = end = end + 2;
    } else if (Lower(end) == "to" && Lower(i - 1) != "from") {  // "10 to 15"; "rose from 10 to 31" is a change
      Count upper;
      uint32_t upper_end = end;
      if (Value(end + 1, &upper, &upper_end) && upper.max && c.min && *upper.max > *c.min) {
        c.max = upper.max;
        c.number_end = end = upper_end;
      }
    }
    if (c.qualifier.empty()) ReadQualifier(i, &c);
    c.end = end;
    // The counted noun: after "of" ("dozens of civilians"), else the head of the number's phrase.
    c.np = a_.NpAt(i);
    c.last_np = a_.NpAt(end - 1);
    if (Lower(end) == "of" && end + 1 < a_.token_end && a_.NpAt(end + 1) >= 0) {
      const NounPhrase& counted = a_.nps[a_.NpAt(end + 1)];
      if (!counted.pronoun) c.unit = int32_t(counted.head);
      c.end = counted.end;
    } else if (c.last_np >= 0 && a_.nps[c.last_np].head >= end) {
      c.unit = int32_t(a_.nps[c.last_np].head);
      c.end = std::max(end, a_.nps[c.last_np].head + 1);
    }
    if (c.unit >= 0 && !lex::IsNoun(TagAt(uint32_t(c.unit))) && !InAnyKind(uint32_t(c.unit))) c.unit = -1;
    if (CountsNothing(c)) {
      c.counts = false;
      return c;
    }
    // "a total of 40 towns": the total plays the count's part in the clause.
    if (c.np >= 0) {
      for (const syntax::PrepPhrase& pp : a_.pps)
        if (pp.np == c.np && Lower(pp.prep) == "of" && pp.modifies_np >= 0 &&
            words_.Has(WordClass::kQuantityHeads, Lemma(a_.nps[pp.modifies_np].head)))
          c.np = pp.modifies_np;
    }
    return c;
  }

  bool InAnyKind(uint32_t i) const {
    for (WordClass k : kKindClasses)
      if (InClass(k, i)) return true;
    return false;
  }

  Counted WhatIsCounted(int32_t unit) const {
    if (unit < 0) return Counted::kUnsaid;
    uint32_t u = uint32_t(unit);
    // "31 Palestinians": a capitalised plural is a people.
    if (words_.Has(WordClass::kPersonNouns, Lemma(u)) || words_.Has(WordClass::kPersonNouns, Lower(u)) ||
        TagAt(u) == lex::NNPS || (TagAt(u) == lex::NNS && doc_.tokens[u].Has(text::kCapitalized)) ||
        !lex::IsNoun(TagAt(u)))
      return Counted::kPersons;
    return Counted::kThings;
  }

  // The kind a word gives a count of `counted`: a word in several classes
  // ("lose", "loss") takes the one that fits; an act on persons does not
  // count things ("held three meetings").
  std::optional<QuantityKind> KindOfWord(std::string_view lemma, std::string_view form, Counted counted,
                                         KindMask allowed = kAnyKind) const {
    std::optional<QuantityKind> persons, things;
    for (size_t k = 0; k < kKindClasses.size(); ++k) {
      if (!(allowed >> k & 1)) continue;
      if (!words_.Has(kKindClasses[k], lemma) && !words_.Has(kKindClasses[k], form)) continue;
      QuantityKind kind = QuantityKind(k);
      std::optional<QuantityKind>& slot = IsAboutPersons(kind) ? persons : things;
      if (!slot) slot = kind;
    }
    if (counted == Counted::kThings) return things;
    return persons ? persons : things;
  }
  std::optional<QuantityKind> KindOfToken(uint32_t i, Counted counted, KindMask allowed = kAnyKind) const {
    return KindOfWord(Lemma(i), Lower(i), counted, allowed);
  }

  // The verb's lemma with its particle ("shoot_down"), in `buffer`.
  std::string_view VerbLemma(const VerbGroup& v, std::array<char, 48>* buffer) const {
    std::string_view lemma = Lemma(v.main);
    if (v.particle < 0) return lemma;
    std::string_view particle = Lower(uint32_t(v.particle));
    if (lemma.size() + 1 + particle.size() > buffer->size()) return lemma;
    size_t n = 0;
    for (char ch : lemma) (*buffer)[n++] = ch;
    (*buffer)[n++] = '_';
    for (char ch : particle) (*buffer)[n++] = ch;
    return std::string_view(buffer->data(), n);
  }
  std::optional<QuantityKind> KindOfVerb(const VerbGroup& v, Counted counted) const {
    std::array<char, 48> buffer;
    std::string_view with_particle = VerbLemma(v, &buffer);
    if (auto kind = KindOfWord(with_particle, Lower(v.main), counted)) return kind;
    return KindOfWord(Lemma(v.main), Lower(v.main), counted);
  }

  bool Plays(const Count& c, int32_t role) const {
    for (int32_t r = role; r >= 0; r = a_.nps[r].next_conjunct)
      if (r == c.np || r == c.last_np) return true;
    return false;
  }

  // "destroyed up to 12 tanks", "killed more than 40": the analysis may take
  // the qualifier for a preposition and the count for its object.
  bool ObjectBehindQualifier(const Count& c, int32_t v) const {
    if (a_.vgs[v].object >= 0) return false;
    for (const syntax::PrepPhrase& pp : a_.pps)
      if (pp.vg == v && pp.prep >= c.begin && pp.prep < c.number_begin && (pp.np == c.np || pp.np == c.last_np))
        return true;
    return false;
  }

  // "were taken prisoner", "left 31 people dead", "are missing": a word of a kind right after `k`.
  std::optional<QuantityKind> Complement(uint32_t k, Counted counted) const {
    if (k >= a_.token_end) return std::nullopt;
    lex::Tag t = TagAt(k);
    bool participle = t == lex::VBN || t == lex::VBD;
    if (!lex::IsAdjective(t) && t != lex::NN && t != lex::VBG && !participle) return std::nullopt;
    return KindOfToken(k, counted, participle ? kAnyKind : kNounKinds);
  }

  std::optional<Kind> KindOf(const Count& c) const {
    Counted counted = WhatIsCounted(c.unit);
    // The count as an argument of a verb.
    if (c.np >= 0 || c.last_np >= 0) {
      for (size_t v = 0; v < a_.vgs.size(); ++v) {
        const VerbGroup& g = a_.vgs[v];
        // A verb right after the count with no subject of its own is the count's ("between 10 and 15 were captured").
        bool subject = Plays(c, g.subject) || (g.subject < 0 && g.begin == c.end);
        bool object = Plays(c, g.object) || Plays(c, g.indirect_object) || ObjectBehindQualifier(c, int32_t(v));
        bool undergoes = (g.voice == Voice::kActive && object) || (g.voice == Voice::kPassive && subject);
        if (undergoes) {
          if (auto kind = KindOfVerb(g, counted)) return Kind{*kind, int32_t(v)};
          uint32_t after = g.voice == Voice::kActive && g.object >= 0 ? a_.nps[g.object].end : g.end;
          if (auto kind = Complement(after, counted)) return Kind{*kind, int32_t(v)};
          if (words_.Has(WordClass::kReleasingVerbs, Lemma(g.main))) return std::nullopt;
          break;
        }
        if (g.voice == Voice::kActive && subject && g.main >= c.end) {
          // "31 people died", "31 soldiers lost their lives", "dozens are missing", "12 were dead".
          if (InClass(WordClass::kUndergoingVerbs, g.main)) {
            if (g.object < 0) {
              if (auto kind = KindOfVerb(g, counted)) return Kind{*kind, int32_t(v)};
            } else if (auto kind = KindOfToken(a_.nps[g.object].head, counted, kPersonKinds)) {
              return Kind{*kind, int32_t(v)};
            }
          }
          if (Lemma(g.main) == "be")
            if (auto kind = Complement(g.end, counted)) return Kind{*kind, int32_t(v)};
          break;
        }
      }
    }
    // "31 people killed", "12 dead", "dozens missing": a participle or adjective after the count.
    if (auto kind = Complement(c.end, counted)) {
      int32_t v = a_.VgAt(c.end);
      if (v < 0) return Kind{*kind, -1};
      const VerbGroup& g = a_.vgs[v];
      if (g.participle || g.voice == Voice::kPassive || g.object < 0) return Kind{*kind, v};
    }
    // "31 deaths", "2 million refugees", "31 dead": the counted word names what befell them.
    if (c.unit >= 0)
      if (auto kind = KindOfToken(uint32_t(c.unit), Counted::kPersons, kPersonKinds)) return Kind{*kind, -1};
    if (c.np < 0) return std::nullopt;
    for (const syntax::PrepPhrase& pp : a_.pps) {
      if (pp.np != c.np) continue;
      // "the deaths of 31 people", "the loss of 4,000 vehicles", "a death toll of 31".
      if (Lower(pp.prep) == "of" && pp.modifies_np >= 0)
        if (auto kind = KindOfPhrase(pp.modifies_np, counted, kNounKinds)) return Kind{*kind, -1};
      // "the death toll rose to 31", "the loss of soldiers is estimated in the tens of thousands".
      if (pp.vg >= 0 && a_.vgs[pp.vg].subject >= 0 && IsFigurePreposition(Lower(pp.prep))) {
        int32_t subject = a_.vgs[pp.vg].subject;
        int32_t unit = c.unit >= 0 ? c.unit : CountedAfterOf(subject);
        if (auto kind = KindOfPhrase(subject, WhatIsCounted(unit), kNounKinds)) return Kind{*kind, -1, unit};
      }
    }
    // "the toll reached 31".
    for (const VerbGroup& g : a_.vgs)
      if (g.object == c.np && g.subject >= 0)
        if (auto kind = KindOfPhrase(g.subject, counted, kPersonKinds)) return Kind{*kind, -1};
    return std::nullopt;
  }

  // The kind a noun phrase's words name ("the death toll", "the loss").
  std::optional<QuantityKind> KindOfPhrase(int32_t np, Counted counted, KindMask allowed) const {
    const NounPhrase& p = a_.nps[np];
    for (uint32_t k = p.begin; k < p.end; ++k)
      if (lex::IsNoun(TagAt(k)))
        if (auto kind = KindOfToken(k, counted, allowed)) return kind;
    return std::nullopt;
  }

  // "the loss of Russian soldiers": the head after the phrase's "of".
  int32_t CountedAfterOf(int32_t np) const {
    for (const syntax::PrepPhrase& pp : a_.pps)
      if (pp.modifies_np == np && pp.np >= 0 && Lower(pp.prep) == "of") return int32_t(a_.nps[pp.np].head);
    return -1;
  }

  void Emit(const Count& c, const Kind& k) {
    Quantity q;
    q.kind = k.kind;
    q.min = c.min;
    q.max = c.max;
    int32_t unit = c.unit >= 0 ? c.unit : k.unit;
    if (unit >= 0 && lex::IsNoun(TagAt(uint32_t(unit)))) q.unit = Lower(uint32_t(unit));
    else if (IsAboutPersons(k.kind)) q.unit = "people";
    q.qualifier = c.qualifier;
    q.token_begin = c.begin;
    q.token_end = c.end;
    q.vg = k.vg;
    out_->push_back(q);
  }

  const text::Document& doc_;
  const syntax::Analysis& a_;
  const lex::WordClasses& words_;
  std::vector<Quantity>* out_;
};

}  // namespace

std::string_view QuantityKindName(QuantityKind k) {
  switch (k) {
    case QuantityKind::kKilled: return "killed";
    case QuantityKind::kWounded: return "wounded";
    case QuantityKind::kArrested: return "arrested";
    case QuantityKind::kDisplaced: return "displaced";
    case QuantityKind::kMissing: return "missing";
    case QuantityKind::kDestroyed: return "destroyed";
    case QuantityKind::kAttacked: return "attacked";
  }
  return "killed";
}

void FindQuantities(const text::Document& doc, const syntax::Analysis& sentence, const lex::WordClasses& words,
                    std::vector<Quantity>* out) {
  QuantityReader(doc, sentence, words, out).Run();
}

}  // namespace tocsin::geo
