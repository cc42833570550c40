#include "eval/gold.h"

#include <simdjson.h>

#include "base/file.h"
#include "base/strings.h"
#include "io/input.h"
#include "io/xml.h"

namespace tocsin::eval {

std::string NormalizeActorCode(std::string_view code) {
  code = Trim(code);
  if (code.empty() || code == "-" || code == "---" || code == "--") return "";
  return AsciiUppered(code);
}

namespace {

std::string JoinWhitespace(std::string_view text) {
  std::string out;
  for (std::string_view w : SplitWhitespace(text)) {
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  return out;
}

bool IsCameoCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!IsAsciiDigit(c)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Own format

void ReadOwn(std::string_view data, const std::string& name, GoldSet* out) {
  GoldRecord* current = nullptr;
  bool in_events = false;
  bool skipping = false;  // the lines of a record already reported as unusable
  bool paragraph_break = false;  // a blank line since the record's last text line
  size_t line_no = 0;
  auto finish = [&] {
    if (current && Trim(current->text).empty()) {
      out->skipped.push_back({current->origin, current->id, "record has no text"});
      out->records.pop_back();
    }
    current = nullptr;
  };
  for (std::string_view line : Split(data, '\n', false)) {
    ++line_no;
    std::string origin = name + ":" + std::to_string(line_no);
    std::string_view t = Trim(line);
    if (t.starts_with("## ")) {
      finish();
      skipping = true;
      GoldRecord r;
      r.origin = origin;
      for (std::string_view field : SplitWhitespace(t.substr(3))) {
        size_t eq = field.find('=');
        if (eq == field.npos) continue;
        std::string_view key = field.substr(0, eq), value = field.substr(eq + 1);
        if (key == "id") r.id = std::string(value);
        else if (key == "date") r.date = std::string(value);
        else if (key == "tags")
          for (std::string_view tag : Split(value, ',')) r.tags.emplace_back(tag);
      }
      std::string date;
      if (r.id.empty()) {
        out->skipped.push_back({origin, "", "record header without id="});
        continue;
      }
      if (!r.date.empty() && !io::NormalizeDate(r.date, &date)) {
        out->skipped.push_back({origin, r.id, "bad date '" + r.date + "'"});
        continue;
      }
      r.date = date;
      out->records.push_back(std::move(r));
      current = &out->records.back();
      in_events = false;
      skipping = false;
      continue;
    }
    if (t.empty()) {
      paragraph_break = current && !current->text.empty();
      continue;
    }
    if (t[0] == '#') continue;
    if (!current) {
      if (!skipping) out->skipped.push_back({origin, "", "text outside a record"});
      continue;
    }
    if (t.starts_with("=>")) {
      in_events = true;
      bool optional = t.starts_with("=>?");
      auto f = SplitWhitespace(t.substr(optional ? 3 : 2));
      if (f.size() < 3) {
        out->skipped.push_back({origin, current->id, "event line needs SOURCE TARGET CODE"});
        out->records.pop_back();
        current = nullptr;
        skipping = true;
        continue;
      }
      GoldEvent e;
      e.source = NormalizeActorCode(f[0]);
      e.target = NormalizeActorCode(f[1]);
      if (IsCameoCode(f[2])) e.cameo = std::string(f[2]);
      else e.plover = AsciiUppered(f[2]);
      if (f.size() > 3) e.modality = AsciiLowered(f[3]);
      e.optional = optional;
      current->events.push_back(std::move(e));
      continue;
    }
    if (in_events) {
      out->skipped.push_back({origin, current->id, "text after the event lines"});
      continue;
    }
    if (!current->text.empty()) current->text.append(paragraph_break ? "\n\n" : " ");
    paragraph_break = false;
    current->text.append(t);
  }
  finish();
}

// ---------------------------------------------------------------------------
// PETRARCH validation XML

void ReadXml(std::string_view data, const std::string& name, GoldSet* out) {
  io::XmlDocument doc = io::ReadPetrarchXml(data);
  for (const io::XmlProblem& p : doc.problems)
    out->skipped.push_back({name + ":" + std::to_string(p.line), p.id, p.reason});
  for (const io::XmlSentence& s : doc.sentences) {
    GoldRecord r;
    r.origin = name + ":" + std::to_string(s.line);
    r.id = std::string(s.attributes.Get("id"));
    if (!s.has_text) continue;  // reported as a problem above
    if (s.attributes.Get("evaluate") == "false") {
      out->skipped.push_back({r.origin, r.id, "marked evaluate=\"false\""});
      continue;
    }
    r.text = JoinWhitespace(s.text);
    if (r.text.empty()) {
      out->skipped.push_back({r.origin, r.id, "record has empty <Text>"});
      continue;
    }
    std::string_view date = Trim(s.attributes.Get("date"));
    if (!date.empty() && !io::NormalizeDate(date, &r.date)) {
      out->skipped.push_back({r.origin, r.id, "bad date '" + std::string(date) + "'"});
      continue;
    }
    if (std::string_view category = s.attributes.Get("category"); !category.empty())
      r.tags.push_back(AsciiLowered(category));
    bool bad = false;
    for (const io::XmlAttributes& c : s.codings) {
      if (c.Get("noevents") == "True" || c.Get("noevents") == "true") continue;
      GoldEvent e;
      e.source = NormalizeActorCode(c.Get("sourcecode"));
      e.target = NormalizeActorCode(c.Get("targetcode"));
      std::string_view code = Trim(c.Get("eventcode"));
      if (!IsCameoCode(code)) {
        out->skipped.push_back({r.origin, r.id, "EventCoding without a CAMEO eventcode"});
        bad = true;
        break;
      }
      e.cameo = std::string(code);
      r.events.push_back(std::move(e));
    }
    if (bad) continue;
    if (s.codings.empty()) {
      out->skipped.push_back({r.origin, r.id, "record has no <EventCoding> (not a gold record)"});
      continue;
    }
    out->records.push_back(std::move(r));
  }
}

// ---------------------------------------------------------------------------
// PLOVER-style JSON

// PLOVER sectors are words; CAMEO sectors are three-letter codes.
std::string SectorCode(std::string_view sector) {
  std::string s = AsciiLowered(Trim(sector));
  if (s.empty()) return "";
  if (s.size() == 3 || (s.size() % 3 == 0 && s.size() <= 9)) {
    bool letters = true;
    for (char c : s) letters = letters && IsAsciiLower(c);
    if (letters && s != "law" && s != "aid") return AsciiUppered(s);
  }
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"government", "GOV"}, {"military", "MIL"}, {"police", "COP"}, {"rebel", "REB"}, {"rebels", "REB"},
      {"insurgent", "REB"}, {"opposition", "OPP"}, {"civilian", "CVL"}, {"civilians", "CVL"},
      {"judiciary", "JUD"}, {"legislature", "LEG"}, {"business", "BUS"}, {"media", "MED"},
      {"education", "EDU"}, {"health", "HLH"}, {"refugee", "REF"}, {"refugees", "REF"},
      {"labor", "LAB"}, {"labour", "LAB"}, {"agriculture", "AGR"}, {"criminal", "CRM"},
      {"intelligence", "SPY"}, {"religious", "REL"}, {"ngo", "NGO"}, {"igo", "IGO"}};
  for (auto [name, code] : kNames)
    if (s == name) return std::string(code);
  return "";
}

// An actor value: "USA", {"code":"USA","sector":"GOV"}, or a list of those.
std::vector<std::string> ActorCodes(simdjson::dom::element v) {
  std::vector<std::string> out;
  if (v.is_null()) return out;
  std::string_view s;
  if (!v.get_string().get(s)) {
    out.push_back(NormalizeActorCode(s));
    return out;
  }
  simdjson::dom::array arr;
  if (!v.get_array().get(arr)) {
    for (auto item : arr)
      for (auto& c : ActorCodes(item)) out.push_back(std::move(c));
    return out;
  }
  simdjson::dom::object obj;
  if (!v.get_object().get(obj)) {
    std::string_view code, sector;
    if (obj["code"].get_string().get(code) != simdjson::SUCCESS &&
        obj["actorCode"].get_string().get(code) != simdjson::SUCCESS)
      code = {};
    if (obj["sector"].get_string().get(sector) != simdjson::SUCCESS) sector = {};
    std::string c = NormalizeActorCode(code);
    if (!c.empty()) {
      std::string suffix = SectorCode(sector);
      if (!suffix.empty() && !EndsWith(c, suffix)) c += suffix;
    }
    out.push_back(c);
  }
  return out;
}

bool ReadJsonRecord(simdjson::dom::element rec, const std::string& origin, GoldSet* out) {
  simdjson::dom::object obj;
  if (rec.get_object().get(obj)) {
    out->skipped.push_back({origin, "", "record is not a JSON object"});
    return false;
  }
  GoldRecord r;
  r.origin = origin;
  std::string_view s;
  int64_t n;
  if (!obj["id"].get_string().get(s)) r.id = std::string(s);
  else if (!obj["id"].get_int64().get(n)) r.id = std::to_string(n);
  if (!obj["text"].get_string().get(s)) r.text = JoinWhitespace(s);
  if (r.text.empty()) {
    out->skipped.push_back({origin, r.id, "record has no text"});
    return false;
  }
  if (r.id.empty()) r.id = origin;
  if (!obj["date"].get_string().get(s) && !s.empty()) {
    std::string_view day = s.substr(0, std::min<size_t>(s.size(), 10));
    if (!io::NormalizeDate(day, &r.date)) {
      out->skipped.push_back({origin, r.id, "bad date '" + std::string(s) + "'"});
      return false;
    }
  }
  simdjson::dom::element events;
  bool has_events = !obj["events"].get(events) || !obj["event"].get(events);
  std::vector<simdjson::dom::element> list;
  simdjson::dom::array arr;
  if (!has_events || events.is_null()) {
    // No events listed: none expected.
  } else if (!events.get_array().get(arr)) {
    for (auto e : arr) list.push_back(e);
  } else {
    list.push_back(events);
  }
  for (simdjson::dom::element e : list) {
    // PLOVER's record-level layout: "event" is the event's name and the
    // record's own "source"/"target" are its actors.
    simdjson::dom::object eo;
    std::string code;
    std::string_view v;
    if (!e.get_string().get(v)) {
      eo = obj;
      code = std::string(Trim(v));
    } else if (e.get_object().get(eo)) {
      out->skipped.push_back({origin, r.id, "event is neither an object nor a PLOVER event name"});
      return false;
    }
    if (code.empty())
      for (const char* key : {"event", "eventType", "cameo", "code", "eventcode"})
        if (!eo[key].get_string().get(v)) {
          code = std::string(Trim(v));
          break;
        }
    if (code.empty()) {
      out->skipped.push_back({origin, r.id, "event without an event code or PLOVER name"});
      return false;
    }
    simdjson::dom::element src, tgt;
    std::vector<std::string> sources, targets;
    if (!eo["source"].get(src)) sources = ActorCodes(src);
    if (!eo["target"].get(tgt)) targets = ActorCodes(tgt);
    if (sources.empty()) sources.push_back("");
    if (targets.empty()) targets.push_back("");
    for (const auto& so : sources)
      for (const auto& ta : targets) {
        GoldEvent g;
        g.source = so;
        g.target = ta;
        if (IsCameoCode(code)) g.cameo = code;
        else g.plover = AsciiUppered(code);
        r.events.push_back(std::move(g));
      }
  }
  if (!obj["tags"].get_array().get(arr))
    for (auto t : arr)
      if (!t.get_string().get(s)) r.tags.emplace_back(s);
  out->records.push_back(std::move(r));
  return true;
}

void ReadJson(std::string_view data, const std::string& name, GoldSet* out) {
  simdjson::dom::parser parser;
  std::string_view head = Trim(data.substr(0, 64));
  bool whole = head.starts_with("[");
  if (!whole) {
    // JSON Lines; a pretty-printed single object also parses as a whole.
    size_t line_no = 0, pos = 0;
    bool any_line = false;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = Trim(data.substr(pos, eol - pos));
      ++line_no;
      pos = eol + 1;
      if (line.empty()) continue;
      simdjson::dom::element rec;
      if (parser.parse(line.data(), line.size()).get(rec)) {
        if (!any_line) {
          whole = true;  // not JSON Lines after all
          break;
        }
        out->skipped.push_back({name + ":" + std::to_string(line_no), "", "malformed JSON"});
        continue;
      }
      any_line = true;
      simdjson::dom::object o;
      simdjson::dom::array records;
      if (!rec.get_object().get(o) && !o["records"].get_array().get(records)) {
        size_t i = 0;
        for (auto r : records) ReadJsonRecord(r, name + ":record " + std::to_string(++i), out);
        continue;
      }
      ReadJsonRecord(rec, name + ":" + std::to_string(line_no), out);
    }
    if (!whole) return;
  }
  simdjson::dom::element doc;
  if (parser.parse(data.data(), data.size()).get(doc)) {
    out->skipped.push_back({name, "", "malformed JSON"});
    return;
  }
  simdjson::dom::array records;
  simdjson::dom::object o;
  if (doc.get_array().get(records)) {
    if (doc.get_object().get(o) || o["records"].get_array().get(records)) {
      ReadJsonRecord(doc, name, out);
      return;
    }
  }
  size_t i = 0;
  for (auto r : records) ReadJsonRecord(r, name + ":record " + std::to_string(++i), out);
}

