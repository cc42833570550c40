#include "coder/actors.h"

#include <algorithm>

#include "base/strings.h"
#include "dict/words.h"
#include "lex/tagset.h"

namespace tocsin::coder {
namespace {

using dict::ActorKind;
using lex::WordClass;

// The evidence of a dictionary name and of an agent word.
Evidence NameEvidence(const dict::Dictionaries& dict, const dict::ActorName& name) {
  const dict::Actor& a = dict.actors.actors()[name.actor];
  Evidence e;
  e.pattern = Evidence::kName;
  e.parts[0] = dict::ActorKindName(name.kind);
  e.parts[1] = a.name;
  e.parts[2] = a.origin;
  return e;
}

Evidence AgentEvidence(const dict::Agent& agent) {
  Evidence e;
  e.pattern = Evidence::kAgent;
  e.parts[0] = agent.text;
  e.parts[1] = agent.code;
  e.parts[2] = agent.origin;
  return e;
}

// "pronoun 'he' -> Vladimir Putin": a word or phrase of the sentence that
// refers back to what the story named at tokens [begin, end).
Evidence Reference(const char* pattern, std::string_view word, uint32_t begin, uint32_t end) {
  Evidence e;
  e.pattern = pattern;
  e.parts[0] = word;
  e.t_begin = begin;
  e.t_end = end;
  return e;
}

}  // namespace

void ActorResolver::FindMentions(const text::Document& doc, const text::Sentence& s) {
  mentions_.clear();
  discarded_ = false;
  size_t n = s.token_end - s.token_begin;
  token_words_.resize(n);
  hashes_.resize(n);
  noun_words_.resize(n);
  noun_hashes_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const text::Token& t = doc.tokens[s.token_begin + i];
    token_words_[i] = doc.TokenLower(t);
    hashes_[i] = dict::WordHash(token_words_[i]);
    noun_words_[i] = dict::NounForm(doc, t);
    noun_hashes_[i] = dict::WordHash(noun_words_[i]);
  }
  dict::PhraseIndex::Match m;
  if (dict_.sentence_discards.phrases())
    for (size_t i = 0; i < n && !discarded_; ++i)
      discarded_ = dict_.sentence_discards.LongestMatch(&token_words_[i], &hashes_[i], n - i, &m);
  for (size_t i = 0; i < n;) {
    // Names first: the longest dictionary name starting here.
    if (dict_.actors.index().LongestMatch(&token_words_[i], &hashes_[i], n - i, &m)) {
      const auto& names = dict_.actors.names();
      int32_t chosen = -1;
      bool chosen_in_office = false;
      for (uint32_t id : *m.payloads) {
        const dict::ActorName& nm = names[id];
        if (nm.needs_capital) {
          bool capital = false;
          for (size_t k = i; k < i + m.length; ++k)
            capital = capital || doc.tokens[s.token_begin + k].Has(text::kCapitalized) ||
                      doc.tokens[s.token_begin + k].Has(text::kAllCaps);
          if (!capital) continue;
        }
        // Several people share a name ("Bush"): prefer one whose dated role covers the date.
        bool in_office = false;
        for (const dict::Role& r : dict_.actors.actors()[nm.actor].roles)
          in_office = in_office || (r.dated && date_ >= r.from && date_ <= r.to);
        if (chosen < 0 || (in_office && !chosen_in_office)) {
          chosen = int32_t(id);
          chosen_in_office = in_office;
        }
      }
      if (chosen >= 0) {
        mentions_.push_back({uint32_t(s.token_begin + i), uint32_t(s.token_begin + i + m.length), chosen, -1});
        i += m.length;
        continue;
      }
    }
    if (dict_.agents.index().LongestMatch(&noun_words_[i], &noun_hashes_[i], n - i, &m)) {
      mentions_.push_back({uint32_t(s.token_begin + i), uint32_t(s.token_begin + i + m.length), -1,
                           int32_t((*m.payloads)[0])});
      i += m.length;
      continue;
    }
    // "Pakistani-backed", "Russian-led", "Iran-allied": the affiliation names the actor.
    if (int32_t name = AffiliationName(token_words_[i]); name >= 0) {
      mentions_.push_back({uint32_t(s.token_begin + i), uint32_t(s.token_begin + i + 1), name, -1});
      ++i;
      continue;
    }
    ++i;
  }
}

