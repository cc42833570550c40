"""Tests of the Python module `tocsin` (docs/python.md).

Run by CTest as Python.Module: PYTHONPATH holds the built module,
TOCSIN_SOURCE_DIR the repository (examples/, tests/golden/) and
TOCSIN_BINARY the built `tocsin` command, which must read what the module
writes and agree with it on what is unchanged.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile
import unittest
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import tocsin

SOURCE_DIR = os.environ.get(
    "TOCSIN_SOURCE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BINARY = os.environ.get("TOCSIN_BINARY")

try:
    import pandas  # noqa: F401
    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False

# Two documents whose events differ in source, target, CAMEO root, date and
# words, so that each filter keeps some events and drops others.
RECORDS = [
    {"id": "a1", "date": "2024-03-14", "title": "Russia accuses Ukraine of shelling Belgorod",
     "text": "Russia on Thursday accused Ukraine of shelling the border city of Belgorod. "
             "The Ukrainian government denied the claim.",
     "source": "Tocsin Wire", "url": "https://example.org/a1"},
    {"id": "a2", "date": "2024-03-20",
     "text": "Moldova accused Russia of stirring unrest in Transnistria. "
             "Russia criticized Moldova for expelling a diplomat. Germany pledged aid to Moldova."},
]


def read(*parts):
    with open(os.path.join(SOURCE_DIR, *parts), encoding="utf-8") as f:
        return f.read()


def code_of(record):
    """What tocsin.code gives for a record of Store.ingest."""
    return tocsin.code(record["text"], record.get("date"), id=record["id"], title=record.get("title"),
                       source=record.get("source"), url=record.get("url"))


def code_prefix(actor, prefix):
    return actor is not None and actor["code"].startswith(prefix)


class CodeTest(unittest.TestCase):
    def test_border_article_equals_the_golden_events(self):
        events = tocsin.code(read("examples", "border-article.txt"), "2024-03-14", id="border-article")
        golden = [json.loads(line) for line in read("tests", "golden", "border-article.events.jsonl").splitlines()
                  if line.strip()]
        self.assertGreater(len(golden), 0)
        self.assertEqual(len(events), len(golden))
        for i, (got, want) in enumerate(zip(events, golden)):
            self.assertEqual(got, want, f"event {i}")

    def test_bad_date_raises_value_error_naming_the_argument(self):
        for bad in ["2024-02-30", "yesterday", "2024-13-01"]:
            with self.assertRaises(ValueError) as caught:
                tocsin.code("Moldova accused Russia of stirring unrest.", bad)
            self.assertTrue(str(caught.exception).startswith("date:"), str(caught.exception))
            self.assertIn(bad, str(caught.exception))

    def test_date_forms(self):
        text = "Moldova accused Russia of stirring unrest in Transnistria."
        by_text = tocsin.code(text, "2024-03-14")
        self.assertGreater(len(by_text), 0)
        self.assertEqual(tocsin.code(text, datetime.date(2024, 3, 14)), by_text)
        self.assertEqual(tocsin.code(text, "20240314"), by_text)
        self.assertEqual({e["date"] for e in by_text}, {"2024-03-14"})
        self.assertEqual({e["date"] for e in tocsin.code(text)}, {None})

    def test_document_fields_and_title(self):
        events = tocsin.code("The Ukrainian government denied the claim.", "2024-03-14", id="x7",
                             title="Russia accuses Ukraine of shelling Belgorod", source="Wire", url="u")
        self.assertGreater(len(events), 0)
        self.assertEqual({e["doc_id"] for e in events}, {"x7"})
        self.assertEqual({e["doc_title"] for e in events}, {"Russia accuses Ukraine of shelling Belgorod"})
        self.assertEqual({e["doc_source"] for e in events}, {"Wire"})
        self.assertEqual({e["doc_url"] for e in events}, {"u"})
        # The title is the headline, coded as the document's first sentence.
        self.assertEqual(events[0]["sentence_index"], 0)
        self.assertEqual(events[0]["sentence"], "Russia accuses Ukraine of shelling Belgorod")

    def test_options_choose_events(self):
        text = read("examples", "border-article.txt")
        default = tocsin.code(text, "2024-03-14")
        everything = tocsin.code(text, "2024-03-14", all_modalities=True, undirected=True)
        sure = tocsin.code(text, "2024-03-14", min_confidence=0.8)
        self.assertGreaterEqual(len(everything), len(default))
        self.assertTrue(all(e["confidence"] >= 0.8 for e in sure))
        self.assertLessEqual(len(sure), len(default))
        self.assertTrue(all(e["modality"] not in ("negated", "hypothetical") for e in default))
        with self.assertRaises(ValueError):
            tocsin.code(text, min_confidence=1.5)

    def test_threads_get_what_one_thread_gets(self):
        texts = [r["text"] for r in RECORDS] * 4 + [read("examples", "border-article.txt")] * 2
        alone = [tocsin.code(t, "2024-03-14", undirected=(i % 2 == 1)) for i, t in enumerate(texts)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(lambda it: tocsin.code(it[1], "2024-03-14", undirected=(it[0] % 2 == 1)),
                                     enumerate(texts)))
        self.assertEqual(together, alone)

    def test_version(self):
        self.assertEqual(tocsin.__version__, "0.1.0")
        self.assertTrue(issubclass(tocsin.Error, RuntimeError))
        for f in [tocsin.code, tocsin.Store.query, tocsin.Store.ingest, tocsin.Store.summary, tocsin.Store.close]:
            self.assertTrue(f.__doc__, f)


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "events.db")

    def tearDown(self):
        self.dir.cleanup()

    def ingest(self, records=RECORDS):
        with tocsin.Store(self.path, write=True) as db:
            return db.ingest(records)

    def test_round_trip(self):
        report = self.ingest()
        self.assertEqual(report, {"read": 2, "coded": 2, "unchanged": 0, "rejected": 0, "problems": []})
        coded = [e for r in RECORDS for e in code_of(r)]
        self.assertGreater(len(coded), 3)
        with tocsin.Store(self.path) as db:
            everything = db.query(frame=False)
            # The store gives back what tocsin.code gives, in date order.
            self.assertEqual(everything, coded)

            def check(kwargs, keep):
                want = [e for e in everything if keep(e)]
                self.assertGreater(len(want), 0, kwargs)  # the filter is not vacuous...
                self.assertLess(len(want), len(everything), kwargs)  # ...and drops something
                self.assertEqual(db.query(frame=False, **kwargs), want, kwargs)

            check({"source": "RUS"}, lambda e: code_prefix(e["source"], "RUS"))
            check({"target": "MDA"}, lambda e: code_prefix(e["target"], "MDA"))
            check({"actor": "UKR"},
                  lambda e: code_prefix(e["source"], "UKR") or code_prefix(e["target"], "UKR"))
            check({"cameo": "11"}, lambda e: e["cameo"].startswith("11"))
            check({"source": "RUS", "cameo": "11"},
                  lambda e: code_prefix(e["source"], "RUS") and e["cameo"].startswith("11"))
            check({"text": "Transnistria"}, lambda e: "Transnistria" in e["sentence"])
            check({"text": "Belgorod"}, lambda e: "Belgorod" in e["sentence"])
            check({"doc": "a2"}, lambda e: e["doc_id"] == "a2")
            check({"from_": "2024-03-15"}, lambda e: e["date"] >= "2024-03-15")
            check({"from": "2024-03-15"}, lambda e: e["date"] >= "2024-03-15")
            check({"to": datetime.date(2024, 3, 14)}, lambda e: e["date"] <= "2024-03-14")
            check({"quad": 3}, lambda e: e["quad_class"] == 3)
            check({"country": "MDA"}, lambda e: e["location"] is not None and e["location"]["country"] == "MDA")
            check({"bbox": "26.5,45.4,30.2,48.5"},  # Moldova's box
                  lambda e: e["location"] is not None and 26.5 <= e["location"]["lon"] <= 30.2
                  and 45.4 <= e["location"]["lat"] <= 48.5)
            self.assertEqual(db.query(limit=2, offset=1, frame=False), everything[1:3])
            self.assertEqual(db.query(offset=len(everything) - 1, frame=False), everything[-1:])
            self.assertEqual(db.query(limit=0, frame=False), [])
            self.assertEqual(db.query(source="CHN", frame=False), [])

            summary = db.summary()
            self.assertEqual(summary["documents"], 2)
            self.assertEqual(summary["events"], len(everything))
            self.assertEqual(summary["sentences"], len({(e["doc_id"], e["sentence_index"]) for e in everything}))
            self.assertEqual(summary["first_date"], "2024-03-14")
            self.assertEqual(summary["last_date"], "2024-03-20")

        # Again: nothing changed, nothing coded; a changed record is coded again.
        self.assertEqual(self.ingest(), {"read": 2, "coded": 0, "unchanged": 2, "rejected": 0, "problems": []})
        changed = [RECORDS[0], dict(RECORDS[1], text="Russia criticized Moldova for expelling a diplomat.")]
        report = self.ingest(changed)
        self.assertEqual((report["coded"], report["unchanged"]), (1, 1))
        with tocsin.Store(self.path) as db:
            self.assertEqual(db.query(doc="a2", frame=False), code_of(changed[1]))
            self.assertEqual(db.summary()["documents"], 2)

    def test_bad_records_are_reported_and_the_rest_stored(self):
        records = iter([
            RECORDS[0],
            {"date": "2024-03-14", "text": "Russia criticized Moldova."},          # no id
            {"id": "b2", "date": "2024-03-14"},                                    # no text
            {"id": "b3", "date": "2024-02-30", "text": "Russia criticized Moldova."},
            "not a record",
            {"id": 42, "text": "Russia criticized Moldova.", "date": datetime.date(2024, 3, 1)},
        ])
        report = self.ingest(records)
        self.assertEqual((report["read"], report["coded"], report["rejected"]), (6, 2, 4))
        problems = report["problems"]
        self.assertEqual(len(problems), 4)
        for index, reason in [(1, "no id"), (2, "no text"), (3, "bad date"), (4, "not a dict")]:
            self.assertTrue(any(p.startswith(f"record {index}") and reason in p for p in problems),
                            (index, reason, problems))
        self.assertIn("2024-02-30", next(p for p in problems if p.startswith("record 3")))
        with tocsin.Store(self.path) as db:
            self.assertEqual(db.summary()["documents"], 2)
            self.assertEqual({e["doc_id"] for e in db.query(frame=False)}, {"a1", "42"})
            self.assertEqual({e["date"] for e in db.query(doc="42", frame=False)}, {"2024-03-01"})

    def test_many_records_in_several_transactions(self):
        records = [{"id": f"d{i}", "date": "2024-03-14", "text": "Russia criticized Moldova for expelling a diplomat."}
                   for i in range(1100)]
        report = self.ingest(records)
        self.assertEqual((report["read"], report["coded"], report["rejected"]), (1100, 1100, 0))
        with tocsin.Store(self.path) as db:
            self.assertEqual(db.summary()["documents"], 1100)
            events = db.query(frame=False)
            self.assertEqual([e["doc_id"] for e in events][:3], ["d0", "d1", "d2"])
            self.assertEqual(len(events), 1100 * len(code_of(records[0])))

    def test_bad_filters_raise_value_error_naming_the_field(self):
        self.ingest()
        with tocsin.Store(self.path) as db:
            for kwargs, field in [({"from": "2024-02-30"}, "from"), ({"from_": "2024-02-30"}, "from"),
                                  ({"to": "March"}, "to"), ({"source": "R U S"}, "source"),
                                  ({"cameo": "abc"}, "cameo"), ({"quad": 7}, "quad"), ({"quad": 0}, "quad"),
                                  ({"modality": "maybe"}, "modality"), ({"plover": "NOT AN EVENT"}, "plover"),
                                  ({"limit": -5}, "limit"), ({"offset": -1}, "offset"),
                                  ({"country": "Moldova"}, "country"), ({"bbox": "26,45,30"}, "bbox"),
                                  ({"from": "2024-03-20", "to": "2024-03-01"}, "to")]:
                with self.assertRaises(ValueError, msg=kwargs) as caught:
                    db.query(**kwargs)
                self.assertTrue(str(caught.exception).startswith(field + ":"), (kwargs, str(caught.exception)))
            self.assertIn("2024-02-30", str(self._error(db, **{"from": "2024-02-30"})))
            with self.assertRaises(TypeError):
                db.query(sauce="RUS")
            with self.assertRaises(TypeError):
                db.query(**{"from": "2024-03-01", "from_": "2024-03-01"})

    def _error(self, db, **kwargs):
        try:
            db.query(**kwargs)
        except ValueError as e:
            return e
        self.fail(f"no ValueError for {kwargs}")

    @unittest.skipUnless(HAVE_PANDAS, "pandas is not installed")
    def test_query_returns_a_data_frame(self):
        self.ingest()
        with tocsin.Store(self.path) as db:
            events = db.query(frame=False)
            self.assertIsInstance(events, list)
            for frame in (db.query(), db.query(frame=True)):
                self.assertIsInstance(frame, pandas.DataFrame)
                self.assertEqual(len(frame), len(events))
                for column in ["source.code", "target.code", "cameo", "plover.event", "evidence.verb", "doc_id"]:
                    self.assertIn(column, frame.columns)
                self.assertEqual(list(frame["cameo"]), [e["cameo"] for e in events])
                self.assertEqual(list(frame["source.code"]), [e["source"]["code"] for e in events])
            rus = db.query(source="RUS")
            self.assertEqual(set(rus["source.code"].str[:3]), {"RUS"})

    def test_without_pandas_query_returns_a_list(self):
        self.ingest()
        with tocsin.Store(self.path) as db, mock.patch.dict(sys.modules, {"pandas": None}):
            self.assertIsInstance(db.query(), list)
            self.assertIsInstance(db.query(frame=False), list)
            with self.assertRaises(ImportError):
                db.query(frame=True)

    def test_missing_store_read_only_raises_error(self):
        with self.assertRaises(tocsin.Error) as caught:
            tocsin.Store(self.path)
        self.assertIn(self.path, str(caught.exception))
        self.assertIsInstance(caught.exception, RuntimeError)
        self.assertFalse(os.path.exists(self.path))

    def test_not_a_store_raises_error(self):
        with open(self.path, "w") as f:
            f.write("not a database\n" * 100)
        with self.assertRaises(tocsin.Error):
            tocsin.Store(self.path)
        with self.assertRaises(tocsin.Error):
            tocsin.Store(self.path, write=True)

    def test_ingest_on_a_read_only_store_raises_error(self):
        self.ingest()
        with tocsin.Store(self.path) as db:
            self.assertFalse(db.writable)
            with self.assertRaises(tocsin.Error):
                db.ingest(RECORDS)
            self.assertEqual(db.summary()["documents"], 2)

    def test_close(self):
        self.ingest()
        with tocsin.Store(self.path) as db:
            self.assertFalse(db.closed)
        self.assertTrue(db.closed)
        for call in [db.summary, db.query, lambda: db.ingest([])]:
            with self.assertRaises(tocsin.Error):
                call()
        db.close()  # again: harmless

    def test_empty_store(self):
        with tocsin.Store(self.path, write=True) as db:
            self.assertEqual(db.summary(), {"documents": 0, "sentences": 0, "events": 0,
                                            "first_date": None, "last_date": None})
            self.assertEqual(db.query(frame=False), [])


@unittest.skipUnless(BINARY, "TOCSIN_BINARY is not set")
class CliTest(unittest.TestCase):
    """The store the module writes is the store the CLI reads and writes."""

    def setUp(self):
        self.assertTrue(os.access(BINARY, os.X_OK), BINARY)
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "events.db")
        with tocsin.Store(self.path, write=True) as db:
            db.ingest(RECORDS)

    def tearDown(self):
        self.dir.cleanup()

    def run_cli(self, *args):
        return subprocess.run([BINARY, *args], capture_output=True, text=True, check=True)

    def test_cli_query_reads_the_store(self):
        with tocsin.Store(self.path) as db:
            for kwargs, flags in [({}, []), ({"source": "RUS"}, ["--source", "RUS"]),
                                  ({"cameo": "11", "limit": 2}, ["--cameo", "11", "--limit", "2"])]:
                out = self.run_cli("query", "--db", self.path, "--format", "jsonl", *flags).stdout
                cli = [json.loads(line) for line in out.splitlines() if line.strip()]
                self.assertGreater(len(cli), 0)
                self.assertEqual(cli, db.query(frame=False, **kwargs), flags)

    def test_cli_ingest_finds_the_documents_unchanged(self):
        jsonl = os.path.join(self.dir.name, "records.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for r in RECORDS:
                f.write(json.dumps(r) + "\n")
        err = self.run_cli("ingest", "--db", self.path, jsonl).stderr
        self.assertRegex(err, r"\b0 coded, 2 unchanged\b")
        # And the other way round: what the CLI stored, the module finds unchanged.
        other = os.path.join(self.dir.name, "cli.db")
        self.run_cli("ingest", "--db", other, jsonl)
        with tocsin.Store(other, write=True) as db:
            self.assertEqual(db.ingest(RECORDS)["unchanged"], 2)
            self.assertEqual(db.query(frame=False), [e for r in RECORDS for e in code_of(r)])


if __name__ == "__main__":
    unittest.main()
