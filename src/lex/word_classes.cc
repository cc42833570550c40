#include "lex/word_classes.h"

#include "base/strings.h"

namespace tocsin::lex {
namespace {

constexpr std::string_view kNames[] = {
    "aspectual", "mandative", "headline-reporting",
    "time-nouns",
    "reporting", "takes-clause", "attempt", "intention", "negating", "preventing", "denying", "asking", "committing",
    "alleging", "finding", "content-nouns", "clause-time-heads", "gerund-adverbials",
    "threatening", "commanding", "appealing", "intending", "readiness",
    "country-nouns", "group-nouns", "group-descriptions", "organ-nouns", "owned-places", "state-nouns", "pair-people",
    "pair-states", "counts", "members", "collectives",
    "quantity-heads", "light-verbs", "background-nouns", "event-prepositions", "time-words", "locative-prepositions",
    "target-prepositions", "target-attachments", "reciprocal-verbs", "protester-nouns", "killing-verbs",
    "assassinating-verbs", "attacking-verbs", "mass-counts", "refusing",
    "act-nouns", "charge-nouns", "proposal-nouns", "meeting-points", "geographic-features", "obliging", "co-agent-adverbs", "leading-verbs", "affiliations", "place-nouns",
    "future-markers", "count-killed", "count-wounded", "count-arrested", "count-displaced", "count-missing",
    "count-destroyed", "count-attacked", "undergoing-verbs", "person-nouns", "releasing-verbs", "money-units", "place-objects"};
static_assert(std::size(kNames) == size_t(WordClass::kCount), "one name per class");

constexpr size_t kSlots = 4096;  // far more than the file's words: probes stay short

bool ValidWord(std::string_view w) {
  for (char c : w)
    if (!(IsAsciiLower(c) || IsAsciiDigit(c) || c == '_' || c == '-' || c == '\'')) return false;
  return !w.empty();
}

}  // namespace

std::string_view WordClassName(WordClass c) { return kNames[size_t(c)]; }

bool IsRanked(WordClass c) { return c == WordClass::kTargetPrepositions; }

const WordClasses::Entry* WordClasses::Find(std::string_view word) const {
  if (slots_.empty()) return nullptr;
  for (size_t s = FastHash64(word) & (kSlots - 1);; s = (s + 1) & (kSlots - 1)) {
    uint32_t e = slots_[s];
    if (e == 0) return nullptr;
    if (entries_[e - 1].word == word) return &entries_[e - 1];
  }
}

WordClasses::Entry* WordClasses::Insert(std::string_view word) {
  if (const Entry* found = Find(word)) return const_cast<Entry*>(found);
  if (slots_.empty()) slots_.assign(kSlots, 0);
  size_t s = FastHash64(word) & (kSlots - 1);
  while (slots_[s] != 0) s = (s + 1) & (kSlots - 1);
  entries_.push_back(Entry{std::string(word)});
  slots_[s] = uint32_t(entries_.size());
  return &entries_.back();
}

bool WordClasses::Has(WordClass c, std::string_view word) const {
  const Entry* e = Find(word);
  return e && e->classes.test(size_t(c));
}

int WordClasses::Rank(WordClass c, std::string_view word) const {
  const Entry* e = Find(word);
  if (!e) return -1;
  for (auto [cls, rank] : e->ranks)
    if (cls == uint8_t(c)) return rank;
  return -1;
}

Result<WordClasses> WordClasses::Parse(std::string_view text, std::string_view file) {
  WordClasses out;
  std::string errors;
  auto fail = [&](size_t line, const std::string& why) {
    errors += std::string(file) + ":" + std::to_string(line) + ": " + why + "\n";
  };
  bool defined[size_t(WordClass::kCount)] = {};
  int current = -1;  // the class being read, or -1
  bool ranked = false;
  size_t line_no = 0;
  for (std::string_view line : Split(text, '\n', false)) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      size_t close = line.find(']');
      if (close == std::string_view::npos) {
        fail(line_no, "a class header needs a closing ']'");
        current = -1;
        continue;
      }
      std::vector<std::string_view> head = SplitWhitespace(line.substr(1, close - 1));
      ranked = head.size() == 2 && head[1] == "ranked";
      current = -1;
      if (head.empty() || head.size() > 2 || (head.size() == 2 && !ranked)) {
        fail(line_no, "want [class-name] or [class-name ranked]");
        continue;
      }
      for (size_t c = 0; c < std::size(kNames); ++c)
        if (kNames[c] == head[0]) current = int(c);
      if (current < 0) {
        fail(line_no, "unknown class '" + std::string(head[0]) + "'");
      } else if (defined[current]) {
        fail(line_no, "class '" + std::string(head[0]) + "' is defined twice");
        current = -1;
      } else if (ranked != IsRanked(WordClass(current))) {
        fail(line_no, "class '" + std::string(head[0]) + (ranked ? "' is not ranked" : "' is ranked: [" +
                                                                       std::string(head[0]) + " ranked]"));
        current = -1;
      } else {
        defined[current] = true;
      }
      continue;
    }
    if (current < 0) {
      fail(line_no, "words outside a class (a [class-name] line comes first)");
      continue;
    }
    for (std::string_view w : SplitWhitespace(line)) {
      if (!ValidWord(w)) {
        fail(line_no, "'" + std::string(w) + "' is not a lower-case word");
        continue;
      }
      Entry* e = out.Insert(w);
      if (e->classes.test(size_t(current))) {
        fail(line_no, "'" + std::string(w) + "' is listed twice in " + std::string(kNames[current]));
        continue;
      }
      e->classes.set(size_t(current));
      std::vector<std::string>& list = out.words_[current];
      if (ranked) e->ranks.emplace_back(uint8_t(current), uint16_t(list.size()));
      list.emplace_back(w);
    }
  }
  for (size_t c = 0; c < std::size(kNames); ++c)
    if (!defined[c]) errors += std::string(file) + ": class '" + std::string(kNames[c]) + "' is missing\n";
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return out;
}

}  // namespace tocsin::lex