int32_t ActorResolver::AffiliationName(std::string_view word) const {
  size_t dash = word.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || !words_.Has(WordClass::kAffiliations, word.substr(dash + 1)))
    return -1;
  std::string_view prefix = word.substr(0, dash);
  uint64_t hash = dict::WordHash(prefix);
  dict::PhraseIndex::Match m;
  if (!dict_.actors.index().LongestMatch(&prefix, &hash, 1, &m)) return -1;
  for (uint32_t id : *m.payloads) {
    dict::ActorKind kind = dict_.actors.names()[id].kind;
    if (kind == ActorKind::kCountry || kind == ActorKind::kAdjective || kind == ActorKind::kGroup ||
        kind == ActorKind::kOrganization || kind == ActorKind::kPerson)
      return int32_t(id);
  }
  return -1;
}

void ActorResolver::Finish(uint32_t begin, uint32_t end, CodedActor* a) const {
  a->text_begin = begin;
  a->text_end = end;
  a->token_begin = begin;
  a->token_end = end;
  DescribeCode(dict_, a);
}

// Builds one actor from the mentions in tokens [begin, end). False when there is none.
bool ActorResolver::Compose(const text::Document& doc, uint32_t begin, uint32_t end, CodedActor* out,
                            uint32_t head, uint32_t possessor_end) const {
  const Mention* actor = nullptr;
  const Mention* agent = nullptr;
  const auto& names = dict_.actors.names();
  const auto& actors = dict_.actors.actors();
  auto rank = [&](const Mention& m) {
    switch (names[m.name].kind) {
      case ActorKind::kPerson: return 5;
      case ActorKind::kOrganization: case ActorKind::kGroup: case ActorKind::kMetonym: return 4;
      case ActorKind::kCountry: return 3;
      case ActorKind::kAdjective: return 3;
      case ActorKind::kCapital: return 2;
      case ActorKind::kPlace: return 1;
    }
    return 0;
  };
  for (const Mention& m : mentions_) {
    if (m.begin < begin || m.end > end) continue;
    if (m.name >= 0) {
      if (!actor || rank(m) > rank(*actor)) actor = &m;
    } else if (m.agent >= 0) {
      // The agent names the phrase's head ("Russian troops", "the army's"), not a
      // modifier ("Israeli military sites").
      bool at_head = head == kNoHead || m.end == head + 1 || (possessor_end && m.end + 1 == possessor_end);
      // "Kyrgyz President Sadyr Zhaparov", "rights activist Ales Bialiatski": a role before a name the
      // dictionary does not know still says what the person is.
      if (!at_head && head != kNoHead && m.end <= head) {
        bool name_follows = true;
        for (uint32_t t = m.end; t <= head && name_follows; ++t)
          name_follows = doc.tokens[t].tag == lex::NNP || doc.tokens[t].tag == lex::NNPS;
        at_head = name_follows;
      }
      if (at_head) agent = &m;  // the last agent is the one nearest the head
    }
  }
  if (!actor && !agent) return false;
  // "Israel's U.N. ambassador", "Russia's NATO envoy": the possessor's envoy to
  // the organisation, not the organisation.
  if (actor && agent && possessor_end && actor->begin >= possessor_end &&
      names[actor->name].kind == ActorKind::kOrganization) {
    for (const Mention& m : mentions_)
      if (m.name >= 0 && m.begin >= begin && m.end < possessor_end &&
          (names[m.name].kind == ActorKind::kCountry || names[m.name].kind == ActorKind::kAdjective))
        actor = &m;
  }
  out->evidence.clear();
  std::string code;
  if (actor) {
    const dict::ActorName& nm = names[actor->name];
    const dict::Actor& a = actors[nm.actor];
    std::string_view base = a.CodeOn(date_);
    out->evidence.push_back(NameEvidence(dict_, nm));
    switch (nm.kind) {
      case ActorKind::kPerson:
      case ActorKind::kMetonym:
        code = base;
        agent = nullptr;  // "President Obama": the person's own code says it all
        break;
      case ActorKind::kCapital:
        code = base.substr(0, 3);
        if (!agent) code += "GOV";
        break;
      case ActorKind::kPlace:
        code = base.substr(0, 3);
        break;
      case ActorKind::kOrganization:
      case ActorKind::kGroup:
        code = base;
        agent = nullptr;  // "M23 rebels", "UN peacekeepers": the group's code already says who
        break;
      default:
        code = base;
        break;
    }
  }
  out->weapon = false;
  if (agent) {
    const dict::Agent& ag = dict_.agents.agents()[agent->agent];
    out->weapon = ag.weapon;
    out->evidence.push_back(AgentEvidence(ag));
    if (code.empty()) {
      code = ag.prefix ? ag.code : "---" + ag.code;
    } else if (!ag.prefix) {
      // Do not repeat a sector the code already ends with (RUSGOV + GOV).
      if (!(code.size() >= 3 && code.compare(code.size() - 3, 3, ag.code.substr(0, 3)) == 0)) code += ag.code;
    }
  }
  out->code = code;
  Finish(begin, end, out);
  return true;
}

