#include "lex/tagger.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <climits>
#include <cstring>
#include <numeric>
#include <random>

#include "base/strings.h"
#include "text/document.h"

namespace tocsin::lex {

// Eight bytes a slot, so the table stays in cache: the slot's position comes
// from the feature's low 32 bits, `check` holds its high 32 bits (never 0;
// 0 marks an empty slot), `ref` the weights' offset (24 bits) and count (8).
// A feature with many weights keeps them as a dense row of kDenseWidth
// floats instead (count 0, offset = row), added with vector instructions.
struct Tagger::Slot {
  uint32_t check;
  uint32_t ref;
  uint32_t offset() const { return ref >> 8; }
  uint32_t count() const { return ref & 0xff; }
  bool dense() const { return count() == 0; }
};
// Weights are stored as 16-bit integers in units of the model's one scale
// (the header's), half the bytes of floats: only their order matters to the
// arg-max, so scores are summed in those units.
struct Tagger::Weight {
  int16_t value;
  uint8_t tag;
  uint8_t unused;
};
// The tag dictionary: open addressing on the key's low bits; key 0 is empty.
struct Tagger::DictionarySlot {
  uint64_t key;
  uint32_t tag;
  uint32_t unused;
};

namespace {

constexpr char kMagic[8] = {'T', 'O', 'C', 'T', 'A', 'G', '0', '5'};
struct Header {
  char magic[8];
  uint32_t slot_count;
  uint32_t weight_count;
  uint32_t dense_row_count;
  uint32_t dictionary_slot_count;
  float scale;  // a stored weight times this is the trained weight
  uint32_t unused;
};

// Features with at least this many weights are stored as dense rows.
constexpr size_t kDenseMinWeights = 5;

// A word enters the tag dictionary when training saw it at least this often
// and with one tag at least this share of the time.
constexpr uint32_t kDictionaryMinCount = 30;
constexpr double kDictionaryMinShare = 1.0;

enum Template : uint64_t {
  kBias = 1, kWord, kSuffix3, kSuffix2, kSuffix1, kPrefix2, kShape, kLexClass, kPrev, kPrev2Prev,
  kPrevWord, kWordM1, kWordP1, kLexP1, kLexP2, kShapeP1, kPrevLex, kWordM2, kLexM1, kPrevSuffix3,
  kWordP1Lex, kShapeLex, kHeadlineBias, kHeadlinePrev, kHeadlineLex,
};

inline uint64_t F(Template t, uint64_t value) { return HashCombine(value, t * 0x9e3779b97f4a7c15ull); }

inline uint32_t Check(uint64_t feature) { return uint32_t(feature >> 32) | 1; }

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ull;

Tag ForcedPunctuation(std::string_view s, uint16_t shape) {
  // Every mark below has no letter or digit: a word has no forced tag.
  if (!(shape & (text::kQuote | text::kPunct | text::kNumber))) return kNoTag;
  if (shape & text::kQuote) return kQuoteTag;
  if (s == "." || s == "!" || s == "?") return kPeriod;
  if (s == ",") return kComma;
  if (s == ":" || s == ";" || s == "-" || s == "--" || s.starts_with("...")) return kColon;
  if (s == "(" || s == "[" || s == "{") return kLParen;
  if (s == ")" || s == "]" || s == "}") return kRParen;
  if (s == "$" || s == "\xe2\x82\xac" || s == "\xc2\xa3" || s == "\xc2\xa5") return kDollar;  // $ € £ ¥
  if (s == "#") return kHash;
  if (s == "%") return NN;
  if (s == "&") return CC;
  if (shape & text::kPunct) return SYM;
  if (shape & text::kNumber) return CD;
  return kNoTag;
}

uint64_t HashSuffix(std::string_view w, size_t n) {
  return Hash64(w.size() <= n ? w : w.substr(w.size() - n));
}

}  // namespace

void FeatureExtractor::Facts(const TaggerToken* tokens, size_t n, std::vector<TokenFacts>* out) const {
  out->resize(n);
  for (size_t i = 0; i < n; ++i) {
    const TaggerToken& t = tokens[i];
    TokenFacts& f = (*out)[i];
    f = TokenFacts();
    f.shape = t.shape;
    f.word = Hash64(t.lower);
    f.suffix1 = HashSuffix(t.lower, 1);
    f.suffix2 = HashSuffix(t.lower, 2);
    f.suffix3 = HashSuffix(t.lower, 3);
    f.prefix2 = Hash64(t.lower.substr(0, 2));
    f.forced = ForcedPunctuation(t.lower, t.shape);
    if (f.forced != kNoTag) {
      f.allowed = Bit(f.forced);
      f.lexclass = HashCombine(0xabc, f.forced);
      continue;
    }
    auto entry = lexicon_.Find(t.lower, f.word);
    f.entry = entry;
    // "US", "IT", "WHO": capitals turn function words into names.
    bool acronym = (t.shape & text::kAllCaps) && t.lower.size() >= 2;
    if (entry && !acronym) {
      f.lexclass = HashCombine(entry->tags, entry->prior);
      if (entry->closed_class) {
        f.allowed = entry->tags;
        // One allowed tag leaves nothing to score ("the", "of", "would").
        if (std::has_single_bit(f.allowed)) f.forced = Tag(std::countr_zero(f.allowed));
      }
    } else if (entry) {
      f.lexclass = HashCombine(entry->tags | Bit(NNP), 0x5a);
    } else {
      // Unknown: describe by shape only.
      uint64_t cls = 0x77;
      if (t.shape & text::kCapitalized) cls |= 0x100;
      if (t.shape & text::kAllCaps) cls |= 0x200;
      if (t.shape & text::kHasHyphen) cls |= 0x400;
      if (t.shape & text::kHasDigit) cls |= 0x800;
      f.lexclass = cls;
    }
  }
}

uint64_t FeatureExtractor::DictionaryKey(const TokenFacts& f) {
  uint64_t case_class = (f.shape & text::kAllCaps) ? 2
                        : (f.shape & text::kCapitalized) && !(f.shape & text::kSentenceStart) ? 1
                                                                                               : 0;
  return HashCombine(f.word, case_class) | 1;
}

namespace {

uint16_t FeatureShape(uint16_t shape) {
  return shape & (text::kCapitalized | text::kAllCaps | text::kHasDigit | text::kHasHyphen | text::kSentenceStart |
                  text::kAbbreviation);
}

}  // namespace

size_t FeatureExtractor::WordFeatures(const TokenFacts& t, uint64_t* out) {
  uint16_t shape = FeatureShape(t.shape);
  size_t k = 0;
  out[k++] = F(kBias, 0);
  out[k++] = F(kWord, t.word);
  out[k++] = F(kSuffix3, t.suffix3);
  out[k++] = F(kSuffix2, t.suffix2);
  out[k++] = F(kSuffix1, t.suffix1);
  out[k++] = F(kPrefix2, t.prefix2);
  out[k++] = F(kShape, shape);
  out[k++] = F(kLexClass, t.lexclass);
  out[k++] = F(kShapeLex, HashCombine(t.lexclass, shape));
  if (t.shape & text::kHeadline) out[k++] = F(kHeadlineBias, 0);
  return k;
}

uint64_t FeatureExtractor::WordKey(const TokenFacts& t) { return HashCombine(t.word, t.shape) | 1; }

size_t FeatureExtractor::Features(const TokenFacts* facts, size_t n, size_t i, Tag prev, Tag prev2,
                                  uint64_t* out) {
  size_t k = WordFeatures(facts[i], out);
  return k + ContextFeatures(facts, n, i, prev, prev2, out + k);
}

size_t FeatureExtractor::ContextFeatures(const TokenFacts* facts, size_t n, size_t i, Tag prev, Tag prev2,
                                         uint64_t* out) {
  const TokenFacts& t = facts[i];
  uint64_t wm1 = i >= 1 ? facts[i - 1].word : kBoundary;
  uint64_t wm2 = i >= 2 ? facts[i - 2].word : kBoundary;
  uint64_t lm1 = i >= 1 ? facts[i - 1].lexclass : kBoundary;
  uint64_t wp1 = i + 1 < n ? facts[i + 1].word : kBoundary;
  uint64_t lp1 = i + 1 < n ? facts[i + 1].lexclass : kBoundary;
  uint64_t lp2 = i + 2 < n ? facts[i + 2].lexclass : kBoundary;
  uint64_t sp1 = i + 1 < n ? facts[i + 1].shape : 0xffff;
  size_t k = 0;
  out[k++] = F(kPrev, prev);
  out[k++] = F(kPrev2Prev, uint64_t(prev2) << 8 | prev);
  out[k++] = F(kPrevWord, HashCombine(t.word, prev));
  out[k++] = F(kWordM1, wm1);
  out[k++] = F(kWordP1, wp1);
  out[k++] = F(kLexP1, lp1);
  out[k++] = F(kLexP2, lp2);
  out[k++] = F(kShapeP1, sp1 & (text::kCapitalized | text::kPunct | text::kNumber));
  out[k++] = F(kPrevLex, HashCombine(t.lexclass, prev));
  out[k++] = F(kWordM2, wm2);
  out[k++] = F(kLexM1, lm1);
  out[k++] = F(kPrevSuffix3, HashCombine(t.suffix3, prev));
  out[k++] = F(kWordP1Lex, HashCombine(t.lexclass, lp1));
  // Headlines drop articles and auxiliaries ("Russia attacks Kyiv", "Talks
  // collapse"): their own weights for the tag before and the word's classes.
  if (t.shape & text::kHeadline) {
    out[k++] = F(kHeadlinePrev, HashCombine(uint64_t(prev2) << 8 | prev, lm1));
    out[k++] = F(kHeadlineLex, HashCombine(t.lexclass, lp1));
  }
  return k;
}

// ---------------------------------------------------------------------------

Result<Tagger> Tagger::FromBlob(std::string_view blob, const Lexicon& lexicon) {
  if (blob.size() < sizeof(Header)) return Status::Error("tagger model too small");
  Header h;
  std::memcpy(&h, blob.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return Status::Error("not a tagger model");
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0)
    return Status::Error("tagger model: bad slot count");
  if (h.dictionary_slot_count == 0 || (h.dictionary_slot_count & (h.dictionary_slot_count - 1)) != 0)
    return Status::Error("tagger model: bad dictionary size");
  uint64_t need = sizeof(Header) + uint64_t(h.slot_count) * sizeof(Slot) + uint64_t(h.weight_count) * sizeof(Weight) +
                  uint64_t(h.dense_row_count) * kDenseWidth * sizeof(int16_t) +
                  uint64_t(h.dictionary_slot_count) * sizeof(DictionarySlot);
  if (need > blob.size()) return Status::Error("tagger model truncated");
  if (reinterpret_cast<uintptr_t>(blob.data()) % alignof(DictionarySlot) != 0)
    return Status::Error("tagger model misaligned");
  Tagger t;
  t.lexicon_ = &lexicon;
  t.slots_ = reinterpret_cast<const Slot*>(blob.data() + sizeof(Header));
  t.weights_ = reinterpret_cast<const Weight*>(t.slots_ + h.slot_count);
  if (h.weight_count % 2 != 0) return Status::Error("tagger model: odd weight count");
  if (!(h.scale > 0)) return Status::Error("tagger model: bad weight scale");
  t.dense_ = reinterpret_cast<const int16_t*>(t.weights_ + h.weight_count);
  t.dictionary_ = reinterpret_cast<const DictionarySlot*>(t.dense_ + uint64_t(h.dense_row_count) * kDenseWidth);
  t.slot_mask_ = h.slot_count - 1;
  t.dictionary_mask_ = h.dictionary_slot_count - 1;
  uint32_t empty = 0;
  for (uint32_t s = 0; s < h.slot_count; ++s) {
    const Slot& slot = t.slots_[s];
    if (slot.check && (slot.dense() ? slot.offset() >= h.dense_row_count
                                    : uint64_t(slot.offset()) + slot.count() > h.weight_count))
      return Status::Error("tagger model: weights out of bounds");
    empty += slot.check == 0;
  }
  if (empty == 0) return Status::Error("tagger model: hash table has no free slot");
  for (uint32_t w = 0; w < h.weight_count; ++w)
    if (t.weights_[w].tag >= kTagCount) return Status::Error("tagger model: bad tag");
  uint32_t dictionary_empty = 0;
  for (uint32_t s = 0; s <= t.dictionary_mask_; ++s) {
    if (t.dictionary_[s].key && (t.dictionary_[s].tag == kNoTag || t.dictionary_[s].tag >= kTagCount))
      return Status::Error("tagger model: bad dictionary tag");
    dictionary_empty += t.dictionary_[s].key == 0;
  }
  if (dictionary_empty == 0) return Status::Error("tagger model: dictionary has no free slot");
  return t;
}

void Tagger::AddWeights(const uint64_t* features, size_t k, int32_t* scores) const {
  // The table is bigger than the cache: ask for every feature's slot, then
  // for every found feature's weights, before reading any of them, so the
  // misses overlap instead of queueing.
  const Slot* found[FeatureExtractor::kMaxFeatures];
  for (size_t j = 0; j < k; ++j) __builtin_prefetch(&slots_[uint32_t(features[j]) & slot_mask_]);
  for (size_t j = 0; j < k; ++j) {
    uint32_t slot = uint32_t(features[j]) & slot_mask_;
    uint32_t check = Check(features[j]);
    found[j] = nullptr;
    while (slots_[slot].check) {
      if (slots_[slot].check == check) {
        found[j] = &slots_[slot];
        __builtin_prefetch(slots_[slot].dense() ? dense_ + size_t(slots_[slot].offset()) * kDenseWidth
                                                : static_cast<const void*>(weights_ + slots_[slot].offset()));
        break;
      }
      slot = (slot + 1) & slot_mask_;
    }
  }
  for (size_t j = 0; j < k; ++j) {
    if (!found[j]) continue;
    if (found[j]->dense()) {
      const int16_t* row = dense_ + size_t(found[j]->offset()) * kDenseWidth;
      for (size_t t = 0; t < kDenseWidth; ++t) scores[t] += row[t];
      continue;
    }
    const Weight* w = weights_ + found[j]->offset();
    for (uint32_t m = 0, count = found[j]->count(); m < count; ++m) scores[w[m].tag] += w[m].value;
  }
}

void Tagger::Tag(const TaggerToken* tokens, size_t n, lex::Tag* tags_out, TaggerScratch* scratch) const {
  std::vector<TokenFacts>* facts = &scratch->facts;
  FeatureExtractor(*lexicon_).Facts(tokens, n, facts);
  for (TokenFacts& f : *facts) {
    if (f.forced != kNoTag) continue;
    uint64_t key = FeatureExtractor::DictionaryKey(f);
    for (uint32_t slot = uint32_t(key) & dictionary_mask_; dictionary_[slot].key; slot = (slot + 1) & dictionary_mask_) {
      if (dictionary_[slot].key != key) continue;
      lex::Tag tag = lex::Tag(dictionary_[slot].tag);
      if (!f.allowed || (f.allowed & Bit(tag))) f.forced = tag;
      break;
    }
  }
  // A word's own features (itself, affixes, shape, lexicon class) score the
  // same wherever it occurs: their sum is kept per thread, direct-mapped.
  if (scratch->word_keys.empty() || scratch->cached_for != this) {
    scratch->cached_for = this;
    scratch->word_keys.assign(TaggerScratch::kWordRows, 0);
    scratch->word_scores.assign(TaggerScratch::kWordRows * kDenseWidth, 0);
  }
  lex::Tag prev = kNoTag, prev2 = kNoTag;
  uint64_t features[FeatureExtractor::kMaxFeatures];
  for (size_t i = 0; i < n; ++i) {
    const TokenFacts& f = (*facts)[i];
    lex::Tag best = f.forced;
    if (best == kNoTag) {
      uint64_t word_key = FeatureExtractor::WordKey(f);
      size_t row = word_key & (TaggerScratch::kWordRows - 1);
      int32_t* word_scores = &scratch->word_scores[row * kDenseWidth];
      if (scratch->word_keys[row] != word_key) {
        scratch->word_keys[row] = word_key;
        std::fill(word_scores, word_scores + kDenseWidth, 0);
        AddWeights(features, FeatureExtractor::WordFeatures(f, features), word_scores);
      }
      alignas(32) int32_t scores[kDenseWidth];
      std::copy(word_scores, word_scores + kDenseWidth, scores);
      AddWeights(features, FeatureExtractor::ContextFeatures(facts->data(), n, i, prev, prev2, features), scores);
      int32_t best_score = INT32_MIN;
      for (int t = 1; t < kTagCount; ++t) {
        if (f.allowed && !(f.allowed & Bit(lex::Tag(t)))) continue;
        if (scores[t] > best_score) {
          best_score = scores[t];
          best = lex::Tag(t);
        }
      }
    }
    tags_out[i] = best;
    prev2 = prev;
    prev = best;
  }
}

// ---------------------------------------------------------------------------

void TaggerTrainer::Update(uint64_t feature, lex::Tag tag, float delta) {
  Weights& w = weights_[feature];
  w.total[tag] += float(instances_ - w.stamp[tag]) * w.w[tag];
  w.stamp[tag] = instances_;
  w.w[tag] += delta;
}

void TaggerTrainer::BuildDictionary(const std::vector<Sentence>& sentences) {
  std::unordered_map<uint64_t, std::array<uint32_t, kTagCount>> counts;
  std::vector<TokenFacts> facts;
  std::vector<TaggerToken> tokens;
  for (const Sentence& s : sentences) {
    tokens.resize(s.lower.size());
    for (size_t i = 0; i < s.lower.size(); ++i) tokens[i] = {s.lower[i], s.shape[i]};
    extractor_.Facts(tokens.data(), tokens.size(), &facts);
    for (size_t i = 0; i < tokens.size(); ++i)
      if (facts[i].forced == kNoTag) ++counts[FeatureExtractor::DictionaryKey(facts[i])][s.gold[i]];
  }
  dictionary_.clear();
  for (const auto& [key, by_tag] : counts) {
    uint32_t total = 0, best = 0;
    for (int t = 1; t < kTagCount; ++t) {
      total += by_tag[t];
      if (by_tag[t] > by_tag[best]) best = uint32_t(t);
    }
    if (total >= kDictionaryMinCount && by_tag[best] >= kDictionaryMinShare * total) dictionary_[key] = Tag(best);
  }
}

void TaggerTrainer::Train(const std::vector<Sentence>& sentences, int iterations, uint32_t seed) {
  BuildDictionary(sentences);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(seed);
  std::vector<TokenFacts> facts;
  std::vector<TaggerToken> tokens;
  uint64_t features[FeatureExtractor::kMaxFeatures];
  for (int it = 0; it < iterations; ++it) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t si : order) {
      const Sentence& s = sentences[si];
      tokens.resize(s.lower.size());
      for (size_t i = 0; i < s.lower.size(); ++i) tokens[i] = {s.lower[i], s.shape[i]};
      extractor_.Facts(tokens.data(), tokens.size(), &facts);
      lex::Tag prev = kNoTag, prev2 = kNoTag;
      for (size_t i = 0; i < tokens.size(); ++i) {
        ++instances_;
        const TokenFacts& f = facts[i];
        lex::Tag guess = f.forced;
        if (guess == kNoTag) {
          auto known = dictionary_.find(FeatureExtractor::DictionaryKey(f));
          if (known != dictionary_.end() && (!f.allowed || (f.allowed & Bit(known->second)))) guess = known->second;
        }
        if (guess == kNoTag) {
          size_t k = FeatureExtractor::Features(facts.data(), tokens.size(), i, prev, prev2, features);
          float scores[kTagCount] = {};
          for (size_t j = 0; j < k; ++j) {
            auto found = weights_.find(features[j]);
            if (found == weights_.end()) continue;
            for (int t = 1; t < kTagCount; ++t) scores[t] += found->second.w[t];
          }
          float best = -1e30f;
          for (int t = 1; t < kTagCount; ++t) {
            if (f.allowed && !(f.allowed & Bit(lex::Tag(t)))) continue;
            if (scores[t] > best) {
              best = scores[t];
              guess = lex::Tag(t);
            }
          }
          lex::Tag truth = s.gold[i];
          if (guess != truth) {
            for (size_t j = 0; j < k; ++j) {
              Update(features[j], truth, 1.0f);
              Update(features[j], guess, -1.0f);
            }
          }
        }
        prev2 = prev;
        prev = guess;
      }
    }
  }
}

