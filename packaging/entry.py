"""The frozen desk's entry script (PyInstaller runs this as ``__main__``).

A separate file rather than ``kronos_desktop/main.py`` itself: PyInstaller puts the entry
script's folder on the search path, and ``kronos_desktop/`` there would make its modules
importable under top-level names (``app``, ``store``, ``ui``, ...).
"""

import multiprocessing
import sys

from kronos_desktop.main import main

if __name__ == "__main__":
    # A no-op unless something starts a process pool (APScheduler's ProcessPoolExecutor);
    # a frozen Windows child would otherwise start a second desk instead of the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
