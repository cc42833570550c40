// make_corpus: writes a JSON Lines corpus of generated news documents for the
// throughput benchmark. Sentences come from the project's own templates and
// vocabulary (actors drawn from the built-in dictionaries), with the mix of
// wire copy: political leads, reported speech, passives, negation, numbers and
// dates, plus economy, sport and weather that must code nothing. With --wire
// the sentences also have wire copy's length (class Wire). Deterministic for a
// given seed.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "builtin/builtin.h"
#include "io/json_writer.h"
#include "text/tokenizer.h"

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
  std::string Issue() { return Pick(kIssues); }

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

// --- --wire: sentences as long as wire copy's (25-30 tokens, not the 14 above).
// A wire sentence is a main clause plus elaborations (titles and appositions,
// relative and temporal clauses, reported speech, participial tails, places and
// times), added one at a time until a length drawn from the wire distribution.

// Countries for titles ("Belarusian President ..."), datelines and places.
struct Nation { const char *code, *name, *adjective, *capital, *region; };
constexpr Nation kNations[] = {
    {"RUS", "Russia", "Russian", "Moscow", "Belgorod"}, {"UKR", "Ukraine", "Ukrainian", "Kyiv", "Donetsk"},
    {"BLR", "Belarus", "Belarusian", "Minsk", "Grodno"}, {"CHN", "China", "Chinese", "Beijing", "Xinjiang"},
    {"TUR", "Turkey", "Turkish", "Ankara", "Hatay"}, {"FRA", "France", "French", "Paris", "Provence"},
    {"DEU", "Germany", "German", "Berlin", "Saxony"}, {"IRN", "Iran", "Iranian", "Tehran", "Kurdistan"},
    {"SYR", "Syria", "Syrian", "Damascus", "Idlib"}, {"SDN", "Sudan", "Sudanese", "Khartoum", "Darfur"},
    {"IRQ", "Iraq", "Iraqi", "Baghdad", "Anbar"}, {"AFG", "Afghanistan", "Afghan", "Kabul", "Helmand"},
    {"ISR", "Israel", "Israeli", "Jerusalem", "Negev"}, {"EGY", "Egypt", "Egyptian", "Cairo", "Sinai"},
    {"GBR", "Britain", "British", "London", "Ulster"}, {"NGA", "Nigeria", "Nigerian", "Abuja", "Borno"},
    {"IND", "India", "Indian", "New Delhi", "Manipur"}, {"PAK", "Pakistan", "Pakistani", "Islamabad", "Balochistan"},
    {"ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Tigray"},
    {"USA", "the United States", "American", "Washington", "El Paso"}};

// Template markers, filled by Wire::Fill: @ an actor, = a speaker, % a country,
// ^ an adjective of one, & a capital, + a region ("Donetsk"), ? an issue,
// * a weekday, _ a year, # a small number, ~ a large one, ! a count ("at least 31").
// Political main clauses are "SUBJECT|PREDICATE"; an empty subject is one that
// may take an apposition or a relative clause. The last three code no event.
constexpr const char* kCores[] = {
    "|accused @ of shelling residential areas in the + region", "|accused @ of violating the ceasefire agreed in _",
    "|condemned the attack on & as an act of terrorism", "|held talks with @ in & on ?",
    "|imposed new sanctions on @ over ?", "|sent ~ troops to the border with %", "|vowed to retaliate against @",
    "|expelled # ^ diplomats", "|urged @ to return to the negotiating table",
    "|called on @ to release ! detained protesters", "|met @ in & to discuss ?",
    "|rejected a proposal by @ to hold fresh talks on ?", "|signed a defence cooperation agreement with @",
    "|agreed to resume talks with @ on ?", "|warned @ against any escalation in the + region",
    "! civilians|were killed in ^ air strikes on the + region", "! people|were arrested during protests in &",
    "^ forces|shelled villages in the + region", "^ troops|were attacked by @ near the border with %",
    "@|was criticised by @ over ?", "|said the country would hold a presidential election in the spring",
    "the ^ parliament|is expected to vote on the budget next week", "the talks in &|are expected to last two days"};
