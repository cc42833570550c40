#include "dict/petrarch.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/strings.h"
#include "dict/petrarch_lines.h"
#include "dict/words.h"

namespace tocsin::dict {

using petrarch::IsMarkupLine;
using petrarch::Origin;
using petrarch::StripComment;

namespace {

// A PETRARCH phrase: words joined by '_' (or spaces); a word not followed by
// '_' at the end is a stem. Returns lower-case words.
std::vector<std::string> PhraseWords(std::string_view phrase, bool* last_is_stem) {
  phrase = Trim(phrase);
  *last_is_stem = !phrase.empty() && phrase.back() != '_';
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  std::vector<std::string> words = NameWords(spaced);
  return words;
}

}  // namespace

bool ParsePetrarchDate(std::string_view s, int* out) {
  s = Trim(s);
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s)
    if (!IsAsciiDigit(c)) return false;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  if (s.size() == 6) {
    int yy = v / 10000;
    v += (yy < 30 ? 2000 : 1900) * 10000;
  } else if (s.size() != 8) {
    return false;
  }
  int m = v / 100 % 100, d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = v;
  return true;
}

namespace {

// Real files carry typos in dates ("9008223", "201005011", "> 140608"). A
// date that is close to one of PETRARCH's forms is read as that form; each
// repair is counted so the load report can say so.
bool ParseLenientDate(std::string_view s, int* out, size_t* repairs) {
  s = Trim(s);
  if (ParsePetrarchDate(s, out)) return true;
  std::string digits;
  for (char c : s)
    if (IsAsciiDigit(c)) digits.push_back(c);
  if (digits.size() == 7 && ParsePetrarchDate(std::string_view(digits).substr(0, 6), out)) {
    ++*repairs;
    return true;
  }
  if (digits.size() > 8 && ParsePetrarchDate(std::string_view(digits).substr(0, 8), out)) {
    ++*repairs;
    return true;
  }
  return false;
}

// "[CODE]", "[CODE 910825-911221]", "[CODE <910825]", "[CODE >911221]".
bool ParseCodeGroup(std::string_view group, Role* role, std::string* why, size_t* repairs) {
  // "> 140608": the sign may stand apart from its date.
  std::string joined(group);
  for (size_t i = 0; i + 1 < joined.size(); ++i)
    if ((joined[i] == '<' || joined[i] == '>') && joined[i + 1] == ' ') joined.erase(i + 1, 1);
  group = joined;
  auto f = SplitWhitespace(group);
  if (f.empty()) {
    *why = "empty code";
    return false;
  }
  role->code = AsciiUppered(f[0]);
  for (char c : role->code)
    if (!IsAsciiUpper(c) && !IsAsciiDigit(c) && c != '-' && c != '/' && c != '+') {
      *why = "bad code '" + std::string(f[0]) + "'";
      return false;
    }
  role->dated = false;
  if (f.size() == 1) return true;
  // The date restriction, with any spaces inside it ("19950601 - 19990815") removed.
  std::string spec;
  for (size_t k = 1; k < f.size(); ++k) spec += std::string(f[k]);
  std::string_view d = spec;
  role->dated = true;
  if (d.starts_with("<")) {
    int to;
    if (!ParseLenientDate(d.substr(1), &to, repairs)) {
      *why = "bad date '" + std::string(d) + "'";
      return false;
    }
    role->from = 0;
    role->to = to - 1;
    return true;
  }
  if (d.starts_with(">")) {
    int from;
    if (!ParseLenientDate(d.substr(1), &from, repairs)) {
      *why = "bad date '" + std::string(d) + "'";
      return false;
    }
    role->from = from;
    role->to = 99991231;
    return true;
  }
  size_t dash = d.find('-');
  if (dash == std::string_view::npos) {
    // A lone date: read as "from then on".
    if (ParseLenientDate(d, &role->from, repairs)) {
      role->to = 99991231;
      ++*repairs;
      return true;
    }
  }
  if (dash == std::string_view::npos || !ParseLenientDate(d.substr(0, dash), &role->from, repairs) ||
      !ParseLenientDate(d.substr(dash + 1), &role->to, repairs)) {
    *why = "bad date range '" + std::string(d) + "'";
    return false;
  }
  return true;
}

// Splits "PHRASE [A][B 9101-9201]" into the phrase and its code groups.
void SplitCodes(std::string_view line, std::string_view* phrase, std::vector<std::string_view>* groups) {
  size_t open = line.find('[');
  *phrase = Trim(line.substr(0, open));
  groups->clear();
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      groups->push_back(line.substr(open + 1));
      break;
    }
    groups->push_back(Trim(line.substr(open + 1, close - open - 1)));
    open = line.find('[', close);
  }
}

}  // namespace

