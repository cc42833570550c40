#include "coder/intent.h"

#include <algorithm>
#include <initializer_list>

namespace tocsin::coder {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

}  // namespace

Governor GovernorKind(std::string_view l) {
  if (In(l, {"threaten", "warn"})) return Governor::kThreat;
  if (In(l, {"order", "instruct", "command", "direct", "authorize", "authorise"})) return Governor::kCommand;
  if (In(l, {"urge", "ask", "call", "appeal", "demand", "request", "press", "push", "encourage", "invite", "implore",
             "beg", "insist", "propose", "recommend", "petition", "lobby", "tell", "advise"}))
    return Governor::kAppeal;
  // Commitments are statements of intent (03x); plans ("plans to", "intends
  // to", "decided to") are coded as the action itself, with intended modality.
  if (In(l, {"vow", "pledge", "promise", "want", "offer", "agree", "undertake", "commit", "guarantee"}))
    return Governor::kIntent;
  return Governor::kNone;
}

std::string ThreatCode(std::string_view a) {
  std::string_view root = a.substr(0, 2);
  if (a == "162" || a.starts_with("162")) return "1311";
  if (a.starts_with("163")) return "1312";
  if (a.starts_with("161")) return "1313";
  if (a == "1721") return "1321";
  if (a == "1722") return "1322";
  if (a == "1723") return "1323";
  if (a == "1724") return "1324";
  if (a.starts_with("164")) return "134";
  if (a.starts_with("165")) return "135";
  if (a.starts_with("166")) return "136";
  if (root == "16") return "131";
  if (root == "17") return "137";
  if (a.starts_with("191")) return "1381";
  if (a.starts_with("192")) return "1382";
  if (a.starts_with("204")) return "1385";
  if (root == "18" || root == "20") return "1383";
  if (root == "19" || root == "15") return "138";
  if (root == "14") return "133";
  if (root == "13") return std::string(a);
  return "130";
}

std::string IntentCode(std::string_view a) {
  std::string_view root = a.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") {
    if (a.starts_with("061")) return "0311";
    if (a.starts_with("062")) return "0312";
    if (a.starts_with("063")) return "0313";
    if (a.starts_with("064")) return "0314";
    return "031";
  }
  if (root == "07") {
    if (a.starts_with("071")) return "0331";
    if (a.starts_with("072")) return "0332";
    if (a.starts_with("073")) return "0333";
    if (a.starts_with("074")) return "0334";
    return "033";
  }
  if (root == "08") {
    if (a.starts_with("081")) return "0351";
    if (a.starts_with("082")) return "0352";
    if (a.starts_with("084")) return "0353";
    if (a.starts_with("085")) return "0354";
    if (a.starts_with("086")) return "0355";
    if (a.starts_with("087")) return "0356";
    if (a.starts_with("083")) return "034";
    return "035";
  }
  if (root == "09") return "030";
  if (root == "16" || root == "17" || root == "18" || root == "19" || root == "20") return ThreatCode(a);
  return std::string(a);  // statements, appeals, demands, criticism, posture: coded as made
}

std::string AppealContentCode(std::string_view appeal, std::string_view a) {
  if (appeal != "020" && appeal != "100") return std::string(appeal);
  std::string_view root = a.substr(0, 2);
  std::string_view sub;
  if (root == "06") {
    sub = a.starts_with("061") ? "11" : a.starts_with("062") ? "12" : a.starts_with("063") ? "13"
        : a.starts_with("064") ? "14" : "1";
  } else if (root == "05") {
    sub = "2";
  } else if (root == "07") {
    sub = a.starts_with("071") ? "31" : a.starts_with("072") ? "32" : a.starts_with("073") ? "33"
        : a.starts_with("074") ? "34" : "3";
  } else if (a.starts_with("083")) {
    sub = a == "0831" ? "41" : a == "0832" ? "42" : a == "0833" ? "43" : a == "0834" ? "44" : "4";
  } else if (root == "08") {
    sub = a.starts_with("081") ? "51" : a.starts_with("082") ? "52" : a.starts_with("084") ? "53"
        : a.starts_with("085") ? "54" : a.starts_with("086") ? "55" : a.starts_with("087") ? "56" : "5";
  } else if (root == "04") {
    sub = "6";
  } else if (a.starts_with("038") || a.starts_with("039") || a.starts_with("045")) {
    sub = "8";
  }
  if (sub.empty()) return std::string(appeal);
  return std::string(appeal.substr(0, 2)) + std::string(sub);
}

}  // namespace tocsin::coder
