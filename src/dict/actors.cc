#include "dict/actors.h"

#include <cstdlib>

#include "base/strings.h"
#include "dict/words.h"

namespace tocsin::dict {

std::string_view ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kAdjective: return "adjective";
    case ActorKind::kCapital: return "capital";
    case ActorKind::kPlace: return "place";
    case ActorKind::kMetonym: return "metonym";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "org";
    case ActorKind::kGroup: return "group";
  }
  return "?";
}

std::string_view Actor::CodeOn(int date) const {
  if (roles.empty()) return code;
  const Role* undated = nullptr;
  const Role* nearest = nullptr;
  int best_gap = 0x7fffffff;
  for (const Role& r : roles) {
    if (!r.dated) {
      if (!undated) undated = &r;
      continue;
    }
    if (date >= r.from && date <= r.to) return r.code;
    int gap = date < r.from ? r.from - date : date - r.to;
    if (gap < best_gap) {
      best_gap = gap;
      nearest = &r;
    }
  }
  if (undated) return undated->code;
  return nearest ? std::string_view(nearest->code) : std::string_view(code);
}

uint32_t ActorDictionary::AddActor(Actor actor) {
  actors_.push_back(std::move(actor));
  return uint32_t(actors_.size() - 1);
}

void ActorDictionary::AddName(uint32_t actor, ActorKind kind, const std::vector<std::string>& words, bool stem,
                              bool needs_capital) {
  if (words.empty()) return;
  uint32_t id = uint32_t(names_.size());
  names_.push_back({actor, kind, needs_capital});
  index_.Insert(words, stem, id);
}

bool ParseRoleDates(std::string_view range, Role* role) {
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) return false;
  std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
  role->dated = true;
  role->from = 0;
  role->to = 99991231;
  if (!from.empty() && !ParseDictDate(from, false, &role->from)) return false;
  if (!to.empty() && !ParseDictDate(to, true, &role->to)) return false;
  return role->from <= role->to;
}

namespace {

bool IsCode(std::string_view s) {
  if (s.size() < 3) return false;
  for (char c : s)
    if (!IsAsciiUpper(c) && !IsAsciiDigit(c) && c != '-') return false;
  return true;
}

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  return line;
}

class OwnActorReader {
 public:
  OwnActorReader(std::string_view file, ActorDictionary* out, std::vector<std::string>* errors)
      : file_(file), out_(out), errors_(errors) {}

  void Read(std::string_view text) {
    size_t line_no = 0;
    struct Finish {
      OwnActorReader* r;
      ~Finish() { r->CheckEntry(); }
    } finish{this};
    for (std::string_view raw : Split(text, '\n', false)) {
      ++line_no;
      line_ = line_no;
      std::string_view line = StripComment(raw);
      if (Trim(line).empty()) continue;
      bool indented = line[0] == ' ' || line[0] == '\t';
      if (!indented) {
        Header(Trim(line));
      } else if (current_ == kNone) {
        Error("attribute line outside an entry");
      } else if (current_ != kSkip) {
        Attribute(Trim(line));
      }
    }
  }

 private:
  static constexpr uint32_t kNone = 0xffffffff, kSkip = 0xfffffffe;

  void Error(const std::string& reason) {
    errors_->push_back(std::string(file_) + ":" + std::to_string(line_) + ": " + reason);
  }

  void Name(ActorKind kind, std::string_view text) {
    std::vector<std::string> words = NameWords(text);
    if (words.empty()) {
      Error("empty name");
      return;
    }
    out_->AddName(current_, kind, words, false, HasUpperCase(text));
  }

  // A person without a role cannot be coded: say so at the entry's line.
  void CheckEntry() {
    if (current_ == kNone || current_ == kSkip) return;
    const Actor& a = out_->actors()[current_];
    if (a.kind == ActorKind::kPerson && a.roles.empty())
      errors_->push_back(a.origin + ": person '" + a.name + "' has no role");
  }