void ReadPetrarchActors(std::string_view text, std::string_view file, ActorDictionary* out,
                        std::vector<std::string>* errors, LoadReport* report) {
  int64_t current = -1;
  std::vector<std::string_view> groups;
  size_t line_no = 0, repairs = 0;
  std::vector<std::pair<std::string, size_t>> pending_names;  // names of the current entry
  auto add_codes = [&](const std::vector<std::string_view>& gs, size_t line) {
    for (std::string_view g : gs) {
      Role r;
      std::string why;
      if (!ParseCodeGroup(g, &r, &why, &repairs)) {
        errors->push_back(Origin(file, line) + ": " + why);
        continue;
      }
      Actor& a = out->mutable_actor(uint32_t(current));
      if (a.code.empty()) a.code = r.code;
      a.roles.push_back(std::move(r));
    }
  };
  auto finish = [&] {
    if (current < 0) return;
    Actor& a = out->mutable_actor(uint32_t(current));
    if (a.roles.empty()) {
      errors->push_back(a.origin + ": actor '" + a.name + "' has no code");
      pending_names.clear();
      return;
    }
    // Undated codes only: a fixed code. Dated roles: a person whose code depends on the date.
    bool dated = std::any_of(a.roles.begin(), a.roles.end(), [](const Role& r) { return r.dated; });
    if (dated) {
      // States change codes too ("[USRBLR <910825] [BLR >911221]"): a bare
      // three-letter code among the roles marks a state, not a person.
      bool state = std::any_of(a.roles.begin(), a.roles.end(), [](const Role& r) { return r.code.size() == 3; });
      a.kind = state ? ActorKind::kCountry : ActorKind::kPerson;
    } else {
      a.code = a.roles.front().code;
      a.roles.clear();
      a.kind = a.code.size() == 3 ? ActorKind::kCountry : ActorKind::kOrganization;
    }
    for (auto& [phrase, line] : pending_names) {
      bool stem;
      std::vector<std::string> words = PhraseWords(phrase, &stem);
      if (words.empty()) {
        errors->push_back(Origin(file, line) + ": empty phrase");
        continue;
      }
      out->AddName(uint32_t(current), a.kind, words, stem, true);
      ++report->names;
    }
    pending_names.clear();
  };
  for (std::string_view raw : Split(text, '\n', false)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    std::string_view t = Trim(line);
    if (t.empty() || IsMarkupLine(t)) continue;
    bool indented = line[0] == ' ' || line[0] == '\t';
    std::string_view phrase;
    SplitCodes(t, &phrase, &groups);
    if (t[0] == '[' || (indented && phrase.empty())) {
      if (current < 0) {
        errors->push_back(Origin(file, line_no) + ": code line before any actor");
        continue;
      }
      add_codes(groups, line_no);
      continue;
    }
    bool synonym = t[0] == '+';
    if (synonym) phrase = Trim(phrase.substr(1));
    // Phrases written one after another before their codes all share them.
    bool awaiting_codes = current >= 0 && out->actors()[current].roles.empty();
    if (synonym || awaiting_codes) {
      if (current < 0) {
        errors->push_back(Origin(file, line_no) + ": synonym before any actor");
        continue;
      }
      pending_names.emplace_back(std::string(phrase), line_no);
      add_codes(groups, line_no);
      continue;
    }
    finish();
    Actor a;
    a.kind = ActorKind::kOrganization;
    std::string name(phrase);
    std::replace(name.begin(), name.end(), '_', ' ');
    a.name = std::string(Trim(name));
    a.origin = Origin(file, line_no);
    current = out->AddActor(std::move(a));
    ++report->entries;
    pending_names.emplace_back(std::string(phrase), line_no);
    add_codes(groups, line_no);
  }
  finish();
  if (repairs) {
    report->notes.push_back(std::to_string(repairs) +
                            " malformed date restriction(s) read leniently (7- or 9-digit dates, a lone date as 'from')");
  }
}

