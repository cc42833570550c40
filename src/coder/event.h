// The coder's output: events with their actors, codes, modality and the
// evidence that produced them (sentence span, verb, pattern, dictionary
// entries), ready for the output writers and the evaluator.
//
// Events point into what produced them rather than copying it: token ranges
// into the analysed document, and views of the dictionaries' patterns and
// entries. They are read while both are alive (the pipeline's workspace
// holds the document until its next one).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/location.h"
#include "geo/quantities.h"
#include "geo/times.h"
#include "text/document.h"

namespace tocsin::coder {

enum class EventModality : uint8_t { kAsserted, kReported, kIntended, kHypothetical, kNegated };
std::string_view EventModalityName(EventModality m);

// One reason an actor was coded as it was: a dictionary entry, an agent
// word, a reference back to something the story named, a country from the
// context. Kept as data; Text() writes it out ("agent troops -> MIL
// (data/dict/agents.txt:88)", "pronoun 'he' -> Vladimir Putin").
struct Evidence {
  // The text, with {1} {2} {3} for `parts`, {t} and {u} for the document's
  // text of tokens [t_begin, t_end) and [u_begin, u_end), {n} for `number`
  // and {c} for `code`.
  const char* pattern = "";
  std::string_view parts[3];  // views of the dictionaries or the document
  uint32_t t_begin = 0, t_end = 0, u_begin = 0, u_end = 0;
  uint32_t number = 0;
  char code[4] = {};

  std::string Text(const text::Document& doc) const;
  // A dictionary name of the given kind ("adjective", "country", ...).
  bool IsName(std::string_view kind) const;

  // A fixed text ("target: the story's dateline"), a fixed text with a
  // number ({n}), and one with a three-letter code ({c}).
  static Evidence Note(const char* text, uint32_t number = 0);
  static Evidence WithCode(const char* pattern, std::string_view code);

  // The patterns, so that code asks what evidence is without reading text.
  static constexpr const char* kName = "{1} {2} ({3})";          // kind, actor name, origin
  static constexpr const char* kAgent = "agent {1} -> {2} ({3})";  // word, code, origin
};

struct CodedActor {
  std::string code;     // full CAMEO actor code: BLRGOV, IGOWSTNAT, ---MIL
  std::string country;  // ISO alpha-3 for a state or a state's organ, else empty
  std::string sector;   // GOV, MIL, IGO, ... or empty
  std::vector<Evidence> evidence;
  uint32_t token_begin = 0, token_end = 0;  // document token range
  uint32_t text_begin = 0, text_end = 0;    // the words that name it; none: a place found elsewhere (the code)
  bool resolved_from_context = false;       // pronoun or nominal reference
  bool weapon = false;                      // named by a weapon ("Russian missiles"): an actor only as a source

  // The words in the document that name the actor, or its code.
  std::string_view Text(const text::Document& doc) const;
};

struct Event {
  uint32_t sentence_index = 0;  // 0-based within the document
  bool has_source = false, has_target = false;
  CodedActor source, target;
  std::string cameo;             // full event code
  EventModality modality = EventModality::kAsserted;
  std::string_view verb;         // the verb (or event noun) as written in the document
  std::string_view pattern;      // the pattern as written in its dictionary
  std::string_view pattern_origin;  // file:line
  std::string note;              // how the code was derived when not straight from a pattern
  uint32_t span_begin = 0, span_end = 0;  // bytes, relative to the sentence start
  bool specific_pattern = false;  // the pattern asks for more than the verb
  float confidence = 0;           // 0-1, set by the pipeline (coder/confidence.h)
  // Where, when and how many: set by the pipeline's locate stage (pipeline/locate.h).
  std::optional<geo::Location> location;
  std::optional<geo::EventDate> event_date;
  std::string_view event_date_text;  // the words the date was read from; empty: the document's date
  std::vector<geo::Quantity> quantities;
};

}  // namespace tocsin::coder
