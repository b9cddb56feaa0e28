"""factcheck: check news articles against curated facts, as a pytest plugin or a library."""

from factcheck.articles import Article, iter_jsonl, read_article
from factcheck.engine import Checker, check_article
from factcheck.errors import ArticleError, FactcheckError, FactFileError, UnknownStory
from factcheck.facts import Story, load_story, parse_story
from factcheck.results import Evidence, FactResult, SlotResult

__all__ = [
    "Article",
    "ArticleError",
    "Checker",
    "Evidence",
    "FactFileError",
    "FactResult",
    "FactcheckError",
    "SlotResult",
    "Story",
    "UnknownStory",
    "check_article",
    "iter_jsonl",
    "load_story",
    "parse_story",
    "read_article",
]
