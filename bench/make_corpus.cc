// make_corpus: writes a JSON Lines corpus of generated news documents for the
// throughput benchmark. Sentences come from the project's own templates and
// vocabulary (actors drawn from the built-in dictionaries), with the length
// and mix of wire copy: political leads, reported speech, passives, negation,
// numbers and dates, plus economy, sport and weather that must code nothing.
// Deterministic for a given seed.
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "io/json_writer.h"

namespace {

struct Vocabulary {
  std::vector<std::string> countries, adjectives, capitals, people, orgs;
};

Vocabulary Collect() {
  Vocabulary v;
  const auto& d = tocsin::BuiltinDictionaries();
  for (const auto& a : d.actors.actors()) {
    switch (a.kind) {
      case tocsin::dict::ActorKind::kCountry: v.countries.push_back(a.name); break;
      case tocsin::dict::ActorKind::kPerson: v.people.push_back(a.name); break;
      case tocsin::dict::ActorKind::kOrganization: v.orgs.push_back(a.name); break;
      default: break;
    }
  }
  // Adjectives and capitals are names of countries; take them from the first words listed.
  v.adjectives = {"Russian", "Ukrainian", "Belarusian", "Israeli", "Palestinian", "Iranian", "Chinese",
                  "American", "British", "French", "German", "Turkish", "Syrian", "Sudanese", "Indian",
                  "Pakistani", "Afghan", "Iraqi", "Lebanese", "Yemeni", "Polish", "Georgian", "Serbian",
                  "Nigerian", "Ethiopian", "Somali", "Kenyan", "Egyptian", "Saudi", "Japanese", "Korean"};
  v.capitals = {"Moscow", "Kyiv", "Minsk", "Washington", "Beijing", "Tehran", "Ankara", "Paris", "Berlin",
                "London", "Damascus", "Khartoum", "New Delhi", "Islamabad", "Kabul", "Baghdad", "Beirut",
                "Warsaw", "Tbilisi", "Belgrade", "Abuja", "Addis Ababa", "Cairo", "Riyadh", "Tokyo", "Seoul"};
  return v;
}

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed), v_(Collect()) {}

  std::string Pick(const std::vector<std::string>& list) { return list[rng_() % list.size()]; }
  template <size_t N>
  std::string Pick(const char* const (&list)[N]) { return list[rng_() % N]; }
  bool Chance(int percent) { return int(rng_() % 100) < percent; }

  std::string Actor() {
    switch (rng_() % 6) {
      case 0: return Pick(v_.countries);
      case 1: return Pick(v_.people);
      case 2: return Pick(v_.adjectives) + " " + Pick(kAgents);
      case 3: return "the " + Pick(v_.adjectives) + " " + Pick(kRoles);
      case 4: return Pick(v_.capitals);
      default: return v_.orgs.empty() ? Pick(v_.countries) : Pick(v_.orgs);
    }
  }

  std::string When() { return Pick(kWhen); }

  std::string Clause() {
    std::string subject = Actor(), object = Actor();
    switch (rng_() % 9) {
      case 0: return subject + " " + Pick(kTransitive) + " " + object + " " + When();
      case 1: return subject + " " + Pick(kTransitive) + " " + object + " over " + Pick(kIssues);
      case 2: return subject + " " + Pick(kMotion) + " " + Pick(kForces) + " to the " + Pick(v_.adjectives) + " border";
      case 3: return subject + " held talks with " + object + " in " + Pick(v_.capitals) + " " + When();
      case 4: return subject + " imposed new sanctions on " + object + " " + When();
      case 5: return object + " was " + Pick(kPassive) + " by " + subject + " " + When();
      case 6: return subject + " did not " + Pick(kBase) + " " + object;
      case 7: return subject + " " + Pick(kIntent) + " to " + Pick(kBase) + " " + object;
      default: return std::to_string(2 + rng_() % 5000) + " " + Pick(kVictims) + " were " + Pick(kPassive) +
                      " in " + Pick(v_.capitals) + " " + When();
    }
  }

  std::string PoliticalSentence() {
    std::string s = Clause();
    switch (rng_() % 5) {
      case 0: s = Actor() + " said " + s; break;
      case 1: s += ", " + Actor() + " said"; break;
      case 2: s = "According to " + Actor() + ", " + s; break;
      case 3: s += ", " + Pick(kTails); break;
      default: break;
    }
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".";
  }

  std::string OtherSentence() {
    std::string s = Pick(kOther);
    size_t at;
    while ((at = s.find("#")) != std::string::npos) s.replace(at, 1, std::to_string(1 + rng_() % 900));
    return s;
  }

  // Generated pieces may leave "Khartoum , said" or doubled spaces where a slot was empty.
  static std::string Tidy(std::string s) {
    size_t at;
    while ((at = s.find("  ")) != std::string::npos) s.erase(at, 1);
    while ((at = s.find(" ,")) != std::string::npos) s.erase(at, 1);
    while ((at = s.find(" .")) != std::string::npos) s.erase(at, 1);
    return s;
  }

  std::string Document(int sentences) {
    std::string text;
    text += Clause() + "\n\n";  // a headline without a final period
    text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
    for (int i = 1; i < sentences; ++i) {
      text += Chance(70) ? PoliticalSentence() : OtherSentence();
      text += Chance(30) ? "\n\n" : " ";
    }
    return Tidy(text);
  }

  std::mt19937& rng() { return rng_; }

 private:
  static constexpr const char* kAgents[] = {"troops", "forces", "police", "officials", "protesters", "rebels",
                                            "lawmakers", "diplomats", "militants", "soldiers"};
  static constexpr const char* kRoles[] = {"president", "prime minister", "foreign minister", "defence ministry",
                                           "army", "government", "opposition leader", "central bank"};
  static constexpr const char* kTransitive[] = {"accused", "criticised", "condemned", "praised", "attacked",
                                                "shelled", "urged", "warned", "threatened", "met", "visited",
                                                "thanked", "blamed", "supported", "rejected", "sanctioned"};
  static constexpr const char* kMotion[] = {"sent", "deployed", "moved", "withdrew", "massed", "redeployed"};
  static constexpr const char* kForces[] = {"troops", "tanks", "a battalion", "warships", "fighter jets",
                                            "thousands of soldiers"};
  static constexpr const char* kPassive[] = {"attacked", "bombed", "killed", "arrested", "wounded", "detained",
                                             "criticised", "shelled", "expelled"};
  static constexpr const char* kBase[] = {"attack", "support", "recognise", "meet", "criticise", "sanction",
                                          "help", "invade", "release"};
  static constexpr const char* kIntent[] = {"vowed", "threatened", "plans", "promised", "tried", "refused",
                                            "agreed", "failed"};
  static constexpr const char* kVictims[] = {"civilians", "people", "soldiers", "protesters", "journalists"};
  static constexpr const char* kIssues[] = {"the border dispute", "the nuclear programme", "human rights",
                                            "the grain deal", "the elections", "gas prices", "the prisoner swap"};
  static constexpr const char* kWhen[] = {"on Tuesday", "on Monday", "late on Friday", "last week",
                                          "on 12 March", "in the morning", "overnight", "this year", ""};
  static constexpr const char* kTails[] = {"the ministry said in a statement", "officials told reporters",
                                           "raising fears of a wider war", "killing at least # people",
                                           "a move that drew sharp criticism"};
  static constexpr const char* kOther[] = {
      "Shares in London fell #.5 percent on Tuesday as oil prices rose to $# a barrel.",
      "The central bank kept its key rate at # percent, citing slowing inflation.",
      "Heavy rain is expected across the north of the country over the weekend.",
      "The striker scored twice as the home side won #-1 in front of # fans.",
      "Researchers said the new vaccine cut hospital admissions by # percent in trials.",
      "The company reported a quarterly profit of $# million, beating analysts' forecasts.",
      "Tickets for the festival sold out within # minutes, the organisers said.",
      "Traffic was disrupted for hours after a lorry overturned on the motorway.",
      "The film, shot over # days in the desert, opens in cinemas next month.",
      "Unemployment fell to # percent in the third quarter, the statistics office said."};

  std::mt19937 rng_;
  Vocabulary v_;
};

}  // namespace

int main(int argc, char** argv) {
  size_t sentences = argc > 1 ? std::stoul(argv[1]) : 100000;
  uint32_t seed = argc > 2 ? uint32_t(std::stoul(argv[2])) : 20261125;
  Generator g(seed);
  size_t written = 0, docs = 0;
  std::string line;
  while (written < sentences) {
    int n = 8 + int(g.rng()() % 25);
    std::string text = g.Document(n);
    line.clear();
    tocsin::io::JsonWriter w(&line);
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 18 + int(g.rng()() % 8), 1 + int(g.rng()() % 12),
                  1 + int(g.rng()() % 28));
    w.BeginObject().Key("id").String("doc" + std::to_string(docs)).Key("date").String(date).Key("text").String(text).EndObject();
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
    written += size_t(n);
    ++docs;
  }
  std::fprintf(stderr, "make_corpus: %zu documents, about %zu sentences\n", docs, written);
  return 0;
}