// Relative clauses that fit a person, a country or a ministry alike.
constexpr const char* kWhose[] = {"whose government has close ties to @", "whose envoy met @ in & on *",
                                  "whose troops have been in the + region since _",
                                  "whose relations with % have soured since _"};
constexpr const char* kSpeakers[] = {"the ^ foreign ministry", "a spokesman for the ^ government", "^ officials",
                                     "a senior ^ official", "the ^ defence ministry", "@"};
constexpr const char* kLeads[] = {"= said on * that ", "According to =, ", "= told reporters on * that ",
                                  "= said in a statement that ", "In a statement on *, = said that "};
constexpr const char* kReports[] = {"= said", "= said on *", "= told reporters in &", "= said in a statement",
                                    "according to =", "= told a news conference in &"};
constexpr const char* kWhens[] = {"on *", "late on *", "earlier this week", "on * night", "last week",
                                  "over the weekend", "early on *"};
// Coordinated verbs, for subjects that act.
constexpr const char* kCoords[] = {
    "and called for an emergency meeting of the UN Security Council", "but stopped short of blaming @ directly",
    "and vowed to respond to any further provocation", "but said the door to negotiations remained open",
    "and said more talks were planned for next month"};
constexpr const char* kPlaces[] = {"in the + region", "near the border with %", "on the outskirts of &",
                                   "at a news conference in &", "during a visit to &"};
constexpr const char* kRelatives[] = {
    "a claim that could not be independently verified", "the heaviest fighting in the area in weeks",
    "a move that drew sharp criticism from @", "which has killed more than ~ people since _",
    "a decision that could further strain ties with %"};
constexpr const char* kJoins[] = {", after ", ", days after ", ", as ", ", while ", ", hours before ", ", even as "};
// Subordinate clauses that code no event, beside the short clause kinds that do.
constexpr const char* kSettings[] = {"the country was preparing for elections in the spring",
                                     "^ negotiators were still in &", "a summit on ? ended without agreement",
                                     "the government in & faces growing pressure at home"};
constexpr const char* kParticiples[] = {
    "killing ! people and wounding # others", "raising fears of a wider conflict in the region",
    "prompting calls for restraint from the United Nations", "leaving ~ people without power",
    "the latest sign of rising tension between % and %",
    "dealing a blow to hopes of a settlement in the + region"};
constexpr const char* kQuotes[] = {
    "We will not allow anyone to threaten the security of our country", "This was a deliberate attack on civilians",
    "We are ready to resume talks with @ at any time, but not under pressure",
    "There can be no lasting peace while ^ troops remain on our territory"};
constexpr const char* kQuoteMore[] = {", and we will not back down", " and we expect @ to do the same",
                                      ", whatever @ may say", ", and that is what we told our partners in &"};
constexpr const char* kHeadlines[] = {
    "@ accuses @ of violating ceasefire", "! killed in ^ air strikes on &", "@ to send more troops to border with %",
    "@ says ready for talks with @ on ?", "@ warns @ over ?", "^ forces shell villages near & overnight",
    "@ imposes new sanctions on @ over ?", "@ and @ agree to resume talks in &", "@ expels # ^ diplomats"};
constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"};
// Titles that go before a name ("Belarusian President Alexander Lukashenko").
constexpr const char* kTitles[] = {"president", "prime minister", "foreign minister", "defence minister",
                                   "opposition leader", "interior minister", "deputy prime minister", "chancellor"};

// Background that must code nothing: main clauses and elaborations that fit them.
struct Domain { const char *cores[3], *tails[2], *clauses[2], *reports[2]; };
constexpr Domain kDomains[] = {
    {{"the central bank kept its benchmark interest rate at # percent", "shares in & closed # percent lower",
      "the company reported a quarterly profit of $# million on sales of $# billion"},
     {"the lowest level since _", "slightly above analysts' forecasts"},
     {"as investors weighed the outlook for interest rates", "after a stronger than expected rise in retail sales"},
     {"the statistics office said", "according to figures published on *"}},
    {{"the striker scored twice as the home side won #-1 in front of ~ fans",
      "the club confirmed that its captain will miss the rest of the season with a knee injury",
      "the defending champion needed just # minutes to reach the quarter-finals"},
     {"their fifth win in a row", "ending a run of # games without a win"},
     {"after a goalless first half", "while the visitors finished the match with ten men"},
     {"the club said on its website", "the coach told reporters after the match"}},
    {{"heavy rain is expected across the north of the country over the weekend",
      "temperatures are forecast to reach # degrees Celsius in parts of the south",
      "snow closed several mountain roads and delayed flights at the main airport"},
     {"with up to # millimetres of rain in some areas", "the highest for the time of year since _"},
     {"as a band of low pressure moves in from the Atlantic", "while the coast should stay dry and mild"},
     {"the national weather service said", "forecasters said on *"}}};

