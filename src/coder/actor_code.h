// Reading CAMEO actor codes: a code's country and sector, whether it names a
// group or a non-state actor, and the date number people's roles are read by.
#pragma once

#include <string_view>

#include "coder/event.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"

namespace tocsin::coder {

// A document without a date is read as of the dictionaries' latest roles
// (never as of the day the program runs: the same input codes the same way
// on any day).
constexpr int kUndated = 99991231;
// "2022-05-26" -> 20220526; kUndated when empty or malformed.
int DateNumber(std::string_view date);

// Fills country and sector from the code.
void DescribeCode(const dict::Dictionaries& dict, CodedActor* a);

// A non-state actor's code ("IGOUNO", "IMGMUSISI") or a role without a country ("---MIL").
bool IsNonStateCode(const dict::Ontology& ontology, std::string_view code);
// A named group ("YEMREB" the Houthis, "IMGMUSISI"); "---REB" (some rebels) is not one.
bool IsGroupLike(const dict::Ontology& ontology, const CodedActor& a);

}  // namespace tocsin::coder
