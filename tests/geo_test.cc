// The gazetteer (builder, blob, lookup) and the geoparser, on a small
// gazetteer written here so that each rule is tested on its own; the
// built-in gazetteer is checked on the seed article in pipeline_test.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "builtin/builtin.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/place_names.h"
#include "geo/places.h"
#include "pipeline/pipeline.h"

namespace tocsin::geo {
namespace {

constexpr std::string_view kCountries =
    "# iso2 iso3 name lat lon capital variants\n"
    "UA\tUKR\tUkraine\t49.0\t32.0\tKyiv\tthe Ukraine\n"
    "BY\tBLR\tBelarus\t53.5\t28.0\tMinsk\tByelorussia\n"
    "GB\tGBR\tUnited Kingdom\t54.0\t-2.0\tLondon\tUK|Britain\n"
    "CA\tCAN\tCanada\t56.0\t-106.0\tOttawa\t\n"
    "AR\tARG\tArgentina\t-34.0\t-64.0\tBuenos Aires\t\n"
    "ES\tESP\tSpain\t40.0\t-4.0\tMadrid\t\n"
    "TR\tTUR\tTurkey\t39.0\t35.0\tAnkara\tTürkiye\n"
    "YE\tYEM\tYemen\t15.5\t47.5\tSanaa\t\n"
    "JP\tJPN\tJapan\t36.0\t138.0\tTokyo\t\n"
    "DE\tDEU\tGermany\t51.0\t10.0\tBerlin\t\n";
constexpr std::string_view kPopulated =
    "city\tKyiv\tUA\tKyiv\tPPLC\t2797553\t50.45\t30.52\n"
    "city\tKharkiv\tUA\tKharkivska oblast\tPPLA\t1430885\t49.98\t36.25\n"
    "city\tKupiansk\tUA\tKharkivska oblast\tPPLA2\t27000\t49.71\t37.61\n"
    "city\tBucha\tUA\tKyivska oblast\tPPL\t42279\t50.54\t30.21\n"
    "city\tBucha\tDE\tThuringia\tPPLA4\t1211\t50.88\t11.52\n"
    "city\tMinsk\tBY\tMinsk\tPPLC\t1742124\t53.90\t27.57\n"
    "city\tLondon\tGB\tEngland\tPPLC\t7556900\t51.51\t-0.13\n"
    "city\tLondon\tCA\tOntario\tPPL\t346765\t42.98\t-81.23\n"
    "city\tCórdoba\tAR\tCórdoba\tPPLA\t1428214\t-31.41\t-64.18\n"
    "city\tCórdoba\tES\tAndalusia\tPPLA2\t328428\t37.88\t-4.77\n"
    "city\tAnkara\tTR\tAnkara\tPPLC\t3517182\t39.92\t32.85\n"
    "city\tSanaa\tYE\tAmanat Alasimah\tPPLC\t1937451\t15.35\t44.21\n"
    "city\tObama\tJP\tFukui\tPPL\t30000\t35.49\t135.74\n"
    "city\tPolice\tDE\tNowhere\tPPL\t33000\t53.55\t14.57\n"
    "admin1\tOntario\tCA\tOntario\tADM1\t0\t50.0\t-85.0\n"
    "admin1\tKharkivska oblast\tUA\tKharkivska oblast\tADM1\t0\t49.5\t36.5\n"
    "city\tNowhere\tZZ\t\tPPL\t10\t0\t0\n";
constexpr std::string_view kPlaces =
    "# name kind iso3 admin1 lat lon radius_km variants\n"
    "Donbas\tregion\tUKR\t\t48.0\t38.0\t200\tDonbass|Donets Basin\n"
    "Kharkiv Oblast\tadmin1\tUKR\tKharkiv Oblast\t49.5\t36.5\t150\tKharkiv region|Kharkov region\n"
    "Black Sea\tsea\t\t\t43.0\t35.0\t500\t\n"
    "Atlantis\tcontinent\t\t\t0\t0\t10\t\n";
constexpr std::string_view kVariants =
    "Kiev\tKyiv\tUA\n"
    "Kharkov\tKharkiv\tUA\n"
    "Nowhereville\tNowhere\tUA\n";
constexpr std::string_view kBorders =
    "BLR\tUKR\t51.5\t28.0\t1084\n"
    "UKR\tXXX\t0\t0\t1\n";

Gazetteer SmallGazetteer(std::string* blob, std::vector<std::string>* problems) {
  auto built = BuildGazetteer({{"countries.tsv", kCountries},
                               {"populated.tsv", kPopulated},
                               {"places.tsv", kPlaces},
                               {"variants.tsv", kVariants},
                               {"borders.tsv", kBorders}},
                              problems);
  EXPECT_TRUE(built.ok()) << built.status().message();
  *blob = std::move(*built);
  auto g = Gazetteer::FromBlob(*blob);
  EXPECT_TRUE(g.ok()) << g.status().message();
  return *g;
}

std::vector<std::string> Names(const Gazetteer& g, std::string_view name) {
  std::vector<std::string> out;
  for (uint32_t id : g.Find(PlaceKeyHash(PlaceKey(name)))) {
    const Place& p = g.place(id);
    out.push_back(std::string(g.Name(p)) + "/" + std::string(g.Iso3(p)));
  }
  return out;
}

TEST(PlaceKey, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(PlaceKey("Córdoba"), "cordoba");
  EXPECT_EQ(PlaceKey("  Nagorno-Karabakh "), "nagorno karabakh");
  EXPECT_EQ(PlaceKey("Sana'a"), "sanaa");
  EXPECT_EQ(PlaceKey("Sana\xE2\x80\x99" "a"), "sanaa");
  EXPECT_EQ(PlaceKey("St. Louis"), "st louis");
  EXPECT_EQ(PlaceKey("ŁÓDŹ"), "lodz");
  EXPECT_EQ(PlaceKey("Bab el-Mandeb"), "bab el mandeb");
  EXPECT_EQ(PlaceKey("Київ"), "");  // other scripts are not keys
}

TEST(Gazetteer, BuildsFindsAndReportsWhatItSkips) {
  std::string blob;
  std::vector<std::string> problems;
  const Gazetteer g = SmallGazetteer(&blob, &problems);
  EXPECT_EQ(Names(g, "kharkov"), std::vector<std::string>{"Kharkiv/UKR"});
  EXPECT_EQ(Names(g, "KIEV"), std::vector<std::string>{"Kyiv/UKR"});
  EXPECT_EQ(Names(g, "Donbass"), std::vector<std::string>{"Donbas/UKR"});
  EXPECT_EQ(Names(g, "Black Sea"), std::vector<std::string>{"Black Sea/"});
  EXPECT_EQ(Names(g, "Britain"), std::vector<std::string>{"United Kingdom/GBR"});
  // Countries and curated regions first, then by population.
  EXPECT_EQ(Names(g, "london"), (std::vector<std::string>{"London/GBR", "London/CAN"}));
  EXPECT_EQ(Names(g, "Cordoba"), (std::vector<std::string>{"Córdoba/ARG", "Córdoba/ESP"}));
  // A region is found by its name and with a region word.
  EXPECT_EQ(Names(g, "Kharkivska oblast"), std::vector<std::string>{"Kharkivska oblast/UKR"});
  EXPECT_EQ(Names(g, "Kharkivska province"), std::vector<std::string>{"Kharkivska oblast/UKR"});
  EXPECT_TRUE(Names(g, "Atlantis").empty());
  EXPECT_TRUE(g.Find(PlaceKeyHash("nowhere at all")).empty());

  const std::string joined = [&] {
    std::string s;
    for (const auto& p : problems) s += p + "\n";
    return s;
  }();
  EXPECT_NE(joined.find("places.tsv:5: unknown kind 'continent'"), std::string::npos) << joined;
  EXPECT_NE(joined.find("variants.tsv:3: no city 'Nowhere' in UA"), std::string::npos) << joined;
  EXPECT_NE(joined.find("borders.tsv:2: unknown country"), std::string::npos) << joined;
  EXPECT_NE(joined.find("1 rows of country 'ZZ'"), std::string::npos) << joined;
  EXPECT_EQ(problems.size(), 4u) << joined;

  const uint16_t blr = g.CountryIndex("BLR"), ukr = g.CountryIndex("UKR");
  ASSERT_NE(blr, kNoCountry);
  ASSERT_NE(g.FindBorder(ukr, blr), nullptr);
  EXPECT_FLOAT_EQ(g.FindBorder(ukr, blr)->lat, 51.5f);
  EXPECT_EQ(g.FindBorder(ukr, g.CountryIndex("GBR")), nullptr);
  EXPECT_EQ(g.Name(g.place(g.country(ukr).capital)), "Kyiv");
}

TEST(Gazetteer, RefusesDamagedBlobs) {
  std::string blob;
  std::vector<std::string> problems;
  SmallGazetteer(&blob, &problems);
  EXPECT_FALSE(Gazetteer::FromBlob("").ok());
  EXPECT_FALSE(Gazetteer::FromBlob(std::string(blob.size(), 'x')).ok());
  std::string truncated = blob.substr(0, blob.size() - 10);
  EXPECT_FALSE(Gazetteer::FromBlob(truncated).ok());
  std::string bad_posting = blob;
  // The first posting (after header, keys, slots and places) pointing past the places.
  GazetteerHeader h;
  std::memcpy(&h, blob.data(), sizeof h);
  const size_t postings_at =
      sizeof h + h.key_count * sizeof(GazetteerKey) + h.slot_count * 4 + h.place_count * sizeof(Place);
  const uint32_t huge = 0xFFFFFFF0u;
  std::memcpy(bad_posting.data() + postings_at, &huge, 4);
  EXPECT_FALSE(Gazetteer::FromBlob(bad_posting).ok());
  std::vector<std::string> none;
  EXPECT_FALSE(BuildGazetteer({{"c", "# nothing\n"}, {"p", ""}, {"pl", ""}, {"v", ""}, {"b", ""}}, &none).ok());
}

class GeoparserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> problems;
    gazetteer_ = SmallGazetteer(&blob_, &problems);
  }
  // "name/ISO3/role/attached" for each mention of the text.
  std::vector<std::string> Parse(std::string_view text, std::vector<std::string_view> actors = {}) {
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
    EXPECT_TRUE(pipe.Analyze({"t", "2024-05-03", text}, &ws_).ok());
    std::vector<uint16_t> countries;
    for (auto a : actors) countries.push_back(gazetteer_.CountryIndex(a));
    const Geoparser parser(gazetteer_, BuiltinWordClasses());
    parser.Find(ws_.analyzed, countries, &places_);
    std::vector<std::string> out;
    for (const PlaceMention& m : places_.mentions) {
      const Place& p = gazetteer_.place(m.place);
      out.push_back(std::string(gazetteer_.Name(p)) + "/" + std::string(gazetteer_.Iso3(p)) + "/" +
                    std::string(PlaceRoleName(m.role)) + (m.vg >= 0 ? "/vg" : ""));
    }
    return out;
  }
  std::string blob_;
  Gazetteer gazetteer_;
  pipeline::Workspace ws_;
  DocumentPlaces places_;
};

