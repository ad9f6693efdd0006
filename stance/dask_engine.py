"""Scoring on a Dask cluster: the same chunks and per-chunk function as ``--jobs``, the same writer.

The client reads the documents (so unusable inputs are found and reported
exactly as without Dask, and workers need no access to the input files),
cuts them into the chunks :func:`stance.scoring.score` uses, and submits
them, at most :data:`CHUNKS_PER_THREAD` per worker thread at a time. Each
worker runs :func:`stance.scoring._score_chunk` with the model and options it
received once, in a worker plugin. Results come back as they finish and are
yielded in input order, so :func:`stance.scoring.run_score` writes the same
bytes as with one job. Needs the ``dask`` extra (the ``distributed`` package).
"""
from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
import uuid
from concurrent.futures import CancelledError, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from typing import Iterator

import dask.config
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker
from distributed.core import rpc
from distributed.scheduler import KilledWorker

from . import scoring
from .documents import Document
from .errors import Problem, StanceError
from .model import StanceModel

# Seconds to reach the scheduler, and then for it to have at least one worker.
# Long enough for a scheduler across a network, short enough that a wrong
# address fails before anything is read or written.
CONNECT_TIMEOUT = 10.0

# Chunks submitted but not yet written, per worker thread: two keep every
# thread busy while a result travels back; more would only hold memory.
CHUNKS_PER_THREAD = 2

# Re-runs of a chunk whose task raised. A worker that dies is a different
# case: the scheduler re-runs the chunks it held (up to
# distributed.scheduler.allowed-failures deaths per chunk, 3 by default).
TASK_RETRIES = 2

# How often the in-flight bound follows workers joining or leaving.
WINDOW_REFRESH_SECONDS = 2.0

# Dask keeps the last distributed.admin.low-level-log-length (1,000) messages of
# each connection for its developers' debugging, and messages under 1 MB whole:
# with a chunk of text in each task, the client and the scheduler would keep
# the last 1,000 chunks (about 200 MB, per worker on the scheduler). A few
# suffice for debugging; the scheduler started by `dask scheduler` needs the
# same setting (DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=20).
MESSAGE_LOG_LENGTH = 20


class ClusterError(StanceError):
    """The Dask scheduler cannot be reached, has no workers, or lost part of the run."""


# --- The model on the workers ----------------------------------------------------

class _ModelPlugin(WorkerPlugin):
    """Carries the model and the run's options (aliases, context weight) to every worker, once.

    The scheduler keeps the plugin and hands it to each worker when it is
    registered and to every worker that joins or restarts later, so a worker
    that dies mid-run is replaced by one that can score at once; a scattered
    model would be lost with the last worker that held it.
    """

    def __init__(self, model: StanceModel, options: scoring.ScoringOptions):
        self.model = model
        self.options = options

    def setup(self, worker) -> None:
        # The model lives as long as the run; the garbage collector need not traverse it after each chunk.
        gc.freeze()

    def teardown(self, worker) -> None:
        self.model = self.options = None
        scoring._fast_probas.clear()  # it holds the model too


def _score_chunk_on_worker(chunk: list[Document | Problem], plugin_name: str) -> list:
    """:func:`stance.scoring._score_chunk` with this worker's copy of the run's model and options."""
    plugin = get_worker().plugins[plugin_name]
    return scoring._score_chunk(chunk, plugin.model, plugin.options)


# --- A stream of chunks through the cluster -------------------------------------------

def score_on_dask(items: Iterator[Document | Problem], model: StanceModel, client: Client,
                  options: scoring.ScoringOptions | None = None) -> Iterator[scoring.ScoredDocument | Problem]:
    """Score the documents and problems of ``items`` on the cluster of ``client``, in input order.

    The client should keep a short message log (see
    :data:`MESSAGE_LOG_LENGTH`; :func:`connect` sees to it), or it holds on to
    the text of the last 1,000 chunks.

    Raises
    ------
    ClusterError
        A chunk's workers kept dying, or the scheduler went away.
    """
    run = f"stance-{uuid.uuid4().hex[:12]}"
    # register_plugin replaced register_worker_plugin in distributed 2023.9.
    register = getattr(client, "register_plugin", None) or client.register_worker_plugin
    register(_ModelPlugin(model, options or scoring.ScoringOptions()), name=run)
    index_of: dict[str, int] = {}
    first_id: dict[int, str] = {}
    finished: dict[int, list] = {}
    pending = as_completed(loop=client.loop)
    try:
        chunks = enumerate(scoring._chunks(items))
        window = _Window(client)
        submitted = written = 0
        exhausted = False
        while True:
            while not exhausted and submitted - written < window.size():
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                index, items_of_chunk = chunk
                future = client.submit(_score_chunk_on_worker, items_of_chunk, run, key=f"{run}-chunk-{index}",
                                       retries=TASK_RETRIES, pure=False)
                index_of[future.key] = index
                first_id[index] = _first_id(items_of_chunk)
                pending.add(future)
                submitted += 1
            if written == submitted:
                return
            future = next(pending)
            index = index_of.pop(future.key)
            finished[index] = _result(future, first_id[index])
            future.release()
            while written in finished:
                del first_id[written]
                yield from finished.pop(written)
                written += 1
    finally:
        # On an error, or a consumer that stops early: leave nothing running on the cluster.
        pending.clear()
        with suppress(Exception):  # the scheduler may be gone; the error that brought us here matters
            client.unregister_worker_plugin(run)


