// build_lexicon: writes the lexicon blob (see src/lex/lexicon.h) from WordNet's
// dictionary files and the project's closed-class list.
#include <cstdio>
#include <fstream>
#include <string>

#include "base/file.h"
#include "lex/lexicon.h"

int main(int argc, char** argv) {
  std::string wordnet, closed, output;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--wordnet") wordnet = argv[i + 1];
    else if (flag == "--closed") closed = argv[i + 1];
    else if (flag == "--output") output = argv[i + 1];
  }
  if (wordnet.empty() || closed.empty() || output.empty()) {
    std::fprintf(stderr, "usage: build_lexicon --wordnet DIR --closed FILE --output FILE\n");
    return 2;
  }
  tocsin::lex::LexiconBuilder builder;
  if (auto s = builder.AddWordNet(wordnet); !s.ok()) {
    std::fprintf(stderr, "build_lexicon: %s\n(is the Debian package wordnet-base installed?)\n",
                 s.message().c_str());
    return 1;
  }
  auto text = tocsin::ReadFile(closed);
  if (!text.ok()) {
    std::fprintf(stderr, "build_lexicon: %s\n", text.status().message().c_str());
    return 1;
  }
  if (auto s = builder.AddClosedClass(*text, closed); !s.ok()) {
    std::fprintf(stderr, "build_lexicon: %s\n", s.message().c_str());
    return 1;
  }
  std::string blob = builder.Serialize();
  std::ofstream out(output, std::ios::binary);
  out.write(blob.data(), std::streamsize(blob.size()));
  if (!out) {
    std::fprintf(stderr, "build_lexicon: cannot write %s\n", output.c_str());
    return 1;
  }
  std::printf("lexicon: %zu forms, %zu bytes\n", builder.size(), blob.size());
  return 0;
}