TEST_F(GeoparserTest, ContextChoosesAmongNamesakes) {
  EXPECT_EQ(Parse("Protesters gathered in London, Ontario, on Saturday."),
            (std::vector<std::string>{"London/CAN/place/vg", "Ontario/CAN/place"}));
  EXPECT_EQ(Parse("Protesters gathered in London on Saturday."), std::vector<std::string>{"London/GBR/place/vg"});
  EXPECT_EQ(Parse("Farmers blocked roads near Córdoba, Spain."),
            (std::vector<std::string>{"Córdoba/ESP/place/vg", "Spain/ESP/place"}));
  EXPECT_EQ(Parse("Farmers blocked roads near Cordoba."), std::vector<std::string>{"Córdoba/ARG/place/vg"});
  EXPECT_EQ(Parse("Troops shelled the town of Kupiansk in the Kharkiv region."),
            (std::vector<std::string>{"Kupiansk/UKR/place/vg", "Kharkiv Oblast/UKR/place/vg"}));
}

TEST_F(GeoparserTest, SmallTownsNeedAPlacePhraseOrTheStorysCountry) {
  EXPECT_EQ(Parse("Bucha has become a symbol of the war.", {"UKR", "RUS"}),
            std::vector<std::string>{"Bucha/UKR/place"});
  EXPECT_TRUE(Parse("Bucha has become a symbol.").empty());
  EXPECT_TRUE(Parse("Obama said the talks would go on.", {"JPN"}).empty());
  EXPECT_EQ(Parse("Fighting was reported in Police."), std::vector<std::string>{"Police/DEU/place/vg"});
  // Inside a longer proper name.
  EXPECT_TRUE(Parse("The London Review published the letter.").empty());
}

