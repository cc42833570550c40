#include "syntax/chunker.h"

#include <algorithm>

#include "lex/tagset.h"

namespace tocsin::syntax {
namespace {

using lex::Tag;

bool IsAuxLemma(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
}

bool IsNegation(std::string_view lemma) { return lemma == "not" || lemma == "never" || lemma == "n't"; }

// Adverbs that may sit inside a verb group ("has not yet", "will also").
bool IsVerbGroupAdverb(const text::Token& t) {
  return t.tag == lex::RB || t.tag == lex::RBR || t.tag == lex::RBS;
}

Modality AuxModality(std::string_view lemma) {
  if (lemma == "will" || lemma == "shall" || lemma == "would") return Modality::kIntended;
  if (lemma == "may" || lemma == "might" || lemma == "could" || lemma == "can" ||
      lemma == "should" || lemma == "must" || lemma == "ought")
    return Modality::kPossible;
  return Modality::kAsserted;
}

class Chunker {
 public:
  Chunker(const text::Document& doc, const text::Sentence& s, const lex::WordClasses& words, Analysis* out)
      : doc_(doc),
        words_(words),
        toks_(doc.tokens),
        begin_(s.token_begin),
        end_(s.token_end),
        headline_(s.headline),
        out_(out) {}

  void Run() {
    out_->Clear();
    out_->token_begin = begin_;
    out_->token_end = end_;
    out_->headline = headline_;
    out_->np_at.assign(end_ - begin_, -1);
    out_->vg_at.assign(end_ - begin_, -1);
    uint32_t i = begin_;
    while (i < end_) {
      uint32_t next = TryVerbGroup(i);
      if (next == i) next = TryNounPhrase(i);
      if (next == i) next = Other(i);
      i = next;
    }
    LinkPrepositions();
    LinkCoordination();
    LinkAppositions();
  }

 private:
  Tag TagAt(uint32_t i) const { return i < end_ ? Tag(toks_[i].tag) : lex::kNoTag; }
  std::string_view Lemma(uint32_t i) const { return i < end_ ? toks_[i].lemma : std::string_view(); }
  std::string_view Lower(uint32_t i) const { return i < end_ ? doc_.TokenLower(toks_[i]) : std::string_view(); }

  bool IsVerbTag(Tag t) const { return lex::IsVerb(t) || t == lex::MD; }

  // A participle or gerund used as a premodifier: "the armed forces", "ruling party".
  bool IsPremodifier(uint32_t i, bool inside_np) const {
    Tag t = TagAt(i);
    // After a determiner or a number a past tense cannot be a verb: "95
    // captured Ukrainian soldiers" is a participle the tagger misread.
    Tag before = i > begin_ ? TagAt(i - 1) : lex::kNoTag;
    if (t == lex::VBD && (before == lex::DT || before == lex::CD || before == lex::PRPS || before == lex::POS)) t = lex::VBN;
    if (t != lex::VBN && t != lex::VBG) return false;
    Tag next = TagAt(i + 1);
    bool noun_follows = lex::IsNoun(next) || (lex::IsAdjective(next) && lex::IsNoun(TagAt(i + 2)));
    if (!noun_follows) return false;
    if (inside_np) return true;
    Tag prev = i > begin_ ? TagAt(i - 1) : lex::kNoTag;
    // "to ousted Syrian President Assad": after a preposition too.
    // "launched coordinated attacks": a participle right after a main verb modifies its object.
    bool after_main_verb = t == lex::VBN && IsVerbTag(prev) && prev != lex::MD && !IsAuxLemma(Lemma(i - 1));
    return prev == lex::DT || prev == lex::PRPS || prev == lex::POS || lex::IsAdjective(prev) ||
           prev == lex::CD || ((prev == lex::IN || prev == lex::TO) && lex::IsAdjective(next)) || after_main_verb;
  }

