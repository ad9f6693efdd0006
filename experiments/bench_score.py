"""Benchmark of `stance score`: throughput, stage shares, parallel speed-up, peak memory.

Builds a corpus of N MB from the project's own texts (the seed documents'
paragraphs and the labelled sentences, shuffled into news-sized documents
with a fixed seed) in a temporary folder, then measures:

- MB/s and sentences/s of the whole run (library call run_score, one job);
- the time share of each stage (reading, segmenting, classifier, sentiment,
  attribution, aggregation, writing), each stage timed on its own;
- the classifier alone on the same sentences, and whole / classifier rate;
- the speed-up of --jobs 2 over --jobs 1 (and that their outputs are equal);
- peak memory (max RSS of a `stance score` child process) at 10 MB and 100 MB;
- with ``--dask local:2`` (or a scheduler's address), the same corpus on Dask:
  throughput beside --jobs 1 and --jobs 2, outputs compared with --jobs 1,
  and the peak memory of the client process of `stance score --dask` at the
  memory sizes.

Run from the project root:

    python experiments/bench_score.py --mb 50 -m models/stance.joblib [--dask local:2]

Without -m it trains a model on labels/ first (not timed).
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.aggregate import Aggregator  # noqa: E402
from stance.attribute import attribute_speakers  # noqa: E402
from stance.documents import Document, read_documents  # noqa: E402
from stance.scoring import CHUNK_CHARS, record_line, run_score, score_documents  # noqa: E402
from stance.segment import normalize_space, split_sentences  # noqa: E402
from stance.sentiment import sentiment_scores  # noqa: E402

MB = 1_000_000


# --- The corpus ---------------------------------------------------------------------

def text_pool(root: Path = ROOT) -> tuple[list[str], list[str]]:
    """Paragraphs of the seed documents, and the labelled sentences."""
    paragraphs = []
    for path in sorted((root / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    sentences = []
    for path in sorted((root / "labels").rglob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            sentences += [row["text"].strip() for row in csv.DictReader(handle) if row.get("text", "").strip()]
    return paragraphs, sentences


def make_document(rng: random.Random, paragraphs: list[str], sentences: list[str]) -> str:
    """A headline and 6 to 30 paragraphs: seed paragraphs or 1 to 4 labelled sentences."""
    units = [rng.choice(sentences)]
    for _ in range(rng.randint(6, 30)):
        if rng.random() < 0.3:
            units.append(rng.choice(paragraphs))
        else:
            units.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4))))
    return "\n\n".join(units) + "\n"


def build_corpus(folder: Path, megabytes: float, seed: int = 0) -> tuple[int, int]:
    """Write about ``megabytes`` MB of .txt documents under ``folder``; return (files, bytes)."""
    paragraphs, sentences = text_pool()
    rng = random.Random(seed)
    total = files = 0
    while total < megabytes * MB:
        data = make_document(rng, paragraphs, sentences).encode("utf-8")
        path = folder / f"{files // 1000:03d}" / f"doc_{files:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        files += 1
    return files, total


# --- Timing the stages of a real run ---------------------------------------------------

class StageTimer:
    """Wraps the functions a run calls, stage by stage, and adds up their time."""

    STAGES = ("reading", "segmenting", "classifier", "sentiment", "attribution", "aggregation", "writing")

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(self.STAGES, 0.0)

    def wrap(self, stage: str, function):
        seconds = self.seconds

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[stage] += time.perf_counter() - start
        return timed

    def wrap_stream(self, stage: str, function):
        seconds = self.seconds

        def timed(*args, **kwargs):
            start = time.perf_counter()
            stream = iter(function(*args, **kwargs))
            seconds[stage] += time.perf_counter() - start
            while True:
                start = time.perf_counter()
                try:
                    item = next(stream)
                except StopIteration:
                    seconds[stage] += time.perf_counter() - start
                    return
                seconds[stage] += time.perf_counter() - start
                yield item
        return timed

    def install(self, monkey: list) -> None:
        """Patch the stage functions where stance.scoring looks them up; ``monkey`` keeps the originals."""
        import stance.aggregate
        import stance.report
        import stance.scoring as scoring

        timer = self

        class TimedAggregator(Aggregator):
            add_document = timer.wrap("aggregation", Aggregator.add_document)
            add_sentence = timer.wrap("aggregation", Aggregator.add_sentence)
            finish = timer.wrap("aggregation", Aggregator.finish)

        real_fast_proba = scoring.fast_proba

        def timed_fast_proba(model):
            return self.wrap("classifier", real_fast_proba(model))

        patches = [
            (scoring, "read_documents", self.wrap_stream("reading", scoring.read_documents)),
            (scoring, "split_sentences", self.wrap("segmenting", scoring.split_sentences)),
            (scoring, "normalize_space", self.wrap("classifier", scoring.normalize_space)),
            (scoring, "fast_proba", timed_fast_proba),
            (scoring, "sentiment_scores", self.wrap("sentiment", scoring.sentiment_scores)),
            (scoring, "attribute_speakers", self.wrap("attribution", scoring.attribute_speakers)),
            (scoring, "record_line", self.wrap("writing", scoring.record_line)),
            (stance.aggregate, "Aggregator", TimedAggregator),
            (stance.report, "write_reports", self.wrap("writing", stance.report.write_reports)),
        ]
        for module, name, value in patches:
            monkey.append((module, name, getattr(module, name)))
            setattr(module, name, value)

    @staticmethod
    def uninstall(monkey: list) -> None:
        for module, name, value in reversed(monkey):
            setattr(module, name, value)
        monkey.clear()


def timed_run(corpus: Path, outdir: Path, model, jobs: int = 1, client=None) -> tuple[float, object]:
    start = time.perf_counter()
    summary = run_score([corpus], outdir, model, jobs=jobs, client=client)
    return time.perf_counter() - start, summary


def dask_runs(corpus: Path, outdir: Path, model, address: str) -> dict[str, float]:
    """Seconds of a run on Dask: connecting (starting a local cluster), the run itself, closing."""
    from stance.dask_engine import connect

    start = time.perf_counter()
    with connect(address) as client:
        workers = len(client.nthreads())
        connected = time.perf_counter()
        seconds, _ = timed_run(corpus, outdir, model, client=client)
        closing = time.perf_counter()
    return {"workers": workers, "connect": connected - start, "run": seconds,
            "close": time.perf_counter() - closing, "total": time.perf_counter() - start}


def cpu_seconds(corpus: Path, outdir: Path, model, jobs: int) -> tuple[float, float]:
    """CPU seconds of a run in this process and in its worker processes (load-independent)."""
    import resource

    from joblib.externals.loky import get_reusable_executor

    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    get_reusable_executor().shutdown(wait=True)  # earlier runs' workers are not this run's
    before_main, before_children = time.process_time(), children()
    run_score([corpus], outdir, model, jobs=jobs)
    main_cpu = time.process_time() - before_main
    get_reusable_executor().shutdown(wait=True)  # workers are counted once they have exited
    return main_cpu, children() - before_children


def stage_shares(corpus: Path, outdir: Path, model) -> tuple[dict[str, float], float]:
    """Seconds per stage of an instrumented one-job run, and that run's total."""
    timer = StageTimer()
    monkey: list = []
    timer.install(monkey)
    try:
        seconds, _ = timed_run(corpus, outdir, model)
    finally:
        StageTimer.uninstall(monkey)
    return timer.seconds, seconds


