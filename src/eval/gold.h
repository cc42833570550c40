// Gold-standard readers for `tocsin eval`: tocsin's own .gold format
// (docs/gold-format.md), PETRARCH validation XML (tolerant of the flaws real
// files have) and PLOVER-style JSON / JSON Lines. Every record that cannot be
// used is reported with its place and reason.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tocsin::eval {

struct GoldEvent {
  std::string source;  // full CAMEO actor code, or "" when none/unknown
  std::string target;
  std::string cameo;   // CAMEO event code, or "" when only a PLOVER event is given
  std::string plover;  // PLOVER event name, or "" (then derived from the CAMEO code)
  std::string modality;  // tocsin gold's optional fourth field ("possible", "conditional", ...)
  bool optional = false;  // `=>?`: acceptable, not required (docs/gold-format.md)
};

struct GoldRecord {
  std::string id;
  std::string date;  // YYYY-MM-DD or ""
  std::string text;
  std::vector<std::string> tags;
  std::vector<GoldEvent> events;  // empty: no event expected
  std::string origin;             // file:line
};

struct GoldSkip {
  std::string origin;
  std::string id;
  std::string reason;
};

struct GoldSet {
  std::vector<GoldRecord> records;
  std::vector<GoldSkip> skipped;
};

enum class GoldFormat { kAuto, kOwn, kPetrarchXml, kJson };

// Reads `data` (named `name` in messages) in `format`, appending to `out`.
void ReadGold(std::string_view data, const std::string& name, GoldFormat format, GoldSet* out);
// Reads a file; an unreadable file is one skip.
void ReadGoldFile(const std::string& path, GoldFormat format, GoldSet* out);

// "" for the empty codes gold files use for "no actor" ("---", "-", "").
std::string NormalizeActorCode(std::string_view code);

}  // namespace tocsin::eval
