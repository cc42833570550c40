#include "store/coding.h"

namespace tocsin::store {

CoderInfo DescribeCoder(std::string_view dictionaries, const pipeline::PrintOptions& print) {
  CoderInfo coder;
  coder.version = "tocsin " TOCSIN_VERSION;
  coder.settings = dictionaries;
  if (print.all_modalities) coder.settings += " --all-modalities";
  if (print.undirected) coder.settings += " --undirected";
  if (print.min_confidence > 0) coder.settings += " --min-confidence " + std::to_string(print.min_confidence);
  return coder;
}

Status CodeRecord(const pipeline::Pipeline& pipe, const io::InputRecord& r, pipeline::Workspace* ws,
                  StoredDocument* d) {
  if (Status s = pipe.Run({r.id, r.date, r.text}, ws); !s.ok()) return s;
  d->id = r.id;
  d->date = r.date;
  d->title = r.title;
  d->source = r.source;
  d->url = r.url;
  d->content_hash = ContentHash(r);
  d->events.resize(ws->events.size());
  for (uint32_t i = 0; i < ws->events.size(); ++i)
    io::FillEventRecord(ws->analyzed, ws->events[i], i, pipe.knowledge().ontology, {r.title, r.source, r.url},
                        &d->events[i]);
  return Status();
}

}  // namespace tocsin::store
