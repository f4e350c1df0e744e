"""The embedded provider: llama-cpp-python in this process, with a model shipped in a PyPI package.

Each model is loaded once per process and shared; llama.cpp contexts are not thread-safe, so every call takes
the model's lock inside a worker thread. Generation always pulls tokens one at a time so a timeout or a
cancelled caller stops it at the next token and releases the lock.

The unchanging head of a prompt (the chat template's preamble and every message before the last: for the
companion, the system prompt rendered from the client's plan) is read once: its KV state is kept in a small
in-memory cache keyed by its tokens (`PrefixCache`), so a later call with the same head, even after calls with
other prompts, reads only what follows it. llama-cpp-python's own `LlamaRAMCache` is not used: it snapshots the
whole context after every call, logits included (512 x 151,936 floats, about 311 MB, for Qwen).

A conversation goes further (`ConversationCache`): a caller that names its conversation (the companion: one per
client) gets the KV state after its last reply kept, in process memory only, for a few conversations, least
recently used out first. Its next prompt extends that one token for token (earlier turns rendered as they were
sent, then the reply, then the new message), so only the new message is read; states are keyed by conversation and
only ever restored for the same one.
"""

from __future__ import annotations

import asyncio
import atexit
import ctypes
import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from alliance.llm.config import LLMSettings, ProviderConfig
from alliance.llm.errors import ModelTimeout, ModelUnavailable, PromptTooLong
from alliance.llm.providers.grammar import LazyGrammar, schema_grammar
from alliance.llm.weights import EMBEDDED_MODELS, RENAMED, is_present, model_path, parts_installed
from alliance.llm.schema import with_schema_instruction
from alliance.llm.tokens import current_sink
from alliance.llm.types import Message, ProviderReply, Usage


log = logging.getLogger(__name__)

MIN_PREFIX_TOKENS = 16  # shorter heads are cheaper to read again than to snapshot


class PrefixCache:
    """KV-state snapshots of prompt heads, keyed by their tokens, least recently used first out of a byte budget.

    A snapshot holds only the KV cells of the one sequence (about 28 KB a token for Qwen2.5-1.5B with an f16
    cache, 2.3 KB for SmolLM2-135M), not the logits. Used under the model's lock only.
    """

    def __init__(self, capacity_bytes: int = 0) -> None:
        self.capacity = max(int(capacity_bytes), 0)
        self._items: OrderedDict[bytes, bytes] = OrderedDict()
        self.nbytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: bytes) -> bool:
        return key in self._items

    def get(self, key: bytes) -> bytes | None:
        """The snapshot for these tokens (marked as just used), or None."""
        data = self._items.get(key)
        if data is not None:
            self._items.move_to_end(key)
        return data

    def put(self, key: bytes, data: bytes) -> None:
        """Keep a snapshot, dropping the least recently used ones beyond the budget (one larger than it is not kept)."""
        if key in self._items:
            self.nbytes -= len(self._items.pop(key))
        if len(data) > self.capacity:
            return
        self._items[key] = data
        self.nbytes += len(data)
        while self.nbytes > self.capacity:
            _, dropped = self._items.popitem(last=False)
            self.nbytes -= len(dropped)

    def resize(self, capacity_bytes: int) -> None:
        """Change the budget, dropping the oldest snapshots if needed."""
        self.capacity = max(int(capacity_bytes), 0)
        while self.nbytes > self.capacity and self._items:
            _, dropped = self._items.popitem(last=False)
            self.nbytes -= len(dropped)


@dataclass
class ConversationState:
    """The tokens in a conversation's context after its last reply, and their KV cells."""

    tokens: np.ndarray
    data: bytes


