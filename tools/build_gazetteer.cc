// build_gazetteer: writes the gazetteer blob (src/geo/gazetteer.h) from the
// exported npm place lists and the project's data/geo/ tables. Rows it cannot
// use are counted on stderr and listed in full in the --report file.
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "base/file.h"
#include "geo/gazetteer_builder.h"

int main(int argc, char** argv) {
  std::map<std::string, std::string> paths;
  for (int i = 1; i + 1 < argc; i += 2) paths[argv[i]] = argv[i + 1];
  const char* kNeeded[] = {"--countries", "--populated", "--places", "--variants", "--borders", "--output", "--report"};
  for (const char* flag : kNeeded) {
    if (!paths.count(flag)) {
      std::fprintf(stderr,
                   "usage: build_gazetteer --countries F --populated F --places F --variants F --borders F "
                   "--output F --report F\n");
      return 2;
    }
  }
  std::string texts[5];
  const char* kInputs[] = {"--countries", "--populated", "--places", "--variants", "--borders"};
  for (int i = 0; i < 5; ++i) {
    auto text = tocsin::ReadFile(paths[kInputs[i]]);
    if (!text.ok()) {
      std::fprintf(stderr, "build_gazetteer: %s\n", text.status().message().c_str());
      return 1;
    }
    texts[i] = std::move(*text);
  }
  auto source = [&](int i) { return tocsin::geo::GazetteerSource{paths[kInputs[i]], texts[i]}; };
  std::vector<std::string> problems;
  auto blob = tocsin::geo::BuildGazetteer({source(0), source(1), source(2), source(3), source(4)}, &problems);
  if (!blob.ok()) {
    std::fprintf(stderr, "build_gazetteer: %s\n", blob.status().message().c_str());
    return 1;
  }
  std::ofstream report(paths["--report"]);
  for (const std::string& p : problems) report << p << '\n';
  std::ofstream out(paths["--output"], std::ios::binary);
  out.write(blob->data(), std::streamsize(blob->size()));
  if (!out || !report) {
    std::fprintf(stderr, "build_gazetteer: cannot write %s\n", paths["--output"].c_str());
    return 1;
  }
  size_t notes = 0;
  for (const std::string& p : problems) notes += p.find(": note: ") != std::string::npos;
  std::fprintf(stderr, "build_gazetteer: %zu bytes; %zu rows skipped, %zu variants matched to a near spelling (listed in %s)\n",
               blob->size(), problems.size() - notes, notes, paths["--report"].c_str());
  return 0;
}
