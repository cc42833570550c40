#include "coder/sentence_coder.h"

#include "coder/emit.h"
#include "coder/governor.h"
#include "coder/patterns.h"

namespace tocsin::coder {

using lex::WordClass;
using syntax::VerbGroup;
using syntax::Voice;

namespace {

// "is ready to sign", "was willing to work with": a stated readiness is an intent.
bool IsReadiness(const SentenceContext& s, int32_t governor) {
  const VerbGroup& g = s.a.vgs[governor];
  std::string_view lemma = s.Lemma(g.main);
  if ((lemma != "be" && lemma != "remain" && lemma != "seem") || g.object < 0) return false;
  return s.Is(WordClass::kReadiness, s.Lemma(s.a.nps[g.object].head));
}

constexpr size_t kNearMisses = 5;  // patterns of an unmatched verb that explain lists

void Trace(const SentenceContext& s, const std::vector<Candidate>& simple,
           const std::vector<Candidate>& with_complement, std::vector<std::string>* trace) {
  const auto& names = s.dict.actors.names();
  for (const Mention& m : s.resolver.mentions()) {
    std::string text(s.Text(m.begin));
    for (uint32_t t = m.begin + 1; t < m.end; ++t) text += " " + std::string(s.Text(t));
    if (m.name >= 0) {
      const dict::Actor& a = s.dict.actors.actors()[names[m.name].actor];
      trace->push_back("  name  '" + text + "' -> " + std::string(dict::ActorKindName(names[m.name].kind)) + " " +
                       a.name + " [" + std::string(a.CodeOn(DateNumber(s.doc.date))) + "] (" + a.origin + ")");
    } else {
      const dict::Agent& ag = s.dict.agents.agents()[m.agent];
      trace->push_back("  agent '" + text + "' -> " + ag.code + " (" + ag.origin + ")");
    }
  }
  for (size_t np = 0; np < s.a.nps.size(); ++np) {
    std::string codes;
    for (const CodedActor& c : s.resolver.ActorsOf(int32_t(np))) codes += (codes.empty() ? "" : ", ") + c.code;
    if (!codes.empty())
      trace->push_back("  phrase '" + std::string(s.Text(s.a.nps[np].begin)) +
                       (s.a.nps[np].end > s.a.nps[np].begin + 1 ? " ...'" : "'") + " -> " + codes);
  }
  for (size_t v = 0; v < s.a.vgs.size(); ++v) {
    std::string line = "  verb '" + std::string(s.Text(s.a.vgs[v].main)) + "' (" + std::string(s.Lemma(s.a.vgs[v].main)) + "): ";
    const Candidate& c = with_complement[v].pattern ? with_complement[v] : simple[v];
    const std::vector<dict::VerbEntry>* entries = s.dict.verbs.ForVerb(s.Lemma(s.a.vgs[v].main));
    if (!c.pattern) line += entries ? "no pattern matches" : "not in the verb dictionary";
    else line += "pattern '" + c.pattern->text + "' (" + c.pattern->origin + ")";
    trace->push_back(line);
    // Near misses: what the verb's patterns ask for, so a dictionary writer sees what was missing.
    if (!c.pattern && entries) {
      size_t shown = 0;
      for (const dict::VerbEntry& e : *entries) {
        const dict::VerbPattern& p = s.dict.verbs.patterns()[e.pattern];
        if (shown++ == kNearMisses) {
          trace->push_back("    ... and " + std::to_string(entries->size() - kNearMisses) + " more");
          break;
        }
        trace->push_back("    near miss: '" + p.text + "' (" + p.origin + ")");
      }
    }
  }
}

}  // namespace

void CodeSentence(const SentenceContext& s, SentenceState* st) {
  const std::vector<VerbGroup>& vgs = s.a.vgs;
  size_t n = vgs.size();
  std::vector<bool> consumed(n, false);
  std::vector<std::string> appeal_content(n);  // per verb group: the code of what an appeal asks for
  std::vector<Candidate> simple(n), with_complement(n);
  for (size_t v = 0; v < n; ++v) MatchVerbPatterns(s, int32_t(v), &simple[v], &with_complement[v]);
  if (st->trace) Trace(s, simple, with_complement, st->trace);
  // a) Patterns that span a verb and its complement ("vow to send weapons").
  for (size_t v = 0; v < n; ++v) {
    const Candidate& c = with_complement[v];
    if (!c.pattern) continue;
    if (simple[v].pattern && simple[v].Score() > c.Score()) continue;
    // "ordered his troops to withdraw" is the orderer's withdrawal (pass b),
    // not a demand that someone withdraw.
    if (GovernorKind(s.words, s.Lemma(vgs[v].main)) == Governor::kCommand && vgs[v].object >= 0 &&
        OwnForces(s, s.Actors(vgs[v].object), s.Actors(vgs[v].subject)))
      continue;
    consumed[v] = true;
    consumed[c.complement_vg] = true;
    if (c.pattern->code != "---") EmitFromCandidate(s, st, int32_t(v), c, c.pattern->code, "", int32_t(v), -1);
  }
  // b) Complements governed by a threat or intention: CAMEO's threat and intent codes.
  for (size_t v = 0; v < n; ++v) {
    const VerbGroup& vg = vgs[v];
    const Candidate& c = simple[v];
    if (consumed[v] || !c.pattern || vg.governor < 0 || consumed[vg.governor]) continue;
    Governor kind = GovernorKind(s.words, s.Lemma(vgs[vg.governor].main));
    if (kind == Governor::kNone && IsReadiness(s, vg.governor)) kind = Governor::kIntent;
    if (kind == Governor::kNone) continue;
    consumed[v] = true;
    if (kind == Governor::kAppeal) {
      // The appeal is the event; its content did not happen but says what was asked.
      if (c.pattern->code != "---") appeal_content[vg.governor] = c.pattern->code;
      continue;
    }
    consumed[vg.governor] = true;
    if (c.pattern->code == "---") continue;
    std::string governor(s.Lemma(vgs[vg.governor].main));
    if (kind == Governor::kCommand) {
      // The one who orders is the source; the one ordered is only the instrument.
      const VerbGroup& order = vgs[vg.governor];
      int32_t commander = order.voice == Voice::kPassive ? order.agent : order.subject;
      EmitFromCandidate(s, st, int32_t(v), c, c.pattern->code, "ordered (governed by '" + governor + "')",
                        vg.governor, commander);
      continue;
    }
    bool threat = kind == Governor::kThreat;
    std::string code = threat ? ThreatCode(s.ontology, c.pattern->code) : IntentCode(s.ontology, c.pattern->code);
    std::string note = std::string(threat ? "threat" : "intention") + " to " + c.pattern->code + " (governed by '" +
                       governor + "')";
    EmitFromCandidate(s, st, int32_t(v), c, code, note, vg.governor, -1);
  }
  // c) Everything else. A verb of saying whose content is reported is not
  // itself an event unless its pattern asks for more than the verb ("said"
  // vs "issued a statement").
  std::vector<bool> reports(n, false);
  for (const VerbGroup& vg : vgs)
    if (vg.reporting >= 0) reports[vg.reporting] = true;
  for (size_t v = 0; v < n; ++v) {
    const Candidate& c = simple[v];
    if (consumed[v] || !c.pattern || c.pattern->code == "---") continue;
    if (reports[v] && c.pattern->specificity == 0 && c.pattern->reverse_code.empty() &&
        s.Is(WordClass::kReporting, s.Lemma(vgs[v].main)))
      continue;
    std::string code = c.pattern->code, note;
    if (!appeal_content[v].empty()) {
      code = AppealContentCode(s.ontology, code, appeal_content[v]);
      if (code != c.pattern->code) note = "what is asked: " + appeal_content[v];
    }
    EmitFromCandidate(s, st, int32_t(v), c, code, note, int32_t(v), -1);
  }
  EmitNounEvents(s, st);
}

}  // namespace tocsin::coder
