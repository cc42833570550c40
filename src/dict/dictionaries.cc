#include "dict/dictionaries.h"

#include "base/strings.h"

namespace tocsin::dict {

int CountryCodes::Index(std::string_view code) {
  if (code.size() != 3 || !IsAsciiUpper(code[0]) || !IsAsciiUpper(code[1]) || !IsAsciiUpper(code[2])) return -1;
  return ((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 + (code[2] - 'A');
}

void CountryCodes::insert(std::string_view code) {
  int i = Index(code);
  if (i < 0 || bits_[size_t(i)]) return;
  bits_[size_t(i)] = true;
  ++size_;
}

}  // namespace tocsin::dict
