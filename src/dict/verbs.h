// Verb-pattern dictionary: which clauses express which CAMEO event. A pattern
// is a frame around a verb (object, particle, prepositional phrases, the slot
// that holds the target) and optionally a second frame for an infinitive
// complement ("vow to send $WEAPONS"); noun patterns code event nouns ("air
// strike on T"). Loaded from tocsin's own format (docs/dictionaries.md) or
// from a PETRARCH verb file (dict/petrarch.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/phrase_index.h"
#include "lex/lexicon.h"

namespace tocsin::dict {

// Alternative word sequences (normalised with NounWords). Empty: no constraint.
// A phrase matches when it ends with one of the sequences, or, with
// `anywhere`, contains it (PETRARCH patterns name words anywhere in a phrase).
struct Words {
  std::vector<std::vector<std::string>> sequences;
  bool anywhere = false;
  // WordHash of each sequence's last word, parallel to `sequences` (set by
  // VerbDictionary::Add): a phrase is compared word by word only with the
  // sequences its last word could end.
  std::vector<uint64_t> last_hashes;
  bool of_compounds = false;  // some sequence of three or more words has "of" ("state of emergency")
  bool empty() const { return sequences.empty(); }
};

struct PrepSlot {
  std::vector<std::string> preps;  // alternatives: "to", "into", ...
  bool target = false;  // its object is the target
  bool source = false;  // its object is the source (PETRARCH '$' in a phrase)
  Words noun;           // constraint on its object, if any
};

struct Frame {
  std::vector<std::string> verbs;      // lemma alternatives (noun patterns: empty)
  std::vector<std::string> particles;  // parallel to verbs; "" for none
  Words object;                    // constraint on the direct object
  bool object_target = false;      // the direct object is the target ("meet T")
  bool indirect_target = false;    // "grant T access": the first of two objects is the target
  bool gerund = false;             // a complement in -ing ("ruled out sending troops")
  bool object_source = false;      // PETRARCH: '$' after the verb
  std::vector<PrepSlot> preps;     // all required
};

struct VerbPattern {
  std::string code;          // "154"; "---" blocks
  std::string reverse_code;  // PETRARCH "[a:b]": the event the target does to the source
  bool reverse_only = false; // PETRARCH "[:b]": `code` is done by the target to the source
  bool noun_event = false;
  Words noun;                // noun patterns: the event noun
  std::vector<PrepSlot> noun_targets;  // noun patterns: any one of these gives the target
  Frame main;
  bool has_complement = false;
  Frame complement;          // the infinitive the main verb governs
  Words subject;             // PETRARCH words before '*': constraint on the subject
  int specificity = 0;
  std::string text;          // the pattern as written
  std::string origin;        // file:line
};

// A pattern a verb lemma can start: the pattern and which of its main
// frame's verb alternatives the lemma is, with what a clause must have for
// the pattern to match. The entries of a verb lie together, and most
// patterns are ruled out by these alone, without reading the pattern.
struct VerbEntry {
  uint32_t pattern = 0;
  uint32_t verb = 0;
  uint64_t particle = 0;     // WordHash of the first word of this verb's particle, 0 for none
  uint64_t complements = 0;  // LemmaBit of each complement-frame verb; 0 for no complement frame
  bool object = false;       // the main frame constrains the object or makes it the target or source

  // A set of verb lemmas as 64 bits, one (hashed) bit for each.
  static uint64_t LemmaBit(std::string_view lemma) { return uint64_t(1) << (WordHash(lemma) & 63); }
};

class VerbDictionary {
 public:
  uint32_t Add(VerbPattern pattern);
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Patterns whose main verb is `lemma` / whose event noun ends in `noun`.
  const std::vector<VerbEntry>* ForVerb(std::string_view lemma) const;
  const std::vector<uint32_t>* ForNoun(std::string_view noun) const;
  size_t verb_count() const { return by_verb_.size(); }

 private:
  // Lookups by a string_view without building a std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  std::vector<VerbPattern> patterns_;
  Map<std::vector<VerbEntry>> by_verb_;
  Map<std::vector<uint32_t>> by_noun_;
};

// Reads tocsin's own verb-pattern format; bad lines go to `errors`. `codes`
// lists the valid CAMEO event codes (a pattern with another code is an error).
void ReadVerbPatterns(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                      bool (*valid_code)(std::string_view), VerbDictionary* out, std::vector<std::string>* errors);

bool IsPreposition(std::string_view word);

}  // namespace tocsin::dict