std::string TaggerTrainer::Serialize() const {
  struct Entry {
    uint64_t key;
    std::vector<std::pair<float, lex::Tag>> weights;
  };
  std::vector<Entry> entries;
  entries.reserve(weights_.size());
  float largest = 0;
  for (const auto& [key, w] : weights_) {
    Entry e{key, {}};
    for (int t = 1; t < kTagCount; ++t) {
      float total = w.total[t] + float(instances_ - w.stamp[t]) * w.w[t];
      float avg = total / float(std::max<uint32_t>(instances_, 1));
      if (std::fabs(avg) > 1e-4f) e.weights.push_back({avg, lex::Tag(t)});
      largest = std::max(largest, std::fabs(avg));
    }
    if (!e.weights.empty()) entries.push_back(std::move(e));
  }
  float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  auto quantize = [&](float w) { return int16_t(std::lround(w / scale)); };
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  uint32_t slots = 1;
  while (slots < entries.size() * 2 + 1) slots <<= 1;
  std::vector<Tagger::Slot> table(slots, Tagger::Slot{0, 0});
  std::vector<Tagger::Weight> weights;
  std::vector<int16_t> dense;
  for (const Entry& e : entries) {
    uint32_t slot = uint32_t(e.key) & (slots - 1);
    while (table[slot].check) slot = (slot + 1) & (slots - 1);
    if (e.weights.size() >= kDenseMinWeights) {
      uint32_t row = uint32_t(dense.size() / Tagger::kDenseWidth);
      dense.resize(dense.size() + Tagger::kDenseWidth, 0);
      for (auto [w, tag] : e.weights) dense[size_t(row) * Tagger::kDenseWidth + tag] = quantize(w);
      table[slot] = {Check(e.key), row << 8};
    } else {
      table[slot] = {Check(e.key), uint32_t(weights.size()) << 8 | uint32_t(e.weights.size())};
      for (auto [w, tag] : e.weights) weights.push_back({quantize(w), uint8_t(tag), 0});
    }
  }
  uint32_t dictionary_slots = 1;
  while (dictionary_slots < dictionary_.size() * 2 + 1) dictionary_slots <<= 1;
  std::vector<Tagger::DictionarySlot> dictionary(dictionary_slots, Tagger::DictionarySlot{0, 0, 0});
  std::vector<std::pair<uint64_t, lex::Tag>> sorted(dictionary_.begin(), dictionary_.end());
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [key, tag] : sorted) {
    uint32_t slot = uint32_t(key) & (dictionary_slots - 1);
    while (dictionary[slot].key) slot = (slot + 1) & (dictionary_slots - 1);
    dictionary[slot] = {key, tag, 0};
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.slot_count = slots;
  if (weights.size() % 2) weights.push_back({0, 0, 0});  // keeps the dictionary 8-byte aligned
  h.weight_count = uint32_t(weights.size());
  h.dense_row_count = uint32_t(dense.size() / Tagger::kDenseWidth);
  h.scale = scale;
  h.dictionary_slot_count = dictionary_slots;
  std::string blob;
  blob.append(reinterpret_cast<const char*>(&h), sizeof h);
  blob.append(reinterpret_cast<const char*>(table.data()), table.size() * sizeof(Tagger::Slot));
  blob.append(reinterpret_cast<const char*>(weights.data()), weights.size() * sizeof(Tagger::Weight));
  blob.append(reinterpret_cast<const char*>(dense.data()), dense.size() * sizeof(int16_t));
  blob.append(reinterpret_cast<const char*>(dictionary.data()), dictionary.size() * sizeof(Tagger::DictionarySlot));
  return blob;
}

}  // namespace tocsin::lex