void ActorResolver::ResolveNp(const text::Document& doc, uint32_t sentence_index, const syntax::Analysis& a,
                              int32_t np_index, const EntityMemory& memory, std::vector<CodedActor>* out) const {
  const syntax::NounPhrase& np = a.nps[np_index];
  const text::Token& first = doc.tokens[np.begin];
  std::string_view first_lower = doc.TokenLower(first);
  // A pronoun: whoever it refers to, but not the subject of its own verb
  // ("Putin received him").
  if (np.pronoun) {
    uint32_t exclude = 0xffffffff;
    for (const syntax::VerbGroup& vg : a.vgs)
      if ((vg.object == np_index || vg.indirect_object == np_index) && vg.subject >= 0)
        exclude = a.nps[vg.subject].begin;
    if (const auto* e = memory.Resolve(first_lower, sentence_index, np.begin, exclude)) {
      CodedActor c = e->actor;
      c.text_begin = c.token_begin = np.begin;
      c.text_end = c.token_end = np.end;
      c.resolved_from_context = true;
      c.evidence.insert(c.evidence.begin(),
                        Reference("pronoun '{1}' -> {t}", first_lower, e->actor.text_begin, e->actor.text_end));
      out->push_back(std::move(c));
    }
    return;
  }
  if (np.relative) return;  // stands for its antecedent, resolved there
  // "urged both sides to ...": the pair is addressed, so the sentence's own subjects are not it.
  bool addressed = false;
  for (const syntax::VerbGroup& vg : a.vgs)
    addressed = addressed || (vg.subject != np_index && (vg.object == np_index || vg.indirect_object == np_index));
  if (ResolvePairDescription(doc, sentence_index, np, addressed, memory, out)) return;
  // "Ukrainian and U.S. officials": coordinated nationalities share the agent.
  if (SplitCoordinatedNationalities(doc, np, out)) return;
  CodedActor c;
  if (Compose(doc, np.begin, np.end, &c, np.head, np.possessor_end)) {
    // "his country's border", "its army": a possessive pronoun supplies the
    // country; "its fighters" of an armed group are the group.
    if (c.code.starts_with("---") && first.tag == lex::PRPS) {
      if (const auto* e = memory.Resolve(first_lower, sentence_index, np.begin); e) {
        if (IsGroupLike(ontology_, e->actor)) {
          c.code = e->actor.code;
        } else if (!e->actor.country.empty()) {
          c.code = e->actor.country + c.code.substr(3);
        }
        if (!c.code.starts_with("---")) {
          c.resolved_from_context = true;
          c.evidence.insert(c.evidence.begin(),
                            Reference("possessive '{1}' -> {t}", first_lower, e->actor.text_begin, e->actor.text_end));
          DescribeCode(dict_, &c);
        }
      }
    }
    // "the general", "the group", "the government": a definite description of
    // someone the story has just named.
    if (c.code.starts_with("---") && first_lower == "the") ResolveDescription(doc, sentence_index, np, memory, &c);
    // "the mayor of Nablus", "the foreign ministers of Congo and Rwanda",
    // "militants from the Pakistani Taliban": an agent takes its country (or
    // its group) from an of- or from-phrase, one actor per conjunct.
    if (c.code.starts_with("---")) {
      for (const syntax::PrepPhrase& pp : a.pps) {
        std::string_view prep = doc.TokenLower(doc.tokens[pp.prep]);
        if (pp.modifies_np != np_index || pp.np < 0 || (prep != "of" && prep != "from")) continue;
        std::vector<CodedActor> owned;
        for (int32_t p = pp.np; p >= 0; p = a.nps[p].next_conjunct) {
          const syntax::NounPhrase& of = a.nps[p];
          CodedActor owner;
          if (!Compose(doc, of.begin, of.end, &owner, of.head, of.possessor_end) || owner.code.starts_with("---"))
            continue;
          CodedActor member = c;
          // "leaders of the student protest movement" are the movement; "the
          // foreign minister of Congo" is Congo's government.
          bool state_organ = owner.sector.empty() || ontology_.ActorIs(owner.sector, dict::kOrgan);
          if (IsGroupLike(ontology_, owner) || !state_organ) {
            member.code = owner.code;  // the group's own code says who its fighters are
          } else {
            std::string base = owner.country.empty() ? owner.code : owner.country;
            member.code = base + c.code.substr(3);
          }
          member.evidence.insert(member.evidence.end(), owner.evidence.begin(), owner.evidence.end());
          DescribeCode(dict_, &member);
          owned.push_back(std::move(member));
        }
        if (!owned.empty()) {
          out->insert(out->end(), owned.begin(), owned.end());
          return;
        }
        break;
      }
    }
    out->push_back(std::move(c));
    return;
  }
  // An entity the story has named, standing for this phrase: all of it, or
  // only its country ("the country", "his country").
  auto refer = [&](const EntityMemory::Entity* e, bool country_only, const char* pattern, std::string_view word) {
    CodedActor r;
    if (country_only) {
      r.code = e->actor.country;
    } else {
      r = e->actor;
      r.evidence.clear();
    }
    r.evidence.push_back(Reference(pattern, word, e->actor.text_begin, e->actor.text_end));
    if (!country_only) r.evidence.insert(r.evidence.end(), e->actor.evidence.begin(), e->actor.evidence.end());
    r.resolved_from_context = true;
    Finish(np.begin, np.end, &r);
    out->push_back(std::move(r));
  };
  std::string_view head = doc.tokens[np.head].lemma;
  // "the country", "the kingdom": the state the story is about; "the group",
  // "the movement": the armed group or party it has just named.
  if (first_lower == "the") {
    bool group = words_.Has(WordClass::kGroupNouns, head);
    bool country = words_.Has(WordClass::kCountryNouns, head);
    if (group || country) {
      auto kind = group ? EntityMemory::Nominal::kGroup : EntityMemory::Nominal::kCountry;
      if (const auto* e = memory.ResolveNominal(ontology_, kind, "", sentence_index, np.begin))
        return refer(e, country, "'the {1}' -> {t}", head);
    }
  }
  // "his country", "their government": a possessive pronoun and a word for a
  // state; "stormed his office", "attacked her convoy": the place or the
  // retinue stands for its owner.
  if (first.tag == lex::PRPS) {
    bool owner = words_.Has(WordClass::kOwnedPlaces, head);
    bool state = words_.Has(WordClass::kStateNouns, head);
    if (owner || state) {
      const auto* e = memory.Resolve(first_lower, sentence_index, np.begin);
      if (e && (owner || !e->actor.country.empty()))
        return refer(e, state, "possessive '{1}' -> {t}", first_lower);
    }
  }
}

