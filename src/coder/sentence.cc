#include "coder/sentence.h"

#include <algorithm>

namespace tocsin::coder {

EventModality SentenceContext::ModalityOf(int32_t v) const {
  const syntax::VerbGroup& vg = a.vgs[v];
  if (vg.negated) return EventModality::kNegated;
  if (vg.conditional || vg.modality == syntax::Modality::kPossible ||
      vg.modality == syntax::Modality::kHypothetical)
    return EventModality::kHypothetical;
  if (vg.modality == syntax::Modality::kIntended) return EventModality::kIntended;
  if (vg.reported) return EventModality::kReported;
  return EventModality::kAsserted;
}

const std::vector<CodedActor>& SentenceContext::ParticipleAgent(int32_t np) const {
  for (const syntax::VerbGroup& vg : a.vgs)
    if (np >= 0 && vg.participle && vg.subject == np && vg.agent >= 0 && !Actors(vg.agent).empty())
      return Actors(vg.agent);
  return Actors(-1);
}

void Draft::AddNote(std::string_view more) {
  if (!note.empty()) note += "; ";
  note += more;
}

bool AllGeneric(const std::vector<CodedActor>& actors) {
  for (const CodedActor& a : actors)
    if (!a.code.starts_with("---")) return false;
  return true;
}

bool IsOwn(const CodedActor& t, const std::vector<CodedActor>& sources) {
  for (const CodedActor& s : sources)
    if (t.code == s.code || (!t.country.empty() && t.country == s.country && t.code.size() == 3)) return true;
  return false;
}

bool OwnForces(const SentenceContext& s, const std::vector<CodedActor>& objects,
               const std::vector<CodedActor>& sources) {
  if (sources.empty()) return false;
  return std::all_of(objects.begin(), objects.end(), [&](const CodedActor& o) {
    // A dismissed minister is a target; "troops" with no country, under the
    // source's orders, are its own.
    return s.SectorIs(o.sector, dict::kForce) &&
           (o.country.empty() || std::any_of(sources.begin(), sources.end(), [&](const CodedActor& src) {
              return src.country == o.country;
            }));
  });
}

bool AllPeople(const SentenceContext& s, const std::vector<CodedActor>& actors) {
  return std::all_of(actors.begin(), actors.end(), [&](const CodedActor& a) {
    return !a.sector.empty() && !s.SectorIs(a.sector, dict::kInstitution);
  });
}

CodedActor OwnCountry(const SentenceContext& s, const CodedActor& source, std::string_view sector,
                      Evidence evidence) {
  CodedActor own;
  own.code = source.country + std::string(sector);
  own.text_begin = source.text_begin;
  own.text_end = source.text_end;
  own.token_begin = source.token_begin;
  own.token_end = source.token_end;
  own.evidence.push_back(evidence);
  DescribeCode(s.dict, &own);
  return own;
}

}  // namespace tocsin::coder
