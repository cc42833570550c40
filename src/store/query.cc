#include "store/query.h"

#include <sqlite3.h>

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "io/input.h"
#include "store/query_sql.h"

namespace tocsin::store {
namespace {

bool IsCode(const std::string& s, bool digits_only) {
  if (s.empty() || s.size() > 32) return false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (digits_only ? !std::isdigit(u) : !(std::isalnum(u) || c == '-')) return false;
  }
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

constexpr char kCursorSeparator = '\x1f';

std::string Hex(std::string_view bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return out;
}

bool Unhex(std::string_view hex, std::string* out) {
  if (hex.size() % 2) return false;
  auto value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  out->clear();
  for (size_t i = 0; i < hex.size(); i += 2) {
    int hi = value(hex[i]), lo = value(hex[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out->push_back(static_cast<char>(hi * 16 + lo));
  }
  return true;
}

}  // namespace

std::string Cursor(const EventPosition& p) {
  std::string raw = p.date;
  for (int64_t n : {p.document, p.sentence_index, p.event_index}) {
    raw += kCursorSeparator;
    raw += std::to_string(n);
  }
  return Hex(raw);
}

bool DecodeCursor(const std::string& cursor, EventPosition* p) {
  std::string raw;
  if (!Unhex(cursor, &raw)) return false;
  std::vector<std::string> parts(1);
  for (char c : raw) {
    if (c == kCursorSeparator) parts.emplace_back();
    else parts.back().push_back(c);
  }
  if (parts.size() != 4) return false;
  for (size_t i = 1; i < 4; ++i)
    if (!IsCode(parts[i], true) || parts[i].size() > 18) return false;
  p->date = parts[0];
  p->document = std::stoll(parts[1]);
  p->sentence_index = std::stoll(parts[2]);
  p->event_index = std::stoll(parts[3]);
  return true;
}

std::vector<QueryProblem> Check(const EventQuery& q) {
  std::vector<QueryProblem> problems;
  std::string normalised;
  for (auto [field, value] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}})
    if (!value->empty() && (value->size() != 10 || !io::NormalizeDate(*value, &normalised)))
      problems.push_back({field, "'" + *value + "' is not a date (want YYYY-MM-DD)"});
  if (problems.empty() && !q.from.empty() && !q.to.empty() && q.from > q.to)
    problems.push_back({"to", "the range ends (" + q.to + ") before it begins (" + q.from + ")"});
  for (auto [field, value] :
       {std::pair{"source", &q.source}, std::pair{"target", &q.target}, std::pair{"actor", &q.actor}})
    if (!value->empty() && !IsCode(*value, false))
      problems.push_back({field, "'" + *value + "' is not an actor code or prefix (letters, digits, '-')"});
  if (!q.cameo.empty() && !IsCode(q.cameo, true))
    problems.push_back({"cameo", "'" + q.cameo + "' is not a CAMEO event code or prefix (digits)"});
  if (!q.plover.empty()) {
    bool name = q.plover.size() <= 32;
    for (char c : q.plover) name = name && (std::isalpha(static_cast<unsigned char>(c)) || c == '_');
    if (!name) problems.push_back({"plover", "'" + q.plover + "' is not a PLOVER event name (ASSAULT, PROTEST, ...)"});
  }
  if (q.quad != 0 && (q.quad < 1 || q.quad > 4)) problems.push_back({"quad", "QuadClass is 1, 2, 3 or 4"});
  if (!q.modality.empty() && q.modality != "asserted" && q.modality != "reported" && q.modality != "intended" &&
      q.modality != "negated" && q.modality != "hypothetical")
    problems.push_back({"modality", "'" + q.modality + "' is not one of asserted, reported, intended, negated, hypothetical"});
  if (!q.country.empty() && (q.country.size() != 3 || !IsCode(q.country, false)))
    problems.push_back({"country", "'" + q.country + "' is not a three-letter country code (UKR, SYR, ...)"});
  BoundingBox box;
  if (!q.bbox.empty() && !ParseBoundingBox(q.bbox, &box))
    problems.push_back({"bbox", "'" + q.bbox + "' is not west,south,east,north in degrees (30,44,40,53)"});
  if (q.limit < -1) problems.push_back({"limit", "cannot be negative"});
  if (q.offset < 0) problems.push_back({"offset", "cannot be negative"});
  EventPosition position;
  if (!q.after.empty() && !DecodeCursor(q.after, &position))
    problems.push_back({"cursor", "not a cursor this server gave out"});
  return problems;
}

bool ParseBoundingBox(const std::string& text, BoundingBox* box) {
  double v[4];
  size_t start = 0;
  for (int i = 0; i < 4; ++i) {
    const size_t comma = text.find(',', start);
    if ((i < 3) == (comma == std::string::npos)) return false;
    const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    char* end = nullptr;
    v[i] = std::strtod(part.c_str(), &end);
    if (part.empty() || end != part.c_str() + part.size() || !std::isfinite(v[i])) return false;
    start = comma + 1;
  }
  *box = {v[0], v[1], v[2], v[3]};
  return box->west >= -180 && box->west <= 180 && box->east >= -180 && box->east <= 180 && box->south >= -90 &&
         box->north <= 90 && box->south <= box->north;
}

std::string BuildEventSql(const EventQuery& q, std::string_view select, std::vector<SqlValue>* binds) {
  std::string where;
  auto clause = [&](std::string_view sql) {
    where += where.empty() ? " WHERE " : " AND ";
    where += sql;
  };
  if (!q.from.empty()) {
    clause("e.date >= ?");
    binds->push_back(q.from);
  }
  if (!q.to.empty()) {
    clause("e.date <= ?");
    binds->push_back(q.to);
  }
  if (!q.source.empty()) {
    clause("e.source_code GLOB ?");
    binds->push_back(Upper(q.source) + "*");
  }
  if (!q.target.empty()) {
    clause("e.target_code GLOB ?");
    binds->push_back(Upper(q.target) + "*");
  }
  if (!q.actor.empty()) {
    clause("(e.source_code GLOB ? OR e.target_code GLOB ?)");
    binds->push_back(Upper(q.actor) + "*");
    binds->push_back(Upper(q.actor) + "*");
  }
  if (!q.cameo.empty()) {
    clause("e.cameo GLOB ?");
    binds->push_back(q.cameo + "*");
  }
  if (!q.plover.empty()) {
    clause("e.plover_event = ?");
    binds->push_back(Upper(q.plover));
  }
  if (q.quad) {
    clause("e.quad_class = ?");
    binds->push_back(int64_t{q.quad});
  }
  if (!q.modality.empty()) {
    clause("e.modality = ?");
    binds->push_back(q.modality);
  }
  if (!q.doc.empty()) {
    clause("e.doc_key = (SELECT key FROM documents WHERE id = ?)");
    binds->push_back(q.doc);
  }
  if (!q.text.empty()) {
    clause("e.sentence_id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)");
    binds->push_back(q.text);
  }
  if (!q.country.empty()) {
    clause("e.location_country = ?");
    binds->push_back(Upper(q.country));
  }
  BoundingBox box;
  if (!q.bbox.empty() && ParseBoundingBox(q.bbox, &box)) {
    clause(box.west <= box.east ? "e.location_lat BETWEEN ? AND ? AND e.location_lon BETWEEN ? AND ?"
                                : "e.location_lat BETWEEN ? AND ? AND (e.location_lon >= ? OR e.location_lon <= ?)");
    binds->push_back(box.south);
    binds->push_back(box.north);
    binds->push_back(box.west);
    binds->push_back(box.east);
  }
  EventPosition position;
  if (!q.after.empty() && DecodeCursor(q.after, &position)) {
    clause("(e.date, e.doc_key, e.sentence_index, e.event_index) > (?, ?, ?, ?)");
    binds->push_back(position.date);
    binds->push_back(position.document);
    binds->push_back(position.sentence_index);
    binds->push_back(position.event_index);
  }
  std::string sql(select);
  sql += where;
  return sql;
}

void BindAll(sqlite3_stmt* statement, const std::vector<SqlValue>& binds) {
  for (size_t i = 0; i < binds.size(); ++i) {
    int index = static_cast<int>(i) + 1;
    if (binds[i].is_number)
      sqlite3_bind_int64(statement, index, binds[i].number);
    else if (binds[i].is_real)
      sqlite3_bind_double(statement, index, binds[i].real);
    else
      sqlite3_bind_text(statement, index, binds[i].text.data(), static_cast<int>(binds[i].text.size()), SQLITE_STATIC);
  }
}

}  // namespace tocsin::store