  uint32_t TryVerbGroup(uint32_t i) {
    uint32_t start = i;
    bool infinitive = false;
    if (TagAt(i) == lex::TO) {
      uint32_t j = i + 1;
      while (j < end_ && IsVerbGroupAdverb(toks_[j])) ++j;
      if (!(TagAt(j) == lex::VB)) return i;
      infinitive = true;
      i = j;
    } else if (!IsVerbTag(TagAt(i))) {
      return i;
    } else if (IsPremodifier(i, false)) {
      return i;
    }
    VerbGroup vg;
    vg.begin = start;
    vg.infinitive = infinitive;
    uint32_t last_verb = i;
    uint32_t j = i;
    auto last_is_aux = [&] { return TagAt(last_verb) == lex::MD || IsAuxLemma(Lemma(last_verb)); };
    while (j < end_) {
      Tag t = TagAt(j);
      if (IsVerbTag(t)) {
        // Only an auxiliary or a modal carries on into another verb.
        if (j != i && !last_is_aux()) break;
        if (t == lex::MD) vg.modality = std::max(vg.modality, AuxModality(Lemma(j)));
        last_verb = j;
        ++j;
        continue;
      }
      // Adverbs stay in the group only when a verb follows ("has not yet agreed").
      uint32_t k = j;
      while (k < end_ && (IsVerbGroupAdverb(toks_[k]) || (Lower(k) == "no" && Lower(k + 1) == "longer") ||
                          (Lower(k) == "longer" && k > j)))
        ++k;
      if (k > j && k < end_ && IsVerbTag(TagAt(k)) && last_is_aux()) {
        j = k;
        continue;
      }
      break;
    }
    bool saw_aux = false, saw_be = false;
    // Auxiliaries are every verb before the last; the last is the main verb.
    vg.main = last_verb;
    vg.end = last_verb + 1;
    for (uint32_t k = vg.begin; k < vg.main; ++k) {
      if (IsVerbTag(TagAt(k))) {
        saw_aux = true;
        if (Lemma(k) == "be" || Lemma(k) == "get") saw_be = true;
      }
      if (IsNegation(Lemma(k)) || (Lower(k) == "no" && Lower(k + 1) == "longer")) vg.negated = true;
    }
    // "be/get" + past participle is passive; "have been" + participle too.
    if (saw_be && TagAt(vg.main) == lex::VBN) vg.voice = Voice::kPassive;
    if (!saw_aux && !infinitive) {
      if (TagAt(vg.main) == lex::VBG) vg.gerund = true;
      if (TagAt(vg.main) == lex::VBN) {
        vg.participle = true;
        vg.voice = Voice::kPassive;
      }
    }
    // A particle right after the verb: "carried out", "called off".
    if (TagAt(vg.end) == lex::RP) {
      vg.particle = int32_t(vg.end);
      vg.end += 1;
    }
    int32_t index = int32_t(out_->vgs.size());
    for (uint32_t k = vg.begin; k < vg.end; ++k) out_->vg_at[k - begin_] = index;
    out_->vgs.push_back(vg);
    out_->chunks.push_back({ChunkKind::kVG, vg.begin, index});
    return vg.end;
  }

  // "a charge Moscow denied", "the plan Kyiv rejected": a claim or proposal
  // noun, then a name that is the subject of a relative clause with no "that".
  bool StartsZeroRelative(int32_t head, uint32_t j) const {
    if (head < 0 || (TagAt(uint32_t(head)) != lex::NN && TagAt(uint32_t(head)) != lex::NNS)) return false;
    if (TagAt(j) != lex::NNP && TagAt(j) != lex::NNPS) return false;
    std::string_view noun = Lemma(uint32_t(head));
    if (!words_.Has(lex::WordClass::kChargeNouns, noun) && !words_.Has(lex::WordClass::kProposalNouns, noun))
      return false;
    uint32_t k = j;
    while (k < end_ && (TagAt(k) == lex::NNP || TagAt(k) == lex::NNPS)) ++k;
    return k < end_ && (TagAt(k) == lex::VBD || TagAt(k) == lex::VBZ || TagAt(k) == lex::VBP || TagAt(k) == lex::MD);
  }

