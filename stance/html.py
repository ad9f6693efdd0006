"""report.html: one self-contained page (inline CSS and SVG, no script, no network).

Every piece of text that comes from a document (sentences, speaker names, ids,
titles, urls) goes through :func:`esc`; anchors are built from row numbers, never
from document text; a Content-Security-Policy forbids scripts and remote loads in
case anything slipped through.
"""
from __future__ import annotations

from html import escape

from .aggregate import FEW_SENTENCES, STANCE_LABELS, Evidence, Summary
from .labels import LABELS

# Okabe-Ito colours, chosen to stay distinct with the common colour-vision deficiencies.
COLOURS = {"cooperative": "#0072B2", "cautionary": "#E69F00", "oppositional": "#D55E00", "neutral": "#BBBBBB"}
LABEL_MEANINGS = {
    "cooperative": "favours, proposes or reports NATO–Russia cooperation; plays down a threat",
    "cautionary": "accepts engagement with conditions, limits, mistrust or warnings",
    "oppositional": "rejects cooperation; casts the other side as enemy or threat",
    "neutral": "says nothing about NATO–Russia cooperation",
}
MAX_SPEAKERS = 60  # charts and cards; the CSV files keep every row
MAX_DOCUMENTS = 500
MAX_CARD_DOCUMENTS = 30  # documents named on a speaker's card

AXIS_WIDTH, AXIS_PAD, ROW_HEIGHT = 300, 12, 22
BAR_WIDTH, BAR_HEIGHT = 200, 14

STYLE = """
:root { --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1160px; margin: 0 auto; padding: 28px 32px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 40px 0 6px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 0 0 2px; }
p { margin: 6px 0; }
a { color: #0a58ca; text-decoration: none; }
a:hover { text-decoration: underline; }
.lede { color: var(--muted); margin: 0 0 18px; }
.muted { color: var(--muted); }
.mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  font-size: 12.5px; }
.panel { display: flex; gap: 28px; flex-wrap: wrap; background: var(--soft); border: 1px solid var(--rule);
  border-radius: 8px; padding: 14px 18px; }
.panel > div { flex: 1 1 320px; }
.panel h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin-bottom: 6px; }
.legend { list-style: none; padding: 0; margin: 0; }
.legend li { margin: 3px 0; }
.chip { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.keys { display: flex; gap: 16px; flex-wrap: wrap; justify-content: flex-end; margin: 4px 0; font-size: 13px; }
.small { font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12.5px; vertical-align: bottom;
  padding: 4px 8px; border-bottom: 1px solid var(--rule); }
td { padding: 3px 8px; border-bottom: 1px solid #eef1f4; vertical-align: middle; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.chart, th.chart { padding: 0 6px; width: 1%; }
td.name { max-width: 300px; overflow-wrap: anywhere; }
tr.few td { opacity: .45; }
tr:target td { background: #fff8c5; opacity: 1; }
svg { display: block; }
.badge { display: inline-block; font-size: 11px; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 9px; padding: 0 6px; margin-left: 6px; vertical-align: 1px; }
.note { font-size: 13px; color: var(--muted); margin-top: 6px; }
.metrics { width: auto; }
.metrics td, .metrics th { border: 0; padding: 1px 14px 1px 0; }
.card { border: 1px solid var(--rule); border-radius: 8px; padding: 14px 18px; margin: 14px 0; }
.card .facts { color: var(--muted); font-size: 13.5px; margin-bottom: 8px; }
.evidence { list-style: none; margin: 4px 0 10px; padding: 0; }
.evidence li { margin: 4px 0; padding-left: 10px; border-left: 3px solid var(--rule); }
.evidence .p { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 12.5px; }
.label-head { font-size: 13px; font-weight: 600; }
.labels { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 4px 22px; }
@media (max-width: 800px) { .labels { grid-template-columns: 1fr; } }
.nw { white-space: nowrap; }
.where { overflow-wrap: anywhere; }
.card h3 a.up { float: right; font-size: 12.5px; font-weight: 400; }
details summary { cursor: pointer; font-size: 13px; color: var(--muted); margin-top: 6px; }
footer { margin-top: 48px; font-size: 12.5px; color: var(--muted); }
"""


