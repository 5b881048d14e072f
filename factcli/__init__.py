"""factcli: answer questions about news articles from curated fact records.

The core works without a terminal (kept out of this module so `--help` stays fast):

    >>> from factcli.load import load_store, shipped_facts
    >>> from factcli.index import Index
    >>> from factcli.answer import ask
    >>> ask("who led the Russian side", Index.build(load_store(shipped_facts()))).answer
    'Sergey Vershinin'
"""

__version__ = "0.1.0"
