"""KRONOS core: the studio's rules, the shared schema, the mutations and the sync messages.

Pure Python (pydantic, SQLAlchemy Core). It imports neither the desktop nor the server,
nor Qt, nor any HTTP library or database driver.
"""

__version__ = "0.1.0"
