"""Pure domain: models, money, months, the engine and the report (stdlib + pydantic only)."""