// Target lengths in tokens as (per mille, tokens) quantiles; a sentence's target
// lies between two neighbouring ones. Tuned so that the sentences tocsin finds
// (headlines included) have wire copy's mean ~28, median ~25, ~10% over 45.
constexpr int kLengthQuantiles[][2] = {{0, 9},    {100, 14}, {250, 19}, {500, 24},  {750, 34},
                                       {900, 48}, {970, 61}, {995, 77}, {1000, 90}};

class Wire {
 public:
  // Shares the generator's random numbers and its short clauses.
  explicit Wire(Generator& g) : g_(g) {
    for (const auto& a : tocsin::BuiltinDictionaries().actors.actors())
      for (const Nation& n : kNations)
        if (a.kind == tocsin::dict::ActorKind::kPerson && !a.titles.empty() && a.code.compare(0, 3, n.code) == 0 &&
            std::find(std::begin(kTitles), std::end(kTitles), a.titles[0]) != std::end(kTitles))
          figures_.push_back({a.name, a.titles[0], &n});
  }

  // A document of `sentences` sentences dated `date` (YYYY-MM-DD); adds the
  // whitespace-separated words of its sentences to `words`.
  std::string Document(int sentences, const std::string& date, size_t* words) {
    focus_ = &kNations[R() % std::size(kNations)];
    std::string text = Counted(Headline(), words) + "\n\n";
    if (g_.Chance(50)) {  // "KYIV, March 3 (Reuters) - " or "KYIV (AFP) - "
      for (const char* c = focus_->capital; *c; ++c) text += Up(*c);
      if (g_.Chance(60))
        text += ", " + std::string(kMonths[std::stoi(date.substr(5, 2)) - 1]) + " " +
                std::to_string(std::stoi(date.substr(8)));
      text += g_.Chance(70) ? " (Reuters) - " : " (AFP) - ";
    }
    for (int i = 1; i < sentences;) {
      int paragraph = 1 + int(R() % 3);
      for (int k = 0; k < paragraph && i < sentences; ++k, ++i) {
        bool political = i == 1 || g_.Chance(67);  // the lead, then about two thirds
        std::string sentence = !political ? Background() : g_.Chance(20) ? Quote() : Political();
        text += (k > 0 ? " " : "") + Counted(sentence, words);
      }
      if (i < sentences) text += "\n\n";
    }
    return text;
  }

 private:
  using Slots = std::vector<std::string>;  // a sentence's pieces, in order
  struct Figure { std::string name, title; const Nation* nation; };  // a person from the dictionaries

  uint32_t R() { return g_.rng()(); }
  // Half the time the dateline's country, so that a document mostly keeps to one.
  const Nation& Country() { return g_.Chance(50) ? *focus_ : kNations[R() % std::size(kNations)]; }
  const Figure& AnyFigure() { return figures_[R() % figures_.size()]; }

  static char Up(char c) { return char(std::toupper(static_cast<unsigned char>(c))); }
  static std::string Capitalised(std::string s) {  // after an opening quote mark too
    s[s[0] == '"'] = Up(s[s[0] == '"']);
    return s;
  }
  static std::string Join(const Slots& s) { return std::accumulate(s.begin(), s.end(), std::string()); }
  // Length in tocsin's own tokens: "country's" is two, a comma is one.
  static int Tokens(const std::string& s) {
    std::vector<tocsin::text::Token> tokens;
    tocsin::text::Tokenize(s, {0, uint32_t(s.size())}, &tokens);
    return int(tokens.size());
  }
  static std::string Counted(const std::string& sentence, size_t* words) {
    std::string s = Generator::Tidy(sentence);
    for (size_t i = 0; i < s.size(); ++i) *words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return s;
  }

