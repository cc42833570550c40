// What the coding stages of one sentence share, stated once:
//
//   SentenceContext  everything they read: the knowledge, the document, the
//                    sentence's analysis, its resolved actors and what the
//                    story has said so far. Read-only.
//   SentenceState    what coding the sentence changes as it goes: the events
//                    written, the phrases and verbs already used.
//   Draft            one event in the making, handed from stage to stage:
//                    its code, where its actors stand, the verb it came from.
//
// Stages are free functions of these (coder/patterns.h, targets.h,
// context.h, rules.h, emit.h); none keeps state of its own, so each can be
// run and tested alone. docs/coder.md walks through them with an example.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/actors.h"
#include "coder/event.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::coder {

// The last violent act with a named source, for the agent of an agentless
// passive that follows it ("the Russians kept bombing ... 40 towns have been bombed").
struct RecentViolence {
  bool valid = false;
  uint32_t sentence = 0;
  CodedActor source;
};

// How often each country has been named so far in the story (places,
// capitals, countries): the theatre of a violent act whose sentence names no
// target ("the Russians have not stopped bombing").
using CountryCounts = std::vector<std::pair<std::string, int>>;

struct SentenceContext {
  const dict::Dictionaries& dict;
  const dict::Ontology& ontology;
  const lex::WordClasses& words;
  const text::Document& doc;
  uint32_t index;  // of the sentence in the document
  const syntax::Analysis& a;
  const ActorResolver& resolver;
  std::string_view dateline_country;     // the country of the story's dateline, or ""
  const CountryCounts& story_countries;  // as counted up to and including this sentence
  // The events coded so far: story_events[story_begin, size()) are this
  // document's, earlier sentences' and the ones this sentence has written.
  const std::vector<Event>& story_events;
  size_t story_begin;

  const text::Sentence& sentence() const { return doc.sentences[index]; }
  std::string_view Lemma(uint32_t token) const { return doc.tokens[token].lemma; }
  std::string_view Lower(uint32_t token) const { return doc.TokenLower(doc.tokens[token]); }
  std::string_view Text(uint32_t token) const { return doc.TokenText(doc.tokens[token]); }
  // dict::WordHash of the token's lower-case form and of its dict::NounForm
  // (a token of this sentence).
  uint64_t WordHash(uint32_t token) const { return resolver.word_hashes()[token - sentence().token_begin]; }
  uint64_t NounHash(uint32_t token) const { return resolver.noun_hashes()[token - sentence().token_begin]; }
  bool Is(lex::WordClass c, std::string_view word) const { return words.Has(c, word); }
  bool IsViolent(std::string_view code) const { return ontology.IsViolent(code); }
  bool IsSymmetric(std::string_view code) const {
    const dict::EventInfo* e = ontology.Event(code);
    return e && e->symmetric;
  }
  bool SectorIs(std::string_view sector, dict::ActorFlag flag) const { return ontology.ActorIs(sector, flag); }
  // The actors of noun phrase `np` and its conjuncts; empty for -1.
  const std::vector<CodedActor>& Actors(int32_t np) const { return resolver.ChainActors(a, np); }
  // The modality of an event from verb group `v`.
  EventModality ModalityOf(int32_t v) const;
  // The actors of the agent of a participle that modifies phrase `np`
  // ("shells fired by Russian forces", "the request made by Egypt"); empty if none.
  const std::vector<CodedActor>& ParticipleAgent(int32_t np) const;
};

struct SentenceState {
  std::vector<Event>* out;             // the document's events so far
  RecentViolence* last_violence;       // updated by every violent event with a named source
  std::vector<bool> used_np;           // phrases a verb event has used: no noun event from them
  std::vector<bool> violent_vg;        // verb groups that produced a violent event
  std::vector<std::string>* trace = nullptr;  // `tocsin explain`: a line for each post-rule applied
};

struct Draft {
  std::string code;
  std::string note;                    // how the code was derived, when not straight from a pattern
  int32_t source_np = -1, target_np = -1;
  int32_t verb_vg = -1;                // the verb group the event comes from, or -1
  bool locative_target = false;        // the target phrase only says where ("negotiated in Jeddah")
  EventModality modality = EventModality::kAsserted;
  const dict::VerbPattern* pattern = nullptr;
  std::string_view verb;               // the verb or event noun as written
  uint32_t span_begin = 0, span_end = 0;  // tokens

  // Appends to the note, "; "-separated.
  void AddNote(std::string_view more);
};

// Facts about lists of actors that several stages ask.
// Actors with no identity beyond a sector ("---MIL") need a known partner.
bool AllGeneric(const std::vector<CodedActor>& actors);
// Whether target `t` is the source itself or the source's own country as a
// place ("his country's border"); GEOOPP against GEOGOV is not.
bool IsOwn(const CodedActor& t, const std::vector<CodedActor>& sources);
// "deployed the army", "sent its police": the source's own forces are what
// it acts with, not whom it acts on.
bool OwnForces(const SentenceContext& s, const std::vector<CodedActor>& objects,
               const std::vector<CodedActor>& sources);
// Role-only actors that are people, not institutions ("political prisoners", "civilians").
bool AllPeople(const SentenceContext& s, const std::vector<CodedActor>& actors);
// The country of `source` (plus `sector`) as a target, placed where the source is.
CodedActor OwnCountry(const SentenceContext& s, const CodedActor& source, std::string_view sector,
                      Evidence evidence);

}  // namespace tocsin::coder
