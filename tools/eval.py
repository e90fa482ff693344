#!/usr/bin/env python3
"""Score a built archive against labelled truth: what the plugin understood, field by field.

usage: tools/eval.py --catalogue OUTPUT/api/articles.json --truth truth.json [--misses] [--json]

`make eval SEEDS=dir TRUTH=file` builds the folder into eval-out/ and runs this. The truth file is a
JSON list of labelled reports (schema in README, "Measuring on real reports"):

    {"file": "001.txt", "lang": "en", "countries": ["ID", "RU"], "event": "some-event-id",
     "date": "2022-06-30" or ["primary", "also acceptable", ...], "title": "..." or ""}

Printed: per-field accuracy (language, country pair, event date, headline where the text has one),
how many dates were given and how many of those are right, pairwise precision/recall/F1 of the
same-event links over all pairs and over cross-language pairs, then every miss.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
from kabar.understand.decode import as_read  # noqa: E402


def _norm(text: str | None) -> str:
    """A headline as the archive reads text (and a reader sees it: :func:`decode.as_read`), one
    space between words."""
    return " ".join(as_read(text or "").split())


def _base(lang: str | None) -> str | None:
    return lang.split("-")[0].lower() if lang else None


def _dates(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@dataclass
class Score:
    """Counts behind one figure."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.right}/{self.total})" if self.total else "– (0/0)"


@dataclass
class PairScore:
    true_pos: int = 0
    predicted: int = 0
    actual: int = 0

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.actual if self.actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=dict)
    dates_given: Score = field(default_factory=Score)
    dates_right_given: Score = field(default_factory=Score)
    links_all: PairScore = field(default_factory=PairScore)
    links_cross: PairScore = field(default_factory=PairScore)
    misses: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {name: s.value for name, s in self.fields.items()}
        out.update({
            "dates_given": self.dates_given.value,
            "date_right_when_given": self.dates_right_given.value,
            "links_precision": self.links_all.precision, "links_recall": self.links_all.recall,
            "links_f1": self.links_all.f1,
            "cross_precision": self.links_cross.precision, "cross_recall": self.links_cross.recall,
            "cross_f1": self.links_cross.f1,
            "missing_files": self.missing_files,
        })
        return out