  int Target() {
    int u = int(R() % 1000), i = 1;
    while (kLengthQuantiles[i][0] < u) ++i;
    const int *lo = kLengthQuantiles[i - 1], *hi = kLengthQuantiles[i];
    return lo[1] + (hi[1] - lo[1]) * (u - lo[0]) / (hi[0] - lo[0]);
  }

  std::string Number(int lo, int hi) { return std::to_string(lo + int(R() % uint32_t(hi - lo + 1))); }
  std::string Large() {  // "4,300"
    int hundreds = 10 + int(R() % 590);
    return std::to_string(hundreds / 10) + "," + std::to_string(hundreds % 10) + "00";
  }
  std::string Count() {
    static constexpr const char* kHedges[] = {"at least ", "more than ", "nearly ", "about ", ""};
    return g_.Pick(kHedges) + (g_.Chance(60) ? Number(3, 99) : Large());
  }

  std::string Titled(const Figure& f) {
    std::string title = f.title;
    for (size_t i = 0; i < title.size(); ++i)
      if (i == 0 || title[i - 1] == ' ') title[i] = Up(title[i]);
    return std::string(f.nation->adjective) + " " + title + " " + f.name;
  }

  std::string Fill(std::string_view t) {
    std::string out;
    for (char c : t) {
      switch (c) {
        case '@': out += g_.Actor(); break;
        case '=': out += g_.Chance(40) ? Titled(AnyFigure()) : Fill(g_.Pick(kSpeakers)); break;
        case '%': out += Country().name; break;
        case '^': out += Country().adjective; break;
        case '&': out += Country().capital; break;
        case '+': out += Country().region; break;
        case '?': out += g_.Issue(); break;
        case '*': out += g_.Pick(kDays); break;
        case '_': out += Number(2008, 2023); break;
        case '#': out += Number(2, 30); break;
        case '~': out += Large(); break;
        case '!': out += Count(); break;
        default: out += c;
      }
    }
    return out;
  }

  // Offers elaborations for free slots in random order until the sentence has
  // `target` tokens; a piece that would overshoot by more than a few is passed over.
  template <class Offer>
  void Grow(Slots& s, int target, Offer offer) {
    for (int round = 0; round < 30; ++round) {
      int room = target - Tokens(Join(s));
      if (room <= 1) return;
      size_t slot = R() % s.size();
      if (!s[slot].empty()) continue;
      std::string piece = offer(slot);
      if (!piece.empty() && Tokens(piece) <= room + 3) s[slot] = piece;
    }
  }

  // A subject and the apposition or relative clause that may follow it.
  std::pair<std::string, std::string> Subject() {
    const Figure& f = AnyFigure();
    std::string whose = ", " + Fill(g_.Pick(kWhose)) + ",";
    switch (R() % 4) {
      case 0: return {Titled(f), whose};
      case 1: {  // "Alexander Lukashenko, the country's president,"
        std::string of = g_.Chance(50) ? "country's" : f.nation->adjective;
        return {f.name, ", the " + of + " " + f.title + ","};
      }
      case 2: return {Country().name, whose};
      default: return {Fill(g_.Pick(kSpeakers)), whose};
    }
  }

  std::string Political() {
    enum { kLead, kSubject, kMore, kWhen, kPredicate, kCoord, kPlace, kRelative, kClause, kTail, kReport, kAdding };
    std::string core = g_.Pick(kCores);
    size_t bar = core.find('|');
    auto [subject, more] = bar == 0 ? Subject() : std::make_pair(Fill(core.substr(0, bar)), std::string());
    Slots s(kAdding + 1);
    s[kSubject] = subject;
    s[kPredicate] = " " + Fill(core.substr(bar + 1));
    Grow(s, Target() - 1, [&](size_t slot) -> std::string {
      bool reported = !s[kLead].empty() || !s[kReport].empty();
      switch (slot) {
        case kLead: return reported ? "" : Fill(g_.Pick(kLeads));
        case kMore: return more;
        case kWhen: return " " + Fill(g_.Pick(kWhens));
        case kCoord: return bar == 0 ? " " + Fill(g_.Pick(kCoords)) : "";
        case kPlace: return " " + Fill(g_.Pick(kPlaces));
        case kRelative: return ", " + Fill(g_.Pick(kRelatives));
        case kClause: return g_.Pick(kJoins) + (g_.Chance(50) ? g_.Clause() : Fill(g_.Pick(kSettings)));
        case kTail: return ", " + Fill(g_.Pick(kParticiples));
        case kReport: return reported ? "" : ", " + Fill(g_.Pick(kReports));
        case kAdding: return reported ? ", adding that " + Fill(g_.Pick(kSettings)) : "";
        default: return "";
      }
    });
    return Capitalised(Join(s) + ".");
  }

