"""The FastAPI application: JSON API under /api/v1, server-rendered pages, static assets."""