def esc(value: object) -> str:
    """Text for HTML content or attribute values: ``& < > " '`` all escaped."""
    return escape(str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """The url, escaped, when it is plainly http(s); ``None`` for anything else (javascript:, data:, ...)."""
    if url and url.lower().startswith(("http://", "https://")):
        return esc(url)
    return None


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _x(value: float) -> str:
    return f"{AXIS_PAD + (value + 1) / 2 * (AXIS_WIDTH - 2 * AXIS_PAD):.1f}"


def _signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}"
    if float(text) == 0:
        return f"{0:.{digits}f}"
    return text.replace("-", "−")  # a true minus sign lines up with the plus in tabular figures


def _whisker(row: dict) -> str:
    """Dot for the stance index and a whisker for its 95% interval on a −1..1 axis."""
    w, h, mid = AXIS_WIDTH, ROW_HEIGHT, ROW_HEIGHT / 2
    parts = [f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="stance index">',
             f'<rect x="{_x(-1)}" y="3" width="{float(_x(0)) - float(_x(-1)):.1f}" height="{h - 6}" fill="#fbf0ea"/>',
             f'<rect x="{_x(0)}" y="3" width="{float(_x(1)) - float(_x(0)):.1f}" height="{h - 6}" fill="#eaf2f9"/>',
             f'<line x1="{_x(0)}" y1="2" x2="{_x(0)}" y2="{h - 2}" stroke="#9aa4ae" stroke-width="1"/>']
    index = row["stance_index"]
    if index is None:
        parts.append(f'<text x="{w / 2:.1f}" y="{mid + 4:.1f}" text-anchor="middle" font-size="11" '
                     f'fill="#59636e">no stance-bearing sentences</text>')
    else:
        if row["ci_low"] is not None and row["ci_high"] is not None:
            low, high = _x(row["ci_low"]), _x(row["ci_high"])
            parts.append(f'<line x1="{low}" y1="{mid}" x2="{high}" y2="{mid}" stroke="#3d4650" stroke-width="1.6"/>')
            for end in (low, high):
                parts.append(f'<line x1="{end}" y1="{mid - 5}" x2="{end}" y2="{mid + 5}" '
                             'stroke="#3d4650" stroke-width="1.6"/>')
        parts.append(f'<circle cx="{_x(index)}" cy="{mid}" r="4.5" fill="#1f2328" stroke="#fff" stroke-width="1.2"/>')
    parts.append("</svg>")
    return "".join(parts)


def _axis() -> str:
    """Header of the whisker column: ticks at −1, −0.5, 0, 0.5, 1 and the direction of each end."""
    w = AXIS_WIDTH
    parts = [f'<svg width="{w}" height="34" viewBox="0 0 {w} 34" role="img" aria-label="axis from −1 to 1">']
    for tick in (-1, -0.5, 0, 0.5, 1):
        label = {-1: "−1", -0.5: "−0.5", 0: "0", 0.5: "+0.5", 1: "+1"}[tick]
        anchor = "start" if tick == -1 else "end" if tick == 1 else "middle"
        x = float(_x(tick)) + (-4 if tick == -1 else 4 if tick == 1 else 0)
        parts.append(f'<text x="{x:.1f}" y="12" text-anchor="{anchor}" font-size="11" fill="#59636e">{label}</text>')
        parts.append(f'<line x1="{_x(tick)}" y1="15" x2="{_x(tick)}" y2="19" stroke="#9aa4ae"/>')
    parts.append(f'<text x="{_x(-1)}" y="31" font-size="11" fill="{COLOURS["oppositional"]}">◀ oppositional</text>')
    parts.append(f'<text x="{_x(1)}" y="31" text-anchor="end" font-size="11" '
                 f'fill="{COLOURS["cooperative"]}">cooperative ▶</text>')
    parts.append("</svg>")
    return "".join(parts)


