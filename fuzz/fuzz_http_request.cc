// What an HTTP client sends the API: query parameters (the first line, as
// name=value pairs joined by '&') and a body of records (the rest), through
// the parsers of every endpoint and the cursor decoder.
#include <cstdint>
#include <string>
#include <string_view>

#include "serve/params.h"
#include "serve/records.h"
#include "store/query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t newline = input.find('\n');
  std::string_view query = input.substr(0, newline);
  std::string_view body = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  serve::Params params;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    size_t eq = pair.find('=');
    params.emplace_back(std::string(pair.substr(0, eq)),
                        eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
  }
  store::EventQuery events;
  serve::ParseEventsParams(params, &events);
  store::StatsQuery stats;
  serve::ParseStatsParams(params, &stats);
  store::EscalationQuery escalation;
  serve::ParseEscalationParams(params, &escalation);
  store::EventPosition position;
  for (const auto& [name, value] : params) store::DecodeCursor(value, &position);
  for (bool require_id : {true, false}) {
    auto records = serve::ReadBodyRecords(body, require_id);
    if (records.ok()) (void)records->records.size();
  }
  return 0;
}
