"""Scoring on Dask: same bytes as one job, the model sent once, bounded streaming, lost workers, errors."""
from __future__ import annotations

import gc
import json
import logging
import os
import re
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from stance import scoring
from stance.cli import main
from stance.documents import Document, read_documents
from stance.errors import Problem
from stance.model import StanceModel
from stance.scoring import ScoredDocument, run_score, score
from stance.store import load_model

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ["documents.csv", "report.html", "sentences.jsonl", "speakers.csv"]
MISSING_EXTRA = 'Error: --dask needs the dask extra: pip install "stance[dask]"\n'


def _local_cluster(workers: int = 2):
    distributed = pytest.importorskip("distributed")
    return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                    dashboard_address=":0", silence_logs=logging.ERROR)


@pytest.fixture(scope="module")
def client():
    cluster = _local_cluster()
    from distributed import Client

    with cluster, Client(cluster, set_as_default=False) as client:
        yield client


@pytest.fixture(scope="module")
def tiny_model(tiny_model_path):
    return load_model(tiny_model_path)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The seeds several times over, with unusable and partly usable inputs among them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for copy in range(4):
        for path in sorted(SEEDS.glob("*.txt")):
            (folder / f"{copy}_{path.name}").write_bytes(path.read_bytes())
    (folder / "1_binary.txt").write_bytes(b"\x00\x01")
    (folder / "2_empty.txt").write_bytes(b"")
    (folder / "3_latin1.txt").write_bytes("Caf\xe9 diplomacy resumed in Brussels.".encode("latin-1"))
    (folder / "4_docs.jsonl").write_text(
        "".join(json.dumps({"id": f"j{i}", "text": f"Story {i}. NATO and Russia met in round {i}.",
                            "author": "Jane Roe"}) + "\n" for i in range(30)) + "not json\n", encoding="utf-8")
    return folder


def _same_outputs(a: Path, b: Path) -> None:
    assert sorted(p.name for p in b.iterdir()) == OUTPUTS
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _counts(summary) -> tuple:
    return summary.documents, summary.sentences, summary.duplicates, summary.skipped, summary.problems


# --- The same results ---------------------------------------------------------------

def test_outputs_are_byte_identical_to_one_job(client, corpus, tiny_model, tmp_path, monkeypatch):
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 2000)  # many chunks, shared between the two workers
    reported_alone, reported_dask = [], []
    alone = run_score([corpus], tmp_path / "alone", tiny_model, on_problem=reported_alone.append)
    dask = run_score([corpus], tmp_path / "dask", tiny_model, client=client, on_problem=reported_dask.append)
    _same_outputs(tmp_path / "alone", tmp_path / "dask")
    assert _counts(dask) == _counts(alone)
    assert (dask.documents, dask.skipped, len(dask.problems)) == (51, 3, 4)  # bad inputs counted as without Dask
    assert reported_dask == reported_alone == dask.problems


def test_stream_keeps_documents_and_problems_in_input_order(client, corpus, tiny_model, monkeypatch):
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 2000)
    expected = list(score([corpus], tiny_model))
    assert list(score([corpus], tiny_model, client=client)) == expected
    assert {type(item) for item in expected} == {ScoredDocument, Problem}


def test_jobs_and_client_together_are_refused(client, tiny_model):
    with pytest.raises(ValueError, match="not both"):
        score([SEEDS], tiny_model, jobs=2, client=client)


# --- Sending the model once, streaming -------------------------------------------------

class CountingModel(StanceModel):
    """Counts how often it is pickled in this (the client's) process; workers get a plain StanceModel."""

    pickled = 0

    def __reduce__(self):
        CountingModel.pickled += 1
        return StanceModel, (self.pipeline, self.card)


def test_the_model_reaches_the_workers_once_not_per_chunk(client, corpus, tiny_model, tmp_path, monkeypatch):
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 2000)
    chunks = sum(1 for _ in scoring._chunks(read_documents([corpus])))
    model = CountingModel(tiny_model.pipeline, tiny_model.card)
    monkeypatch.setattr(CountingModel, "pickled", 0)
    summary = run_score([corpus], tmp_path / "out", model, client=client)
    assert summary.documents == 51 and chunks >= 10
    assert CountingModel.pickled == 1


