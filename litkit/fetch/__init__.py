"""Online sources, fetched politely into a Corpus: arXiv, OpenAlex, Hugging Face daily papers,
and citation data from OpenAlex or Semantic Scholar.

Every fetcher pages through its API with a shared client (:mod:`litkit.fetch.http`) that
spaces requests, retries 429/5xx with backoff, and caches responses on disk, and journals
its pages (:mod:`litkit.fetch.paging`) so that an interrupted fetch resumes. Nothing here
runs unless called: the rest of litkit works offline.
"""

from litkit.fetch.arxiv import fetch_arxiv
from litkit.fetch.citations import fetch_citations, not_found_of, snowball
from litkit.fetch.hf_papers import fetch_hf_papers
from litkit.fetch.http import Client, FetchError
from litkit.fetch.openalex import fetch_openalex

#: CLI/source name -> fetcher
FETCHERS = {"arxiv": fetch_arxiv, "openalex": fetch_openalex, "hf-papers": fetch_hf_papers}

__all__ = ["FETCHERS", "Client", "FetchError", "fetch_arxiv", "fetch_citations", "fetch_hf_papers",
           "fetch_openalex", "not_found_of", "snowball"]
