// tocsin.Store: the event store (src/store/) from Python — query, ingest,
// summary — the same filters, coding and "unchanged" test as `tocsin query`
// and `tocsin ingest` (src/cli/query_command.cc, src/cli/ingest_command.cc).
//
// Locking: the GIL is released around all work on the store; each Store
// object has a mutex, taken only without the GIL (so a thread holding the
// mutex never waits for the GIL while another waits for the mutex).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "io/event_writer.h"
#include "io/input.h"
#include "module.h"
#include "pipeline/worker_pool.h"
#include "store/coding.h"
#include "store/query.h"
#include "store/store.h"

namespace tocsin::python {

namespace {

constexpr size_t kBatch = store::kDocumentsPerWrite;

// One record of Store.ingest as the JSON Lines reader would make it
// (src/io/input.cc); an empty string, or the reason it cannot be used.
std::string ToRecord(py::handle item, size_t max_bytes, io::InputRecord* r) {
  if (!py::isinstance<py::dict>(item))
    return "not a dict but " + py::str(py::type::handle_of(item).attr("__name__")).cast<std::string>();
  py::dict d = py::reinterpret_borrow<py::dict>(item);
  auto field = [&](const char* key) -> py::object {
    return d.contains(key) ? py::object(d[key]) : py::object(py::none());
  };
  py::object id = field("id");
  if (py::isinstance<py::bool_>(id)) return "\"id\" is not a string or number";
  if (py::isinstance<py::int_>(id)) r->id = py::str(id).cast<std::string>();
  else if (!id.is_none() && !Utf8(id, &r->id)) return "\"id\" is not a string or number";
  if (Trim(r->id).empty()) return "record has no id";
  py::object text = field("text");
  if (!text.is_none() && !Utf8(text, &r->text)) return "\"text\" is not a string";
  if (Trim(r->text).empty()) return "record has no text";
  for (auto [key, out] : {std::pair{"title", &r->title}, std::pair{"source", &r->source}, std::pair{"url", &r->url}}) {
    py::object value = field(key);
    if (!value.is_none() && !Utf8(value, out)) return "\"" + std::string(key) + "\" is not a string";
  }
  if (!Trim(r->title).empty()) r->text = r->title + "\n\n" + r->text;  // the title is a headline
  if (r->text.size() > max_bytes)
    return "record of " + std::to_string(r->text.size()) + " bytes exceeds the limit of " + std::to_string(max_bytes) +
           " bytes";
  py::object date = field("date");
  std::string given;
  try {
    given = DateText(date, "date");
  } catch (const py::type_error&) {
    return "\"date\" is not a string or datetime.date";
  }
  if (!given.empty() && !io::NormalizeDate(given, &r->date)) return "bad date \"" + given + "\" (want YYYY-MM-DD)";
  return "";
}

class PyStore {
 public:
  PyStore(const std::string& path, bool write) : path_(path), write_(write) {
    auto opened = [&] {
      py::gil_scoped_release release;
      return store::Store::Open(path, write ? store::Store::Mode::kWrite : store::Store::Mode::kRead);
    }();
    if (!opened.ok()) throw Error(opened.status().message());
    store_ = std::move(*opened);
  }

  py::object Query(const std::optional<std::string>& source, const std::optional<std::string>& target,
                   const std::optional<std::string>& actor, const std::optional<std::string>& cameo,
                   const std::optional<std::string>& plover, std::optional<int> quad,
                   const std::optional<std::string>& modality, const std::optional<std::string>& doc,
                   const std::optional<std::string>& text, const std::optional<std::string>& country,
                   const std::optional<std::string>& bbox, std::optional<int64_t> limit, int64_t offset,
                   const py::object& frame, const py::object& from_, const py::object& to, const py::kwargs& kw) {
    store::EventQuery q;
    py::object from = from_;
    for (auto [key, value] : kw) {
      std::string name = py::str(key).cast<std::string>();
      if (name != "from") throw py::type_error("query() got an unexpected keyword argument '" + name + "'");
      if (!from_.is_none()) throw py::type_error("query() got both 'from' and 'from_'");
      from = py::reinterpret_borrow<py::object>(value);
    }
    q.from = DateText(from, "from");
    q.to = DateText(to, "to");
    auto set = [](std::string* out, const std::optional<std::string>& value) {
      if (value) *out = *value;
    };
    set(&q.source, source);
    set(&q.target, target);
    set(&q.actor, actor);
    set(&q.cameo, cameo);
    set(&q.plover, plover);
    set(&q.modality, modality);
    set(&q.doc, doc);
    set(&q.text, text);
    set(&q.country, country);
    set(&q.bbox, bbox);
    if (quad) q.quad = *quad == 0 ? -1 : *quad;  // 0 means "any" in EventQuery; here it is a mistake
    q.limit = limit ? *limit : -1;
    q.offset = offset;
    std::vector<store::QueryProblem> problems = store::Check(q);
    if (!problems.empty()) {
      std::string message;
      for (const store::QueryProblem& p : problems) message += (message.empty() ? "" : "; ") + p.field + ": " + p.reason;
      throw py::value_error(message);
    }

    // Decide on the form before the work: frame=True without pandas fails early.
    py::object pandas;
    if (frame.is_none()) {
      try {
        pandas = py::module_::import("pandas");
      } catch (const py::error_already_set& e) {
        if (!e.matches(PyExc_ImportError)) throw;
      }
    } else if (frame.cast<bool>()) {
      pandas = py::module_::import("pandas");  // ImportError when it is missing
    }

    std::string json = "[";
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      store::Store& db = Open("query");
      bool first = true;
      Status s = db.Query(q, [&](const io::EventRecord& e, const store::EventPosition&) {
        if (!first) json += ',';
        first = false;
        io::AppendEventJson(e, &json);
        return true;
      });
      if (!s.ok()) throw Error(s.message());
    }
    json += ']';
    py::list events = EventDicts(json);
    if (!pandas) return events;
    return pandas.attr("json_normalize")(events);
  }