def test_chunks_in_flight_are_bounded(client, corpus, tiny_model, monkeypatch):
    from stance import dask_engine

    monkeypatch.setattr(scoring, "CHUNK_ITEMS", 1)  # one input per chunk: read - written counts chunks
    monkeypatch.setattr(dask_engine, "CHUNKS_PER_THREAD", 1)  # 2 workers of 1 thread: at most 2 in flight
    read = []

    def counted(paths):
        for item in read_documents(paths):
            read.append(item)
            yield item

    monkeypatch.setattr(scoring, "read_documents", counted)
    gaps = []
    for received, _ in enumerate(score([corpus], tiny_model, client=client), start=1):
        gaps.append(len(read) - received)
        time.sleep(0.005)  # a slow writer: an unbounded reader would run far ahead
    assert received == len(read) == 54
    assert max(gaps) <= 2


def test_the_client_keeps_no_text_of_written_documents(corpus, tiny_model, tmp_path, monkeypatch):
    dask_engine = pytest.importorskip("stance.dask_engine")
    monkeypatch.setattr(scoring, "CHUNK_ITEMS", 1)  # 54 chunks of one input each
    monkeypatch.setattr(dask_engine, "MESSAGE_LOG_LENGTH", 3)
    with dask_engine.connect("local:2") as client:  # the scheduler runs in this process too
        summary = run_score([corpus], tmp_path / "out", tiny_model, client=client)
        gc.collect()
        alive = [o for o in gc.get_objects() if type(o) is Document and o.path.startswith(str(corpus))]
    assert summary.documents == 51
    # Dask's message logs would keep every chunk sent (up to 1,000); ours keep 3 messages per connection.
    assert len(alive) <= 12


# --- Lost workers ------------------------------------------------------------------

