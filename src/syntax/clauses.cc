#include "syntax/clauses.h"

#include <algorithm>

#include "lex/tagset.h"

namespace tocsin::syntax {
namespace {

using lex::WordClass;

class ClauseAnalyzer {
 public:
  ClauseAnalyzer(const text::Document& doc, const lex::WordClasses& words, Analysis* a)
      : doc_(doc), words_(words), a_(*a) {}

  void Run() {
    const auto& chunks = a_.chunks;
    vg_chunk_.assign(a_.vgs.size(), 0);
    relative_host_.assign(a_.vgs.size(), -1);
    object_gap_.assign(a_.vgs.size(), -1);
    for (size_t c = 0; c < chunks.size(); ++c)
      if (chunks[c].kind == ChunkKind::kVG) vg_chunk_[chunks[c].index] = c;
    MarkParentheticals();
    MarkQuotes();
    for (size_t v = 0; v < a_.vgs.size(); ++v) ReadParticipleAsPast(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) FindSubject(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) FindObjects(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) ShareObjectWithConjunct(int32_t(v));
    AttachPrepositions();
    for (size_t v = 0; v < a_.vgs.size(); ++v) LinkComplement(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) LinkPrepositionalGerund(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) LinkContentClause(int32_t(v));
    for (size_t v = 0; v < a_.vgs.size(); ++v) InheritFromConjunct(int32_t(v));
    MarkNegation();
    MarkReportedSpeech();
    MarkConditionals();
  }

 private:
  std::string_view Lower(uint32_t token) const { return doc_.TokenLower(doc_.tokens[token]); }
  std::string_view Lemma(uint32_t token) const { return doc_.tokens[token].lemma; }
  lex::Tag TagOf(uint32_t token) const { return lex::Tag(doc_.tokens[token].tag); }
  const VerbGroup& Vg(int32_t v) const { return a_.vgs[v]; }
  std::string_view VgLemma(int32_t v) const { return Lemma(a_.vgs[v].main); }
  bool Is(WordClass c, std::string_view word) const { return words_.Has(c, word); }
  bool IsReportingVerb(std::string_view lemma) const { return Is(WordClass::kReporting, lemma); }
  bool TakesClause(std::string_view lemma) const { return IsReportingVerb(lemma) || Is(WordClass::kTakesClause, lemma); }
  bool IsNegatingVerb(std::string_view lemma) const { return Is(WordClass::kNegating, lemma); }
  bool IsAppealVerb(std::string_view lemma) const { return Is(WordClass::kAsking, lemma); }

  // Relative clauses set off by commas and parenthesised text are skipped when
  // looking for the subject of a verb outside them.
  void MarkParentheticals() {
    const auto& chunks = a_.chunks;
    skip_.assign(chunks.size(), false);
    for (size_t c = 0; c < chunks.size(); ++c) {
      if (chunks[c].kind == ChunkKind::kOpenParen) {
        size_t e = c + 1;
        while (e < chunks.size() && chunks[e].kind != ChunkKind::kCloseParen) ++e;
        for (size_t k = c; k <= e && k < chunks.size(); ++k) skip_[k] = true;
      }
      // "his counterpart, Felix Tshisekedi, met": the appositive.
      if (chunks[c].kind == ChunkKind::kNP && a_.nps[chunks[c].index].appositive_of >= 0) {
        skip_[c - 1] = skip_[c] = true;
        for (size_t k = c + 1; k + 1 < chunks.size() && chunks[k].kind == ChunkKind::kPrep &&
                               chunks[k + 1].kind == ChunkKind::kNP;
             k += 2)
          skip_[k] = skip_[k + 1] = true;
      }
      // ", most of which were shot down,": a quantified relative.
      bool relative = chunks[c].kind == ChunkKind::kNP &&
                      (a_.nps[chunks[c].index].relative ||
                       (c + 2 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep &&
                        Lower(chunks[c + 1].token) == "of" &&
                        (Lower(chunks[c + 2].token) == "which" || Lower(chunks[c + 2].token) == "whom")));
      if (relative && c > 0 && chunks[c - 1].kind == ChunkKind::kComma) {
        size_t e = c + 1;
        while (e < chunks.size() && chunks[e].kind != ChunkKind::kComma &&
               chunks[e].kind != ChunkKind::kSeparator)
          ++e;
        if (e < chunks.size() && chunks[e].kind == ChunkKind::kComma)
          for (size_t k = c; k < e; ++k) skip_[k] = true;
      }
      if (chunks[c].kind == ChunkKind::kComma && c > 0 && chunks[c - 1].kind == ChunkKind::kNP &&
          !a_.nps[chunks[c - 1].index].object_of_preposition)
        MarkCommaInterruption(c);
    }
  }

  // Between a subject and its verb, set off by commas: a reduced relative
  // ("The militants, believed to be linked to Islamic State, ambushed") or a
  // report ("The attack, the ministry said, was carried out").
  void MarkCommaInterruption(size_t comma) {
    const auto& chunks = a_.chunks;
    size_t e = comma + 1;
    while (e < chunks.size() && chunks[e].kind != ChunkKind::kComma && chunks[e].kind != ChunkKind::kSeparator &&
           chunks[e].kind != ChunkKind::kQuote)
      ++e;
    if (e + 1 >= chunks.size() || chunks[e].kind != ChunkKind::kComma || chunks[e + 1].kind != ChunkKind::kVG ||
        !IsFinite(a_.vgs[chunks[e + 1].index]) || e == comma + 1)
      return;
    const Chunk& first = chunks[comma + 1];
    bool participle = false, report = false;
    if (first.kind == ChunkKind::kVG) {
      const VerbGroup& vg = a_.vgs[first.index];
      lex::Tag tag = TagOf(vg.main);
      participle = vg.begin == vg.main && (tag == lex::VBN || tag == lex::VBD);
    } else if (first.kind == ChunkKind::kNP && comma + 2 < e && chunks[comma + 2].kind == ChunkKind::kVG) {
      report = IsReportingVerb(VgLemma(chunks[comma + 2].index));
      for (size_t k = comma + 3; k < e && report; ++k)
        report = chunks[k].kind == ChunkKind::kPrep || chunks[k].kind == ChunkKind::kNP ||
                 chunks[k].kind == ChunkKind::kAdverb;
    }
    if (!participle && !report) return;
    for (size_t k = comma + 1; k < e; ++k) skip_[k] = true;
    if (participle) {
      VerbGroup& vg = a_.vgs[first.index];
      vg.participle = true;
      vg.voice = Voice::kPassive;
    }
  }

