// The lexicon: for each lower-case word form, the tags it can take and its
// lemmas. Built at build time from WordNet (wordnet-base) plus the project's
// closed-class list (data/lexicon/closed-class.txt) by LexiconBuilder, stored
// as one flat blob (an open-addressing hash table over records and a string
// pool) that is used in place: loading costs nothing, a lookup is one hash.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "lex/tagset.h"

namespace tocsin::lex {

// Which part of speech WordNet's sense-tagged counts favour for a form.
enum Prior : uint8_t { kPriorNone = 0, kPriorNoun, kPriorVerb, kPriorAdj, kPriorAdv };

struct LexEntry {
  TagSet tags = 0;
  std::string_view form;
  std::string_view noun_lemma;  // lemma when tagged NNS (singular)
  std::string_view verb_lemma;  // lemma when tagged VBD/VBN/VBG/VBZ
  std::string_view adj_lemma;   // lemma when tagged JJR/JJS
  Prior prior = kPriorNone;
  bool closed_class = false;    // tags are complete; never guess others

  // The lemma for `tag`; the form itself for base-form tags.
  std::string_view LemmaFor(Tag tag) const;
};

class Lexicon {
 public:
  Lexicon() = default;
  // Validates the blob's header and bounds; the blob must outlive the Lexicon.
  static Result<Lexicon> FromBlob(std::string_view blob);

  std::optional<LexEntry> Find(std::string_view lower_form) const;
  // The same, for a caller that already has Hash64(lower_form).
  std::optional<LexEntry> Find(std::string_view lower_form, uint64_t hash) const;
  size_t size() const { return entry_count_; }

 private:
  friend class LexiconBuilder;
  struct Record;
  const uint32_t* slots_ = nullptr;
  const Record* records_ = nullptr;
  const char* pool_ = nullptr;
  uint32_t slot_mask_ = 0;
  uint32_t entry_count_ = 0;
  uint32_t pool_size_ = 0;
};

// Accumulates forms and writes the blob Lexicon::FromBlob reads.
class LexiconBuilder {
 public:
  // Reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc in
  // `dir`, adding base forms and their inflections.
  Status AddWordNet(const std::string& dir);
  // Adds `closed-class.txt`-format text; `source` names it in error messages.
  Status AddClosedClass(std::string_view text, std::string_view source);
  void AddForm(std::string_view form, Tag tag, std::string_view lemma);
  void AddSenseCount(std::string_view lemma, Prior pos, uint32_t count);

  std::string Serialize() const;
  size_t size() const { return forms_.size(); }

 private:
  struct Form {
    TagSet tags = 0;
    std::string noun_lemma, verb_lemma, adj_lemma;
    bool closed = false;
    TagSet closed_tags = 0;
    std::string closed_verb_lemma;
  };
  void AddNounForms(const std::string& base);
  void AddVerbForms(const std::string& base);
  void AddAdjForms(const std::string& base);
  Prior PriorOf(const std::string& form, const Form& f) const;

  std::map<std::string, Form> forms_;
  std::map<std::string, uint32_t> sense_counts_[5];
};

}  // namespace tocsin::lex
