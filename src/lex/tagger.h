// Part-of-speech tagger: a greedy left-to-right averaged perceptron over
// hashed features (word, affixes, shape, lexicon tag classes, neighbouring
// words and tags). Closed-class words and punctuation are constrained to the
// tags the lexicon allows; words that training saw often and always with one
// tag (the tag dictionary) take that tag without scoring. The model is
// trained at build time from data/corpus/tagged (tools/train_tagger) and
// stored as a flat blob that is used in place.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "lex/lexicon.h"
#include "lex/tagset.h"

namespace tocsin::lex {

// What the tagger needs to know about one token.
struct TaggerToken {
  std::string_view lower;  // ASCII-lower-cased text
  uint16_t shape = 0;      // text::TokenShape bits
};

// Per-token facts computed once before decoding.
struct TokenFacts {
  uint64_t word = 0, suffix1 = 0, suffix2 = 0, suffix3 = 0, prefix2 = 0, lexclass = 0;
  uint16_t shape = 0;
  TagSet allowed = 0;  // non-zero for closed-class words and punctuation
  Tag forced = kNoTag;
  std::optional<LexEntry> entry;  // the lexicon's entry, kept for lemmatisation
};

// Feature extraction shared by training and tagging.
class FeatureExtractor {
 public:
  explicit FeatureExtractor(const Lexicon& lexicon) : lexicon_(lexicon) {}
  void Facts(const TaggerToken* tokens, size_t n, std::vector<TokenFacts>* out) const;
  // Writes the hashed features of position i into out; returns their number.
  // They are the word's own (WordFeatures: the same wherever the word occurs
  // with the same shape, WordKey) and those of its context.
  static size_t Features(const TokenFacts* facts, size_t n, size_t i, Tag prev, Tag prev2,
                         uint64_t* out);
  static size_t WordFeatures(const TokenFacts& t, uint64_t* out);
  static size_t ContextFeatures(const TokenFacts* facts, size_t n, size_t i, Tag prev, Tag prev2,
                                uint64_t* out);
  static uint64_t WordKey(const TokenFacts& t);
  static constexpr size_t kMaxFeatures = 26;
  // The tag dictionary's key: the word and whether it is capitalised inside
  // the sentence or an acronym ("May" the month, "may" the modal).
  static uint64_t DictionaryKey(const TokenFacts& f);

 private:
  const Lexicon& lexicon_;
};

class Tagger;

// Per-thread buffers for Tagger::Tag: the tokens' facts, and the summed
// scores of recently seen words' own features (under the tagger they were
// computed with; another tagger starts the cache afresh).
struct TaggerScratch {
  static constexpr size_t kWordRows = 2048;
  std::vector<TokenFacts> facts;
  const Tagger* cached_for = nullptr;
  std::vector<uint64_t> word_keys;
  std::vector<int32_t> word_scores;
};

class Tagger {
 public:
  Tagger() = default;
  // The blob must outlive the Tagger.
  static Result<Tagger> FromBlob(std::string_view blob, const Lexicon& lexicon);

  bool loaded() const { return slot_mask_ != 0; }
  // Tags tokens[0, n); tags_out receives n tags and scratch->facts the
  // tokens' facts.
  void Tag(const TaggerToken* tokens, size_t n, lex::Tag* tags_out, TaggerScratch* scratch) const;

 private:
  friend class TaggerTrainer;
  struct Slot;
  struct Weight;
  struct DictionarySlot;
  // Adds the stored weights of the features to `scores` (one per tag). The
  // weights are integers in units of the model's scale, so the sums are
  // exact and integer arithmetic gives the scores float arithmetic would.
  void AddWeights(const uint64_t* features, size_t k, int32_t* scores) const;
  const Lexicon* lexicon_ = nullptr;
  const Slot* slots_ = nullptr;
  static constexpr size_t kDenseWidth = (kTagCount + 7) / 8 * 8;
  const Weight* weights_ = nullptr;
  const int16_t* dense_ = nullptr;
  const DictionarySlot* dictionary_ = nullptr;
  uint32_t slot_mask_ = 0;
  uint32_t dictionary_mask_ = 0;
};

// Trains the perceptron; Serialize() writes the blob Tagger::FromBlob reads.
class TaggerTrainer {
 public:
  struct Sentence {
    std::vector<std::string> lower;
    std::vector<uint16_t> shape;
    std::vector<lex::Tag> gold;
  };
  explicit TaggerTrainer(const Lexicon& lexicon) : extractor_(lexicon) {}

  // Builds the tag dictionary from `sentences`, then trains the weights.
  void Train(const std::vector<Sentence>& sentences, int iterations, uint32_t seed);
  std::string Serialize() const;
  size_t dictionary_size() const { return dictionary_.size(); }

 private:
  struct Weights {
    float w[kTagCount] = {};
    float total[kTagCount] = {};
    uint32_t stamp[kTagCount] = {};
  };
  void Update(uint64_t feature, lex::Tag tag, float delta);
  void BuildDictionary(const std::vector<Sentence>& sentences);
  FeatureExtractor extractor_;
  std::unordered_map<uint64_t, Weights> weights_;
  std::unordered_map<uint64_t, lex::Tag> dictionary_;
  uint32_t instances_ = 0;
};

}  // namespace tocsin::lex
