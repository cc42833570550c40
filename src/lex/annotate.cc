#include "lex/annotate.h"

#include "lex/lemmatizer.h"
#include "text/tokenizer.h"

namespace tocsin::lex {
namespace {

bool IsAspectual(const WordClasses& words, const text::Token& verb) {
  return IsVerb(Tag(verb.tag)) && words.Has(WordClass::kAspectual, verb.lemma);
}

// "demanded that Hamas release the hostages": after a verb of demanding,
// "that" and a subject of names, a word the model read as a noun or a
// present tense is the bare (subjunctive) verb when the lexicon allows it.
bool IsSubjunctive(const WordClasses& words, const text::Document& doc, size_t sentence_begin,
                   const std::vector<Tag>& tags, size_t i, const TokenFacts& f) {
  if (!(tags[i] == NN || tags[i] == NNS || tags[i] == VBP) || !f.entry || !(f.entry->tags & Bit(VB))) return false;
  if (i + 1 >= tags.size()) return false;
  Tag next = tags[i + 1];
  if (!(next == DT || next == PDT || next == PRPS || next == CD || next == RB || next == TO || next == IN ||
        next == JJ || next == NNS))
    return false;
  size_t j = i;
  while (j > 0 && (tags[j - 1] == NNP || tags[j - 1] == NNPS || tags[j - 1] == DT || tags[j - 1] == POS ||
                   tags[j - 1] == JJ))
    --j;
  if (j == i || j < 2) return false;
  const text::Token& that = doc.tokens[sentence_begin + j - 1];
  const text::Token& verb = doc.tokens[sentence_begin + j - 2];
  return doc.TokenLower(that) == "that" && IsVerb(Tag(verb.tag)) && words.Has(WordClass::kMandative, verb.lemma);
}

// "Merz, Macron and Starmer visit Kyiv": in a headline, a word read as a noun
// right after a coordination of names and before a name or determiner is the
// verb, when the lexicon allows it ("Putin ally Medvedev" has no coordination).
bool IsHeadlineVerbAfterCoordinatedNames(const std::vector<Tag>& tags, size_t i, const TokenFacts& f) {
  if (!(tags[i] == NN || tags[i] == NNS) || !f.entry || !(f.entry->tags & (Bit(VBP) | Bit(VBZ) | Bit(VB))))
    return false;
  if (i < 3 || i + 1 >= tags.size() || tags[i - 1] != NNP) return false;
  if (!(tags[i + 1] == NNP || tags[i + 1] == DT || tags[i + 1] == CD)) return false;
  size_t k = i - 1;
  while (k > 0 && tags[k] == NNP) --k;
  return tags[k] == CC && k > 0 && tags[k - 1] == NNP;
}

bool IsAuxiliaryForm(std::string_view w) {
  return w == "have" || w == "has" || w == "had" || w == "are" || w == "were" || w == "is" || w == "was";
}

// "Floods caused by heavy rains have killed": a past tense right after a
// noun and before "by", with a finite verb still to come in the clause, is a
// reduced relative's participle.
bool IsParticipleBeforeBy(const std::vector<TaggerToken>& tokens, const std::vector<Tag>& tags, size_t i,
                          const TokenFacts& f) {
  if (tags[i] != VBD || i == 0 || i + 1 >= tags.size() || tokens[i + 1].lower != "by") return false;
  if (!(tags[i - 1] == NN || tags[i - 1] == NNS || tags[i - 1] == NNP || tags[i - 1] == NNPS)) return false;
  if (!f.entry || !(f.entry->tags & Bit(VBN))) return false;
  for (size_t k = i + 2; k < tags.size(); ++k) {
    if (tags[k] == kComma || tags[k] == kColon || tags[k] == WDT || tags[k] == WP || tags[k] == WRB ||
        tokens[k].lower == "that")
      return false;
    if (tags[k] == VBD || tags[k] == VBZ || tags[k] == VBP || tags[k] == MD) return true;
  }
  return false;
}

bool IsCommonNoun(Tag t) { return t == NN || t == NNS; }

bool IsClauseBoundary(Tag t) { return t == CC || t == kComma || t == kColon || t == IN || t == WDT || t == TO; }
bool IsFiniteTag(Tag t) { return t == VBZ || t == VBP || t == VBD || t == MD; }

// A headline has one finite verb per clause. "EU agrees new sanctions package
// targeting ...", "Putin ally Medvedev warns West": a present tense right
// after a noun, with another finite verb in the same clause, is a noun when
// the lexicon allows it; unless one of the two reports the other ("Israel
// says army strikes Hezbollah").
bool IsHeadlineNounBesideVerb(const WordClasses& words, const std::vector<Tag>& tags,
                              const std::vector<TokenFacts>& facts, size_t i) {
  if (!(tags[i] == VBP || tags[i] == VBZ) || i == 0 || !IsNoun(tags[i - 1])) return false;
  const TokenFacts& f = facts[i];
  if (!f.entry || !(f.entry->tags & (tags[i] == VBZ ? Bit(NNS) : Bit(NN)))) return false;
  auto reports = [&](size_t k) {
    return words.Has(WordClass::kHeadlineReporting, facts[k].entry ? facts[k].entry->LemmaFor(tags[k]) : "");
  };
  if (reports(i)) return false;
  for (size_t k = i; k-- > 0;) {
    if (IsClauseBoundary(tags[k])) break;
    if (IsFiniteTag(tags[k])) return !reports(k) && IsCommonNoun(tags[i - 1]);
  }
  for (size_t k = i + 1; k < tags.size(); ++k) {
    if (IsClauseBoundary(tags[k])) break;
    if (IsFiniteTag(tags[k])) return true;
  }
  return false;
}

}  // namespace

void Annotate(const Tagger& tagger, const Lexicon& lexicon, const WordClasses& words, text::Document* doc,
              AnnotateScratch* scratch) {
  for (const text::Sentence& s : doc->sentences) {
    size_t n = s.token_end - s.token_begin;
    scratch->tokens.resize(n);
    scratch->tags.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const text::Token& t = doc->tokens[s.token_begin + i];
      scratch->tokens[i] = {doc->TokenLower(t), t.shape};
    }
    tagger.Tag(scratch->tokens.data(), n, scratch->tags.data(), &scratch->tagger);
    const std::vector<TokenFacts>& facts = scratch->tagger.facts;
    for (size_t i = 0; i < n; ++i) {
      text::Token& t = doc->tokens[s.token_begin + i];
      // "have not stopped bombing positions": after a verb of starting, stopping
      // or continuing, an -ing word the model read as a noun is the verb's gerund.
      if (i > 0 && scratch->tags[i] == NN && IsAspectual(words, doc->tokens[s.token_begin + i - 1]) &&
          scratch->tokens[i].lower.ends_with("ing") && facts[i].entry &&
          (facts[i].entry->tags & Bit(VBG)))
        scratch->tags[i] = VBG;
      if (IsSubjunctive(words, *doc, s.token_begin, scratch->tags, i, facts[i])) scratch->tags[i] = VB;
      if (s.headline && IsHeadlineVerbAfterCoordinatedNames(scratch->tags, i, facts[i]))
        scratch->tags[i] = scratch->tags[i] == NNS ? VBZ : VBP;
      else if (s.headline && IsHeadlineNounBesideVerb(words, scratch->tags, facts, i))
        scratch->tags[i] = scratch->tags[i] == VBZ ? NNS : NN;
      if (IsParticipleBeforeBy(scratch->tokens, scratch->tags, i, facts[i])) scratch->tags[i] = VBN;
      // "to U.S. authorities": a dotted initialism is a name, never a verb.
      if (text::IsDottedInitialism(scratch->tokens[i].lower)) scratch->tags[i] = NNP;
      // "have both struck", "will all attend": a floating quantifier between an
      // auxiliary and its verb is an adverb, not the start of a noun phrase.
      if (i > 0 && i + 1 < n && (scratch->tokens[i].lower == "both" || scratch->tokens[i].lower == "all" ||
                                 scratch->tokens[i].lower == "each") &&
          (scratch->tags[i - 1] == MD || IsAuxiliaryForm(scratch->tokens[i - 1].lower)) &&
          IsVerb(scratch->tags[i + 1]))
        scratch->tags[i] = RB;
      t.tag = scratch->tags[i];
      t.lemma = Lemmatize(scratch->tokens[i].lower, scratch->tags[i], facts[i].entry, lexicon, &doc->arena);
    }
  }
}

}  // namespace tocsin::lex
