#include "lex/lemmatizer.h"

#include <string>

#include "base/strings.h"

namespace tocsin::lex {
namespace {

bool HasTag(const Lexicon& lexicon, std::string_view w, TagSet tags) {
  auto e = lexicon.Find(w);
  return e && (e->tags & tags);
}

// Candidate bases for a verb stem left after removing -ed/-ing.
std::string VerbBase(const std::string& stem, const Lexicon& lexicon) {
  if (HasTag(lexicon, stem, Bit(VB))) return stem;
  if (HasTag(lexicon, stem + "e", Bit(VB))) return stem + "e";
  size_t n = stem.size();
  if (n >= 3 && stem[n - 1] == stem[n - 2] && HasTag(lexicon, stem.substr(0, n - 1), Bit(VB)))
    return stem.substr(0, n - 1);
  return stem;
}

std::string RuleLemma(std::string_view w, Tag tag, const Lexicon& lexicon) {
  std::string s(w);
  auto strip = [&](size_t n) { return s.substr(0, s.size() - n); };
  switch (tag) {
    case NNS:
    case NNPS:
    case VBZ:
      if (EndsWith(s, "ies") && s.size() > 4) return strip(3) + "y";
      // "gunmen", "militiamen", "policemen".
      if (tag != VBZ && EndsWith(s, "men") && s.size() > 4 && HasTag(lexicon, strip(3) + "man", Bit(NN)))
        return strip(3) + "man";
      if (EndsWith(s, "sses") || EndsWith(s, "xes") || EndsWith(s, "ches") || EndsWith(s, "shes") ||
          EndsWith(s, "zes"))
        return strip(2);
      if (EndsWith(s, "s") && !EndsWith(s, "ss") && !EndsWith(s, "us") && !EndsWith(s, "is") && s.size() > 2)
        return strip(1);
      return s;
    case VBD:
    case VBN:
      if (EndsWith(s, "ied") && s.size() > 4) return strip(3) + "y";
      if (EndsWith(s, "ed") && s.size() > 3) return VerbBase(strip(2), lexicon);
      return s;
    case VBG:
      if (EndsWith(s, "ying") && s.size() > 5) return VerbBase(strip(4) + "y", lexicon);
      if (EndsWith(s, "ing") && s.size() > 4) return VerbBase(strip(3), lexicon);
      return s;
    case JJR:
      if (EndsWith(s, "ier")) return strip(3) + "y";
      if (EndsWith(s, "er") && s.size() > 3) return strip(2);
      return s;
    case JJS:
      if (EndsWith(s, "iest")) return strip(4) + "y";
      if (EndsWith(s, "est") && s.size() > 4) return strip(3);
      return s;
    default:
      return s;
  }
}

}  // namespace

std::string_view Lemmatize(std::string_view lower, Tag tag, const Lexicon& lexicon, StringArena* arena) {
  return Lemmatize(lower, tag, lexicon.Find(lower), lexicon, arena);
}

std::string_view Lemmatize(std::string_view lower, Tag tag, const std::optional<LexEntry>& e,
                           const Lexicon& lexicon, StringArena* arena) {
  if (e && (e->tags & Bit(tag) || e->closed_class)) return e->LemmaFor(tag);
  if (tag == NNP || IsPunctuation(tag) || tag == CD) return lower;
  // Hyphenated compounds inflect on their last part.
  if (size_t dash = lower.rfind('-'); dash != lower.npos && dash + 1 < lower.size() && dash > 0) {
    std::string_view tail = lower.substr(dash + 1);
    std::string_view tail_lemma = Lemmatize(tail, tag, lexicon, arena);
    if (tail_lemma == tail) return lower;
    std::string joined(lower.substr(0, dash + 1));
    joined += tail_lemma;
    return arena->Store(joined);
  }
  std::string lemma = RuleLemma(lower, tag, lexicon);
  if (lemma == lower) return lower;
  if (auto e = lexicon.Find(lemma)) return e->form;  // lives in the lexicon's pool
  return arena->Store(lemma);
}

}  // namespace tocsin::lex
