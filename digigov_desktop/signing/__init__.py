"""Signing layer: agency credentials, PAdES signing of submissions, offline verification."""