  uint32_t TryNounPhrase(uint32_t i) {
    Tag t = TagAt(i);
    NounPhrase np;
    np.begin = i;
    if (t == lex::PRP || t == lex::EX) {
      if (t == lex::EX) return i;
      np.end = i + 1;
      np.head = i;
      np.pronoun = true;
      return AddNp(np);
    }
    if (t == lex::WDT || t == lex::WP) {
      // Relative pronouns after a noun phrase stand for it; elsewhere they are subordinators.
      if (!out_->chunks.empty() && (out_->chunks.back().kind == ChunkKind::kNP ||
                                    out_->chunks.back().kind == ChunkKind::kComma)) {
        np.end = i + 1;
        np.head = i;
        np.relative = true;
        return AddNp(np);
      }
      return i;
    }
    // "more than 200 Venezuelans", "at least 12 people", "up to 40 towns": one phrase.
    if ((Lower(i) == "more" || Lower(i) == "fewer" || Lower(i) == "less") && Lower(i + 1) == "than" &&
        TagAt(i + 2) == lex::CD)
      return NounPhraseFrom(i, i + 2);
    if (((Lower(i) == "at" && (Lower(i + 1) == "least" || Lower(i + 1) == "most")) ||
         (Lower(i) == "up" && Lower(i + 1) == "to")) &&
        TagAt(i + 2) == lex::CD)
      return NounPhraseFrom(i, i + 2);
    // "have both struck", "have all agreed": a floating quantifier, not a phrase.
    if ((Lower(i) == "both" || Lower(i) == "all" || Lower(i) == "each") &&
        (IsVerbTag(TagAt(i + 1)) || TagAt(i + 1) == lex::RB))
      return i;
    bool starts = t == lex::DT || t == lex::PDT || t == lex::PRPS || t == lex::CD ||
                  lex::IsAdjective(t) || lex::IsNoun(t) || t == lex::FW || t == lex::kDollar ||
                  IsPremodifier(i, false) || (t == lex::RB && (Lower(i) == "about" || Lower(i) == "nearly" || Lower(i) == "some") && TagAt(i + 1) == lex::CD);
    if (!starts) return i;
    uint32_t j = i;
    // Determiners only at the start ("all the", "the").
    if (TagAt(j) == lex::RB) ++j;
    while (j < end_ && (TagAt(j) == lex::PDT || (TagAt(j) == lex::DT && j <= i + 1) || TagAt(j) == lex::PRPS ||
                        TagAt(j) == lex::kDollar))
      ++j;
    int32_t head = -1;
    int32_t last_adj = -1;
    while (j < end_) {
      Tag tj = TagAt(j);
      // "Lithuania next spring", "Goma last month": a time expression is not part of the phrase.
      if (head >= 0 && TagAt(uint32_t(head)) != lex::CD && IsTimeExpression(j)) break;
      // "gave Belgian diplomats 48 hours": a number after a common noun starts
      // a new phrase (but "Boeing 777", "Resolution 2231" stay whole).
      if (tj == lex::CD && head >= 0 && (TagAt(uint32_t(head)) == lex::NN || TagAt(uint32_t(head)) == lex::NNS)) break;
      if (lex::IsNoun(tj) || tj == lex::CD || tj == lex::FW) {
        if (StartsZeroRelative(head, j)) break;
        head = int32_t(j);
        ++j;
        continue;
      }
      if (lex::IsAdjective(tj)) {
        // An adjective after a noun starts a new phrase ("Ukraine new weapons" aside).
        if (head >= 0 && !(TagAt(j + 1) == lex::NN || TagAt(j + 1) == lex::NNS)) break;
        last_adj = int32_t(j);
        ++j;
        continue;
      }
      // "a previously unknown group", "the newly elected president".
      if (tj == lex::RB && head < 0 && j > i && (lex::IsAdjective(TagAt(j + 1)) || IsPremodifier(j + 1, true))) {
        ++j;
        continue;
      }
      // A participle modifies a noun before it, never after its head ("the US
      // and its allies imposed new sanctions").
      if (head < 0 && IsPremodifier(j, true)) {
        ++j;
        continue;
      }
      if (tj == lex::POS && head >= 0) {
        np.possessor_end = j + 1;
        head = -1;
        ++j;
        continue;
      }
      if (tj == lex::CC && Lower(j) != "but" && j > i && lex::IsAdjective(TagAt(j - 1)) &&
          lex::IsAdjective(TagAt(j + 1))) {
        ++j;  // "Belarusian and Russian troops"
        continue;
      }
      if (Lower(j) == "of" && head >= 0 && TagAt(head) == lex::NNP && TagAt(j + 1) == lex::NNP &&
          AllProper(np.begin, j)) {
        ++j;  // "Ministry of Defence", "Chief of General Staff"
        continue;
      }
      if ((Lower(j) == "&" || Lower(j) == "-") && head >= 0 && lex::IsNoun(TagAt(j + 1))) {
        ++j;
        continue;
      }
      break;
    }
    if (head < 0) {
      // "protesters angry over the results", "forces loyal to the premier": an
      // adjective phrase after a noun modifies it; it is no phrase of its own.
      if (last_adj >= 0 && lex::IsAdjective(TagAt(i)) && !out_->chunks.empty() &&
          out_->chunks.back().kind == ChunkKind::kNP && (TagAt(j) == lex::IN || TagAt(j) == lex::TO))
        return i;
      if (last_adj >= 0) {
        head = last_adj;  // "the wounded", "the injured"
      } else if (np.possessor_end) {
        head = int32_t(np.possessor_end) - 2;  // "Russia 's" standing alone
      } else {
        return i;
      }
    }
    np.end = j;
    np.head = uint32_t(head);
    return AddNp(np);
  }

