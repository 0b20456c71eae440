"""Pieces every frontend uses, written once: registries, dtype objects, capture helpers, math and nn argument parsing.

Internal: frontends import these modules; users never do.
"""
