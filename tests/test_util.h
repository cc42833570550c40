// Helpers shared by the tests: run the pipeline on a string, find the
// reference data beside the checkout (and skip cleanly when it is absent).
#pragma once

#include <string>
#include <vector>

#include "coder/event.h"
#include "dict/dictionaries.h"
#include "pipeline/pipeline.h"

namespace tocsin::testing {

// The analysis of `text` by the built-in pipeline (valid until the next call).
const syntax::AnalyzedDocument& Analyze(const std::string& text, const std::string& date = "2022-05-26");

// Events of `text` (all modalities, with or without a target) from the
// built-in pipeline, or from one with the given dictionaries.
std::vector<coder::Event> Code(const std::string& text, const std::string& date = "2022-05-26",
                               const dict::Dictionaries* dictionaries = nullptr);

// Whether `tocsin code` prints the event by default.
bool Printed(const coder::Event& e);

// "SRC TGT CODE" with "-" for a missing actor, for compact assertions.
std::string Brief(const coder::Event& e);
std::vector<std::string> Briefs(const std::vector<coder::Event>& events, bool printed_only = true);

// Path of a file under ../shared, or "" when the reference data is absent.
std::string SharedPath(const std::string& relative);
std::string SourcePath(const std::string& relative);
std::string ReadOrDie(const std::string& path);

// A directory of this test process's own under the system's temporary
// directory, and a file written into it.
std::string TempDir();
std::string WriteTemp(const std::string& name, const std::string& content);
// A path in TempDir() for a store, with no store (nor its -wal, -shm) there.
std::string FreshStorePath(const std::string& name);

// Runs the `tocsin` binary with `args` (a shell command line) and `stdin_text`.
struct RunResult {
  int status;  // exit status, -1 when killed
  std::string out, err;
};
RunResult Tocsin(const std::string& args, const std::string& stdin_text = "");

}  // namespace tocsin::testing

// Skips the current test with a clear message when ../shared is missing.
#define TOCSIN_REQUIRE_SHARED(path_var, relative)                                              \
  std::string path_var = ::tocsin::testing::SharedPath(relative);                             \
  if (path_var.empty()) GTEST_SKIP() << "reference data ../shared/" relative " not found; skipping"
