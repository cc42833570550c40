// The PETRARCH / TABARI verb-file reader (dict/petrarch.h): synsets,
// "--- VERB [code] ---" blocks and "- words * words (prep words) [code]"
// patterns, turned into tocsin's verb patterns.
#include <algorithm>
#include <map>
#include <set>

#include "base/strings.h"
#include "dict/petrarch.h"
#include "dict/petrarch_lines.h"
#include "dict/words.h"

namespace tocsin::dict {

using petrarch::IsMarkupLine;
using petrarch::Origin;
using petrarch::StripComment;

namespace {

class PetrarchVerbReader {
 public:
  PetrarchVerbReader(std::string_view file, const lex::Lexicon& lexicon, bool (*valid_code)(std::string_view),
                     VerbDictionary* out, std::vector<std::string>* errors, LoadReport* report)
      : file_(file), lexicon_(lexicon), valid_code_(valid_code), out_(out), errors_(errors), report_(report) {}

  void Read(std::string_view text) {
    size_t line_no = 0;
    std::string current_set;
    for (std::string_view raw : Split(text, '\n', false)) {
      ++line_no;
      origin_ = Origin(file_, line_no);
      std::string_view t = Trim(StripComment(raw));
      if (t.empty() || IsMarkupLine(t)) continue;
      if (t[0] == '~') {
        ++transformations_;
        continue;
      }
      if (t[0] == '&') {
        current_set = SetName(Trim(t));
        sets_[current_set];
        in_block_ = false;
        continue;
      }
      if (t.starts_with("---")) {
        StartBlock(t);
        current_set.clear();
        continue;
      }
      if (t[0] == '-') {
        if (!in_block_) {
          Error("pattern outside a verb block");
          continue;
        }
        Pattern(t.substr(1));
        continue;
      }
      if (!current_set.empty() && !in_block_) {
        Parsed member;
        if (Words(t[0] == '+' ? t.substr(1) : t, &member))
          for (auto& seq : member.alternatives) sets_[current_set].push_back(std::move(seq));
        continue;
      }
      if (in_block_) {
        VerbLine(t);
        continue;
      }
      Error("line outside any synset or verb block");
    }
    FlushBlock();
    if (transformations_) {
      report_->ignored += transformations_;
      report_->notes.push_back(std::to_string(transformations_) +
                               " transformation rule(s) (PETRARCH's re-coding of nested statements) not used");
    }
    if (undefined_uses_) {
      report_->ignored += undefined_uses_;
      std::string names;
      for (const std::string& n : undefined_sets_) names += (names.empty() ? "" : ", ") + n;
      report_->notes.push_back(std::to_string(undefined_uses_) + " pattern(s) naming undefined synsets (" + names +
                               "), skipped");
    }
    if (non_cameo_.size()) {
      report_->notes.push_back(std::to_string(non_cameo_.size()) +
                               " code(s) outside CAMEO 1.1b3 (kept, with no Goldstein weight or PLOVER mapping)");
    }
    if (unusable_codes_) {
      report_->ignored += unusable_codes_;
      report_->notes.push_back(std::to_string(unusable_codes_) + " pattern(s) with codes that are not numbers, skipped");
    }
  }

 private:
  struct Verb {
    std::string lemma, particle, code;
  };

  void Error(const std::string& why) { errors_->push_back(origin_ + ": " + why); }

  // Synsets multiply: "&A &B &C" has |A|·|B|·|C| alternatives. Beyond this a
  // pattern is a mistake, not a dictionary entry.
  static constexpr size_t kMaxAlternatives = 20000;

  // "&PREPOSIT1_" and "&PREPOSIT1" name the same synset.
  static std::string SetName(std::string_view s) {
    while (!s.empty() && s.back() == '_') s.remove_suffix(1);
    return AsciiUppered(s);
  }

  // "---" blocks; event codes are two to four digits. Codes CAMEO does not
  // have (the validation suite's WEIS codes) are kept and counted.
  // Sets a pattern's codes from PETRARCH's "031", "031:032" (the target's act
  // after the colon) or ":054" (only the target acts on the source); false,
  // counted as unusable, when either half is not a code.
  bool SetCodes(const std::string& code, VerbPattern* p) {
    size_t colon = code.find(':');
    std::string forward = colon == std::string::npos ? code : code.substr(0, colon);
    std::string reverse = colon == std::string::npos ? "" : code.substr(colon + 1);
    if (forward.empty()) forward = "---";
    if (!Usable(forward) || (!reverse.empty() && !Usable(reverse))) {
      ++unusable_codes_;
      return false;
    }
    p->code = forward;
    if (!reverse.empty() && reverse != "---") p->reverse_code = reverse;
    if (p->code == "---" && !p->reverse_code.empty()) {
      p->code = p->reverse_code;
      p->reverse_code.clear();
      p->reverse_only = true;
    }
    return true;
  }

