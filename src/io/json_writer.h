// A minimal streaming JSON writer (objects, arrays, strings, numbers, null)
// that appends to a std::string; it handles commas and string escaping so the
// output writers only state structure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tocsin::io {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Double(double v, int decimals = 1);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  // `null` for an empty string: the outputs' convention for absent text.
  JsonWriter& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }

 private:
  void Separate();
  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

void AppendJsonString(std::string_view s, std::string* out);

}  // namespace tocsin::io
