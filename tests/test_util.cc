#include "test_util.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/file.h"

namespace tocsin::testing {
namespace {

const pipeline::Pipeline& Builtin() {
  static const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(), pipeline::PrintOptions::All());
  return pipe;
}

const pipeline::Workspace& RunOrDie(const pipeline::Pipeline& pipe, const std::string& text, const std::string& date,
                                    bool code) {
  static pipeline::Workspace ws;
  Status s = code ? pipe.Run({"test", date, text}, &ws) : pipe.Analyze({"test", date, text}, &ws);
  if (!s.ok()) {
    std::fprintf(stderr, "pipeline failed: %s\n", s.message().c_str());
    std::abort();
  }
  return ws;
}

}  // namespace

const syntax::AnalyzedDocument& Analyze(const std::string& text, const std::string& date) {
  return RunOrDie(Builtin(), text, date, /*code=*/false).analyzed;
}

std::vector<coder::Event> Code(const std::string& text, const std::string& date,
                               const dict::Dictionaries* dictionaries) {
  if (!dictionaries) return RunOrDie(Builtin(), text, date, /*code=*/true).events;
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries), pipeline::PrintOptions::All());
  return RunOrDie(pipe, text, date, /*code=*/true).events;
}

bool Printed(const coder::Event& e) {
  static const pipeline::EventFilter printed(pipeline::BuiltinKnowledge().ontology, {});
  return printed.Keeps(e);
}

std::string Brief(const coder::Event& e) {
  return (e.has_source ? e.source.code : "-") + " " + (e.has_target ? e.target.code : "-") + " " + e.cameo;
}

std::vector<std::string> Briefs(const std::vector<coder::Event>& events, bool printed_only) {
  std::vector<std::string> out;
  for (const coder::Event& e : events)
    if (!printed_only || Printed(e)) out.push_back(Brief(e));
  return out;
}

std::string SharedPath(const std::string& relative) {
  std::string path = std::string(TOCSIN_SHARED_DIR) + "/" + relative;
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? path : "";
}

std::string SourcePath(const std::string& relative) { return std::string(TOCSIN_SOURCE_DIR) + "/" + relative; }

std::string ReadOrDie(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) {
    std::fprintf(stderr, "%s\n", data.status().message().c_str());
    std::abort();
  }
  return *data;
}

std::string TempDir() {
  auto dir = std::filesystem::temp_directory_path() / ("tocsin-test-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string FreshStorePath(const std::string& name) {
  std::string path = TempDir() + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

RunResult Tocsin(const std::string& args, const std::string& stdin_text) {
  std::string dir = TempDir();
  std::string in = WriteTemp("stdin", stdin_text);
  std::string cmd = std::string(TOCSIN_BINARY) + " " + args + " <" + in + " >" + dir + "/out 2>" + dir + "/err";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = ReadOrDie(dir + "/out");
  r.err = ReadOrDie(dir + "/err");
  return r;
}

}  // namespace tocsin::testing