def classifier_alone(corpus: Path, model, limit_bytes: float | None = None) -> dict[str, float]:
    """Seconds of the classifier alone (fast path and scikit-learn's own) on the corpus's sentences.

    The sentences are cut first (not timed) and fed in the run's chunks.
    """
    from stance.scoring import FastProba

    chunks, chunk, size, total = [], [], 0, 0
    for item in read_documents([corpus]):
        if not isinstance(item, Document):
            continue
        chunk += [normalize_space(s.text) for s in split_sentences(item.text)]
        size += len(item.text)
        total += len(item.text.encode("utf-8"))
        if size >= CHUNK_CHARS:
            chunks.append(chunk)
            chunk, size = [], 0
        if limit_bytes is not None and total >= limit_bytes:
            break
    if chunk:
        chunks.append(chunk)
    fast = FastProba(model)
    start = time.perf_counter()
    for texts in chunks:
        fast(texts)
    fast_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for texts in chunks:
        model.predict_proba(texts)
    sklearn_seconds = time.perf_counter() - start
    return {"bytes": total, "fast": fast_seconds, "sklearn": sklearn_seconds, "fast_path": fast.fast}


# --- Peak memory of the command ------------------------------------------------------------

# Linux keeps a child's max RSS from before exec, that is the forking parent's size;
# so a small launcher starts `stance score` and reports its child's max RSS.
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"status": os.waitstatus_to_exitcode(status), "maxrss_kib": usage.ru_maxrss,
                  "seconds": time.perf_counter() - start, "stderr": child.stderr.read().decode()}))