  void MarkQuotes() {
    bool inside = false;
    for (const Chunk& ch : a_.chunks) {
      if (ch.kind == ChunkKind::kQuote) inside = !inside;
      if (ch.kind == ChunkKind::kVG && inside) a_.vgs[ch.index].in_quote = true;
    }
  }

  static bool IsNominativePronoun(std::string_view w) {
    return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
  }

  bool IsFinite(const VerbGroup& vg) const {
    if (vg.infinitive || vg.gerund || vg.participle) return false;
    for (uint32_t t = vg.begin; t <= vg.main; ++t) {
      lex::Tag tag = TagOf(t);
      if (tag == lex::VBD || tag == lex::VBZ || tag == lex::VBP || tag == lex::MD) return true;
    }
    return false;
  }

  // A past participle with no auxiliary is either a reduced relative ("the
  // soldiers killed in the attack were buried") or a past tense the tagger
  // read as a participle ("Witkoff negotiated with ..."). It is the past
  // tense when its subject opens the clause and no finite verb follows.
  void ReadParticipleAsPast(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    if (!vg.participle) return;
    const auto& chunks = a_.chunks;
    size_t c = vg_chunk_[v];
    size_t m = c;
    while (m > 0 && chunks[m - 1].kind == ChunkKind::kAdverb) --m;
    // "formed a command and sent troops": coordinated with a past tense.
    if (m > 0 && chunks[m - 1].kind == ChunkKind::kConj) {
      for (size_t k = m - 1; k-- > 0;) {
        const Chunk& ch = chunks[k];
        if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kSubordinator) break;
        if (ch.kind == ChunkKind::kVG) {
          if (TagOf(a_.vgs[ch.index].main) == lex::VBD && !a_.vgs[ch.index].participle) {
            vg.participle = false;
            vg.voice = Voice::kActive;
          }
          break;
        }
      }
      return;
    }
    m = SkipNickname(m);
    if (m == 0 || chunks[m - 1].kind != ChunkKind::kNP) return;
    const NounPhrase& np = a_.nps[chunks[m - 1].index];
    if (np.object_of_preposition || np.relative) return;
    // "the troops that Russia sent", "the sanctions the EU imposed": a subject
    // inside a relative clause makes the participle its past tense.
    if (ObjectRelativeHost(m - 1, c) >= 0) {
      vg.participle = false;
      vg.voice = Voice::kActive;
      return;
    }
    // "he agreed": a pronoun in the nominative can only be a subject.
    if (IsNominativePronoun(Lower(np.begin))) {
      vg.participle = false;
      vg.voice = Voice::kActive;
      return;
    }
    bool subject = true;
    {
      for (size_t k = m - 1; k-- > 0;) {
        ChunkKind kind = chunks[k].kind;
        if (kind == ChunkKind::kSubordinator || kind == ChunkKind::kSeparator || kind == ChunkKind::kQuote) break;
        if (kind == ChunkKind::kVG) {
          subject = false;
          break;
        }
      }
    }
    if (!subject) return;
    // "Three soldiers killed by roadside bomb": a by-agent keeps it passive.
    if (c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep && Lower(chunks[c + 1].token) == "by") return;
    for (size_t k = c + 1; k < chunks.size(); ++k) {
      ChunkKind kind = chunks[k].kind;
      if (kind == ChunkKind::kSeparator || (kind == ChunkKind::kSubordinator && Lower(chunks[k].token) != "as"))
        break;
      if (kind == ChunkKind::kVG && IsFinite(a_.vgs[chunks[k].index])) return;
    }
    vg.participle = false;
    vg.voice = Voice::kActive;
  }


  int32_t ChainStart(int32_t np) const {
    return a_.nps[np].first_conjunct >= 0 ? a_.nps[np].first_conjunct : np;
  }

  // The noun phrase whose prepositional phrase has `np` as its object (only
  // through "of" when `only_of`), or -1.
  int32_t OwnerOf(int32_t np, bool only_of) const {
    int32_t owner = -1;
    for (const PrepPhrase& pp : a_.pps)
      if (pp.np == np && (!only_of || Lower(pp.prep) == "of")) owner = pp.modifies_np;
    return owner;
  }

  // The noun phrase a relative pronoun stands for: the one before it.
  int32_t Antecedent(size_t relative_chunk) const {
    std::string_view pronoun = Lower(a_.chunks[relative_chunk].token);
    bool restrictive_thing = (pronoun == "that" || pronoun == "which") && relative_chunk > 0 &&
                             a_.chunks[relative_chunk - 1].kind != ChunkKind::kComma;
    for (size_t m = relative_chunk; m-- > 0;) {
      const Chunk& ch = a_.chunks[m];
      if (ch.kind == ChunkKind::kComma) continue;
      if (ch.kind == ChunkKind::kNP) {
        // "the mayor of Nablus, who": prefer the phrase an of-phrase modifies
        // (but not "fired at supporters of X who": only "of" is climbed; nor
        // "the commander of the brigade that repelled": "that" and "which"
        // without a comma restrict the nearest phrase).
        int32_t np = ch.index;
        while (a_.nps[np].object_of_preposition && !restrictive_thing) {
          int32_t owner = OwnerOf(np, /*only_of=*/true);
          if (owner < 0) break;
          np = owner;
        }
        return ChainStart(np);
      }
      return -1;
    }
    return -1;
  }

  // "the next day", "last week", "Tuesday": a phrase that says when.
  bool IsTimePhrase(int32_t np) const { return Is(WordClass::kClauseTimeHeads, Lemma(a_.nps[np].head)); }