void ReadPetrarchAgents(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                        AgentDictionary* out, std::vector<std::string>* errors, LoadReport* report) {
  std::map<std::string, std::vector<std::string>> sets;
  size_t line_no = 0;
  size_t no_code = 0;
  for (std::string_view raw : Split(text, '\n', false)) {
    ++line_no;
    std::string_view t = Trim(StripComment(raw));
    if (t.empty() || IsMarkupLine(t)) continue;
    std::string origin = Origin(file, line_no);
    size_t bang = t[0] == '!' ? t.find('!', 1) : t.npos;
    if (bang != t.npos && Trim(t.substr(bang + 1)).starts_with("=")) {
      size_t eq = t.find('=', bang);
      std::vector<std::string>& members = sets[std::string(t.substr(0, bang + 1))];
      for (std::string_view m : Split(t.substr(eq + 1), ',')) {
        if (m.find('!') != std::string_view::npos) {
          errors->push_back(origin + ": a substitution set cannot contain another ('" + std::string(m) + "')");
          continue;
        }
        if (!m.empty()) members.push_back(std::string(m));
      }
      continue;
    }
    size_t open = t.find('[');
    if (open == t.npos) {
      ++no_code;  // PETRARCH skips agent lines without a code too
      continue;
    }
    size_t close = t.find(']', open);
    std::string code(Trim(t.substr(open + 1, close == t.npos ? t.npos : close - open - 1)));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    Agent agent;
    agent.origin = origin;
    if (code.starts_with("~")) {
      agent.code = AsciiUppered(code.substr(1));
    } else if (code.ends_with("~")) {
      agent.code = AsciiUppered(code.substr(0, code.size() - 1));
      agent.prefix = true;
    } else {
      errors->push_back(origin + ": agent code must be [~CODE] or [CODE~]");
      continue;
    }
    std::string_view head = Trim(t.substr(0, open));
    std::vector<std::string> phrases;
    std::string_view plurals;
    if (size_t brace = head.find('{'); brace != head.npos) {
      size_t end = head.find('}', brace);
      plurals = head.substr(brace + 1, end == head.npos ? head.npos : end - brace - 1);
      head = Trim(head.substr(0, brace));
    }
    phrases.emplace_back(head);
    for (std::string_view p : SplitWhitespace(plurals)) phrases.emplace_back(p);
    // Substitution sets: "CATTLE!PERSON!" -> CATTLEMAN, CATTLEMEN, ...
    for (size_t i = 0; i < phrases.size(); ++i) {
      size_t a = phrases[i].find('!');
      if (a == std::string::npos) continue;
      size_t b = phrases[i].find('!', a + 1);
      if (b == std::string::npos) continue;
      auto it = sets.find(phrases[i].substr(a, b - a + 1));
      if (it == sets.end()) {
        errors->push_back(origin + ": unknown substitution set " + phrases[i].substr(a, b - a + 1));
        phrases.erase(phrases.begin() + long(i));
        --i;
        continue;
      }
      std::string base = phrases[i];
      phrases.erase(phrases.begin() + long(i));
      for (const std::string& m : it->second)
        phrases.push_back(base.substr(0, a) + m + base.substr(b + 1));
      --i;
    }
    for (const std::string& p : phrases) {
      std::string spaced(p);
      std::replace(spaced.begin(), spaced.end(), '_', ' ');
      std::vector<std::string> words = NounWords(spaced, lexicon);
      if (words.empty()) continue;
      Agent copy = agent;
      copy.text = std::string(Trim(spaced));
      out->Add(std::move(copy), words);
      ++report->entries;
    }
  }
  if (no_code) {
    report->ignored += no_code;
    report->notes.push_back(std::to_string(no_code) + " line(s) without a code, skipped as PETRARCH does");
  }
}

void ReadPetrarchDiscards(std::string_view text, std::string_view file, PhraseIndex* sentence_level,
                          PhraseIndex* story_level, std::vector<std::string>* errors, LoadReport* report) {
  size_t line_no = 0;
  for (std::string_view raw : Split(text, '\n', false)) {
    ++line_no;
    std::string_view t = Trim(StripComment(raw));
    if (t.empty() || IsMarkupLine(t)) continue;
    bool story = t[0] == '+';
    if (story) t = Trim(t.substr(1));
    std::string spaced(t);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::vector<std::string> words = NameWords(spaced);
    if (words.empty()) {
      errors->push_back(Origin(file, line_no) + ": empty discard phrase");
      continue;
    }
    (story ? story_level : sentence_level)->Insert(words, false, uint32_t(line_no));
    ++report->entries;
  }
}

}  // namespace tocsin::dict
