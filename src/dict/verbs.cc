#include "dict/verbs.h"

#include <algorithm>

#include "base/strings.h"
#include "dict/words.h"

namespace tocsin::dict {

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "to", "with", "on", "against", "at", "from", "in", "into", "of", "for", "over", "about",
      "toward", "towards", "by", "between", "among", "across", "through", "under", "upon", "onto",
      "near", "along", "around", "after", "before", "inside", "within", "via", "despite", "amid",
      "off", "out_of", "as", "behind", "beyond", "outside", "without", "regarding", "concerning",
      "alongside", "beside", "throughout", "above", "below", "beneath", "past", "opposite"};
  return std::find(std::begin(kPreps), std::end(kPreps), w) != std::end(kPreps);
}

namespace {

void IndexWords(Words* w) {
  w->last_hashes.clear();
  w->of_compounds = false;
  for (const auto& seq : w->sequences) {
    w->last_hashes.push_back(seq.empty() ? 0 : WordHash(seq.back()));
    if (seq.size() >= 3 && std::find(seq.begin(), seq.end(), "of") != seq.end()) w->of_compounds = true;
  }
}

void IndexFrame(Frame* f) {
  IndexWords(&f->object);
  for (PrepSlot& slot : f->preps) IndexWords(&slot.noun);
}

}  // namespace

uint32_t VerbDictionary::Add(VerbPattern p) {
  uint32_t id = uint32_t(patterns_.size());
  IndexFrame(&p.main);
  IndexFrame(&p.complement);
  IndexWords(&p.noun);
  IndexWords(&p.subject);
  for (PrepSlot& slot : p.noun_targets) IndexWords(&slot.noun);
  if (p.noun_event) {
    for (const auto& seq : p.noun.sequences)
      if (!seq.empty()) {
        auto& v = by_noun_[seq.back()];
        if (v.empty() || v.back() != id) v.push_back(id);
      }
  } else {
    VerbEntry e;
    e.pattern = id;
    e.object = !p.main.object.empty() || p.main.object_target || p.main.object_source;
    if (p.has_complement)
      for (const std::string& verb : p.complement.verbs) e.complements |= VerbEntry::LemmaBit(verb);
    for (size_t k = 0; k < p.main.verbs.size(); ++k) {
      e.verb = uint32_t(k);
      const std::string& particle = p.main.particles[k];
      e.particle = particle.empty() ? 0 : WordHash(std::string_view(particle).substr(0, particle.find('_')));
      by_verb_[p.main.verbs[k]].push_back(e);
    }
  }
  patterns_.push_back(std::move(p));
  return id;
}

