// Scraper noise: photo captions and credits, bylines, share/subscribe prompts,
// "More in …" footers, copyright and reporting-credit lines. Decided per line,
// from the line alone, so the rule is the same wherever the line occurs.
#pragma once

#include <string_view>

namespace tocsin::text {

// The reason `line` is boilerplate ("photo caption", "footer", …), or nullptr
// when it is content.
const char* BoilerplateReason(std::string_view line);

}  // namespace tocsin::text
