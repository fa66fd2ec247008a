"""The studio's settings: the Settings page and the week-of-hours editor it shares with the staff page."""
