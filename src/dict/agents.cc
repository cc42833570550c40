#include "dict/agents.h"

#include "base/strings.h"
#include "dict/words.h"

namespace tocsin::dict {

uint32_t AgentDictionary::Add(Agent agent, const std::vector<std::string>& noun_words) {
  uint32_t id = uint32_t(agents_.size());
  agents_.push_back(std::move(agent));
  index_.Insert(noun_words, false, id);
  return id;
}

void ReadAgents(std::string_view text, std::string_view file, const lex::Lexicon& lexicon, AgentDictionary* out,
                std::vector<std::string>* errors) {
  size_t line_no = 0;
  for (std::string_view line : Split(text, '\n', false)) {
    ++line_no;
    for (size_t i = 0; i < line.size(); ++i)
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    line = Trim(line);
    if (line.empty()) continue;
    std::string origin = std::string(file) + ":" + std::to_string(line_no);
    bool weapon = line.starts_with("weapon ");
    if (weapon) line = Trim(line.substr(7));
    size_t space = 0;
    while (space < line.size() && !IsAsciiSpace(line[space])) ++space;
    std::string_view code = line.substr(0, space);
    bool valid = code.size() >= 3 && code.size() % 3 == 0;
    for (char c : code) valid = valid && IsAsciiUpper(c);
    if (!valid) {
      errors->push_back(origin + ": agent line must start with a sector code such as MIL or GOVMIL");
      continue;
    }
    std::string_view rest = Trim(line.substr(space));
    if (rest.empty()) {
      errors->push_back(origin + ": agent code without words");
      continue;
    }
    for (std::string_view word : Split(rest, ';')) {
      if (word.empty()) continue;
      std::vector<std::string> words = NounWords(word, lexicon);
      if (words.empty()) continue;
      Agent agent;
      agent.code = std::string(code);
      agent.text = std::string(word);
      agent.origin = origin;
      agent.weapon = weapon;
      out->Add(std::move(agent), words);
    }
  }
}

}  // namespace tocsin::dict
