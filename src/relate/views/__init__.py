"""Ways to show a Score: terminal (rich) and HTML (Jupyter)."""
