// Word classes: the open lists of words that the analysis and the coder
// treat alike ("reporting verbs", "light verbs", "time words", ...), read
// from data/lexicon/word-classes.txt (docs/word-classes.md). C++ names a
// class by a WordClass value and asks whether a word (a lemma or a lower-case
// form, as the class's comment in the file says) belongs to it; a ranked
// class also gives each word's rank. The data file must define exactly the
// classes listed here. One WordClasses is shared read-only by all threads.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tocsin::lex {

enum class WordClass : uint8_t {
  kAspectual, kMandative, kHeadlineReporting,
  kTimeNouns,
  kReporting, kTakesClause, kAttempt, kIntention, kNegating, kPreventing, kDenying, kAsking, kCommitting,
  kAlleging, kFinding, kContentNouns, kClauseTimeHeads, kGerundAdverbials,
  kThreatening, kCommanding, kAppealing, kIntending, kReadiness,
  kCountryNouns, kGroupNouns, kGroupDescriptions, kOrganNouns, kOwnedPlaces, kStateNouns, kPairPeople,
  kPairStates, kCounts, kMembers, kCollectives,
  kQuantityHeads, kLightVerbs, kBackgroundNouns, kEventPrepositions, kTimeWords, kLocativePrepositions,
  kTargetPrepositions, kTargetAttachments, kReciprocalVerbs, kProtesterNouns, kKillingVerbs,
  kAssassinatingVerbs, kAttackingVerbs, kMassCounts, kRefusing,
  kActNouns, kChargeNouns, kProposalNouns, kMeetingPoints, kGeographicFeatures, kObliging, kCoAgentAdverbs, kLeadingVerbs, kAffiliations, kPlaceNouns,
  kFutureMarkers, kCountKilled, kCountWounded, kCountArrested, kCountDisplaced, kCountMissing, kCountDestroyed,
  kCountAttacked, kUndergoingVerbs, kPersonNouns, kReleasingVerbs, kMoneyUnits, kPlaceObjects,
  kCount
};

// The class's name in the data file ("reporting", "light-verbs").
std::string_view WordClassName(WordClass c);
// Whether the file lists the class's words in rank order ("[name ranked]").
bool IsRanked(WordClass c);

class WordClasses {
 public:
  // Parses the data file's text; `file` names it in error messages
  // ("file:line: reason", one line per problem).
  static Result<WordClasses> Parse(std::string_view text, std::string_view file);

  bool Has(WordClass c, std::string_view word) const;
  // The word's position in a ranked class (0 = likeliest), or -1.
  int Rank(WordClass c, std::string_view word) const;
  // The words of a class in file order (for tests and documentation).
  const std::vector<std::string>& Words(WordClass c) const { return words_[size_t(c)]; }

 private:
  struct Entry {
    std::string word;
    std::bitset<size_t(WordClass::kCount)> classes;  // bit i: WordClass(i)
    std::vector<std::pair<uint8_t, uint16_t>> ranks;  // (class, rank) for ranked classes
  };
  const Entry* Find(std::string_view word) const;
  Entry* Insert(std::string_view word);

  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // open addressing over entries_ (index + 1; 0 is empty)
  std::vector<std::string> words_[size_t(WordClass::kCount)];
};

}  // namespace tocsin::lex
