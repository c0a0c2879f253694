"""wtfc: the Working Together for Change workshop tool."""

__version__ = "0.1.0"
