"""Writes for the network: organisations, people, invitations and privacy requests."""
