// The syntactic analysis of one sentence: noun phrases, prepositional phrases
// and verb groups, and for every verb group its subject, objects, by-agent,
// voice, negation, modality, governing verb and reported speaker. Indices are
// into the vectors of the same Analysis; token indices are document-wide.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tocsin::syntax {

enum class Voice : uint8_t { kActive, kPassive };

// Ordered by how strongly they hold back an event (see coder).
enum class Modality : uint8_t { kAsserted, kReported, kAttempted, kIntended, kPossible, kHypothetical };
std::string_view ModalityName(Modality m);

struct NounPhrase {
  uint32_t begin = 0, end = 0;  // tokens
  uint32_t head = 0;            // head token
  uint32_t possessor_end = 0;   // tokens [begin, possessor_end) are a possessor ("Russia 's"); 0 if none
  int32_t next_conjunct = -1;   // "X and Y": X.next_conjunct = Y
  int32_t first_conjunct = -1;  // Y.first_conjunct = X (the first of the chain)
  int32_t antecedent = -1;      // for relative pronouns: the phrase they stand for
  int32_t appositive = -1;      // "Rwanda's president, Paul Kagame,": the phrase that renames this one
  int32_t appositive_of = -1;   // the phrase this one renames
  bool pronoun = false;         // he, she, it, they, we ...
  bool relative = false;        // who, which, that
  bool object_of_preposition = false;
};

struct PrepPhrase {
  uint32_t prep = 0;     // the preposition token
  int32_t np = -1;       // its object
  int32_t modifies_np = -1;  // the noun phrase right before it, if any
  int32_t vg = -1;           // the verb group it belongs to, if any
};

struct VerbGroup {
  uint32_t begin = 0, end = 0;  // tokens: auxiliaries, adverbs, main verb
  uint32_t main = 0;            // main verb token
  int32_t particle = -1;        // particle token ("out" in "carried out")
  Voice voice = Voice::kActive;
  bool negated = false;
  bool infinitive = false;      // "to" + verb
  bool gerund = false;          // -ing form with no auxiliary
  bool participle = false;      // past participle with no auxiliary ("soldiers killed in ...")
  Modality modality = Modality::kAsserted;
  int32_t subject = -1, object = -1, indirect_object = -1, agent = -1;  // noun phrases
  int32_t governor = -1;        // the verb this one complements ("tried" for "to pressure")
  int32_t conjunct_of = -1;     // the verb group this one is coordinated with ("form ... and send")
  int32_t adverbial_of = -1;    // ", killing 14 people": the verb group this -ing clause elaborates
  int32_t speaker = -1;         // noun phrase of the person reporting this clause
  int32_t reporting = -1;       // the reporting verb group ("said")
  bool reported = false;        // in reported speech
  bool in_quote = false;
  bool conditional = false;     // in an if/unless clause or a question
};

// The sentence as a flat sequence of chunks, the clause analysis's input.
enum class ChunkKind : uint8_t {
  kNP, kVG, kPrep, kConj, kSubordinator, kComma, kSeparator, kQuote, kOpenParen, kCloseParen,
  kAdverb, kOther
};
struct Chunk {
  ChunkKind kind = ChunkKind::kOther;
  uint32_t token = 0;  // first token
  int32_t index = -1;  // into nps / vgs / pps for kNP / kVG / kPrep
};

struct Analysis {
  uint32_t token_begin = 0, token_end = 0;
  bool headline = false;  // the sentence is a headline
  std::vector<Chunk> chunks;
  std::vector<NounPhrase> nps;
  std::vector<PrepPhrase> pps;
  std::vector<VerbGroup> vgs;
  std::vector<int32_t> np_at;  // per token (offset by token_begin): the NP containing it, or -1
  std::vector<int32_t> vg_at;  // per token: the VG containing it, or -1
  void Clear();
  int32_t NpAt(uint32_t token) const { return np_at[token - token_begin]; }
  int32_t VgAt(uint32_t token) const { return vg_at[token - token_begin]; }
};

}  // namespace tocsin::syntax
