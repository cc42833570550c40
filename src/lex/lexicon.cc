#include "lex/lexicon.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include "base/file.h"
#include "base/strings.h"

namespace tocsin::lex {

// On-disk record; the blob is: header, slots[slot_count], records[entry_count], pool.
struct Lexicon::Record {
  uint64_t tags;
  uint32_t form_off, noun_off, verb_off, adj_off;
  uint8_t form_len, noun_len, verb_len, adj_len;
  uint8_t prior;
  uint8_t closed;
  uint16_t unused;
};

namespace {

constexpr char kMagic[8] = {'T', 'O', 'C', 'L', 'E', 'X', '0', '1'};

struct Header {
  char magic[8];
  uint32_t entry_count;
  uint32_t slot_count;
  uint32_t pool_size;
  uint32_t unused;
};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return IsAsciiLower(c) && !IsVowel(c); }

// stop -> stopp (for stopped/stopping); empty when the word does not double.
std::string Doubled(const std::string& w) {
  size_t n = w.size();
  if (n < 3) return {};
  char last = w[n - 1];
  if (!IsConsonant(last) || last == 'w' || last == 'x' || last == 'y') return {};
  if (!IsVowel(w[n - 2]) || !IsConsonant(w[n - 3])) return {};
  return w + last;
}

bool EndsInSibilant(const std::string& w) {
  return EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
         EndsWith(w, "sh");
}

bool ConsonantY(const std::string& w) {
  return w.size() >= 2 && w.back() == 'y' && IsConsonant(w[w.size() - 2]);
}

bool SimpleWord(std::string_view w) {
  if (w.empty() || w.size() > 60) return false;
  for (char c : w)
    if (!(IsAsciiLower(c) || c == '-' || c == '\'' || c == '.' || IsAsciiDigit(c))) return false;
  return IsAsciiLower(w[0]);
}

}  // namespace

std::string_view LexEntry::LemmaFor(Tag tag) const {
  switch (tag) {
    case NNS:
      return noun_lemma.empty() ? form : noun_lemma;
    case VBD: case VBN: case VBG: case VBZ:
      return verb_lemma.empty() ? form : verb_lemma;
    case VBP: case MD:
      return verb_lemma.empty() ? form : verb_lemma;  // 're -> be, wo -> will
    case JJR: case JJS: case RBR: case RBS:
      return adj_lemma.empty() ? form : adj_lemma;
    default:
      return form;
  }
}

Result<Lexicon> Lexicon::FromBlob(std::string_view blob) {
  if (blob.size() < sizeof(Header)) return Status::Error("lexicon blob too small");
  Header h;
  std::memcpy(&h, blob.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return Status::Error("not a lexicon blob");
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0)
    return Status::Error("lexicon blob: slot count not a power of two");
  uint64_t need = sizeof(Header) + uint64_t(h.slot_count) * 4 + uint64_t(h.entry_count) * sizeof(Record) +
                  h.pool_size;
  if (need > blob.size()) return Status::Error("lexicon blob truncated");
  if (reinterpret_cast<uintptr_t>(blob.data()) % alignof(Record) != 0 ||
      (sizeof(Header) + uint64_t(h.slot_count) * 4) % alignof(Record) != 0)
    return Status::Error("lexicon blob misaligned");
  Lexicon lex;
  lex.slots_ = reinterpret_cast<const uint32_t*>(blob.data() + sizeof(Header));
  lex.records_ = reinterpret_cast<const Record*>(lex.slots_ + h.slot_count);
  lex.pool_ = reinterpret_cast<const char*>(lex.records_ + h.entry_count);
  lex.slot_mask_ = h.slot_count - 1;
  lex.entry_count_ = h.entry_count;
  lex.pool_size_ = h.pool_size;
  for (uint32_t i = 0; i < h.entry_count; ++i) {
    const Record& r = lex.records_[i];
    for (auto [off, len] : {std::pair{r.form_off, r.form_len}, {r.noun_off, r.noun_len},
                            {r.verb_off, r.verb_len}, {r.adj_off, r.adj_len}})
      if (uint64_t(off) + len > h.pool_size) return Status::Error("lexicon blob: string out of bounds");
  }
  uint32_t empty = 0;
  for (uint32_t s = 0; s < h.slot_count; ++s) {
    if (lex.slots_[s] > h.entry_count) return Status::Error("lexicon blob: bad slot");
    empty += lex.slots_[s] == 0;
  }
  if (empty == 0) return Status::Error("lexicon blob: hash table has no free slot");
  return lex;
}