  void Header(std::string_view line) {
    CheckEntry();
    auto fields = SplitWhitespace(line);
    std::string_view kind = fields[0];
    Actor a;
    a.origin = std::string(file_) + ":" + std::to_string(line_);
    size_t name_start;
    if (kind == "person") {
      a.kind = ActorKind::kPerson;
      name_start = 1;
    } else {
      if (kind == "country") a.kind = ActorKind::kCountry;
      else if (kind == "org") a.kind = ActorKind::kOrganization;
      else if (kind == "group") a.kind = ActorKind::kGroup;
      else {
        Error("unknown entry kind '" + std::string(kind) + "' (want country, person, org or group)");
        current_ = kSkip;
        return;
      }
      if (fields.size() < 2 || !IsCode(fields[1])) {
        Error("'" + std::string(kind) + "' needs a CAMEO code after it");
        current_ = kSkip;
        return;
      }
      a.code = std::string(fields[1]);
      name_start = 2;
    }
    if (fields.size() <= name_start) {
      Error("entry without a name");
      current_ = kSkip;
      return;
    }
    size_t offset = size_t(fields[name_start].data() - line.data());
    a.name = std::string(Trim(line.substr(offset)));
    ActorKind name_kind = a.kind;
    std::string name = a.name;
    current_ = out_->AddActor(std::move(a));
    Name(name_kind, name);
  }

  void Attribute(std::string_view line) {
    size_t space = 0;
    while (space < line.size() && !IsAsciiSpace(line[space])) ++space;
    std::string_view key = line.substr(0, space);
    std::string_view value = Trim(line.substr(space));
    if (!key.empty() && key.back() == ':') key.remove_suffix(1);
    Actor& a = out_->mutable_actor(current_);
    if (value.empty()) {
      Error("'" + std::string(key) + "' without a value");
      return;
    }
    auto items = Split(value, ';');
    auto each = [&](ActorKind kind) {
      for (std::string_view item : items)
        if (!item.empty()) Name(kind, item);
    };
    bool person = a.kind == ActorKind::kPerson;
    bool country = a.kind == ActorKind::kCountry;
    if (key == "name" && !person) return each(a.kind);
    if (key == "alias" && person) return each(ActorKind::kPerson);
    if (country && key == "adjective") return each(ActorKind::kAdjective);
    if (country && key == "capital") return each(ActorKind::kCapital);
    if (country && (key == "city" || key == "region")) return each(ActorKind::kPlace);
    if (country && key == "metonym") {
      uint32_t country_index = current_;
      for (std::string_view item : items) {
        if (item.empty()) continue;
        size_t eq = item.find('=');
        std::string_view code = eq == item.npos ? std::string_view() : Trim(item.substr(eq + 1));
        if (eq == item.npos || !IsCode(code)) {
          Error("metonym needs 'TEXT = CODE': '" + std::string(item) + "'");
          continue;
        }
        Actor m;
        m.kind = ActorKind::kMetonym;
        m.code = std::string(code);
        m.name = std::string(Trim(item.substr(0, eq)));
        m.origin = std::string(file_) + ":" + std::to_string(line_);
        std::string text = m.name;
        current_ = out_->AddActor(std::move(m));
        Name(ActorKind::kMetonym, text);
        current_ = country_index;
      }
      return;
    }
    if (person && key == "role") {
      auto f = SplitWhitespace(value);
      Role r;
      if (f.empty() || !IsCode(f[0])) {
        Error("role needs a CAMEO code");
        return;
      }
      r.code = std::string(f[0]);
      if (f.size() >= 2 && !ParseRoleDates(f[1], &r)) {
        Error("bad role dates '" + std::string(f[1]) + "' (want FROM..TO as YYYY[-MM[-DD]])");
        return;
      }
      if (f.size() > 2) {
        Error("unexpected text after role dates");
        return;
      }
      if (a.code.empty()) a.code = r.code;
      a.roles.push_back(std::move(r));
      return;
    }
    if (person && key == "gender") {
      if (value == "m" || value == "f") a.gender = value[0];
      else Error("gender must be m or f");
      return;
    }
    if (person && key == "title") {
      for (std::string_view item : items)
        if (!item.empty()) a.titles.push_back(AsciiLowered(item));
      return;
    }
    Error("unknown key '" + std::string(key) + "' for a " + std::string(ActorKindName(a.kind)) + " entry");
  }

  std::string_view file_;
  ActorDictionary* out_;
  std::vector<std::string>* errors_;
  uint32_t current_ = kNone;
  size_t line_ = 0;
};

}  // namespace

void ReadActors(std::string_view text, std::string_view file, ActorDictionary* out, std::vector<std::string>* errors) {
  OwnActorReader(file, out, errors).Read(text);
}

}  // namespace tocsin::dict