class ConversationCache:
    """KV states of conversations after their last reply, by conversation key, the least recently used out first.

    RAM only (the tokens are a client's words: never written to disk). A state holds the KV cells of the whole
    prompt and reply (about 28 KB a token for Qwen2.5-1.5B with an f16 cache: 30-60 MB for a companion turn).
    Used under the model's lock only.
    """

    def __init__(self, capacity: int = 0) -> None:
        self.capacity = max(int(capacity), 0)
        self._items: OrderedDict[str, ConversationState] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: str) -> bool:
        return key in self._items

    @property
    def nbytes(self) -> int:
        return sum(len(s.data) + s.tokens.nbytes for s in self._items.values())

    def get(self, key: str) -> ConversationState | None:
        """This conversation's state (marked as just used), or None."""
        state = self._items.get(key)
        if state is not None:
            self._items.move_to_end(key)
        return state

    def put(self, key: str, state: ConversationState) -> None:
        """Keep (or replace) a conversation's state, dropping the least recently used beyond the capacity."""
        self._items.pop(key, None)
        if not self.capacity:
            return
        self._items[key] = state
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def drop(self, key: str) -> None:
        """Forget a conversation's state."""
        self._items.pop(key, None)

    def resize(self, capacity: int) -> None:
        """Change how many conversations are kept, dropping the oldest if needed."""
        self.capacity = max(int(capacity), 0)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)


@dataclass
class PrefixStats:
    """How the prompt heads of this model's calls were read (counters since the model was loaded)."""

    in_context: int = 0  # the head was still in the context from the previous call
    restored: int = 0  # the head was loaded from a snapshot
    evaluated: int = 0  # the head was read (and snapshotted when the cache is on)
    skipped: int = 0  # no usable head: no GGUF chat template, a single message, or too short
    conversation: int = 0  # the conversation's own state (after its last reply) was restored
    tokens_reused: int = 0  # head tokens not read again thanks to the context or a snapshot
    last: str = ""  # what happened on the latest call: one of the names above
    last_prefix_tokens: int = 0
    last_prompt_tokens: int = 0  # the latest call's whole prompt
    last_read_tokens: int = 0  # of those, the ones evaluated on the latest call (the rest came from the cache)


@dataclass
class LoadedModel:
    """A llama.cpp model shared by every request of this process, with the lock that serialises its use."""

    llama: Any
    path: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    # One worker thread per model: queued requests wait here, not in the shared default thread pool (which
    # the rest of the app uses for password hashing, embeddings, ...).
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")
    )
    prefixes: PrefixCache = field(default_factory=PrefixCache)
    prefix_stats: PrefixStats = field(default_factory=PrefixStats)
    conversations: ConversationCache = field(default_factory=ConversationCache)
    formatter: Any = None  # the GGUF chat template as llama-cpp-python renders it; built on first use


_loaded: dict[tuple[str, int, int], LoadedModel] = {}
_GRACE = 1.0  # seconds the caller waits beyond the deadline for the worker's own ModelTimeout
_load_lock = threading.Lock()


def load_model(path: Path, *, n_ctx: int, n_threads: int) -> LoadedModel:
    """The process-wide loaded model for this file and context size (loads it on first use)."""
    key = (str(path), n_ctx, n_threads)
    with _load_lock:
        loaded = _loaded.get(key)
        if loaded is None:
            from llama_cpp import Llama

            try:
                # Flash attention: about 12% faster prompt reading on 2 CPU cores (docs/performance.md).
                llama = Llama(
                    model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                    flash_attn=True, verbose=False,
                )
            except (ValueError, RuntimeError) as exc:
                raise ModelUnavailable(f"cannot load model file {path.name}: {type(exc).__name__}") from exc
            loaded = LoadedModel(llama=llama, path=path)
            if not _loaded:
                atexit.register(_close_all)
            _loaded[key] = loaded
    return loaded


def _close_all() -> None:
    # Free the models before interpreter teardown (llama.cpp's __del__ fails once its modules are gone).
    for loaded in _loaded.values():
        loaded.executor.shutdown(wait=True, cancel_futures=True)
        loaded.llama.close()
    _loaded.clear()


