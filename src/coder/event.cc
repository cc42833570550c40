#include "coder/event.h"

namespace tocsin::coder {

std::string_view EventModalityName(EventModality m) {
  switch (m) {
    case EventModality::kAsserted: return "asserted";
    case EventModality::kReported: return "reported";
    case EventModality::kIntended: return "intended";
    case EventModality::kHypothetical: return "hypothetical";
    case EventModality::kNegated: return "negated";
  }
  return "asserted";
}

namespace {

std::string_view Tokens(const text::Document& doc, uint32_t begin, uint32_t end) {
  if (begin >= end) return {};
  uint32_t b = doc.tokens[begin].bytes.begin, e = doc.tokens[end - 1].bytes.end;
  return std::string_view(doc.text).substr(b, e - b);
}

}  // namespace

std::string Evidence::Text(const text::Document& doc) const {
  std::string out;
  for (const char* p = pattern; *p; ++p) {
    if (p[0] != '{' || !p[1] || p[2] != '}') {
      out.push_back(*p);
      continue;
    }
    switch (p[1]) {
      case '1': out += parts[0]; break;
      case '2': out += parts[1]; break;
      case '3': out += parts[2]; break;
      case 't': out += Tokens(doc, t_begin, t_end); break;
      case 'u': out += Tokens(doc, u_begin, u_end); break;
      case 'n': out += std::to_string(number); break;
      case 'c': out += code; break;
      default: out.append(p, 3); break;
    }
    p += 2;
  }
  return out;
}

Evidence Evidence::Note(const char* text, uint32_t number) {
  Evidence e;
  e.pattern = text;
  e.number = number;
  return e;
}

Evidence Evidence::WithCode(const char* pattern, std::string_view code) {
  Evidence e;
  e.pattern = pattern;
  code.copy(e.code, sizeof e.code - 1);
  return e;
}

bool Evidence::IsName(std::string_view kind) const {
  return std::string_view(pattern) == kName && parts[0] == kind;
}

std::string_view CodedActor::Text(const text::Document& doc) const {
  return text_begin < text_end ? Tokens(doc, text_begin, text_end) : std::string_view(code);
}

}  // namespace tocsin::coder
