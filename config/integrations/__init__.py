"""Settings for external services, each switched on by the environment."""
