"""Topic labels that name a research thread: 'graph neural networks (GNNs)', 'multi-armed bandits'.

Offline and deterministic, no language model. For each topic (or theme) the candidates are its
best c-TF-IDF terms, singular and plural spellings merged, and a fragment ('graph neural')
dropped for the phrase it is part of ('graph neural networks'). A candidate reads as a noun
phrase when its last word usually ends a phrase in the corpus (nouns do: 'networks.', 'networks
for'; adjectives rarely: 'neural networks'). Phrases beat single words, terms that lead many
topics ('language models') are damped, and an acronym the topic's papers define ('Retrieval-
Augmented Generation (RAG)') marks its phrase as the thread's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from litkit.topics.names import defined_terms
from litkit.topics.terms import Terms, top_terms

N_CANDIDATES = 40
#: A word that ends a phrase in at least this share of its uses can head a noun phrase...
NOUN_END_SHARE = 0.3
#: ... unless it follows 'to', 'we', 'can'... this often (a verb: 'estimate', 'generate').
VERB_CUE_SHARE = 0.3
#: Score multipliers for two- and three-word phrases over single words.
PHRASE_BONUS = {1: 1.0, 2: 2.0, 3: 2.4}
#: Score multiplier for a phrase the topic's papers define an acronym for.
ACRONYM_BONUS = 1.5
#: An acronym counts for a topic when this share of its papers define it (and at least 3)...
ACRONYM_MIN_SHARE = 0.08
#: ... and they define it this many times more often than the corpus does.
ACRONYM_MIN_LIFT = 2.0
#: A term among the candidates of more than this many topics is damped (by sqrt of the count).
SPREAD_FREE = 2
#: A term in this share of all papers ('models', 'learning') names no thread: last resort.
GENERIC_SHARE = 0.2


def _plural(word: str) -> bool:
    """'networks', 'bandits'; not 'process', 'analysis', 'corpus'."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us"))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Words without hyphens or a plural 's': 'multi-armed bandits' ~ 'multiarmed bandit',
    'pre-trained models' ~ 'pretrained model'."""
    words = (w.replace("-", "") for w in phrase.lower().split())
    return tuple(w[:-1] if _plural(w) else w for w in words)


def acronym_definitions(docs: Sequence[str]) -> list[dict[tuple[str, ...], tuple[str, str]]]:
    """Per text, the acronyms it defines (:func:`litkit.topics.names.defined_terms`):
    key of the long form -> (long form, acronym)."""
    out = []
    for doc in docs:
        found = {}
        for term in defined_terms(doc):
            long_form, _, acronym = term[:-1].rpartition(" (")
            found.setdefault(phrase_key(long_form), (long_form, acronym))
        out.append(found)
    return out


def _acronyms_by_class(
    definitions: list[dict], labels: np.ndarray, k: int
) -> list[dict[tuple[str, ...], tuple[int, str, str]]]:
    """Per class, the acronyms enough of its papers define, more than the corpus does:
    key -> (papers defining it, long form, acronym)."""
    overall: Counter = Counter()
    per_class: list[Counter] = [Counter() for _ in range(k)]
    forms: dict[tuple[str, ...], Counter] = {}
    for found, label in zip(definitions, labels.tolist(), strict=True):
        for key, form in found.items():
            overall[key] += 1
            forms.setdefault(key, Counter())[form] += 1
            if label >= 0:
                per_class[label][key] += 1
    sizes = np.bincount(labels[labels >= 0], minlength=k)
    n = len(labels)
    out = []
    for c in range(k):
        kept = {}
        for key, count in per_class[c].items():
            share_ok = count >= max(3, ACRONYM_MIN_SHARE * sizes[c])
            lift_ok = count * n >= ACRONYM_MIN_LIFT * overall[key] * sizes[c]
            if share_ok and lift_ok:
                (long_form, acronym), _ = min(forms[key].items(), key=lambda f: (-f[1], f[0]))
                kept[key] = (count, long_form, acronym)
        out.append(kept)
    return out


def _noun_heads(terms: Terms) -> np.ndarray:
    """Per word: can it head a noun phrase (often ends a phrase, rarely used as a verb)?"""
    uses = np.maximum(terms.uses, 1)
    return (terms.ends >= NOUN_END_SHARE * uses) & (terms.after_cue < VERB_CUE_SHARE * uses)


def _row(matrix: csr_matrix, c: int) -> dict[int, float]:
    """Row ``c`` of a sparse matrix as {column: value}."""
    span = slice(matrix.indptr[c], matrix.indptr[c + 1])
    return dict(zip(matrix.indices[span].tolist(), matrix.data[span].tolist(), strict=True))


def _candidates(
    scores: csr_matrix, uses: csr_matrix, papers: csr_matrix, c: int, names: np.ndarray,
    spelled: np.ndarray, n: int,
) -> list[dict]:
    """The class's best terms, plural variants merged and fragments dropped: a phrase
    ('graph neural') that mostly occurs inside a longer one ('graph neural networks')."""
    row_scores, row_uses, row_papers = _row(scores, c), _row(uses, c), _row(papers, c)
    groups: dict[tuple[str, ...], dict] = {}
    for column in top_terms(scores, c, n).tolist():
        key = phrase_key(names[column])
        group = groups.setdefault(key, {"key": key, "score": 0.0, "uses": 0, "papers": 0,
                                        "best": -1})
        group["score"] += row_scores[column]
        group["uses"] += row_uses.get(column, 0)
        if row_papers.get(column, 0) > group["papers"]:
            group["papers"], group["best"] = row_papers.get(column, 0), column
    out = []
    for group in groups.values():
        key = group["key"]
        if not any(len(g["key"]) > len(key) and _contains(g["key"], key)
                   and 10 * g["uses"] >= 7 * group["uses"] for g in groups.values()):
            group["text"] = str(spelled[group["best"]])
            out.append(group)
    return out


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def build_labels(
    terms: Terms, scores: csr_matrix, uses: csr_matrix, papers: csr_matrix,
    labels: np.ndarray, definitions: list[dict], n_words: int = 10,
    allowed: list[set] | None = None, parts: int = 1,
) -> tuple[list[str], list[list[str]]]:
    """(label, key phrases) per class of ``labels`` (0..k-1).

    ``scores`` is the c-TF-IDF (classes x terms), ``uses`` how often each class's papers
    use each term and ``papers`` how many of them do, ``definitions`` the acronyms each
    paper defines
    (:func:`acronym_definitions`). ``allowed``: per class, the only phrase keys it may use
    (themes use their topics' key phrases, multi-word ones first); ``parts``: key phrases
    joined in a label.
    """
    k = scores.shape[0]
    names, spelled = terms.names(), terms.names(spelled=True)
    heads = _noun_heads(terms)
    last_word = terms.last_words()
    n = N_CANDIDATES if allowed is None else 5 * N_CANDIDATES
    candidates = [_candidates(scores, uses, papers, c, names, spelled, n) for c in range(k)]
    if allowed is not None:
        candidates = [[g for g in cands if g["key"] in keys]
                      for cands, keys in zip(candidates, allowed, strict=True)]
    spread = Counter(g["key"] for cands in candidates for g in cands[:10])
    acronyms = _acronyms_by_class(definitions, labels, k)
    generic = np.asarray(papers.sum(axis=0)).ravel() >= GENERIC_SHARE * len(labels)
    ranked = []
    for c in range(k):
        rows = []
        for g in candidates[c]:
            value = g["score"] * PHRASE_BONUS[len(g["key"])]
            if spread[g["key"]] > SPREAD_FREE:
                value /= float(np.sqrt(spread[g["key"]] - SPREAD_FREE + 1))
            acronym = acronyms[c].get(g["key"])
            if acronym:
                value *= ACRONYM_BONUS
                g["acronym"] = _acronym(g["text"], acronym[2])
            noun = bool(heads[last_word[g["best"]]])
            word = allowed is not None and len(g["key"]) == 1  # themes: phrases first
            rows.append((bool(generic[g["best"]]), not noun, word, -value, g["best"], g))
        rows.sort(key=lambda r: r[:5])
        ranked.append([r[5] for r in rows])
    phrases = [[g["text"] for g in cands[:n_words]] for cands in ranked]
    return _compose(ranked, parts), phrases


def _acronym(phrase: str, acronym: str) -> str:
    """The acronym in the phrase's number: 'graph neural networks (GNNs)'."""
    plural = _plural(phrase.split()[-1]) and acronym[-1:].isupper() and len(acronym) > 1
    return acronym + "s" if plural else acronym


def _named(group: dict) -> str:
    return f"{group['text']} ({group['acronym']})" if group.get("acronym") else group["text"]


def _words(group: dict) -> set[str]:
    """A candidate's words, its acronym included ('LLMs' repeats 'large language models')."""
    return set(group["key"]) | set(phrase_key(group.get("acronym") or ""))


def _next_phrase(ranked: list[dict], used: list[dict], taken: set = frozenset()) -> dict | None:
    """The best candidate that neither repeats nor contains a used one's words."""
    for g in ranked:
        words = _words(g)
        if g["key"] not in taken and all(
                not (set(g["key"]) <= _words(u) or set(u["key"]) <= words) for u in used):
            return g
    return None


def _compose(ranked: list[list[dict]], parts: int) -> list[str]:
    """Labels of ``parts`` key phrases; classes whose labels would be the same get their
    next key phrase too, each a different one ('NER: entity mentions', 'NER: entity
    salience')."""
    chosen = []
    for cands in ranked:
        used: list[dict] = []
        while len(used) < parts and (g := _next_phrase(cands, used)) is not None:
            used.append(g)
        chosen.append(used)
    heads = Counter(tuple(g["key"] for g in used) for used in chosen)
    extras: set = set()
    out = []
    for c, used in enumerate(chosen):
        if not used:
            out.append(f"topic {c}")
            continue
        label = ", ".join(_named(g) for g in used)
        if heads[tuple(g["key"] for g in used)] > 1:
            extra = _next_phrase(ranked[c], used, extras)
            if extra is not None:
                extras.add(extra["key"])
                short = ", ".join(g.get("acronym") or g["text"] for g in used)
                label = f"{short}: {extra['text']}"
        out.append(label)
    return out