TEST_F(GeoparserTest, CapitalsThatActAreGovernments) {
  EXPECT_EQ(Parse("Ankara rejected the plan."), std::vector<std::string>{"Ankara/TUR/government"});
  EXPECT_EQ(Parse("Houthi rebels fired a rocket at the capital, Sanaa."),
            std::vector<std::string>{"Sanaa/YEM/place/vg"});
  EXPECT_EQ(Parse("Kiev has already sounded the alarm."), std::vector<std::string>{"Kyiv/UKR/government"});
  EXPECT_EQ(Parse("Turkey sent troops into Ukraine."),
            (std::vector<std::string>{"Turkey/TUR/government", "Ukraine/UKR/place/vg"}));
  // A chain's first phrase holds the role; the agent of a passive acts; a
  // country that undergoes an act on a place is a place.
  EXPECT_EQ(Parse("Britain and Turkey imposed sanctions."),
            (std::vector<std::string>{"United Kingdom/GBR/government", "Turkey/TUR/government"}));
  EXPECT_EQ(Parse("The cuts were ordered by Ankara."), std::vector<std::string>{"Ankara/TUR/government"});
  EXPECT_EQ(Parse("An earthquake struck Turkey."), std::vector<std::string>{"Turkey/TUR/place/vg"});
  EXPECT_EQ(Parse("The president warned Turkey."), std::vector<std::string>{"Turkey/TUR/government"});
}