class EmbeddedProvider:
    """llama-cpp-python in-process; structured output through `json_object` + `schema` (a GBNF grammar)."""

    kind = "embedded"
    supports_json_schema = True
    keeps_conversations = True  # stream(..., conversation=key) keeps the state after the reply

    def __init__(self, config: ProviderConfig, settings: LLMSettings) -> None:
        self.name = config.name
        self.model = config.model
        self.privacy = config.privacy or "local"
        self.structured_mode = config.structured_mode or "json_object_schema"
        self.timeout = config.timeout or settings.timeout
        self.max_retries = config.max_retries if config.max_retries is not None else 0  # in-process: not transient
        self.n_threads = config.n_threads or settings.n_threads
        spec = EMBEDDED_MODELS.get(RENAMED.get(config.model, config.model))
        if spec is None:
            raise ModelUnavailable(f"unknown embedded model {config.model!r}; known: {', '.join(EMBEDDED_MODELS)}")
        self.model = spec.name  # the file's own name, also when a setting uses an earlier name
        self.n_ctx = min(config.n_ctx or settings.n_ctx, spec.n_ctx_train)
        self._spec = spec
        self._models_dir = settings.resolved_models_dir()
        self.prefix_cache_bytes = settings.prefix_cache_mb * 1024 * 1024
        self.conversation_cache = settings.conversation_cache

    def status(self) -> tuple[bool, str]:
        """Whether the model file is ready, can be assembled, or is missing."""
        if is_present(self._spec, self._models_dir):
            return True, "ready"
        if self._spec.part_packages and parts_installed(self._spec):
            return True, "parts installed; assembled on first use"
        return False, "model package not installed"

    def ensure_model(self, progress: Callable[[int, int], None] | None = None) -> Path:
        """Locate (assembling if needed) the model file."""
        return model_path(self.model, self._models_dir, progress=progress)

    def loaded(self) -> LoadedModel:
        """The shared llama.cpp model (blocking; call from a worker thread)."""
        loaded = load_model(self.ensure_model(), n_ctx=self.n_ctx, n_threads=self.n_threads)
        if loaded.prefixes.capacity != self.prefix_cache_bytes:
            with loaded.lock:
                loaded.prefixes.resize(self.prefix_cache_bytes)
        if loaded.conversations.capacity != self.conversation_cache:
            with loaded.lock:
                loaded.conversations.resize(self.conversation_cache)
        return loaded

    def _generate(
        self, loaded: LoadedModel, messages: list[Message], kwargs: dict[str, Any], timeout: float,
        deadline: float, cancel: threading.Event, emit: Callable[[str], None] | None,
        conversation: str | None = None,
    ) -> ProviderReply:
        if cancel.is_set():
            return ProviderReply(text="", usage=Usage(), finish_reason="cancelled")
        if time.monotonic() > deadline:
            raise self._late(timeout)
        if not loaded.lock.acquire(timeout=max(deadline - time.monotonic(), 0.001)):
            raise ModelTimeout(f"model {self.model} stayed busy for {timeout:.1f}s")
        try:
            if cancel.is_set():
                return ProviderReply(text="", usage=Usage(), finish_reason="cancelled")
            llama = loaded.llama
            grammar = kwargs.pop("grammar", None)
            try:
                processor = LazyGrammar(llama, grammar) if grammar is not None else None
            except ValueError as exc:
                raise ModelUnavailable(f"model {self.model}: the output schema gave no usable grammar") from exc
            if processor is not None:
                kwargs["logits_processor"] = [processor]
            reuse_prefix(loaded, messages, self.n_ctx, conversation)
            chunks = llama.create_chat_completion(messages=list(messages), stream=True, **kwargs)
            parts: list[str] = []
            finish: str | None = None
            try:
                for chunk in _checked(chunks, self.model, self.n_ctx):
                    if cancel.is_set():
                        finish = "cancelled"
                        break
                    if time.monotonic() > deadline:
                        raise self._late(timeout)
                    choice = chunk["choices"][0]
                    delta = choice["delta"].get("content")
                    if delta:
                        parts.append(delta)
                        if emit is not None:
                            emit(delta)
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"]
            finally:
                chunks.close()
                if processor is not None:
                    processor.close()
            text = "".join(parts)
            if conversation is not None and finish in ("stop", "length"):
                keep_conversation(loaded, conversation)  # a reply cut short leaves the previous state in place
            completion_tokens = len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)) if text else 0
            prompt_tokens = max(llama.n_tokens - completion_tokens, 0)
            return ProviderReply(text=text, usage=Usage(prompt_tokens, completion_tokens), finish_reason=finish)
        finally:
            loaded.lock.release()

    async def _submit(
        self, messages: list[Message], kwargs: dict[str, Any], timeout: float, cancel: threading.Event,
        emit: Callable[[str], None] | None, conversation: str | None = None,
    ) -> tuple[asyncio.Future[ProviderReply], float]:
        """Load the model if needed (not counted in the timeout), then queue generation on its thread."""
        loaded = await asyncio.to_thread(self.loaded)
        deadline = time.monotonic() + timeout  # waiting in the queue counts
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(
            loaded.executor, self._generate, loaded, messages, kwargs, timeout, deadline, cancel, emit,
            conversation,
        )
        return future, deadline

    def _late(self, timeout: float) -> ModelTimeout:
        return ModelTimeout(f"model {self.model} took longer than {timeout:.1f}s")

    async def _run(self, messages: list[Message], kwargs: dict[str, Any], timeout: float) -> ProviderReply:
        cancel = threading.Event()
        # A caller counting tokens (alliance.llm.tokens.on_tokens) gets each piece as it is written.
        future, deadline = await self._submit(messages, kwargs, timeout, cancel, current_sink())
        try:
            # The worker enforces the deadline per token; this bounds the wait in the queue too.
            return await asyncio.wait_for(future, max(deadline - time.monotonic(), 0) + _GRACE)
        except TimeoutError:
            cancel.set()
            raise self._late(timeout) from None
        except asyncio.CancelledError:
            cancel.set()  # a queued call never starts; a running one stops at the next token and unlocks
            raise

    async def complete(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float
    ) -> ProviderReply:
        """One chat completion."""
        return await self._run(messages, {"max_tokens": max_tokens, "temperature": temperature}, timeout)

    async def structured(
        self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int, temperature: float,
        timeout: float,
    ) -> ProviderReply:
        """A completion constrained to the schema (the `json_schema` type is silently ignored in-process)."""
        # The grammar enforces the schema, so the prompt only needs its shape (much shorter to read).
        messages = with_schema_instruction(messages, schema, compact=self.structured_mode != "prompt")
        kwargs: dict[str, Any] = {"max_tokens": max_tokens, "temperature": temperature}
        if self.structured_mode != "prompt" and temperature == 0:
            # Greedy: check the model's own choice against the grammar first (alliance.llm.providers.grammar).
            kwargs["grammar"] = schema_grammar(schema)
        elif self.structured_mode != "prompt":
            # In process the `json_schema` type is silently ignored: json_object + schema builds the grammar.
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        return await self._run(messages, kwargs, timeout)

    async def stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float,
        conversation: str | None = None,
    ) -> AsyncIterator[str | Usage]:
        """Text chunks as they are generated, then the Usage; closing the iterator stops generation.

        `conversation` names the conversation this call continues (the companion: one per client): its state after
        the reply is kept (`ConversationCache`) so that its next call reads only what is new.
        """
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, str | None]] = asyncio.Queue()
        cancel = threading.Event()

        def emit(delta: str) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, ("chunk", delta))

        kwargs = {"max_tokens": max_tokens, "temperature": temperature}
        future, deadline = await self._submit(messages, kwargs, timeout, cancel, emit, conversation)
        future.add_done_callback(lambda _: queue.put_nowait(("done", None)))
        try:
            while True:
                try:
                    what, delta = await asyncio.wait_for(
                        queue.get(), max(deadline - time.monotonic(), 0) + _GRACE
                    )
                except TimeoutError:
                    raise self._late(timeout) from None
                if what == "done":
                    break
                assert delta is not None
                yield delta
            reply = future.result()
            yield reply.usage
        finally:
            cancel.set()
            if not future.done():
                future.add_done_callback(_swallow)


