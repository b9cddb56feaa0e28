"""Lets a checkout run the plugin and its tests without installing the package first."""

pytest_plugins = ["pytester", "factcheck.plugin"]
