"""The editorial app has no models of its own.

This module exists because Django sends ``post_migrate`` only to apps with a models module, and
the app grants snippet permissions from that signal (see ``apps.py``).
"""
