// Actor recognition and resolution. Finds dictionary names and agent words in
// a sentence, then gives every noun phrase the actors it stands for: a person
// by the document's date, a country with the sector its agent word implies
// ("Belarusian troops" -> BLRMIL, "Russia's army" -> RUSMIL), a capital as its
// government, an organisation, or "---" plus a sector when only the role is
// known. Pronouns and "his country"-style phrases are resolved from the
// entities the document has mentioned so far.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coder/actor_code.h"
#include "coder/entity_memory.h"
#include "coder/event.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::coder {

struct Mention {
  uint32_t begin = 0, end = 0;  // document tokens
  int32_t name = -1;            // index into ActorDictionary::names(), or -1
  int32_t agent = -1;           // index into AgentDictionary::agents(), or -1
};


class ActorResolver {
 public:
  ActorResolver(const dict::Dictionaries& dictionaries, const dict::Ontology& ontology, const lex::WordClasses& words,
                int date)
      : dict_(dictionaries), ontology_(ontology), words_(words), date_(date) {}

  // Finds the mentions of sentence `s`; call before ResolveSentence.
  void FindMentions(const text::Document& doc, const text::Sentence& s);
  // Resolves every noun phrase of the sentence, left to right, updating `memory`.
  void ResolveSentence(const text::Document& doc, uint32_t sentence_index, const syntax::Analysis& a,
                       EntityMemory* memory);
  // The actors of noun phrase `np` alone (not its conjuncts), as resolved.
  const std::vector<CodedActor>& ActorsOf(int32_t np) const { return np_actors_[np]; }
  // The actors of `np` and every phrase coordinated with it (empty for -1),
  // valid until the next ResolveSentence.
  const std::vector<CodedActor>& ChainActors(const syntax::Analysis& a, int32_t np) const;
  // A mention inside tokens [begin, end), for noun-event sources ("Israeli air strikes").
  bool ActorInSpan(const text::Document& doc, uint32_t begin, uint32_t end, CodedActor* out) const;
  const std::vector<Mention>& mentions() const { return mentions_; }
  // WordHash of each token's lower-case form and of its dict::NounForm, from
  // the sentence's first token.
  const std::vector<uint64_t>& word_hashes() const { return hashes_; }
  const std::vector<uint64_t>& noun_hashes() const { return noun_hashes_; }
  // The country of a place named in noun phrase `np` or its conjuncts ("in
  // Minsk", "in Sudan's Darfur"); not of a nationality adjective. "" if none.
  std::string PlaceCountry(const syntax::Analysis& a, int32_t np) const;
  // The country of the place in the story's first dateline ("KYIV, May 24 -"), or "".
  std::string DatelineCountry(const text::Document& doc) const;
  // Whether the sentence contains a discard phrase.
  bool discarded() const { return discarded_; }

  // Whether a phrase counts rather than names ("thousands", "dozens", "a member").
  bool IsQuantity(const text::Document& doc, const syntax::NounPhrase& np) const;

 private:
  void ResolveNp(const text::Document& doc, uint32_t sentence_index, const syntax::Analysis& a, int32_t np,
                 const EntityMemory& memory, std::vector<CodedActor>* out) const;
  static constexpr uint32_t kNoHead = 0xffffffff;
  // `head`: an agent word only counts at the phrase's head (or its possessor);
  // kNoHead lets it stand anywhere in [begin, end).
  bool Compose(const text::Document& doc, uint32_t begin, uint32_t end, CodedActor* out, uint32_t head = kNoHead,
               uint32_t possessor_end = 0) const;
  // Gives a count with no actor of its own ("dozens", "thousands") the actors
  // of what it counts ("dozens of protesters"), and a part those of its whole
  // ("agents of Israel's Mossad").
  void CountedActors(const text::Document& doc, const syntax::Analysis& a);
  // Fills chain_actors_ for every phrase that starts a coordination.
  void ChainAll(const syntax::Analysis& a);
  // `addressed`: the pair is a verb's object ("urged both sides"), so not the sentence's subjects.
  // The dictionary name before an affiliation suffix ("pakistani-backed",
  // "russian-led"), or -1.
  int32_t AffiliationName(std::string_view lower_word) const;
  bool ResolvePairDescription(const text::Document& doc, uint32_t sentence_index, const syntax::NounPhrase& np,
                              bool addressed, const EntityMemory& memory, std::vector<CodedActor>* out) const;
  void ResolveDescription(const text::Document& doc, uint32_t sentence_index, const syntax::NounPhrase& np,
                          const EntityMemory& memory, CodedActor* c) const;
  bool SplitCoordinatedNationalities(const text::Document& doc, const syntax::NounPhrase& np,
                                     std::vector<CodedActor>* out) const;
  // Sets the actor's tokens and text to [begin, end), and its country and sector.
  void Finish(uint32_t begin, uint32_t end, CodedActor* a) const;

  const dict::Dictionaries& dict_;
  const dict::Ontology& ontology_;
  const lex::WordClasses& words_;
  int date_;
  std::vector<Mention> mentions_;
  std::vector<std::vector<CodedActor>> np_actors_;     // per phrase (buffers kept beyond the sentence's)
  std::vector<std::vector<CodedActor>> chain_actors_;  // per phrase that starts a coordination
  bool discarded_ = false;
  // Scratch for lookups.
  std::vector<std::string_view> token_words_, noun_words_;
  std::vector<uint64_t> hashes_, noun_hashes_;
};

}  // namespace tocsin::coder
