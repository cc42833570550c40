#include "io/input.h"

#include <simdjson.h>

#include <algorithm>

#include "base/file.h"
#include "base/strings.h"
#include "io/xml.h"
#include "text/normalize.h"

namespace tocsin::io {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return name;
}

InputFormat Sniff(const std::string& name, std::string_view data) {
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".json") || EndsWith(name, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWith(name, ".xml")) return InputFormat::kPetrarchXml;
  std::string_view head = Trim(data.substr(0, 4096));
  if (head.starts_with("{")) return InputFormat::kJsonl;
  if (head.starts_with("<")) return InputFormat::kPetrarchXml;
  return InputFormat::kText;
}

std::string Origin(const std::string& name, size_t line) { return name + ":" + std::to_string(line); }

size_t ReadText(std::string_view data, const std::string& name, const InputOptions& options,
                const InputCallbacks& cb) {
  if (data.size() > options.max_record_bytes) {
    cb.error({name, "", "document of " + std::to_string(data.size()) + " bytes exceeds the limit of " +
                            std::to_string(options.max_record_bytes) + " bytes"});
    return 1;
  }
  if (Trim(data).empty()) {
    cb.error({name, "", "empty document"});
    return 1;
  }
  InputRecord r;
  r.id = name == "-" ? "stdin" : BaseName(name);
  r.date = options.default_date;
  r.text = std::string(data);
  r.origin = name;
  cb.record(std::move(r));
  return 0;
}

size_t ReadJsonl(std::string_view data, const std::string& name, const InputOptions& options,
                 const InputCallbacks& cb) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string buffer(data);  // padding for the parser's over-reads
  size_t errors = 0, line_no = 0, pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    ++line_no;
    std::string_view line = data.substr(pos, eol - pos);
    size_t offset = pos;
    pos = eol + 1;
    if (Trim(line).empty()) continue;
    std::string origin = Origin(name, line_no);
    auto fail = [&](const std::string& id, const std::string& reason) {
      cb.error({origin, id, reason});
      ++errors;
    };
    if (line.size() > options.max_record_bytes) {
      fail("", "line of " + std::to_string(line.size()) + " bytes exceeds the limit of " +
                   std::to_string(options.max_record_bytes) + " bytes");
      continue;
    }
    simdjson::padded_string_view view(buffer.data() + offset, line.size(), buffer.size() + simdjson::SIMDJSON_PADDING - offset);
    simdjson::ondemand::document doc;
    if (parser.iterate(view).get(doc)) {
      fail("", "malformed JSON");
      continue;
    }
    InputRecord r;
    r.origin = origin;
    std::string title, date;
    bool has_text = false;
    std::string problem;
    simdjson::ondemand::object object;
    if (auto err = doc.get_object().get(object)) {
      fail("", err == simdjson::INCORRECT_TYPE ? "malformed JSON: not an object" : "malformed JSON");
      continue;
    }
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key)) {
        problem = "malformed JSON";
        break;
      }
      auto value = field.value();
      std::string_view s;
      if (key == "id") {
        int64_t n;
        if (!value.get_string().get(s)) r.id = std::string(s);
        else if (!value.get_int64().get(n)) r.id = std::to_string(n);
        else problem = "\"id\" is not a string or number";
      } else if (key == "text" || key == "date" || key == "title" || key == "source" || key == "url") {
        if (value.get_string().get(s)) {
          if (key == "text" || key == "date") {
            problem = "\"" + std::string(key) + "\" is not a string";
          }
          continue;
        }
        if (key == "text") {
          r.text = std::string(s);
          has_text = true;
        } else if (key == "date") {
          date = std::string(s);
        } else if (key == "title") {
          title = std::string(s);
        } else if (key == "source") {
          r.source = std::string(s);
        } else {
          r.url = std::string(s);
        }
      }
      if (!problem.empty()) break;
    }
    if (problem.empty() && Trim(line).back() != '}') problem = "malformed JSON: trailing content";
    if (!problem.empty()) {
      fail(r.id, problem);
      continue;
    }
    if (r.id.empty()) r.id = BaseName(name) + ":" + std::to_string(line_no);
    if (!has_text || Trim(r.text).empty()) {
      fail(r.id, "record has no text");
      continue;
    }
    if (!Trim(title).empty()) r.text = title + "\n\n" + r.text;  // the title is a headline
    if (date.empty()) {
      r.date = options.default_date;
    } else if (!NormalizeDate(date, &r.date)) {
      fail(r.id, "bad date \"" + std::string(date) + "\" (want YYYY-MM-DD)");
      continue;
    }
    cb.record(std::move(r));
  }
  return errors;
}

