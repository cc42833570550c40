// tocsin: political event coding from raw news text. See README.md.
#include <cstdio>
#include <map>
#include <string>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"tocsin: reads news and codes who did what to whom (CAMEO / PLOVER events)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "tocsin " TOCSIN_VERSION);
  std::map<CLI::App*, tocsin::cli::Runner> runners;
  auto add = [&](tocsin::cli::Runner (*adder)(CLI::App&)) {
    size_t before = app.get_subcommands({}).size();
    tocsin::cli::Runner r = adder(app);
    runners[app.get_subcommands({})[before]] = r;
  };
  add(tocsin::cli::AddCodeCommand);
  add(tocsin::cli::AddAnalyzeCommand);
  add(tocsin::cli::AddEvalCommand);
  add(tocsin::cli::AddExplainCommand);
  add(tocsin::cli::AddIngestCommand);
  add(tocsin::cli::AddQueryCommand);
  add(tocsin::cli::AddStatsCommand);
  add(tocsin::cli::AddServeCommand);
  add(tocsin::cli::AddExportCommand);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return run();
  return 2;
}