  bool Usable(const std::string& code) {
    if (code == "---") return true;
    if (code.size() < 2 || code.size() > 4) return false;
    for (char c : code)
      if (!IsAsciiDigit(c)) return false;
    if (!(valid_code_ && valid_code_(code))) non_cameo_.insert(code);
    return true;
  }

  void StartBlock(std::string_view t) {
    FlushBlock();
    in_block_ = true;
    // "---  ACCELERATE   [---]  ---"
    size_t open = t.find('['), close = t.find(']');
    block_code_ = open != t.npos && close != t.npos ? std::string(Trim(t.substr(open + 1, close - open - 1))) : "---";
  }

  void VerbLine(std::string_view t) {
    bool multi = t[0] == '+';
    if (multi) t.remove_prefix(1);
    std::string_view head = t;
    std::string code;
    if (size_t open = t.find('['); open != t.npos) {
      size_t close = t.find(']', open);
      code = std::string(Trim(t.substr(open + 1, close == t.npos ? t.npos : close - open - 1)));
      head = t.substr(0, open);
    }
    if (size_t brace = head.find('{'); brace != head.npos) head = head.substr(0, brace);
    head = Trim(head);
    if (head.empty()) {
      Error("verb line without a verb");
      return;
    }
    std::string word = AsciiLowered(head);
    Verb v;
    size_t us = word.find('_');
    v.lemma = word.substr(0, us);
    if (us != std::string::npos) {
      v.particle = word.substr(us + 1);
      while (!v.particle.empty() && v.particle.back() == '_') v.particle.pop_back();
    }
    while (!v.lemma.empty() && v.lemma.back() == '_') v.lemma.pop_back();
    // Verbs are written in some inflected forms: bring them to the lemma.
    if (auto e = lexicon_.Find(v.lemma); e && !(e->tags & lex::Bit(lex::VB)) && (e->tags & lex::kVerbTags)) {
      v.lemma = std::string(e->verb_lemma.empty() ? e->form : e->verb_lemma);
    }
    v.code = code;
    verbs_.push_back(std::move(v));
    ++report_->names;
  }

  // One element list: words, {multi words}, &SET, markers.
  struct Parsed {
    std::vector<std::vector<std::string>> alternatives;  // each: a sequence
    bool target = false, source = false;
  };

  bool Words(std::string_view s, Parsed* p) {
    std::vector<std::vector<std::string>> seqs = {{}};
    // Words are joined by '_' or spaces; a synset may sit inside a joined phrase.
    std::vector<std::string_view> items;
    for (std::string_view token : Tokens(s))
      for (std::string_view part : Split(token, '_', false))
        if (!part.empty()) items.push_back(part);
    for (size_t i = 0; i < items.size(); ++i) {
      std::string_view w = items[i];
      if (w == "+") {
        p->target = true;
        continue;
      }
      if (w == "$") {
        p->source = true;
        continue;
      }
      if (w == "^" || w == "%" || w == "*") continue;
      if (w.starts_with("&")) {
        auto it = sets_.find(SetName(w));
        if (it == sets_.end()) {
          undefined_sets_.insert(std::string(w));
          ++undefined_uses_;
          return false;
        }
        if (seqs.size() * it->second.size() > kMaxAlternatives) {
          Error("pattern expands to more than " + std::to_string(kMaxAlternatives) + " alternatives");
          return false;
        }
        std::vector<std::vector<std::string>> joined;
        for (const auto& prefix : seqs)
          for (const auto& alt : it->second) {
            auto seq = prefix;
            seq.insert(seq.end(), alt.begin(), alt.end());
            joined.push_back(std::move(seq));
          }
        seqs = std::move(joined);
        continue;
      }
      for (const std::string& x : NounWords(w, lexicon_))
        for (auto& seq : seqs) seq.push_back(x);
    }
    for (auto& seq : seqs)
      if (!seq.empty()) p->alternatives.push_back(std::move(seq));
    return true;
  }

  // Splits on spaces, keeping "{A B}" together (as "A_B").
  static std::vector<std::string_view> Tokens(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && IsAsciiSpace(s[i])) ++i;
      if (i >= s.size()) break;
      if (s[i] == '{') {
        size_t end = s.find('}', i);
        if (end == s.npos) end = s.size();
        for (std::string_view w : SplitWhitespace(s.substr(i + 1, end - i - 1))) out.push_back(w);
        i = end + 1;
        continue;
      }
      size_t start = i;
      while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
      out.push_back(s.substr(start, i - start));
    }
    return out;
  }

