"""What a screen reader gets: accessible objects that tell what is shown, announcements at
the moments that matter, and the screen reader's own keys left to it (docs/accessibility.md)."""