class _Window:
    """How many chunks may be in flight: CHUNKS_PER_THREAD per worker thread, followed as workers come and go."""

    def __init__(self, client: Client):
        self.client = client
        self.checked = float("-inf")
        self.value = CHUNKS_PER_THREAD

    def size(self) -> int:
        now = time.monotonic()
        if now - self.checked >= WINDOW_REFRESH_SECONDS:
            self.checked = now
            try:
                threads = sum(self.client.nthreads().values())
            except OSError:  # the scheduler is unreachable for now; the results will tell if it is gone
                threads = 0
            if threads:  # no workers for a moment (all restarting): keep the last bound
                self.value = max(CHUNKS_PER_THREAD, CHUNKS_PER_THREAD * threads)
        return self.value


def _first_id(chunk: list[Document | Problem]) -> str:
    item = chunk[0]
    return item.id if isinstance(item, Document) else item.path


def _result(future, first: str) -> list:
    try:
        return future.result()
    except KilledWorker:
        raise ClusterError(f"workers died again and again while scoring the chunk of documents that starts with "
                           f"{first}; the workers may need more memory (dask worker --memory-limit), or a document "
                           f"there may be too large") from None
    except CancelledError as error:
        raise ClusterError(f"the Dask scheduler dropped the run's work ({getattr(error, 'reason', error)}); "
                           f"check that the scheduler is still running, then score again") from None


# --- Connecting ----------------------------------------------------------------------

def parse_address(address: str) -> tuple[str | None, int | None]:
    """``(scheduler address, None)`` or ``(None, local worker count)`` for ``local`` and ``local:N``.

    Raises
    ------
    ClusterError
        ``local:N`` with an N that is not a whole number of at least 1.
    """
    if address == "local":
        return None, os.cpu_count() or 1
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"'{address}' is not a local cluster; give local (one worker per core) or "
                               f"local:N with N workers, at least 1")
        return None, int(count)
    return address, None


def _check_scheduler(address: str, timeout: float) -> None:
    """Raise ClusterError unless a Dask scheduler answers at ``address`` within ``timeout`` seconds.

    ``Client(address, timeout=...)`` alone waits forever on a server that
    accepts the connection and never answers, such as the dashboard's port.
    """
    async def identity() -> dict:
        async with rpc(address, timeout=timeout) as server:
            return await server.identity()

    # In a thread of its own, so that a caller's running event loop (a notebook's) is no obstacle.
    with ThreadPoolExecutor(1) as thread:
        try:
            info = thread.submit(asyncio.run, asyncio.wait_for(identity(), timeout)).result()
        except OSError:  # refused, or silent until the timeout (TimeoutError is an OSError)
            raise ClusterError(f"cannot reach a Dask scheduler at {address} within {timeout:g} s; "
                               f"check the address and that `dask scheduler` runs there") from None
        except Exception as error:  # something answered, but not in Dask's protocol
            raise ClusterError(f"{address} did not answer as a Dask scheduler ({type(error).__name__}); "
                               f"check the address and that `dask scheduler` runs there") from None
    if info.get("type") != "Scheduler":
        raise ClusterError(f"{address} is a Dask {info.get('type', 'server')}, not a scheduler; "
                           f"give the scheduler's address (port 8786 unless it was started with another)")


@contextmanager
def connect(address: str, *, timeout: float | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a local cluster for ``local[:N]``; closed at the end.

    ``local:N`` starts N worker processes of one thread each on this machine
    and stops them at the end. For a scheduler address, both reaching the
    scheduler and finding a worker there must take at most ``timeout``
    seconds (default :data:`CONNECT_TIMEOUT`).

    Raises
    ------
    ClusterError
        The scheduler cannot be reached, or has no worker, within the timeout.
    """
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    scheduler, workers = parse_address(address)
    # For the whole run: connections to workers that restart are opened during it.
    with dask.config.set({"distributed.admin.low-level-log-length": MESSAGE_LOG_LENGTH}):
        yield from _connect(scheduler, workers, timeout)


def _connect(scheduler: str | None, workers: int | None, timeout: float) -> Iterator[Client]:
    if scheduler is None:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.ERROR) as cluster, \
                Client(cluster, set_as_default=False) as client:
            yield client
        return
    _check_scheduler(scheduler, timeout)
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except OSError:  # it went away since the check
        raise ClusterError(f"cannot reach a Dask scheduler at {scheduler} within {timeout:g} s; "
                           f"check the address and that `dask scheduler` runs there") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except Exception:
            raise ClusterError(f"the Dask scheduler at {scheduler} has no workers (waited {timeout:g} s); "
                               f"start some with: dask worker {scheduler}") from None
        yield client