bool ActorResolver::ResolvePairDescription(const text::Document& doc, uint32_t sentence_index,
                                           const syntax::NounPhrase& np, bool addressed,
                                           const EntityMemory& memory, std::vector<CodedActor>* out) const {
  // "the two leaders", "both presidents", "the two countries", "both sides".
  if (np.end - np.begin < 2) return false;
  std::string_view first = doc.TokenLower(doc.tokens[np.begin]);
  std::string_view second = doc.TokenLower(doc.tokens[np.begin + 1]);
  bool pair = first == "both" || (first == "the" && second == "two");
  if (!pair || np.head != np.end - 1) return false;
  std::string_view head = doc.tokens[np.head].lemma;
  EntityMemory::Nominal kind;
  if (words_.Has(WordClass::kPairPeople, head)) {
    kind = EntityMemory::Nominal::kPerson;
  } else if (words_.Has(WordClass::kPairStates, head)) {
    kind = EntityMemory::Nominal::kCountry;
  } else {
    return false;
  }
  const EntityMemory::Entity* parties[2];
  if (!memory.ResolvePair(kind, sentence_index, np.begin, addressed, parties)) return false;
  for (int k = 1; k >= 0; --k) {
    CodedActor c = parties[k]->actor;
    if (kind == EntityMemory::Nominal::kCountry && head == "government" && c.code.size() == 3) c.code += "GOV";
    c.text_begin = c.token_begin = np.begin;
    c.text_end = c.token_end = np.end;
    c.resolved_from_context = true;
    Evidence pair = Reference("'{u}' -> {t}", "", parties[k]->actor.text_begin, parties[k]->actor.text_end);
    pair.u_begin = np.begin;
    pair.u_end = np.end;
    c.evidence.insert(c.evidence.begin(), pair);
    DescribeCode(dict_, &c);
    out->push_back(std::move(c));
  }
  return true;
}