  // "We will not allow ...," the foreign ministry said on Tuesday, adding that ...
  std::string Quote() {
    enum { kBody, kMore, kSpeaker, kAdding };
    Slots s(kAdding + 1);
    s[kBody] = Fill(g_.Pick(kQuotes));
    s[kSpeaker] = ",\" " + Fill(g_.Pick(kReports));
    Grow(s, Target() - 2, [&](size_t slot) -> std::string {
      if (slot == kMore) return Fill(g_.Pick(kQuoteMore));
      return slot == kAdding ? ", adding that " + g_.Clause() : "";
    });
    return "\"" + Join(s) + ".";
  }

  std::string Background() {
    enum { kCore, kWhen, kTail, kClause, kReport, kAnd };
    const Domain& d = kDomains[R() % std::size(kDomains)];
    size_t core = R() % std::size(d.cores);
    Slots s(kAnd + 1);
    s[kCore] = Fill(d.cores[core]);
    Grow(s, Target() - 1, [&](size_t slot) -> std::string {
      switch (slot) {
        case kWhen: return " " + Fill(g_.Pick(kWhens));
        case kTail: return ", " + Fill(g_.Pick(d.tails));
        case kClause: return (g_.Chance(50) ? ", " : " ") + Fill(g_.Pick(d.clauses));
        case kReport: return ", " + Fill(g_.Pick(d.reports));
        case kAnd: return ", and " + Fill(d.cores[(core + 1 + R() % 2) % 3]);  // another of the domain's
        default: return "";
      }
    });
    return Capitalised(Join(s) + ".");
  }

  std::string Headline() {  // 6-12 tokens, no final period
    std::string h = Fill(g_.Pick(kHeadlines));
    for (int tries = 0; tries < 10 && (Tokens(h) < 6 || Tokens(h) > 12); ++tries) h = Fill(g_.Pick(kHeadlines));
    return Capitalised(h);
  }

  Generator& g_;
  std::vector<Figure> figures_;
  const Nation* focus_ = &kNations[0];
};

// Kept as it was, so that plain corpora stay byte for byte the same.
std::string Date(std::mt19937& rng) {
  char date[16];
  std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 18 + int(rng() % 8), 1 + int(rng() % 12),
                1 + int(rng() % 28));
  return date;
}

}  // namespace

// make_corpus [--wire] [N [SEED]]: about N sentences (default 100000).
int main(int argc, char** argv) {
  bool wire = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--wire") wire = true;
    else args.push_back(argv[i]);
  }
  size_t sentences = args.size() > 0 ? std::stoul(args[0]) : 100000;
  uint32_t seed = args.size() > 1 ? uint32_t(std::stoul(args[1])) : 20261125;
  Generator g(seed);
  Wire wired(g);
  size_t written = 0, docs = 0, words = 0;
  std::string line;
  while (written < sentences) {
    int n = 8 + int(g.rng()() % (wire ? 23 : 25));
    std::string date = wire ? Date(g.rng()) : "";
    std::string text = wire ? wired.Document(n, date, &words) : g.Document(n);
    if (!wire) date = Date(g.rng());
    line.clear();
    tocsin::io::JsonWriter w(&line);
    w.BeginObject().Key("id").String("doc" + std::to_string(docs)).Key("date").String(date).Key("text").String(text).EndObject();
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
    written += size_t(n);
    ++docs;
  }
  if (wire)
    std::fprintf(stderr, "make_corpus: %zu documents, %zu sentences, mean %.1f words per sentence\n", docs, written,
                 double(words) / double(written));
  else
    std::fprintf(stderr, "make_corpus: %zu documents, about %zu sentences\n", docs, written);
  return 0;
}
