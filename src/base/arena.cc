#include "base/arena.h"

#include <algorithm>
#include <cstring>

namespace tocsin {

std::string_view StringArena::Store(std::string_view s) {
  if (s.empty()) return {};
  while (block_ < blocks_.size() && used_ + s.size() > sizes_[block_]) {
    ++block_;
    used_ = 0;
  }
  if (block_ == blocks_.size()) {
    size_t size = std::max(kBlockSize, s.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    sizes_.push_back(size);
    used_ = 0;
  }
  char* dest = blocks_[block_].get() + used_;
  std::memcpy(dest, s.data(), s.size());
  used_ += s.size();
  return std::string_view(dest, s.size());
}

}  // namespace tocsin