bool ActorResolver::SplitCoordinatedNationalities(const text::Document& doc, const syntax::NounPhrase& np,
                                                  std::vector<CodedActor>* out) const {
  const auto& names = dict_.actors.names();
  std::vector<const Mention*> states;
  const Mention* agent = nullptr;
  for (const Mention& m : mentions_) {
    if (m.begin < np.begin || m.end > np.end) continue;
    if (m.name >= 0) {
      ActorKind k = names[m.name].kind;
      if (k != ActorKind::kCountry && k != ActorKind::kAdjective) return false;
      states.push_back(&m);
    } else if (m.agent >= 0) {
      agent = &m;
    }
  }
  if (states.size() < 2) return false;
  bool conjunction = false;
  for (uint32_t t = states.front()->end; t < states.back()->begin; ++t) {
    std::string_view w = doc.TokenLower(doc.tokens[t]);
    conjunction = conjunction || w == "and" || w == "or" || w == ",";
  }
  if (!conjunction) return false;
  for (const Mention* m : states) {
    uint32_t end = agent ? std::max(agent->end, m->end) : m->end;
    CodedActor part;
    const dict::Actor& a = dict_.actors.actors()[names[m->name].actor];
    part.code = a.CodeOn(date_).substr(0, 3);
    part.evidence.push_back(NameEvidence(dict_, names[m->name]));
    if (agent) {
      const dict::Agent& ag = dict_.agents.agents()[agent->agent];
      if (!ag.prefix) part.code += ag.code;
      part.evidence.push_back(AgentEvidence(ag));
    }
    Finish(m->begin, end, &part);
    part.text_begin = np.begin;  // the whole phrase names each part
    part.text_end = np.end;
    out->push_back(std::move(part));
  }
  return true;
}

std::string ActorResolver::PlaceCountry(const syntax::Analysis& a, int32_t np) const {
  const auto& names = dict_.actors.names();
  for (int32_t p = np; p >= 0; p = a.nps[p].next_conjunct)
    for (const Mention& m : mentions_) {
      if (m.name < 0 || m.begin < a.nps[p].begin || m.end > a.nps[p].end) continue;
      ActorKind k = names[m.name].kind;
      // "the Haitian capital", "a Sudanese town": a nationality before a place noun.
      bool place_noun = k == ActorKind::kAdjective && m.end <= a.nps[p].head &&
                        words_.Has(WordClass::kPlaceNouns, noun_words_[a.nps[p].head - a.token_begin]);
      if (k == ActorKind::kPlace || k == ActorKind::kCapital || k == ActorKind::kCountry || place_noun)
        return std::string(dict_.actors.actors()[names[m.name].actor].CodeOn(date_)).substr(0, 3);
    }
  return "";
}

std::string ActorResolver::DatelineCountry(const text::Document& doc) const {
  if (doc.datelines.empty()) return "";
  text::ByteRange r = doc.datelines.front();
  std::vector<std::string_view> words;
  std::vector<uint64_t> hashes;
  for (const text::Token& t : doc.tokens) {
    if (t.bytes.begin < r.begin) continue;
    if (t.bytes.end > r.end) break;
    words.push_back(doc.TokenLower(t));
    hashes.push_back(dict::WordHash(words.back()));
  }
  dict::PhraseIndex::Match m;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!dict_.actors.index().LongestMatch(&words[i], &hashes[i], words.size() - i, &m)) continue;
    const dict::ActorName& nm = dict_.actors.names()[(*m.payloads)[0]];
    ActorKind k = nm.kind;
    if (k == ActorKind::kPlace || k == ActorKind::kCapital || k == ActorKind::kCountry)
      return std::string(dict_.actors.actors()[nm.actor].CodeOn(date_)).substr(0, 3);
  }
  return "";
}

