"""Feeds per audience: RSS and iCalendar for a focus area, an organ, a delregion, a member
municipality and the event calendar, at ``<page-url>rss.xml`` and ``<page-url>kalender.ics``."""
