#include "coder/coder.h"

#include <algorithm>

#include "coder/sentence_coder.h"
#include "dict/words.h"

namespace tocsin::coder {

namespace {

// Counts the countries the sentence's place, capital and country mentions name.
void CountStoryCountries(const dict::Dictionaries& dict, const ActorResolver& resolver, CountryCounts* counts) {
  for (const Mention& m : resolver.mentions()) {
    if (m.name < 0) continue;
    const dict::ActorName& name = dict.actors.names()[m.name];
    if (name.kind != dict::ActorKind::kPlace && name.kind != dict::ActorKind::kCapital &&
        name.kind != dict::ActorKind::kCountry)
      continue;
    std::string country = std::string(dict.actors.actors()[name.actor].code).substr(0, 3);
    auto it = std::find_if(counts->begin(), counts->end(), [&](const auto& c) { return c.first == country; });
    if (it == counts->end()) counts->emplace_back(std::move(country), 1);
    else ++it->second;
  }
}

// Whether a story-level discard phrase occurs anywhere in the document.
bool StoryDiscarded(const dict::Dictionaries& dict, const text::Document& doc) {
  if (!dict.story_discards.phrases()) return false;
  std::vector<std::string_view> words;
  std::vector<uint64_t> hashes;
  for (const text::Token& t : doc.tokens) {
    words.push_back(doc.TokenLower(t));
    hashes.push_back(dict::WordHash(words.back()));
  }
  dict::PhraseIndex::Match m;
  for (size_t i = 0; i < words.size(); ++i)
    if (dict.story_discards.LongestMatch(&words[i], &hashes[i], words.size() - i, &m)) return true;
  return false;
}

}  // namespace

void Coder::Code(const syntax::AnalyzedDocument& analyzed, std::vector<Event>* out, CoderScratch* scratch) const {
  const text::Document& doc = analyzed.doc;
  ActorResolver resolver(dict_, ontology_, words_, DateNumber(doc.date));
  scratch->memory.Clear();
  scratch->last_violence = {};
  scratch->story_countries.clear();
  // A story-level discard phrase anywhere silences the whole document.
  if (StoryDiscarded(dict_, doc)) return;
  std::string dateline_country = resolver.DatelineCountry(doc);
  const size_t story_begin = out->size();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const syntax::Analysis& a = analyzed.sentences[si];
    resolver.FindMentions(doc, doc.sentences[si]);
    resolver.ResolveSentence(doc, si, a, &scratch->memory);
    CountStoryCountries(dict_, resolver, &scratch->story_countries);
    if (resolver.discarded()) continue;
    if (scratch->trace)
      scratch->trace->push_back("sentence " + std::to_string(si) + ": " + std::string(doc.SentenceText(doc.sentences[si])));
    const SentenceContext context{dict_,     ontology_, words_,        doc,
                                  si,        a,         resolver,      dateline_country,
                                  scratch->story_countries, *out,  story_begin};
    SentenceState state{out, &scratch->last_violence, std::vector<bool>(a.nps.size()),
                        std::vector<bool>(a.vgs.size()), scratch->trace};
    CodeSentence(context, &state);
  }
}

}  // namespace tocsin::coder
