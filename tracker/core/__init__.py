"""What every layer may import: settings, the one exception tree, and time."""
