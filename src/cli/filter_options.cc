#include "cli/filter_options.h"

#include <cstdio>

namespace tocsin::cli {

void AddFilterOptions(CLI::App* cmd, store::EventQuery* q) {
  cmd->add_option("--from", q->from, "Events on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", q->to, "Events on or before this date (YYYY-MM-DD)");
  cmd->add_option("--source", q->source, "Source actor: a country (RUS) or a code prefix (RUSGOV)");
  cmd->add_option("--target", q->target, "Target actor: a country or a code prefix");
  cmd->add_option("--actor", q->actor, "Either side: a country or a code prefix");
  cmd->add_option("--cameo", q->cameo, "CAMEO event code or prefix (19, 190, 1823)");
  cmd->add_option("--plover", q->plover, "PLOVER event (ASSAULT, PROTEST, ...)");
  cmd->add_option("--quad", q->quad,
                  "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict");
  cmd->add_option("--modality", q->modality, "asserted, reported, intended, negated or hypothetical");
  cmd->add_option("--doc", q->doc, "Events of this document id");
  cmd->add_option("--country", q->country, "Events located in this country (UKR: where, not who)");
  cmd->add_option("--bbox", q->bbox, "Events located in this box: west,south,east,north in degrees (22,44,41,53)");
  cmd->add_option("--text", q->text, "Full-text search in the sentence (SQLite FTS5: words, \"a phrase\", OR, NOT)");
}

bool ReportProblems(const std::vector<store::QueryProblem>& problems) {
  for (const store::QueryProblem& p : problems)
    std::fprintf(stderr, "tocsin: --%s: %s\n", p.field.c_str(), p.reason.c_str());
  return !problems.empty();
}

}  // namespace tocsin::cli