  // 'Pushpa Kamal Dahal "Prachanda" arrived': when the chunks before `c` end
  // with a name and a quoted nickname, the index just after the name; else `c`.
  size_t SkipNickname(size_t c) const {
    const auto& ch = a_.chunks;
    if (c >= 4 && ch[c - 1].kind == ChunkKind::kQuote && ch[c - 2].kind == ChunkKind::kNP &&
        ch[c - 3].kind == ChunkKind::kQuote && ch[c - 4].kind == ChunkKind::kNP &&
        a_.nps[ch[c - 2].index].end == ch[c - 1].token)
      return c - 3;
    return c;
  }

  bool PrecededByVerb(size_t c) const {
    for (size_t m = c; m-- > 0;) {
      ChunkKind k = a_.chunks[m].kind;
      if (k == ChunkKind::kAdverb) continue;
      return k == ChunkKind::kVG;
    }
    return false;
  }

  // When the subject at chunk `subject` of the verb at chunk `verb` opens a
  // relative clause with a gap for the object ("the troops that Russia sent
  // to Belarus", "the sanctions the EU imposed"), the phrase the clause
  // modifies; else -1. The verb must have no object of its own.
  int32_t ObjectRelativeHost(size_t subject, size_t verb) const {
    const auto& chunks = a_.chunks;
    if (subject == 0 || a_.nps[chunks[subject].index].relative) return -1;
    auto takes_object = [&](size_t at) {
      return at < chunks.size() && chunks[at].kind == ChunkKind::kNP &&
             !a_.nps[chunks[at].index].object_of_preposition && !IsTimePhrase(chunks[at].index);
    };
    if (takes_object(verb + 1)) return -1;
    // "allegations that police abducted and killed protesters": a shared object.
    if (verb + 2 < chunks.size() && chunks[verb + 1].kind == ChunkKind::kConj &&
        chunks[verb + 2].kind == ChunkKind::kVG && takes_object(verb + 3))
      return -1;
    const Chunk& before = chunks[subject - 1];
    // "The ship that Houthi rebels attacked" with "that" read as a conjunction;
    // not after a noun that takes a clause ("allegations that police ...").
    if (before.kind == ChunkKind::kSubordinator && Lower(before.token) == "that" && subject >= 2 &&
        chunks[subject - 2].kind == ChunkKind::kNP && !TakesContentClause(Lemma(a_.nps[chunks[subject - 2].index].head)))
      return ChainStart(chunks[subject - 2].index);
    if (before.kind != ChunkKind::kNP) return -1;
    const NounPhrase& b = a_.nps[before.index];
    if (b.relative) {
      std::string_view w = Lower(b.begin);
      return w == "that" || w == "which" || w == "whom" || w == "who" ? Antecedent(subject - 1) : -1;
    }
    // The zero relative: a common noun right before a subject that is a name,
    // a pronoun or a determined phrase; never a time phrase ("Last week the army").
    if (b.object_of_preposition || b.pronoun || IsTimePhrase(before.index) || a_.headline) return -1;
    lex::Tag host_tag = TagOf(b.head);
    if (host_tag != lex::NN && host_tag != lex::NNS) return -1;
    const NounPhrase& subj = a_.nps[chunks[subject].index];
    lex::Tag first = TagOf(subj.begin);
    if (!(subj.pronoun || first == lex::DT || first == lex::PRPS || first == lex::NNP)) return -1;
    if (b.possessor_end == 0 && b.end != subj.begin) return -1;
    return ChainStart(before.index);
  }

  bool TakesContentClause(std::string_view noun) const { return Is(WordClass::kContentNouns, noun); }

  // The phrase a clause opened by "where" or "whose" modifies, given the
  // clause's subject at `subject_chunk`; -1 otherwise.
  int32_t WhereOrWhoseHost(size_t subject_chunk) const {
    const auto& chunks = a_.chunks;
    if (subject_chunk >= 2 && chunks[subject_chunk - 1].kind == ChunkKind::kSubordinator &&
        Lower(chunks[subject_chunk - 1].token) == "where" && chunks[subject_chunk - 2].kind == ChunkKind::kNP)
      return ChainStart(chunks[subject_chunk - 2].index);
    const NounPhrase& subj = a_.nps[chunks[subject_chunk].index];
    if (subj.begin > a_.token_begin && Lower(subj.begin - 1) == "whose") {
      size_t m = subject_chunk;
      while (m > 0 && chunks[m - 1].kind != ChunkKind::kNP && chunks[m - 1].token >= subj.begin - 1) --m;
      while (m > 0 && chunks[m - 1].kind == ChunkKind::kComma) --m;
      if (m > 0 && chunks[m - 1].kind == ChunkKind::kNP) return ChainStart(chunks[m - 1].index);
    }
    return -1;
  }

  // The subject of a clause whose relative clause modifies `host`: the host,
  // or the phrase its of-phrase or other modifier belongs to ("the commander
  // of the brigade that repelled the assault was awarded"); -1 when the host
  // is the object of a preposition that belongs to a verb.
  int32_t SubjectAroundRelative(int32_t host) const {
    int32_t np = ChainStart(host);
    while (a_.nps[np].object_of_preposition) {
      int32_t owner = OwnerOf(np, /*only_of=*/false);
      if (owner < 0) return -1;
      np = ChainStart(owner);
    }
    return np;
  }

  // A verb group in a relative clause that ends right before chunk `c`.
  int32_t RelativeClauseBefore(size_t verb_chunk) const {
    int32_t w = a_.chunks[verb_chunk].index;
    if (relative_host_[w] < 0 || TakesClause(VgLemma(w))) return -1;
    return SubjectAroundRelative(relative_host_[w]);
  }

  // The phrase at chunk `np`, with its prepositional phrases, ends its clause.
  bool InvertedSubjectEnds(size_t np) const {
    const auto& chunks = a_.chunks;
    size_t e = np + 1;
    while (e + 1 < chunks.size() && chunks[e].kind == ChunkKind::kPrep && chunks[e + 1].kind == ChunkKind::kNP) e += 2;
    return e >= chunks.size() || chunks[e].kind == ChunkKind::kComma || chunks[e].kind == ChunkKind::kSeparator ||
           chunks[e].kind == ChunkKind::kQuote;
  }

