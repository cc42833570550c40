// CAMEO's own codes for intentions and threats. "Russia threatened to attack"
// is not an attack but a threat of one (138); "the EU pledged to send aid" is
// an intent to provide aid (033). Given the code of the action and the verb
// that governs it, these give the code CAMEO uses for the statement.
#pragma once

#include <string>
#include <string_view>

namespace tocsin::coder {

// kCommand: "ordered his troops to deploy" is the orderer's deployment.
// kAppeal: "urged Moscow to withdraw" is the appeal alone; the withdrawal is
// not an event.
enum class Governor { kNone, kThreat, kIntent, kCommand, kAppeal };

// What a governing verb makes of its complement ("threaten", "vow", "plan", ...).
Governor GovernorKind(std::string_view lemma);

// The threat code for an action code (163 -> 1312, 190 -> 138, ...).
std::string ThreatCode(std::string_view action);
// The intent code for an action code (070 -> 033, 0841 -> 0353, 190 -> 138, ...);
// verbal codes (01-02, 10-14) are returned unchanged.
std::string IntentCode(std::string_view action);

// An appeal or demand refined by what is asked ("demanded that India withdraw
// its troops": 100 with 0874 -> 1056; "urged X to free" 020 with 0841 ->
// 0253). Only the generic codes 020 and 100 are refined; anything else, or an
// action CAMEO has no sub-code for, comes back unchanged.
std::string AppealContentCode(std::string_view appeal, std::string_view action);

}  // namespace tocsin::coder
