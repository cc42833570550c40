// The Python module `tocsin` (docs/python.md): tocsin.code, the module's
// exception class and version. tocsin.Store is in store_binding.cc.
//
// Events reach Python as the JSON `tocsin code` prints (io::AppendEventJson),
// read back by Python's json module, so that the dicts are the CLI's output
// field for field (docs/event-format.md).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>

#include "base/strings.h"
#include "io/event_record.h"
#include "io/event_writer.h"
#include "io/input.h"
#include "module.h"
#include "pipeline/pipeline.h"

namespace tocsin::python {

const pipeline::Pipeline& PipelineFor(const pipeline::PrintOptions& keep) {
  static std::mutex mu;
  // Never destroyed: a pipeline refers to the built-in knowledge, whose
  // function-local statics may be gone by the time this map would be.
  static auto* pipelines = new std::map<std::tuple<bool, bool, float>, std::unique_ptr<pipeline::Pipeline>>;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = (*pipelines)[{keep.all_modalities, keep.undirected, keep.min_confidence}];
  if (!slot) slot = std::make_unique<pipeline::Pipeline>(pipeline::BuiltinKnowledge(), keep);
  return *slot;
}

std::string DateText(py::handle value, const char* name) {
  if (value.is_none()) return "";
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  py::object date_type = py::module_::import("datetime").attr("date");
  if (py::isinstance(value, date_type)) {
    // datetime.datetime is a date too; its isoformat has the time after the date.
    std::string iso = value.attr("isoformat")().cast<std::string>();
    return iso.substr(0, 10);
  }
  throw py::type_error(std::string(name) + ": expected a str (YYYY-MM-DD) or a datetime.date, not " +
                       py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
}

bool Utf8(py::handle value, std::string* out) {
  if (!PyUnicode_Check(value.ptr())) return false;
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(value.ptr(), &size);
  if (data == nullptr) {
    PyErr_Clear();
    return false;
  }
  out->assign(data, static_cast<size_t>(size));
  return true;
}

py::list EventDicts(const std::string& json_array) {
  static py::object* loads = nullptr;  // the GIL guards it
  if (loads == nullptr) loads = new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(py::str(json_array));
}

namespace {

std::string OrEmpty(const std::optional<std::string>& s) { return s ? *s : std::string(); }

py::list Code(const std::string& text, const py::object& date, const std::string& id, const std::optional<std::string>& title,
              const std::optional<std::string>& source, const std::optional<std::string>& url, bool all_modalities,
              bool undirected, double min_confidence) {
  io::InputRecord r;
  std::string given = DateText(date, "date");
  if (!given.empty() && !io::NormalizeDate(given, &r.date))
    throw py::value_error("date: '" + given + "' is not a date (want YYYY-MM-DD)");
  if (!(min_confidence >= 0 && min_confidence <= 1))  // NaN too
    throw py::value_error("min_confidence: " + std::to_string(min_confidence) + " is not between 0 and 1");
  // As the JSON Lines reader builds a record (src/io/input.cc): a title is
  // the headline at the head of the text.
  r.id = id;
  r.title = OrEmpty(title);
  r.source = OrEmpty(source);
  r.url = OrEmpty(url);
  r.text = Trim(r.title).empty() ? text : r.title + "\n\n" + text;
  pipeline::PrintOptions keep;
  keep.all_modalities = all_modalities;
  keep.undirected = undirected;
  keep.min_confidence = static_cast<float>(min_confidence);

  std::string json = "[";
  {
    py::gil_scoped_release release;
    const pipeline::Pipeline& pipe = PipelineFor(keep);
    pipeline::Workspace ws;
    if (Status s = pipe.Run({r.id, r.date, r.text}, &ws); !s.ok()) throw py::value_error("text: " + s.message());
    io::EventRecord record;
    for (uint32_t i = 0; i < ws.events.size(); ++i) {
      io::FillEventRecord(ws.analyzed, ws.events[i], i, pipe.knowledge().ontology, {r.title, r.source, r.url},
                          &record);
      if (i > 0) json += ',';
      io::AppendEventJson(record, &json);
    }
  }
  json += ']';
  return EventDicts(json);
}

}  // namespace

}  // namespace tocsin::python

PYBIND11_MODULE(tocsin, m) {
  namespace py = pybind11;
  using namespace tocsin::python;
  m.doc() = R"doc(tocsin: political events (who did what to whom) coded from news text.

code(text, date=None, ...) codes one document into a list of event dicts,
exactly as `tocsin code` prints them (docs/event-format.md). Store(path)
opens an event store made by `tocsin ingest` or Store.ingest, to query it
(as a pandas DataFrame or a list of dicts) or to code more documents into it.
See docs/python.md.)doc";
  m.attr("__version__") = TOCSIN_VERSION;

  py::register_exception<Error>(m, "Error", PyExc_RuntimeError);
  m.attr("Error").attr("__doc__") =
      "A store could not be opened, read or written, or was used in a way its mode does not allow "
      "(ingest on a read-only store, any use after close). A subclass of RuntimeError.";

  m.def("code", &Code, py::arg("text"), py::arg("date") = py::none(), py::kw_only(), py::arg("id") = "doc",
        py::arg("title") = py::none(), py::arg("source") = py::none(), py::arg("url") = py::none(),
        py::arg("all_modalities") = false, py::arg("undirected") = false, py::arg("min_confidence") = 0.0,
        R"doc(Codes one document and returns its events: a list of dicts, one per event, in
the order and with exactly the fields of the JSON Lines `tocsin code` prints
(docs/event-format.md).

text            the document: plain text (a first line without a final period
                is a headline).
date            its date, "YYYY-MM-DD" (also "YYYYMMDD") or a datetime.date;
                None leaves the events' "date" null. A date that does not
                exist raises ValueError ("date: ...").
id              the events' "doc_id".
title           a headline: put at the head of the text (as a JSON Lines
                record's "title") and given as "doc_title".
source, url     given as "doc_source" and "doc_url".
all_modalities  also negated and hypothetical events.
undirected      also acts done to someone whose target was not found.
min_confidence  only events at least this sure (0-1; else ValueError).

The GIL is released while coding: threads code documents in parallel.

>>> [e["cameo"] for e in tocsin.code("Moldova accuses Russia of stirring unrest.", "2024-03-14")]
['112'])doc");
  AddStore(m);
}
