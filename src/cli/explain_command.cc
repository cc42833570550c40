// tocsin explain: shows, for one text, the analysis and every step of the
// coding: dictionary names and agents found, the actors of each phrase, the
// pattern each verb matched, and the events.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "builtin/dictionary_files.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "io/input.h"
#include "pipeline/pipeline.h"

namespace tocsin::cli {
namespace {

struct ExplainOptions {
  std::vector<std::string> words;
  std::string date;
  DictionaryOptions dictionaries;
};

// Why `tocsin code` would leave an event out, or "" when it prints it.
const char* NotPrintedNote(const dict::Ontology& ontology, const coder::Event& e) {
  using pipeline::EventFilter;
  if (EventFilter(ontology, {}).Keeps(e)) return "";
  if (EventFilter(ontology, {.all_modalities = true}).Keeps(e)) return "  [not printed without --all-modalities]";
  if (EventFilter(ontology, {.undirected = true}).Keeps(e)) return "  [no target: not printed without --undirected]";
  return "  [not printed without --all-modalities --undirected]";
}

}  // namespace

Runner AddExplainCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "Show how a text is analysed and coded, step by step");
  auto o = std::make_shared<ExplainOptions>();
  cmd->add_option("text", o->words, "The text (quote it), or - to read standard input")->required();
  cmd->add_option("--date", o->date, "Document date (YYYY-MM-DD); people's roles depend on it");
  AddDictionaryOptions(cmd, &o->dictionaries);
  return [o] {
    std::string text;
    for (const auto& w : o->words) text += (text.empty() ? "" : " ") + w;
    if (text == "-") {
      char buf[4096];
      text.clear();
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
    }
    std::string date;
    if (!o->date.empty() && !io::NormalizeDate(o->date, &date)) {
      std::fprintf(stderr, "tocsin: --date %s is not a date (want YYYY-MM-DD)\n", o->date.c_str());
      return 2;
    }
    std::vector<std::string> loaded;
    auto dictionaries = LoadDictionaries(o->dictionaries, &loaded);
    if (!dictionaries.ok()) {
      std::fprintf(stderr, "tocsin: cannot use the dictionaries:\n%s\n", dictionaries.status().message().c_str());
      return 2;
    }
    for (const auto& l : loaded) std::printf("dictionary %s\n", l.c_str());
    // Everything the coder finds, each event marked with whether `code` prints it.
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries->get()), pipeline::PrintOptions::All());
    pipeline::Workspace ws;
    std::vector<std::string> trace;
    ws.coder.trace = &trace;
    Status s = pipe.Run({"explain", date, text}, &ws);
    if (!s.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", s.message().c_str());
      return 1;
    }
    const syntax::AnalyzedDocument& analyzed = ws.analyzed;
    const text::Document& doc = analyzed.doc;
    for (const auto& strip : doc.stripped)
      std::printf("removed line (%s): %s\n", strip.reason,
                  doc.text.substr(strip.bytes.begin, strip.bytes.size()).c_str());
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const text::Sentence& sentence = doc.sentences[i];
      const syntax::Analysis& a = analyzed.sentences[i];
      std::printf("\nsentence %zu%s: %s\n  tagged:", i, sentence.headline ? " (headline)" : "",
                  std::string(doc.SentenceText(sentence)).c_str());
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t)
        std::printf(" %s/%s", std::string(doc.TokenText(doc.tokens[t])).c_str(),
                    std::string(lex::TagName(lex::Tag(doc.tokens[t].tag))).c_str());
      std::printf("\n");
      for (const syntax::VerbGroup& vg : a.vgs) {
        auto np = [&](int32_t p) { return p < 0 ? std::string("-") : "'" + std::string(syntax::NounPhraseText(doc, a, p)) + "'"; };
        syntax::Modality m = vg.conditional ? syntax::Modality::kHypothetical : vg.modality;
        std::printf("  verb %s: subject %s, object %s%s%s, %s%s, %s%s\n",
                    std::string(doc.tokens[vg.main].lemma).c_str(), np(vg.subject).c_str(), np(vg.object).c_str(),
                    vg.agent >= 0 ? (", by " + np(vg.agent)).c_str() : "",
                    vg.speaker >= 0 ? (", said by " + np(vg.speaker)).c_str() : "",
                    vg.voice == syntax::Voice::kPassive ? "passive" : "active", vg.negated ? ", negated" : "",
                    std::string(syntax::ModalityName(m)).c_str(),
                    vg.governor >= 0 ? (", governed by " + std::string(doc.tokens[a.vgs[vg.governor].main].lemma)).c_str() : "");
      }
    }
    const std::vector<coder::Event>& events = ws.events;
    std::printf("\ncoding:\n");
    for (const auto& line : trace) std::printf("%s\n", line.c_str());
    std::printf("\nevents:\n");
    for (const coder::Event& e : events) {
      std::printf("  sentence %u: %s -> %s  %s (%s)%s\n    verb '%s', pattern '%s' (%s)%s%s\n", e.sentence_index,
                  e.has_source ? e.source.code.c_str() : "-", e.has_target ? e.target.code.c_str() : "-",
                  e.cameo.c_str(), std::string(coder::EventModalityName(e.modality)).c_str(),
                  NotPrintedNote(pipe.knowledge().ontology, e), std::string(e.verb).c_str(),
                  std::string(e.pattern).c_str(), std::string(e.pattern_origin).c_str(),
                  e.note.empty() ? "" : "\n    note: ",
                  e.note.c_str());
      for (const auto& ev : e.source.evidence) std::printf("    source: %s\n", ev.Text(doc).c_str());
      for (const auto& ev : e.target.evidence) std::printf("    target: %s\n", ev.Text(doc).c_str());
    }
    if (events.empty()) std::printf("  (none)\n");
    return 0;
  };
}

}  // namespace tocsin::cli