size_t ReadXml(std::string_view data, const std::string& name, const InputOptions& options,
               const InputCallbacks& cb) {
  XmlDocument doc = ReadPetrarchXml(data);
  size_t errors = 0;
  for (const XmlProblem& p : doc.problems) {
    cb.error({Origin(name, p.line), p.id, p.reason});
    ++errors;
  }
  for (XmlSentence& s : doc.sentences) {
    if (!s.has_text) continue;  // reported above
    InputRecord r;
    r.origin = Origin(name, s.line);
    r.id = std::string(s.attributes.Get("id"));
    if (r.id.empty()) r.id = BaseName(name) + ":" + std::to_string(s.line);
    if (s.text.size() > options.max_record_bytes) {
      cb.error({r.origin, r.id, "text exceeds the limit of " + std::to_string(options.max_record_bytes) + " bytes"});
      ++errors;
      continue;
    }
    // PETRARCH texts are one sentence hard-wrapped over lines: join them.
    std::string joined;
    for (std::string_view w : SplitWhitespace(s.text)) {
      if (!joined.empty()) joined.push_back(' ');
      joined.append(w);
    }
    if (joined.empty()) {
      cb.error({r.origin, r.id, "record has no text"});
      ++errors;
      continue;
    }
    r.text = std::move(joined);
    std::string_view date = s.attributes.Get("date");
    if (date.empty()) {
      r.date = options.default_date;
    } else if (!NormalizeDate(Trim(date), &r.date)) {
      cb.error({r.origin, r.id, "bad date \"" + std::string(date) + "\""});
      ++errors;
      continue;
    }
    r.source = std::string(s.attributes.Get("source"));
    cb.record(std::move(r));
  }
  return errors;
}

}  // namespace

bool ParseInputFormat(std::string_view name, InputFormat* out) {
  if (name == "auto") *out = InputFormat::kAuto;
  else if (name == "text") *out = InputFormat::kText;
  else if (name == "jsonl") *out = InputFormat::kJsonl;
  else if (name == "xml" || name == "petrarch") *out = InputFormat::kPetrarchXml;
  else return false;
  return true;
}

std::string InputError::Message() const {
  std::string m = origin + ": ";
  if (!id.empty()) m += "record " + id + ": ";
  return m + reason;
}

bool NormalizeDate(std::string_view in, std::string* out) {
  std::string digits;
  if (in.size() == 6 && std::all_of(in.begin(), in.end(), [](char c) { return IsAsciiDigit(c); })) {
    // PETRARCH's YYMMDD: years before 30 are in this century.
    digits = std::string(in[0] < '3' ? "20" : "19") + std::string(in);
  } else if (in.size() == 10 && in[4] == '-' && in[7] == '-') {
    digits = std::string(in.substr(0, 4)) + std::string(in.substr(5, 2)) + std::string(in.substr(8, 2));
  } else if (in.size() == 8) {
    digits = std::string(in);
  } else {
    return false;
  }
  for (char c : digits)
    if (!IsAsciiDigit(c)) return false;
  int year = std::stoi(digits.substr(0, 4));
  int month = std::stoi(digits.substr(4, 2));
  int day = std::stoi(digits.substr(6, 2));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  *out = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
  return true;
}

size_t ReadInputData(std::string_view data, const std::string& name, const InputOptions& options,
                     const InputCallbacks& cb) {
  InputFormat format = options.format == InputFormat::kAuto ? Sniff(name, data) : options.format;
  size_t records = 0;
  InputCallbacks counting{[&](InputRecord&& r) {
                            ++records;
                            cb.record(std::move(r));
                          },
                          cb.error};
  size_t errors;
  switch (format) {
    case InputFormat::kJsonl: errors = ReadJsonl(data, name, options, counting); break;
    case InputFormat::kPetrarchXml: errors = ReadXml(data, name, options, counting); break;
    default: errors = ReadText(data, name, options, counting); break;
  }
  // Text that is not in the format read (plain text read as XML, say) yields
  // nothing at all: that is an error, not an empty success.
  if (records == 0 && errors == 0 && !Trim(data).empty()) {
    const char* what = format == InputFormat::kJsonl ? "JSON Lines" : "PETRARCH XML <Sentence>";
    cb.error({name, "", std::string("no ") + what + " records in a non-empty input" +
                            (options.format == InputFormat::kAuto ? "" : " (is --input-format right?)")});
    errors = 1;
  }
  return errors;
}

size_t ReadInput(const std::string& path, const InputOptions& options, const InputCallbacks& cb) {
  auto data = ReadFile(path);
  if (!data.ok()) {
    cb.error({path, "", data.status().message().substr(path.size() + 2)});
    return 1;
  }
  if (data->empty()) {
    cb.error({path, "", "empty file"});
    return 1;
  }
  return ReadInputData(*data, path, options, cb);
}

}  // namespace tocsin::io
