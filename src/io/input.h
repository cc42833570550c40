// Input records for `tocsin code`: plain text files (one document each), JSON
// Lines ({"id","date","text", optional "title","source","url"}) and PETRARCH
// XML (<Sentence date= id=><Text>…</Text></Sentence>). Every record that cannot
// be used is reported with its file, line, id and reason; the rest are read.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace tocsin::io {

enum class InputFormat { kAuto, kText, kJsonl, kPetrarchXml };

// Parses "auto", "text", "jsonl", "xml"; false when unknown.
bool ParseInputFormat(std::string_view name, InputFormat* out);

struct InputRecord {
  std::string id;
  std::string date;   // YYYY-MM-DD, or empty when neither record nor default has one
  std::string text;   // title (if any), a blank line, then the body
  std::string title;  // as given (JSON Lines), also the head of `text`
  std::string source;
  std::string url;
  std::string origin;  // "file:line" of the record
};

struct InputError {
  std::string origin;  // "file:line" or "file"
  std::string id;      // when known
  std::string reason;
  std::string Message() const;
};

struct InputOptions {
  InputFormat format = InputFormat::kAuto;
  std::string default_date;                 // for records without one (YYYY-MM-DD)
  size_t max_record_bytes = 4u << 20;       // longer records are rejected
};

struct InputCallbacks {
  std::function<void(InputRecord&&)> record;
  std::function<void(const InputError&)> error;
  // Optional: how many bytes of the current input have been read so far.
  std::function<void(size_t bytes)> progress;
};

// Reads `path` ("-" for standard input). Returns the number of errors reported.
size_t ReadInput(const std::string& path, const InputOptions& options, const InputCallbacks& callbacks);

// Reads records from an in-memory buffer; `name` stands for the file in messages.
size_t ReadInputData(std::string_view data, const std::string& name, const InputOptions& options,
                     const InputCallbacks& callbacks);

// Normalises "YYYY-MM-DD", "YYYYMMDD" or PETRARCH's "YYMMDD" to "YYYY-MM-DD";
// false when not a real date.
bool NormalizeDate(std::string_view in, std::string* out);

}  // namespace tocsin::io
