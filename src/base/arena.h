// A bump allocator for the few strings a document needs beyond its own text
// (derived lemmas, rewritten names). Reset() keeps the blocks, so a reused
// workspace allocates nothing once it has warmed up.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace tocsin {

class StringArena {
 public:
  std::string_view Store(std::string_view s);
  void Reset() {
    block_ = 0;
    used_ = 0;
  }

 private:
  static constexpr size_t kBlockSize = 16 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<size_t> sizes_;
  size_t block_ = 0;
  size_t used_ = 0;
};

}  // namespace tocsin
