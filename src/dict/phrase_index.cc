#include "dict/phrase_index.h"

#include "base/strings.h"

namespace tocsin::dict {
namespace {

uint64_t EdgeKey(uint32_t parent, uint64_t word) { return HashCombine(word, parent); }

uint64_t StemKey(uint32_t node, std::string_view prefix3) { return HashCombine(Hash64(prefix3), node); }

}  // namespace

PhraseIndex::PhraseIndex() : edges_(1024), payloads_(1), has_stems_(1, false) {}

uint32_t PhraseIndex::Child(uint32_t node, uint64_t word) const {
  size_t mask = edges_.size() - 1;
  for (size_t slot = EdgeKey(node, word) & mask;; slot = (slot + 1) & mask) {
    const Edge& e = edges_[slot];
    if (e.child == 0) return 0;
    if (e.parent == node && e.word == word) return e.child;
  }
}

void PhraseIndex::Grow() {
  std::vector<Edge> old;
  old.swap(edges_);
  edges_.assign(old.size() * 2, Edge());
  size_t mask = edges_.size() - 1;
  for (const Edge& e : old) {
    if (e.child == 0) continue;
    size_t slot = EdgeKey(e.parent, e.word) & mask;
    while (edges_[slot].child) slot = (slot + 1) & mask;
    edges_[slot] = e;
  }
}

uint32_t PhraseIndex::AddChild(uint32_t node, uint64_t word) {
  if (uint32_t c = Child(node, word)) return c;
  if ((edge_count_ + 1) * 2 > edges_.size()) Grow();
  uint32_t child = uint32_t(payloads_.size());
  payloads_.emplace_back();
  has_stems_.push_back(false);
  size_t mask = edges_.size() - 1;
  size_t slot = EdgeKey(node, word) & mask;
  while (edges_[slot].child) slot = (slot + 1) & mask;
  edges_[slot] = {word, node, child};
  ++edge_count_;
  return child;
}

void PhraseIndex::Insert(const std::vector<std::string>& words, bool last_is_stem, uint32_t payload) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    bool stem = last_is_stem && i + 1 == words.size();
    if (stem && words[i].size() >= 3) {
      // The stem matches itself exactly too, through the ordinary edge.
      uint32_t exact = AddChild(node, WordHash(words[i]));
      auto& bucket = stems_[StemKey(node, std::string_view(words[i]).substr(0, 3))];
      bool found = false;
      for (const Stem& s : bucket)
        if (s.prefix == words[i]) found = true;
      if (!found) bucket.push_back({words[i], exact});
      has_stems_[node] = true;
      node = exact;
    } else {
      node = AddChild(node, WordHash(words[i]));
    }
  }
  auto& p = payloads_[node];
  for (uint32_t existing : p)
    if (existing == payload) return;
  if (p.empty()) ++phrases_;
  p.push_back(payload);
}

bool PhraseIndex::LongestMatch(const std::string_view* words, const uint64_t* hashes, size_t n, Match* out) const {
  uint32_t node = 0;
  bool found = false;
  for (size_t i = 0; i < n; ++i) {
    uint32_t next = Child(node, hashes[i]);
    if (!next && has_stems_[node] && words[i].size() >= 3) {
      auto it = stems_.find(StemKey(node, words[i].substr(0, 3)));
      if (it != stems_.end()) {
        size_t best = 0;
        for (const Stem& s : it->second)
          if (words[i].starts_with(s.prefix) && s.prefix.size() > best) {
            best = s.prefix.size();
            next = s.child;
          }
      }
    }
    if (!next) break;
    node = next;
    if (!payloads_[node].empty()) {
      out->length = uint32_t(i + 1);
      out->payloads = &payloads_[node];
      found = true;
    }
  }
  return found;
}

}  // namespace tocsin::dict