  py::dict Ingest(const py::iterable& records) {
    if (!write_)
      throw Error("ingest: " + path_ + " was opened read-only; open it with tocsin.Store(path, write=True)");
    const store::CoderInfo coder = store::DescribeCoder("built-in", {});
    const size_t max_bytes = io::InputOptions().max_record_bytes;
    size_t read = 0, coded = 0, unchanged = 0, rejected = 0;
    py::list problems;
    std::vector<io::InputRecord> batch;
    std::vector<size_t> indexes;  // of the batch's records in `records`
    std::unique_ptr<pipeline::WorkerPool> pool;
    std::vector<pipeline::Workspace> workspaces;
    std::vector<store::StoredDocument> slots(kBatch);
    std::vector<Status> statuses(kBatch);
    std::vector<size_t> work;
    std::vector<const store::StoredDocument*> done;
    std::vector<std::pair<size_t, std::string>> failures;  // (position in work, reason)

    auto problem = [&](size_t index, const std::string& id, const std::string& reason) {
      ++rejected;
      std::string where = "record " + std::to_string(index);
      if (!id.empty()) where += " (id \"" + id + "\")";
      problems.append(where + ": " + reason);
    };
    // Codes and stores the batch in one transaction; the GIL is held on entry.
    auto flush = [&] {
      if (batch.empty()) return;
      failures.clear();
      {
        py::gil_scoped_release release;
        std::lock_guard<std::mutex> lock(mu_);
        store::Store& db = Open("ingest");
        if (!pool) {
          pool = std::make_unique<pipeline::WorkerPool>(0);
          workspaces.resize(pool->size());
        }
        work.clear();
        for (size_t i = 0; i < batch.size(); ++i) {
          auto current = db.IsCurrent(batch[i].id, store::ContentHash(batch[i]), coder);
          if (!current.ok()) throw Error(current.status().message());
          if (*current) ++unchanged;
          else work.push_back(i);
        }
        const pipeline::Pipeline& pipe = PipelineFor({});
        pool->ForEach(work.size(), [&](size_t k, int worker) {
          statuses[k] = store::CodeRecord(pipe, batch[work[k]], &workspaces[worker], &slots[k]);
        });
        done.clear();
        for (size_t k = 0; k < work.size(); ++k) {
          if (statuses[k].ok()) done.push_back(&slots[k]);
          else failures.emplace_back(k, statuses[k].message());
        }
        if (Status s = db.Write(done, coder); !s.ok()) throw Error(s.message());
        coded += done.size();
      }
      for (const auto& [k, reason] : failures) problem(indexes[work[k]], batch[work[k]].id, reason);
      batch.clear();
      indexes.clear();
    };

    for (py::handle item : records) {
      size_t index = read++;
      io::InputRecord r;
      std::string reason = ToRecord(item, max_bytes, &r);
      if (!reason.empty()) {
        problem(index, r.id, reason);
        continue;
      }
      r.origin = "record " + std::to_string(index);
      batch.push_back(std::move(r));
      indexes.push_back(index);
      if (batch.size() == kBatch) flush();
    }
    flush();
    py::dict result;
    result["read"] = read;
    result["coded"] = coded;
    result["unchanged"] = unchanged;
    result["rejected"] = rejected;
    result["problems"] = problems;
    return result;
  }

  py::dict Summary() {
    auto summary = [&] {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      return Open("summary").Summary();
    }();
    if (!summary.ok()) throw Error(summary.status().message());
    auto date = [](const std::string& d) { return d.empty() ? py::object(py::none()) : py::object(py::str(d)); };
    py::dict out;
    out["documents"] = summary->documents;
    out["sentences"] = summary->sentences;
    out["events"] = summary->events;
    out["first_date"] = date(summary->first_date);
    out["last_date"] = date(summary->last_date);
    return out;
  }

  void Close() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    store_.reset();
  }

  bool closed() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mu_);
    return store_ == nullptr;
  }
  const std::string& path() const { return path_; }
  bool writable() const { return write_; }

 private:
  // The open store; raises tocsin.Error after close(). Called under mu_.
  store::Store& Open(const char* what) {
    if (!store_) throw Error(std::string(what) + ": the store " + path_ + " is closed");
    return *store_;
  }

  const std::string path_;
  const bool write_;
  std::mutex mu_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace

