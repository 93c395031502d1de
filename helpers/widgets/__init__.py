"""Widgets: core + view behind ipywidgets controls.

Each widget exposes its ``update`` function, so a test can drive it without a browser.
"""