  // A finite verb outside parentheticals before chunk c, in the same sentence part.
  bool FiniteVerbBefore(size_t c) const {
    for (size_t m = c; m-- > 0;) {
      if (a_.chunks[m].kind == ChunkKind::kSeparator) return false;
      if (a_.chunks[m].kind == ChunkKind::kVG && !skip_[m] && IsFinite(a_.vgs[a_.chunks[m].index])) return true;
    }
    return false;
  }

  void FindSubject(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    size_t c = vg_chunk_[v];
    if (vg.participle) {
      // "soldiers killed in Ukraine", "The militants, believed to be": the
      // phrase before is the patient.
      size_t m = c;
      if (m > 1 && skip_[c] && a_.chunks[m - 1].kind == ChunkKind::kComma) --m;
      if (m > 0 && a_.chunks[m - 1].kind == ChunkKind::kNP) vg.subject = ChainStart(a_.chunks[m - 1].index);
      // "were beaten and detained": the auxiliary and the subject are shared.
      if (m > 1 && a_.chunks[m - 1].kind == ChunkKind::kConj && a_.chunks[m - 2].kind == ChunkKind::kVG &&
          a_.vgs[a_.chunks[m - 2].index].voice == Voice::kPassive && !a_.vgs[a_.chunks[m - 2].index].participle) {
        vg.conjunct_of = a_.chunks[m - 2].index;
        vg.subject = a_.vgs[vg.conjunct_of].subject;
        vg.participle = false;
      }
      return;
    }
    if (vg.infinitive) return;  // from the governor (LinkComplement)
    // "..., killing at least 12": an adverbial -ing clause after a comma is the main clause's doing.
    if (vg.gerund && c > 0 && a_.chunks[c - 1].kind == ChunkKind::kComma) {
      for (size_t m = c - 1; m-- > 0;) {
        const Chunk& ch = a_.chunks[m];
        if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
        if (ch.kind == ChunkKind::kVG && !a_.vgs[ch.index].gerund && !a_.vgs[ch.index].infinitive &&
            a_.vgs[ch.index].subject >= 0) {
          vg.subject = a_.vgs[ch.index].voice == Voice::kPassive ? a_.vgs[ch.index].agent : a_.vgs[ch.index].subject;
          vg.adverbial_of = ch.index;
          return;
        }
      }
    }
    // "killed hundreds after seizing the town", "responded by launching
    // missiles": the -ing clause after a temporal or manner preposition is
    // done by the main clause's subject.
    if (vg.gerund && c > 0 &&
        (a_.chunks[c - 1].kind == ChunkKind::kPrep || a_.chunks[c - 1].kind == ChunkKind::kSubordinator) &&
        Is(WordClass::kGerundAdverbials, Lower(a_.chunks[c - 1].token))) {
      for (size_t m = c - 1; m-- > 0;) {
        const Chunk& ch = a_.chunks[m];
        if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
        if (ch.kind != ChunkKind::kVG) continue;
        const VerbGroup& main = a_.vgs[ch.index];
        if (main.gerund || main.infinitive || main.participle || main.subject < 0) continue;
        vg.subject = main.subject;
        vg.adverbial_of = ch.index;
        return;
      }
    }
    // "..., said Colonel Andriy Koval": a reporting verb after a comma or a
    // quote with a phrase after it has its subject there.
    if (c > 0 && c + 1 < a_.chunks.size() &&
        (a_.chunks[c - 1].kind == ChunkKind::kComma || a_.chunks[c - 1].kind == ChunkKind::kQuote) &&
        a_.chunks[c + 1].kind == ChunkKind::kNP && !a_.nps[a_.chunks[c + 1].index].relative &&
        vg.begin == vg.main && IsReportingVerb(VgLemma(v)) && InvertedSubjectEnds(c + 1) && FiniteVerbBefore(c - 1)) {
      vg.subject = ChainStart(a_.chunks[c + 1].index);
      return;
    }
    bool saw_conj = false;
    bool inside_skip = skip_[c];
    for (size_t m = c; m-- > 0;) {
      const Chunk& ch = a_.chunks[m];
      if (skip_[m] && !inside_skip) continue;
      switch (ch.kind) {
        case ChunkKind::kAdverb:
        case ChunkKind::kPrep:
        case ChunkKind::kOther:
        case ChunkKind::kComma:
        case ChunkKind::kOpenParen:
        case ChunkKind::kCloseParen:
          continue;
        case ChunkKind::kConj:
          saw_conj = true;
          continue;
        case ChunkKind::kNP: {
          const NounPhrase& np = a_.nps[ch.index];
          if (np.object_of_preposition) continue;
          // "sent to Belarus last year have returned": a time phrase after
          // another phrase or a verb says when, it is no subject.
          if (m > 0 && (a_.chunks[m - 1].kind == ChunkKind::kNP || a_.chunks[m - 1].kind == ChunkKind::kVG) &&
              IsTimePhrase(ch.index))
            continue;
          if (np.relative) {
            vg.subject = Antecedent(m);
            relative_host_[v] = vg.subject;
            return;
          }
          // "the man who opened fire at the rally had been arrested": the
          // phrase is the object of a relative clause; the subject is the
          // phrase that clause modifies.
          if (!saw_conj && !vg.gerund) {
            size_t k = m;
            while (k > 0 && a_.chunks[k - 1].kind == ChunkKind::kAdverb) --k;
            if (k > 0 && a_.chunks[k - 1].kind == ChunkKind::kVG && IsFinite(vg))
              if (int32_t around = RelativeClauseBefore(k - 1); around >= 0) {
                vg.subject = around;
                return;
              }
          }
          if (saw_conj && PrecededByVerb(m)) {
            // "will form a command and send troops": coordinated verbs share the subject.
            for (size_t k = m; k-- > 0;)
              if (a_.chunks[k].kind == ChunkKind::kVG) {
                vg.conjunct_of = a_.chunks[k].index;
                vg.subject = a_.vgs[vg.conjunct_of].subject;
                break;
              }
            return;
          }
          vg.subject = ChainStart(ch.index);
          object_gap_[v] = ObjectRelativeHost(m, c);
          relative_host_[v] = object_gap_[v] >= 0 ? object_gap_[v] : WhereOrWhoseHost(m);
          return;
        }
        case ChunkKind::kVG:
          // "Floods caused by heavy rains have killed": a reduced relative
          // modifies the subject before it.
          if (!saw_conj && a_.vgs[ch.index].participle && !vg.participle) continue;
          if (saw_conj) {
            vg.conjunct_of = ch.index;
            vg.subject = a_.vgs[ch.index].subject;
            relative_host_[v] = relative_host_[ch.index];
          } else if (IsFinite(vg) && !vg.gerund) {
            // "the troops that Russia sent to Belarus have returned".
            vg.subject = RelativeClauseBefore(m);
          }
          return;
        case ChunkKind::kQuote:
          if (size_t before = SkipNickname(m + 1); before != m + 1) {
            m = before;  // the loop steps on to the name itself
            continue;
          }
          return;
        case ChunkKind::kSubordinator:
        case ChunkKind::kSeparator:
          return;
      }
    }
    // "..., said the minister": an inverted subject after a reporting verb.
    if (vg.subject < 0 && IsReportingVerb(VgLemma(v)) && c + 1 < a_.chunks.size() &&
        a_.chunks[c + 1].kind == ChunkKind::kNP)
      vg.subject = ChainStart(a_.chunks[c + 1].index);
  }