  void Pattern(std::string_view body) {
    size_t open = body.rfind('['), close = body.rfind(']');
    if (open == body.npos || close == body.npos || close < open) {
      Error("pattern without [code]");
      return;
    }
    std::string code(Trim(body.substr(open + 1, close - open - 1)));
    std::string_view words = Trim(body.substr(0, open));
    VerbPattern p;
    p.origin = origin_;
    p.text = std::string(Trim(body));
    if (!SetCodes(code, &p)) return;
    size_t star = words.find('*');
    if (star == words.npos) {
      Error("pattern without '*' for the verb");
      return;
    }
    // Before the verb, only bare words constrain the subject; a parenthesised
    // phrase there ("DELIVERY (OF &FOOD) * $") is dropped.
    std::string before_text;
    int depth = 0;
    for (char c : words.substr(0, star)) {
      if (c == '(') ++depth;
      else if (c == ')') depth = std::max(0, depth - 1);
      else if (depth == 0) before_text.push_back(c);
    }
    Parsed before;
    if (!Words(before_text, &before)) return;
    p.subject.sequences = before.alternatives;
    p.subject.anywhere = true;
    std::string_view after = words.substr(star + 1);
    // Prepositional phrases in parentheses; the rest constrains the object.
    std::string object_text;
    size_t i = 0;
    while (i < after.size()) {
      if (after[i] == '(') {
        size_t end = after.find(')', i);
        if (end == after.npos) end = after.size();
        std::string_view inner = Trim(after.substr(i + 1, end - i - 1));
        auto toks = Tokens(inner);
        PrepSlot slot;
        if (!toks.empty()) {
          slot.preps.push_back(AsciiLowered(toks[0]));
          Parsed np;
          std::string rest;
          for (size_t k = 1; k < toks.size(); ++k) rest += std::string(toks[k]) + " ";
          if (!Words(rest, &np)) return;
          slot.noun.sequences = np.alternatives;
          slot.noun.anywhere = true;
          slot.target = np.target;
          slot.source = np.source;
          p.main.preps.push_back(std::move(slot));
        }
        i = end + 1;
        continue;
      }
      object_text.push_back(after[i]);
      ++i;
    }
    Parsed object;
    if (!Words(object_text, &object)) return;
    p.main.object.sequences = object.alternatives;
    p.main.object.anywhere = true;
    p.main.object_target = object.target && object.alternatives.empty();
    if (object.target && !object.alternatives.empty()) p.main.indirect_target = false;
    p.main.object_source = object.source;
    p.specificity = int(p.main.preps.size()) * 2 + (p.main.object.empty() ? 0 : 2) + (p.subject.empty() ? 0 : 1);
    pending_.push_back(std::move(p));
  }

  void FlushBlock() {
    if (!in_block_ && verbs_.empty()) return;
    std::vector<std::string> lemmas, particles;
    for (const Verb& v : verbs_) {
      lemmas.push_back(v.lemma);
      particles.push_back(v.particle);
      // The verb alone: its own code, else the block's ("031:032": either way round).
      std::string code = v.code.empty() ? block_code_ : v.code;
      if (code.empty()) code = "---";
      VerbPattern bare;
      if (!SetCodes(code, &bare) || bare.code == "---") continue;
      bare.main.verbs = {v.lemma};
      bare.main.particles = {v.particle};
      bare.text = v.lemma + (v.particle.empty() ? "" : "_" + v.particle) + " [" + code + "]";
      bare.origin = origin_;
      bare.specificity = v.particle.empty() ? 0 : 1;
      out_->Add(std::move(bare));
      ++report_->entries;
    }
    for (VerbPattern& p : pending_) {
      p.main.verbs = lemmas;
      p.main.particles = particles;
      out_->Add(std::move(p));
      ++report_->entries;
    }
    pending_.clear();
    verbs_.clear();
    in_block_ = false;
  }

  std::string_view file_;
  const lex::Lexicon& lexicon_;
  bool (*valid_code_)(std::string_view);
  VerbDictionary* out_;
  std::vector<std::string>* errors_;
  LoadReport* report_;
  std::map<std::string, std::vector<std::vector<std::string>>> sets_;
  std::vector<Verb> verbs_;
  std::vector<VerbPattern> pending_;
  std::string block_code_;
  bool in_block_ = false;
  size_t transformations_ = 0;
  size_t undefined_uses_ = 0;
  std::set<std::string> undefined_sets_;
  size_t unusable_codes_ = 0;
  std::set<std::string> non_cameo_;
  std::string origin_;
};

}  // namespace

void ReadPetrarchVerbs(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                       bool (*valid_code)(std::string_view), VerbDictionary* out, std::vector<std::string>* errors,
                       LoadReport* report) {
  PetrarchVerbReader(file, lexicon, valid_code, out, errors, report).Read(text);
}

}  // namespace tocsin::dict