GoldFormat Detect(const std::string& name, std::string_view data) {
  if (EndsWith(name, ".gold")) return GoldFormat::kOwn;
  if (EndsWith(name, ".xml")) return GoldFormat::kPetrarchXml;
  if (EndsWith(name, ".json") || EndsWith(name, ".jsonl")) return GoldFormat::kJson;
  std::string_view head = Trim(data.substr(0, 4096));
  if (head.starts_with("<")) return GoldFormat::kPetrarchXml;
  if (head.starts_with("{") || head.starts_with("[")) return GoldFormat::kJson;
  return GoldFormat::kOwn;
}

}  // namespace

void ReadGold(std::string_view data, const std::string& name, GoldFormat format, GoldSet* out) {
  if (format == GoldFormat::kAuto) format = Detect(name, data);
  switch (format) {
    case GoldFormat::kPetrarchXml: return ReadXml(data, name, out);
    case GoldFormat::kJson: return ReadJson(data, name, out);
    default: return ReadOwn(data, name, out);
  }
}

void ReadGoldFile(const std::string& path, GoldFormat format, GoldSet* out) {
  auto data = ReadFile(path);
  if (!data.ok()) {
    out->skipped.push_back({path, "", data.status().message()});
    return;
  }
  ReadGold(*data, path, format, out);
}

}  // namespace tocsin::eval
