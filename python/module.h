// Shared by the parts of the Python module `tocsin` (docs/python.md).
#pragma once

#include <pybind11/pybind11.h>

#include <stdexcept>
#include <string>

#include "pipeline/pipeline.h"

namespace tocsin::python {

namespace py = pybind11;

// Raised as tocsin.Error (a RuntimeError): the store could not be opened,
// read or written, or was used in a way its mode does not allow.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The pipeline that keeps the events `keep` asks for, built on first use
// from the built-in knowledge and kept for the life of the process. Safe to
// call from any thread, with or without the GIL.
const pipeline::Pipeline& PipelineFor(const pipeline::PrintOptions& keep);

// A date argument as text: None is "", a str is returned as given, a
// datetime.date (or datetime) is its "YYYY-MM-DD". Anything else raises
// TypeError naming `name`.
std::string DateText(py::handle value, const char* name);

// The UTF-8 of a str; false (with no Python error pending) when `value` is
// not a str or cannot be encoded (lone surrogates).
bool Utf8(py::handle value, std::string* out);

// Events rendered by io::AppendEventJson, as "[e1,e2,...]", turned into a
// list of dicts by Python's json module: exactly what `tocsin code` prints.
py::list EventDicts(const std::string& json_array);

void AddStore(py::module_& m);

}  // namespace tocsin::python