bool ActorResolver::IsQuantity(const text::Document& doc, const syntax::NounPhrase& np) const {
  const text::Token& head = doc.tokens[np.head];
  return head.tag == lex::CD || words_.Has(WordClass::kCounts, head.lemma);
}

void ActorResolver::ResolveDescription(const text::Document& doc, uint32_t sentence_index,
                                       const syntax::NounPhrase& np, const EntityMemory& memory,
                                       CodedActor* c) const {
  const text::Token& head = doc.tokens[np.head];
  std::string_view lemma = head.lemma;
  std::string_view sector = c->sector;
  const EntityMemory::Entity* e = nullptr;
  if (words_.Has(WordClass::kGroupDescriptions, lemma)) {
    e = memory.ResolveNominal(ontology_, EntityMemory::Nominal::kGroup, "", sentence_index, np.begin);
  } else if (head.tag == lex::NN && !sector.empty()) {
    // A single person named by role: "the general", "the president".
    e = memory.ResolveNominal(ontology_, EntityMemory::Nominal::kPerson, sector, sentence_index, np.begin);
  }
  if (!e && ontology_.ActorIs(sector, dict::kOrgan) && words_.Has(WordClass::kOrganNouns, lemma)) {
    // "the government", "the army": the organ of the state the story is about.
    if (const auto* country =
            memory.ResolveNominal(ontology_, EntityMemory::Nominal::kCountry, "", sentence_index, np.begin)) {
      c->code = country->actor.country + c->code.substr(3);
      c->resolved_from_context = true;
      c->evidence.insert(c->evidence.begin(),
                         Reference("'the {1}' -> {t}", lemma, country->actor.text_begin, country->actor.text_end));
      DescribeCode(dict_, c);
    }
    return;
  }
  if (!e) return;
  c->code = e->actor.code;
  c->resolved_from_context = true;
  c->evidence.insert(c->evidence.begin(), Reference("'the {1}' -> {t}", lemma, e->actor.text_begin, e->actor.text_end));
  DescribeCode(dict_, c);
}

namespace {

// "his Congolese counterpart, Felix Tshisekedi": the appositive names the
// host's actor more precisely (CODGOV for COD) or names it at all.
void RenameByAppositive(const std::vector<CodedActor>& appositive, std::vector<CodedActor>* host) {
  if (appositive.empty()) return;
  bool refines = std::all_of(host->begin(), host->end(), [&](const CodedActor& h) {
    return std::any_of(appositive.begin(), appositive.end(), [&](const CodedActor& p) {
      return p.code.size() > h.code.size() && p.code.compare(0, h.code.size(), h.code) == 0;
    });
  });
  if (refines) *host = appositive;
}

}  // namespace

