#include "builtin/dictionary_files.h"

#include <algorithm>

#include "base/file.h"
#include "base/strings.h"
#include "builtin/builtin.h"
#include "dict/petrarch.h"

namespace tocsin {
namespace {

bool IsEventCode(std::string_view code) { return BuiltinOntology().IsEventCode(code); }

// The first line that is not blank or a comment.
std::string_view FirstContentLine(std::string_view text) {
  for (std::string_view line : Split(text, '\n', false)) {
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#' || t.starts_with("<!--")) continue;
    return t;
  }
  return {};
}

bool OwnActorFormat(std::string_view text) {
  std::string_view first = FirstContentLine(text);
  return first.starts_with("country ") || first.starts_with("person ") || first.starts_with("org ") ||
         first.starts_with("group ");
}

bool OwnVerbFormat(std::string_view text) {
  std::string_view first = FirstContentLine(text);
  return first.starts_with("set ") || (!first.empty() && IsAsciiDigit(first[0]));
}

bool OwnAgentFormat(std::string_view text) {
  std::string_view first = FirstContentLine(text);
  return !first.empty() && first.find('[') == std::string_view::npos && first[0] != '!';
}

std::string Describe(const std::string& path, const dict::LoadReport& r, const char* what, const char* names) {
  std::string s = path + ": " + std::to_string(r.entries) + " " + what;
  if (r.names) s += ", " + std::to_string(r.names) + " " + names;
  for (const std::string& note : r.notes) s += "; " + note;
  return s;
}

// "+PATH" adds to the built-in dictionary of its kind; "PATH" replaces it.
bool Adds(const std::string& path) { return path.starts_with("+"); }
std::string PathOf(const std::string& path) { return Adds(path) ? path.substr(1) : path; }

}  // namespace

Result<std::shared_ptr<const dict::Dictionaries>> LoadDictionaries(const DictionaryFiles& o,
                                                                   std::vector<std::string>* summary) {
  const dict::Dictionaries& builtin = BuiltinDictionaries();
  if (!o.any())
    return std::shared_ptr<const dict::Dictionaries>(std::shared_ptr<const dict::Dictionaries>(), &builtin);
  auto d = std::make_shared<dict::Dictionaries>();
  std::vector<std::string> errors;
  const lex::Lexicon& lexicon = BuiltinLexicon();
  auto read = [&](const std::string& path) -> std::string {
    auto data = ReadFile(path);
    if (!data.ok()) {
      errors.push_back(data.status().message());
      return {};
    }
    return std::move(data).value();
  };
  // With no file of a kind, or only files to add ("+PATH"), start from the built-in ones.
  if (std::all_of(o.actors.begin(), o.actors.end(), Adds)) d->actors = builtin.actors;
  for (const std::string& given : o.actors) {
    std::string path = PathOf(given), text = read(path);
    dict::LoadReport r;
    size_t before = d->actors.actors().size();
    if (OwnActorFormat(text)) {
      dict::ReadActors(text, path, &d->actors, &errors);
      r.entries = d->actors.actors().size() - before;
    } else {
      dict::ReadPetrarchActors(text, path, &d->actors, &errors, &r);
    }
    summary->push_back(Describe(path, r, "actors", "names"));
  }
  if (o.agents.empty() || Adds(o.agents)) d->agents = builtin.agents;
  if (!o.agents.empty()) {
    std::string path = PathOf(o.agents), text = read(path);
    dict::LoadReport r;
    size_t before = d->agents.agents().size();
    if (OwnAgentFormat(text)) {
      dict::ReadAgents(text, path, lexicon, &d->agents, &errors);
      r.entries = d->agents.agents().size() - before;
    } else {
      dict::ReadPetrarchAgents(text, path, lexicon, &d->agents, &errors, &r);
    }
    summary->push_back(Describe(path, r, "agent words", ""));
  }
  if (o.verbs.empty() || Adds(o.verbs)) d->verbs = builtin.verbs;
  if (!o.verbs.empty()) {
    std::string path = PathOf(o.verbs), text = read(path);
    dict::LoadReport r;
    size_t before = d->verbs.patterns().size();
    if (OwnVerbFormat(text)) {
      dict::ReadVerbPatterns(text, path, lexicon, IsEventCode, &d->verbs, &errors);
      r.entries = d->verbs.patterns().size() - before;
    } else {
      dict::ReadPetrarchVerbs(text, path, lexicon, IsEventCode, &d->verbs, &errors, &r);
    }
    summary->push_back(Describe(path, r, "patterns", "verbs"));
  }
  if (o.discards.empty() || Adds(o.discards)) {
    d->sentence_discards = builtin.sentence_discards;
    d->story_discards = builtin.story_discards;
  }
  if (!o.discards.empty()) {
    std::string path = PathOf(o.discards), text = read(path);
    dict::LoadReport r;
    dict::ReadPetrarchDiscards(text, path, &d->sentence_discards, &d->story_discards, &errors, &r);
    summary->push_back(Describe(path, r, "discard phrases", ""));
  }
  d->country_codes = builtin.country_codes;
  if (!errors.empty()) {
    std::string all;
    for (const std::string& e : errors) all += (all.empty() ? "" : "\n") + e;
    return Status::Error(all);
  }
  return std::shared_ptr<const dict::Dictionaries>(std::move(d));
}

}  // namespace tocsin
