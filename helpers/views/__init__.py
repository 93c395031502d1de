"""Views: turn the core's plain data into HTML or matplotlib figures.

A view never computes anything the core could: it only draws.
"""