TEST_F(GeoparserTest, BordersKeepTheCountriesTheTextNames) {
  Parse("Lukashenko said he would send a battalion to his country's border with Ukraine.");
  ASSERT_EQ(places_.borders.size(), 1u);
  EXPECT_EQ(places_.borders[0].countries[0], gazetteer_.CountryIndex("UKR"));
  EXPECT_EQ(places_.borders[0].countries[1], kNoCountry);
  EXPECT_GE(places_.borders[0].vg, 0);
  EXPECT_EQ(ws_.analyzed.doc.TokenText(ws_.analyzed.doc.tokens[places_.borders[0].token_end - 1]), "Ukraine");
  Parse("Belarus moved troops to the Belarus-Ukraine border.");
  ASSERT_EQ(places_.borders.size(), 1u);
  EXPECT_EQ(places_.borders[0].countries[0], gazetteer_.CountryIndex("BLR"));
  EXPECT_EQ(places_.borders[0].countries[1], gazetteer_.CountryIndex("UKR"));
}

TEST_F(GeoparserTest, DatelinesAndTheDominantPlace) {
  Parse("KHARKIV, Ukraine (Reuters) - Shelling hit the city. Shells fell on Kharkov again, and on Kyiv.");
  ASSERT_GE(places_.dateline_place, 0);
  EXPECT_EQ(gazetteer_.Name(gazetteer_.place(uint32_t(places_.dateline_place))), "Kharkiv");
  ASSERT_GE(places_.dateline_qualifier, 0);
  EXPECT_EQ(gazetteer_.Name(gazetteer_.place(uint32_t(places_.dateline_qualifier))), "Ukraine");
  ASSERT_GE(places_.dominant_place, 0);
  EXPECT_EQ(gazetteer_.Name(gazetteer_.place(uint32_t(places_.dominant_place))), "Kharkiv");
}

}  // namespace
}  // namespace tocsin::geo
