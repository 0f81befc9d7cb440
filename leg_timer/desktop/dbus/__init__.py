"""The desktop's D-Bus services the app talks to (notifications) or offers (media controls)."""