  void FindObjects(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    const auto& chunks = a_.chunks;
    if (object_gap_[v] >= 0 && vg.voice == Voice::kActive) {
      vg.object = object_gap_[v];
      return;
    }
    for (size_t m = vg_chunk_[v] + 1; m < chunks.size(); ++m) {
      const Chunk& ch = chunks[m];
      if (ch.kind == ChunkKind::kAdverb) continue;
      if (ch.kind != ChunkKind::kNP) break;
      const NounPhrase& np = a_.nps[ch.index];
      if (np.object_of_preposition || np.relative) break;
      if (vg.subject == ch.index) break;  // inverted subject ("said the minister")
      if (IsNominativePronoun(Lower(np.begin))) break;  // "said he would": a new clause
      // "said it had used", "believes Russia attacked": after a verb of saying or
      // thinking, a phrase right before a finite verb opens a new clause.
      // ("said agents of Israel's Mossad had assassinated": over the subject's own
      // prepositional phrases too.)
      size_t after_np = m + 1;
      while (after_np + 1 < chunks.size() && chunks[after_np].kind == ChunkKind::kPrep &&
             chunks[after_np + 1].kind == ChunkKind::kNP)
        after_np += 2;
      if (after_np < chunks.size() && chunks[after_np].kind == ChunkKind::kVG &&
          IsFinite(a_.vgs[chunks[after_np].index]) && TakesClause(VgLemma(v)))
        break;
      vg.object = ch.index;
      // "gave Ukraine weapons": two objects in a row, the first is indirect.
      size_t n = m + 1;
      // ("received him the next day": a time phrase is no second object.)
      if (n < chunks.size() && chunks[n].kind == ChunkKind::kNP && !a_.nps[chunks[n].index].object_of_preposition &&
          !a_.nps[chunks[n].index].relative && a_.nps[ch.index].next_conjunct != chunks[n].index &&
          !IsTimePhrase(chunks[n].index)) {
        vg.indirect_object = ch.index;
        vg.object = chunks[n].index;
      }
      // A particle after the object: "carried the attack out".
      size_t after = vg.indirect_object >= 0 ? n + 1 : n;
      if (vg.particle < 0 && after < chunks.size() && chunks[after].kind != ChunkKind::kNP &&
          TagOf(chunks[after].token) == lex::RP)
        vg.particle = int32_t(chunks[after].token);
      break;
    }
  }

  void AttachPrepositions() {
    const auto& chunks = a_.chunks;
    for (size_t c = 0; c < chunks.size(); ++c) {
      if (chunks[c].kind != ChunkKind::kPrep || chunks[c].index < 0) continue;
      PrepPhrase& pp = a_.pps[chunks[c].index];
      for (size_t m = c; m-- > 0;) {
        ChunkKind k = chunks[m].kind;
        if (k == ChunkKind::kVG) {
          pp.vg = chunks[m].index;
          break;
        }
        if (k == ChunkKind::kSubordinator || k == ChunkKind::kSeparator || k == ChunkKind::kQuote) break;
        if (k == ChunkKind::kNP && a_.nps[chunks[m].index].relative) break;
      }
      if (pp.vg >= 0 && Lower(pp.prep) == "by") {
        VerbGroup& vg = a_.vgs[pp.vg];
        if (vg.voice == Voice::kPassive && vg.agent < 0) vg.agent = ChainStart(pp.np);
      }
    }
  }

  // "accused Poland of massing troops", "blamed Kyiv for shelling": a gerund
  // after a preposition complements the verb before it; what an accusation or a
  // denial says was done is alleged, not asserted.
  void LinkPrepositionalGerund(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    size_t c = vg_chunk_[v];
    if (!vg.gerund || c < 2 || a_.chunks[c - 1].kind != ChunkKind::kPrep) return;
    std::string_view prep = Lower(a_.chunks[c - 1].token);
    if (prep != "of" && prep != "for" && prep != "over" && prep != "from") return;
    size_t m = c - 1;
    int32_t object = -1;
    if (m > 0 && a_.chunks[m - 1].kind == ChunkKind::kNP) {
      object = a_.chunks[m - 1].index;
      --m;
    }
    if (m == 0 || a_.chunks[m - 1].kind != ChunkKind::kVG) return;
    int32_t governor = a_.chunks[m - 1].index;
    vg.governor = governor;
    const VerbGroup& gov = a_.vgs[governor];
    std::string_view gl = VgLemma(governor);
    bool alleging = Is(WordClass::kAlleging, gl);
    // "accused Poland of massing": the accused acts; "refrained from attacking": the subject does.
    if (vg.subject < 0) vg.subject = (object >= 0 && alleging) ? object : (object >= 0 ? object : gov.subject);
    if (alleging) vg.modality = std::max(vg.modality, Modality::kPossible);
    if (IsNegatingVerb(gl) || Is(WordClass::kPreventing, gl)) vg.negated = !gov.negated;
  }