const std::vector<VerbEntry>* VerbDictionary::ForVerb(std::string_view lemma) const {
  auto it = by_verb_.find(lemma);
  return it == by_verb_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* VerbDictionary::ForNoun(std::string_view noun) const {
  auto it = by_noun_.find(noun);
  return it == by_noun_.end() ? nullptr : &it->second;
}

namespace {

class PatternReader {
 public:
  PatternReader(std::string_view file, const lex::Lexicon& lexicon, bool (*valid_code)(std::string_view),
                VerbDictionary* out, std::vector<std::string>* errors)
      : file_(file), lexicon_(lexicon), valid_code_(valid_code), out_(out), errors_(errors) {}

  void Read(std::string_view text) {
    size_t line_no = 0;
    for (std::string_view line : Split(text, '\n', false)) {
      ++line_no;
      origin_ = std::string(file_) + ":" + std::to_string(line_no);
      for (size_t i = 0; i < line.size(); ++i)
        if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
          line = line.substr(0, i);
          break;
        }
      line = Trim(line);
      if (line.empty()) continue;
      if (line.starts_with("set ")) {
        Set(line.substr(4));
      } else {
        Pattern(line);
      }
    }
  }

 private:
  bool Error(const std::string& reason) {
    errors_->push_back(origin_ + ": " + reason);
    return false;
  }

  void Set(std::string_view def) {
    size_t eq = def.find('=');
    if (eq == def.npos) {
      Error("set needs 'NAME = word; word'");
      return;
    }
    std::string name(Trim(def.substr(0, eq)));
    if (name.empty()) {
      Error("set without a name");
      return;
    }
    Words words;
    for (std::string_view item : Split(def.substr(eq + 1), ';')) {
      if (item.empty()) continue;
      words.sequences.push_back(Phrase(item));
    }
    if (words.empty()) Error("set '" + name + "' is empty");
    sets_[name] = std::move(words);
  }

  // "air_strike" -> [air, strike]; noun lemmas.
  std::vector<std::string> Phrase(std::string_view item) {
    std::string spaced(item);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    return NounWords(spaced, lexicon_);
  }

  // One slot element: alternatives of words and sets ("$TALKS|meeting",
  // "humanitarian_aid|relief"). With `extend`, the element continues a word
  // sequence: every alternative so far gets each new one appended ("humanitarian $AID").
  bool Element(std::string_view e, Words* words, bool extend) {
    std::vector<std::vector<std::string>> alts;
    for (std::string_view a : Split(e, '|')) {
      if (a.empty()) return Error("empty alternative in '" + std::string(e) + "'");
      if (a.starts_with("$")) {
        auto it = sets_.find(std::string(a.substr(1)));
        if (it == sets_.end()) return Error("undefined set '" + std::string(a) + "'");
        for (const auto& seq : it->second.sequences) alts.push_back(seq);
      } else {
        alts.push_back(Phrase(a));
      }
    }
    if (extend && !words->empty()) {
      if (words->sequences.size() * alts.size() > 20000)
        return Error("'" + std::string(e) + "' makes more than 20000 alternatives");
      std::vector<std::vector<std::string>> joined;
      for (const auto& prefix : words->sequences)
        for (const auto& alt : alts) {
          auto seq = prefix;
          seq.insert(seq.end(), alt.begin(), alt.end());
          joined.push_back(std::move(seq));
        }
      words->sequences = std::move(joined);
    } else {
      for (auto& a : alts) words->sequences.push_back(std::move(a));
    }
    return true;
  }

  bool IsVerbWord(std::string_view w) const {
    std::string first(w.substr(0, w.find('|')));
    first = first.substr(0, first.find('_'));
    if (first.empty() || first[0] == '$') return false;
    auto e = lexicon_.Find(AsciiLowered(first));
    return e && (e->tags & lex::Bit(lex::VB));
  }

  // "sending|supplying": every alternative an -ing form of a verb.
  bool IsGerundWord(std::string_view w) const {
    for (std::string_view alt : Split(w, '|')) {
      std::string first(alt.substr(0, alt.find('_')));
      if (!EndsWith(first, "ing")) return false;
      auto e = lexicon_.Find(AsciiLowered(first));
      if (!e || !(e->tags & lex::Bit(lex::VBG))) return false;
    }
    return true;
  }

  // "to|into", "in_front_of|outside": every alternative a preposition, simple
  // or compound (a compound ends in a simple preposition).
  static bool IsPrepWord(std::string_view alt) {
    std::string lower = AsciiLowered(alt);
    size_t us = lower.rfind('_');
    return IsPreposition(lower) || (us != std::string::npos && IsPreposition(lower.substr(us + 1)));
  }

  static bool IsPrepAlternatives(std::string_view w) {
    for (std::string_view alt : Split(w, '|'))
      if (!IsPrepWord(alt)) return false;
    return true;
  }

  // "with|alongside" where one alternative is not a known preposition would
  // silently turn into object words.
  static bool MixesPrepositions(std::string_view w) {
    bool prep = false, other = false;
    for (std::string_view alt : Split(w, '|')) (IsPrepWord(alt) && !alt.empty() ? prep : other) = true;
    return prep && other;
  }

  bool VerbSpec(std::string_view e, Frame* frame) {
    for (std::string_view alt : Split(e, '|')) {
      if (alt.empty()) return Error("empty verb alternative");
      std::string lemma = AsciiLowered(alt);
      std::string particle;
      size_t us = lemma.find('_');
      if (us != std::string::npos) {
        particle = lemma.substr(us + 1);
        lemma = lemma.substr(0, us);
      }
      // "sending" in a gerund complement: the lemma is the verb's base form.
      if (frame->gerund) {
        if (auto entry = lexicon_.Find(lemma)) lemma = std::string(entry->LemmaFor(lex::VBG));
      }
      frame->verbs.push_back(lemma);
      frame->particles.push_back(particle);
    }
    return true;
  }

  // Parses el[i..] into `frame`. In the main frame a complement ("to VERB ..."
  // or "VERBing ...") may start; its index is returned in *complement_at.
  bool FrameElements(const std::vector<std::string_view>& el, size_t i, Frame* frame, bool main,
                     size_t* complement_at, bool* gerund) {
    *complement_at = el.size();
    bool object_open = false;  // the last element extended the object
    bool pending_t = false;    // a T waiting to see whether object words follow
    auto settle_t = [&] {
      if (pending_t) frame->object_target = true;
      pending_t = false;
    };
    for (; i < el.size(); ++i) {
      std::string_view e = el[i];
      if (e == "T") {
        // "storm parliament|palace T": the constrained object is the target.
        if (!frame->object.empty() && frame->preps.empty() && !frame->object_target && !frame->indirect_target) {
          frame->object_target = true;
          object_open = false;
          continue;
        }
        if (!frame->object.empty() || frame->object_target || frame->indirect_target)
          return Error("'T' after a prepositional phrase or a second 'T'; write the target's preposition");
        pending_t = true;
        continue;
      }
      bool clean = frame->object.empty() && frame->preps.empty();
      if (main && clean && e == "to" && i + 1 < el.size() && IsVerbWord(el[i + 1])) {
        settle_t();
        *complement_at = i + 1;
        *gerund = false;
        return true;
      }
      if (main && clean && IsGerundWord(e)) {
        settle_t();
        *complement_at = i;
        *gerund = true;
        return true;
      }
      if (!e.starts_with("$") && MixesPrepositions(e))
        return Error("'" + std::string(e) + "' mixes prepositions and other words");
      if (!e.starts_with("$") && IsPrepAlternatives(e)) {
        settle_t();
        PrepSlot slot;
        for (std::string_view alt : Split(e, '|')) slot.preps.push_back(AsciiLowered(alt));
        if (i + 1 < el.size() && el[i + 1] == "T") {
          slot.target = true;
          ++i;
        } else {
          // Words up to the next preposition or T constrain the phrase's object;
          // a leading -ing verb ("of committing war crimes") is the clause it heads.
          while (i + 1 < el.size() && el[i + 1] != "T" && !IsPrepAlternatives(el[i + 1])) {
            if (slot.noun.empty() && IsGerundWord(el[i + 1])) {
              ++i;
              continue;
            }
            if (!Element(el[i + 1], &slot.noun, !slot.noun.empty())) return false;
            ++i;
          }
        }
        frame->preps.push_back(std::move(slot));
        object_open = false;
        continue;
      }
      if (!frame->preps.empty())
        return Error("'" + std::string(e) + "' after a prepositional phrase: object words go right after the verb");
      if (pending_t) {
        // "grant T access", "find T guilty": T is the first of two objects.
        frame->indirect_target = true;
        pending_t = false;
      } else if (frame->object_target) {
        return Error("object words after 'T'");
      }
      if (!Element(e, &frame->object, object_open)) return false;
      object_open = true;
    }
    settle_t();
    return true;
  }

  void Pattern(std::string_view line) {
    auto fields = SplitWhitespace(line);
    VerbPattern p;
    p.origin = origin_;
    p.text = std::string(line);
    std::string_view code = fields[0];
    if (code != "---" && !(valid_code_ && valid_code_(code))) {
      Error("'" + std::string(code) + "' is not a CAMEO event code");
      return;
    }
    p.code = std::string(code);
    if (fields.size() < 2) {
      Error("pattern without a verb");
      return;
    }
    if (fields[1] == "noun") {
      NounPattern(line, &p);
      return;
    }
    if (!VerbSpec(fields[1], &p.main)) return;
    std::vector<std::string_view> el(fields.begin() + 2, fields.end());
    size_t complement_at;
    bool gerund = false;
    if (!FrameElements(el, 0, &p.main, true, &complement_at, &gerund)) return;
    if (complement_at < el.size()) {
      p.has_complement = true;
      p.complement.gerund = gerund;
      if (!VerbSpec(el[complement_at], &p.complement)) return;
      size_t nested;
      bool unused;
      if (!FrameElements(el, complement_at + 1, &p.complement, false, &nested, &unused)) return;
    }
    p.specificity = Specificity(p.main) + (p.has_complement ? 3 + Specificity(p.complement) : 0);
    out_->Add(std::move(p));
  }

  static int Specificity(const Frame& f) {
    int s = 0;
    for (const std::string& particle : f.particles)
      if (!particle.empty()) {
        s += 1;
        break;
      }
    // Words of the object beyond the first count when the coder sees which
    // sequence matched (see coder's Candidate::Score).
    if (!f.object.empty()) s += 2;
    if (f.indirect_target) s += 1;
    for (const PrepSlot& slot : f.preps) s += slot.noun.empty() ? 1 : 2;
    return s;
  }

  // "195 noun air_strike|airstrike on T; against T"
  void NounPattern(std::string_view line, VerbPattern* p) {
    p->noun_event = true;
    size_t at = line.find("noun");
    std::string_view rest = Trim(line.substr(at + 4));
    size_t space = 0;
    while (space < rest.size() && !IsAsciiSpace(rest[space])) ++space;
    std::string_view head = rest.substr(0, space);
    if (head.empty()) {
      Error("noun pattern without a noun");
      return;
    }
    if (!Element(head, &p->noun, false)) return;
    for (std::string_view alt : Split(rest.substr(space), ';')) {
      if (alt.empty()) continue;
      auto f = SplitWhitespace(alt);
      PrepSlot slot;
      if (!IsPrepAlternatives(f[0])) {
        Error("'" + std::string(f[0]) + "' is not a preposition");
        return;
      }
      for (std::string_view prep : Split(f[0], '|')) slot.preps.push_back(AsciiLowered(prep));
      if (f.size() >= 2 && f[1] == "T") slot.target = true;
      for (size_t k = slot.target ? 2 : 1; k < f.size(); ++k)
        if (!Element(f[k], &slot.noun, !slot.noun.empty())) return;
      p->noun_targets.push_back(std::move(slot));
    }
    p->specificity = 2 + (p->noun_targets.empty() ? 0 : 1);
    out_->Add(std::move(*p));
  }

  std::string_view file_;
  const lex::Lexicon& lexicon_;
  bool (*valid_code_)(std::string_view);
  VerbDictionary* out_;
  std::vector<std::string>* errors_;
  std::unordered_map<std::string, Words> sets_;
  std::string origin_;
};

}  // namespace

void ReadVerbPatterns(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                      bool (*valid_code)(std::string_view), VerbDictionary* out, std::vector<std::string>* errors) {
  PatternReader(file, lexicon, valid_code, out, errors).Read(text);
}

}  // namespace tocsin::dict
