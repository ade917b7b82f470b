"""Topics over time for a Corpus, joined with extracted facts: fine topics under themes.

    model = litkit.topics.fit(corpus)              # embed -> k-means -> themes -> label
    model.doc_topics, model.topic_info, model.topics_over_time
    model.topic_tree, model.diagnostics            # themes > topics; NPMI, outliers
    themes = model.over_time(level="theme")
    monthly = model.over_time(bins="month")
    new = model.transform(new_corpus)              # assign topics to new papers
    model.save("topics/"); model = litkit.topics.load("topics/")
    facts = litkit.topics.facts_by_topic(model.doc_topics, papers)
    bursts = litkit.topics.bursts(model.topics_over_time)  # Kleinberg, per topic
    hot = litkit.topics.emerging(model.topics_over_time)   # bursts still on, and rising
    mix = litkit.topics.venue_mix(corpus, doc_topics=model.doc_topics)  # venues per bin
    fair = litkit.topics.within_venue(model.doc_topics, corpus)  # shares normalized by venue
    names = litkit.topics.name_counts(model.doc_topics, papers, corpus)  # datasets, models,
    rising = litkit.topics.emerging_names(names)                         # methods per bin
    every = litkit.topics.name_bursts(names)                 # their bursts, past ones too
    news = litkit.topics.emerging_table(model, corpus, papers)  # themes, topics and names
"""

from litkit.topics.bursts import burst_states, bursts, complete_bins, emerging, recent_trend
from litkit.topics.facts import facts_by_topic, term_counts
from litkit.topics.hierarchy import at_level, auto_min_topic_size, auto_n_themes, auto_n_topics
from litkit.topics.model import TopicModel, fit, load, save, transform
from litkit.topics.names import defined_terms, method_terms, name_counts
from litkit.topics.rising import emerging_names, emerging_table, name_bursts
from litkit.topics.time import assign_bins, topics_over_time
from litkit.topics.venues import venue_mix, venue_name, within_venue

__all__ = [
    "TopicModel", "assign_bins", "auto_min_topic_size", "burst_states", "bursts", "emerging",
    "facts_by_topic", "fit", "load", "save", "term_counts", "topics_over_time", "transform",
    "complete_bins", "recent_trend", "defined_terms", "emerging_names", "method_terms",
    "name_counts", "venue_mix", "venue_name", "within_venue", "emerging_table", "at_level",
    "auto_n_themes", "auto_n_topics", "name_bursts",
]