void ActorResolver::ResolveSentence(const text::Document& doc, uint32_t sentence_index, const syntax::Analysis& a,
                                    EntityMemory* memory) {
  // The per-phrase lists keep their buffers from sentence to sentence.
  if (np_actors_.size() < a.nps.size()) np_actors_.resize(a.nps.size());
  for (size_t i = 0; i < a.nps.size(); ++i) np_actors_[i].clear();
  const auto& names = dict_.actors.names();
  const auto& actors = dict_.actors.actors();
  for (size_t i = 0; i < a.nps.size(); ++i) {
    ResolveNp(doc, sentence_index, a, int32_t(i), *memory, &np_actors_[i]);
    const syntax::NounPhrase& np = a.nps[i];
    if (np.appositive_of >= 0) RenameByAppositive(np_actors_[i], &np_actors_[np.appositive_of]);
    if (np.pronoun || np_actors_[i].empty()) continue;
    for (const CodedActor& c : np_actors_[i]) {
      EntityMemory::Entity e;
      e.actor = c;
      e.sentence = sentence_index;
      e.token = np.begin;
      for (const syntax::VerbGroup& vg : a.vgs)
        if (vg.subject == int32_t(i) && vg.voice == syntax::Voice::kActive) e.subject = true;
      lex::Tag head_tag = lex::Tag(doc.tokens[np.head].tag);
      e.plural = head_tag == lex::NNS || head_tag == lex::NNPS;
      // "in the Cuban capital", "in Havana": named as where something happens.
      for (const syntax::PrepPhrase& pp : a.pps)
        if (pp.np == int32_t(i) && words_.Has(WordClass::kLocativePrepositions, doc.TokenLower(doc.tokens[pp.prep])))
          e.located = true;
      for (const Mention& m : mentions_) {
        if (m.begin < np.begin || m.end > np.end || m.name < 0) continue;
        const dict::Actor& actor = actors[names[m.name].actor];
        if (names[m.name].kind == ActorKind::kPlace) e.place = true;
        if (names[m.name].kind == ActorKind::kPerson) {
          e.person = true;
          e.gender = actor.gender;
          e.plural = false;
        }
      }
      // "the Belarusian president": a single person named by a role.
      if (!e.person && !e.plural && head_tag == lex::NN && !c.sector.empty() && !IsNonStateCode(ontology_, c.code) &&
          c.code.size() > 3)
        e.person = true;
      // "Nepali Prime Minister Pushpa Kamal Dahal": a role word, then a name the
      // dictionary does not know.
      if (!e.person && head_tag == lex::NNP)
        for (const Mention& m : mentions_)
          if (m.agent >= 0 && m.begin >= np.begin && m.end <= np.head && m.end > np.begin &&
              doc.tokens[m.end].tag == lex::NNP && !e.place) {
            e.person = true;
            e.plural = false;
          }
      if (!e.person && (head_tag == lex::NNP || head_tag == lex::NN)) e.plural = false;
      memory->Add(std::move(e));
    }
  }
  CountedActors(doc, a);
  ChainAll(a);
}

void ActorResolver::CountedActors(const text::Document& doc, const syntax::Analysis& a) {
  // "Hundreds of thousands of protesters": right to left, so that each count
  // takes what the next one counts.
  for (size_t i = a.nps.size(); i-- > 0;) {
    // "agents of Israel's Mossad", "a wing of the party": a part of what the of-phrase names.
    if (!np_actors_[i].empty() ||
        !(IsQuantity(doc, a.nps[i]) || words_.Has(WordClass::kMembers, doc.tokens[a.nps[i].head].lemma)))
      continue;
    for (const syntax::PrepPhrase& pp : a.pps)
      if (pp.modifies_np == int32_t(i) && pp.np >= 0 && doc.TokenLower(doc.tokens[pp.prep]) == "of") {
        np_actors_[i] = np_actors_[pp.np];
        break;
      }
  }
}

void ActorResolver::ChainAll(const syntax::Analysis& a) {
  if (chain_actors_.size() < a.nps.size()) chain_actors_.resize(a.nps.size());
  for (size_t np = 0; np < a.nps.size(); ++np) {
    std::vector<CodedActor>& out = chain_actors_[np];
    out.clear();
    if (a.nps[np].next_conjunct < 0) continue;  // a phrase alone: its own actors
    std::vector<int32_t> chain;
    for (int32_t p = int32_t(np); p >= 0; p = a.nps[p].next_conjunct) chain.push_back(p);
    // "US and British activists": a bare country before a conjunct with an agent shares it.
    std::string shared_sector;
    const CodedActor* last = nullptr;
    if (!np_actors_[chain.back()].empty()) last = &np_actors_[chain.back()].back();
    if (last && last->code.size() == 6 && !last->country.empty()) shared_sector = last->code.substr(3);
    for (int32_t p : chain)
      for (CodedActor c : np_actors_[p]) {
        if (!shared_sector.empty() && c.code.size() == 3 && !c.country.empty() && p != chain.back()) {
          c.code += shared_sector;
          DescribeCode(dict_, &c);
        }
        out.push_back(std::move(c));
      }
  }
}

const std::vector<CodedActor>& ActorResolver::ChainActors(const syntax::Analysis& a, int32_t np) const {
  static const std::vector<CodedActor> kNone;
  if (np < 0) return kNone;
  return a.nps[np].next_conjunct < 0 ? np_actors_[np] : chain_actors_[np];
}

bool ActorResolver::ActorInSpan(const text::Document& doc, uint32_t begin, uint32_t end, CodedActor* out) const {
  return Compose(doc, begin, end, out);
}

}  // namespace tocsin::coder