def _label_bar(row: dict) -> str:
    """Stacked bar of the label shares of a row's sentences, in label order."""
    parts = [f'<svg width="{BAR_WIDTH}" height="{BAR_HEIGHT}" viewBox="0 0 {BAR_WIDTH} {BAR_HEIGHT}" '
             f'role="img" aria-label="label mix">']
    total = row["sentences"]
    if not total:
        parts.append(f'<rect x="0.5" y="0.5" width="{BAR_WIDTH - 1}" height="{BAR_HEIGHT - 1}" '
                     'fill="none" stroke="#d8dee4"/>')
    start = 0
    for label in LABELS:
        count = row[label]
        if not total or not count:
            continue
        x0, x1 = start * BAR_WIDTH / total, (start + count) * BAR_WIDTH / total
        start += count
        parts.append(f'<rect x="{x0:.1f}" y="0" width="{x1 - x0:.1f}" height="{BAR_HEIGHT}" fill="{COLOURS[label]}" '
                     f'stroke="#fff" stroke-width="1"><title>{label}: {count} of {total} '
                     f'({100 * count / total:.0f}%)</title></rect>')
    parts.append("</svg>")
    return "".join(parts)


def _keys() -> str:
    return '<div class="keys">' + "".join(
        f'<span><span class="chip" style="background:{COLOURS[label]}"></span>{label}</span>' for label in LABELS
    ) + "</div>"


def _interval(row: dict) -> str:
    if row["stance_index"] is None:
        return "–"
    if row["ci_low"] is None:
        return _signed(row["stance_index"])
    return (f'{_signed(row["stance_index"])} <span class="muted">'
            f'[{_signed(row["ci_low"])}, {_signed(row["ci_high"])}]</span>')


def _explanation(model_card: dict | None) -> str:
    legend = "".join(
        f'<li><span class="chip" style="background:{COLOURS[label]}"></span><b>{label}</b> '
        f'<span class="muted">— {esc(LABEL_MEANINGS[label])}</span></li>' for label in LABELS
    )
    parts = [
        '<section class="panel"><div><h3>How to read the stance index</h3>',
        "<p>Each sentence gets four probabilities from the model. For every sentence whose most probable label "
        "is not <i>neutral</i> (a <i>stance-bearing</i> sentence) the index takes "
        "(P(cooperative) − P(oppositional)) / (1 − P(neutral)), and a row's index is the mean over its "
        "stance-bearing sentences: +1 is wholly cooperative, −1 wholly oppositional, 0 balanced or cautionary.</p>",
        "<p>The whisker is a 95% bootstrap interval (1000 resamples, fixed seed). Rows with fewer than "
        f"{FEW_SENTENCES} stance-bearing sentences are drawn faded: their interval says little. Sentences repeated "
        "verbatim within a document count once.</p></div>",
        f'<div><h3>Labels</h3><ul class="legend">{legend}</ul></div>',
    ]
    metrics = _model_metrics(model_card)
    if metrics:
        parts.append(f"<div><h3>Model</h3>{metrics}</div>")
    parts.append("</section>")
    return "".join(parts)


def _model_metrics(card: dict | None) -> str:
    """Cross-validated metrics from the model card, or '' when there is none or it is not as expected."""
    if not isinstance(card, dict) or not isinstance(card.get("cross_validation"), dict):
        return ""
    cv = card["cross_validation"]
    try:
        rows = [("macro F1", f"{float(cv['macro_f1']):.3f}"), ("accuracy", f"{float(cv['accuracy']):.3f}")]
        per_class = {label: float(cv["per_class"][label]["f1"]) for label in LABELS}
    except (KeyError, TypeError, ValueError):
        return ""
    lines = [f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows]
    lines += [f'<tr><th><span class="chip" style="background:{COLOURS[label]}"></span>F1 {label}</th>'
              f"<td>{value:.3f}</td></tr>" for label, value in per_class.items()]
    trained = []
    if isinstance(card.get("sentences"), int):
        trained.append(f"{card['sentences']} labelled sentences")
    if isinstance(card.get("sources"), int):
        trained.append(f"{card['sources']} sources")
    if isinstance(cv.get("folds"), int):
        trained.append(f"{cv['folds']}-fold cross-validation grouped by source")
    note = f'<p class="note">{esc(", ".join(trained))}</p>' if trained else ""
    return f'<table class="metrics">{"".join(lines)}</table>{note}'