  // A noun phrase that begins at `begin` with a quantifier and continues as an
  // ordinary phrase from `rest`.
  uint32_t NounPhraseFrom(uint32_t begin, uint32_t rest) {
    uint32_t end = TryNounPhrase(rest);
    if (end == rest) return begin;
    NounPhrase& np = out_->nps.back();
    for (uint32_t k = begin; k < rest; ++k) out_->np_at[k - begin_] = int32_t(out_->nps.size() - 1);
    np.begin = begin;
    out_->chunks.back().token = begin;
    return end;
  }

  bool IsTimeNoun(std::string_view w) const { return words_.Has(lex::WordClass::kTimeNouns, w); }

  // "next spring", "last month", "this week", "two days" (ago), "Tuesday".
  bool IsTimeExpression(uint32_t j) const {
    std::string_view w = Lower(j);
    if (w == "next" || w == "last" || w == "this" || w == "early" || w == "late" || w == "every")
      return IsTimeNoun(Lower(j + 1));
    if (TagAt(j) == lex::NNP && IsTimeNoun(w)) return true;  // weekday names
    // "signed a pact hours later", "two days ago".
    std::string_view next = Lower(j + 1);
    if (IsTimeNoun(w) && (next == "later" || next == "earlier" || next == "ago")) return true;
    return false;
  }

  bool AllProper(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      Tag t = TagAt(k);
      if (!(lex::IsProperNoun(t) || t == lex::DT || Lower(k) == "of")) return false;
    }
    return true;
  }

  uint32_t AddNp(const NounPhrase& np) {
    int32_t index = int32_t(out_->nps.size());
    for (uint32_t k = np.begin; k < np.end; ++k) out_->np_at[k - begin_] = index;
    out_->nps.push_back(np);
    out_->chunks.push_back({ChunkKind::kNP, np.begin, index});
    return np.end;
  }

