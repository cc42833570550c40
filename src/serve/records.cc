#include "serve/records.h"

#include <simdjson.h>

#include <utility>

namespace tocsin::serve {
namespace {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

// Whether a parsed record names itself: an "id" that is not empty.
bool HasId(const simdjson::dom::element& record) {
  simdjson::dom::object object;
  if (record.get_object().get(object)) return true;  // not an object: ReadInputData says so
  simdjson::dom::element id;
  if (object["id"].get(id)) return false;
  std::string_view s;
  return id.get_string().get(s) || !s.empty();
}

class Reader {
 public:
  explicit Reader(bool require_id) : require_id_(require_id) { options_.format = io::InputFormat::kJsonl; }

  // One record: its JSON on one line, and whether it has an id (when it parsed).
  void Record(std::string_view json, bool parsed, bool has_id) {
    size_t position = position_++;
    if (parsed && !has_id && require_id_) {
      out_.problems.push_back({position, "", "record has no \"id\""});
      return;
    }
    io::InputCallbacks callbacks;
    callbacks.record = [&](io::InputRecord&& r) {
      if (parsed && !has_id) r.id = "record-" + std::to_string(position);
      r.origin = "record " + std::to_string(position);
      out_.records.push_back(std::move(r));
      out_.positions.push_back(position);
    };
    callbacks.error = [&](const io::InputError& e) { out_.problems.push_back({position, e.id, e.reason}); };
    io::ReadInputData(json, "record", options_, callbacks);
  }

  BodyRecords Take() { return std::move(out_); }

 private:
  bool require_id_;
  io::InputOptions options_;
  size_t position_ = 0;
  BodyRecords out_;
};

}  // namespace

Result<BodyRecords> ReadBodyRecords(std::string_view body, bool require_id) {
  std::string_view trimmed = Trim(body);
  if (trimmed.empty()) return Status::Error("empty body: want a JSON array of records or JSON Lines of records");
  simdjson::dom::parser parser;
  Reader reader(require_id);
  if (trimmed.front() == '[') {
    simdjson::dom::element doc;
    if (auto err = parser.parse(trimmed.data(), trimmed.size()).get(doc))
      return Status::Error(std::string("malformed JSON: ") + simdjson::error_message(err));
    simdjson::dom::array array;
    if (doc.get_array().get(array)) return Status::Error("want a JSON array of records");
    for (simdjson::dom::element element : array) {
      std::string json = simdjson::to_string(element);  // one line: JSON strings hold no raw newline
      reader.Record(json, true, HasId(element));
    }
    return reader.Take();
  }
  bool any_json = false;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view line = body.substr(pos, eol - pos);
    pos = eol + 1;
    if (Trim(line).empty()) continue;
    simdjson::dom::element doc;
    bool parsed = !parser.parse(line.data(), line.size()).get(doc);
    any_json = any_json || parsed;
    reader.Record(line, parsed, parsed && HasId(doc));
  }
  if (!any_json) return Status::Error("malformed JSON: want a JSON array of records or JSON Lines of records");
  return reader.Take();
}

}  // namespace tocsin::serve
