#include "builtin/builtin.h"

#include <cstdio>
#include <cstdlib>

#include "builtin/embedded.h"
#include "dict/petrarch.h"

#include <string>
#include <vector>

namespace tocsin {
namespace {

[[noreturn]] void Die(const char* what, const std::string& why) {
  std::fprintf(stderr, "tocsin: built-in %s is unusable: %s\n", what, why.c_str());
  std::abort();
}

std::string_view Blob(const char* name) {
  auto blob = EmbeddedFile(name);
  if (!blob) Die(name, "not embedded");
  return *blob;
}

template <typename T>
T ValueOrDie(Result<T> r, const char* what) {
  if (!r.ok()) Die(what, r.status().message());
  return std::move(r).value();
}

}  // namespace

const lex::Lexicon& BuiltinLexicon() {
  static const lex::Lexicon lexicon = ValueOrDie(lex::Lexicon::FromBlob(Blob("lexicon.bin")), "lexicon");
  return lexicon;
}

const lex::Tagger& BuiltinTagger() {
  static const lex::Tagger tagger =
      ValueOrDie(lex::Tagger::FromBlob(Blob("tagger.bin"), BuiltinLexicon()), "tagger model");
  return tagger;
}

const geo::Gazetteer& BuiltinGazetteer() {
  static const geo::Gazetteer gazetteer = ValueOrDie(geo::Gazetteer::FromBlob(Blob("gazetteer.bin")), "gazetteer");
  return gazetteer;
}

const dict::Ontology& BuiltinOntology() {
  static const dict::Ontology ontology =
      ValueOrDie(dict::Ontology::Parse(Blob("ontology/cameo_events.tsv"), Blob("ontology/cameo_plover.tsv"),
                                       Blob("ontology/actor_types.tsv")),
                 "ontology");
  return ontology;
}

const lex::WordClasses& BuiltinWordClasses() {
  static const lex::WordClasses words = ValueOrDie(
      lex::WordClasses::Parse(Blob("lexicon/word-classes.txt"), "data/lexicon/word-classes.txt"), "word classes");
  return words;
}

const coder::ConfidenceTable& BuiltinConfidence() {
  static const coder::ConfidenceTable table = ValueOrDie(
      coder::ConfidenceTable::Parse(Blob("model/confidence.tsv"), "data/model/confidence.tsv"), "confidence table");
  return table;
}

namespace {
bool IsBuiltinEventCode(std::string_view code) { return BuiltinOntology().IsEventCode(code); }
}  // namespace

dict::Dictionaries LoadBuiltinDictionaries(std::vector<std::string>* errors) {
  dict::Dictionaries d;
  for (std::string_view name : EmbeddedFileNames("dict/")) {
    std::string_view text = *EmbeddedFile(name);
    std::string file = "data/" + std::string(name);
    if (name.ends_with(".actors")) {
      size_t actors = d.actors.actors().size();
      dict::ReadActors(text, file, &d.actors, errors);
      d.summary.push_back(file + ": " + std::to_string(d.actors.actors().size() - actors) + " actors");
    } else if (name == "dict/agents.txt") {
      size_t agents = d.agents.agents().size();
      dict::ReadAgents(text, file, BuiltinLexicon(), &d.agents, errors);
      d.summary.push_back(file + ": " + std::to_string(d.agents.agents().size() - agents) + " agent words");
    } else if (name == "dict/discards.txt") {
      dict::LoadReport r;
      dict::ReadPetrarchDiscards(text, file, &d.sentence_discards, &d.story_discards, errors, &r);
      d.summary.push_back(file + ": " + std::to_string(r.entries) + " discard phrases");
    } else if (name == "dict/verbs.txt") {
      size_t patterns = d.verbs.patterns().size();
      dict::ReadVerbPatterns(text, file, BuiltinLexicon(), IsBuiltinEventCode, &d.verbs, errors);
      d.summary.push_back(file + ": " + std::to_string(d.verbs.patterns().size() - patterns) + " patterns");
    }
  }
  for (const dict::Actor& a : d.actors.actors())
    if (a.kind == dict::ActorKind::kCountry) d.country_codes.insert(a.code.substr(0, 3));
  return d;
}

const dict::Dictionaries& BuiltinDictionaries() {
  static const dict::Dictionaries dictionaries = [] {
    std::vector<std::string> errors;
    dict::Dictionaries d = LoadBuiltinDictionaries(&errors);
    if (!errors.empty()) {
      std::string all;
      for (const auto& e : errors) all += "\n  " + e;
      Die("dictionaries", std::to_string(errors.size()) + " problem(s):" + all);
    }
    return d;
  }();
  return dictionaries;
}

}  // namespace tocsin