  uint32_t Other(uint32_t i) {
    Tag t = TagAt(i);
    std::string_view w = Lower(i);
    ChunkKind kind = ChunkKind::kOther;
    if (t == lex::IN || t == lex::TO) {
      static constexpr std::string_view kSubordinators[] = {
          "that", "because", "although", "though", "if", "unless", "while", "whereas",
          "whether", "since", "once", "until", "so"};
      kind = ChunkKind::kPrep;
      for (auto s : kSubordinators)
        if (w == s) kind = ChunkKind::kSubordinator;
      // "as", "after", "before", "when" introduce clauses only when a verb follows closely.
      if (kind == ChunkKind::kPrep && (w == "as" || w == "after" || w == "before") &&
          NextIsClause(i + 1))
        kind = ChunkKind::kSubordinator;
    } else if (t == lex::WDT || t == lex::WP || t == lex::WRB || t == lex::WPS) {
      kind = ChunkKind::kSubordinator;
    } else if (t == lex::CC) {
      kind = ChunkKind::kConj;
    } else if (t == lex::kComma) {
      kind = ChunkKind::kComma;
    } else if (t == lex::kColon || t == lex::kPeriod) {
      kind = ChunkKind::kSeparator;
    } else if (t == lex::kQuoteTag) {
      kind = ChunkKind::kQuote;
    } else if (t == lex::kLParen) {
      kind = ChunkKind::kOpenParen;
    } else if (t == lex::kRParen) {
      kind = ChunkKind::kCloseParen;
    } else if (lex::IsAdverb(t)) {
      kind = ChunkKind::kAdverb;
    }
    out_->chunks.push_back({kind, i, -1});
    return i + 1;
  }

  // True when a verb appears within the next few tokens before any punctuation.
  bool NextIsClause(uint32_t i) const {
    for (uint32_t k = i; k < end_ && k < i + 8; ++k) {
      Tag t = TagAt(k);
      if (lex::IsPunctuation(t)) return false;
      // "denounced it as a hostile act and recalled": a verb after "and" is the main clause's.
      if (t == lex::CC && IsVerbTag(TagAt(k + 1))) return false;
      if (IsVerbTag(t) && t != lex::VBG && t != lex::VBN) return true;
    }
    return false;
  }

  void LinkPrepositions() {
    auto& chunks = out_->chunks;
    for (size_t c = 0; c + 1 < chunks.size(); ++c) {
      if (chunks[c].kind != ChunkKind::kPrep || chunks[c + 1].kind != ChunkKind::kNP) continue;
      PrepPhrase pp;
      pp.prep = chunks[c].token;
      pp.np = chunks[c + 1].index;
      if (c > 0 && chunks[c - 1].kind == ChunkKind::kNP) pp.modifies_np = chunks[c - 1].index;
      out_->nps[pp.np].object_of_preposition = true;
      chunks[c].index = int32_t(out_->pps.size());
      out_->pps.push_back(pp);
    }
  }

  // "X and Y", "X, Y and Z", "X as well as Y": chains of coordinated noun phrases.
  void LinkCoordination() {
    auto& chunks = out_->chunks;
    for (size_t c = 0; c + 2 < chunks.size(); ++c) {
      if (chunks[c].kind != ChunkKind::kNP) continue;
      size_t k = c + 1;
      bool comma = false;
      if (chunks[k].kind == ChunkKind::kComma) {
        comma = true;
        ++k;
      }
      if (k >= chunks.size()) continue;
      bool conj = chunks[k].kind == ChunkKind::kConj &&
                  (Lower(chunks[k].token) == "and" || Lower(chunks[k].token) == "or");
      if (conj) ++k;
      if (!conj && !comma) continue;
      if (k >= chunks.size() || chunks[k].kind != ChunkKind::kNP) continue;
      NounPhrase& left = out_->nps[chunks[c].index];
      NounPhrase& right = out_->nps[chunks[k].index];
      if (left.relative || right.relative) continue;
      // A bare comma joins only lists that end in a conjunction ("X, Y and Z"),
      // except in a headline, where "Russia, Ukraine swap prisoners" is a pair.
      bool headline_pair = headline_ && !conj && k + 1 < chunks.size() && chunks[k + 1].kind == ChunkKind::kVG &&
                           AtClauseStart(c) && TagAt(left.head) == lex::NNP && TagAt(right.head) == lex::NNP;
      if (!conj && !ListContinues(k) && !headline_pair) continue;
      // "... attacked Ukraine and Belarus sent troops": the second phrase is a new subject.
      if ((conj || headline_pair) && k + 1 < chunks.size() && chunks[k + 1].kind == ChunkKind::kVG &&
          !out_->vgs[chunks[k + 1].index].infinitive && !AtClauseStart(c))
        continue;
      if (left.object_of_preposition != right.object_of_preposition && !comma) {
        // "sanctions on Iran and Russia" keeps both as objects of "on".
        right.object_of_preposition = left.object_of_preposition;
      }
      left.next_conjunct = chunks[k].index;
      right.first_conjunct = left.first_conjunct >= 0 ? left.first_conjunct : chunks[c].index;
    }
  }

