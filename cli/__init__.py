"""Every command of the `smartpick` console script; the libraries and services hold no CLI code."""
