// The coder's output: events with their actors, codes, modality and the
// evidence that produced them (sentence span, verb, pattern, dictionary
// entries), ready for the output writers and the evaluator.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tocsin::coder {

enum class EventModality : uint8_t { kAsserted, kReported, kIntended, kHypothetical, kNegated };
std::string_view EventModalityName(EventModality m);

struct CodedActor {
  std::string text;     // the words in the sentence
  std::string code;     // full CAMEO actor code: BLRGOV, IGOWSTNAT, ---MIL
  std::string country;  // ISO alpha-3 for a state or a state's organ, else empty
  std::string sector;   // GOV, MIL, IGO, ... or empty
  std::vector<std::string> evidence;  // dictionary entries used ("actor Belarus (data/dict/countries.actors:310)")
  uint32_t token_begin = 0, token_end = 0;  // document token range
  bool resolved_from_context = false;       // pronoun or nominal reference
  bool weapon = false;                      // named by a weapon ("Russian missiles"): an actor only as a source
};

struct Event {
  uint32_t sentence_index = 0;  // 0-based within the document
  bool has_source = false, has_target = false;
  CodedActor source, target;
  std::string cameo;            // full event code
  EventModality modality = EventModality::kAsserted;
  std::string verb;             // the verb (or event noun) as written
  std::string pattern;          // the pattern as written in its dictionary
  std::string pattern_origin;   // file:line
  std::string note;             // how the code was derived when not straight from a pattern
  uint32_t span_begin = 0, span_end = 0;  // bytes, relative to the sentence start
};

}  // namespace tocsin::coder