"""


# The peak of the `stance score` process alone (VmHWM), not of its worker processes, which
# wait4's max RSS includes once they have exited: what a Dask client costs its machine.
OWN_PEAK = (
    "import atexit, os\n"
    "def own_peak():\n"
    "    with open('/proc/self/status') as status, open(os.environ['STANCE_BENCH_PEAK'], 'w') as out:\n"
    "        out.write(next(line for line in status if line.startswith('VmHWM:')).split()[1])\n"
    "atexit.register(own_peak)\n"
    "from stance.cli import main; main()\n"
)


def client_peak_memory_mb(corpus: Path, outdir: Path, model_path: Path, dask: str) -> tuple[float, float, float]:
    """Peak RSS (MB) of the `stance score --dask` process itself, max RSS of it and its children, wall time."""
    peak_file = outdir.parent / f"{outdir.name}.peak"
    command = [sys.executable, "-c", OWN_PEAK, "score", str(corpus), "-m", str(model_path), "-o", str(outdir),
               "--dask", dask, "--format", "json"]
    launched = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True,
                              cwd=ROOT, check=True, env={**os.environ, "STANCE_BENCH_PEAK": str(peak_file)})
    result = json.loads(launched.stdout)
    if result["status"] != 0:
        raise RuntimeError(f"stance score --dask failed: {result['stderr']}")
    return int(peak_file.read_text()) / 1024, result["maxrss_kib"] / 1024, result["seconds"]


def peak_memory_mb(corpus: Path, outdir: Path, model_path: Path, jobs: int = 1) -> tuple[float, float]:
    """Max RSS (MB) and wall time of a `stance score` child process."""
    command = [sys.executable, "-c", "from stance.cli import main; main()", "score", str(corpus),
               "-m", str(model_path), "-o", str(outdir), "--jobs", str(jobs), "--format", "json"]
    launched = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True,
                              cwd=ROOT, check=True)
    result = json.loads(launched.stdout)
    if result["status"] != 0:
        raise RuntimeError(f"stance score failed: {result['stderr']}")
    return result["maxrss_kib"] / 1024, result["seconds"]  # ru_maxrss is in KiB on Linux


# --- Report ------------------------------------------------------------------------------

def differing_outputs(a: Path, b: Path) -> list[str]:
    names = ["sentences.jsonl", "documents.csv", "speakers.csv", "report.html"]
    return [name for name in names if not filecmp.cmp(a / name, b / name, shallow=False)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50, help="corpus size for throughput (default 50)")
    parser.add_argument("-m", "--model", type=Path, default=None, help="model file (default: train on labels/)")
    parser.add_argument("--memory-mb", type=float, nargs="*", default=[10, 100],
                        help="corpus sizes for peak memory (default 10 100); none to skip")
    parser.add_argument("--sklearn-mb", type=float, default=5,
                        help="MB of sentences for scikit-learn's own predict_proba (slow; default 5)")
    parser.add_argument("--dask", metavar="ADDRESS", default=None,
                        help="also score on Dask: local:N, or a scheduler's address (needs the dask extra)")
    args = parser.parse_args(argv)

    from stance.store import load_model, save_model

    with tempfile.TemporaryDirectory(prefix="stance-bench-") as tmp:
        tmp = Path(tmp)
        if args.model is None:
            from stance.model import train

            args.model = tmp / "model" / "stance.joblib"
            print("training a model on labels/ (not timed) ...", file=sys.stderr)
            save_model(train(ROOT / "labels"), args.model)
        model = load_model(args.model)
        load = os.getloadavg()[0]

        corpus = tmp / "corpus"
        files, size = build_corpus(corpus, args.mb)
        mb = size / MB
        print(f"corpus: {files} files, {mb:.1f} MB", file=sys.stderr)

        one_seconds, summary = timed_run(corpus, tmp / "out1", model, jobs=1)
        print(f"1 job: {one_seconds:.1f} s", file=sys.stderr)
        two_seconds, _ = timed_run(corpus, tmp / "out2", model, jobs=2)
        print(f"2 jobs: {two_seconds:.1f} s", file=sys.stderr)
        differing = differing_outputs(tmp / "out1", tmp / "out2")
        identical = "yes" if not differing else "NO, " + ", ".join(differing) + " differ"
        if args.dask:
            dask = dask_runs(corpus, tmp / "outdask", model, args.dask)
            print(f"dask {args.dask}: {dask['run']:.1f} s ({dask['total']:.1f} s with start and stop)",
                  file=sys.stderr)
            differing = differing_outputs(tmp / "out1", tmp / "outdask")
            dask["identical"] = "yes" if not differing else "NO, " + ", ".join(differing) + " differ"
        cpu_one = cpu_seconds(corpus, tmp / "cpu1", model, jobs=1)
        cpu_two = cpu_seconds(corpus, tmp / "cpu2", model, jobs=2)
        stages, instrumented = stage_shares(corpus, tmp / "out3", model)
        alone = classifier_alone(corpus, model)
        sample = classifier_alone(corpus, model, limit_bytes=args.sklearn_mb * MB)

        memory, dask_memory = [], []
        for size_mb in args.memory_mb:
            folder = tmp / f"memory{size_mb:g}"
            _, actual = build_corpus(folder, size_mb)
            peak, seconds = peak_memory_mb(folder, tmp / f"memout{size_mb:g}", args.model)
            memory.append((size_mb, actual / MB, peak, seconds))
            print(f"memory at {size_mb:g} MB: {peak:.0f} MB", file=sys.stderr)
            if args.dask:
                own, tree, seconds = client_peak_memory_mb(folder, tmp / f"memdask{size_mb:g}", args.model, args.dask)
                dask_memory.append((size_mb, actual / MB, own, tree, seconds))
                print(f"dask client memory at {size_mb:g} MB: {own:.0f} MB", file=sys.stderr)
        load_after = os.getloadavg()[0]

    whole = mb / one_seconds
    fast_rate = alone["bytes"] / MB / alone["fast"]
    sklearn_rate = sample["bytes"] / MB / sample["sklearn"]
    import sklearn

    print(f"\nMachine: {os.cpu_count()} cores, Python {platform.python_version()}, scikit-learn "
          f"{sklearn.__version__}; load average {load:.1f} before, {load_after:.1f} after.")
    print(f"Corpus: {files} documents, {mb:.1f} MB, {summary.sentences} sentences.\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| whole `score`, 1 job | {one_seconds:.1f} s: **{whole:.2f} MB/s**, {summary.sentences / one_seconds:,.0f} sentences/s |")
    print(f"| whole `score`, 2 jobs | {two_seconds:.1f} s: {mb / two_seconds:.2f} MB/s "
          f"({mb / two_seconds / 2:.2f} MB/s per core); outputs byte-identical to 1 job: {identical} |")
    print(f"| speed-up of 2 jobs over 1 | **{one_seconds / two_seconds:.2f}x** |")
    bound = cpu_one[0] / max(cpu_two[0], sum(cpu_two) / 2)
    print(f"| CPU seconds, 1 job / 2 jobs (main + workers) | {cpu_one[0]:.1f} / {cpu_two[0]:.1f} + "
          f"{cpu_two[1]:.1f}; speed-up on 2 idle cores at most {bound:.2f}x |")
    print(f"| classifier alone (as scoring runs it{'' if alone['fast_path'] else ', no fast path'}) | "
          f"{alone['fast']:.1f} s: {fast_rate:.2f} MB/s |")
    print(f"| whole / classifier alone | **{whole / fast_rate:.2f}** |")
    print(f"| scikit-learn's own `predict_proba` (first {sample['bytes'] / MB:.1f} MB) | "
          f"{sklearn_rate:.2f} MB/s; whole / that = {whole / sklearn_rate:.2f} |")
    for size_mb, actual, peak, seconds in memory:
        print(f"| peak memory, `stance score` on {actual:.0f} MB (1 job) | {peak:.0f} MB max RSS ({seconds:.0f} s) |")
    if len(memory) >= 2:
        print(f"| peak memory, largest / smallest corpus | **{memory[-1][2] / memory[0][2]:.3f}** |")
    if args.dask:
        print(f"\nDask (`--dask {args.dask}`, {dask['workers']} workers of 1 thread) on the same corpus:\n")
        print("| measure | value |")
        print("|---|---|")
        print(f"| `--jobs 1` | {one_seconds:.1f} s: {mb / one_seconds:.2f} MB/s |")
        print(f"| `--jobs 2` (worker start included) | {two_seconds:.1f} s: {mb / two_seconds:.2f} MB/s |")
        print(f"| `--dask {args.dask}`, the run (cluster up) | {dask['run']:.1f} s: {mb / dask['run']:.2f} MB/s; "
              f"outputs byte-identical to 1 job: {dask['identical']} |")
        print(f"| `--dask {args.dask}` with cluster start ({dask['connect']:.1f} s) and stop ({dask['close']:.1f} s) "
              f"| {dask['total']:.1f} s: {mb / dask['total']:.2f} MB/s |")
        print(f"| Dask / `--jobs 2` throughput, the run | **{two_seconds / dask['run']:.2f}x** |")
        print(f"| Dask / `--jobs 2` throughput, with start and stop | **{two_seconds / dask['total']:.2f}x** |")
        for size_mb, actual, own, tree, seconds in dask_memory:
            print(f"| peak memory, `stance score --dask {args.dask}` on {actual:.0f} MB | client process {own:.0f} MB "
                  f"(with its workers: {tree:.0f} MB max RSS; {seconds:.0f} s) |")
        if len(dask_memory) >= 2:
            print(f"| client peak memory, largest / smallest corpus | **{dask_memory[-1][2] / dask_memory[0][2]:.3f}** |")
    total = sum(stages.values())
    print(f"\nStage shares of an instrumented 1-job run ({instrumented:.1f} s; the stages account for "
          f"{total:.1f} s, the rest is building records and the loop):\n")
    print("| stage | seconds | share | MB/s alone |")
    print("|---|---|---|---|")
    for stage, seconds in stages.items():
        print(f"| {stage} | {seconds:.1f} | {seconds / instrumented:.0%} | {mb / seconds if seconds else float('inf'):.1f} |")
    print(f"| other | {instrumented - total:.1f} | {(instrumented - total) / instrumented:.0%} | |")
    print(json.dumps({"mb": mb, "whole_mb_s": whole, "jobs2_speedup": one_seconds / two_seconds,
                      "cpu_one": cpu_one, "cpu_two": cpu_two,
                      "classifier_mb_s": fast_rate, "ratio": whole / fast_rate, "identical": identical,
                      "memory": memory, "stages": stages,
                      "dask": dask if args.dask else None, "dask_memory": dask_memory}), file=sys.stderr)


if __name__ == "__main__":
    main()