def _file_key(name: str) -> str:
    """Truth names files by their name; the catalogue by their path in the seeds folder."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def score(articles: list[dict], truth: list[dict]) -> Report:
    report = Report()
    for name in ("language", "countries", "date", "headline"):
        report.fields[name] = Score()
    by_file = {_file_key(a["source_file"]): a for a in articles}
    matched: list[tuple[dict, dict]] = []
    for item in truth:
        article = by_file.get(_file_key(item["file"]))
        if article is None:
            report.missing_files.append(item["file"])
            report.misses.append(f"{item['file']}: not in the build (rejected or absent)")
            for name in ("language", "countries", "date"):
                report.fields[name].total += 1
            if item.get("title"):
                report.fields["headline"].total += 1
            continue
        matched.append((item, article))
        _score_fields(report, item, article)
    _score_links(report, truth, by_file)
    return report


def _score_fields(report: Report, item: dict, article: dict) -> None:
    name = item["file"]
    lang_ok = _base(article.get("lang")) == _base(item["lang"])
    report.fields["language"].total += 1
    report.fields["language"].right += lang_ok
    if not lang_ok:
        report.misses.append(f"{name}: language {article.get('lang')} (truth {item['lang']})")

    got = sorted(article.get("countries") or []) if article.get("country_scope") == "pair" else []
    want = sorted(item["countries"])
    report.fields["countries"].total += 1
    report.fields["countries"].right += got == want
    if got != want:
        report.misses.append(f"{name}: countries {article.get('country_scope')} "
                             f"{'-'.join(article.get('countries') or []) or '–'} (truth {'-'.join(want)})")

    accepted = _dates(item.get("date"))
    given = article.get("date")
    ok = given is not None and given in accepted
    report.fields["date"].total += 1
    report.fields["date"].right += ok
    report.dates_given.total += 1
    report.dates_given.right += given is not None
    if given is not None:
        report.dates_right_given.total += 1
        report.dates_right_given.right += ok
    if not ok:
        how = article.get("date_source") or ""
        kind = "WRONG" if given is not None else "none"
        report.misses.append(f"{name}: date {kind} {given} from {article.get('date_evidence')!r} {how} "
                             f"(truth {accepted[0] if accepted else '?'})")

    if item.get("title"):
        report.fields["headline"].total += 1
        title_ok = _norm(article.get("title")) == _norm(item["title"])
        report.fields["headline"].right += title_ok
        if not title_ok:
            report.misses.append(f"{name}: headline {article.get('title')!r} (truth {item['title']!r})")


def _score_links(report: Report, truth: list[dict], by_file: dict[str, dict]) -> None:
    items = [t for t in truth if _file_key(t["file"]) in by_file]
    for a, b in itertools.combinations(items, 2):
        same_truth = a["event"] == b["event"]
        ea, eb = by_file[_file_key(a["file"])], by_file[_file_key(b["file"])]
        same_built = ea.get("event") is not None and ea.get("event") == eb.get("event")
        cross = _base(a["lang"]) != _base(b["lang"])
        for pairs, counts in ((report.links_all, True), (report.links_cross, cross)):
            if not counts:
                continue
            pairs.actual += same_truth
            pairs.predicted += same_built
            pairs.true_pos += same_truth and same_built
        if same_truth != same_built:
            kind = "missed link" if same_truth else "WRONG link"
            report.misses.append(f"{a['file']} ~ {b['file']}: {kind} ({a['event']} / {b['event']})")


def format_report(report: Report, label: str, show_misses: bool = True) -> str:
    lines = [f"# {label}", "", "| figure | value |", "| --- | ---: |"]
    names = {"language": "language", "countries": "country pair", "date": "event date",
             "headline": "headline (where the text has one)"}
    for key, title in names.items():
        lines.append(f"| {title} | {report.fields[key]} |")
    lines.append(f"| dates given | {report.dates_given} |")
    lines.append(f"| a given date right | {report.dates_right_given} |")
    for title, pairs in (("all pairs", report.links_all), ("cross-language", report.links_cross)):
        lines.append(f"| same-event links, {title}: precision | {pairs.precision:.2f} "
                     f"({pairs.true_pos}/{pairs.predicted}) |")
        lines.append(f"| same-event links, {title}: recall | {pairs.recall:.2f} ({pairs.true_pos}/{pairs.actual}) |")
        lines.append(f"| same-event links, {title}: F1 | {pairs.f1:.2f} |")
    if show_misses:
        lines += ["", f"## Misses ({len(report.misses)})", ""]
        lines += [f"- {m}" for m in sorted(report.misses)] or ["none"]
    return "\n".join(lines) + "\n"


def normalise_truth(truth):
    """The labelled list; ``tools/synth.py``'s ``truth.json`` ({"articles": {file: {...}}}) too."""
    if isinstance(truth, dict) and isinstance(truth.get("articles"), dict):
        return [{"file": name, "lang": t["lang"], "countries": t["countries"], "date": t["date"],
                 "event": t["event_key"], "title": t.get("title", "")}
                for name, t in sorted(truth["articles"].items())]
    return truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", required=True, help="OUTPUT/api/articles.json of a build")
    parser.add_argument("--truth", required=True, help="labelled truth (JSON list)")
    parser.add_argument("--label", default=None, help="heading of the table")
    parser.add_argument("--no-misses", action="store_true", help="print the figures only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    for path in (args.catalogue, args.truth):
        if not Path(path).is_file():
            parser.error(f"{path} does not exist")
    try:
        truth = json.loads(Path(args.truth).read_text(encoding="utf-8"))
        catalogue = json.loads(Path(args.catalogue).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        parser.error(f"cannot read: {err}")
    truth = normalise_truth(truth)
    if not isinstance(truth, list) or not all(isinstance(t, dict) and "file" in t for t in truth):
        parser.error(f"{args.truth}: expected a JSON list of objects with a 'file' key")
    report = score(catalogue["articles"], truth)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1))
    else:
        print(format_report(report, args.label or args.truth, not args.no_misses), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
