"""``python -m wtfc`` is the same as the ``wtfc`` command."""

import sys

from wtfc.app import main

sys.exit(main())