def _speaker_table(speakers: list[dict]) -> str:
    rows = []
    for i, row in enumerate(speakers):
        few = ' class="few"' if row["few_sentences"] else ""
        badge = '<span class="badge">few</span>' if row["few_sentences"] else ""
        rows.append(
            f'<tr{few}><td class="name"><a href="#s{i}">{esc(row["speaker"])}</a>{badge}</td>'
            f'<td class="num">{row["sentences"]}</td><td class="num">{row["stance_bearing"]}</td>'
            f'<td class="num">{_interval(row)}</td><td class="chart">{_whisker(row)}</td>'
            f'<td class="chart">{_label_bar(row)}</td></tr>'
        )
    return (
        '<table><thead><tr><th>speaker</th><th class="num">sentences</th><th class="num">stance-<br>bearing</th>'
        f'<th class="num">index [95% interval]</th><th class="chart">{_axis()}</th>'
        '<th class="chart">label mix</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )


def _document_table(documents: list[tuple[int, dict]]) -> str:
    rows = []
    for position, row in documents:
        few = ' class="few"' if row["few_sentences"] else ""
        url = safe_url(row.get("url"))
        title = esc(row["title"]) if row.get("title") else esc(row["doc"])
        if url:
            title = f'<a href="{url}" rel="noreferrer">{title}</a>'
        below = [f'<span class="mono">{esc(row["doc"])}</span>'] if row.get("title") else []
        below += [esc(row[column]) for column in ("date", "author") if row.get(column)]
        below = f'<div class="muted small">{" · ".join(below)}</div>' if below else ""
        badge = '<span class="badge">few</span>' if row["few_sentences"] else ""
        rows.append(
            f'<tr id="d{position}"{few}><td class="num muted">{position + 1}</td><td class="name">{title}{badge}'
            f'{below}</td><td class="num">{row["sentences"]}</td><td class="num">{row["stance_bearing"]}</td>'
            f'<td class="num">{_interval(row)}</td><td class="chart">{_whisker(row)}</td>'
            f'<td class="chart">{_label_bar(row)}</td></tr>'
        )
    return (
        '<table><thead><tr><th class="num">#</th><th>document</th><th class="num">sentences</th>'
        f'<th class="num">stance-<br>bearing</th><th class="num">index [95% interval]</th>'
        f'<th class="chart">{_axis()}</th><th class="chart">label mix</th></tr></thead><tbody>'
        + "".join(rows) + "</tbody></table>"
    )


def _evidence_list(items: list[Evidence], positions: dict[str, int]) -> str:
    lines = []
    for item in items:
        where = esc(f"{item.doc} #{item.index}")
        if item.doc in positions:
            where = f'<a href="#d{positions[item.doc]}">{where}</a>'
        lines.append(f'<li style="border-left-color:{COLOURS[item.label]}">{esc(item.text)} '
                     f'<span class="p">— <span class="where">{where}</span> · '
                     f'<span class="nw">p {item.prob:.2f}</span>'
                     "</span></li>")
    return f'<ul class="evidence">{"".join(lines)}</ul>'


def _speaker_card(i: int, row: dict, evidence: dict[str, list[Evidence]], positions: dict[str, int]) -> str:
    docs = ", ".join(f'<a href="#d{positions[doc]}">{esc(doc)}</a>' if doc in positions else esc(doc)
                     for doc in row["documents"][:MAX_CARD_DOCUMENTS])
    if len(row["documents"]) > MAX_CARD_DOCUMENTS:
        docs += f" and {len(row['documents']) - MAX_CARD_DOCUMENTS} more (speakers.csv)"
    counts = " · ".join(f"{label} {row[label]}" for label in LABELS)
    flag = (f' <span class="badge">fewer than {FEW_SENTENCES} stance-bearing sentences</span>'
            if row["few_sentences"] else "")
    parts = [f'<div class="card" id="s{i}"><h3>{esc(row["speaker"])}{flag}'
             '<a class="up" href="#speakers">↑ speakers</a></h3>',
             f'<div class="facts">index {_interval(row)} · {row["sentences"]} sentences, {row["stance_bearing"]} '
             f"stance-bearing ({counts})<br>documents: {docs}</div>"]
    if any(evidence.get(label) for label in STANCE_LABELS):
        # one column per label, in the same place on every card, so cards can be compared at a glance
        columns = [f'<div><div class="label-head"><span class="chip" style="background:{COLOURS[label]}"></span>'
                   f"{label}</div>"
                   + (_evidence_list(evidence[label], positions) if evidence.get(label)
                      else '<p class="muted small">none</p>') + "</div>"
                   for label in STANCE_LABELS]
        parts.append(f'<div class="labels">{"".join(columns)}</div>')
    else:
        parts.append('<p class="muted">No stance-bearing sentences.</p>')
    if evidence.get("neutral"):
        parts.append(f"<details><summary>neutral sentences</summary>{_evidence_list(evidence['neutral'], positions)}"
                     "</details>")
    parts.append("</div>")
    return "".join(parts)


def render_html(summary: Summary, model_card: dict | None = None) -> str:
    """The whole report page as a string; the same summary and card give the same bytes."""
    speakers = summary.speakers[:MAX_SPEAKERS]
    cited = {item.doc for row in speakers for items in summary.evidence.get(row["speaker"], {}).values()
             for item in items}
    # One pass over the document rows, which may be spooled on disk: totals, and the rows to show
    # (the first MAX_DOCUMENTS, and the first row of every document the evidence cites).
    shown: list[tuple[int, dict]] = []
    positions: dict[str, int] = {}
    seen_cited: set[str] = set()
    documents = sentences = duplicates = stance_bearing = 0
    for position, row in enumerate(summary.documents):
        documents += 1
        sentences += row["sentences"]
        duplicates += row["duplicates"]
        stance_bearing += row["stance_bearing"]
        first_cited = row["doc"] in cited and row["doc"] not in seen_cited
        if first_cited:
            seen_cited.add(row["doc"])
        if position < MAX_DOCUMENTS or first_cited:
            shown.append((position, row))
            positions.setdefault(row["doc"], position)

    lede = (f"{_count(documents, 'document')} · {_count(sentences, 'sentence')} "
            f"({stance_bearing} stance-bearing"
            + (f"; {_count(duplicates, 'verbatim repeat')} left out" if duplicates else "")
            + f") · {_count(len(summary.speakers), 'speaker')}")
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Stance report</title><style>{STYLE}</style></head><body><main>",
        "<h1>Stance toward NATO–Russia cooperation</h1>",
        f'<p class="lede">{lede}</p>',
        _explanation(model_card),
        '<h2 id="speakers">Speakers</h2>',
    ]
    if speakers:
        parts.append('<p class="note">Ordered by stance-bearing sentences. Click a name for its evidence.</p>')
        parts.append(_keys())
        parts.append(_speaker_table(speakers))
        if any(row["few_sentences"] for row in speakers):
            parts.append(f'<p class="note">Faded rows marked <span class="badge">few</span> have fewer than '
                         f"{FEW_SENTENCES} stance-bearing sentences; their interval says little.</p>")
        if len(summary.speakers) > len(speakers):
            more = _count(len(summary.speakers) - len(speakers), "more speaker")
            parts.append(f'<p class="note">{more} in speakers.csv.</p>')
    else:
        parts.append('<p class="muted">No sentence was attributed to a speaker.</p>')
    parts.append('<h2 id="documents">Documents</h2>')
    parts.append('<p class="note">In input order.' + (" Speakers’ evidence sentences link here." if speakers else "")
                 + "</p>")
    parts.append(_keys())
    parts.append(_document_table(shown))
    if len(shown) < documents:
        parts.append(f'<p class="note">{_count(documents - len(shown), "more document")} in documents.csv.</p>')
    if speakers:
        parts.append('<h2 id="evidence">Evidence by speaker</h2>')
        parts.append('<p class="note">The sentences the model is most confident about, per label; '
                     "p is the probability of that label.</p>")
        for i, row in enumerate(speakers):
            parts.append(_speaker_card(i, row, summary.evidence.get(row["speaker"], {}), positions))
    parts.append("<footer>Written by <span class=\"mono\">stance score</span>. The full tables are in documents.csv "
                 "and speakers.csv; every sentence with its probabilities is in sentences.jsonl.</footer>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