def _swallow(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()  # mark a late error as retrieved; the caller has gone




def _formatter(loaded: LoadedModel) -> Any:
    """The model's GGUF chat template, built as llama-cpp-python builds it; None when calls use another format."""
    llama = loaded.llama
    if loaded.formatter is None:
        template = llama.metadata.get("tokenizer.chat_template")
        if not template or llama.chat_handler is not None or llama.chat_format != "chat_template.default":
            loaded.formatter = False  # a built-in format: its prompt text cannot be reproduced here
        else:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            model = llama._model
            eos, bos = llama.token_eos(), llama.token_bos()
            loaded.formatter = Jinja2ChatFormatter(
                template=template, eos_token=model.token_get_text(eos) if eos != -1 else "",
                bos_token=model.token_get_text(bos) if bos != -1 else "", stop_token_ids=[eos],
            )
    return loaded.formatter or None


def prompt_head(loaded: LoadedModel, messages: list[Message]) -> list[int] | None:
    """The tokens of the prompt's head: what llama.cpp reads before the last message's text.

    The prompt is rendered exactly as llama-cpp-python's chat handler renders it (the GGUF template, no BOS added
    when tokenizing), so the head is a prefix of the tokens it will read. None when there is no usable head.
    """
    return prompt_tokens(loaded, messages)[1]


def prompt_tokens(loaded: LoadedModel, messages: list[Message]) -> tuple[list[int] | None, list[int] | None]:
    """The tokens llama.cpp will read for these messages, and those of their head (see prompt_head); None for what
    cannot be known (no GGUF chat template: a built-in format)."""
    formatter = _formatter(loaded)
    if formatter is None or not messages:
        return None, None
    text = formatter(messages=list(messages)).prompt
    llama = loaded.llama
    tokens = llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)
    content = messages[-1].get("content")
    if len(messages) < 2 or not isinstance(content, str) or not content.strip():
        return tokens, None
    cut = text.rfind(content)
    if cut <= 0:
        return tokens, None
    head = llama.tokenize(text[:cut].encode("utf-8"), add_bos=False, special=True)
    n = _common_prefix(head, tokens)  # a token merging across the cut is left out of the head
    return tokens, (head[:n] if n >= MIN_PREFIX_TOKENS else None)


