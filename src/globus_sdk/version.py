__version__ = "3.62.0"