  // The subject of the nearest finite verb before chunk c in the same sentence part.
  int32_t EnclosingSubject(size_t c) const {
    for (size_t m = c; m-- > 0;) {
      const Chunk& ch = a_.chunks[m];
      if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
      if (ch.kind != ChunkKind::kVG) continue;
      const VerbGroup& g = a_.vgs[ch.index];
      if (g.infinitive || g.gerund) continue;
      return g.voice == Voice::kPassive && g.agent >= 0 ? g.agent : g.subject;
    }
    return -1;
  }

  void LinkComplement(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    size_t c = vg_chunk_[v];
    if (!vg.infinitive && !vg.gerund) return;
    // Walk back over adverbs, prepositional phrases ("tried for a third day to
    // storm") and at most one noun phrase to the governing verb.
    int32_t object_between = -1;
    int32_t prepositional_object = -1;  // "called on Vucic to step down"
    int32_t governor = -1;
    for (size_t m = c; m-- > 0;) {
      const Chunk& ch = a_.chunks[m];
      if (ch.kind == ChunkKind::kAdverb) continue;
      if (ch.kind == ChunkKind::kNP && a_.nps[ch.index].object_of_preposition && m > 1 &&
          a_.chunks[m - 1].kind == ChunkKind::kPrep && a_.chunks[m - 2].kind == ChunkKind::kVG &&
          object_between < 0) {
        std::string_view prep = Lower(a_.chunks[m - 1].token);
        if (prep == "on" || prep == "upon" || prep == "to") prepositional_object = ch.index;
        --m;
        continue;
      }
      // "ordered diplomats from Argentina, Chile and Peru to leave": over
      // prepositional phrases and their coordinated objects.
      // Only names: "thanked Trump for his efforts to end" keeps "to end" with "efforts".
      auto in_pp = [&](const Chunk& k) {
        if (k.kind != ChunkKind::kNP) return false;
        const NounPhrase& np = a_.nps[k.index];
        lex::Tag head = TagOf(np.head);
        if (head != lex::NNP && head != lex::NNPS) return false;
        return np.object_of_preposition || (np.first_conjunct >= 0 && a_.nps[np.first_conjunct].object_of_preposition);
      };
      if (ch.kind == ChunkKind::kNP && object_between < 0 && vg.infinitive && !in_pp(ch)) {
        object_between = ch.index;
        continue;
      }
      bool in_pp_list = (ch.kind == ChunkKind::kConj || ch.kind == ChunkKind::kComma) && m > 0 && in_pp(a_.chunks[m - 1]);
      // ... and over the preposition that introduces a gerund ("given up on joining").
      bool prep_of_name = ch.kind == ChunkKind::kPrep && ((m + 1 < c && in_pp(a_.chunks[m + 1])) ||
                                                         (m + 1 == c && vg.gerund));
      if (in_pp(ch) || prep_of_name || in_pp_list) continue;
      if (ch.kind == ChunkKind::kVG) governor = ch.index;
      break;
    }
    if (governor < 0) {
      // "Britain's plan to recognise", "in an effort to end": an infinitive that no
      // verb governs states a purpose or a plan, not something that happened;
      // its doer is the clause's subject.
      if (vg.infinitive) {
        vg.modality = std::max(vg.modality, Modality::kPossible);
        if (vg.subject < 0) vg.subject = EnclosingSubject(c);
      }
      return;
    }
    const VerbGroup& gov = a_.vgs[governor];
    if (object_between >= 0 && gov.object != object_between && gov.indirect_object != object_between) {
      // "efforts to counter": the phrase belongs to a noun, not an object of the verb.
      if (vg.infinitive) vg.modality = std::max(vg.modality, Modality::kPossible);
      return;
    }
    vg.governor = governor;
    std::string_view gl = VgLemma(governor);
    // "was ready to sign": an adjective is no doer; the subject of "was" is.
    if (object_between >= 0 && lex::IsAdjective(TagOf(a_.nps[object_between].head))) object_between = -1;
    if (vg.subject < 0) {
      if (object_between >= 0) vg.subject = object_between;
      else if (prepositional_object >= 0 && IsAppealVerb(gl)) vg.subject = prepositional_object;
      else vg.subject = gov.subject;
    }
    // What someone else is urged, asked or ordered to do has not happened yet
    // ("wants Putin to attack"; but "wants to send" is the wanter's intention).
    if (IsAppealVerb(gl) && (object_between >= 0 || prepositional_object >= 0))
      vg.modality = std::max(vg.modality, Modality::kPossible);
    if (IsNegatingVerb(gl)) {
      vg.negated = !gov.negated;  // "failed to" vs "have not stopped bombing"
    } else {
      vg.negated = vg.negated || gov.negated;
    }
    Modality m = gov.modality;
    if (Is(WordClass::kAttempt, gl)) m = std::max(m, Modality::kAttempted);
    if (Is(WordClass::kIntention, gl)) m = std::max(m, Modality::kIntended);
    vg.modality = std::max(vg.modality, m);
  }