std::optional<LexEntry> Lexicon::Find(std::string_view form) const { return Find(form, Hash64(form)); }

std::optional<LexEntry> Lexicon::Find(std::string_view form, uint64_t hash) const {
  if (!slots_ || form.empty() || form.size() > 255) return std::nullopt;
  uint32_t slot = uint32_t(hash) & slot_mask_;
  while (uint32_t index = slots_[slot]) {
    const Record& r = records_[index - 1];
    if (r.form_len == form.size() && std::memcmp(pool_ + r.form_off, form.data(), form.size()) == 0) {
      LexEntry e;
      e.tags = r.tags;
      e.form = std::string_view(pool_ + r.form_off, r.form_len);
      e.noun_lemma = std::string_view(pool_ + r.noun_off, r.noun_len);
      e.verb_lemma = std::string_view(pool_ + r.verb_off, r.verb_len);
      e.adj_lemma = std::string_view(pool_ + r.adj_off, r.adj_len);
      e.prior = Prior(r.prior);
      e.closed_class = r.closed != 0;
      return e;
    }
    slot = (slot + 1) & slot_mask_;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Builder

void LexiconBuilder::AddForm(std::string_view form, Tag tag, std::string_view lemma) {
  Form& f = forms_[std::string(form)];
  f.tags |= Bit(tag);
  std::string_view base = lemma == form ? std::string_view() : lemma;
  switch (tag) {
    case NNS: case NNPS:
      if (f.noun_lemma.empty() || !base.empty()) {
        // A real singular wins over "the plural is its own lemma".
        if (!base.empty() || f.noun_lemma.empty()) f.noun_lemma = std::string(base);
      }
      break;
    case VBD: case VBN: case VBG: case VBZ:
      if (f.verb_lemma.empty()) f.verb_lemma = std::string(base);
      break;
    case JJR: case JJS: case RBR: case RBS:
      if (f.adj_lemma.empty()) f.adj_lemma = std::string(base);
      break;
    default:
      break;
  }
}

void LexiconBuilder::AddSenseCount(std::string_view lemma, Prior pos, uint32_t count) {
  uint32_t& c = sense_counts_[pos][std::string(lemma)];
  c = std::max(c, count);
}

void LexiconBuilder::AddNounForms(const std::string& base) {
  AddForm(base, NN, base);
  if (EndsInSibilant(base)) {
    AddForm(base + "es", NNS, base);
  } else if (ConsonantY(base)) {
    AddForm(base.substr(0, base.size() - 1) + "ies", NNS, base);
  } else {
    AddForm(base + "s", NNS, base);
    if (EndsWith(base, "o")) AddForm(base + "es", NNS, base);
  }
}

void LexiconBuilder::AddVerbForms(const std::string& base) {
  AddForm(base, VB, base);
  AddForm(base, VBP, base);
  if (EndsInSibilant(base) || EndsWith(base, "o")) {
    AddForm(base + "es", VBZ, base);
  } else if (ConsonantY(base)) {
    AddForm(base.substr(0, base.size() - 1) + "ies", VBZ, base);
  } else {
    AddForm(base + "s", VBZ, base);
  }
  std::string past, ing;
  if (EndsWith(base, "e")) {
    past = base + "d";
    bool keep_e = EndsWith(base, "ee") || EndsWith(base, "ye") || EndsWith(base, "oe");
    ing = EndsWith(base, "ie") ? base.substr(0, base.size() - 2) + "ying"
          : keep_e             ? base + "ing"
                               : base.substr(0, base.size() - 1) + "ing";
  } else if (ConsonantY(base)) {
    past = base.substr(0, base.size() - 1) + "ied";
    ing = base + "ing";
  } else {
    past = base + "ed";
    ing = base + "ing";
  }
  AddForm(past, VBD, base);
  AddForm(past, VBN, base);
  AddForm(ing, VBG, base);
  if (std::string d = Doubled(base); !d.empty()) {
    AddForm(d + "ed", VBD, base);
    AddForm(d + "ed", VBN, base);
    AddForm(d + "ing", VBG, base);
  }
}

void LexiconBuilder::AddAdjForms(const std::string& base) {
  AddForm(base, JJ, base);
  if (base.size() > 6 && !ConsonantY(base)) return;  // long adjectives take more/most
  if (ConsonantY(base)) {
    std::string stem = base.substr(0, base.size() - 1);
    AddForm(stem + "ier", JJR, base);
    AddForm(stem + "iest", JJS, base);
  } else if (EndsWith(base, "e")) {
    AddForm(base + "r", JJR, base);
    AddForm(base + "st", JJS, base);
  } else {
    std::string stem = Doubled(base).empty() ? base : Doubled(base);
    AddForm(stem + "er", JJR, base);
    AddForm(stem + "est", JJS, base);
  }
}

Status LexiconBuilder::AddWordNet(const std::string& dir) {
  struct Part {
    const char* name;
    Prior prior;
  };
  const Part parts[] = {{"noun", kPriorNoun}, {"verb", kPriorVerb}, {"adj", kPriorAdj}, {"adv", kPriorAdv}};
  for (const Part& part : parts) {
    std::string path = dir + "/index." + part.name;
    auto data = ReadFile(path);
    if (!data.ok()) return data.status();
    size_t line_no = 0, added = 0;
    for (std::string_view line : Split(*data, '\n', false)) {
      ++line_no;
      if (line.empty() || line[0] == ' ') continue;  // licence header
      auto f = SplitWhitespace(line);
      if (f.size() < 6) return Status::Error(path + ":" + std::to_string(line_no) + ": short line");
      std::string lemma(f[0]);
      if (!SimpleWord(lemma)) continue;  // multi-word lemmas use '_'
      size_t p_cnt = std::strtoul(std::string(f[3]).c_str(), nullptr, 10);
      uint32_t tagsense = 0;
      if (5 + p_cnt < f.size()) tagsense = uint32_t(std::strtoul(std::string(f[5 + p_cnt]).c_str(), nullptr, 10));
      AddSenseCount(lemma, part.prior, tagsense);
      switch (part.prior) {
        case kPriorNoun: AddNounForms(lemma); break;
        case kPriorVerb: AddVerbForms(lemma); break;
        case kPriorAdj: AddAdjForms(lemma); break;
        default: AddForm(lemma, RB, lemma); break;
      }
      ++added;
    }
    if (added == 0) return Status::Error(path + ": no entries");

    std::string exc_path = dir + "/" + part.name + ".exc";
    auto exc = ReadFile(exc_path);
    if (!exc.ok()) return exc.status();
    for (std::string_view line : Split(*exc, '\n', false)) {
      auto f = SplitWhitespace(line);
      if (f.size() < 2 || !SimpleWord(f[0])) continue;
      std::string form(f[0]);
      for (size_t i = 1; i < f.size(); ++i) {
        if (!SimpleWord(f[i])) continue;
        std::string base(f[i]);
        switch (part.prior) {
          case kPriorNoun:
            AddForm(form, NNS, base);
            break;
          case kPriorVerb:
            if (EndsWith(form, "ing")) {
              AddForm(form, VBG, base);
            } else if (EndsWith(form, "s") && !EndsWith(form, "ss")) {
              AddForm(form, VBZ, base);
            } else {
              AddForm(form, VBD, base);
              AddForm(form, VBN, base);
            }
            break;
          case kPriorAdj:
          case kPriorAdv: {
            bool adv = part.prior == kPriorAdv;
            if (EndsWith(form, "st") || form == "worst" || form == "least" || form == "most")
              AddForm(form, adv ? RBS : JJS, base);
            else
              AddForm(form, adv ? RBR : JJR, base);
            break;
          }
          default:
            break;
        }
      }
    }
  }
  return Status();
}

Status LexiconBuilder::AddClosedClass(std::string_view text, std::string_view source) {
  size_t line_no = 0;
  std::string errors;
  for (std::string_view line : Split(text, '\n', false)) {
    ++line_no;
    if (size_t hash = line.find('#'); hash == 0 || (hash != line.npos && line[hash - 1] == ' '))
      line = line.substr(0, hash);
    auto f = SplitWhitespace(line);
    if (f.empty()) continue;
    std::string word = AsciiLowered(f[0]);
    if (f.size() < 2) {
      errors += std::string(source) + ":" + std::to_string(line_no) + ": word without tags\n";
      continue;
    }
    Form& form = forms_[word];
    for (size_t i = 1; i < f.size(); ++i) {
      std::string_view spec = f[i];
      std::string_view lemma = word;
      if (size_t eq = spec.find('='); eq != spec.npos) {
        lemma = spec.substr(eq + 1);
        spec = spec.substr(0, eq);
      }
      Tag tag = ParseTag(spec);
      if (tag == kNoTag) {
        errors += std::string(source) + ":" + std::to_string(line_no) + ": unknown tag '" +
                  std::string(spec) + "'\n";
        continue;
      }
      form.closed = true;
      form.closed_tags |= Bit(tag);
      if (lemma != word) {
        if (IsVerb(tag) || tag == MD) form.closed_verb_lemma = std::string(lemma);
      }
    }
  }
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return Status();
}

Prior LexiconBuilder::PriorOf(const std::string& form, const Form& f) const {
  auto count = [&](Prior p, const std::string& lemma) -> uint32_t {
    auto it = sense_counts_[p].find(lemma.empty() ? form : lemma);
    return it == sense_counts_[p].end() ? 0 : it->second;
  };
  uint32_t best = 0;
  Prior prior = kPriorNone;
  const std::pair<Prior, uint32_t> candidates[] = {
      {kPriorNoun, (f.tags & kNounTags) ? count(kPriorNoun, f.noun_lemma) : 0},
      {kPriorVerb, (f.tags & kVerbTags) ? count(kPriorVerb, f.verb_lemma) : 0},
      {kPriorAdj, (f.tags & kAdjTags) ? count(kPriorAdj, f.adj_lemma) : 0},
      {kPriorAdv, (f.tags & kAdvTags) ? count(kPriorAdv, std::string()) : 0}};
  for (auto [p, c] : candidates)
    if (c > best) {
      best = c;
      prior = p;
    }
  return prior;
}

std::string LexiconBuilder::Serialize() const {
  uint32_t entries = uint32_t(forms_.size());
  uint32_t slots = 1;
  while (slots < entries * 2 + 1) slots <<= 1;
  std::vector<uint32_t> table(slots, 0);
  std::vector<Lexicon::Record> records;
  records.reserve(entries);
  std::string pool;
  std::map<std::string, uint32_t> pooled;
  auto intern = [&](const std::string& s) -> uint32_t {
    if (s.empty()) return 0;
    auto [it, inserted] = pooled.emplace(s, uint32_t(pool.size()));
    if (inserted) pool += s;
    return it->second;
  };
  for (const auto& [form, f] : forms_) {
    if (form.size() > 255) continue;
    Lexicon::Record r{};
    r.tags = f.closed ? f.closed_tags : f.tags;
    std::string verb_lemma = f.closed ? f.closed_verb_lemma : f.verb_lemma;
    r.form_off = intern(form);
    r.form_len = uint8_t(form.size());
    r.noun_off = intern(f.noun_lemma);
    r.noun_len = uint8_t(std::min<size_t>(f.noun_lemma.size(), 255));
    r.verb_off = intern(verb_lemma);
    r.verb_len = uint8_t(std::min<size_t>(verb_lemma.size(), 255));
    r.adj_off = intern(f.adj_lemma);
    r.adj_len = uint8_t(std::min<size_t>(f.adj_lemma.size(), 255));
    r.prior = f.closed ? kPriorNone : PriorOf(form, f);
    r.closed = f.closed;
    records.push_back(r);
    uint32_t slot = uint32_t(Hash64(form)) & (slots - 1);
    while (table[slot]) slot = (slot + 1) & (slots - 1);
    table[slot] = uint32_t(records.size());
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.entry_count = uint32_t(records.size());
  h.slot_count = slots;
  h.pool_size = uint32_t(pool.size());
  std::string blob;
  blob.append(reinterpret_cast<const char*>(&h), sizeof h);
  blob.append(reinterpret_cast<const char*>(table.data()), table.size() * 4);
  blob.append(reinterpret_cast<const char*>(records.data()), records.size() * sizeof(Lexicon::Record));
  blob += pool;
  return blob;
}

}  // namespace tocsin::lex
