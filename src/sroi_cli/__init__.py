"""sroi: social-return (SROI) compliance calculator for Dutch public procurement."""

__version__ = "0.1.0"