  // "demanded that Russia withdraw", "promised France that it would release":
  // the clause a demand or a commitment introduces is governed by it. What is
  // demanded has not happened; who must do it is the demand's target.
  void LinkContentClause(int32_t v) {
    VerbGroup& g = a_.vgs[v];
    std::string_view gl = VgLemma(v);
    // Verbs of saying ("told reporters that") report their clause instead.
    bool appeal = IsAppealVerb(gl) && !IsReportingVerb(gl), commitment = Is(WordClass::kCommitting, gl);
    if (!appeal && !commitment) return;
    const auto& chunks = a_.chunks;
    size_t m = vg_chunk_[v] + 1;
    if (m < chunks.size() && chunks[m].kind == ChunkKind::kNP && g.object == chunks[m].index) ++m;  // "promised France"
    // "demanded on Sunday that": over adverbs and prepositional phrases.
    while (m + 1 < chunks.size() && (chunks[m].kind == ChunkKind::kAdverb ||
                                     (chunks[m].kind == ChunkKind::kPrep && chunks[m + 1].kind == ChunkKind::kNP)))
      m += chunks[m].kind == ChunkKind::kAdverb ? 1 : 2;
    bool that = m < chunks.size() && chunks[m].kind == ChunkKind::kSubordinator && Lower(chunks[m].token) == "that";
    if (that) ++m;
    if (!that && !commitment) return;  // "urged Moscow to ..." is an infinitive, linked elsewhere
    if (m + 1 >= chunks.size() || chunks[m].kind != ChunkKind::kNP) return;
    // "that the president and her cabinet resign": over the subject's conjuncts.
    while (m + 2 < chunks.size() && (chunks[m + 1].kind == ChunkKind::kConj || chunks[m + 1].kind == ChunkKind::kComma) &&
           chunks[m + 2].kind == ChunkKind::kNP && a_.nps[chunks[m].index].next_conjunct == chunks[m + 2].index)
      m += 2;
    // "that Russia immediately and unconditionally withdraw": over adverbs and the conjunctions between them.
    while (m + 1 < chunks.size() &&
           (chunks[m + 1].kind == ChunkKind::kAdverb ||
            (chunks[m + 1].kind == ChunkKind::kConj && m + 2 < chunks.size() && chunks[m + 2].kind == ChunkKind::kAdverb)))
      ++m;
    if (m + 1 >= chunks.size() || chunks[m + 1].kind != ChunkKind::kVG) return;
    int32_t content = chunks[m + 1].index;
    VerbGroup& c = a_.vgs[content];
    if (c.governor >= 0 || c.infinitive) return;
    c.governor = int32_t(v);
    if (appeal) {
      c.modality = std::max(c.modality, Modality::kPossible);
      if (g.object < 0) g.object = c.subject;
    }
    // "threatened that Tehran would pay": who is to pay is who is threatened.
    if (gl == "threaten" && g.object < 0) g.object = c.subject;
  }

  // "stormed and torched the mayor's office", "pardoned and freed 18
  // prisoners": two verbs joined by "and" with nothing between share the
  // second one's object.
  void ShareObjectWithConjunct(int32_t v) {
    VerbGroup& first = a_.vgs[v];
    if (first.object >= 0 || first.voice == Voice::kPassive || first.infinitive || first.gerund) return;
    size_t c = vg_chunk_[v];
    const auto& chunks = a_.chunks;
    if (c + 2 >= chunks.size() || chunks[c + 1].kind != ChunkKind::kConj || chunks[c + 2].kind != ChunkKind::kVG ||
        Lower(chunks[c + 1].token) != "and" || chunks[c + 1].token != first.end)
      return;
    const VerbGroup& second = a_.vgs[chunks[c + 2].index];
    if (second.object < 0 || second.voice == Voice::kPassive || second.begin != first.end + 1 ||
        TagOf(second.main) != TagOf(first.main))
      return;
    first.object = second.object;
  }

  void InheritFromConjunct(int32_t v) {
    VerbGroup& vg = a_.vgs[v];
    if (vg.conjunct_of < 0) return;
    VerbGroup& first = a_.vgs[vg.conjunct_of];
    if (vg.subject < 0) vg.subject = first.subject;
    // "were beaten and detained by security forces": both by them.
    if (vg.begin == vg.main && vg.voice == Voice::kPassive && first.voice == Voice::kPassive && first.agent < 0 &&
        vg_chunk_[v] == vg_chunk_[vg.conjunct_of] + 2)
      first.agent = vg.agent;
    // A bare verb ("will form X and send Y") shares the first verb's auxiliaries.
    if (vg.begin == vg.main && TagOf(vg.main) == lex::VB) {
      vg.modality = std::max(vg.modality, first.modality);
      vg.negated = vg.negated || first.negated;
      if (first.governor >= 0 && vg.governor < 0) {
        vg.governor = first.governor;
        vg.infinitive = first.infinitive;
      }
    }
  }

  void Report(int32_t v, int32_t reporting) {
    VerbGroup& vg = a_.vgs[v];
    if (v == reporting || vg.reported) return;
    const VerbGroup& r = a_.vgs[reporting];
    vg.reported = true;
    vg.reporting = reporting;
    vg.speaker = r.subject;
    if (Is(WordClass::kDenying, VgLemma(reporting))) vg.negated = !vg.negated;
    if (r.negated) vg.modality = std::max(vg.modality, Modality::kPossible);
    if (r.modality >= Modality::kPossible) vg.modality = std::max(vg.modality, r.modality);
  }

  void MarkReportedSpeech() {
    const auto& chunks = a_.chunks;
    for (size_t v = 0; v < a_.vgs.size(); ++v) {
      std::string_view lemma = VgLemma(int32_t(v));
      size_t c = vg_chunk_[v];
      // "according to X": X speaks for the whole sentence.
      if (lemma == "accord" && c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep &&
          chunks[c + 1].index >= 0) {
        int32_t speaker = a_.pps[chunks[c + 1].index].np;
        for (size_t w = 0; w < a_.vgs.size(); ++w) {
          if (w == v || a_.vgs[w].reported) continue;
          a_.vgs[w].reported = true;
          a_.vgs[w].speaker = speaker;
          a_.vgs[w].reporting = int32_t(v);
        }
        continue;
      }
      // "A UN report found that ...": a verb of finding reports the clause "that" opens.
      bool finding = c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kSubordinator &&
                     Lower(chunks[c + 1].token) == "that" &&
                     Is(WordClass::kFinding, lemma);
      if (!IsReportingVerb(lemma) && !Is(WordClass::kDenying, lemma) && !finding) continue;
      // Forward: "X said (that) Y ...", "X denied sending troops". Inside a
      // subordinate clause ("Although analysts say that ..., Russia ..."), the
      // reported content ends with that clause. 'said on Monday: "..."' goes
      // on into the quotation; ", a local official said, asking not to be
      // named" reports what came before.
      size_t after = c + 1;
      while (after + 1 < chunks.size() && chunks[after].kind == ChunkKind::kPrep && chunks[after + 1].kind == ChunkKind::kNP)
        after += 2;
      while (after < chunks.size() && chunks[after].kind == ChunkKind::kAdverb) ++after;
      bool ends_here = after >= chunks.size() || chunks[after].kind == ChunkKind::kComma ||
                       (chunks[after].kind == ChunkKind::kSeparator && TagOf(chunks[after].token) != lex::kColon);
      bool colon_quote = after + 1 < chunks.size() && chunks[after].kind == ChunkKind::kSeparator &&
                         TagOf(chunks[after].token) == lex::kColon && chunks[after + 1].kind == ChunkKind::kQuote;
      bool forward = false;
      bool subordinate = InSubordinateClause(c);
      size_t from = ends_here ? chunks.size() : colon_quote ? after + 2 : c + 1;
      for (size_t m = from; m < chunks.size(); ++m) {
        ChunkKind k = chunks[m].kind;
        if (k == ChunkKind::kSeparator || (k == ChunkKind::kQuote && (a_.vgs[v].in_quote || colon_quote))) break;
        if (subordinate && k == ChunkKind::kComma) break;
        if (k == ChunkKind::kVG) {
          int32_t w = chunks[m].index;
          // The reported clause: a verb after "that", after a new subject, or a gerund.
          Report(w, int32_t(v));
          forward = true;
        }
      }
      if (forward) continue;
      // Backward: "..., X said." / "\"...\", he said".
      size_t m = c;
      while (m > 0 && (chunks[m - 1].kind == ChunkKind::kNP || chunks[m - 1].kind == ChunkKind::kAdverb ||
                       chunks[m - 1].kind == ChunkKind::kPrep))
        --m;
      if (m > 0 && (chunks[m - 1].kind == ChunkKind::kComma || chunks[m - 1].kind == ChunkKind::kQuote)) {
        for (size_t k = 0; k + 1 < m; ++k)
          if (chunks[k].kind == ChunkKind::kVG) Report(chunks[k].index, int32_t(v));
      }
    }
  }