  // "Rwanda's president, Paul Kagame, said", "Paul Kagame, Rwanda's president,
  // said": a phrase set off by commas right after another renames it when one
  // of them is a name and the other a description. It ends at a comma or the
  // end of the sentence, after any prepositional phrases of its own.
  void LinkAppositions() {
    auto& chunks = out_->chunks;
    for (size_t c = 0; c + 2 < chunks.size(); ++c) {
      if (chunks[c].kind != ChunkKind::kNP || chunks[c + 1].kind != ChunkKind::kComma ||
          chunks[c + 2].kind != ChunkKind::kNP)
        continue;
      int32_t h = chunks[c].index, p = chunks[c + 2].index;
      NounPhrase& host = out_->nps[h];
      NounPhrase& app = out_->nps[p];
      if (host.next_conjunct >= 0 || app.next_conjunct >= 0 || app.first_conjunct >= 0 || host.relative ||
          app.relative || host.pronoun || app.pronoun || host.appositive >= 0)
        continue;
      size_t e = c + 3;
      while (e + 1 < chunks.size() && chunks[e].kind == ChunkKind::kPrep && chunks[e + 1].kind == ChunkKind::kNP) e += 2;
      bool closed = e >= chunks.size() || chunks[e].kind == ChunkKind::kComma || chunks[e].kind == ChunkKind::kSeparator;
      if (!closed) continue;
      // "X, Y, Z and W" is a list, not a renaming.
      if (e < chunks.size() && chunks[e].kind == ChunkKind::kComma && ListContinues(e - 1)) continue;
      bool host_name = IsProperTag(TagAt(host.head)), app_name = IsProperTag(TagAt(app.head));
      // "The negotiator, a former general, told": an indefinite description
      // renames a definite one when the verb follows.
      bool description = !host_name && !app_name && (Lower(app.begin) == "a" || Lower(app.begin) == "an") &&
                         Lower(host.begin) != "a" && Lower(host.begin) != "an" && e + 1 < chunks.size() &&
                         chunks[e].kind == ChunkKind::kComma && chunks[e + 1].kind == ChunkKind::kVG;
      if (host_name == app_name && !description) continue;
      host.appositive = p;
      app.appositive_of = h;
    }
  }

  static bool IsProperTag(Tag t) { return t == lex::NNP || t == lex::NNPS; }

  bool ListContinues(size_t k) const {
    const auto& chunks = out_->chunks;
    for (size_t m = k + 1; m + 1 < chunks.size(); ++m) {
      if (chunks[m].kind == ChunkKind::kComma) continue;
      if (chunks[m].kind == ChunkKind::kConj) return chunks[m + 1].kind == ChunkKind::kNP;
      if (chunks[m].kind != ChunkKind::kNP) return false;
    }
    return false;
  }

  // The noun phrase at chunk c begins its clause: nothing but modifiers before it
  // since the last clause boundary.
  bool AtClauseStart(size_t c) const {
    const auto& chunks = out_->chunks;
    for (size_t m = c; m-- > 0;) {
      ChunkKind k = chunks[m].kind;
      if (k == ChunkKind::kVG) return false;
      if (k == ChunkKind::kSubordinator || k == ChunkKind::kSeparator || k == ChunkKind::kQuote) return true;
    }
    return true;
  }

  const text::Document& doc_;
  const lex::WordClasses& words_;
  const std::vector<text::Token>& toks_;
  uint32_t begin_, end_;
  bool headline_;
  Analysis* out_;
};

}  // namespace

void ChunkSentence(const text::Document& doc, const text::Sentence& sentence, const lex::WordClasses& words,
                   Analysis* out) {
  Chunker(doc, sentence, words, out).Run();
}

}  // namespace tocsin::syntax