@pytest.mark.parametrize("victims", ["one worker", "every worker"])
def test_workers_killed_mid_run_lose_nothing(corpus, tiny_model, tmp_path, monkeypatch, victims):
    Client = pytest.importorskip("distributed").Client

    for copy in range(4, 40):  # about a second of work, in chunks of about 70 ms
        for path in sorted(SEEDS.glob("*.txt")):
            (corpus / f"{copy}_{path.name}").write_bytes(path.read_bytes())
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 40_000)
    alone = run_score([corpus], tmp_path / "alone", tiny_model)
    with _local_cluster() as cluster, Client(cluster, set_as_default=False) as client:
        pids = client.run(os.getpid)
        written, killed = [], []

        def kill_a_busy_worker_once_results_arrive():
            deadline = time.monotonic() + 30
            while not killed and time.monotonic() < deadline:
                busy = sorted(client.processing().items(), key=lambda item: -len(item[1]))
                if written and busy and busy[0][1]:
                    for address in list(pids) if victims == "every worker" else [busy[0][0]]:
                        os.kill(pids[address], signal.SIGKILL)
                        killed.append(address)
                time.sleep(0.005)

        killer = threading.Thread(target=kill_a_busy_worker_once_results_arrive)
        killer.start()
        try:
            dask = run_score([corpus], tmp_path / "dask", tiny_model, client=client,
                             progress=lambda summary: written.append(summary.documents))
        finally:
            killer.join()
        removed = [event for _, event in client.get_events("all") if event.get("action") == "remove-worker"]
    assert len(killed) == (2 if victims == "every worker" else 1)
    assert written[-1] > written[len(written) // 2] > 0
    # The workers died holding chunks, and those chunks were scored again elsewhere.
    assert sorted(event["worker"] for event in removed) == sorted(killed)
    assert any(event["processing-tasks"] for event in removed)
    _same_outputs(tmp_path / "alone", tmp_path / "dask")
    assert _counts(dask) == _counts(alone)


class _FailedFuture:
    def __init__(self, error: BaseException):
        self.error = error

    def result(self):
        raise self.error


@pytest.mark.parametrize("error, message", [
    ("killed", "workers died again and again while scoring the chunk of documents that starts with news/a.txt"),
    ("cancelled", "the Dask scheduler dropped the run's work (scheduler-connection-lost); check that the scheduler"),
])
def test_chunks_lost_for_good_are_cluster_errors(error, message):
    dask_engine = pytest.importorskip("stance.dask_engine")
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    errors = {"killed": KilledWorker("stance-x-chunk-0", None, 3),
              "cancelled": FutureCancelledError("stance-x-chunk-0", "scheduler-connection-lost")}
    with pytest.raises(dask_engine.ClusterError, match=re.escape(message)):
        dask_engine._result(_FailedFuture(errors[error]), "news/a.txt")


# --- Connecting --------------------------------------------------------------------

@pytest.mark.parametrize("address, expected", [
    ("local", (None, os.cpu_count())),
    ("local:3", (None, 3)),
    ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", None)),
    ("scheduler.example.org:8786", ("scheduler.example.org:8786", None)),
])
def test_addresses(address, expected):
    dask_engine = pytest.importorskip("stance.dask_engine")
    assert dask_engine.parse_address(address) == expected


@pytest.mark.parametrize("address", ["local:0", "local:two", "local:", "local:-1"])
def test_bad_local_worker_counts(address):
    dask_engine = pytest.importorskip("stance.dask_engine")
    with pytest.raises(dask_engine.ClusterError, match="local:N with N workers, at least 1"):
        dask_engine.parse_address(address)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def not_a_scheduler(request):
    """A local server that accepts connections, then stays silent or answers in HTTP."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    connections = []

    def serve():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            connections.append(connection)
            if request.param == "http":
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4)

    threading.Thread(target=serve, daemon=True).start()
    yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    server.close()
    for connection in connections:
        connection.close()


@pytest.mark.parametrize("not_a_scheduler, message", [
    ("silent", "cannot reach a Dask scheduler at {} within 1 s; check the address"),
    ("http", "{} did not answer as a Dask scheduler ("),
], indirect=["not_a_scheduler"])
def test_a_server_that_is_not_a_scheduler_is_an_error_not_a_hang(not_a_scheduler, message):
    dask_engine = pytest.importorskip("stance.dask_engine")
    start = time.monotonic()
    with pytest.raises(dask_engine.ClusterError) as error:
        with dask_engine.connect(not_a_scheduler, timeout=1):
            pass
    assert str(error.value).startswith(message.format(not_a_scheduler))
    assert time.monotonic() - start < 4


def test_a_scheduler_without_workers_is_an_error_not_a_hang():
    dask_engine = pytest.importorskip("stance.dask_engine")
    LocalCluster = pytest.importorskip("distributed").LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0", silence_logs=logging.ERROR) as empty:
        start = time.monotonic()
        with pytest.raises(dask_engine.ClusterError, match="has no workers .waited 1 s.; start some with: dask worker"):
            with dask_engine.connect(empty.scheduler_address, timeout=1):
                pass
        assert time.monotonic() - start < 5


# --- The command --------------------------------------------------------------------

@pytest.fixture
def runner():
    return CliRunner()


def _score(runner, *args):
    return runner.invoke(main, ["score", *map(str, args)])


def test_help_names_the_dask_option(runner):
    result = runner.invoke(main, ["score", "--help"])
    assert result.exit_code == 0
    assert "--dask ADDRESS" in result.output and "local[:N]" in result.output


def test_without_the_extra_dask_fails_at_once(runner, tmp_path, tiny_model_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what `import distributed` sees when it is not installed
    monkeypatch.delitem(sys.modules, "stance.dask_engine", raising=False)
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", "--dask", "local:2")
    assert result.exit_code == 2
    assert result.stderr == MISSING_EXTRA
    assert not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_fails_within_the_timeout(runner, tmp_path, tiny_model_path, monkeypatch):
    dask_engine = pytest.importorskip("stance.dask_engine")
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{_closed_port()}"
    start = time.monotonic()
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", "--dask", address)
    assert time.monotonic() - start < 8
    assert result.exit_code == 2
    assert result.stderr == (f"Error: cannot reach a Dask scheduler at {address} within 2 s; "
                             f"check the address and that `dask scheduler` runs there\n")
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--dask", "local:0"], "Error: 'local:0' is not a local cluster; give local (one worker per core) or local:N"),
    (["--dask", "local:2", "--jobs", "2"], "Error: give --jobs or --dask, not both"),
])
def test_bad_dask_options_exit_2(runner, tmp_path, tiny_model_path, args, message):
    pytest.importorskip("distributed")
    result = _score(runner, SEEDS, "-m", tiny_model_path, "-o", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert not (tmp_path / "out").exists()


def test_dask_local_gives_the_bytes_and_summary_of_one_job(runner, corpus, tmp_path, tiny_model_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(scoring, "CHUNK_CHARS", 2000)
    outdir = tmp_path / "out"  # the same folder, so that the summaries can be equal
    alone = _score(runner, corpus, "-m", tiny_model_path, "-o", outdir, "--format", "json")
    written = {name: (outdir / name).read_bytes() for name in OUTPUTS}
    dask = _score(runner, corpus, "-m", tiny_model_path, "-o", outdir, "--format", "json", "--dask", "local:2")
    assert alone.exit_code == dask.exit_code == 0, dask.output
    assert {name: (outdir / name).read_bytes() for name in OUTPUTS} == written
    assert json.loads(dask.stdout) == json.loads(alone.stdout)
    assert dask.stderr == alone.stderr  # the same problems, in the same order, and nothing else
    assert len(alone.stderr.splitlines()) == 4