void AddStore(py::module_& m) {
  py::class_<PyStore>(m, "Store", R"doc(An event store: one SQLite file made by `tocsin ingest` or Store.ingest.

Store(path, write=False)
  path   the store's file.
  write  False: read only; the store must exist (else tocsin.Error).
         True: created when missing; ingest() may write to it.

A file that is not a tocsin store, or of a schema this tocsin cannot read,
raises tocsin.Error with the reason. Use it as a context manager to close it:

>>> with tocsin.Store("events.db") as db:
...     db.summary()["events"])doc")
      .def(py::init<const std::string&, bool>(), py::arg("path"), py::arg("write") = false,
           "Opens the store at `path`, read-only unless write=True (which creates it when missing).")
      .def("query", &PyStore::Query, py::kw_only(), py::arg("source") = py::none(), py::arg("target") = py::none(),
           py::arg("actor") = py::none(), py::arg("cameo") = py::none(), py::arg("plover") = py::none(),
           py::arg("quad") = py::none(), py::arg("modality") = py::none(), py::arg("doc") = py::none(),
           py::arg("text") = py::none(), py::arg("country") = py::none(), py::arg("bbox") = py::none(),
           py::arg("limit") = py::none(), py::arg("offset") = 0,
           py::arg("frame") = py::none(), py::arg("from_") = py::none(), py::arg("to") = py::none(),
           R"doc(The events that match every filter given, in the stable order of `tocsin query`
(date, document, sentence, event). The filters are those of `tocsin query`:

from_, to       event dates, "YYYY-MM-DD" or datetime.date, both inclusive
                (`from` works too: query(**{"from": "2024-03-01"})).
source, target  actor code prefix on that side: a country ("RUS") or a fuller
                code ("RUSGOV"); actor: the same on either side.
cameo           CAMEO event code prefix: a root ("19") or a full code ("190").
plover          PLOVER event ("ASSAULT"), any case.
quad            QuadClass 1-4.
modality        asserted, reported, intended, negated or hypothetical.
doc             a document id.
text            SQLite FTS5 query over the sentence ("troops border", '"cease fire"').
country         where the event happened: its location's country ("UKR").
bbox            where the event happened: "west,south,east,north" in degrees.
limit, offset   at most `limit` events (None: all) after skipping `offset`.
frame           None: a pandas DataFrame when pandas can be imported, else a
                list; True: a DataFrame (ImportError without pandas); False: a
                list of dicts.

The list holds one dict per event, as `tocsin code` prints it
(docs/event-format.md); the DataFrame is pandas.json_normalize of that list,
so nested fields are columns such as "source.code" and "evidence.verb".
A bad filter raises ValueError whose message starts with the field's name
("from: '2024-02-30' is not a date (want YYYY-MM-DD)").

>>> db.query(source="RUS", cameo="19", frame=False)[0]["target"]["code"])doc")
      .def("ingest", &PyStore::Ingest, py::arg("records"),
           R"doc(Codes documents into the store, as `tocsin ingest` does, and returns
{"read", "coded", "unchanged", "rejected", "problems"}.

records  an iterable of dicts with "id" (str or int), "text", and optionally
         "date" ("YYYY-MM-DD" or datetime.date), "title", "source", "url" --
         the fields of a JSON Lines input record. A title is the text's headline.

A document whose content is unchanged since it was stored by the same coder
(this tocsin with its built-in dictionaries, as `tocsin ingest` without
options) is skipped and counted as unchanged; a changed one replaces its
earlier events. Up to 512 documents are stored per transaction. A record
without an id or text, or with a bad date, is not stored: "problems" has a
line for it naming its index in `records` (from 0) and the reason; the others
are stored. Raises tocsin.Error on a read-only store or when the store cannot
be written (the batches before are kept).

>>> db.ingest([{"id": "a1", "date": "2024-03-14", "text": "Moldova accuses Russia of stirring unrest."}]))doc")
      .def("summary", &PyStore::Summary,
           R"doc(What the store holds: {"documents", "sentences", "events", "first_date",
"last_date"} (the dates of the first and last events; None when there are none).)doc")
      .def("close", &PyStore::Close, "Closes the store; using it afterwards raises tocsin.Error. Closing twice is harmless.")
      .def("__enter__", [](py::object self) { return self; }, "Returns the store itself.")
      .def(
          "__exit__",
          [](PyStore& self, const py::args&) {
            self.Close();
            return false;
          },
          "Closes the store.")
      .def_property_readonly("path", &PyStore::path, "The store's file as given.")
      .def_property_readonly("writable", &PyStore::writable, "Whether the store was opened with write=True.")
      .def_property_readonly("closed", &PyStore::closed, "Whether close() was called.")
      .def("__repr__", [](PyStore& self) {
        return "<tocsin.Store " + py::repr(py::str(self.path())).cast<std::string>() + (self.writable() ? " write" : "") +
               (self.closed() ? " closed" : "") + ">";
      });
}

}  // namespace tocsin::python
