// Stage 3 of coding a sentence: the actors in their context. An actor known
// only by its role ("---OPP", "the government", "police") takes its country
// from where the sentence places it ("protesters in Minsk"), else from who
// reports it, else from its leader ("rebels led by Kabila"), else from the other side of the event: most events between a
// state's organs and its people are domestic; else, for a definite role ("the
// army", "the rebels"), from the country the story is about. And a subject that names no
// actor ("an earthquake struck", "Chinese stocks rallied") makes no event.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coder/sentence.h"

namespace tocsin::coder {

// Gives the role-only actors among `actors` a country from the sentence
// (`verb_vg` is the verb group the event comes from, or -1) or from `other`,
// the actors on the event's other side. `violent` and `is_target` say what
// the event is and which side `actors` are on.
void Contextualize(const SentenceContext& s, int32_t verb_vg, std::vector<CodedActor>* actors,
                   const std::vector<CodedActor>& other, bool violent, bool is_target);

// Whether noun phrase `np`, which resolved to `actors`, names an actor: a
// nationality before a noun that is neither a role nor an event ("Chinese
// stocks") does not.
bool NamesAnActor(const SentenceContext& s, int32_t np, const std::vector<CodedActor>& actors);

// The country of the place noun phrase `np` names, looking through the
// phrases that place it further ("the village of Kocho in northern Iraq"); "" if none.
std::string PlaceCountry(const SentenceContext& s, int32_t np);

}  // namespace tocsin::coder