def _common_prefix(a: Any, b: Any) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _seq_snapshot(llama: Any) -> bytes | None:
    """The KV cells of sequence 0 (the only one used), or None if llama.cpp cannot copy them."""
    import llama_cpp

    size = llama_cpp.llama_state_seq_get_size(llama.ctx, 0)
    if not size:
        return None
    buffer = (ctypes.c_uint8 * size)()
    written = llama_cpp.llama_state_seq_get_data(llama.ctx, buffer, size, 0)
    return bytes(memoryview(buffer)[:written]) if written else None


def _seq_restore(llama: Any, tokens: list[int], data: bytes) -> bool:
    """Load a snapshot taken right after reading exactly `tokens`; the context then holds those tokens."""
    import llama_cpp

    llama._ctx.kv_cache_seq_rm(0, 0, -1)
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    if not llama_cpp.llama_state_seq_set_data(llama.ctx, buffer, len(data), 0):
        llama.reset()
        return False
    llama.input_ids[: len(tokens)] = tokens
    llama.n_tokens = len(tokens)
    llama._requires_eval = True  # the next token must be decoded before sampling
    return True


def reuse_prefix(
    loaded: LoadedModel, messages: list[Message], n_ctx: int, conversation: str | None = None,
) -> str:
    """Put the prompt's head in the context before a call, so llama.cpp reads only the rest. Under the lock.

    With a conversation whose state after its last reply extends further into this prompt than the context does,
    that state is restored. Otherwise the head is kept if the context already starts with it, else loaded from a
    snapshot, else read now and snapshotted. llama-cpp-python then matches the context against the whole prompt and
    reads only the tokens after the common prefix (it compares token by token, so a wrong head costs time, never
    correctness). Returns what happened (a PrefixStats field name).
    """
    stats, llama = loaded.prefix_stats, loaded.llama
    outcome, head, tokens, read_here = "skipped", None, None, 0
    try:
        if not (llama._is_recurrent or llama._is_hybrid):
            tokens, head = prompt_tokens(loaded, messages)
        state = loaded.conversations.get(conversation) if conversation is not None and tokens else None
        in_context = _common_prefix(llama.input_ids[: llama.n_tokens], tokens) if tokens else 0
        from_state = _common_prefix(state.tokens, tokens) if state is not None else 0
        # What the head would save: all of it when it is in the context or a snapshot, else only the context.
        head_hit = len(head) if head is not None and (
            in_context >= len(head) or np.asarray(head, dtype=np.int32).tobytes() in loaded.prefixes) else 0
        if (from_state > max(in_context, head_hit) and from_state >= MIN_PREFIX_TOKENS
                and _seq_restore(llama, state.tokens.tolist(), state.data)):
            outcome = "conversation"
        elif head is not None and len(head) < n_ctx - 1:
            have = _common_prefix(llama.input_ids[: llama.n_tokens], head)
            key = np.asarray(head, dtype=np.int32).tobytes()
            if have == len(head):
                outcome = "in_context"
            elif not loaded.prefixes.capacity:
                outcome = "evaluated"  # cache off: llama.cpp reads the whole prompt after the common part
            elif (data := loaded.prefixes.get(key)) is not None and _seq_restore(llama, head, data):
                outcome = "restored"
            else:
                llama.n_tokens = have  # keep what matches; eval() drops the KV cells after it
                llama.eval(head[have:])
                read_here = len(head) - have
                llama._requires_eval = True
                snapshot = _seq_snapshot(llama)
                if snapshot is not None:
                    loaded.prefixes.put(key, snapshot)
                outcome = "evaluated"
    except Exception as exc:  # the call goes on without the head; its own errors are typed by _checked
        log.warning("llm.prefix_failed error=%s", type(exc).__name__)
        llama.reset()
        outcome, head = "skipped", None
    setattr(stats, outcome, getattr(stats, outcome) + 1)
    if outcome in ("in_context", "restored") and head is not None:
        stats.tokens_reused += len(head)
    stats.last, stats.last_prefix_tokens = outcome, len(head) if head is not None else 0
    if tokens:
        # What llama-cpp-python will evaluate: the prompt after its common prefix with the context (at least the
        # last token, whose logits the first sample needs).
        have = _common_prefix(llama.input_ids[: llama.n_tokens], tokens)
        have = min(have, len(tokens) - 1)
        if outcome == "conversation":
            stats.tokens_reused += have
        stats.last_prompt_tokens, stats.last_read_tokens = len(tokens), read_here + len(tokens) - have
    else:
        stats.last_prompt_tokens = stats.last_read_tokens = 0
    return outcome


