#include "io/input.h"

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

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

// Reads JSON Lines records a line at a time, keeping the parser and a line
// buffer padded for the parser's over-reads from line to line.
class JsonlReader {
 public:
  JsonlReader(const std::string& name, const InputOptions& options, const InputCallbacks& cb)
      : name_(name), options_(options), cb_(cb) {}

  // Reads one line (blank lines are skipped); returns 1 when the record was
  // rejected (and reported), else 0.
  size_t Line(std::string_view line, size_t line_no) {
    if (Trim(line).empty()) return 0;
    std::string origin = Origin(name_, line_no);
    auto fail = [&](const std::string& id, const std::string& reason) {
      cb_.error({origin, id, reason});
      return 1;
    };
    if (line.size() > options_.max_record_bytes)
      return fail("", "line of " + std::to_string(line.size()) + " bytes exceeds the limit of " +
                          std::to_string(options_.max_record_bytes) + " bytes");
    if (buffer_.size() < line.size() + simdjson::SIMDJSON_PADDING)
      buffer_.resize(line.size() + simdjson::SIMDJSON_PADDING);
    line.copy(buffer_.data(), line.size());
    simdjson::padded_string_view view(buffer_.data(), line.size(), buffer_.size());
    simdjson::ondemand::document doc;
    if (parser_.iterate(view).get(doc)) return fail("", "malformed JSON");
    InputRecord r;
    r.origin = origin;
    std::string date;
    bool has_text = false;
    std::string problem;
    simdjson::ondemand::object object;
    if (auto err = doc.get_object().get(object))
      return fail("", err == simdjson::INCORRECT_TYPE ? "malformed JSON: not an object" : "malformed JSON");
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
          if (key == "text" || key == "date") problem = "\"" + std::string(key) + "\" is not a string";
          continue;
        }
        if (key == "text") {
          r.text = std::string(s);
          has_text = true;
        } else if (key == "date") {
          date = std::string(s);
        } else if (key == "title") {
          r.title = std::string(s);
        } else if (key == "source") {
          r.source = std::string(s);
        } else {
          r.url = std::string(s);
        }
      }
      if (!problem.empty()) break;
    }
    if (problem.empty() && Trim(line).back() != '}') problem = "malformed JSON: trailing content";
    if (!problem.empty()) return fail(r.id, problem);
    if (r.id.empty()) r.id = BaseName(name_) + ":" + std::to_string(line_no);
    if (!has_text || Trim(r.text).empty()) return fail(r.id, "record has no text");
    if (!Trim(r.title).empty()) r.text = r.title + "\n\n" + r.text;  // the title is a headline
    if (date.empty()) {
      r.date = options_.default_date;
    } else if (!NormalizeDate(date, &r.date)) {
      return fail(r.id, "bad date \"" + std::string(date) + "\" (want YYYY-MM-DD)");
    }
    cb_.record(std::move(r));
    return 0;
  }

 private:
  const std::string& name_;
  const InputOptions& options_;
  const InputCallbacks& cb_;
  simdjson::ondemand::parser parser_;
  std::string buffer_;
};

size_t ReadJsonl(std::string_view data, const std::string& name, const InputOptions& options,
                 const InputCallbacks& cb) {
  JsonlReader reader(name, options, cb);
  size_t errors = 0, line_no = 0, pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    errors += reader.Line(data.substr(pos, eol - pos), ++line_no);
    pos = eol + 1;
  }
  return errors;
}

// JSON Lines from a stream, a line at a time: memory stays bounded by the
// longest record kept (max_record_bytes), whatever the input's size. `head`
// is what was read from the stream already.
size_t ReadJsonlStream(std::FILE* f, std::string head, const std::string& name, const InputOptions& options,
                       const InputCallbacks& cb, bool* read_error) {
  JsonlReader reader(name, options, cb);
  size_t errors = 0, line_no = 0;
  std::string pending = std::move(head);  // the start of the line being read
  size_t skipped = 0;                     // bytes of an over-long line not kept
  size_t read = pending.size();
  char chunk[1 << 16];
  bool eof = false;
  while (!eof || !pending.empty()) {
    size_t eol = pending.find('\n');
    if (eol == std::string::npos && !eof) {
      if (pending.size() > options.max_record_bytes) {  // drop what cannot be used, keep counting
        skipped += pending.size();
        pending.clear();
      }
      size_t n = std::fread(chunk, 1, sizeof chunk, f);
      if (n == 0) {
        eof = true;
        *read_error = std::ferror(f) != 0;
      }
      pending.append(chunk, n);
      read += n;
      if (cb.progress) cb.progress(read);
      continue;
    }
    if (eol == std::string::npos) eol = pending.size();
    ++line_no;
    if (skipped) {
      errors += 1;
      cb.error({Origin(name, line_no), "", "line of " + std::to_string(skipped + eol) +
                                               " bytes exceeds the limit of " +
                                               std::to_string(options.max_record_bytes) + " bytes"});
      skipped = 0;
    } else {
      errors += reader.Line(std::string_view(pending).substr(0, eol), line_no);
    }
    pending.erase(0, std::min(eol + 1, pending.size()));
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

namespace {

// Reads `data` as `format`; `forced` says the user chose the format.
size_t ReadAs(std::string_view data, InputFormat format, bool forced, const std::string& name,
              const InputOptions& options, const InputCallbacks& cb) {
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
                            (forced ? " (is --input-format right?)" : "")});
    errors = 1;
  }
  return errors;
}

}  // namespace

size_t ReadInputData(std::string_view data, const std::string& name, const InputOptions& options,
                     const InputCallbacks& cb) {
  bool forced = options.format != InputFormat::kAuto;
  return ReadAs(data, forced ? options.format : Sniff(name, data), forced, name, options, cb);
}

size_t ReadInput(const std::string& path, const InputOptions& options, const InputCallbacks& cb) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    cb.error({path, "", std::string("cannot open: ") + std::strerror(errno)});
    return 1;
  }
  // The first bytes decide the format, as ReadInputData's sniffing does.
  std::string data(4096, '\0');
  data.resize(std::fread(data.data(), 1, data.size(), f));
  bool read_error = std::ferror(f) != 0;
  size_t errors = 0;
  bool forced = options.format != InputFormat::kAuto;
  InputFormat format = forced ? options.format : Sniff(path, data);
  if (data.empty() && !read_error) {
    cb.error({path, "", "empty file"});
    errors = 1;
  } else if (format == InputFormat::kJsonl) {
    // JSON Lines stream: memory stays bounded whatever the file's size.
    errors = ReadJsonlStream(f, std::move(data), path, options, cb, &read_error);
  } else {
    char chunk[1 << 16];
    for (size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) data.append(chunk, n);
    read_error = read_error || std::ferror(f);
    if (cb.progress) cb.progress(data.size());
    errors = ReadAs(data, format, forced, path, options, cb);
  }
  int err = errno;
  if (f != stdin) std::fclose(f);
  if (read_error) {
    cb.error({path, "", std::string("cannot read: ") + std::strerror(err)});
    ++errors;
  }
  return errors;
}

}  // namespace tocsin::io