  // True when chunk c sits in a clause opened by a subordinating conjunction
  // ("although", "while", "because", ...) with no comma in between.
  bool InSubordinateClause(size_t c) const {
    for (size_t m = c; m-- > 0;) {
      const Chunk& ch = a_.chunks[m];
      if (ch.kind == ChunkKind::kComma || ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote)
        return false;
      if (ch.kind == ChunkKind::kSubordinator) {
        std::string_view w = Lower(ch.token);
        return w != "that" && TagOf(ch.token) == lex::IN;
      }
    }
    return false;
  }

  static bool IsNegativeDeterminer(std::string_view w) {
    return w == "no" || w == "neither" || w == "nobody" || w == "none" || w == "nothing" || w == "nor";
  }

  // Negation outside the verb group: "never attacked" (no auxiliary to carry
  // it), "not to attack", "No group has claimed", "Nobody was hurt", "gave no
  // timetable". (An inner negation of a negating verb was handled with it.)
  void MarkNegation() {
    for (size_t v = 0; v < a_.vgs.size(); ++v) {
      VerbGroup& vg = a_.vgs[v];
      bool negative = false;
      // Adverbs right before the group: "never attacked", "not to attack", "no longer supplies".
      for (uint32_t t = vg.begin; t > a_.token_begin;) {
        --t;
        std::string_view w = Lower(t);
        if (w == "never" || w == "not" || w == "n't" || (w == "longer" && t > a_.token_begin && Lower(t - 1) == "no")) {
          negative = true;
          break;
        }
        // "left without signing the declaration".
        if (w == "without" && vg.gerund) {
          negative = true;
          break;
        }
        if (!lex::IsAdverb(TagOf(t))) break;
      }
      int32_t subject = vg.subject;
      if (subject >= 0 && !a_.nps[subject].pronoun) {
        std::string_view first = Lower(a_.nps[subject].begin);
        if (IsNegativeDeterminer(first) || (first == "not" && Lower(a_.nps[subject].begin + 1) == "a")) negative = true;
      }
      if (vg.object >= 0 && Lower(a_.nps[vg.object].begin) == "no") negative = true;
      if (negative) vg.negated = !vg.negated;
    }
  }

  void MarkConditionals() {
    const auto& chunks = a_.chunks;
    bool conditional_clause = false;
    for (size_t c = 0; c < chunks.size(); ++c) {
      bool opens = false;
      if (chunks[c].kind == ChunkKind::kSubordinator) {
        std::string_view w = Lower(chunks[c].token);
        opens = w == "if" || w == "unless" || w == "whether";
      }
      // "Had the peacekeepers stayed, ...", "Should talks collapse, ...": inversion.
      if (c == 0 && chunks[c].kind == ChunkKind::kVG) {
        std::string_view w = Lower(chunks[c].token);
        opens = (w == "had" || w == "should" || w == "were") && a_.vgs[chunks[c].index].subject < 0;
      }
      if (!opens) continue;
      conditional_clause = true;
      for (size_t m = c; m < chunks.size(); ++m) {
        if (m > c && (chunks[m].kind == ChunkKind::kComma || chunks[m].kind == ChunkKind::kSeparator)) break;
        if (chunks[m].kind == ChunkKind::kVG) a_.vgs[chunks[m].index].conditional = true;
      }
    }
    // What would follow from the condition did not happen either ("If Russia
    // attacks, NATO will respond"): the main clause's future, modal or
    // conditional verbs are hypothetical too.
    if (conditional_clause)
      for (VerbGroup& vg : a_.vgs)
        if (!vg.conditional && !vg.reported && vg.modality >= Modality::kIntended) vg.conditional = true;
    // Questions.
    if (a_.token_end > a_.token_begin && Lower(a_.token_end - 1) == "?")
      for (VerbGroup& vg : a_.vgs)
        if (!vg.reported) vg.conditional = true;
  }

  const text::Document& doc_;
  const lex::WordClasses& words_;
  Analysis& a_;
  std::vector<size_t> vg_chunk_;
  std::vector<bool> skip_;
  // Per verb group: the noun phrase its relative clause modifies, or -1; and
  // the one that fills its object's gap in an object relative, or -1.
  std::vector<int32_t> relative_host_;
  std::vector<int32_t> object_gap_;
};

}  // namespace

void AnalyzeClauses(const text::Document& doc, const lex::WordClasses& words, Analysis* analysis) {
  ClauseAnalyzer(doc, words, analysis).Run();
}

}  // namespace tocsin::syntax