def keep_conversation(loaded: LoadedModel, conversation: str) -> None:
    """Keep the context (the prompt and the reply just written) as this conversation's state. Under the lock."""
    llama = loaded.llama
    if not loaded.conversations.capacity or llama.n_tokens < MIN_PREFIX_TOKENS:
        return
    try:
        data = _seq_snapshot(llama)
    except Exception as exc:  # noqa: BLE001 - without a state the next turn reads its whole prompt
        log.warning("llm.conversation_snapshot_failed error=%s", type(exc).__name__)
        return
    if data is not None:
        tokens = np.array(llama.input_ids[: llama.n_tokens], dtype=np.int32)
        loaded.conversations.put(conversation, ConversationState(tokens=tokens, data=data))


def _checked(chunks: Iterator[Any], model: str, n_ctx: int) -> Iterator[Any]:
    """Chunks from llama.cpp, with its context-window and decode failures turned into typed errors."""
    try:
        yield from chunks
    except ValueError as exc:
        if "context window" in str(exc):
            raise PromptTooLong(f"the prompt does not fit the {n_ctx}-token context of {model}") from exc
        raise ModelUnavailable(f"model {model} failed: {type(exc).__name__}") from exc
    except RuntimeError as exc:
        raise ModelUnavailable(f"model {model} failed: {type(exc).__name__}") from exc
