// A trie over word sequences for dictionary lookup in running text. Edges are
// keyed by a word's 64-bit hash in one flat open-addressing table, so a match
// attempt costs one probe per word. Words may also be stems (PETRARCH's
// convention for a dictionary word without a trailing underscore), which
// match any text word they begin.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/strings.h"

namespace tocsin::dict {

class PhraseIndex {
 public:
  PhraseIndex();

  // Adds `words` (already normalised) with `payload`; the last word is a stem
  // when `last_is_stem`. A phrase may carry several payloads.
  void Insert(const std::vector<std::string>& words, bool last_is_stem, uint32_t payload);

  struct Match {
    uint32_t length = 0;                      // words matched
    const std::vector<uint32_t>* payloads = nullptr;
  };
  // The longest phrase starting at words[0]; false if none.
  bool LongestMatch(const std::string_view* words, const uint64_t* hashes, size_t n, Match* out) const;

  size_t phrases() const { return phrases_; }

 private:
  struct Edge {
    uint64_t word = 0;
    uint32_t parent = 0;
    uint32_t child = 0;  // 0: empty slot (the root is node 0 and is never a child)
  };
  struct Stem {
    std::string prefix;
    uint32_t child;
  };
  uint32_t Child(uint32_t node, uint64_t word) const;
  uint32_t AddChild(uint32_t node, uint64_t word);
  void Grow();

  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  std::vector<std::vector<uint32_t>> payloads_;  // per node
  // Stem edges per node, bucketed by the stem's first three bytes.
  std::unordered_map<uint64_t, std::vector<Stem>> stems_;
  std::vector<bool> has_stems_;
  size_t phrases_ = 0;
};

// The key of a word in the dictionaries' in-memory tables.
inline uint64_t WordHash(std::string_view w) { return FastHash64(w); }

}  // namespace tocsin::dict
